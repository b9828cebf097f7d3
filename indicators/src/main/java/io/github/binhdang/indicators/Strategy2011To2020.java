package io.github.binhdang.indicators;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.indicator.Domain;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.period.TermPeriod;
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

/**
 * The National Strategy on Gender Equality 2011–2020 (Chiến lược quốc gia về bình đẳng giới giai
 * đoạn 2011-2020), approved by Decision 2351/QĐ-TTg of the Prime Minister (Thủ tướng Chính phủ),
 * 24 December 2010, and amended by Decision 800/QĐ-TTg of the Prime Minister, 2 July 2018; code
 * {@value #CODE}.
 *
 * <h2>What is here, and what is not</h2>
 * The Decision's full text was not read, and no source read gives the number of its objectives or
 * targets. Only objective 1 is here, because it is the only objective whose number is confirmed:
 * gas.hoasen.edu.vn (citing Giáo dục &amp; Thời đại, 4 February 2013) reports on "3 chỉ tiêu của mục
 * tiêu 1" in politics, and MOLISA's news of 31 December 2010 gives its title and its three targets.
 * A {@link Strategy} numbers its objectives 1, 2, 3 … without gaps, so the catalogue stops there.
 *
 * <p>Left out, with the facts sources do give, because their objective's number is unconfirmed:
 * the economy and labour targets (new jobs at least 40 % for each sex every year; women enterprise
 * owners 30 % by 2015 and 35 % or more by 2020, the one 2011–2020 target quoted word for word; rural
 * women under 45 with vocational training 25 % by 2015 and 50 % by 2020; preferential loans for 80 %
 * of poor rural and ethnic-minority women who need them by 2015); the health targets (sex ratio at
 * birth at most 113 by 2015 and at most 115 by 2020, maternal mortality 52 per 100,000 live births,
 * 50 % of pregnant women with access to HIV mother-to-child prevention, abortions 25 per 100 live
 * births by 2020, per a 2017 Government report as infonet.vietnamnet.vn summarises it); the education
 * target on literacy (as Decision 800/QĐ-TTg amended it); the culture and information targets (60 %
 * fewer stereotyped products and 90 % of radio and TV stations with gender-equality columns by 2015;
 * two columns a month in communes' information systems by 2020); the family and gender-based violence
 * targets (housework time twice men's by 2015; 40 % of detected victims supported by 2015, at least
 * 50 % by 2020 as amended; 70 % of perpetrators counselled by 2015, at least 75 % by 2020 as amended;
 * all returned trafficking victims supported by 2015); and objective 7, of which nothing is known.
 *
 * <h2>Objective 1 and its targets</h2>
 * Title: MOLISA news, 31 December 2010,
 * http://www.molisa.gov.vn/Pages/tintuc/chitiet.aspx?tintucID=8649 . The three targets' values come
 * from the same page, a paraphrase, not the Decision's wording; and, for the National Assembly and
 * People's Councils in the 2016–2021 term, from VTV's quotation, http://vtv.vn/ty-le-nu-trong-co-quan-dan-cu.html .
 * No Vietnamese text here is the Decision's verbatim ({@link #isVerbatim} is always false). The
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
 * {@link Comparison#ABOVE}. The English texts are this catalogue's own translations.
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
     * "June 02, 2018" is outnumbered). None of the targets here is known to have been amended by it.
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

    /** The strategy as far as confirmed: objective 1 with 4 targets, span 2011–2020, {@link #LEGAL_BASIS}. */
    public static final Strategy STRATEGY = Strategy.builder(CODE,
                    BilingualText.of("Chiến lược quốc gia về bình đẳng giới giai đoạn 2011-2020",
                            "National Strategy on Gender Equality 2011–2020"),
                    SpanPeriod.ofClosed(2011, 2020))
            .legalBasis(LEGAL_BASIS)
            .objective(OBJECTIVE_1)
            .build();

    private Strategy2011To2020() {
    }

    /**
     * Tells whether a target's Vietnamese text is the Decision's wording. Always false here: the texts
     * are MOLISA's paraphrase and VTV's quotation of one clause, not the Decision read directly.
     *
     * @param targetCode  the code of a target of this strategy, such as {@code "1.c"}
     * @return false
     * @throws InvalidValueException if this strategy has no target of that code
     */
    public static boolean isVerbatim(String targetCode) {
        Objects.requireNonNull(targetCode, "targetCode");
        if (STRATEGY.target(targetCode).isEmpty()) {
            throw new InvalidValueException("Strategy2011To2020.targetCode", "'" + targetCode + "'",
                    "is not a target of strategy " + CODE);
        }
        return false;
    }

    private static Milestone percent(ReportingPeriod period, Comparison comparison, String value) {
        return Milestone.of(period, comparison, new BigDecimal(value), Unit.PERCENT);
    }
}
