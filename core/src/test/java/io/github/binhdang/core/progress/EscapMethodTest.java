package io.github.binhdang.core.progress;

import static io.github.binhdang.core.progress.Fixtures.ABOUT_50;
import static io.github.binhdang.core.progress.Fixtures.BELOW_30;
import static io.github.binhdang.core.progress.Fixtures.OWNERS_2020;
import static io.github.binhdang.core.progress.Fixtures.OWNERS_27;
import static io.github.binhdang.core.progress.Fixtures.SIXTY;
import static io.github.binhdang.core.progress.Fixtures.SRB_111;
import static io.github.binhdang.core.progress.Fixtures.d;
import static io.github.binhdang.core.progress.Fixtures.first;
import static io.github.binhdang.core.progress.Fixtures.p;
import static io.github.binhdang.core.progress.Fixtures.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.strategy.Baseline;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The ESCAP assessment. Expected values are worked out by hand from the indices as ESCAP's technical
 * notes (data.unescap.org, Progress Assessment Methodology) and UNECE's technical notes (SDG reports 2022
 * and 2023) describe them: current status = (L − B) / (T − B), anticipated gap = (T − P) / (T − B) with P
 * from a time-weighted regression; the weights (1 for the first year, one more each later year) are
 * binhdang's documented choice, as the comments say.
 */
class EscapMethodTest {

    private static final EscapMethod METHOD = EscapMethod.defaults();

    @Test
    void progressTooSlowNeedsAcceleration() {
        // At least 60 % by 2025 from 40 % in 2021 (baseline); 42.0 in 2022 and 45.0 in 2023.
        // Weights 1, 2, 3: weighted means t = (2021 + 2×2022 + 3×2023) / 6 = 2022.333, y = 259 / 6 = 43.167.
        // Sxx = 1×1.778 + 2×0.111 + 3×0.444 = 3.333; Sxy = 1×4.222 + 2×0.389 + 3×1.222 = 8.667; slope 2.6.
        // P(2025) = 43.167 + 2.6 × 2.667 = 50.1; gap = (60 - 50.1) / (60 - 40) = 0.495: accelerate.
        // Current status = (45 - 40) / 20 = 0.250; change needed = (60 - 45) / 2 = 7.5 a year.
        Assessment a = METHOD.assess(SIXTY, first(SIXTY), series(2022, "42.0", 2023, "45.0"));
        assertThat(a.status()).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
        assertThat(a.score()).contains(d("0.495"));
        assertThat(a.category()).contains(BilingualText.of("Cần đẩy nhanh tiến độ", "Accelerate progress"));
        assertThat(a.linearProjection()).contains(d("50.1"));
        assertThat(a.annualChangeNeeded()).contains(d("7.5"));
        assertThat(a.progressGap().orElseThrow()).isEqualByComparingTo("0.495");
        assertThat(a.currentStatusIndex().orElseThrow()).isEqualByComparingTo("0.25");
        assertThat(a.latest()).contains(p(2023, "45.0"));
        assertThat(a.method()).isEqualTo("escap");
        assertThat(a.reason()).isEqualTo(BilingualText.of(
                "Giá trị dự báo vào năm 2025 là 50,1%; chỉ số khoảng cách tiến độ dự kiến là 0,495 và chỉ số hiện"
                        + " trạng là 0,250 (so với 40% năm 2021). Cần đẩy nhanh tiến độ để đạt mốc.",
                "The value projected to 2025 is 50.1 %; the anticipated progress gap is 0.495 and the current status"
                        + " index 0.250 (from 40 % in 2021). Accelerate progress to reach the milestone."));
    }

