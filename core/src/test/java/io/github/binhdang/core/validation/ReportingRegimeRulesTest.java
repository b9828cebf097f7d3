package io.github.binhdang.core.validation;

import static io.github.binhdang.core.validation.Fixtures.CONTEXT;
import static io.github.binhdang.core.validation.Fixtures.DV_MODELS;
import static io.github.binhdang.core.validation.Fixtures.LFPR;
import static io.github.binhdang.core.validation.Fixtures.W_ENT;
import static io.github.binhdang.core.validation.Fixtures.assertFinding;
import static io.github.binhdang.core.validation.Fixtures.dec;
import static io.github.binhdang.core.validation.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Domain;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.ReportingCalendar;
import io.github.binhdang.core.period.ReportingDeadline;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.progress.Series;
import io.github.binhdang.core.progress.SeriesPoint;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Objective;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.strategy.TargetReference;
import io.github.binhdang.core.unit.Unit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of issue 18's reporting regime and its bad input, on datasets built by hand: a provisional
 * value past its deadline, a value from before the strategy, a local target serving a national target
 * that does not exist, a milestone outside the strategy's years, a breakdown the indicator does not
 * declare. Dates and messages worked out by hand from Decree 09/2019/NĐ-CP's annual window (15 December
 * to 14 December) and the bundles.
 */
class ReportingRegimeRulesTest {

    private static final DatasetValidator VALIDATOR = DatasetValidator.defaults();
    private static final String NATIONAL = "VN-NSGE-2021-2030";

    private static Observation value(Indicator indicator, ReportingPeriod period, String value, ObservationStatus status) {
        return Observation.builder(indicator.code(), "14", period).value(dec(value)).status(status).build();
    }

    /** Validates a dataset on its columns, and checks that every row made an observation finds the same. */
    private static ValidationReport validate(Dataset dataset, ValidationContext context) {
        ValidationReport report = VALIDATOR.validate(dataset, context);
        assertThat(report.findings()).isEqualTo(VALIDATOR.validateObservations(dataset, context).findings());
        return report;
    }

    private static Target.Builder target(String code, Indicator indicator) {
        return Target.builder(code, BilingualText.of("Chỉ tiêu " + code, "Target " + code), indicator);
    }

    private static Strategy strategy(String code, int first, int last, Target... targets) {
        return Strategy.builder(code, BilingualText.of("Chiến lược " + code, "Strategy " + code),
                        SpanPeriod.ofClosed(first, last))
                .objective(Objective.of(1, Domain.ECONOMY_LABOUR, BilingualText.of("Kinh tế", "Economy"), targets))
                .build();
    }

    /** The national strategy 2021–2030 of the tests: target 1.1 on women owning enterprises, 1.2 on DV models. */
    private static Strategy national() {
        return strategy(NATIONAL, 2021, 2030,
                target("1.1", W_ENT).milestone(Milestone.of(2030, Comparison.AT_LEAST, dec("30"), Unit.PERCENT)).build(),
                target("1.2", DV_MODELS).milestone(Milestone.of(2025, Comparison.AT_LEAST, dec("80"), Unit.COUNT))
                        .build());
    }

    // --- status.provisional ------------------------------------------------------------------------

    /** 2023 final, 2024 and 2025 provisional, 2024 also as an estimate elsewhere. */
    private static Dataset provisionalFigures() {
        return Dataset.of(List.of(
                value(W_ENT, YearPeriod.of(2023), "14.8", ObservationStatus.FINAL),
                value(W_ENT, YearPeriod.of(2024), "15.1", ObservationStatus.PROVISIONAL),
                value(W_ENT, YearPeriod.of(2025), "15.6", ObservationStatus.PROVISIONAL),
                value(DV_MODELS, YearPeriod.of(2024), "65", ObservationStatus.ESTIMATED)));
    }

