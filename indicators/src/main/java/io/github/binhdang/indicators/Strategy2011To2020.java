package io.github.binhdang.indicators;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.indicator.Domain;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.period.TermPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.LegalBasis;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Objective;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The National Strategy on Gender Equality 2011–2020 (Chiến lược quốc gia về bình đẳng giới giai
 * đoạn 2011-2020), approved by Decision 2351/QĐ-TTg of the Prime Minister (Thủ tướng Chính phủ),
 * 24 December 2010, and amended by Decision 800/QĐ-TTg of the Prime Minister, 2 July 2018; code
 * {@value #CODE}.
 *
 * <h2>What is here, and what is not</h2>
 * The Decision's full text was not read. Its 7 objectives are confirmed ("tình hình thực hiện các chỉ
 * tiêu của 7 mục tiêu trong Chiến lược quốc gia về bình đẳng giới 2011-2020", Giáo dục &amp; Thời đại via
 * baomoi; strategy-2011-2020-additions.md §A); the total number of targets is not. Here are all 7
 * objectives with the 20 targets sources give, as 23 {@link Target}s and 31 milestones
 * (shared/reference strategy-2011-2020.md, its additions, and docs/sources/strategy-facts.md §2):
 * <table>
 *   <caption>Targets per objective</caption>
 *   <tr><th>objective</th><th>targets</th><th>{@link Target}s</th></tr>
 *   <tr><td>1 politics</td><td>1.a, 1.b (as 1.b-QH and 1.b-HDND), 1.c; "3 chỉ tiêu của mục tiêu 1"</td>
 *       <td>4</td></tr>
 *   <tr><td>2 economy, labour</td><td>2.a new jobs, 2.b women business owners, 2.c rural women trained,
 *       2.d preferential loans</td><td>4</td></tr>
 *   <tr><td>3 education</td><td>3.a literacy as amended (as 3.a-1, 3.a-2, 3.a-3)</td><td>3</td></tr>
 *   <tr><td>4 health</td><td>4.a sex ratio at birth, 4.b maternal mortality, 4.c HIV mother-to-child
 *       prevention, 4.d abortions</td><td>4</td></tr>
 *   <tr><td>5 culture, information</td><td>5.a stereotyped products, 5.b airtime (yes/no), 5.c radio and
 *       TV stations, 5.d grassroots columns (added in 2018)</td><td>4</td></tr>
 *   <tr><td>6 family life, GBV</td><td>6.a housework time, 6.b victims, 6.c perpetrators, 6.d trafficking
 *       victims</td><td>4</td></tr>
 *   <tr><td>7 (unconfirmed title)</td><td>none confirmed</td><td>0</td></tr>
 * </table>
 * Left out, because no source confirms them: objective 7's title and targets; objective 3's title and
 * its targets other than literacy; the 2015 values of health targets 4.b to 4.d; the 2020 values of 2.d,
 * 5.a to 5.c, 6.a and 6.d; the base year of 5.a. Objectives 2, 3 and 4 are numbered by the order of the
 * domains (politics 1 … culture 5, family 6, as the 2011 report numbers sections 5 and 6); only 1, 5 and
 * 6 have their numbers from a source.
 *
 * <p>Comparisons over the 31 milestones: 22 {@link Comparison#AT_LEAST}, 3 {@link Comparison#ABOVE},
 * 5 {@link Comparison#AT_MOST}, 1 yes/no (5.b, {@link Comparison#EQUAL} 1); 2.a holds every year from
 * 2011 onward.
 *
 * <h2>Amendments of Decision 800/QĐ-TTg (2 July 2018)</h2>
 * Where it set a 2020 value, that value is the milestone ({@link #isAmended(String)}): literacy 3.a-1 to
 * 3.a-3, the grassroots columns 5.d it added, and the 2020 values of 6.b and 6.c. Whether it changed
 * other targets is unconfirmed.
 *
 * <h2>Objective 1 and its targets</h2>
 * Title: MOLISA news, 31 December 2010,
 * http://www.molisa.gov.vn/Pages/tintuc/chitiet.aspx?tintucID=8649 . The three targets' values come
 * from the same page, a paraphrase, not the Decision's wording; and, for the National Assembly and
 * People's Councils in the 2016–2021 term, from VTV's quotation, http://vtv.vn/ty-le-nu-trong-co-quan-dan-cu.html .
 * No objective 1 text here is the Decision's verbatim ({@link #isVerbatim} is false). The
 * order of the three targets within the objective is unconfirmed, so they carry letters in MOLISA's
 * order: {@code 1.a} (Party committees), {@code 1.b} (elected bodies), {@code 1.c} (key leaders).
 * Target 1.b sets one share for two bodies, the National Assembly and People's Councils at all levels,
 * which are elected and reported separately; it becomes two targets, {@code 1.b-QH} and
 * {@code 1.b-HDND}, each with the same text. Whether Decision 800/QĐ-TTg changed any objective 1 value
 * is unconfirmed; the values here are those of December 2010.
 *
 * <p>Terms are {@link TermPeriod}s labelled as the sources label them: "nhiệm kỳ 2011 - 2015" and
 * "nhiệm kỳ 2016 - 2020" (MOLISA), "nhiệm kỳ 2016- 2021" (VTV's quotation, used for the elected
 * bodies' second term, as MOLISA's "2016 - 2020" for them conflicts with it and with the bodies' real
 * terms). Comparisons: "từ … trở lên" and "đạt" are {@link Comparison#AT_LEAST}, "trên" (more than)
 * {@link Comparison#ABOVE}, "không vượt quá" and "giảm … xuống" (reduce to) {@link Comparison#AT_MOST}.
 * The English texts are this catalogue's own translations.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Strategy2011To2020 {

    /** The strategy's code, {@code VN-NSGE-2011-2020}. */
    public static final String CODE = "VN-NSGE-2011-2020";

    /** Decision 2351/QĐ-TTg of the Prime Minister (Thủ tướng Chính phủ), 24 December 2010. */
    public static final LegalBasis LEGAL_BASIS = new LegalBasis("2351/QĐ-TTg",
            BilingualText.of("Thủ tướng Chính phủ", "Prime Minister"), LocalDate.of(2010, 12, 24));

    /**
     * Decision 800/QĐ-TTg of the Prime Minister, 2 July 2018, which amended some of the strategy's
     * 2020 targets (tuvanmienphi.vn, bizlawyer.vn, news.chinhphu.vn of 5 July 2018; one English page's
     * "June 02, 2018" is outnumbered). The targets it set are those {@link #isAmended(String)} names.
     */
    public static final LegalBasis AMENDED_BY = new LegalBasis("800/QĐ-TTg",
            BilingualText.of("Thủ tướng Chính phủ", "Prime Minister"), LocalDate.of(2018, 7, 2));

    /**
     * Target 1.a: women 25 % or more of Party committee members in the 2016–2020 term ("từ 25% trở
     * lên"). Measured by {@link GenderIndicators#PARTY_COMMITTEE_FEMALE}. The value for the earlier term
     * is unconfirmed.
     */
    public static final Target TARGET_1_A = Target.builder("1.a",
                    BilingualText.of("Phấn đấu đạt tỷ lệ nữ tham gia cấp ủy Đảng nhiệm kỳ 2016 - 2020 từ 25% trở lên.",
                            "Aim for women to make up 25% or more of Party committee members in the 2016–2020 term."),
                    GenderIndicators.PARTY_COMMITTEE_FEMALE)
            .milestone(percent(TermPeriod.of(TermBody.PARTY_COMMITTEE, 2016, 2020), Comparison.AT_LEAST, "25"))
            .build();

    private static final BilingualText ELECTED_BODIES = BilingualText.of(
            "Nữ đại biểu Quốc hội, đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2011 - 2015 đạt tỷ lệ từ 30% trở"
                    + " lên; phấn đấu đạt tỷ lệ nữ đại biểu Quốc hội và Hội đồng nhân dân các cấp nhiệm kỳ 2016 -"
                    + " 2021 là trên 35%.",
            "Women make up 30% or more of the deputies of the National Assembly and of People's Councils at all"
                    + " levels in the 2011–2015 term, and more than 35% in the 2016–2021 term.");

    /**
     * Target 1.b-QH, the National Assembly half of target 1.b: women at least 30 % of deputies in the
     * 2011–2015 term and more than 35 % in the 2016–2021 term. Measured by
     * {@link GenderIndicators#NATIONAL_ASSEMBLY_FEMALE}.
     */
    public static final Target TARGET_1_B_QH = Target.builder("1.b-QH", ELECTED_BODIES,
                    GenderIndicators.NATIONAL_ASSEMBLY_FEMALE)
            .milestone(percent(TermPeriod.of(TermBody.NATIONAL_ASSEMBLY, 2011, 2015), Comparison.AT_LEAST, "30"))
            .milestone(percent(TermPeriod.of(TermBody.NATIONAL_ASSEMBLY, 2016, 2021), Comparison.ABOVE, "35"))
            .build();

    /**
     * Target 1.b-HDND, the People's Council half of target 1.b: women at least 30 % of deputies in the
     * 2011–2015 term and more than 35 % in the 2016–2021 term, at every level. Measured by
     * {@link GenderIndicators#PEOPLES_COUNCIL_FEMALE}.
     */
    public static final Target TARGET_1_B_HDND = Target.builder("1.b-HDND", ELECTED_BODIES,
                    GenderIndicators.PEOPLES_COUNCIL_FEMALE)
            .milestone(percent(TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2011, 2015), Comparison.AT_LEAST, "30"))
            .milestone(percent(TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021), Comparison.ABOVE, "35"))
            .build();

    /**
     * Target 1.c: at least 80 % by 2015, and more than 95 % by 2020, of ministries, ministry-level
     * agencies, Government agencies and People's Committees at all levels have a woman among their key
     * leaders. Measured by {@link GenderIndicators#KEY_LEADERS_FEMALE}, as is 2021–2030 target 1.1, so
     * one series runs across both strategies.
     */
    public static final Target TARGET_1_C = Target.builder("1.c",
                    BilingualText.of("Phấn đấu đến năm 2015 đạt 80% và đến năm 2020 đạt trên 95% Bộ, cơ quan ngang Bộ,"
                                    + " cơ quan thuộc Chính phủ, Ủy ban nhân dân các cấp có lãnh đạo chủ chốt là nữ.",
                            "Aim for 80% of ministries, ministry-level agencies, Government agencies and People's"
                                    + " Committees at all levels by 2015, and more than 95% by 2020, to have a woman"
                                    + " among their key leaders."),
                    GenderIndicators.KEY_LEADERS_FEMALE)
            .milestone(Milestone.of(2015, Comparison.AT_LEAST, new BigDecimal("80"), Unit.PERCENT))
            .milestone(Milestone.of(2020, Comparison.ABOVE, new BigDecimal("95"), Unit.PERCENT))
            .build();

    /**
     * Objective 1: more women in management and leadership posts, to narrow the gender gap in politics
     * step by step; targets 1.a, 1.b-QH, 1.b-HDND, 1.c.
     */
    public static final Objective OBJECTIVE_1 = Objective.of(1, Domain.POLITICS,
            BilingualText.of("Tăng cường sự tham gia của phụ nữ vào các vị trí quản lý, lãnh đạo, nhằm từng bước"
                            + " giảm dần khoảng cách giới trong lĩnh vực chính trị",
                    "Strengthen women's participation in management and leadership posts, so as to narrow the"
                            + " gender gap in politics step by step"),
            TARGET_1_A, TARGET_1_B_QH, TARGET_1_B_HDND, TARGET_1_C);

    // Objective 2: economy and labour.

    /**
     * Target 2.a: every year, each sex gets at least 40 % of the people given new jobs ("hằng năm, tổng
     * số người được tạo việc làm mới phải bảo đảm ít nhất 40% cho mỗi giới (nam và nữ)"). One milestone
     * from 2011 onward, to be met by each sex's value ({@code SEX=F} and {@code SEX=M}). Measured by
     * {@link GenderIndicators#NEW_JOBS_BY_SEX}. Source: MOLISA news, 31 December 2010 (paraphrase).
     */
    public static final Target TARGET_2_A = Target.builder("2.a",
                    BilingualText.of("Hằng năm, tổng số người được tạo việc làm mới phải bảo đảm ít nhất 40% cho mỗi"
                                    + " giới (nam và nữ).",
                            "Every year, at least 40% of the people given new jobs are of each sex (men and women)."),
                    GenderIndicators.NEW_JOBS_BY_SEX)
            .milestone(Milestone.fromYearOnward(2011, Comparison.AT_LEAST, new BigDecimal("40"), Unit.PERCENT))
            .build();

    /**
     * Target 2.b: women own 30 % of enterprises by 2015 ("đạt") and 35 % or more by 2020 ("từ … trở
     * lên"). Measured by {@link GenderIndicators#ENTERPRISE_OWNERS_FEMALE}. The only 2011–2020 target
     * quoted word for word: "Tỷ lệ nữ làm chủ doanh nghiệp đạt 30% vào năm 2015 và từ 35% trở lên vào năm
     * 2020" (Aus4Reform/VCCI and cafef.vn, 25 August 2016; strategy-facts.md §2).
     */
    public static final Target TARGET_2_B = Target.builder("2.b",
                    BilingualText.of("Tỷ lệ nữ làm chủ doanh nghiệp đạt 30% vào năm 2015 và từ 35% trở lên vào năm 2020.",
                            "Women own 30% of enterprises by 2015 and 35% or more by 2020."),
                    GenderIndicators.ENTERPRISE_OWNERS_FEMALE)
            .milestone(percent(YearPeriod.of(2015), Comparison.AT_LEAST, "30"))
            .milestone(percent(YearPeriod.of(2020), Comparison.AT_LEAST, "35"))
            .build();

    /**
     * Target 2.c: the share of rural women workers under 45 with vocational or technical training reaches
     * 25 % by 2015 and 50 % by 2020. Measured by {@link GenderIndicators#RURAL_WOMEN_TRAINED}. Source:
     * MOLISA news, 31 December 2010 (paraphrase).
     */
    public static final Target TARGET_2_C = Target.builder("2.c",
                    BilingualText.of("Lao động nữ nông thôn dưới 45 tuổi được đào tạo nghề và chuyên môn kỹ thuật đạt"
                                    + " tỷ lệ 25% vào năm 2015 và 50% vào năm 2020.",
                            "25% of rural women workers under 45 have vocational or technical training by 2015, and"
                                    + " 50% by 2020."),
                    GenderIndicators.RURAL_WOMEN_TRAINED)
            .milestone(percent(YearPeriod.of(2015), Comparison.AT_LEAST, "25"))
            .milestone(percent(YearPeriod.of(2020), Comparison.AT_LEAST, "50"))
            .build();

    /**
     * Target 2.d: 80 % of women in poor rural and ethnic-minority areas who need a loan get preferential
     * credit by 2015. Measured by {@link GenderIndicators#PREFERENTIAL_LOANS_FEMALE}. Source: MOLISA news,
     * 31 December 2010 (paraphrase); the 2020 value is not confirmed (the source breaks off).
     */
    public static final Target TARGET_2_D = Target.builder("2.d",
                    BilingualText.of("Tỷ lệ nữ ở vùng nông thôn nghèo, vùng dân tộc thiểu số có nhu cầu được vay vốn ưu"
                                    + " đãi từ các chương trình việc làm, giảm nghèo và các nguồn tín dụng chính thức đạt"
                                    + " 80% vào năm 2015.",
                            "80% of women in poor rural and ethnic-minority areas who need a loan get preferential"
                                    + " credit from employment and poverty-reduction programmes and formal credit by"
                                    + " 2015."),
                    GenderIndicators.PREFERENTIAL_LOANS_FEMALE)
            .milestone(percent(YearPeriod.of(2015), Comparison.AT_LEAST, "80"))
            .build();

    // Objective 3: education and training.

    private static final BilingualText LITERACY = BilingualText.of(
            "Tỷ lệ biết chữ của nữ trong độ tuổi từ 15 - 60 đạt ngang bằng với nam (98%), trong đó tỷ lệ ở 14 tỉnh có"
                    + " điều kiện kinh tế - xã hội khó khăn đạt 94%, tỷ lệ người dân tộc thiểu số biết chữ đạt 90%.",
            "By 2020, women aged 15–60 are as literate as men (98%); the rate is 94% in the 14 provinces with"
                    + " difficult socio-economic conditions, and 90% among ethnic minorities.");

    /**
     * Target 3.a-1, the first measure of the literacy target as Decision 800/QĐ-TTg amended it: women
     * aged 15–60 as literate as men, 98 %, by 2020 ("đạt ngang bằng với nam (98%)", read as
     * {@link Comparison#AT_LEAST} 98: equal to men's rate, which the text gives as 98 %). Measured by
     * {@link GenderIndicators#LITERACY_15_60} for {@code SEX=F}. Source: tuvanmienphi.vn on Decision
     * 800/QĐ-TTg (strategy-facts.md §2). The original 2010 target it replaced is not confirmed.
     */
    public static final Target TARGET_3_A_1 = Target.builder("3.a-1", LITERACY, GenderIndicators.LITERACY_15_60)
            .milestone(percent(YearPeriod.of(2020), Comparison.AT_LEAST, "98"))
            .build();

    /**
     * Target 3.a-2, the second measure of the literacy target: 94 % in the 14 provinces with difficult
     * socio-economic conditions by 2020 ("đạt 94%"), as amended by Decision 800/QĐ-TTg. Measured by
     * {@link GenderIndicators#LITERACY_15_60} over those provinces, which no source read lists.
     */
    public static final Target TARGET_3_A_2 = Target.builder("3.a-2", LITERACY, GenderIndicators.LITERACY_15_60)
            .milestone(percent(YearPeriod.of(2020), Comparison.AT_LEAST, "94"))
            .build();

    /**
     * Target 3.a-3, the third measure of the literacy target: 90 % of ethnic-minority people literate by
     * 2020 ("đạt 90%"), as amended by Decision 800/QĐ-TTg. Measured by
     * {@link GenderIndicators#LITERACY_15_60} for {@code ETHNICITY=MINORITY}.
     */
    public static final Target TARGET_3_A_3 = Target.builder("3.a-3", LITERACY, GenderIndicators.LITERACY_15_60)
            .milestone(percent(YearPeriod.of(2020), Comparison.AT_LEAST, "90"))
            .build();

    // Objective 4: health.

    /**
     * Target 4.a (stated as "chỉ tiêu 1" of the health objective): the sex ratio at birth does not exceed
     * 113 boys per 100 girls by 2015 ("Đến 2015, không vượt quá tỷ lệ 113 trẻ sơ sinh trai/100 trẻ sơ
     * sinh gái", MOLISA news) and 115 by 2020 ("không vượt quá 115 trẻ sơ sinh trai/100 trẻ sơ sinh gái
     * vào năm 2020", infonet.vietnamnet.vn). The 2020 cap is looser than the 2015 cap as the sources
     * print them; it is kept as printed. Measured by {@link GenderIndicators#SEX_RATIO_AT_BIRTH}.
     */
    public static final Target TARGET_4_A = Target.builder("4.a",
                    BilingualText.of("Tỷ số giới tính khi sinh không vượt quá 113 trẻ sơ sinh trai/100 trẻ sơ sinh gái"
                                    + " vào năm 2015 và không vượt quá 115 trẻ sơ sinh trai/100 trẻ sơ sinh gái vào năm"
                                    + " 2020.",
                            "The sex ratio at birth does not exceed 113 boys per 100 girls by 2015 and 115 by 2020."),
                    GenderIndicators.SEX_RATIO_AT_BIRTH)
            .milestone(Milestone.of(2015, Comparison.AT_MOST, new BigDecimal("113"), Unit.PER_100))
            .milestone(Milestone.of(2020, Comparison.AT_MOST, new BigDecimal("115"), Unit.PER_100))
            .build();

    /**
     * Target 4.b: maternal mortality related to pregnancy reduced to 52 per 100,000 live births by 2020
     * ("Giảm tỷ lệ tử vong bà mẹ liên quan đến thai sản xuống 52/100.000 trẻ đẻ sống vào năm 2020",
     * infonet). Measured by {@link GenderIndicators#MATERNAL_MORTALITY}, as is 2021–2030 target 4.b.
     */
    public static final Target TARGET_4_B = Target.builder("4.b",
                    BilingualText.of("Giảm tỷ lệ tử vong bà mẹ liên quan đến thai sản xuống 52/100.000 trẻ đẻ sống vào"
                                    + " năm 2020.",
                            "Bring maternal mortality related to pregnancy down to 52 per 100,000 live births by"
                                    + " 2020."),
                    GenderIndicators.MATERNAL_MORTALITY)
            .milestone(Milestone.of(2020, Comparison.AT_MOST, new BigDecimal("52"), Unit.PER_100000))
            .build();

    /**
     * Target 4.c: 50 % of pregnant women with access to care and prevention of mother-to-child HIV
     * transmission by 2020 ("lên 50%", infonet). Measured by {@link GenderIndicators#PMTCT_ACCESS}.
     */
    public static final Target TARGET_4_C = Target.builder("4.c",
                    BilingualText.of("Tăng tỷ lệ phụ nữ mang thai được tiếp cận dịch vụ chăm sóc và dự phòng lây"
                                    + " truyền HIV từ mẹ sang con lên 50% vào năm 2020.",
                            "Raise to 50% by 2020 the share of pregnant women with access to care and prevention of"
                                    + " mother-to-child HIV transmission."),
                    GenderIndicators.PMTCT_ACCESS)
            .milestone(percent(YearPeriod.of(2020), Comparison.AT_LEAST, "50"))
            .build();

    /**
     * Target 4.d: abortions reduced to 25 per 100 live births by 2020 ("Giảm tỷ lệ phá thai xuống
     * 25/100 trẻ đẻ sống vào năm 2020", infonet). Measured by {@link GenderIndicators#ABORTION_RATIO}.
     */
    public static final Target TARGET_4_D = Target.builder("4.d",
                    BilingualText.of("Giảm tỷ lệ phá thai xuống 25/100 trẻ đẻ sống vào năm 2020.",
                            "Bring abortions down to 25 per 100 live births by 2020."),
                    GenderIndicators.ABORTION_RATIO)
            .milestone(Milestone.of(2020, Comparison.AT_MOST, new BigDecimal("25"), Unit.PER_100))
            .build();

    // Objective 5: culture and information. The 2011 report's words: "Chiến lược quy định đến năm 2015
    // giảm 60% sản phẩm văn hoá, thông tin mang định kiến giới; tăng thời lượng phát sóng …; có 90% đài
    // phát thanh và đài truyền hình ở trung ương và địa phương có chuyên mục, chuyên đề …".

    /**
     * Target 5.a: cultural and information products carrying gender stereotypes cut by 60 % by 2015.
     * Measured by {@link GenderIndicators#STEREOTYPED_PRODUCTS_REDUCTION}, the reduction in per cent of
     * the base (base year unconfirmed), at least 60. Source: the 2011 Government implementation report,
     * section 5 (123docz copy). The 2020 value is not confirmed.
     */
    public static final Target TARGET_5_A = Target.builder("5.a",
                    BilingualText.of("Đến năm 2015 giảm 60% sản phẩm văn hóa, thông tin mang định kiến giới.",
                            "By 2015, cut cultural and information products carrying gender stereotypes by 60%."),
                    GenderIndicators.STEREOTYPED_PRODUCTS_REDUCTION)
            .milestone(percent(YearPeriod.of(2015), Comparison.AT_LEAST, "60"))
            .build();

    /**
     * Target 5.b: more airtime for gender-equality programmes and columns, and more communication products
     * on gender equality, by 2015. The source gives no number, so this is a yes/no target, met or not
     * met ({@link Milestone#met(int)}). Measured by
     * {@link GenderIndicators#GENDER_EQUALITY_AIRTIME_INCREASED}. Source as for 5.a.
     */
    public static final Target TARGET_5_B = Target.builder("5.b",
                    BilingualText.of("Tăng thời lượng phát sóng các chương trình, chuyên mục và số lượng các sản phẩm"
                                    + " tuyên truyền, giáo dục về bình đẳng giới.",
                            "Increase the airtime of gender-equality programmes and columns, and the number of"
                                    + " communication and education products on gender equality."),
                    GenderIndicators.GENDER_EQUALITY_AIRTIME_INCREASED)
            .milestone(Milestone.met(2015))
            .build();

    /**
     * Target 5.c: 90 % of central and local radio and television stations have columns or features
     * raising awareness of gender equality by 2015 ("có 90%"). Measured by
     * {@link GenderIndicators#BROADCASTERS_WITH_COLUMNS}. Source as for 5.a. The 2020 value is not
     * confirmed.
     */
    public static final Target TARGET_5_C = Target.builder("5.c",
                    BilingualText.of("Có 90% đài phát thanh và đài truyền hình ở trung ương và địa phương có chuyên"
                                    + " mục, chuyên đề nâng cao nhận thức về bình đẳng giới.",
                            "90% of central and local radio and television stations have columns or features"
                                    + " raising awareness of gender equality."),
                    GenderIndicators.BROADCASTERS_WITH_COLUMNS)
            .milestone(percent(YearPeriod.of(2015), Comparison.AT_LEAST, "90"))
            .build();

    /**
     * Target 5.d, added by Decision 800/QĐ-TTg: at least 2 gender-equality columns every month on the
     * grassroots information system of each commune, ward and town by 2020 ("Phấn đấu hàng tháng có ít
     * nhất 02 chuyên mục tuyên truyền về bình đẳng giới trên hệ thống thông tin cơ sở tại các xã,
     * phường, thị trấn vào năm 2020", tuvanmienphi.vn; the English sources leave out "hàng tháng").
     * Measured by {@link GenderIndicators#GRASSROOTS_COLUMNS_MONTHLY}, per commune.
     */
    public static final Target TARGET_5_D = Target.builder("5.d",
                    BilingualText.of("Phấn đấu hàng tháng có ít nhất 02 chuyên mục tuyên truyền về bình đẳng giới trên"
                                    + " hệ thống thông tin cơ sở tại các xã, phường, thị trấn vào năm 2020.",
                            "By 2020, at least 2 gender-equality columns every month on the grassroots information"
                                    + " system of each commune, ward and town."),
                    GenderIndicators.GRASSROOTS_COLUMNS_MONTHLY)
            .milestone(Milestone.of(2020, Comparison.AT_LEAST, new BigDecimal("2"), Unit.COUNT))
            .build();

    // Objective 6: family life and gender-based violence. The 2011 report's words: "Chiến lược quy định
    // đến 2015 rút ngắn khoảng cách về thời gian tham gia công việc gia đình của nữ so với nam xuống 2 lần;
    // 40% số nạn nhân …; 70% số người gây bạo lực gia đình …; 100% số nạn nhân bị buôn bán trở về …".

    /**
     * Target 6.a: women's time on family work cut to twice men's by 2015 ("xuống 2 lần", read as
     * {@link Comparison#AT_MOST} 2 times). Measured by {@link GenderIndicators#UNPAID_CARE_RATIO}, as is
     * 2021–2030 target 3.1; the 2011 text says family work ("công việc gia đình"), the 2021 text unpaid
     * housework and care, so a series across both should say so. Source: the 2011 Government report,
     * section 6. The 2020 value is not confirmed.
     */
    public static final Target TARGET_6_A = Target.builder("6.a",
                    BilingualText.of("Rút ngắn khoảng cách về thời gian tham gia công việc gia đình của nữ so với nam"
                                    + " xuống 2 lần vào năm 2015.",
                            "Cut women's time on family work to twice men's by 2015."),
                    GenderIndicators.UNPAID_CARE_RATIO)
            .milestone(Milestone.of(2015, Comparison.AT_MOST, new BigDecimal("2"), Unit.TIMES))
            .build();

    /**
     * Target 6.b: 40 % of detected domestic-violence victims counselled, supported and cared for at
     * victim-support facilities by 2015 (the 2011 report), and at least 50 % by 2020 as Decision
     * 800/QĐ-TTg amended it ("Ít nhất 50% số nạn nhân của bạo lực gia đình được phát hiện được tư vấn tâm
     * lý, pháp lý, được hỗ trợ và chăm sóc sức khỏe …", tuvanmienphi.vn). Measured by
     * {@link GenderIndicators#DV_VICTIMS_COUNSELLED}.
     */
    public static final Target TARGET_6_B = Target.builder("6.b",
                    BilingualText.of("40% số nạn nhân của bạo lực gia đình được phát hiện được tư vấn về pháp lý và"
                                    + " sức khỏe, được hỗ trợ và chăm sóc tại các cơ sở trợ giúp nạn nhân bạo lực gia"
                                    + " đình vào năm 2015; ít nhất 50% vào năm 2020.",
                            "40% of detected victims of domestic violence are counselled, supported and cared for at"
                                    + " victim-support facilities by 2015, and at least 50% by 2020."),
                    GenderIndicators.DV_VICTIMS_COUNSELLED)
            .milestone(percent(YearPeriod.of(2015), Comparison.AT_LEAST, "40"))
            .milestone(percent(YearPeriod.of(2020), Comparison.AT_LEAST, "50"))
            .build();

    /**
     * Target 6.c: 70 % of detected domestic-violence perpetrators counselled by 2015 (the 2011 report),
     * and at least 75 % of those not yet criminally liable by 2020 as Decision 800/QĐ-TTg amended it ("Ít
     * nhất 75% số người gây bạo lực gia đình chưa đến mức bị truy cứu trách nhiệm hình sự được tư vấn
     * …", tuvanmienphi.vn). The amendment narrowed the denominator; see
     * {@link GenderIndicators#DV_PERPETRATORS_COUNSELLED}.
     */
    public static final Target TARGET_6_C = Target.builder("6.c",
                    BilingualText.of("70% số người gây bạo lực gia đình được phát hiện được tư vấn tại các cơ sở tư vấn"
                                    + " về phòng, chống bạo lực gia đình vào năm 2015; ít nhất 75% số người gây bạo lực"
                                    + " gia đình chưa đến mức bị truy cứu trách nhiệm hình sự vào năm 2020.",
                            "70% of detected perpetrators of domestic violence are counselled at counselling"
                                    + " facilities by 2015, and at least 75% of those not yet criminally liable by"
                                    + " 2020."),
                    GenderIndicators.DV_PERPETRATORS_COUNSELLED)
            .milestone(percent(YearPeriod.of(2015), Comparison.AT_LEAST, "70"))
            .milestone(percent(YearPeriod.of(2020), Comparison.AT_LEAST, "75"))
            .build();

    /**
     * Target 6.d: every returned victim of trafficking (handed back, rescued, or self-returned and
     * detected) receives support and community-reintegration services by 2015 (the 2011 report; "100%",
     * read as {@link Comparison#AT_LEAST} 100 as in 2021–2030 target 3.3). Measured by
     * {@link GenderIndicators#RETURNED_TRAFFICKING_VICTIMS_SUPPORTED}. The 2020 value is not confirmed.
     */
    public static final Target TARGET_6_D = Target.builder("6.d",
                    BilingualText.of("100% số nạn nhân bị buôn bán trở về thông qua trao trả, được giải cứu, số nạn"
                                    + " nhân bị buôn bán tự trở về được phát hiện được hưởng các dịch vụ hỗ trợ và tái"
                                    + " hòa nhập cộng đồng.",
                            "Every returned victim of trafficking, handed back, rescued, or self-returned and"
                                    + " detected, receives support and community-reintegration services."),
                    GenderIndicators.RETURNED_TRAFFICKING_VICTIMS_SUPPORTED)
            .milestone(percent(YearPeriod.of(2015), Comparison.AT_LEAST, "100"))
            .build();

    /**
     * Objective 2: to narrow the gender gap in the economy, labour and employment; targets 2.a to 2.d.
     * Title words from MOLISA's news of 31 December 2010 ("Giảm khoảng cách giới trong lĩnh vực kinh tế,
     * lao động, việc làm"); whether the title goes on, and the number 2, are inferred from the order of the
     * objectives, not read.
     */
    public static final Objective OBJECTIVE_2 = Objective.of(2, Domain.ECONOMY_LABOUR,
            BilingualText.of("Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm",
                    "Narrow the gender gap in the economy, labour and employment"),
            TARGET_2_A, TARGET_2_B, TARGET_2_C, TARGET_2_D);

    /**
     * Objective 3, education and training: target 3.a (three measures). Its title is the name of its
     * domain; the exact heading and the number 3 are not confirmed.
     */
    public static final Objective OBJECTIVE_3 = Objective.of(3, Domain.EDUCATION,
            BilingualText.of("Giáo dục, đào tạo", "Education and training"), TARGET_3_A_1, TARGET_3_A_2, TARGET_3_A_3);

    /**
     * Objective 4: to ensure gender equality in access to and use of health-care services; targets 4.a to
     * 4.d. Title: the heading of infonet.vietnamnet.vn's article on the Government's implementation report
     * (https://infonet.vietnamnet.vn/bao-dam-binh-dang-gioi-trong-tiep-can-va-thu-huong-cac-dich-vu-cham-soc-suc-khoe-147915.html),
     * in the objective's wording; the number 4 is inferred from the order (politics 1 … culture 5, family 6).
     */
    public static final Objective OBJECTIVE_4 = Objective.of(4, Domain.HEALTH,
            BilingualText.of("Bảo đảm bình đẳng giới trong tiếp cận và thụ hưởng các dịch vụ chăm sóc sức khỏe",
                    "Ensure gender equality in access to and use of health-care services"),
            TARGET_4_A, TARGET_4_B, TARGET_4_C, TARGET_4_D);

    /**
     * Objective 5: to ensure gender equality in culture and information; targets 5.a to 5.d. Title as
     * quoted by the 2011 Government implementation report, whose section 5 it is.
     */
    public static final Objective OBJECTIVE_5 = Objective.of(5, Domain.INFORMATION_COMMUNICATION,
            BilingualText.of("Bảo đảm bình đẳng giới trong lĩnh vực văn hóa và thông tin",
                    "Ensure gender equality in culture and information"),
            TARGET_5_A, TARGET_5_B, TARGET_5_C, TARGET_5_D);

    /**
     * Objective 6: to ensure gender equality in family life and eliminate gender-based violence step by
     * step; targets 6.a to 6.d. Title as quoted by the 2011 Government implementation report, section 6.
     */
    public static final Objective OBJECTIVE_6 = Objective.of(6, Domain.FAMILY_GBV,
            BilingualText.of("Bảo đảm bình đẳng giới trong đời sống gia đình, từng bước xóa bỏ bạo lực trên cơ sở"
                            + " giới",
                    "Ensure gender equality in family life and eliminate gender-based violence step by step"),
            TARGET_6_A, TARGET_6_B, TARGET_6_C, TARGET_6_D);

    /**
     * Objective 7, with no target: its title and targets are not confirmed by any source read; only its
     * existence is ("7 mục tiêu", Giáo dục &amp; Thời đại via baomoi). Its domain, state management of
     * gender equality, is the reference file's "cross-cutting capacity objective", unconfirmed.
     */
    public static final Objective OBJECTIVE_7 = Objective.of(7, Domain.STATE_MANAGEMENT,
            BilingualText.of("Mục tiêu 7 (chưa xác nhận được tên)", "Objective 7 (title not confirmed)"));

    /**
     * The strategy as far as confirmed: 7 objectives with 20 targets as 23 {@link Target}s (objective 7
     * has none), span 2011–2020, {@link #LEGAL_BASIS}.
     */
    public static final Strategy STRATEGY = Strategy.builder(CODE,
                    BilingualText.of("Chiến lược quốc gia về bình đẳng giới giai đoạn 2011-2020",
                            "National Strategy on Gender Equality 2011–2020"),
                    SpanPeriod.ofClosed(2011, 2020))
            .legalBasis(LEGAL_BASIS)
            .objective(OBJECTIVE_1)
            .objective(OBJECTIVE_2)
            .objective(OBJECTIVE_3)
            .objective(OBJECTIVE_4)
            .objective(OBJECTIVE_5)
            .objective(OBJECTIVE_6)
            .objective(OBJECTIVE_7)
            .build();

    private static final Set<String> AMENDED = Set.of("3.a-1", "3.a-2", "3.a-3", "5.d", "6.b", "6.c");

    private Strategy2011To2020() {
    }

    /**
     * Tells whether a target's Vietnamese text is the Decision's wording as a source quotes it in
     * quotation marks: true only for 2.b (women business owners, quoted by Aus4Reform/VCCI and cafef).
     * The other texts are paraphrases by MOLISA, Government reports, news sites or this catalogue, not the
     * Decision read directly.
     *
     * @param targetCode  the code of a target of this strategy, such as {@code "1.c"}
     * @return true for 2.b only
     * @throws InvalidValueException if this strategy has no target of that code
     */
    public static boolean isVerbatim(String targetCode) {
        Objects.requireNonNull(targetCode, "targetCode");
        if (STRATEGY.target(targetCode).isEmpty()) {
            throw new InvalidValueException("Strategy2011To2020.targetCode", "'" + targetCode + "'",
                    "is not a target of strategy " + CODE);
        }
        return targetCode.equals("2.b");
    }

    /**
     * Tells whether a target's 2020 value is the one Decision 800/QĐ-TTg ({@link #AMENDED_BY}) set:
     * true for the literacy target (3.a-1, 3.a-2, 3.a-3), the grassroots columns it added (5.d), and the
     * amended 2020 values of 6.b and 6.c (tuvanmienphi.vn on Decision 800/QĐ-TTg; strategy-facts.md §2).
     *
     * @param targetCode  the code of a target of this strategy, such as {@code "6.b"}
     * @return true if Decision 800/QĐ-TTg set or changed its 2020 value
     * @throws InvalidValueException if this strategy has no target of that code
     */
    public static boolean isAmended(String targetCode) {
        Objects.requireNonNull(targetCode, "targetCode");
        if (STRATEGY.target(targetCode).isEmpty()) {
            throw new InvalidValueException("Strategy2011To2020.targetCode", "'" + targetCode + "'",
                    "is not a target of strategy " + CODE);
        }
        return AMENDED.contains(targetCode);
    }

    private static Milestone percent(ReportingPeriod period, Comparison comparison, String value) {
        return Milestone.of(period, comparison, new BigDecimal(value), Unit.PERCENT);
    }
}