    @Test
    void aProjectionPastTheTargetHasANegativeGap() {
        // At least 60 % by 2025 from 40 % in 2021 (baseline), 50.0 in 2022, 58.0 in 2023; weights 1, 2, 3.
        // Weighted means t = 2022.333, y = (40 + 100 + 174) / 6 = 52.333; Sxx = 3.333, Sxy = 1×15.556 +
        // 2×(-0.222) + 3×3.778 = 26.444... → slope 7.2 (exact fractions: P(2025) = 379/5 = 75.8).
        // Gap = (60 − 75.8) / 20 = −0.79, reported negative as ESCAP does; the score (category) stays 0;
        // current status = (58 − 40) / 20 = 0.9.
        Assessment a = METHOD.assess(SIXTY, first(SIXTY), series(2022, "50.0", 2023, "58.0"));
        assertThat(a.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(a.progressGap().orElseThrow()).isEqualByComparingTo("-0.79");
        assertThat(a.currentStatusIndex().orElseThrow()).isEqualByComparingTo("0.9");
        assertThat(a.score()).contains(d("0.000"));
        // Up to a goal by simple means: gaps 0.495 and −0.79 give −0.1475; indices 0.25 and 0.9 give 0.575.
        Assessment slow = METHOD.assess(SIXTY, first(SIXTY), series(2022, "42.0", 2023, "45.0"));
        Assessment other = BinhdangMethod.INSTANCE.assess(SIXTY, first(SIXTY), series(2023, "45.0"));
        assertThat(EscapMethod.averageProgressGap(List.of(a, slow, other)).orElseThrow())
                .isEqualByComparingTo("-0.1475");
        assertThat(EscapMethod.averageCurrentStatusIndex(List.of(a, slow, other)).orElseThrow())
                .isEqualByComparingTo("0.575");
        assertThat(EscapMethod.averageProgressGap(List.of(other))).isEmpty();
    }

    @Test
    void valuesFromComponentsAreNotRoundedBeforeTheTrend() {
        // The figures: unpaid care work, women's hours over men's (times, 1 decimal): 16.13 / 8.75 =
        // 1.843428… (2019) and 15.5 / 8.6 = 1.802325… (2022); both show as 1.8. With an illustrative target of
        // at most 1.5 by 2030 (base year 2015 → the first value, 2019): the line through both values falls
        // 0.013701 a year, P(2030) = 1.692718, gap = (1.5 − 1.692718) / (1.5 − 1.843428) = 0.561158 (by hand,
        // exact fractions): accelerate progress. Rounded first, 1.8 and 1.8 would be flat, gap 1: "reverse".
        Indicator care = Indicator.builder("CARE", BilingualText.of("Tỷ số thời gian làm việc nhà không được trả"
                        + " công của nữ so với nam", "Unpaid care work, women's hours over men's"), MeasureKind.TIMES,
                        Unit.TIMES).decimals(1).build();
        Target lessCare = Target.builder("9.1", BilingualText.of("Không quá 1,5 lần vào năm 2030.",
                        "At most 1.5 times by 2030."), care)
                .milestone(Milestone.of(2030, Comparison.AT_MOST, d("1.5"), Unit.TIMES)).build();
        Dataset data = Dataset.builder()
                .add(Observation.builder("CARE", "VN", YearPeriod.of(2019)).components(d("16.13"), d("8.75")).build())
                .add(Observation.builder("CARE", "VN", YearPeriod.of(2022)).components(d("15.5"), d("8.6")).build())
                .build();
        Series values = Series.of(lessCare, data, "VN", Breakdown.TOTAL);
        Assessment a = METHOD.assess(lessCare, first(lessCare), values.points());
        assertThat(a.status()).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
        assertThat(a.progressGap().orElseThrow().doubleValue()).isCloseTo(0.5611577603219441, within(1e-9));
        assertThat(a.currentStatusIndex().orElseThrow().doubleValue()).isCloseTo(0.11968424718492435, within(1e-12));
        assertThat(a.latest().orElseThrow().shown()).isEqualTo(d("1.8"));
        assertThat(a.reason().en()).contains("(from 1.8 times in 2019)");
        // binhdang's method sees the fall too: its trend points towards the milestone.
        Assessment own = BinhdangMethod.INSTANCE.assess(lessCare, first(lessCare), values.points());
        assertThat(own.status()).isNotEqualTo(ProgressStatus.REGRESSING);
    }

    @Test
    void aFlatSeriesHasAGapOfExactlyOneWhateverTheDoublesSay() {
        // At least 0.3 % by 2025; 0.2 in 2021, 2022 and 2023; no baseline, so B = 0.2 (2021). The line is
        // flat at 0.2, so P = 0.2 and gap = (0.3 − 0.2) / (0.3 − 0.2) = 1: reverse the trend. In doubles
        // the weighted mean of three 0.2s is 0.20000000000000004 and the gap 0.9999999999999997, which
        // would have read as "accelerate".
        Target small = Target.builder("1.9", BilingualText.of("Ít nhất 0,3% vào năm 2025.", "At least 0.3 % by 2025."),
                        Fixtures.SHARE)
                .milestone(Milestone.of(2025, Comparison.AT_LEAST, d("0.3"), Unit.PERCENT))
                .build();
        Assessment a = METHOD.assess(small, first(small), series(2021, "0.2", 2022, "0.2", 2023, "0.2"));
        assertThat(a.score()).contains(d("1.000"));
        assertThat(a.status()).isEqualTo(ProgressStatus.REGRESSING);
        assertThat(a.linearProjection()).contains(d("0.2"));
    }

    @Test
    void theOrdinaryProjectionWeighsAllYearsAlike() {
        // Same values, equal weights: means 2022 and 42.333, slope (−1×−2.333 + 1×2.667) / 2 = 2.5.
        // P(2025) = 42.333 + 2.5 × 3 = 49.833 → 49.8; gap = (60 - 49.833) / 20 = 0.508.
        Assessment a = METHOD.withProjection(EscapMethod.Projection.ORDINARY)
                .assess(SIXTY, first(SIXTY), series(2022, "42.0", 2023, "45.0"));
        assertThat(a.linearProjection()).contains(d("49.8"));
        assertThat(a.score()).contains(d("0.508"));
        assertThat(a.status()).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
    }

    @Test
    void aTargetAlreadyReachedIsAchieved() {
        Assessment a = METHOD.assess(SIXTY, first(SIXTY), series(2023, "61.0"));
        assertThat(a.status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(a.isAchieved()).isTrue();
        assertThat(a.score()).contains(d("0.000"));
        assertThat(a.category()).contains(BilingualText.of("Duy trì tiến độ", "Maintain progress"));
        assertThat(a.reason().en()).isEqualTo(
                "The latest value, 61.0 % in 2023, meets the milestone at least 60 % by 2025: maintain progress.");
    }

    @Test
    void aRegressingSeriesMustReverseTheTrend() {
        // 40 (2021), 39.0 (2022), 37.0 (2023), weights 1, 2, 3: means 2022.333 and 229 / 6 = 38.167.
        // Sxy = 1×(−1.333×1.833) + 2×(−0.333×0.833) + 3×(0.667×−1.167) = −5.333; slope −1.6.
        // P(2025) = 38.167 − 1.6 × 2.667 = 33.9; gap = (60 − 33.9) / 20 = 1.305 ≥ 1: reverse the trend.
        Assessment a = METHOD.assess(SIXTY, first(SIXTY), series(2022, "39.0", 2023, "37.0"));
        assertThat(a.status()).isEqualTo(ProgressStatus.REGRESSING);
        assertThat(a.score()).contains(d("1.305"));
        assertThat(a.linearProjection()).contains(d("33.9"));
        assertThat(a.category()).contains(BilingualText.of("Cần đảo ngược xu hướng", "Reverse trend"));
        assertThat(a.reason().en()).contains("current status index -0.150");
        // A cap keeps one series far behind from outweighing the others in an average.
        assertThat(METHOD.withMaxGap(d("1.2")).assess(SIXTY, first(SIXTY), series(2022, "39.0", 2023, "37.0"))
                .score()).contains(d("1.200"));
    }

    @Test
    void aDecreaseDesirableIndicatorFallingFastEnoughIsOnTrack() {
        // Below 30 % by 2025, no baseline: base year 2015 (40). Values 2015: 40, 2019: 36, 2020: 34.
        // Weights 1, 5, 6: means t = 24230 / 12 = 2019.167, y = 424 / 12 = 35.333.
        // Sxx = 17.361 + 0.139 + 4.167 = 21.667; Sxy = −19.444 − 0.556 − 6.667 = −26.667; slope −1.231.
        // P(2025) = 35.333 − 1.231 × 5.833 = 28.15 → 28.2; gap = (30 − 28.154) / (30 − 40) = −0.185 ≤ 0.
        // On track, gap reported as 0; current status (34 − 40) / (30 − 40) = 0.600.
        Assessment a = METHOD.assess(BELOW_30, first(BELOW_30), series(2015, "40", 2019, "36", 2020, "34"));
        assertThat(a.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(a.score()).contains(d("0.000"));
        assertThat(a.linearProjection()).contains(d("28.2"));
        assertThat(a.category()).contains(BilingualText.of("Duy trì tiến độ", "Maintain progress"));
        assertThat(a.reason().en()).contains("anticipated progress gap is -0.185", "current status index 0.600");
    }

    @Test
    void aBaseValueAlreadyPastTheTargetThatSlippedBackMustReverse() {
        Target t = Target.builder("2.3", BilingualText.of("Dưới 30%.", "Below 30 %."), Fixtures.CHILD_MARRIAGE)
                .baseline(Baseline.of(YearPeriod.of(2021), d("25")))
                .milestone(Milestone.of(2025, Comparison.BELOW, d("30"), Unit.PERCENT))
                .build();
        Assessment a = METHOD.assess(t, first(t), series(2023, "31.0"));
        assertThat(a.status()).isEqualTo(ProgressStatus.REGRESSING);
        assertThat(a.score()).isEmpty();
        assertThat(a.category()).contains(BilingualText.of("Cần đảo ngược xu hướng", "Reverse trend"));
    }

    @Test
    void tooLittleDataIsInsufficient() {
        Assessment none = METHOD.assess(SIXTY, first(SIXTY), List.of());
        assertThat(none.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(none.category()).contains(BilingualText.of("Không đủ số liệu", "Insufficient data"));
        Assessment one = METHOD.assess(BELOW_30, first(BELOW_30), series(2023, "35.0"));
        assertThat(one.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(one.reason().en()).isEqualTo(
                "At least two values at two times are needed; there is only 35.0 % in 2023.");
        assertThat(METHOD.withBaseYear(2024).assess(SIXTY, first(SIXTY), series(2023, "45.0")).status())
                .isEqualTo(ProgressStatus.NO_DATA);
    }

    @Test
    void averagesGapsWithSimpleMeans() {
        // 0.495, 0.000 (achieved) and 1.305: (0.495 + 0 + 1.305) / 3 = 0.600, below 1: accelerate.
        Assessment slow = METHOD.assess(SIXTY, first(SIXTY), series(2022, "42.0", 2023, "45.0"));
        Assessment achieved = METHOD.assess(SIXTY, first(SIXTY), series(2023, "61.0"));
        Assessment worse = METHOD.assess(SIXTY, first(SIXTY), series(2022, "39.0", 2023, "37.0"));
        Assessment none = METHOD.assess(SIXTY, first(SIXTY), List.of());
        Assessment other = OpenSdgMethod.defaults().assess(SIXTY, first(SIXTY), series(2023, "50.0"));
        AverageScore s = EscapMethod.average(List.of(slow, achieved, worse, none, other)).orElseThrow();
        assertThat(s.score()).isEqualTo(d("0.600"));
        assertThat(s.count()).isEqualTo(3);
        assertThat(s.status()).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
        assertThat(s.category()).isEqualTo(BilingualText.of("Cần đẩy nhanh tiến độ", "Accelerate progress"));
        assertThat(EscapMethod.average(List.of(achieved, achieved)).orElseThrow().status())
                .isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(EscapMethod.average(List.of(none, other))).isEmpty();
    }

    @Test
    void producesAScorecard() {
        // 1.1 as progressTooSlowNeedsAcceleration; 1.2: 27.5 meets at least 27 by 2025; 2.1: no value.
        Dataset data = Dataset.builder()
                .add(Observation.of("SHARE", "14", YearPeriod.of(2022), d("42.0")))
                .add(Observation.of("SHARE", "14", YearPeriod.of(2023), d("45.0")))
                .add(Observation.of("W_OWNERS", "14", YearPeriod.of(2023), d("27.5")))
                .build();
        Scorecard card = Scorecard.of(ScorecardTest.PLAN, data, "14", Breakdown.TOTAL, METHOD);
        assertThat(card.method()).isEqualTo("escap");
        assertThat(card.rows()).extracting(ScorecardRow::status).containsExactly(
                ProgressStatus.NEEDS_ACCELERATION, ProgressStatus.ACHIEVED, ProgressStatus.NO_DATA);
        assertThat(card.row("1.1").orElseThrow().assessment().score()).contains(d("0.495"));
    }

    @Test
    void refusesBadParameters() {
        assertThatThrownBy(() -> METHOD.withBaseYear(10000)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("EscapMethod.baseYear");
                    assertThat(e.value()).isEqualTo("10000");
                    assertThat(e).hasMessage("EscapMethod.baseYear: 10000 is outside 1900 to 9999");
                });
        assertThatThrownBy(() -> METHOD.withMaxGap(d("0.5"))).isInstanceOfSatisfying(InvalidValueException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("EscapMethod.maxGap");
                    assertThat(e.value()).isEqualTo("0.5");
                    assertThat(e).hasMessage("EscapMethod.maxGap: 0.5 is below 1");
                });
        assertThatThrownBy(() -> METHOD.assess(SIXTY, first(OWNERS_27), List.of()))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void describesAndComparesItsParameters() {
        assertThat(METHOD.name()).isEqualTo("escap");
        assertThat(METHOD).hasToString("escap(baseYear=target, projection=TIME_WEIGHTED, maxGap=none)");
        assertThat(METHOD.withBaseYear(2015).withProjection(EscapMethod.Projection.ORDINARY).withMaxGap(d("2")))
                .hasToString("escap(baseYear=2015, projection=ORDINARY, maxGap=2)");
        assertThat(METHOD.withMaxGap(d("2.0"))).isEqualTo(METHOD.withMaxGap(d("2")))
                .hasSameHashCodeAs(METHOD.withMaxGap(d("2")));
        assertThat(METHOD.withMaxGap(d("2"))).isNotEqualTo(METHOD);
        assertThat(METHOD.withBaseYear(2015).withTargetBaseYear()).isEqualTo(METHOD);
        assertThat(METHOD.baseYear()).isEmpty();
        assertThat(METHOD.maxGap()).isEmpty();
        assertThat(METHOD.projection()).isEqualTo(EscapMethod.Projection.TIME_WEIGHTED);
    }

    @Property(tries = 300)
    void neverThrowsNorGivesANegativeGap(@ForAll("serieses") List<SeriesPoint> points,
            @ForAll("targets") Target target) {
        for (Milestone m : target.milestones()) {
            Assessment a = METHOD.assess(target, m, points);
            assertThat(a.status() == ProgressStatus.NO_DATA).isEqualTo(a.category().orElseThrow().en()
                    .equals("Insufficient data"));
            a.score().ifPresent(s -> assertThat(s.signum()).isNotNegative());
            assertThat(a.reason().en()).doesNotContain("NaN", "Infinity");
        }
    }

    @Provide
    Arbitrary<List<SeriesPoint>> serieses() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1990, 2040);
        Arbitrary<BigDecimal> values = Arbitraries.bigDecimals()
                .between(new BigDecimal("-1000"), new BigDecimal("1000000")).ofScale(2);
        return Combinators.combine(years, values).as((y, v) -> SeriesPoint.of(YearPeriod.of(y), v))
                .list().ofMaxSize(8).uniqueElements(SeriesPoint::period);
    }

    @Provide
    Arbitrary<Target> targets() {
        return Arbitraries.of(SIXTY, OWNERS_27, SRB_111, BELOW_30, OWNERS_2020, ABOUT_50);
    }
}