    @Test
    void aProvisional2024FigureInA2026FileIsOverdue() {
        // 2024 goes into the annual report for 2024 (cut-off 2024-12-14) and should be final by the next
        // report's cut-off, 2025-12-14. 2025's deadline, 2026-12-14, has not come; estimates are not provisional.
        ValidationReport report = validate(provisionalFigures(), CONTEXT.withAsOf(LocalDate.of(2026, 3, 1)));
        Finding f = single(report);
        assertFinding(f, "status.provisional", Severity.WARNING, "W_ENT/14/2024/_T", "status", "PROVISIONAL",
                "The value of W_ENT for 2024 is still provisional on 2026-03-01: it should have been final by"
                        + " 2025-12-14, the data cut-off of the annual report for 2025",
                "Giá trị của chỉ tiêu W_ENT kỳ 2024 vẫn là số liệu sơ bộ vào ngày 01/03/2026: lẽ ra phải là số liệu"
                        + " chính thức chậm nhất vào ngày 14/12/2025, thời điểm chốt số liệu của báo cáo năm 2025");
        assertThat(report.isAcceptable()).isTrue();
    }

    @Test
    void theDeadlineDayItselfIsStillInTime() {
        assertThat(validate(provisionalFigures(), CONTEXT.withAsOf(LocalDate.of(2025, 12, 14))).findings()).isEmpty();
        assertThat(validate(provisionalFigures(), CONTEXT.withAsOf(LocalDate.of(2025, 12, 15))).findings())
                .extracting(Finding::code, f -> f.location().subject())
                .containsExactly(tuple("status.provisional", "W_ENT/14/2024/_T"));
    }

    @Test
    void withoutADayTheRuleIsSilent() {
        // The clock is never read: the same data gives the same findings on any day.
        assertThat(CONTEXT.asOf()).isEmpty();
        assertThat(validate(provisionalFigures(), CONTEXT).findings()).isEmpty();
    }

    @Test
    void otherDeadlines() {
        // Statistical calendar, final in the figure's own year: 2024 is due by 2024-12-31.
        ValidationContext context = CONTEXT.withAsOf(LocalDate.of(2025, 1, 1))
                .withDeadline(ReportingDeadline.ofAnnual(ReportingCalendar.STATISTICAL, 0));
        Finding f = single(validate(provisionalFigures(), context));
        assertThat(f.message()).isEqualTo("The value of W_ENT for 2024 is still provisional on 2025-01-01: it should"
                + " have been final by 2024-12-31, the data cut-off of the annual report for 2024");
        assertThat(context.deadline()).isEqualTo(ReportingDeadline.ofAnnual(ReportingCalendar.STATISTICAL, 0));
    }

    @Test
    void aSingleObservationToo() {
        Observation o = value(W_ENT, YearPeriod.of(2024), "15.1", ObservationStatus.PROVISIONAL);
        assertThat(VALIDATOR.validate(o, CONTEXT.withAsOf(LocalDate.of(2026, 1, 1))).findings())
                .extracting(Finding::code).containsExactly("status.provisional");
        assertThat(VALIDATOR.validate(o, CONTEXT.withAsOf(LocalDate.of(2025, 1, 1))).findings()).isEmpty();
    }

    // --- period.before -----------------------------------------------------------------------------

    @Test
    void aValueFromBeforeTheStrategyIsANoteNamingTheTargetsThatCountIt() {
        Strategy national = national();
        Dataset data = Dataset.of(List.of(
                value(W_ENT, YearPeriod.of(2019), "13.9", ObservationStatus.FINAL),
                value(W_ENT, YearPeriod.of(2021), "14.2", ObservationStatus.FINAL),
                value(Fixtures.SRB, YearPeriod.of(2019), "111.5", ObservationStatus.FINAL)));
        ValidationReport report = validate(data, CONTEXT.withStrategy(national));
        assertThat(report.findings()).hasSize(2);
        assertFinding(report.findings().get(0), "period.before", Severity.INFO, "W_ENT/14/2019/_T", "period", "2019",
                "The value for 2019 is dated before 2021/2030, the span of strategy VN-NSGE-2021-2030: a scorecard of"
                        + " the strategy still counts it in the series of target 1.1",
                "Giá trị kỳ 2019 có trước giai đoạn 2021/2030 của chiến lược VN-NSGE-2021-2030: bảng đánh giá của"
                        + " chiến lược vẫn tính giá trị này vào chuỗi số liệu của chỉ tiêu 1.1");
        assertFinding(report.findings().get(1), "period.before", Severity.INFO, "SRB/14/2019/_T", "period", "2019",
                "The value for 2019 is dated before 2021/2030, the span of strategy VN-NSGE-2021-2030: no target of"
                        + " the strategy measures indicator SRB",
                "Giá trị kỳ 2019 có trước giai đoạn 2021/2030 của chiến lược VN-NSGE-2021-2030: không chỉ tiêu nào"
                        + " của chiến lược đo bằng chỉ số SRB");
        assertThat(report.isAcceptable()).isTrue();
        // What the note says: the 2019 value is in the series a scorecard of target 1.1 assesses.
        Series series = Series.of(national.target("1.1").orElseThrow(), data, "14", Breakdown.TOTAL);
        assertThat(series.points()).extracting(SeriesPoint::period)
                .containsExactly(YearPeriod.of(2019), YearPeriod.of(2021));
    }

