package io.github.binhdang.core.validation;

import static io.github.binhdang.core.validation.Fixtures.AREAS;
import static io.github.binhdang.core.validation.Fixtures.CONTEXT;
import static io.github.binhdang.core.validation.Fixtures.DV_GROUPS;
import static io.github.binhdang.core.validation.Fixtures.DV_MODELS;
import static io.github.binhdang.core.validation.Fixtures.EMPLOYED;
import static io.github.binhdang.core.validation.Fixtures.GBV;
import static io.github.binhdang.core.validation.Fixtures.INDICATORS;
import static io.github.binhdang.core.validation.Fixtures.LFPR;
import static io.github.binhdang.core.validation.Fixtures.SRB;
import static io.github.binhdang.core.validation.Fixtures.W_ENT;
import static io.github.binhdang.core.validation.Fixtures.Y2016;
import static io.github.binhdang.core.validation.Fixtures.Y2017;
import static io.github.binhdang.core.validation.Fixtures.Y2026;
import static io.github.binhdang.core.validation.Fixtures.assertFinding;
import static io.github.binhdang.core.validation.Fixtures.dec;
import static io.github.binhdang.core.validation.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaDate;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.area.LinkKind;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Domain;
import io.github.binhdang.core.indicator.Frequency;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.HalfYearPeriod;
import io.github.binhdang.core.period.MonthPeriod;
import io.github.binhdang.core.period.QuarterPeriod;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.period.TermPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.strategy.Baseline;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Objective;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each built-in rule on a bad input: the finding's code, severity, location, value and its message in
 * English and Vietnamese, worked out by hand from the bundles. Numbers in Vietnamese messages use the
 * Vietnamese notation (2.539 is two thousand five hundred thirty-nine; 15,3 is fifteen point three).
 */
class StandardRuleTest {

    private static final DatasetValidator VALIDATOR = DatasetValidator.defaults();

    private static ValidationReport check(Observation o) {
        return VALIDATOR.validate(o, CONTEXT);
    }

    private static Observation.Builder obs(Indicator indicator, String area, ReportingPeriod period) {
        return Observation.builder(indicator.code(), area, period);
    }

    // --- structure ---------------------------------------------------------------------------------

    @Test
    void inputNull() {
        Observation ok = obs(DV_MODELS, "14", Y2017).value(65).build();
        ValidationReport report = VALIDATOR.validate(Arrays.asList(ok, null), CONTEXT);
        Finding f = single(report);
        assertFinding(f, "input.null", Severity.ERROR, "#1", "", "",
                "Row 2 is empty: an observation was expected",
                "Dòng 2 trống: cần có một số liệu");
        assertThat(f.location().index()).hasValue(1);
        assertThat(f.location().key()).isEmpty();
    }

    @Test
    void keyDuplicate() {
        Observation first = obs(DV_MODELS, "14", Y2017).value(65).build();
        Observation other = obs(DV_GROUPS, "14", Y2017).value(170).build();
        Observation again = obs(DV_MODELS, "14", Y2017).value(66).build();
        Finding f = single(VALIDATOR.validate(List.of(first, other, again), CONTEXT));
        assertFinding(f, "key.duplicate", Severity.ERROR, "DV_MODELS/14/2017/_T", "key", "DV_MODELS/14/2017/_T",
                "DV_MODELS/14/2017/_T is reported twice: row 3 repeats row 1",
                "DV_MODELS/14/2017/_T được báo cáo hai lần: dòng 3 trùng với dòng 1");
        assertThat(f.location().index()).hasValue(2);
        assertThat(f.rule()).isEqualTo("repeats the key of the observation at index 0");
    }

    @Test
    void indicatorUnknown() {
        Finding f = single(check(Observation.of("W_ENTX", "14", Y2017, dec("15.1"))));
        assertFinding(f, "indicator.unknown", Severity.ERROR, "W_ENTX/14/2017/_T", "indicator", "W_ENTX",
                "Indicator W_ENTX is not in the catalogue; did you mean W_ENT?",
                "Chỉ tiêu W_ENTX không có trong danh mục chỉ tiêu; có phải là W_ENT?");
        assertThat(f.location().indicator()).hasValue("W_ENTX");
        assertThat(f.location().area()).hasValue("14");
    }

    @Test
    void areaUnknown() {
        Finding f = single(check(obs(DV_MODELS, "99", Y2017).value(65).build()));
        assertFinding(f, "area.unknown", Severity.ERROR, "DV_MODELS/99/2017/_T", "area", "99",
                "Area 99 is not in the list of administrative units",
                "Địa bàn 99 không có trong danh mục đơn vị hành chính");
    }

    @Test
    void areaPeriodAMergedProvinceCannotReport2026() {
        Finding f = single(check(obs(DV_MODELS, "10", Y2026).value(20).build()));
        assertFinding(f, "area.period", Severity.ERROR, "DV_MODELS/10/2026/_T", "area", "10",
                "Area 10 Lao Cai was not in force in 2026; it was in force ../2025-06-30; it was succeeded by 15 Lao Cai",
                "Đơn vị hành chính 10 Lào Cai không có hiệu lực trong kỳ 2026; thời gian hiệu lực: ../2025-06-30;"
                        + " đơn vị kế thừa: 15 Lào Cai");
    }

