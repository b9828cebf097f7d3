package io.github.binhdang.indicators;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Direction;
import io.github.binhdang.core.indicator.Frequency;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
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
 * (information and communication). They are NOT the codes of the national set of gender development
 * statistical indicators (Circular 10/2011/TT-BKHĐT and its successors): that set's rows, codes
 * included, could not be confirmed from any source read, so none is used or implied here.
 *
 * <h2>What each indicator states, and from where</h2>
 * Names, numerators and denominators come from the wording of the targets they measure (cited on
 * each constant and in the strategy classes); where a target's text does not name its denominator, the
 * indicator has none ({@link Indicator#denominator()} is empty) and the constant says so.
 * Breakdowns are given only where a source names them. The frequency is annual unless the quantity is
 * counted per term of an elected body: MOLISA's Official Letter 2792/LĐTBXH-BĐG of 20 August 2021
 * asks for the 2021–2030 targets to be reported every year. Decimals are this catalogue's choice
 * (2 for percentages, 1 for ratios and "times"); no source gives a publication precision.
 *
 * <h2>SDG links</h2>
 * {@link #sdgIndicator(String)} gives the global SDG indicator code that {@code sdg5.md} of the
 * reference files links to each indicator: its mapping table for the 2021–2030 targets (5.5.2, 5.4.1,
 * and 3.1.1 for maternal mortality, which is not goal 5), and, for women's seats in the National
 * Assembly and People's Councils, the definition of 5.5.1 in its list of global codes ("seats held by
 * women in (a) national parliaments and (b) local governments"). That file says its mapping is
 * derived, not taken from a published concordance. Indicators it gives no link for have none.
 *
 * <h2>Lookups</h2>
 * By code ({@link #of}, {@link #find}) and by Vietnamese or English name ({@link #findByName}), with or without
 * diacritics, in any case, in NFC or NFD.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class GenderIndicators {

    private static final String MOLISA_VI = "Bộ Lao động - Thương binh và Xã hội";
    private static final String MOLISA_EN = "Ministry of Labour, Invalids and Social Affairs";

    /**
     * {@code POL-01}: the share of state management agencies and local governments at all levels that
     * have a woman among their key leaders (lãnh đạo chủ chốt), in per cent; higher is better.
     *
     * <p>Measures 2021–2030 target 1.1 ("các cơ quan quản lý nhà nước, chính quyền địa phương các cấp
     * có lãnh đạo chủ chốt là nữ") and 2011–2020 target 1.c, whose denominator is worded "Bộ, cơ quan
     * ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các cấp": the same population of central
     * agencies and local authorities, named in the older form. SDG 5.5.2 (sdg5.md).
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
            .decimals(2)
            .build();

    /**
     * {@code POL-02}: the share of women among members of Party committees (cấp ủy Đảng), per term, in
     * per cent; higher is better. Measures 2011–2020 target 1.a. No SDG link in sdg5.md.
     */
    public static final Indicator PARTY_COMMITTEE_FEMALE = Indicator.builder("POL-02",
                    BilingualText.of("Tỷ lệ nữ tham gia cấp ủy Đảng", "Share of women among Party committee members"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số nữ ủy viên cấp ủy Đảng", "Women members of Party committees"),
                    BilingualText.of("Tổng số ủy viên cấp ủy Đảng", "All members of Party committees"))
            .direction(Direction.INCREASE)
            .frequency(Frequency.PER_TERM)
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
            .decimals(2)
            .build();

    /**
     * {@code ECO-03}: the share of women among directors or owners of enterprises and cooperatives
     * (nữ giám đốc/chủ doanh nghiệp, hợp tác xã), in per cent; higher is better. Measures 2021–2030
     * target 2.3. SDG 5.5.2 (sdg5.md).
     *
     * <p>The 2011–2020 strategy's target on women enterprise owners ("nữ làm chủ doanh nghiệp") counts
     * owners of enterprises only, without cooperatives or directors; it is not in
     * {@link Strategy2011To2020}, whose objective 2 could not be confirmed, and a series joining the two
     * would have to say that the scope changed.
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
            .decimals(2)
            .build();

    /**
     * {@code FAM-01}: how many times men's average hours women spend on unpaid domestic and family care
     * work (số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công
     * của phụ nữ so với nam giới), in times; lower is better. Measures 2021–2030 target 3.1 (1.7 times
     * by 2025). SDG 5.4.1 (sdg5.md), whose Viet Nam roadmap value is 1.3 times by 2030 (Decision
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
            .decimals(1)
            .build();

    /**
     * {@code FAM-02}: the share of detected victims of domestic or gender-based violence who get at
     * least one basic support service, in per cent; higher is better. Measures 2021–2030 target 3.2a.
     * No SDG indicator (sdg5.md places it in the 5.2 family with no exact match: it counts access to
     * services, not prevalence).
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
            .frequency(Frequency.ANNUAL)
            .decimals(2)
            .build();

    /**
     * {@code FAM-03}: the share of detected perpetrators of domestic or gender-based violence, whose
     * acts are not yet criminally liable, who receive counselling (được tư vấn, tham vấn), in per cent;
     * higher is better. Measures 2021–2030 target 3.2b. No SDG link in sdg5.md.
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
            .frequency(Frequency.ANNUAL)
            .decimals(2)
            .build();

    /**
     * {@code FAM-04}: the share of detected returned victims of trafficking who need support and
     * receive support and community-reintegration services, in per cent; higher is better. Measures
     * 2021–2030 target 3.3. No SDG link in sdg5.md.
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
            .frequency(Frequency.ANNUAL)
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
            .decimals(2)
            .build();

    /**
     * {@code HEA-01}: the sex ratio at birth (tỷ số giới tính khi sinh), boys born alive per 100 girls
     * born alive; lower is better for the strategies' targets, which cap it (2021–2030 target 4.a: 111
     * by 2025, 109 by 2030). No SDG indicator (sdg5.md: national indicator).
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
     * better. Measures 2021–2030 target 4.b. SDG 3.1.1 (sdg5.md; not a goal 5 indicator), whose Viet
     * Nam roadmap value is below 45 by 2030 (Decision 681/QĐ-TTg).
     */
    public static final Indicator MATERNAL_MORTALITY = Indicator.builder("HEA-02",
                    BilingualText.of("Tỷ số tử vong mẹ", "Maternal mortality ratio"),
                    MeasureKind.RATIO, Unit.PER_100000)
            .components(BilingualText.of("Số bà mẹ tử vong", "Maternal deaths"),
                    BilingualText.of("Số trẻ đẻ sống", "Live births"))
            .direction(Direction.DECREASE)
            .frequency(Frequency.ANNUAL)
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
            .decimals(2)
            .build();

    /**
     * {@code INF-01}: the share of the population with access to basic knowledge about gender
     * equality, in per cent; higher is better. Measures 2021–2030 target 6.1. Numerator, denominator
     * (total population), collection and agency from section 6.1 of the guide attached to MOLISA's
     * Official Letter 2792/LĐTBXH-BĐG of 20 August 2021: provinces report each year, and MOLISA runs a
     * sociological survey in 2024 and 2029 for the mid-term and final reviews. No SDG link in sdg5.md.
     */
    public static final Indicator GENDER_EQUALITY_KNOWLEDGE = Indicator.builder("INF-01",
                    BilingualText.of("Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới",
                            "Share of the population with access to basic knowledge about gender equality"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Số người được tiếp cận kiến thức cơ bản về bình đẳng giới",
                            "People with access to basic knowledge about gender equality"),
                    BilingualText.of("Tổng dân số", "Total population"))
            .direction(Direction.INCREASE)
            .levels(AreaLevel.NATION, AreaLevel.PROVINCE)
            .frequency(Frequency.ANNUAL)
            .source(BilingualText.of("Báo cáo hằng năm của các tỉnh; điều tra xã hội học năm 2024 và 2029",
                    "Provinces' annual reports; sociological surveys in 2024 and 2029"))
            .agency(BilingualText.of(MOLISA_VI, MOLISA_EN))
            .decimals(2)
            .build();

    /** Every indicator of this catalogue, in code order. */
    public static final List<Indicator> ALL = List.of(KEY_LEADERS_FEMALE, PARTY_COMMITTEE_FEMALE,
            NATIONAL_ASSEMBLY_FEMALE, PEOPLES_COUNCIL_FEMALE, WAGE_EMPLOYMENT_FEMALE, AGRICULTURE_SHARE_FEMALE,
            ENTERPRISE_LEADERS_FEMALE, UNPAID_CARE_RATIO, GBV_VICTIMS_SUPPORTED, GBV_PERPETRATORS_COUNSELLED,
            TRAFFICKING_VICTIMS_SUPPORTED, SOCIAL_ASSISTANCE_GBV, SEX_RATIO_AT_BIRTH, MATERNAL_MORTALITY,
            ETHNIC_MINORITY_PRIMARY_COMPLETION, GENDER_EQUALITY_KNOWLEDGE);

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
}