    @Test
    void aValueAfterOrAcrossTheStartIsStillOutsideTheSpan() {
        Dataset data = Dataset.of(List.of(
                value(W_ENT, YearPeriod.of(2031), "16", ObservationStatus.FINAL),
                value(W_ENT, SpanPeriod.ofClosed(2019, 2022), "14", ObservationStatus.FINAL)));
        ValidationReport report = validate(data, CONTEXT.withStrategy(national()));
        assertThat(report.findings()).extracting(Finding::code, Finding::severity, Finding::value).containsExactly(
                tuple("period.span", Severity.ERROR, "2031"),
                tuple("period.kind", Severity.ERROR, "2019/2022"),
                tuple("period.span", Severity.ERROR, "2019/2022"));
    }

    @Test
    void noStrategyNoNote() {
        Dataset data = Dataset.of(List.of(value(W_ENT, YearPeriod.of(2019), "13.9", ObservationStatus.FINAL)));
        assertThat(validate(data, CONTEXT).findings()).isEmpty();
    }

    // --- target.reference --------------------------------------------------------------------------

    /** A province's plan built from bare references, as a reader builds it: nothing checked them yet. */
    private static Strategy provincialPlan() {
        return strategy("SL-PLAN-2021-2025", 2021, 2025,
                target("1", W_ENT).milestone(Milestone.of(2025, Comparison.AT_LEAST, dec("25"), Unit.PERCENT))
                        .serves(new TargetReference(NATIONAL, "1.1")).build(),
                target("2", W_ENT).milestone(Milestone.of(2025, Comparison.AT_LEAST, dec("26"), Unit.PERCENT))
                        .serves(new TargetReference(NATIONAL, "1.9")).build(),
                target("3", DV_MODELS).milestone(Milestone.of(2025, Comparison.AT_LEAST, dec("70"), Unit.COUNT))
                        .serves(new TargetReference("VN-NSGE-2011-2020", "1.9")).build());
    }

    @Test
    void aLocalTargetServingANationalTargetThatDoesNotExist() {
        Finding f = single(VALIDATOR.validate(provincialPlan(), CONTEXT.withStrategy(national())));
        assertFinding(f, "target.reference", Severity.ERROR, "SL-PLAN-2021-2025/2", "serves", NATIONAL + "/1.9",
                "Target 2 serves target 1.9 of strategy VN-NSGE-2021-2030, which has no target 1.9",
                "Chỉ tiêu 2 phục vụ chỉ tiêu 1.9 của chiến lược VN-NSGE-2021-2030, nhưng chiến lược này không có"
                        + " chỉ tiêu 1.9");
        assertThat(f.location().indicator()).hasValue("W_ENT");
    }

    @Test
    void referencesAreCheckedOnlyAgainstTheContextsStrategy() {
        // Without a strategy, or against another one, there is nothing to look the codes up in.
        assertThat(VALIDATOR.validate(provincialPlan(), CONTEXT).findings()).isEmpty();
        Strategy other = strategy("VN-NSGE-2011-2020", 2011, 2020,
                target("1.1", W_ENT).milestone(Milestone.of(2020, Comparison.AT_LEAST, dec("35"), Unit.PERCENT)).build());
        assertThat(VALIDATOR.validate(provincialPlan(), CONTEXT.withStrategy(other)).findings())
                .extracting(Finding::code).containsExactly("target.reference");
    }

    // --- period.span of a milestone ------------------------------------------------------------------