    @Test
    void areaPeriodNamesWhatANewUnitWasFormedFrom() {
        // A made-up commune C3, formed on 2025-07-01 from C1, C2 and part of C6, cannot report 2024.
        ValidationContext context = ValidationContext.of(INDICATORS, Transition.COMMUNES);
        Finding f = single(VALIDATOR.validate(obs(DV_MODELS, "C3", YearPeriod.of(2024)).value(2).build(), context));
        assertFinding(f, "area.period", Severity.ERROR, "DV_MODELS/C3/2024/_T", "area", "C3",
                "Area C3 Xuan Lap was not in force in 2024; it was in force 2025-07-01/..;"
                        + " it was formed from C1 Xuan Son, C2 Lap Thach, C6 Tan Lap (part)",
                "Đơn vị hành chính C3 Xuân Lập không có hiệu lực trong kỳ 2024; thời gian hiệu lực: 2025-07-01/..;"
                        + " đơn vị được hình thành từ C1 Xuân Sơn, C2 Lập Thạch, C6 Tân Lập (một phần)");
        // C6 was split between C3 and C7: a 2026 figure for it is told both.
        Finding split = single(VALIDATOR.validate(obs(DV_MODELS, "C6", YearPeriod.of(2026)).value(2).build(), context));
        assertFinding(split, "area.period", Severity.ERROR, "DV_MODELS/C6/2026/_T", "area", "C6",
                "Area C6 Tan Lap was not in force in 2026; it was in force ../2025-06-30;"
                        + " it was succeeded by C3 Xuan Lap (part), C7 Tan Minh (part)",
                "Đơn vị hành chính C6 Tân Lập không có hiệu lực trong kỳ 2026; thời gian hiệu lực: ../2025-06-30;"
                        + " đơn vị kế thừa: C3 Xuân Lập (một phần), C7 Tân Minh (một phần)");
        // A unit with no recorded successor or predecessor gets no such clause.
        Finding alone = single(VALIDATOR.validate(obs(DV_MODELS, "C4", YearPeriod.of(2026)).value(2).build(), context));
        assertThat(alone.message(Locale.ENGLISH))
                .isEqualTo("Area C4 Hoa Binh was not in force in 2026; it was in force ../2025-06-30");
    }

    @Test
    void areaPeriodAcceptsACodeInForceOnPartOfThePeriod() {
        // Code 15 is Yên Bái until 30 June 2025 and the new Lào Cai from 1 July: both report 2025, with a
        // warning that the code changed its meaning (area.changed), and no error.
        assertThat(check(obs(DV_MODELS, "15", YearPeriod.of(2025)).value(20).build()).findings())
                .extracting(Finding::code).containsExactly("area.changed");
        assertThat(check(obs(DV_MODELS, "15", Y2026).value(20).build()).findings()).isEmpty();
        assertThat(check(obs(DV_MODELS, "10", YearPeriod.of(2025)).value(20).build()).findings()).isEmpty();
    }

    @Test
    void areaChangedNamesBothMeaningsAndTheOneUsed() {
        // Code 15 in 2025: Yên Bái until 30 June, the new Lào Cai from 1 July; read on 31 December by default.
        Observation o = obs(DV_MODELS, "15", YearPeriod.of(2025)).value(20).build();
        assertFinding(single(check(o)), "area.changed", Severity.WARNING, "DV_MODELS/15/2025/_T", "area", "15",
                "Code 15 named different units during 2025: 15 Yen Bai until 2025-06-30, 15 Lao Cai from 2025-07-01;"
                        + " the figure was read as 15 Lao Cai, the unit in force on 2025-12-31",
                "Mã 15 chỉ các đơn vị khác nhau trong kỳ 2025: 15 Yên Bái đến hết 2025-06-30, 15 Lào Cai từ 2025-07-01;"
                        + " số liệu được hiểu là của 15 Lào Cai, đơn vị có hiệu lực ngày 2025-12-31");
        // Read at the period's start instead: Yên Bái, on 1 January.
        Finding atStart = single(VALIDATOR.validate(o, CONTEXT.withAreaDate(AreaDate.PERIOD_START)));
        assertThat(atStart.message(Locale.ENGLISH)).isEqualTo(
                "Code 15 named different units during 2025: 15 Yen Bai until 2025-06-30, 15 Lao Cai from 2025-07-01;"
                        + " the figure was read as 15 Yen Bai, the unit in force on 2025-01-01");
        // Periods on one side of 1 July 2025, and codes with one version in 2025, pass.
        assertThat(check(obs(DV_MODELS, "15", YearPeriod.of(2024)).value(20).build()).findings()).isEmpty();
        assertThat(check(obs(DV_MODELS, "14", YearPeriod.of(2025)).value(20).build()).findings()).isEmpty();
        assertThat(check(obs(DV_MODELS, "10", YearPeriod.of(2025)).value(20).build()).findings()).isEmpty();
    }

    @Test
    void areaChangedIgnoresARename() {
        // C5 Phú Lộc was renamed Phú Lộc Mới on 2025-07-01: the same unit, whose only predecessor it is.
        ValidationContext context = ValidationContext.of(INDICATORS, Transition.COMMUNES);
        assertThat(VALIDATOR.validate(obs(DV_MODELS, "C5", YearPeriod.of(2025)).value(2).build(), context).findings())
                .isEmpty();
        // C3 took in two communes: a 2025 figure for C1 has one version and passes; the code C3 is new.
        assertThat(VALIDATOR.validate(obs(DV_MODELS, "C3", YearPeriod.of(2025)).value(2).build(), context).findings())
                .isEmpty();
    }

