package io.github.binhdang.indicators;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.index.IndexInput;
import io.github.binhdang.core.index.IndexSources;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Direction;
import io.github.binhdang.core.indicator.Frequency;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.indicator.ResponsibleAgency;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The indicators that measure the targets of the national strategies on gender equality
 * ({@link Strategy2011To2020}, {@link Strategy2021To2030}): one indicator per measured quantity,
 * shared by a 2011–2020 target and a 2021–2030 target where both measure the same quantity, so that a
 * series can run across both strategies. {@link #KEY_LEADERS_FEMALE} measures 2011–2020 target 1.c
 * and 2021–2030 target 1.1.
 *
 * <h2>Codes</h2>
 * The codes are this catalogue's own: a domain prefix and a two-digit number, {@code POL-01} to
 * {@code POL-04} (politics), {@code ECO-} (economy and labour), {@code FAM-} (family life and
 * gender-based violence), {@code HEA-} (health), {@code EDU-} (education), {@code INF-}
 * (information, communication and culture). They are NOT the codes of the national set of gender
 * development statistical indicators (Circular 10/2019/TT-BKHĐT of 30 July 2019, in force 16 September
 * 2019; gender-statistics-indicators-additions.md): that set's annexes, with its codes, names, groups and
 * breakdowns, could not be read through any source searched (docs/sources/strategy-facts.md says what
 * was searched), so none of its codes is used or implied here.
 *
 * <h2>What each indicator states, and from where</h2>
 * Names, numerators and denominators come from the wording of the targets they measure (cited on
 * each constant and in the strategy classes); where a target's text does not name its denominator, the
 * indicator has none ({@link Indicator#denominator()} is empty) and the constant says so.
 * Breakdowns: sex wherever the indicator counts women and men alike (victims, perpetrators, people
 * given new jobs, the population, the literate); a share of women among a group is not broken down by
 * sex. Other breakdowns only where a source names them (the GSO metadata of women in Party committees;
 * the indicator sheet of the sex ratio at birth; the target of literacy). The frequency is annual unless
 * the quantity is counted per term of an elected body: MOLISA's Official Letter 2792/LĐTBXH-BĐG of
 * 20 August 2021 asks for the 2021–2030 targets to be reported every year. Decimals are this
 * catalogue's choice (2 for percentages, 1 for ratios and "times", 0 for counts and yes/no); no source
 * gives a publication precision.
 *
 * <h2>Responsible agency</h2>
 * Where a source names the agency that collects an indicator, that agency, undated: the General
 * Statistics Office with the Ministry of Health for the sex ratio at birth, the Central Organisation
 * Commission of the Party for Party committees, the Ministry of Home Affairs for key leaders (GSO
 * metadata). Every other indicator carries the ministry that compiles the strategies' data and the annual
 * report, as a dated value ({@link Indicator#agencies()}): {@link #MOLISA} from 4 June 2008, then
 * {@link #MOHA} after the 2025 merger, from 28 March 2025 (the earliest date a source shows it acting;
 * the transfer date itself is unconfirmed). {@code indicator.agencyOn(LocalDate.of(2024, 12, 31))} is
 * the Ministry of Labour, Invalids and Social Affairs; {@code indicator.agency()} is the Ministry of Home
 * Affairs.
 *
 * <h2>SDG links</h2>
 * {@link #sdgIndicator(String)} gives the global SDG indicator code that {@code sdg5.md} of the
 * reference files links to each indicator: its mapping table for the 2021–2030 targets (5.5.2, 5.4.1,
 * and 3.1.1 for maternal mortality, which is not goal 5), and, for women's seats in the National
 * Assembly and People's Councils, the definition of 5.5.1 in its list of global codes ("seats held by
 * women in (a) national parliaments and (b) local governments"). That file says its mapping is
 * derived, not taken from a published concordance. Indicators it gives no link for have none; the 18
 * indicators added for issue 18 have none. {@link #findBySdg(String)} goes the other way.
 *
 * <h2>Lookups</h2>
 * By code ({@link #of}, {@link #find}), by Vietnamese or English name ({@link #findByName}), with or
 * without diacritics, in any case, in NFC or NFD, and by SDG indicator code ({@link #findBySdg}).
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class GenderIndicators {

    private static final String MOLISA_VI = "Bộ Lao động - Thương binh và Xã hội";
    private static final String MOLISA_EN = "Ministry of Labour, Invalids and Social Affairs";

    /**
     * The Ministry of Labour, Invalids and Social Affairs, responsible for state management of gender
     * equality and for the annual report on the national gender-equality goals from Decree 70/2008/NĐ-CP
     * of 4 June 2008 (Art. 13(1); Pháp điển 8.2.NĐ.1.13, as reporting-additions.md cites it) until the
     * 2025 merger. The date is the Decree's signing date.
     */
    public static final ResponsibleAgency MOLISA = ResponsibleAgency.of(BilingualText.of(MOLISA_VI, MOLISA_EN),
            LocalDate.of(2008, 6, 4));

    /**
     * The Ministry of Home Affairs (Bộ Nội vụ), responsible for state management of gender equality after
     * the 2025 merger. The date is the earliest on which a source shows it acting on that function:
     * Official Letter 739/BNV-CTTN&amp;BĐG of 28 March 2025 ("Thực hiện nhiệm vụ quản lý nhà nước về
     * bình đẳng giới, Bộ Nội vụ đề nghị …", hethongphapluat.vn, as reporting-additions.md cites it). The
     * date the function was transferred is not confirmed by any source read and may be earlier.
     */
    public static final ResponsibleAgency MOHA = ResponsibleAgency.of(
            BilingualText.of("Bộ Nội vụ", "Ministry of Home Affairs"), LocalDate.of(2025, 3, 28));

    /**
     * Educational attainment (trình độ học vấn), a breakdown of women in Party committees in the national
     * statistical indicator system (GSO indicator metadata, "Tỷ lệ nữ tham gia cấp ủy đảng").
     */
    public static final BreakdownDimension EDUCATIONAL_ATTAINMENT = BreakdownDimension.of("EDUCATIONAL_ATTAINMENT",
            BilingualText.of("Trình độ học vấn", "Educational attainment"));

    /**
     * {@code POL-01}: the share of state management agencies and local governments at all levels that
     * have a woman among their key leaders (lãnh đạo chủ chốt), in per cent; higher is better.
     *
     * <p>Measures 2021–2030 target 1.1 ("các cơ quan quản lý nhà nước, chính quyền địa phương các cấp
     * có lãnh đạo chủ chốt là nữ") and 2011–2020 target 1.c, whose denominator is worded "Bộ, cơ quan
     * ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các cấp": the same population of central
     * agencies and local authorities, named in the older form. SDG 5.5.2 (sdg5.md). Collected by the
     * Ministry of Home Affairs, annually, by ministry and by People's Council or Committee and level (GSO
     * indicator metadata in a scraped copy, strategy-2021-2030-additions.md §D, PARTIAL).
     *
     * <p>The bodies counted changed with the 2025 reform: 63 provinces with their districts and communes
     * until 30 June 2025; 34 provinces and 3,321 communes, with no district level, from 1 July 2025. Values
     * carry their numerator and denominator; a series across the date must say that the count changed.
     */
    public static final Indicator KEY_LEADERS_FEMALE = Indicator.builder("POL-01",
                    BilingualText.of("Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo"
                                    + " chủ chốt là nữ",
                            "Share of state management agencies and local governments with a woman among"
                                    + " their key leaders"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(
                    BilingualText.of("Số cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ",
                            "State management agencies and local governments with a woman among their key"
                                    + " leaders"),
                    BilingualText.of("Tổng số cơ quan quản lý nhà nước, chính quyền địa phương các cấp",
                            "All state management agencies and local governments, at every level"))
            .direction(Direction.INCREASE)
            .levels(AreaLevel.NATION, AreaLevel.PROVINCE, AreaLevel.DISTRICT, AreaLevel.COMMUNE)
            .frequency(Frequency.ANNUAL)
            .agency(BilingualText.of("Bộ Nội vụ", "Ministry of Home Affairs"))
            .decimals(2)
            .build();

    /**
     * {@code POL-02}: the share of women among members of Party committees (cấp ủy Đảng), per term, in
     * per cent; higher is better. Measures 2011–2020 target 1.a. No SDG link in sdg5.md. Breakdowns,
     * frequency and collector from the national statistical indicator's metadata ("Tỷ lệ nữ tham gia cấp
     * ủy đảng", https://www.gso.gov.vn/du-lieu-dac-ta/2019/12/htcttkqg-ty-le-nu-tham-gia-cap-uy-dang/,
     * CONFIRMED in gender-statistics-indicators-additions.md §5): by Party committee level, ethnicity, age
     * group, educational attainment and province; at the start of each term
     * ({@link Frequency#TERM_START}); the Central Organisation Commission of the Party.
     */
    public static final Indicator PARTY_COMMITTEE_FEMALE = Indicator.builder("POL-02",
                    BilingualText.of("Tỷ lệ nữ tham gia cấp ủy Đảng", "Share of women among Party committee members"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số nữ ủy viên cấp ủy Đảng", "Women members of Party committees"),
                    BilingualText.of("Tổng số ủy viên cấp ủy Đảng", "All members of Party committees"))
            .direction(Direction.INCREASE)
            .breakdowns(BreakdownDimension.ETHNICITY, BreakdownDimension.AGE_GROUP, EDUCATIONAL_ATTAINMENT)
            .levels(AreaLevel.NATION, AreaLevel.PROVINCE)
            .frequency(Frequency.TERM_START)
            .agency(BilingualText.of("Ban Tổ chức Trung ương Đảng", "Central Organisation Commission of the Party"))
            .decimals(2)
            .build();

    /**
     * {@code POL-03}: the share of women among deputies of the National Assembly (nữ đại biểu Quốc
     * hội), per term, in per cent; higher is better. Measures 2011–2020 target 1.b-QH. SDG 5.5.1 (its
     * part (a), national parliaments, by the definition in sdg5.md's list of codes).
     */
    public static final Indicator NATIONAL_ASSEMBLY_FEMALE = Indicator.builder("POL-03",
                    BilingualText.of("Tỷ lệ nữ đại biểu Quốc hội", "Share of women among National Assembly deputies"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số nữ đại biểu Quốc hội", "Women deputies of the National Assembly"),
                    BilingualText.of("Tổng số đại biểu Quốc hội", "All deputies of the National Assembly"))
            .direction(Direction.INCREASE)
            .levels(AreaLevel.NATION)
            .frequency(Frequency.PER_TERM)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code POL-04}: the share of women among deputies of People's Councils at all levels (nữ đại
     * biểu Hội đồng nhân dân các cấp), per term, in per cent; higher is better. Measures 2011–2020
     * target 1.b-HDND; reported by the level of the council (province, district, commune), as Sơn La
     * reports 38.89 %, 34.77 % and 31.8 % for 2016–2021. SDG 5.5.1 (its part (b), local governments, by
     * the definition in sdg5.md's list of codes).
     */
    public static final Indicator PEOPLES_COUNCIL_FEMALE = Indicator.builder("POL-04",
                    BilingualText.of("Tỷ lệ nữ đại biểu Hội đồng nhân dân các cấp",
                            "Share of women among People's Council deputies at all levels"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số nữ đại biểu Hội đồng nhân dân", "Women deputies of People's Councils"),
                    BilingualText.of("Tổng số đại biểu Hội đồng nhân dân", "All deputies of People's Councils"))
            .direction(Direction.INCREASE)
            .levels(AreaLevel.PROVINCE, AreaLevel.DISTRICT, AreaLevel.COMMUNE)
            .frequency(Frequency.PER_TERM)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code ECO-01}: the share of women workers in wage employment (lao động nữ làm công hưởng
     * lương), in per cent; higher is better. Measures 2021–2030 target 2.1. The target's text does not
     * name the denominator (employed women is the natural reading, not a confirmed one), so this
     * indicator has no numerator or denominator. No SDG 5 link (sdg5.md: the 8.5 family).
     */
    public static final Indicator WAGE_EMPLOYMENT_FEMALE = Indicator.builder("ECO-01",
                    BilingualText.of("Tỷ lệ lao động nữ làm công hưởng lương",
                            "Share of women workers in wage employment"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .direction(Direction.INCREASE)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code ECO-02}: the share of employed women who work in agriculture, out of all employed women
     * ("trong tổng số lao động nữ có việc làm", as target 2.2 of 2021–2030 states), in per cent; lower
     * is better. No SDG 5 link (sdg5.md).
     */
    public static final Indicator AGRICULTURE_SHARE_FEMALE = Indicator.builder("ECO-02",
                    BilingualText.of("Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động"
                                    + " nữ có việc làm",
                            "Share of employed women who work in agriculture"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số lao động nữ làm việc trong khu vực nông nghiệp",
                            "Employed women working in agriculture"),
                    BilingualText.of("Tổng số lao động nữ có việc làm", "All employed women"))
            .direction(Direction.DECREASE)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code ECO-03}: the share of women among directors or owners of enterprises and cooperatives
     * (nữ giám đốc/chủ doanh nghiệp, hợp tác xã), in per cent; higher is better. Measures 2021–2030
     * target 2.3. SDG 5.5.2 (sdg5.md).
     *
     * <p>The 2011–2020 strategy's target on women enterprise owners ("nữ làm chủ doanh nghiệp", 2.b)
     * counts owners of enterprises only, without cooperatives or directors, so it is measured by
     * {@link #ENTERPRISE_OWNERS_FEMALE}; a series joining the two would have to say that the scope
     * changed.
     */
    public static final Indicator ENTERPRISE_LEADERS_FEMALE = Indicator.builder("ECO-03",
                    BilingualText.of("Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã",
                            "Share of women among directors or owners of enterprises and cooperatives"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số nữ giám đốc/chủ doanh nghiệp, hợp tác xã",
                            "Women directors or owners of enterprises and cooperatives"),
                    BilingualText.of("Tổng số giám đốc/chủ doanh nghiệp, hợp tác xã",
                            "All directors or owners of enterprises and cooperatives"))
            .direction(Direction.INCREASE)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code ECO-04}: each sex's share of the people given new jobs in a year (tổng số người được tạo việc
     * làm mới), in per cent, broken down by sex; higher is better for the sex below its share. Measures
     * 2011–2020 target 2.a: "hằng năm, tổng số người được tạo việc làm mới phải bảo đảm ít nhất 40% cho
     * mỗi giới (nam và nữ)" (MOLISA news, 31 December 2010, a paraphrase; strategy-facts.md §2). A value
     * is for one sex ({@code SEX=F} or {@code SEX=M}); the total of both is 100 % by construction. No SDG
     * link in sdg5.md.
     */
    public static final Indicator NEW_JOBS_BY_SEX = Indicator.builder("ECO-04",
                    BilingualText.of("Tỷ lệ người được tạo việc làm mới theo giới tính",
                            "Share of each sex among people given new jobs"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số người được tạo việc làm mới của giới", "People of the sex given new jobs"),
                    BilingualText.of("Tổng số người được tạo việc làm mới", "All people given new jobs"))
            .direction(Direction.INCREASE)
            .breakdowns(BreakdownDimension.SEX)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code ECO-05}: the share of enterprises owned by women (nữ làm chủ doanh nghiệp), in per cent;
     * higher is better. Measures 2011–2020 target 2.b, "Tỷ lệ nữ làm chủ doanh nghiệp đạt 30% vào năm
     * 2015 và từ 35% trở lên vào năm 2020" (quoted by Aus4Reform/VCCI and cafef; strategy-facts.md §2).
     * It counts owners of enterprises only, not directors or cooperatives, so it is not
     * {@link #ENTERPRISE_LEADERS_FEMALE} of 2021–2030 target 2.3. No SDG link in sdg5.md.
     */
    public static final Indicator ENTERPRISE_OWNERS_FEMALE = Indicator.builder("ECO-05",
                    BilingualText.of("Tỷ lệ nữ làm chủ doanh nghiệp", "Share of enterprises owned by women"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số doanh nghiệp do nữ làm chủ", "Enterprises owned by women"),
                    BilingualText.of("Tổng số doanh nghiệp", "All enterprises"))
            .direction(Direction.INCREASE)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code ECO-06}: the share of rural women workers under 45 with vocational or technical training
     * (lao động nữ nông thôn dưới 45 tuổi được đào tạo nghề và chuyên môn kỹ thuật), in per cent; higher
     * is better. Measures 2011–2020 target 2.c (MOLISA news, 31 December 2010, a paraphrase). No SDG link
     * in sdg5.md.
     */
    public static final Indicator RURAL_WOMEN_TRAINED = Indicator.builder("ECO-06",
                    BilingualText.of("Tỷ lệ lao động nữ nông thôn dưới 45 tuổi được đào tạo nghề và chuyên môn kỹ"
                                    + " thuật",
                            "Share of rural women workers under 45 with vocational or technical training"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số lao động nữ nông thôn dưới 45 tuổi được đào tạo nghề và chuyên môn kỹ"
                                    + " thuật", "Rural women workers under 45 with such training"),
                    BilingualText.of("Tổng số lao động nữ nông thôn dưới 45 tuổi", "All rural women workers under 45"))
            .direction(Direction.INCREASE)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code ECO-07}: the share of women in poor rural and ethnic-minority areas who need a loan and get
     * preferential credit from employment and poverty-reduction programmes and formal credit sources, in
     * per cent; higher is better. Measures 2011–2020 target 2.d (MOLISA news, 31 December 2010, a
     * paraphrase). No SDG link in sdg5.md.
     */
    public static final Indicator PREFERENTIAL_LOANS_FEMALE = Indicator.builder("ECO-07",
                    BilingualText.of("Tỷ lệ nữ ở vùng nông thôn nghèo, vùng dân tộc thiểu số có nhu cầu được vay vốn"
                                    + " ưu đãi",
                            "Share of women in poor rural and ethnic-minority areas who need a loan and get"
                                    + " preferential credit"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số phụ nữ có nhu cầu được vay vốn ưu đãi",
                            "Women in need of a loan who get preferential credit"),
                    BilingualText.of("Tổng số phụ nữ ở vùng nông thôn nghèo, vùng dân tộc thiểu số có nhu cầu vay vốn",
                            "All women in poor rural and ethnic-minority areas who need a loan"))
            .direction(Direction.INCREASE)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code FAM-01}: how many times men's average hours women spend on unpaid domestic and family care
     * work (số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công
     * của phụ nữ so với nam giới), in times; lower is better. Measures 2021–2030 target 3.1 (1.7 times
     * by 2025) and 2011–2020 target 6.a (twice men's time on family work by 2015). SDG 5.4.1 (sdg5.md), whose Viet Nam roadmap value is 1.3 times by 2030 (Decision
     * 681/QĐ-TTg, 4 June 2019, as summarised by hoatieu.vn).
     */
    public static final Indicator UNPAID_CARE_RATIO = Indicator.builder("FAM-01",
                    BilingualText.of("Số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được"
                                    + " trả công của phụ nữ so với nam giới",
                            "Women's average hours of unpaid domestic and family care work relative to men's"),
                    MeasureKind.TIMES, Unit.TIMES)
            .components(BilingualText.of("Số giờ trung bình của phụ nữ", "Women's average hours"),
                    BilingualText.of("Số giờ trung bình của nam giới", "Men's average hours"))
            .direction(Direction.DECREASE)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(1)
            .build();

    /**
     * {@code FAM-02}: the share of detected victims of domestic or gender-based violence who get at
     * least one basic support service, in per cent; higher is better. Measures 2021–2030 target 3.2a.
     * No SDG indicator (sdg5.md places it in the 5.2 family with no exact match: it counts access to
     * services, not prevalence). By sex: victims are women and men.
     */
    public static final Indicator GBV_VICTIMS_SUPPORTED = Indicator.builder("FAM-02",
                    BilingualText.of("Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được"
                                    + " tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản",
                            "Share of detected victims of domestic or gender-based violence who get at least one"
                                    + " basic support service"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số người bị bạo lực được phát hiện được tiếp cận ít nhất một dịch vụ hỗ trợ cơ bản",
                            "Detected victims who get at least one basic support service"),
                    BilingualText.of("Tổng số người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện",
                            "All detected victims of domestic or gender-based violence"))
            .direction(Direction.INCREASE)
            .breakdowns(BreakdownDimension.SEX)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code FAM-03}: the share of detected perpetrators of domestic or gender-based violence, whose
     * acts are not yet criminally liable, who receive counselling (được tư vấn, tham vấn), in per cent;
     * higher is better. Measures 2021–2030 target 3.2b. No SDG link in sdg5.md. By sex.
     */
    public static final Indicator GBV_PERPETRATORS_COUNSELLED = Indicator.builder("FAM-03",
                    BilingualText.of("Tỷ lệ người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức"
                                    + " chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn",
                            "Share of detected perpetrators of domestic or gender-based violence, not yet criminally"
                                    + " liable, who receive counselling"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số người gây bạo lực được phát hiện được tư vấn, tham vấn",
                            "Detected perpetrators who receive counselling"),
                    BilingualText.of("Tổng số người gây bạo lực được phát hiện ở mức chưa bị truy cứu trách nhiệm"
                                    + " hình sự",
                            "All detected perpetrators whose acts fall short of criminal liability"))
            .direction(Direction.INCREASE)
            .breakdowns(BreakdownDimension.SEX)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code FAM-04}: the share of detected returned victims of trafficking who need support and
     * receive support and community-reintegration services, in per cent; higher is better. Measures
     * 2021–2030 target 3.3. No SDG link in sdg5.md. By sex.
     */
    public static final Indicator TRAFFICKING_VICTIMS_SUPPORTED = Indicator.builder("FAM-04",
                    BilingualText.of("Tỷ lệ nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng"
                                    + " các dịch vụ hỗ trợ và tái hòa nhập cộng đồng",
                            "Share of detected returned trafficking victims in need of support who receive support"
                                    + " and community-reintegration services"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số nạn nhân được hưởng dịch vụ hỗ trợ và tái hòa nhập cộng đồng",
                            "Victims who receive support and reintegration services"),
                    BilingualText.of("Tổng số nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ",
                            "All detected returned trafficking victims in need of support"))
            .direction(Direction.INCREASE)
            .breakdowns(BreakdownDimension.SEX)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code FAM-05}: the share of public social-assistance facilities (cơ sở trợ giúp xã hội công
     * lập) that run activities to assist, prevent and respond to gender-based violence, in per cent;
     * higher is better. Measures 2021–2030 target 3.4. No SDG link in sdg5.md.
     */
    public static final Indicator SOCIAL_ASSISTANCE_GBV = Indicator.builder("FAM-05",
                    BilingualText.of("Tỷ lệ cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng"
                                    + " ngừa và ứng phó với bạo lực trên cơ sở giới",
                            "Share of public social-assistance facilities that assist, prevent and respond to"
                                    + " gender-based violence"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số cơ sở triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó",
                            "Facilities that run such activities"),
                    BilingualText.of("Tổng số cơ sở trợ giúp xã hội công lập", "All public social-assistance facilities"))
            .direction(Direction.INCREASE)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code FAM-06}: the share of detected victims of domestic violence who get legal and health
     * counselling, support and care at victim-support facilities, in per cent, by sex; higher is better.
     * Measures 2011–2020 target 6.b: 40 % by 2015 ("Chiến lược quy định đến 2015 … 40% số nạn nhân của bạo
     * lực gia đình được phát hiện được tư vấn về pháp lý và sức khỏe, được hỗ trợ và chăm sóc tại các cơ
     * sở trợ giúp nạn nhân bạo lực gia đình", a 2011 Government implementation report, 123docz copy) and at
     * least 50 % by 2020 as Decision 800/QĐ-TTg amended it (tuvanmienphi.vn). It counts domestic violence
     * only and counselling at facilities, so it is not {@link #GBV_VICTIMS_SUPPORTED} of 2021–2030. No SDG
     * link in sdg5.md.
     */
    public static final Indicator DV_VICTIMS_COUNSELLED = Indicator.builder("FAM-06",
                    BilingualText.of("Tỷ lệ nạn nhân của bạo lực gia đình được phát hiện được tư vấn về pháp lý và sức"
                                    + " khỏe, được hỗ trợ và chăm sóc tại các cơ sở trợ giúp nạn nhân bạo lực gia đình",
                            "Share of detected victims of domestic violence counselled, supported and cared for at"
                                    + " victim-support facilities"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số nạn nhân được tư vấn, hỗ trợ và chăm sóc",
                            "Victims counselled, supported and cared for"),
                    BilingualText.of("Tổng số nạn nhân của bạo lực gia đình được phát hiện",
                            "All detected victims of domestic violence"))
            .direction(Direction.INCREASE)
            .breakdowns(BreakdownDimension.SEX)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code FAM-07}: the share of detected perpetrators of domestic violence counselled at
     * domestic-violence counselling facilities, in per cent, by sex; higher is better. Measures 2011–2020
     * target 6.c: 70 % of detected perpetrators by 2015 (the 2011 Government report as for
     * {@link #DV_VICTIMS_COUNSELLED}) and at least 75 % of perpetrators "chưa đến mức bị truy cứu trách
     * nhiệm hình sự" by 2020 as Decision 800/QĐ-TTg amended it: the amendment narrowed the denominator to
     * perpetrators not yet criminally liable, so the 2015 and 2020 values count different populations,
     * and each value must carry its own denominator. No SDG link in sdg5.md.
     */
    public static final Indicator DV_PERPETRATORS_COUNSELLED = Indicator.builder("FAM-07",
                    BilingualText.of("Tỷ lệ người gây bạo lực gia đình được phát hiện được tư vấn tại các cơ sở tư vấn"
                                    + " về phòng, chống bạo lực gia đình",
                            "Share of detected perpetrators of domestic violence counselled at counselling"
                                    + " facilities"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số người gây bạo lực gia đình được tư vấn", "Perpetrators counselled"),
                    BilingualText.of("Tổng số người gây bạo lực gia đình được phát hiện (từ năm 2018: chưa đến mức"
                                    + " bị truy cứu trách nhiệm hình sự)",
                            "All detected perpetrators (from the 2018 amendment: those not yet criminally liable)"))
            .direction(Direction.INCREASE)
            .breakdowns(BreakdownDimension.SEX)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code FAM-08}: the share of returned victims of trafficking (handed back, rescued, or self-returned
     * and detected) who receive support and community-reintegration services, in per cent, by sex; higher
     * is better. Measures 2011–2020 target 6.d: all of them by 2015 (the 2011 Government report as for
     * {@link #DV_VICTIMS_COUNSELLED}). Its denominator is all returned victims, not only those "có nhu cầu
     * hỗ trợ" as in {@link #TRAFFICKING_VICTIMS_SUPPORTED} of 2021–2030. No SDG link in sdg5.md.
     */
    public static final Indicator RETURNED_TRAFFICKING_VICTIMS_SUPPORTED = Indicator.builder("FAM-08",
                    BilingualText.of("Tỷ lệ nạn nhân bị buôn bán trở về được hưởng các dịch vụ hỗ trợ và tái hòa nhập"
                                    + " cộng đồng",
                            "Share of returned trafficking victims who receive support and reintegration services"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số nạn nhân được hưởng dịch vụ hỗ trợ và tái hòa nhập cộng đồng",
                            "Returned victims who receive support and reintegration services"),
                    BilingualText.of("Tổng số nạn nhân bị buôn bán trở về (được trao trả, được giải cứu, tự trở về"
                                    + " được phát hiện)",
                            "All returned victims of trafficking (handed back, rescued, or self-returned and"
                                    + " detected)"))
            .direction(Direction.INCREASE)
            .breakdowns(BreakdownDimension.SEX)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code HEA-01}: the sex ratio at birth (tỷ số giới tính khi sinh), boys born alive per 100 girls
     * born alive; lower is better for the strategies' targets, which cap it (2021–2030 target 4.a: about
     * 111 by 2025, 109 by 2030; 2011–2020 target 4.a: at most 113 by 2015, 115 by 2020). No SDG indicator (sdg5.md: national indicator).
     *
     * <p>Breakdown, levels, frequency, sources and agencies from an official indicator sheet reproduced
     * by ncnb.org.vn ("Tỷ số giới tính được tính bằng…"): urban/rural and province; annual; the
     * population and housing census, the intercensal survey, the population-change and family-planning
     * survey, and administrative data; the General Statistics Office with the Ministry of Health. Which
     * instrument the sheet belongs to is unconfirmed, so its code is not used.
     */
    public static final Indicator SEX_RATIO_AT_BIRTH = Indicator.builder("HEA-01",
                    BilingualText.of("Tỷ số giới tính khi sinh", "Sex ratio at birth"),
                    MeasureKind.RATIO, Unit.PER_100)
            .definition(BilingualText.of(
                    "Số bé trai sinh ra sống trên 100 bé gái sinh ra sống trong kỳ (thường là một năm)",
                    "Boys born alive per 100 girls born alive in the period, usually a year"))
            .components(BilingualText.of("Số bé trai sinh ra sống", "Boys born alive"),
                    BilingualText.of("Số bé gái sinh ra sống", "Girls born alive"))
            .direction(Direction.DECREASE)
            .breakdowns(BreakdownDimension.RESIDENCE)
            .levels(AreaLevel.NATION, AreaLevel.PROVINCE)
            .frequency(Frequency.ANNUAL)
            .source(BilingualText.of("Tổng điều tra dân số và nhà ở; điều tra dân số và nhà ở giữa kỳ; điều tra biến"
                            + " động dân số và kế hoạch hóa gia đình; dữ liệu hành chính",
                    "Population and housing census; intercensal population and housing survey; population-change"
                            + " and family-planning survey; administrative data"))
            .agency(BilingualText.of("Tổng cục Thống kê, phối hợp với Bộ Y tế",
                    "General Statistics Office, with the Ministry of Health"))
            .decimals(1)
            .build();

    /**
     * {@code HEA-02}: the maternal mortality ratio, maternal deaths per 100,000 live births; lower is
     * better. Measures 2021–2030 target 4.b and 2011–2020 target 4.b (52 by 2020). SDG 3.1.1 (sdg5.md; not a goal 5 indicator), whose Viet
     * Nam roadmap value is below 45 by 2030 (Decision 681/QĐ-TTg).
     */
    public static final Indicator MATERNAL_MORTALITY = Indicator.builder("HEA-02",
                    BilingualText.of("Tỷ số tử vong mẹ", "Maternal mortality ratio"),
                    MeasureKind.RATIO, Unit.PER_100000)
            .components(BilingualText.of("Số bà mẹ tử vong", "Maternal deaths"),
                    BilingualText.of("Số trẻ đẻ sống", "Live births"))
            .direction(Direction.DECREASE)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(1)
            .build();

    /**
     * {@code HEA-03}: the share of provinces and centrally-run cities with at least one facility that
     * pilots health-care services for gay, bisexual and transgender people, in per cent; higher is
     * better. Measures 2021–2030 target 4.c ("tỷ lệ tỉnh, thành phố trực thuộc Trung ương có ít nhất 1 cơ
     * sở cung cấp thí điểm dịch vụ chăm sóc sức khỏe cho người đồng tính, song tính và người chuyển giới",
     * Quốc hội TV via baomoi, 23 May 2024; strategy-2021-2030-additions.md §B). No SDG link in sdg5.md.
     *
     * <p><b>The denominator changed during the strategy.</b> It counts provincial-level units: 63 until
     * 30 June 2025 and 34 from 1 July 2025 (Resolution 202/2025/QH15, provinces-2025.md). A share of 40 %
     * is 26 of 63 (41.27 %) before and 14 of 34 (41.18 %) after; values must carry their numerator and
     * denominator, and values either side of 1 July 2025 are not comparable without saying so.
     */
    public static final Indicator LGBT_HEALTH_PILOT_PROVINCES = Indicator.builder("HEA-03",
                    BilingualText.of("Tỷ lệ tỉnh, thành phố trực thuộc Trung ương có ít nhất 1 cơ sở cung cấp thí"
                                    + " điểm dịch vụ chăm sóc sức khỏe cho người đồng tính, song tính và người chuyển"
                                    + " giới",
                            "Share of provinces with at least one facility piloting health care for gay, bisexual"
                                    + " and transgender people"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số tỉnh, thành phố có ít nhất 1 cơ sở cung cấp thí điểm dịch vụ",
                            "Provinces with at least one such facility"),
                    BilingualText.of("Tổng số tỉnh, thành phố trực thuộc Trung ương (63 đến 30/6/2025, 34 từ"
                                    + " 1/7/2025)",
                            "All provinces and centrally-run cities (63 until 30 June 2025, 34 from 1 July 2025)"))
            .direction(Direction.INCREASE)
            .levels(AreaLevel.NATION)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code HEA-04}: the share of pregnant women with access to care and to services preventing
     * mother-to-child transmission of HIV, in per cent; higher is better. Measures 2011–2020 target 4.c
     * ("Tăng tỷ lệ phụ nữ mang thai được tiếp cận dịch vụ chăm sóc và dự phòng lây truyền HIV từ mẹ sang
     * con lên 50% vào năm 2020", infonet.vietnamnet.vn on the Government's implementation report;
     * strategy-2011-2020-additions.md §B). No SDG link in sdg5.md.
     */
    public static final Indicator PMTCT_ACCESS = Indicator.builder("HEA-04",
                    BilingualText.of("Tỷ lệ phụ nữ mang thai được tiếp cận dịch vụ chăm sóc và dự phòng lây truyền HIV"
                                    + " từ mẹ sang con",
                            "Share of pregnant women with access to care and prevention of mother-to-child HIV"
                                    + " transmission"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số phụ nữ mang thai được tiếp cận dịch vụ", "Pregnant women with access"),
                    BilingualText.of("Tổng số phụ nữ mang thai", "All pregnant women"))
            .direction(Direction.INCREASE)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code HEA-05}: the abortion ratio, abortions per 100 live births; lower is better. Measures
     * 2011–2020 target 4.d ("Giảm tỷ lệ phá thai xuống 25/100 trẻ đẻ sống vào năm 2020", infonet, as for
     * {@link #PMTCT_ACCESS}). No SDG link in sdg5.md.
     */
    public static final Indicator ABORTION_RATIO = Indicator.builder("HEA-05",
                    BilingualText.of("Tỷ số phá thai", "Abortion ratio"),
                    MeasureKind.RATIO, Unit.PER_100)
            .components(BilingualText.of("Số ca phá thai", "Abortions"), BilingualText.of("Số trẻ đẻ sống", "Live births"))
            .direction(Direction.DECREASE)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(1)
            .build();

    /**
     * {@code EDU-01}: the share of ethnic-minority children, boys and girls, who complete primary
     * education, in per cent; higher is better. Measures 2021–2030 target 5.a. The sources name the
     * children but not the age cohort, so the indicator has no numerator or denominator. No SDG 5 link.
     */
    public static final Indicator ETHNIC_MINORITY_PRIMARY_COMPLETION = Indicator.builder("EDU-01",
                    BilingualText.of("Tỷ lệ trẻ em trai và trẻ em gái người dân tộc thiểu số hoàn thành giáo dục tiểu học",
                            "Primary completion rate of ethnic-minority boys and girls"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .direction(Direction.INCREASE)
            .breakdowns(BreakdownDimension.SEX)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code EDU-02}: whether gender and gender-equality content is part of the curricula of the national
     * education system and formally taught in teacher-training schools: yes (1) or no (0), a
     * {@link MeasureKind#YES_NO} indicator. Measures 2021–2030 target 5.b, "từ năm 2025 trở đi nội dung
     * về giới, bình đẳng giới được đưa vào chương trình giảng dạy trong hệ thống giáo dục quốc dân và được
     * giảng dạy chính thức ở các trường sư phạm" (plo.vn, March 2021, a paraphrase; dantri.com.vn, 4 March
     * 2021; the Government portal). National only. No SDG link in sdg5.md.
     */
    public static final Indicator CURRICULA_GENDER_CONTENT = Indicator.builder("EDU-02",
                    BilingualText.of("Nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy trong hệ"
                                    + " thống giáo dục quốc dân",
                            "Gender and gender-equality content in the curricula of the national education system"),
                    MeasureKind.YES_NO, Unit.YES_NO)
            .direction(Direction.INCREASE)
            .levels(AreaLevel.NATION)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(0)
            .build();

    /**
     * {@code EDU-03}: the share of women among holders of a master's degree (tỉ lệ nữ thạc sĩ trong tổng
     * số người có trình độ thạc sĩ), in per cent; higher is better. Measures 2021–2030 target 5.c (plo.vn,
     * March 2021; strategy-2021-2030-additions.md §B). No SDG link in sdg5.md.
     */
    public static final Indicator MASTERS_FEMALE = Indicator.builder("EDU-03",
                    BilingualText.of("Tỉ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ",
                            "Share of women among master's-degree holders"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số nữ có trình độ thạc sĩ", "Women holding a master's degree"),
                    BilingualText.of("Tổng số người có trình độ thạc sĩ", "All holders of a master's degree"))
            .direction(Direction.INCREASE)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code EDU-04}: the share of women among holders of a doctorate (tỉ lệ nữ tiến sĩ trong tổng số
     * người có trình độ tiến sĩ), in per cent; higher is better. Measures 2021–2030 target 5.d (plo.vn,
     * March 2021). No SDG link in sdg5.md.
     */
    public static final Indicator DOCTORATES_FEMALE = Indicator.builder("EDU-04",
                    BilingualText.of("Tỉ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ",
                            "Share of women among doctorate holders"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số nữ có trình độ tiến sĩ", "Women holding a doctorate"),
                    BilingualText.of("Tổng số người có trình độ tiến sĩ", "All holders of a doctorate"))
            .direction(Direction.INCREASE)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code EDU-05}: the literacy rate of people aged 15 to 60, in per cent, by sex and ethnicity;
     * higher is better. Measures the three parts of 2011–2020 target 3.a as Decision 800/QĐ-TTg amended
     * it: "Tỷ lệ biết chữ của nữ trong độ tuổi từ 15 - 60 đạt ngang bằng với nam (98%), trong đó tỷ lệ ở
     * 14 tỉnh có điều kiện kinh tế - xã hội khó khăn đạt 94%, tỷ lệ người dân tộc thiểu số biết chữ đạt
     * 90%" (tuvanmienphi.vn; strategy-facts.md §2): women ({@code SEX=F}), women in the 14 provinces (an
     * aggregate of areas, which the sources do not list), and ethnic minorities ({@code ETHNICITY=MINORITY}).
     * No SDG link in sdg5.md.
     */
    public static final Indicator LITERACY_15_60 = Indicator.builder("EDU-05",
                    BilingualText.of("Tỷ lệ biết chữ của dân số trong độ tuổi từ 15 đến 60",
                            "Literacy rate of people aged 15 to 60"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số người từ 15 đến 60 tuổi biết chữ", "Literate people aged 15 to 60"),
                    BilingualText.of("Tổng số người từ 15 đến 60 tuổi", "All people aged 15 to 60"))
            .direction(Direction.INCREASE)
            .breakdowns(BreakdownDimension.SEX, BreakdownDimension.ETHNICITY)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code INF-01}: the share of the population with access to basic knowledge about gender
     * equality, in per cent; higher is better. Measures 2021–2030 target 6.1. Numerator, denominator
     * (total population), collection and agency from section 6.1 of the guide attached to MOLISA's
     * Official Letter 2792/LĐTBXH-BĐG of 20 August 2021: provinces report each year, and MOLISA runs a
     * sociological survey in 2024 and 2029 for the mid-term and final reviews. No SDG link in sdg5.md.
     * By sex, as it counts the whole population.
     */
    public static final Indicator GENDER_EQUALITY_KNOWLEDGE = Indicator.builder("INF-01",
                    BilingualText.of("Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới",
                            "Share of the population with access to basic knowledge about gender equality"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số người được tiếp cận kiến thức cơ bản về bình đẳng giới",
                            "People with access to basic knowledge about gender equality"),
                    BilingualText.of("Tổng dân số", "Total population"))
            .direction(Direction.INCREASE)
            .breakdowns(BreakdownDimension.SEX)
            .levels(AreaLevel.NATION, AreaLevel.PROVINCE)
            .frequency(Frequency.ANNUAL)
            .source(BilingualText.of("Báo cáo hằng năm của các tỉnh; điều tra xã hội học năm 2024 và 2029",
                    "Provinces' annual reports; sociological surveys in 2024 and 2029"))
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code INF-02}: by how much the number of cultural and information products carrying gender
     * stereotypes has fallen from the base, in per cent of the base number; higher is better. Measures
     * 2011–2020 target 5.a, "giảm 60% sản phẩm văn hoá, thông tin mang định kiến giới" by 2015 (a 2011
     * Government implementation report, section 5, 123docz copy). The base year is not stated in any
     * source read. No SDG link in sdg5.md.
     */
    public static final Indicator STEREOTYPED_PRODUCTS_REDUCTION = Indicator.builder("INF-02",
                    BilingualText.of("Mức giảm sản phẩm văn hóa, thông tin mang định kiến giới",
                            "Reduction in cultural and information products carrying gender stereotypes"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số sản phẩm mang định kiến giới đã giảm so với năm gốc",
                            "Fall in the number of stereotyped products since the base year"),
                    BilingualText.of("Số sản phẩm mang định kiến giới năm gốc",
                            "Stereotyped products in the base year"))
            .direction(Direction.INCREASE)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code INF-03}: whether the airtime of gender-equality programmes and columns, and the number of
     * communication products on gender equality, increased: yes (1) or no (0). Measures 2011–2020
     * target 5.b, "tăng thời lượng phát sóng các chương trình, chuyên mục và số lượng các sản phẩm tuyên
     * truyền, giáo dục về bình đẳng giới" (the 2011 report as for {@link #STEREOTYPED_PRODUCTS_REDUCTION}),
     * which gives no number: held as met or not met. No SDG link in sdg5.md.
     */
    public static final Indicator GENDER_EQUALITY_AIRTIME_INCREASED = Indicator.builder("INF-03",
                    BilingualText.of("Tăng thời lượng phát sóng các chương trình, chuyên mục về bình đẳng giới",
                            "Increase in airtime for gender-equality programmes and columns"),
                    MeasureKind.YES_NO, Unit.YES_NO)
            .direction(Direction.INCREASE)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(0)
            .build();

    /**
     * {@code INF-04}: the share of central and local radio and television stations with columns or
     * features raising awareness of gender equality, in per cent; higher is better. Measures 2011–2020
     * target 5.c, "có 90% đài phát thanh và đài truyền hình ở trung ương và địa phương có chuyên mục,
     * chuyên đề nâng cao nhận thức về bình đẳng giới" by 2015 (the 2011 report as above). No SDG link in
     * sdg5.md.
     */
    public static final Indicator BROADCASTERS_WITH_COLUMNS = Indicator.builder("INF-04",
                    BilingualText.of("Tỷ lệ đài phát thanh và đài truyền hình ở trung ương và địa phương có chuyên mục,"
                                    + " chuyên đề nâng cao nhận thức về bình đẳng giới",
                            "Share of central and local radio and television stations with gender-equality"
                                    + " columns or features"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số đài có chuyên mục, chuyên đề về bình đẳng giới",
                            "Stations with such columns or features"),
                    BilingualText.of("Tổng số đài phát thanh, đài truyền hình ở trung ương và địa phương",
                            "All central and local radio and television stations"))
            .direction(Direction.INCREASE)
            .frequency(Frequency.ANNUAL)
            .agency(MOLISA)
            .agency(MOHA)
            .decimals(2)
            .build();

    /**
     * {@code INF-05}: the number of gender-equality columns a month on a commune's grassroots information
     * system (hệ thống thông tin cơ sở); higher is better. Measures 2011–2020 target 5.d, added by
     * Decision 800/QĐ-TTg: "Phấn đấu hàng tháng có ít nhất 02 chuyên mục tuyên truyền về bình đẳng giới
     * trên hệ thống thông tin cơ sở tại các xã, phường, thị trấn vào năm 2020" (tuvanmienphi.vn). The
     * target applies to each commune-level unit; a total over communes is a sum of columns, not the
     * target's measure. No SDG link in sdg5.md.
     */
    public static final Indicator GRASSROOTS_COLUMNS_MONTHLY = Indicator.builder("INF-05",
                    BilingualText.of("Số chuyên mục tuyên truyền về bình đẳng giới hàng tháng trên hệ thống thông tin"
                                    + " cơ sở",
                            "Gender-equality columns a month on the grassroots information system"),
                    MeasureKind.COUNT, Unit.COUNT)
            .direction(Direction.INCREASE)
            .levels(AreaLevel.COMMUNE)
            .frequency(Frequency.MONTHLY)
            .agency(MOLISA)
            .agency(MOHA)
            .build();

    /** Every indicator of this catalogue (34), in code order within each domain. */
    public static final List<Indicator> ALL = List.of(KEY_LEADERS_FEMALE, PARTY_COMMITTEE_FEMALE,
            NATIONAL_ASSEMBLY_FEMALE, PEOPLES_COUNCIL_FEMALE, WAGE_EMPLOYMENT_FEMALE, AGRICULTURE_SHARE_FEMALE,
            ENTERPRISE_LEADERS_FEMALE, NEW_JOBS_BY_SEX, ENTERPRISE_OWNERS_FEMALE, RURAL_WOMEN_TRAINED,
            PREFERENTIAL_LOANS_FEMALE, UNPAID_CARE_RATIO, GBV_VICTIMS_SUPPORTED, GBV_PERPETRATORS_COUNSELLED,
            TRAFFICKING_VICTIMS_SUPPORTED, SOCIAL_ASSISTANCE_GBV, DV_VICTIMS_COUNSELLED, DV_PERPETRATORS_COUNSELLED,
            RETURNED_TRAFFICKING_VICTIMS_SUPPORTED, SEX_RATIO_AT_BIRTH, MATERNAL_MORTALITY,
            LGBT_HEALTH_PILOT_PROVINCES, PMTCT_ACCESS, ABORTION_RATIO, ETHNIC_MINORITY_PRIMARY_COMPLETION,
            CURRICULA_GENDER_CONTENT, MASTERS_FEMALE, DOCTORATES_FEMALE, LITERACY_15_60, GENDER_EQUALITY_KNOWLEDGE,
            STEREOTYPED_PRODUCTS_REDUCTION, GENDER_EQUALITY_AIRTIME_INCREASED, BROADCASTERS_WITH_COLUMNS,
            GRASSROOTS_COLUMNS_MONTHLY);

    private static final Map<String, String> SDG = Map.of(
            "POL-01", "5.5.2",
            "POL-03", "5.5.1",
            "POL-04", "5.5.1",
            "ECO-03", "5.5.2",
            "FAM-01", "5.4.1",
            "HEA-02", "3.1.1");

    private static final Map<String, Indicator> BY_CODE;
    private static final Map<String, List<Indicator>> BY_NAME;

    static {
        Map<String, Indicator> codes = new HashMap<>();
        Map<String, List<Indicator>> names = new HashMap<>();
        for (Indicator indicator : ALL) {
            codes.put(indicator.code(), indicator);
            String vi = Names.fold(indicator.name().vi());
            String en = Names.fold(indicator.name().en());
            names.merge(vi, List.of(indicator), Names::concat);
            if (!en.equals(vi)) {
                names.merge(en, List.of(indicator), Names::concat);
            }
        }
        BY_CODE = Map.copyOf(codes);
        BY_NAME = Map.copyOf(names);
    }

    private GenderIndicators() {
    }

    /**
     * Obtains the indicator of a code: {@code of("HEA-01")} is {@link #SEX_RATIO_AT_BIRTH}. The match
     * is exact.
     *
     * @param code  the code, such as {@code "HEA-01"}, not null
     * @return the indicator, not null
     * @throws InvalidValueException if this catalogue has no such code; the message lists the codes
     */
    public static Indicator of(String code) {
        return find(code).orElseThrow(() -> new InvalidValueException("GenderIndicators.code", "'" + code + "'",
                "must be one of " + String.join(", ", ALL.stream().map(Indicator::code).toList())));
    }

    /**
     * Finds the indicator of a code; the match is exact.
     *
     * @param code  the code, such as {@code "HEA-01"}, not null
     * @return the indicator, or empty if this catalogue has no such code
     */
    public static Optional<Indicator> find(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /**
     * Finds the indicator whose Vietnamese or English name matches, compared without case or
     * diacritics, in NFC or NFD, with runs of spaces taken as one: "Tỷ số giới tính khi sinh",
     * "TY SO GIOI TINH KHI SINH" and "sex ratio at birth" all find {@link #SEX_RATIO_AT_BIRTH}.
     *
     * @param name  the full name, not null
     * @return the indicator, or empty if none matches
     * @throws InvalidValueException if several indicators match; the message lists their codes
     */
    public static Optional<Indicator> findByName(CharSequence name) {
        Objects.requireNonNull(name, "name");
        List<Indicator> found = BY_NAME.getOrDefault(Names.fold(name), List.of());
        if (found.size() > 1) {
            StringJoiner codes = new StringJoiner(", ");
            found.forEach(i -> codes.add(i.code()));
            throw new InvalidValueException("GenderIndicators.name", "'" + name + "'",
                    "matches several indicators: " + codes);
        }
        return found.stream().findFirst();
    }

    /**
     * Returns the indicators of this catalogue that sdg5.md links to a global SDG indicator, in the order
     * of {@link #ALL}: {@code findBySdg("5.5.1")} gives {@link #NATIONAL_ASSEMBLY_FEMALE} and
     * {@link #PEOPLES_COUNCIL_FEMALE}.
     *
     * @param sdgCode  the global SDG indicator code, such as {@code "5.5.1"}, not null
     * @return the indicators, unmodifiable, empty if none is linked to it
     */
    public static List<Indicator> findBySdg(String sdgCode) {
        Objects.requireNonNull(sdgCode, "sdgCode");
        List<Indicator> found = new ArrayList<>();
        for (Indicator indicator : ALL) {
            if (sdgCode.equals(SDG.get(indicator.code()))) {
                found.add(indicator);
            }
        }
        return List.copyOf(found);
    }

    /**
     * Returns the global SDG indicator that sdg5.md links to an indicator of this catalogue, such as
     * {@code "5.5.2"} for {@code POL-01}.
     *
     * @param code  the indicator's code, not null
     * @return the SDG indicator code, or empty if the indicator has no link or the code is unknown
     */
    public static Optional<String> sdgIndicator(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(SDG.get(code));
    }

    // Issue 21 (indices): the catalogue's indicators that are inputs of UNDP's indices.

    /**
     * Starts the mapping of index inputs to this catalogue's indicators, for
     * {@link io.github.binhdang.core.index.DatasetIndices}: {@link #MATERNAL_MORTALITY} ({@code HEA-02}, deaths
     * per 100,000 live births) for the GII's maternal mortality ratio, and {@link #NATIONAL_ASSEMBLY_FEMALE}
     * ({@code POL-03}, the share of women among National Assembly deputies) for the GII's seats in parliament,
     * the men's share being 100 % minus it.
     *
     * <p>The catalogue has no indicator for the other inputs (the adolescent birth rate, secondary education
     * and labour force participation by sex, life expectancy, schooling, GNI per capita): no confirmed source
     * names a national indicator for them, so none is invented here. Add the codes a dataset uses:
     * <pre>
     *   IndexSources sources = GenderIndicators.indexSources()
     *       .indicator(IndexInput.ADOLESCENT_BIRTH_RATE, "ABR")
     *       .indicator(IndexInput.SECONDARY_EDUCATION, "SE25")
     *       .indicator(IndexInput.LABOUR_FORCE_PARTICIPATION, "LFPR")
     *       .build();
     * </pre>
     *
     * @return a new builder with the two inputs mapped, not null
     */
    public static IndexSources.Builder indexSources() {
        return IndexSources.builder()
                .indicator(IndexInput.MATERNAL_MORTALITY_RATIO, MATERNAL_MORTALITY.code())
                .womenShare(IndexInput.PARLIAMENT_SEATS, NATIONAL_ASSEMBLY_FEMALE.code());
    }
}