    @Test
    void aMilestoneYearOutsideTheStrategysYears() {
        Strategy plan = strategy("SL-PLAN-2021-2025", 2021, 2025,
                target("1", W_ENT).milestone(Milestone.of(2025, Comparison.AT_LEAST, dec("25"), Unit.PERCENT))
                        .milestone(Milestone.of(2027, Comparison.AT_LEAST, dec("27"), Unit.PERCENT)).build());
        Finding f = single(VALIDATOR.validate(plan, CONTEXT));
        assertFinding(f, "period.span", Severity.ERROR, "SL-PLAN-2021-2025/1", "milestones[2027].period", "2027",
                "Milestone 2027 of target 1 is outside 2021/2025, the span of strategy SL-PLAN-2021-2025",
                "Mốc 2027 của chỉ tiêu 1 nằm ngoài giai đoạn 2021/2025 của chiến lược SL-PLAN-2021-2025");
        Strategy inside = strategy("SL-PLAN-2021-2025", 2021, 2025,
                target("1", W_ENT).milestone(Milestone.of(2025, Comparison.AT_LEAST, dec("25"), Unit.PERCENT)).build());
        assertThat(VALIDATOR.validate(inside, CONTEXT).findings()).isEmpty();
    }

    // --- breakdown.dimension -------------------------------------------------------------------------

    @Test
    void aBreakdownTheIndicatorDoesNotDeclare() {
        Dataset data = Dataset.of(List.of(
                Observation.builder(W_ENT.code(), "14", YearPeriod.of(2024)).sex(Sex.FEMALE).value(dec("15.1")).build(),
                Observation.builder(LFPR.code(), "14", YearPeriod.of(2024)).sex(Sex.FEMALE).value(dec("70.1")).build(),
                Observation.builder(LFPR.code(), "14", YearPeriod.of(2024))
                        .breakdown(Breakdown.of(BreakdownDimension.AGE_GROUP, "15-24")).value(dec("48.0")).build()));
        ValidationReport report = validate(data, CONTEXT);
        assertThat(report.findings()).hasSize(2);
        assertFinding(report.findings().get(0), "breakdown.dimension", Severity.ERROR, "W_ENT/14/2024/SEX=F",
                "breakdown.SEX", "SEX=F",
                "Indicator W_ENT is not broken down by SEX",
                "Chỉ tiêu W_ENT không được phân tổ theo SEX");
        assertFinding(report.findings().get(1), "breakdown.dimension", Severity.ERROR, "LFPR/14/2024/AGE_GROUP=15-24",
                "breakdown.AGE_GROUP", "AGE_GROUP=15-24",
                "Indicator LFPR is not broken down by AGE_GROUP",
                "Chỉ tiêu LFPR không được phân tổ theo AGE_GROUP");
    }

    // --- the context ---------------------------------------------------------------------------------

    @Test
    void theDayAndTheDeadlinesArePartOfTheContext() {
        ValidationContext dated = CONTEXT.withAsOf(LocalDate.of(2026, 3, 1));
        assertThat(dated.asOf()).hasValue(LocalDate.of(2026, 3, 1));
        assertThat(dated.deadline()).isEqualTo(ReportingDeadline.GENDER_EQUALITY_ANNUAL);
        assertThat(dated).isNotEqualTo(CONTEXT).isEqualTo(CONTEXT.withAsOf(LocalDate.of(2026, 3, 1)))
                .hasSameHashCodeAs(CONTEXT.withAsOf(LocalDate.of(2026, 3, 1)));
        assertThat(dated.withStrategy(national()).asOf()).hasValue(LocalDate.of(2026, 3, 1));
        assertThat(dated.withIndicators(List.of(W_ENT)).asOf()).hasValue(LocalDate.of(2026, 3, 1));
        assertThat(dated.toString()).endsWith(", as of 2026-03-01]");
        ReportingDeadline statistical = ReportingDeadline.ofAnnual(ReportingCalendar.STATISTICAL, 0);
        assertThat(dated.withDeadline(statistical)).isNotEqualTo(dated);
        assertThat(dated.withDeadline(statistical).toString())
                .endsWith(", as of 2026-03-01, ReportingDeadline[STATISTICAL, final 0 annual reports later]]");
    }
}