    @Test
    void areaSumReadsTheHierarchyAtThePeriodsEnd() {
        // 2025, read on 31 December: the nation's children are Sơn La (14) and the new Lào Cai (15);
        // 60 + 30 = 90, not the nation's 100. Code 15 also gets its area.changed warning.
        List<Observation> rows = List.of(
                obs(DV_MODELS, "VN", YearPeriod.of(2025)).value(100).build(),
                obs(DV_MODELS, "14", YearPeriod.of(2025)).value(60).build(),
                obs(DV_MODELS, "15", YearPeriod.of(2025)).value(30).build());
        ValidationReport report = VALIDATOR.validate(rows, CONTEXT);
        assertThat(report.findings()).extracting(Finding::code).containsExactlyInAnyOrder("area.changed", "area.sum");
        assertThat(report.findings()).filteredOn(f -> f.code().equals("area.sum")).singleElement()
                .extracting(f -> f.message(Locale.ENGLISH))
                .isEqualTo("The 2 areas under VN Viet Nam add up to 90 (value), not to its own 100");
        assertThat(VALIDATOR.validate(Dataset.of(rows), CONTEXT)).isEqualTo(report);
        // Read on 1 January: the children are 14, the old Lào Cai (10) and Yên Bái (15); 10 has not
        // reported, so there is nothing to compare.
        ValidationContext atStart = CONTEXT.withAreaDate(AreaDate.PERIOD_START);
        assertThat(VALIDATOR.validate(rows, atStart).findings()).extracting(Finding::code)
                .containsExactly("area.changed");
        assertThat(VALIDATOR.validate(Dataset.of(rows), atStart).findings()).extracting(Finding::code)
                .containsExactly("area.changed");
    }

    /** A made-up hierarchy of communes across 1 July 2025. */
    private static final class Transition {
        static final LocalDate LAST = LocalDate.of(2025, 6, 30);
        static final LocalDate FIRST = LAST.plusDays(1);
        static final Area C1 = commune("C1", "Xuân Sơn", "Xuan Son").withValidTo(LAST);
        static final Area C2 = commune("C2", "Lập Thạch", "Lap Thach").withValidTo(LAST);
        static final Area C3 = commune("C3", "Xuân Lập", "Xuan Lap").withValidFrom(FIRST);
        static final Area C4 = commune("C4", "Hòa Bình", "Hoa Binh").withValidTo(LAST);
        static final Area C5 = commune("C5", "Phú Lộc", "Phu Loc").withValidTo(LAST);
        static final Area C5_NEW = commune("C5", "Phú Lộc Mới", "Phu Loc Moi")
                .withValidFrom(FIRST);
        static final Area C6 = commune("C6", "Tân Lập", "Tan Lap").withValidTo(LAST);
        static final Area C7 = commune("C7", "Tân Minh", "Tan Minh").withValidFrom(FIRST);
        static final AreaHierarchy COMMUNES = AreaHierarchy
                .builder().addAll(List.of(C1, C2, C3, C4, C5, C5_NEW, C6, C7)).merge(C1, C3).merge(C2, C3)
                .merge(C5, C5_NEW).link(C6, C3, LinkKind.PARTIAL).link(C6, C7, LinkKind.PARTIAL)
                .build();

        private static Area commune(String code, String vi, String en) {
            return Area.of(code, BilingualText.of(vi, en),
                    AreaLevel.COMMUNE);
        }
    }

    @Test
    void periodKind() {
        Finding f = single(check(obs(DV_MODELS, "14", HalfYearPeriod.of(2017, 1)).value(30).build()));
        assertFinding(f, "period.kind", Severity.ERROR, "DV_MODELS/14/2017-S1/_T", "period", "2017-S1",
                "Period 2017-S1 is a half-year, but indicator DV_MODELS is reported per year",
                "Kỳ 2017-S1 là kỳ 6 tháng, nhưng chỉ tiêu DV_MODELS được báo cáo theo năm");
    }

