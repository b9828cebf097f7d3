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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Open SDG measure. Expected values are worked out by hand from the formulas of Open SDG's
 * docs/progress-methodology.md and sdg-build's sdg/ProgressMeasure.py (growth_calculation,
 * methodology_1, methodology_2), as the comments show; two cases take their data from sdg-build's own
 * test fixtures (tests/assets/progress-calculation).
 */
class OpenSdgMethodTest {

    private static final OpenSdgMethod METHOD = OpenSdgMethod.defaults();

    /** Malaria incidence per 1,000, as sdg-build's fixture indicator_3-3-3.csv; 2 decimals. */
    private static final Indicator MALARIA = Indicator.builder("MALARIA",
                    BilingualText.of("Tỷ lệ mắc sốt rét", "Malaria incidence"), MeasureKind.RATIO, Unit.PER_1000)
            .decimals(2).build();

    /** sdg-build's fixture 3-3-3.yml: direction negative, target 0, by 2030 (the default target year). */
    private static final Target MALARIA_ZERO = Target.builder("3.3", BilingualText.of("Về 0 vào năm 2030.",
                    "Zero by 2030."), MALARIA)
            .milestone(Milestone.of(2030, Comparison.AT_MOST, d("0"), Unit.PER_1000))
            .build();

    @Test
    void sixtyFromFortyIsOnTrackWithScoreThreePointSixTwo() {
        // Base year 2021 (the baseline), 40; latest 2023, 50.0; target 60 by 2025.
        // CAGR = (50 / 40) ^ (1/2) - 1 = 11.80 %; needed = (60 / 40) ^ (1/4) - 1 = 10.67 %.
        // R = 0.11803 / 0.10668 = 1.106410430947… >= 0.95: on track; score 50/7 × R - 30/7 = 3.617217363907…,
        // unrounded as sdg-build publishes it (the reason shows 3.62).
        Assessment a = METHOD.assess(SIXTY, first(SIXTY), series(2023, "50.0"));
        assertThat(a.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(a.score().orElseThrow().doubleValue()).isCloseTo(3.617217363907743, within(1e-12));
        assertThat(a.progressValue().orElseThrow().doubleValue()).isCloseTo(1.106410430947084, within(1e-12));
        assertThat(a.category()).contains(BilingualText.of("Đúng tiến độ", "On track"));
        assertThat(a.method()).isEqualTo("open-sdg");
        assertThat(a.isAchieved()).isFalse();
        assertThat(a.latest()).contains(p(2023, "50.0"));
        assertThat(a.linearProjection()).isEmpty();
        assertThat(a.annualChangeNeeded()).isEmpty();
        assertThat(a.reason()).isEqualTo(BilingualText.of(
                "Tăng trưởng bình quân năm từ 40% năm 2021 đến 50,0% năm 2023 là 11,80%; để đạt mốc ít nhất 60%"
                        + " vào năm 2025 cần 10,67% mỗi năm kể từ năm gốc; tỷ số giữa hai mức là 1,106, điểm tiến độ"
                        + " 3,62.",
                "The compound annual growth from 40 % in 2021 to 50.0 % in 2023 is 11.80 %; reaching the milestone"
                        + " at least 60 % by 2025 needs 10.67 % a year from the base year; the ratio of the two is"
                        + " 1.106 and the progress score 3.62."));
    }

    @Test
    void aFallingShareThatFallsTooSlowlyNeedsAcceleration() {
        // Below 30 % by 2025, no baseline, so the base year is 2015 (40 %); latest 2020, 36 %.
        // CAGR = (36 / 40) ^ (1/5) - 1 = -2.09 %; needed = (30 / 40) ^ (1/10) - 1 = -2.84 %.
        // R = -1 × -0.02085 / 0.02836 = 0.735291137…: acceleration needed; score 50/7 × R - 30/7 = 0.966365265….
        Assessment a = METHOD.assess(BELOW_30, first(BELOW_30), series(2015, "40", 2020, "36"));
        assertThat(a.status()).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
        assertThat(a.score().orElseThrow().doubleValue()).isCloseTo(0.966365265728359, within(1e-12));
        assertThat(a.progressValue().orElseThrow().doubleValue()).isCloseTo(0.7352911372019703, within(1e-12));
        assertThat(a.category()).contains(
                BilingualText.of("Có tiến bộ nhưng cần đẩy nhanh", "Progress made but acceleration needed"));
    }

    @Test
    void aSeriesMovingAwayDeteriorates() {
        // 40 → 38 from 2021 to 2023: CAGR = 0.95 ^ (1/2) - 1 = -2.53 %; R = -0.02532 / 0.10668 = -0.237 < 0.
        // Score 25/6 × R - 5/2 with R = -0.237346361878… : -3.488943174494….
        Assessment a = METHOD.assess(SIXTY, first(SIXTY), series(2023, "38.0"));
        assertThat(a.status()).isEqualTo(ProgressStatus.REGRESSING);
        assertThat(a.score().orElseThrow().doubleValue()).isCloseTo(-3.4889431744944566, within(1e-12));
        assertThat(a.category()).contains(BilingualText.of("Đang xấu đi", "Deterioration"));
    }

    @Test
    void aTargetAchievedScoresFive() {
        Assessment a = METHOD.assess(SIXTY, first(SIXTY), series(2023, "61.0"));
        assertThat(a.status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(a.isAchieved()).isTrue();
        assertThat(a.score().orElseThrow()).isEqualByComparingTo("5");
        assertThat(a.progressValue()).isEmpty(); // sdg-build returns target_achieved before any growth
        assertThat(a.category()).contains(BilingualText.of("Đã đạt chỉ tiêu", "Target achieved"));
    }

    @Test
    void sdgBuildFixtureThreeThreeThreeWithATargetOfZeroDeteriorates() {
        // open-sdg/sdg-build commit 51354770, tests/assets/progress-calculation: indicator_3-3-3.csv (headline
        // 2010–2019) and 3-3-3.yml (direction negative, target 0). Base year 2015: 1.55; latest 2019: 1.82; target 0 → 0.001.
        // CAGR = (1.82 / 1.55) ^ (1/4) - 1 = 4.10 %; needed = (0.001 / 1.55) ^ (1/15) - 1 = -38.72 %.
        // R = -1 × 0.04096 / 0.38721 = -0.105787671382…: deterioration; score 25/6 × R - 5/2 = -2.940781964091….
        List<SeriesPoint> headline = series(2010, "1.51", 2011, "1.51", 2012, "1.38", 2013, "1.4", 2014, "1.27",
                2015, "1.55", 2016, "1.69", 2017, "1.65", 2018, "1.62", 2019, "1.82");
        Assessment a = METHOD.assess(MALARIA_ZERO, first(MALARIA_ZERO), headline);
        assertThat(a.status()).isEqualTo(ProgressStatus.REGRESSING);
        assertThat(a.score().orElseThrow().doubleValue()).isCloseTo(-2.940781964091759, within(1e-12));
        assertThat(a.progressValue().orElseThrow().doubleValue()).isCloseTo(-0.1057876713820222, within(1e-12));
        assertThat(a.reason().en()).contains("is 4.10 %", "needs -38.72 %", "ratio of the two is -0.106");
    }

    @Test
    void sdgBuildFixtureOneOneOneWithoutATargetDeteriorates() {
        // open-sdg/sdg-build commit 6d3d128a, tests/assets/progress-calculation: indicator_1-1-1.csv (headline
        // 2020: 100, 2021: 120) and 1-1-1.yml (defaults: base year 2015, direction negative, no target). 2015 has no value, so 2020 is the base.
        // CAGR = 120 / 100 - 1 = 20 %, negated for the negative direction: -20 % <= -2 %: score -5.
        Assessment a = METHOD.withoutTargets().withBaseYear(2015).assess(MALARIA_ZERO, first(MALARIA_ZERO),
                series(2020, "100", 2021, "120"));
        assertThat(a.status()).isEqualTo(ProgressStatus.REGRESSING);
        assertThat(a.score().orElseThrow()).isEqualByComparingTo("-5");
        assertThat(a.progressValue().orElseThrow().doubleValue()).isCloseTo(-0.2, within(1e-12));
        assertThat(a.reason().en()).isEqualTo("Without the target value: the compound annual growth in the"
                + " desired direction from 100 per 1,000 in 2020 to 120 per 1,000 in 2021 is -20.00 %; the progress"
                + " score is -5.00.");
    }

    @ParameterizedTest
    @CsvSource({
        // latest 2023 (from 40 in 2021), C, status, score: v = (latest / 40) ^ (1/2) - 1, score unrounded
        // 50: v = 11.80 % >= 2 % C: on track, score 5
        "50.0, 1, ON_TRACK, 5",
        // 40.6: v = 0.747208 %, between 0.5 % and 1.5 %: 2.5 × (0.747208 - 0.5) / 1 = 0.618021
        "40.6, 1, NEEDS_ACCELERATION, 0.6180209951235649",
        // C = 0.5 scales the rates to 0.25 %, 0.75 %, 1 %: 0.747 % < 0.75 %: 2.5 × (0.747208 - 0.25) / 0.5 = 2.486042
        "40.6, 0.5, NEEDS_ACCELERATION, 2.48604199024713",
        // 40.1: v = 0.124922 %, below 0.5 %: -2.5 + 2.5 × 0.124922 / 0.5 = -1.875390
        "40.1, 1, OFF_TRACK, -1.875390137480335",
        // 39.2: v = -1.005051 %: -5 + 2.5 × (2 - 1.005051) / 2 = -3.756313
        "39.2, 1, REGRESSING, -3.7563132923541773",
        // C = 0, at the natural limit: any v >= 0 is on track with score 5
        "40.0, 0, ON_TRACK, 5"
    })
    void withoutATargetTheGrowthIsBandedByFixedRates(String latest, String c, ProgressStatus status,
            double score) {
        Assessment a = METHOD.withoutTargets().withScalingFactor(d(c))
                .assess(SIXTY, first(SIXTY), series(2023, latest));
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.score().orElseThrow().doubleValue()).isCloseTo(score, within(1e-12));
    }

    @Test
    void tooLittleDataIsUnableToAssess() {
        Assessment none = METHOD.assess(SIXTY, first(SIXTY), List.of());
        assertThat(none.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(none.score()).isEmpty();
        assertThat(none.category()).contains(BilingualText.of("Không đánh giá được", "Unable to assess"));
        // One value, no baseline: fewer than two years, even though it meets the milestone (as sdg-build).
        Assessment one = METHOD.assess(BELOW_30, first(BELOW_30), series(2023, "20.0"));
        assertThat(one.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(one.isAchieved()).isTrue();
        assertThat(one.reason().en()).isEqualTo(
                "The measure needs values for at least two years from the base year 2015; there is only 2023.");
        // A fixed base year after the latest value.
        Assessment late = METHOD.withBaseYear(2024).assess(SIXTY, first(SIXTY), series(2023, "50.0"));
        assertThat(late.status()).isEqualTo(ProgressStatus.NO_DATA);
        // Opposite signs: the compound growth does not apply.
        Assessment signs = METHOD.withBaseYear(2021).assess(SRB_111, first(SRB_111),
                series(2021, "-5", 2023, "120"));
        assertThat(signs.status()).isEqualTo(ProgressStatus.NO_DATA);
    }

    @Test
    void theIndicatorScoreIsTheMeanOfTheSeriesScores() {
        // 3.6172…, 0.9664… and -3.4889… from the cases above, unrounded: their mean 0.364879818380…, in [0, 2.5).
        Assessment onTrack = METHOD.assess(SIXTY, first(SIXTY), series(2023, "50.0"));
        Assessment slow = METHOD.assess(BELOW_30, first(BELOW_30), series(2015, "40", 2020, "36"));
        Assessment worse = METHOD.assess(SIXTY, first(SIXTY), series(2023, "38.0"));
        Assessment none = METHOD.assess(SIXTY, first(SIXTY), List.of());
        Assessment other = BinhdangMethod.INSTANCE.assess(SIXTY, first(SIXTY), series(2023, "50.0"));
        AverageScore s = OpenSdgMethod.indicatorScore(List.of(onTrack, slow, worse, none, other)).orElseThrow();
        assertThat(s.score().doubleValue()).isCloseTo(0.36487981838054856, within(1e-12));
        assertThat(s.count()).isEqualTo(3);
        assertThat(s.status()).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
        Assessment achieved = METHOD.assess(SIXTY, first(SIXTY), series(2023, "61.0"));
        assertThat(OpenSdgMethod.indicatorScore(List.of(achieved, achieved)).orElseThrow().status())
                .isEqualTo(ProgressStatus.ACHIEVED);
        // One achieved and one on track: the mean is 4.31, on track, not achieved.
        assertThat(OpenSdgMethod.indicatorScore(List.of(achieved, onTrack)).orElseThrow().status())
                .isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(OpenSdgMethod.indicatorScore(List.of(none, other))).isEmpty();
    }

    @Test
    void producesAScorecard() {
        // 1.1 as sixtyFromFortyIsOnTrackWithScoreThreePointSixTwo; 1.2: one value and no baseline, unable
        // to assess; 2.1: no value.
        Dataset data = Dataset.builder()
                .add(Observation.of("SHARE", "14", YearPeriod.of(2023), d("50.0")))
                .add(Observation.of("W_OWNERS", "14", YearPeriod.of(2023), d("27.5")))
                .build();
        Scorecard card = Scorecard.of(ScorecardTest.PLAN, data, "14", Breakdown.TOTAL, METHOD);
        assertThat(card.method()).isEqualTo("open-sdg");
        assertThat(card.rows()).extracting(ScorecardRow::status).containsExactly(
                ProgressStatus.ON_TRACK, ProgressStatus.NO_DATA, ProgressStatus.NO_DATA);
        assertThat(card.row("1.1").orElseThrow().assessment().score().orElseThrow().doubleValue())
                .isCloseTo(3.617217363907743, within(1e-12));
    }

    @Test
    void refusesBadParameters() {
        assertThatThrownBy(() -> METHOD.withBaseYear(1800)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("OpenSdgMethod.baseYear");
                    assertThat(e.value()).isEqualTo("1800");
                    assertThat(e).hasMessage("OpenSdgMethod.baseYear: 1800 is outside 1900 to 9999");
                });
        assertThatThrownBy(() -> METHOD.withScalingFactor(d("1.5"))).isInstanceOfSatisfying(
                InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("OpenSdgMethod.scalingFactor");
                    assertThat(e.value()).isEqualTo("1.5");
                    assertThat(e).hasMessage("OpenSdgMethod.scalingFactor: 1.5 must be from 0 to 1");
                });
        assertThatThrownBy(() -> METHOD.withZeroReplacement(d("0"))).isInstanceOfSatisfying(
                InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("OpenSdgMethod.zeroReplacement");
                    assertThat(e).hasMessage("OpenSdgMethod.zeroReplacement: 0 must be above 0");
                });
        assertThatThrownBy(() -> METHOD.assess(SIXTY, first(OWNERS_27), List.of()))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void describesAndComparesItsParameters() {
        assertThat(METHOD.name()).isEqualTo("open-sdg");
        assertThat(METHOD).hasToString(
                "open-sdg(baseYear=target, targets=used, scalingFactor=1, zeroReplacement=0.001)");
        assertThat(METHOD.withBaseYear(2015).withoutTargets().withScalingFactor(d("0.50"))).hasToString(
                "open-sdg(baseYear=2015, targets=ignored, scalingFactor=0.50, zeroReplacement=0.001)");
        assertThat(METHOD.withScalingFactor(d("1.00"))).isEqualTo(METHOD).hasSameHashCodeAs(METHOD);
        assertThat(METHOD.withBaseYear(2015)).isNotEqualTo(METHOD);
        assertThat(METHOD.withBaseYear(2015).withTargetBaseYear().withoutTargets().withTargets()).isEqualTo(METHOD);
        assertThat(METHOD.baseYear()).isEmpty();
        assertThat(METHOD.usesTargets()).isTrue();
        assertThat(METHOD.zeroReplacement()).isEqualTo(d("0.001"));
        assertThat(METHOD.scalingFactor()).isEqualTo(BigDecimal.ONE);
    }

    @Property(tries = 300)
    void neverThrowsAndKeepsTheScoreWithinFiveEitherWay(@ForAll("serieses") List<SeriesPoint> points,
            @ForAll("targets") Target target, @ForAll boolean useTargets) {
        OpenSdgMethod method = useTargets ? METHOD : METHOD.withoutTargets();
        for (Milestone m : target.milestones()) {
            Assessment a = method.assess(target, m, points);
            assertThat(a.score().isPresent()).isEqualTo(a.status() != ProgressStatus.NO_DATA);
            a.score().ifPresent(s -> assertThat(s).isBetween(d("-5"), d("5")));
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
        return Arbitraries.of(SIXTY, OWNERS_27, SRB_111, BELOW_30, OWNERS_2020, ABOUT_50, MALARIA_ZERO);
    }
}