    @Test
    void periodSpan() {
        ValidationContext context = CONTEXT.withStrategy(strategy2011to2020());
        Finding f = single(VALIDATOR.validate(obs(DV_MODELS, "14", YearPeriod.of(2021)).value(65).build(), context));
        assertFinding(f, "period.span", Severity.ERROR, "DV_MODELS/14/2021/_T", "period", "2021",
                "Period 2021 is outside 2011/2020, the span of strategy VN-NSGE-2011-2020",
                "Kỳ 2021 nằm ngoài giai đoạn 2011/2020 của chiến lược VN-NSGE-2011-2020");
        // A term need only overlap the span: 2016–2021 counts for the 2011–2020 strategy.
        Observation term = obs(Fixtures.PC_SHARE, "14", TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021))
                .value(dec("38.89")).build();
        assertThat(VALIDATOR.validate(term, context).findings()).isEmpty();
    }

    static Strategy strategy2011to2020() {
        Target target = Target.builder("1.1", BilingualText.of("Nữ làm chủ doanh nghiệp", "Women owning enterprises"), W_ENT)
                .milestone(Milestone.of(2020, Comparison.AT_LEAST, dec("35"), Unit.PERCENT)).build();
        return Strategy.builder("VN-NSGE-2011-2020", BilingualText.of("Chiến lược 2011–2020", "Strategy 2011–2020"),
                SpanPeriod.ofClosed(2011, 2020))
                .objective(Objective.of(1, Domain.ECONOMY_LABOUR, BilingualText.of("Kinh tế", "Economy"), target))
                .build();
    }

    @Test
    void unitMismatch() {
        Finding f = single(check(obs(W_ENT, "14", Y2017).value(dec("15.1")).unit(Unit.PER_100).build()));
        assertFinding(f, "unit.mismatch", Severity.ERROR, "W_ENT/14/2017/_T", "unit", "per_100",
                "The unit per 100 is not percent, the unit of indicator W_ENT",
                "Đơn vị tính trên 100 khác với phần trăm, đơn vị tính của chỉ tiêu W_ENT");
        assertThat(check(obs(W_ENT, "14", Y2017).value(dec("15.1")).unit(Unit.PERCENT).build()).findings()).isEmpty();
    }

    @Test
    void breakdownDimension() {
        Observation o = obs(DV_MODELS, "14", Y2017).breakdown(Breakdown.of(BreakdownDimension.RESIDENCE, "URBAN"))
                .value(40).build();
        Finding f = single(check(o));
        assertFinding(f, "breakdown.dimension", Severity.ERROR, "DV_MODELS/14/2017/RESIDENCE=URBAN", "breakdown.RESIDENCE",
                "RESIDENCE=URBAN",
                "Indicator DV_MODELS is not broken down by RESIDENCE",
                "Chỉ tiêu DV_MODELS không được phân tổ theo RESIDENCE");
    }

    // --- numbers -----------------------------------------------------------------------------------

    @Test
    void countInteger() {
        assertFinding(single(check(obs(DV_MODELS, "14", Y2017).value(-3).build())),
                "count.integer", Severity.ERROR, "DV_MODELS/14/2017/_T", "value", "-3",
                "-3 is not a count: a count is a whole number, 0 or more",
                "-3 không phải là số đếm: số đếm phải là số nguyên, từ 0 trở lên");
        assertFinding(single(check(obs(DV_MODELS, "14", Y2017).value(dec("12.5")).build())),
                "count.integer", Severity.ERROR, "DV_MODELS/14/2017/_T", "value", "12.5",
                "12.5 is not a count: a count is a whole number, 0 or more",
                "12,5 không phải là số đếm: số đếm phải là số nguyên, từ 0 trở lên");
        assertThat(check(obs(DV_MODELS, "14", Y2017).value(dec("12.0")).build()).findings()).isEmpty();
    }

    @Test
    void percentageRange() {
        assertFinding(single(check(obs(W_ENT, "14", Y2017).value(105).build())),
                "percentage.range", Severity.ERROR, "W_ENT/14/2017/_T", "value", "105",
                "105 % is outside 0–100, the range of a percentage",
                "105 % nằm ngoài khoảng 0–100 của một tỷ lệ phần trăm");
        assertFinding(single(check(obs(W_ENT, "14", Y2017).value(dec("-0.5")).build())),
                "percentage.range", Severity.ERROR, "W_ENT/14/2017/_T", "value", "-0.5",
                "-0.5 % is outside 0–100, the range of a percentage",
                "-0,5 % nằm ngoài khoảng 0–100 của một tỷ lệ phần trăm");
        assertThat(check(obs(W_ENT, "14", Y2017).value(100).build()).findings()).isEmpty();
        assertThat(check(obs(W_ENT, "14", Y2017).value(0).build()).findings()).isEmpty();
    }

    @Test
    void valueMinimum() {
        assertFinding(single(check(obs(SRB, "14", Y2017).value(-1).build())),
                "value.minimum", Severity.ERROR, "SRB/14/2017/_T", "value", "-1",
                "-1 is below 0, the least value in per 100",
                "-1 nhỏ hơn 0, giá trị nhỏ nhất của đơn vị trên 100");
    }

    @Test
    void componentNegative() {
        Observation o = obs(W_ENT, "14", Y2017).components(BigDecimal.valueOf(-1), BigDecimal.valueOf(2539)).build();
        assertFinding(single(check(o)), "component.negative", Severity.ERROR, "W_ENT/14/2017/_T", "numerator", "-1",
                "The numerator -1 is below 0",
                "Giá trị -1 của tử số nhỏ hơn 0");
        Observation d = obs(W_ENT, "14", Y2017).components(BigDecimal.ZERO, BigDecimal.valueOf(-4)).build();
        assertFinding(single(check(d)), "component.negative", Severity.ERROR, "W_ENT/14/2017/_T", "denominator", "-4",
                "The denominator -4 is below 0",
                "Giá trị -4 của mẫu số nhỏ hơn 0");
    }

    @Test
    void denominatorZero() {
        Observation o = obs(W_ENT, "14", Y2017).components(0, 0).build();
        assertFinding(single(check(o)), "denominator.zero", Severity.ERROR, "W_ENT/14/2017/_T", "denominator", "0",
                "The denominator is 0: no value can be computed from it",
                "Mẫu số bằng 0: không thể tính giá trị từ đó");
    }

    @Test
    void numeratorExceeds() {
        Observation o = obs(W_ENT, "14", Y2017).components(2600, 2539).build();
        assertFinding(single(check(o)), "numerator.exceeds", Severity.ERROR, "W_ENT/14/2017/_T", "numerator", "2600",
                "The numerator 2,600 is above the denominator 2,539: a share cannot exceed the whole",
                "Tử số 2.600 lớn hơn mẫu số 2.539: một tỷ lệ không thể vượt quá tổng thể");
        // A ratio may: 112 boys per 100 girls.
        assertThat(check(obs(SRB, "14", Y2017).value(112).components(112, 100).build()).findings()).isEmpty();
    }

    @Test
    void valueComponents() {
        // 384 × 100 / 2,539 = 15.1240…, 15.1 at the indicator's 1 decimal.
        Observation o = obs(W_ENT, "14", Y2017).value(dec("15.3")).components(384, 2539).build();
        assertFinding(single(check(o)), "value.components", Severity.ERROR, "W_ENT/14/2017/_T", "value", "15.3",
                "The value 15.3 does not agree with the numerator 384 and the denominator 2,539, which give 15.1",
                "Giá trị 15,3 không khớp với tử số 384 và mẫu số 2.539; tính lại được 15,1");
    }

    @ParameterizedTest
    @CsvSource({"15.1", "15", "15.12", "15.124"})
    void valueComponentsAgreeAtTheRoundingTheValueWasPublishedWith(String value) {
        // 384 × 100 / 2,539 = 15.12406…: 15 at 0 decimals, 15.1 at 1, 15.12 at 2, 15.124 at 3, whatever
        // the indicator's 1 decimal.
        Observation o = obs(W_ENT, "14", Y2017).value(dec(value)).components(384, 2539).build();
        assertThat(check(o).findings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"15.13 | 15.12 | 15,13 | 15,12", "15.10 | 15.12 | 15,10 | 15,12",
        "15.2 | 15.1 | 15,2 | 15,1"})
    void valueComponentsCompareAtTheValuesOwnDecimalsEvenBeyondTheIndicators(String value, String gives,
            String valueVi, String givesVi) {
        // 384 × 100 / 2,539 = 15.12406…: 15.13 claims 15.125 to 15.135 and 15.10 claims 15.095 to 15.105,
        // both ruled out by the components, though all three round to the indicator's 15.1.
        Observation o = obs(W_ENT, "14", Y2017).value(dec(value)).components(384, 2539).build();
        assertFinding(single(check(o)), "value.components", Severity.ERROR, "W_ENT/14/2017/_T", "value", value,
                "The value " + value + " does not agree with the numerator 384 and the denominator 2,539, which give "
                        + gives,
                "Giá trị " + valueVi + " không khớp với tử số 384 và mẫu số 2.539; tính lại được " + givesVi);
    }

    @Test
    void valueComponentsLeavesApproximateValuesAlone() {
        Observation nearly = obs(W_ENT, "14", Y2017).value(dec("15.13")).components(384, 2539)
                .qualifier(Qualifier.NEARLY).build();
        assertThat(check(nearly).findings()).extracting(Finding::code).doesNotContain("value.components");
    }

    @Test
    void valuePlausible() {
        DatasetValidator v = DatasetValidator.of(RuleSet.defaults().withPlausibleRange("SRB", dec("95"), dec("125")));
        Finding f = single(v.validate(obs(SRB, "14", Y2017).value(130).build(), CONTEXT));
        assertFinding(f, "value.plausible", Severity.WARNING, "SRB/14/2017/_T", "value", "130",
                "130 is outside 95–125, the plausible range of indicator SRB",
                "130 nằm ngoài khoảng hợp lý 95–125 của chỉ tiêu SRB");
        assertThat(v.validate(obs(SRB, "14", Y2017).value(dec("112.2")).build(), CONTEXT).findings()).isEmpty();
        // No range is set by default.
        assertThat(check(obs(SRB, "14", Y2017).value(130).build()).findings()).isEmpty();
    }

    @Test
    void valueApproximate() {
        Observation o = obs(DV_MODELS, "14", Y2017).value(400).qualifier(Qualifier.NEARLY).build();
        assertFinding(single(check(o)), "value.approximate", Severity.INFO, "DV_MODELS/14/2017/_T", "value", "400",
                "The value is approximate (nearly 400): compared within its tolerance where a check allows it,"
                        + " skipped where a check needs an exact value",
                "Giá trị là số gần đúng (gần 400): được so sánh trong phạm vi dung sai nếu kiểm tra cho phép,"
                        + " bỏ qua ở các kiểm tra cần giá trị chính xác");
    }

    @Test
    void approximateValuesAreJudgedForRangeButNeverComparedAsExact() {
        // "Nearly 105 %" is still no share; "about 15.3" of 384 / 2,539 is not compared with 15.1.
        ValidationReport range = check(obs(W_ENT, "14", Y2017).value(105).qualifier(Qualifier.NEARLY).build());
        assertThat(range.findings()).extracting(Finding::code).containsExactly("percentage.range", "value.approximate");
        ValidationReport components = check(obs(W_ENT, "14", Y2017).value(dec("15.3")).components(384, 2539)
                .qualifier(Qualifier.ABOUT).build());
        assertThat(components.findings()).extracting(Finding::code).containsExactly("value.approximate");
    }

    // --- consistency -------------------------------------------------------------------------------

    @Test
    void sexSum() {
        List<Observation> rows = List.of(
                obs(EMPLOYED, "14", Y2017).value(25).build(),
                obs(EMPLOYED, "14", Y2017).sex(Sex.FEMALE).value(10).build(),
                obs(EMPLOYED, "14", Y2017).sex(Sex.MALE).value(12).build());
        Finding f = single(VALIDATOR.validate(rows, CONTEXT));
        assertFinding(f, "sex.sum", Severity.ERROR, "EMPLOYED/14/2017/_T", "value", "25",
                "Women's value 10 and men's value 12 add up to 22, not to the total 25",
                "Tổng giá trị của nữ (10) và nam (12) là 22, khác với tổng số 25");
        assertThat(f.location().index()).hasValue(0);
    }

    @Property(tries = 300)
    void sexSumFindsExactlyTheTotalsThatAreNotTheSum(@ForAll @IntRange(max = 1_000_000) int female,
            @ForAll @IntRange(max = 1_000_000) int male, @ForAll @IntRange(min = -3, max = 3) int error) {
        List<Observation> rows = List.of(
                obs(EMPLOYED, "14", Y2017).value((long) female + male + error).build(),
                obs(EMPLOYED, "14", Y2017).sex(Sex.FEMALE).value(female).build(),
                obs(EMPLOYED, "14", Y2017).sex(Sex.MALE).value(male).build());
        List<String> expected = new ArrayList<>();
        if ((long) female + male + error < 0) {
            expected.add("count.integer");
        }
        if (error != 0) {
            expected.add("sex.sum");
        }
        assertThat(VALIDATOR.validate(rows, CONTEXT).findings()).extracting(Finding::code)
                .containsExactlyElementsOf(expected);
    }

    @Test
    void sexSumOfComponents() {
        // The numerators of a percentage add up too: 30 + 40 is not 75.
        Dataset data = Dataset.of(List.of(
                obs(LFPR, "14", Y2017).value(dec("75.0")).components(75, 100).build(),
                obs(LFPR, "14", Y2017).sex(Sex.FEMALE).value(dec("60.0")).components(30, 50).build(),
                obs(LFPR, "14", Y2017).sex(Sex.MALE).value(dec("80.0")).components(40, 50).build()));
        Finding f = single(VALIDATOR.validate(data, CONTEXT));
        assertFinding(f, "sex.sum", Severity.ERROR, "LFPR/14/2017/_T", "numerator", "75",
                "Women's numerator 30 and men's numerator 40 add up to 70, not to the total 75",
                "Tổng tử số của nữ (30) và nam (40) là 70, khác với tổng số 75");
    }

    @Test
    void sexSumTakesAnApproximatePartAsTheRangeItAllows() {
        // "about 10" allows 9 to 11 with the default tolerance of 10 %: with 12 men, 21 to 23.
        List<Observation> rows = List.of(
                obs(EMPLOYED, "14", Y2017).value(22).build(),
                obs(EMPLOYED, "14", Y2017).sex(Sex.FEMALE).value(10).qualifier(Qualifier.ABOUT).build(),
                obs(EMPLOYED, "14", Y2017).sex(Sex.MALE).value(12).build());
        assertThat(VALIDATOR.validate(rows, CONTEXT).findings()).extracting(Finding::code)
                .containsExactly("value.approximate");
    }

    @Test
    void sexBetween() {
        List<Observation> rows = List.of(
                obs(LFPR, "14", Y2017).value(dec("80.0")).build(),
                obs(LFPR, "14", Y2017).sex(Sex.FEMALE).value(dec("70.1")).build(),
                obs(LFPR, "14", Y2017).sex(Sex.MALE).value(dec("75.3")).build());
        assertFinding(single(VALIDATOR.validate(rows, CONTEXT)), "sex.between", Severity.ERROR, "LFPR/14/2017/_T",
                "value", "80.0",
                "The total 80.0 is not between the women's (70.1) and the men's (75.3)",
                "Giá trị chung 80,0 không nằm giữa giá trị của nữ (70,1) và của nam (75,3)");
        List<Observation> fine = List.of(rows.get(0).toBuilder().value(dec("72.4")).build(), rows.get(1), rows.get(2));
        assertThat(VALIDATOR.validate(fine, CONTEXT).findings()).isEmpty();
    }

    @Test
    void areaSum() {
        // In 2017 the nation's children in the fixture are Sơn La (14), the old Lào Cai (10) and Yên Bái (15).
        List<Observation> rows = List.of(
                obs(DV_MODELS, "VN", Y2017).value(100).build(),
                obs(DV_MODELS, "14", Y2017).value(65).build(),
                obs(DV_MODELS, "10", Y2017).value(20).build(),
                obs(DV_MODELS, "15", Y2017).value(10).build());
        assertFinding(single(VALIDATOR.validate(rows, CONTEXT)), "area.sum", Severity.ERROR, "DV_MODELS/VN/2017/_T",
                "value", "100",
                "The 3 areas under VN Viet Nam add up to 95 (value), not to its own 100",
                "Tổng giá trị của 3 đơn vị trực thuộc VN Việt Nam là 95, khác với số của chính đơn vị này là 100");
        // Not every child reported: nothing to compare.
        assertThat(VALIDATOR.validate(rows.subList(0, 3), CONTEXT).findings()).isEmpty();
        List<Observation> fine = List.of(rows.get(0).toBuilder().value(95).build(), rows.get(1), rows.get(2), rows.get(3));
        assertThat(VALIDATOR.validate(fine, CONTEXT).findings()).isEmpty();
    }

    @Test
    void changeJump() {
        // (65 − 40) × 100 / 40 = 62.5 %, above the default threshold of 50 %.
        List<Observation> rows = List.of(
                obs(DV_MODELS, "14", Y2016).value(40).build(),
                obs(DV_MODELS, "14", Y2017).value(65).build());
        Finding f = single(VALIDATOR.validate(rows, CONTEXT));
        assertFinding(f, "change.jump", Severity.WARNING, "DV_MODELS/14/2017/_T", "value", "65",
                "65 is a change of 62.5 % from 40 in 2016, more than 50 %",
                "65 thay đổi 62,5 % so với 40 của kỳ 2016, vượt ngưỡng 50 %");
        assertThat(f.location().index()).hasValue(1);
        DatasetValidator lenient = DatasetValidator.of(RuleSet.defaults().withThreshold("change.jump", 70));
        assertThat(lenient.validate(rows, CONTEXT).findings()).isEmpty();
    }

    @Test
    void previousPeriodIsOneProductionStepBack() {
        assertThat(CrossChecks.previous(Y2017, Frequency.ANNUAL)).isEqualTo(Y2016);
        assertThat(CrossChecks.previous(Y2017, Frequency.BIENNIAL)).isEqualTo(YearPeriod.of(2015));
        assertThat(CrossChecks.previous(Y2017, Frequency.FIVE_YEARLY)).isEqualTo(YearPeriod.of(2012));
        assertThat(CrossChecks.previous(HalfYearPeriod.of(2017, 1), Frequency.HALF_YEARLY))
                .isEqualTo(HalfYearPeriod.of(2016, 2));
        assertThat(CrossChecks.previous(QuarterPeriod.of(2017, 3), Frequency.QUARTERLY)).isEqualTo(QuarterPeriod.of(2017, 2));
        assertThat(CrossChecks.previous(MonthPeriod.of(2017, 1), Frequency.MONTHLY)).isEqualTo(MonthPeriod.of(2016, 12));
        assertThat(CrossChecks.previous(SpanPeriod.ofClosed(2021, 2025), Frequency.ANNUAL))
                .isEqualTo(SpanPeriod.ofClosed(2016, 2020));
        assertThat(CrossChecks.previous(TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021), Frequency.PER_TERM))
                .isEqualTo(TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2011, 2016));
        assertThat(CrossChecks.previous(YearPeriod.of(1900), Frequency.ANNUAL)).isNull();
        assertThat(CrossChecks.previous(YearPeriod.of(1909), Frequency.TEN_YEARLY)).isNull();
        assertThat(CrossChecks.previous(YearPeriod.of(1910), Frequency.TEN_YEARLY)).isEqualTo(YearPeriod.of(1900));
        assertThat(CrossChecks.previous(HalfYearPeriod.of(2017, 2), Frequency.HALF_YEARLY))
                .isEqualTo(HalfYearPeriod.of(2017, 1));
        assertThat(CrossChecks.previous(MonthPeriod.of(1900, 1), Frequency.MONTHLY)).isNull();
        assertThat(CrossChecks.previous(SpanPeriod.ofClosed(1900, 1904), Frequency.ANNUAL)).isNull();
        assertThat(CrossChecks.previous(SpanPeriod.ofClosed(1905, 1909), Frequency.ANNUAL))
                .isEqualTo(SpanPeriod.ofClosed(1900, 1904));
        assertThat(CrossChecks.previous(TermPeriod.of(TermBody.NATIONAL_ASSEMBLY, 1902, 1907), Frequency.PER_TERM))
                .isNull();
    }

    // --- targets -----------------------------------------------------------------------------------

    private static Strategy plan(Target... targets) {
        return Strategy.builder("VN-NSGE-2021-2030", BilingualText.of("Chiến lược 2021–2030", "Strategy 2021–2030"),
                SpanPeriod.ofClosed(2021, 2030))
                .objective(Objective.of(1, Domain.FAMILY_GBV, BilingualText.of("Gia đình", "Family"), targets))
                .build();
    }

    private static Target.Builder target(String code, Indicator indicator) {
        return Target.builder(code, BilingualText.of("Chỉ tiêu " + code, "Target " + code), indicator);
    }

    @Test
    void targetDirection() {
        // A "reduce" target whose 2030 value is above its 2025 one.
        Strategy s = plan(target("1.1", GBV)
                .milestone(Milestone.of(2025, Comparison.AT_MOST, dec("30"), Unit.PERCENT))
                .milestone(Milestone.of(2030, Comparison.AT_MOST, dec("35"), Unit.PERCENT)).build());
        Finding f = single(VALIDATOR.validate(s, CONTEXT));
        assertFinding(f, "target.direction", Severity.ERROR, "VN-NSGE-2021-2030/1.1", "milestones[2030].value", "35",
                "Target 1.1: 35 for 2030 after 30 for 2025 goes against its indicator, which should decrease",
                "Chỉ tiêu 1.1: mức 35 cho kỳ 2030 sau mức 30 cho kỳ 2025 đi ngược hướng của chỉ số, trong khi chỉ số cần giảm");
        assertThat(f.location().indicator()).hasValue("GBV");
    }

    @Test
    void targetDirectionFromTheBaselineAndTowardsARange() {
        Strategy s = plan(target("1.2", SRB)
                .baseline(Baseline.of(YearPeriod.of(2020), dec("111.5")))
                .milestone(Milestone.of(2025, Comparison.AT_MOST, dec("109"), Unit.PER_100))
                .milestone(Milestone.of(2030, Comparison.AT_MOST, dec("109.5"), Unit.PER_100)).build());
        Finding f = single(VALIDATOR.validate(s, CONTEXT));
        assertFinding(f, "target.direction", Severity.ERROR, "VN-NSGE-2021-2030/1.2", "milestones[2030].value", "109.5",
                "Target 1.2: 109.5 for 2030 after 109 for 2025 goes against its indicator, which should move towards 103–107",
                "Chỉ tiêu 1.2: mức 109,5 cho kỳ 2030 sau mức 109 cho kỳ 2025 đi ngược hướng của chỉ số, trong khi chỉ số cần tiến về 103–107");
        Strategy baselineAgainst = plan(target("1.3", GBV).baseline(Baseline.of(YearPeriod.of(2020), dec("25")))
                .milestone(Milestone.of(2025, Comparison.AT_MOST, dec("30"), Unit.PERCENT)).build());
        assertThat(single(VALIDATOR.validate(baselineAgainst, CONTEXT)).message())
                .isEqualTo("Target 1.3: 30 for 2025 after 25 for 2020 goes against its indicator, which should decrease");
    }

    @Test
    void targetComparison() {
        Strategy s = plan(target("2.1", W_ENT)
                .milestone(Milestone.of(2025, Comparison.AT_MOST, dec("27"), Unit.PERCENT)).build());
        Finding f = single(VALIDATOR.validate(s, CONTEXT));
        assertFinding(f, "target.comparison", Severity.WARNING, "VN-NSGE-2021-2030/2.1", "milestones[2025].comparison",
                "≤ 27",
                "Target 2.1: “at most” for 2025 does not fit an indicator that should increase",
                "Chỉ tiêu 2.1: phép so sánh “không vượt quá” cho kỳ 2025 không phù hợp với chỉ số cần tăng");
    }

    @Test
    void strategyAgainstTheContext() {
        Indicator stray = Indicator.builder("STRAY", BilingualText.of("Lạc", "Stray"), MeasureKind.COUNT, Unit.COUNT).build();
        Indicator modelsInPersons = Indicator.builder("DV_MODELS", BilingualText.of("Mô hình", "Models"), MeasureKind.COUNT,
                Unit.PERSONS).build();
        Strategy s = Strategy.builder("SL-PLAN", BilingualText.of("Kế hoạch", "Plan"), SpanPeriod.ofClosed(2021, 2025))
                .localises(plan(target("1.1", GBV).milestone(Milestone.of(2025, Comparison.AT_MOST, dec("30"),
                        Unit.PERCENT)).build()), "98")
                .objective(Objective.of(1, Domain.FAMILY_GBV, BilingualText.of("Gia đình", "Family"),
                        target("1", stray).milestone(Milestone.of(2030, Comparison.AT_LEAST, dec("5"), Unit.COUNT)).build(),
                        target("2", modelsInPersons).milestone(Milestone.of(2025, Comparison.AT_LEAST, dec("5"),
                                Unit.PERSONS)).build()))
                .build();
        ValidationReport report = VALIDATOR.validate(s, CONTEXT);
        assertThat(report.findings()).extracting(Finding::code, f -> f.location().toString()).containsExactly(
                tuple("indicator.unknown", "SL-PLAN/1 indicator"),
                tuple("area.unknown", "SL-PLAN area"),
                tuple("period.span", "SL-PLAN/1 milestones[2030].period"),
                tuple("unit.mismatch", "SL-PLAN/2 indicator.unit"));
        assertThat(report.findings().get(1).message(Fixtures.VI))
                .isEqualTo("Địa bàn 98 không có trong danh mục đơn vị hành chính");
        assertThat(report.findings().get(2).message())
                .isEqualTo("Milestone 2030 of target 1 is outside 2021/2025, the span of strategy SL-PLAN");
        assertThat(report.findings().get(3).message())
                .isEqualTo("The unit persons is not count, the unit of indicator DV_MODELS");
        assertThat(report.byArea().keySet()).containsExactly("98");
    }

    // --- raw values --------------------------------------------------------------------------------

    @Test
    void valueMissingAndFinite() {
        Location at = Location.of("upload.csv", "value").withPosition(7, 4);
        assertFinding(single(VALIDATOR.validateValue("W_ENT", null, at, CONTEXT)), "value.missing", Severity.ERROR,
                "upload.csv", "value", "", "The value is missing", "Thiếu giá trị");
        Finding nan = single(VALIDATOR.validateValue("W_ENT", Double.NaN, at, CONTEXT));
        assertFinding(nan, "value.finite", Severity.ERROR, "upload.csv", "value", "NaN",
                "NaN is not a finite number", "NaN không phải là một số hữu hạn");
        assertThat(nan.location().line()).hasValue(7);
        assertThat(single(VALIDATOR.validateValue("W_ENT", Double.NEGATIVE_INFINITY, at, CONTEXT)).code())
                .isEqualTo("value.finite");
    }

    @Test
    void rawValuesMeetTheNumberRules() {
        Location at = Location.of("upload.csv", "value");
        assertFinding(single(VALIDATOR.validateValue("W_ENT", 105.0, at, CONTEXT)), "percentage.range", Severity.ERROR,
                "upload.csv", "value", "105.0",
                "105.0 % is outside 0–100, the range of a percentage",
                "105,0 % nằm ngoài khoảng 0–100 của một tỷ lệ phần trăm");
        assertThat(single(VALIDATOR.validateValue("DV_MODELS", -2, at, CONTEXT)).code()).isEqualTo("count.integer");
        assertThat(single(VALIDATOR.validateValue("SRB", -2, at, CONTEXT)).code()).isEqualTo("value.minimum");
        assertThat(single(VALIDATOR.validateValue("NOPE", 2, at, CONTEXT)).code()).isEqualTo("indicator.unknown");
        assertThat(VALIDATOR.validateValue("W_ENT", new BigDecimal("15.1"), at, CONTEXT).findings()).isEmpty();
        DatasetValidator ranged = DatasetValidator.of(RuleSet.defaults().withPlausibleRange("SRB", dec("95"), dec("125")));
        assertThat(single(ranged.validateValue("SRB", 90, at, CONTEXT)).code()).isEqualTo("value.plausible");
    }

    @Test
    void ruleFailed() {
        Rule boom = new Rule() {
            @Override
            public String code() {
                return "acme.boom";
            }

            @Override
            public Severity defaultSeverity() {
                return Severity.WARNING;
            }

            @Override
            public BilingualText message() {
                return BilingualText.of("Nổ", "Boom");
            }

            @Override
            public void check(Observation observation, RuleScope scope) {
                throw new IllegalStateException("boom");
            }
        };
        DatasetValidator v = DatasetValidator.of(RuleSet.defaults().with(boom));
        Finding f = single(v.validate(obs(DV_MODELS, "14", Y2017).value(65).build(), CONTEXT));
        assertFinding(f, "rule.failed", Severity.ERROR, "DV_MODELS/14/2017/_T", "", "",
                "Rule acme.boom could not check this: IllegalStateException: boom",
                "Quy tắc acme.boom không kiểm tra được mục này: IllegalStateException: boom");
    }

    @Test
    void everyStandardRuleHasMessagesInBothLanguages() {
        for (StandardRule rule : StandardRule.values()) {
            assertThat(rule.message().en()).as(rule.code()).isNotBlank();
            assertThat(rule.message().vi()).as(rule.code()).isNotEqualTo(rule.message().en());
        }
        assertThat(StandardRule.CHANGE_JUMP.defaultParameters()).containsEntry("threshold", BigDecimal.valueOf(50));
        assertThat(StandardRule.VALUE_PLAUSIBLE.acceptsParameter("SRB.min")).isTrue();
        assertThat(StandardRule.VALUE_PLAUSIBLE.acceptsParameter("SRB")).isFalse();
        assertThat(StandardRule.PERCENTAGE_RANGE.acceptsParameter("threshold")).isFalse();
        assertThat(INDICATORS).isNotEmpty();
        assertThat(AREAS.areas()).hasSize(5);
    }
}
