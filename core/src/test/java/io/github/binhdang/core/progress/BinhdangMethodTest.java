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

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.strategy.Baseline;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Target;
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

class BinhdangMethodTest {

    private static final BinhdangMethod METHOD = BinhdangMethod.INSTANCE;

    @Test
    void sixtyByTwentyTwentyFiveFromFortyAndFiftyIsOnTrack() {
        // Baseline 40 % in 2021 at 2021.5 and 50.0 % in 2023 at 2023.5; milestone at 2025.5.
        // Means t = 2022.5, y = 45; slope = ((-1)(-5) + (1)(5)) / ((-1)² + 1²) = 10 / 2 = 5 a year.
        // Linear: 45 + 5 × (2025.5 - 2022.5) = 60 → 60.0, which is at least 60: on track.
        // Compound: 50 × (50 / 40) ^ ((2025.5 - 2023.5) / (2023.5 - 2021.5)) = 50 × 1.25 = 62.5.
        // Needed: (60 - 50.0) / 2 = 5.0 a year.
        Assessment a = METHOD.assess(SIXTY, first(SIXTY), series(2023, "50.0"));
        assertThat(a.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(a.isAchieved()).isFalse();
        assertThat(a.latest()).contains(p(2023, "50.0"));
        assertThat(a.linearProjection()).contains(d("60.0"));
        assertThat(a.compoundProjection()).contains(d("62.5"));
        assertThat(a.annualChangeNeeded()).contains(d("5.0"));
        assertThat(a.method()).isEqualTo("binhdang");
        assertThat(a.target()).isEqualTo("1.1");
        assertThat(a.milestone()).isEqualTo(first(SIXTY));
        assertThat(a.reason()).isEqualTo(BilingualText.of(
                "Theo xu hướng tuyến tính, giá trị sẽ đạt 60,0% vào năm 2025; mốc chỉ tiêu là ít nhất 60%.",
                "The linear trend reaches 60.0 % by 2025; the milestone is at least 60 %."));
    }

    @Test
    void anObservedValueForTheBaselinePeriodReplacesTheBaseline() {
        // 2021: 44.0 observed (not the baseline's 40) and 2023: 50.0: slope 3, means 2022.5 and 47;
        // 47 + 3 × 3 = 56.0, short of 60.
        Assessment a = METHOD.assess(SIXTY, first(SIXTY), series(2021, "44.0", 2023, "50.0"));
        assertThat(a.linearProjection()).contains(d("56.0"));
    }

    @Test
    void aSexRatioOf112AgainstAtMost111IsNotAchievedAndASingleValueNeedsAcceleration() {
        // 112 is above 111: not achieved. One value: no trend. Needed: (111 - 112) / (2025.5 - 2024.5) = -1.00.
        Assessment a = METHOD.assess(SRB_111, first(SRB_111), series(2024, "112"));
        assertThat(a.isAchieved()).isFalse();
        assertThat(a.status()).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
        assertThat(a.annualChangeNeeded()).contains(d("-1.00"));
        assertThat(a.linearProjection()).isEmpty();
        assertThat(a.compoundProjection()).isEmpty();
        assertThat(a.reason()).isEqualTo(BilingualText.of(
                "Giá trị mới nhất, 112/100 năm 2024, chưa đạt mốc không vượt quá 111/100 vào năm 2025;"
                        + " một giá trị đơn lẻ chưa cho biết xu hướng. Để đạt mốc cần thay đổi -1,00/100 mỗi năm.",
                "The latest value, 112 per 100 in 2024, does not yet meet the milestone at most 111 per 100 by 2025;"
                        + " a single value gives no trend. Reaching it needs a change of -1.00 per 100 a year."));
    }

    @Test
    void aSexRatioRisingFromItsBaselineIsRegressing() {
        // 111.5 in 2019 (2019.5) and 112 in 2024 (2024.5): slope 0.5 / 5 = 0.1 a year, upward, but
        // "at most" wants it down. Means 2022 and 111.75: 111.75 + 0.1 × 3.5 = 112.10.
        // Compound: 112 × (112 / 111.5) ^ (1 / 5) = 112.1003 → 112.10.
        Target t = Target.builder("2.1", BilingualText.of("x"), Fixtures.SRB)
                .baseline(Baseline.of(YearPeriod.of(2019), d("111.5")))
                .milestone(Milestone.of(2025, Comparison.AT_MOST, d("111"), Unit.PER_100)).build();
        Assessment a = METHOD.assess(t, first(t), series(2024, "112"));
        assertThat(a.status()).isEqualTo(ProgressStatus.REGRESSING);
        assertThat(a.linearProjection()).contains(d("112.10"));
        assertThat(a.compoundProjection()).contains(d("112.10"));
        assertThat(a.reason().en()).isEqualTo("The linear trend moves away from the milestone, by +0.10 per 100 a year,"
                + " and reaches 112.10 per 100 by 2025; the milestone is at most 111 per 100.");
    }

    @Test
    void aTargetAlreadyReachedIsAchieved() {
        // 27.5 ≥ 27. Needed: (27 - 27.5) / 2 = -0.25 → -0.3 half up (away from zero).
        Assessment a = METHOD.assess(OWNERS_27, first(OWNERS_27), series(2023, "27.5"));
        assertThat(a.status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(a.isAchieved()).isTrue();
        assertThat(a.annualChangeNeeded()).contains(d("-0.3"));
        assertThat(a.reason()).isEqualTo(BilingualText.of(
                "Giá trị mới nhất, 27,5% năm 2023, đã đạt mốc ít nhất 27% vào năm 2025.",
                "The latest value, 27.5 % in 2023, meets the milestone at least 27 % by 2025."));
    }

    @Test
    void aFallingShareAgainstAtLeastIsRegressing() {
        // 50.0, 48.0, 45.0 in 2021-2023: means 2022.5 and 47.667; Sxy = (-1)(2.333) + (1)(-2.667) = -5,
        // Sxx = 2, slope -2.5; 47.667 - 2.5 × 3 = 40.167 → 40.2. Compound: 45 × (45 / 50) ^ (2 / 2) = 40.5.
        // Needed: (60 - 45.0) / 2 = 7.5.
        Assessment a = METHOD.assess(SIXTY, first(SIXTY),
                series(2021, "50.0", 2022, "48.0", 2023, "45.0"));
        assertThat(a.status()).isEqualTo(ProgressStatus.REGRESSING);
        assertThat(a.linearProjection()).contains(d("40.2"));
        assertThat(a.compoundProjection()).contains(d("40.5"));
        assertThat(a.annualChangeNeeded()).contains(d("7.5"));
        assertThat(a.reason()).isEqualTo(BilingualText.of(
                "Xu hướng tuyến tính đi ngược mốc, -2,5 điểm phần trăm mỗi năm, và sẽ ở mức 40,2% vào năm 2025;"
                        + " mốc chỉ tiêu là ít nhất 60%.",
                "The linear trend moves away from the milestone, by -2.5 percentage points a year, and reaches"
                        + " 40.2 % by 2025; the milestone is at least 60 %."));
    }

    @Test
    void aShareFallingFastEnoughBelowThirtyIsOnTrack() {
        // 40.0, 36.0, 32.0 in 2021-2023: slope -4, means 2022.5 and 36; 36 - 4 × 3 = 24.0 < 30.
        // Compound: 32 × (32 / 40) ^ (2 / 2) = 25.6. Needed: (30 - 32.0) / 2 = -1.0.
        Assessment a = METHOD.assess(BELOW_30, first(BELOW_30), series(2021, "40.0", 2022, "36.0", 2023, "32.0"));
        assertThat(a.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(a.linearProjection()).contains(d("24.0"));
        assertThat(a.compoundProjection()).contains(d("25.6"));
        assertThat(a.annualChangeNeeded()).contains(d("-1.0"));
        assertThat(a.reason().en()).isEqualTo("The linear trend reaches 24.0 % by 2025; the milestone is below 30 %.");
    }

    @Test
    void aMilestoneAlreadyPastAndNotMetIsOffTrack() {
        // Milestone 2020 at 2020.5; latest 2021 at 2021.5: past. 24.0 < 27, and it rose from 20.0.
        Assessment a = METHOD.assess(OWNERS_2020, first(OWNERS_2020), series(2019, "20.0", 2021, "24.0"));
        assertThat(a.status()).isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(a.linearProjection()).isEmpty();
        assertThat(a.compoundProjection()).isEmpty();
        assertThat(a.annualChangeNeeded()).isEmpty();
        assertThat(a.reason()).isEqualTo(BilingualText.of(
                "Không đạt mốc ít nhất 27% vào năm 2020: giá trị mới nhất là 24,0% năm 2021.",
                "The milestone at least 27 % by 2020 was not met: the latest value is 24.0 % in 2021."));
    }

    @Test
    void aMilestoneAlreadyPastWithTheLastChangeAwayIsRegressing() {
        Assessment a = METHOD.assess(OWNERS_2020, first(OWNERS_2020), series(2019, "26.0", 2021, "24.0"));
        assertThat(a.status()).isEqualTo(ProgressStatus.REGRESSING);
        assertThat(a.reason().en()).isEqualTo("The milestone at least 27 % by 2020 was not met, and the latest value,"
                + " 24.0 % in 2021, is further from it than 26.0 % in 2019.");
    }

    @Test
    void aMilestoneForTheLatestYearItselfIsJudgedOnItsValue() {
        // Latest 2020 at 2020.5 = the milestone's midpoint: nothing left to project; one value, not met.
        Assessment a = METHOD.assess(OWNERS_2020, first(OWNERS_2020), series(2020, "26.9"));
        assertThat(a.status()).isEqualTo(ProgressStatus.OFF_TRACK);
    }

    @Test
    void noValueIsNoDataWithItsReason() {
        Assessment a = METHOD.assess(SIXTY, first(SIXTY), List.of());
        assertThat(a.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(a.latest()).isEmpty();
        assertThat(a.isAchieved()).isFalse();
        assertThat(a.linearProjection()).isEmpty();
        assertThat(a.annualChangeNeeded()).isEmpty();
        assertThat(a.reason()).isEqualTo(BilingualText.of(
                "Chưa có số liệu, nên chưa đánh giá được tiến độ so với mốc ít nhất 60% vào năm 2025.",
                "No value is available, so progress towards at least 60 % by 2025 cannot be assessed."));
    }

    @Test
    void aTrendCoveringHalfTheDistanceNeedsAcceleration() {
        // 40 (baseline 2021) and 46.0 (2023): slope 3, means 2022.5 and 43; 43 + 3 × 3 = 52.0, short of 60.
        // Covered: (52 - 40) / (60 - 40) = 0.6 ≥ 0.5. Needed: (60 - 46.0) / 2 = 7.0.
        Assessment a = METHOD.assess(SIXTY, first(SIXTY), series(2023, "46.0"));
        assertThat(a.status()).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
        assertThat(a.linearProjection()).contains(d("52.0"));
        assertThat(a.reason()).isEqualTo(BilingualText.of(
                "Theo xu hướng tuyến tính, giá trị sẽ đạt 52,0% vào năm 2025, chưa đạt mốc ít nhất 60%;"
                        + " mức thay đổi mỗi năm cần chuyển từ +3,0 điểm phần trăm thành +7,0 điểm phần trăm.",
                "The linear trend reaches 52.0 % by 2025, which does not meet the milestone at least 60 %;"
                        + " the change a year must go from +3.0 percentage points to +7.0 percentage points."));
    }

    @Test
    void aTrendCoveringLessThanHalfTheDistanceIsOffTrackUnlessTheShareIsLowered() {
        // 40 (2021) and 42.0 (2023): slope 1, means 2022.5 and 41; 41 + 1 × 3 = 44.0.
        // Covered: (44 - 40) / (60 - 40) = 0.2 < 0.5: off track; with a share of 0.2 it needs acceleration.
        // Needed: (60 - 42.0) / 2 = 9.0.
        Assessment a = METHOD.assess(SIXTY, first(SIXTY), series(2023, "42.0"));
        assertThat(a.status()).isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(a.reason()).isEqualTo(BilingualText.of(
                "Theo xu hướng tuyến tính, giá trị sẽ đạt 44,0% vào năm 2025, mới được 20% quãng đường từ 40% năm 2021"
                        + " đến mốc ít nhất 60%; để đạt mốc cần thay đổi +9,0 điểm phần trăm mỗi năm.",
                "The linear trend reaches 44.0 % by 2025, only 20 % of the way from 40 % in 2021 to the milestone"
                        + " at least 60 %; reaching it needs a change of +9.0 percentage points a year."));
        BinhdangMethod lenient = METHOD.withAccelerationShare(d("0.2"));
        assertThat(lenient.assess(SIXTY, first(SIXTY), series(2023, "42.0")).status())
                .isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
    }

    @ParameterizedTest(name = "about 50 % with tolerance {0}: {1} met = {2}")
    @CsvSource({
        // 5 % of 50 is 2.5: 47.5 to 52.5; 2 % of 50 is 1.0: 49.0 to 51.0.
        "0.05, 52.5, true",
        "0.05, 47.5, true",
        "0.05, 52.6, false",
        "0.02, 51.0, true",
        "0.02, 52.0, false",
        "0, 50.00, true",
        "0, 50.1, false",
    })
    void aboutIsMetWithinTheRelativeTolerance(String tolerance, String value, boolean met) {
        BinhdangMethod m = METHOD.withTolerance(d(tolerance));
        assertThat(m.isMet(d(value), first(ABOUT_50))).isEqualTo(met);
        assertThat(m.assess(ABOUT_50, first(ABOUT_50), series(2023, value)).isAchieved()).isEqualTo(met);
    }

    @ParameterizedTest(name = "about {0}: {1} met = {2}")
    @CsvSource({
        // Half a unit of the milestone's last written digit, bounds included (worked by hand):
        // "about 111" is 110.5 to 111.5; the figures: 115 (2011–2020 cap) and the national 111.8
        // are not about 111.
        "111, 111.5, true",
        "111, 110.5, true",
        "111, 111.51, false",
        "111, 111.8, false",
        "111, 115, false",
        "111, 110.49, false",
        // "about 111.0" is 110.95 to 111.05.
        "111.0, 111.05, true",
        "111.0, 111.06, false",
        "111.0, 110.95, true",
    })
    void aboutIsMetWithinHalfAUnitOfTheMilestonesLastDigit(String milestone, String value, boolean met) {
        Milestone about = Milestone.of(2025, Comparison.ABOUT, d(milestone), Unit.PER_100);
        assertThat(METHOD.isMet(d(value), about)).isEqualTo(met);
    }

    @Test
    void aTargetSetsItsOwnToleranceForAbout() {
        // "About 60 %" with the target's own tolerance of 2: 58 to 62.
        Milestone about = Milestone.of(2030, Comparison.ABOUT, d("60"), Unit.PERCENT).withTolerance(d("2"));
        assertThat(METHOD.isMet(d("62.0"), about)).isTrue();
        assertThat(METHOD.isMet(d("57.9"), about)).isFalse();
        // A relative tolerance on the method replaces the milestone's: 5 % of 60 is 3.
        assertThat(METHOD.withTolerance(d("0.05")).isMet(d("57.0"), about)).isTrue();
    }

    @Test
    void theNationalSexRatioAtBirthIsNotAboutOneHundredAndEleven() {
        // The case: 112.8 (2015) to 111.8 (2023) against "about 111 by 2025". 111.8 is 0.8 from 111,
        // beyond 0.5: not achieved (with 5 % either side it was, 105.45 to 116.55).
        Target srb = Target.builder("4.a", BilingualText.of("Khoảng 111 vào năm 2025.", "About 111 by 2025."),
                        Fixtures.SRB)
                .milestone(Milestone.of(2025, Comparison.ABOUT, d("111"), Unit.PER_100)).build();
        Assessment a = METHOD.assess(srb, first(srb), series(2015, "112.8", 2023, "111.8"));
        assertThat(a.isAchieved()).isFalse();
        assertThat(a.status()).isNotEqualTo(ProgressStatus.ACHIEVED);
    }

    @ParameterizedTest(name = "{0} {1}: {2} met = {3}")
    @CsvSource({
        "AT_LEAST, 60, 60.0, true",
        "AT_LEAST, 60, 59.9, false",
        "ABOVE, 60, 60.0, false",
        "AT_MOST, 11, 11.0, true",
        "AT_MOST, 11, 11.1, false",
        "BELOW, 30, 30.0, false",
        "BELOW, 30, 29.9, true",
        "EQUAL, 100, 100.0, true",
        "EQUAL, 100, 99.9, false",
    })
    void otherComparisonsAreMetAsTheyRead(Comparison comparison, String milestone, String value, boolean met) {
        Milestone m = Milestone.of(2025, comparison, d(milestone), Unit.PERCENT);
        assertThat(METHOD.isMet(d(value), m)).isEqualTo(met);
    }

    @Test
    void aboutMovingAwayFromItsValueIsRegressing() {
        // About 50: 56.0 (2021), 58.0 (2023): latest above the band (52.5) and rising away; slope +1.
        Assessment a = METHOD.assess(ABOUT_50, first(ABOUT_50), series(2021, "56.0", 2023, "58.0"));
        assertThat(a.status()).isEqualTo(ProgressStatus.REGRESSING);
        // Falling towards it: 58.0 (2021), 56.0 (2023): slope -1; 57 - 3 = 54.0, outside the band;
        // covered (54 - 58) / (50 - 58) = 0.5: needs acceleration.
        Assessment b = METHOD.assess(ABOUT_50, first(ABOUT_50), series(2021, "58.0", 2023, "56.0"));
        assertThat(b.status()).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
        assertThat(b.linearProjection()).contains(d("54.0"));
    }

    @Test
    void aQualifiedLatestValueIsTakenAsItsNumberAndTheReasonSaysSo() {
        Assessment a = METHOD.assess(OWNERS_27, first(OWNERS_27), List.of(p(2023, "27.5", Qualifier.MORE_THAN)));
        assertThat(a.status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(a.reason()).isEqualTo(BilingualText.of(
                "Giá trị mới nhất, 27,5% năm 2023, đã đạt mốc ít nhất 27% vào năm 2025."
                        + " Giá trị mới nhất được báo cáo là “hơn 27,5%” và được tính là 27,5%.",
                "The latest value, 27.5 % in 2023, meets the milestone at least 27 % by 2025."
                        + " The latest value was reported as “more than 27.5 %” and is taken as 27.5 %."));
    }

    @Test
    void theCompoundProjectionNeedsPositiveValues() {
        // A first value of 0 has no growth rate; the linear trend still works: slope 5, means 2022.5 and 5,
        // 5 + 5 × 3 = 20.0; covered (20 - 0) / (60 - 0) = 0.33 < 0.5: off track.
        Assessment a = METHOD.assess(SIXTY, first(SIXTY), series(2021, "0.0", 2023, "10.0"));
        assertThat(a.compoundProjection()).isEmpty();
        assertThat(a.linearProjection()).contains(d("20.0"));
        assertThat(a.status()).isEqualTo(ProgressStatus.OFF_TRACK);
    }

    @Test
    void valuesAtOnePointInTimeGiveNoTrend() {
        // The year 2023 and the span 2022/2024 share the midpoint 2023.5: no slope can be fitted.
        List<SeriesPoint> same = List.of(SeriesPoint.of(io.github.binhdang.core.period.SpanPeriod.ofClosed(2022, 2024),
                d("45.0")), p(2023, "50.0"));
        Target noBaseline = Target.builder("1.1", BilingualText.of("x"), Fixtures.SHARE)
                .milestone(Milestone.of(2025, Comparison.AT_LEAST, d("60"), Unit.PERCENT)).build();
        Assessment a = METHOD.assess(noBaseline, first(noBaseline), same);
        assertThat(a.status()).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
        assertThat(a.linearProjection()).isEmpty();
    }

    @Test
    void refusesAMilestoneOfAnotherTargetAndTwoValuesForOnePeriod() {
        assertThatThrownBy(() -> METHOD.assess(SIXTY, first(OWNERS_27), List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Assessment.milestone");
                    assertThat(e.value()).isEqualTo("2025: ≥ 27 percent");
                    assertThat(e).hasMessage(
                            "Assessment.milestone: 2025: ≥ 27 percent is not a milestone of target 1.1");
                });
        assertThatThrownBy(() -> METHOD.assess(SIXTY, first(SIXTY), series(2023, "50.0", 2023, "51.0")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Series.points");
                    assertThat(e.value()).isEqualTo("2023");
                });
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"-0.01", "1.01"})
    void refusesThresholdsOutsideZeroToOne(String bad) {
        assertThatThrownBy(() -> METHOD.withTolerance(d(bad)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("BinhdangMethod.tolerance");
                    assertThat(e.value()).isEqualTo(bad);
                    assertThat(e).hasMessage("BinhdangMethod.tolerance: " + bad + " must be from 0 to 1");
                });
        assertThatThrownBy(() -> METHOD.withAccelerationShare(d(bad)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("BinhdangMethod.accelerationShare"));
    }

    @Test
    void hasDefaultsAndComparesItsThresholds() {
        assertThat(ProgressMethod.defaults()).isSameAs(METHOD);
        assertThat(METHOD.name()).isEqualTo("binhdang");
        assertThat(METHOD.tolerance()).isEmpty(); // each milestone's own
        assertThat(METHOD.accelerationShare()).isEqualTo(d("0.5"));
        assertThat(METHOD).hasToString("binhdang(tolerance=milestone, accelerationShare=0.5)");
        assertThat(METHOD.withTolerance(d("0.05"))).hasToString("binhdang(tolerance=0.05, accelerationShare=0.5)");
        assertThat(BinhdangMethod.of(d("0.050"), d("0.50"))).isEqualTo(METHOD.withTolerance(d("0.05")))
                .hasSameHashCodeAs(METHOD.withTolerance(d("0.05")));
        assertThat(METHOD.withTolerance(d("0.02"))).isNotEqualTo(METHOD);
        assertThat(METHOD.withTolerance(d("0.02")).withMilestoneTolerance()).isEqualTo(METHOD)
                .hasSameHashCodeAs(METHOD);
        assertThat(METHOD.withAccelerationShare(d("0.4"))).isNotEqualTo(METHOD);
        assertThat(METHOD.withTolerance(BigDecimal.ONE).tolerance()).contains(BigDecimal.ONE);
    }

    @Test
    void valuesBeyondDoubleRangeGiveNoProjectionRatherThanInfinity() {
        // 1E+400 and 2E+400 are infinite as doubles: no trend, no compound rate; the change needed is exact.
        Assessment a = METHOD.assess(SRB_111, first(SRB_111), List.of(p(2021, "1E+400"), p(2023, "2E+400")));
        assertThat(a.linearProjection()).isEmpty();
        assertThat(a.compoundProjection()).isEmpty();
        assertThat(a.status()).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
        // (111 - 2E+400) / (2025.5 - 2023.5) = 55.5 - 1E+400.
        assertThat(a.annualChangeNeeded().orElseThrow()).isEqualByComparingTo(d("-1E+400").add(d("55.5")));
    }

    @Property(tries = 500)
    void neverThrowsNorLeavesAFigureUnrounded(@ForAll("serieses") List<SeriesPoint> points,
            @ForAll("targets") Target target) {
        int decimals = target.indicator().decimals();
        for (Milestone m : target.milestones()) {
            Assessment a = METHOD.assess(target, m, points);
            assertThat(a.status() == ProgressStatus.NO_DATA).isEqualTo(points.isEmpty());
            assertThat(a.isAchieved()).isEqualTo(a.status() == ProgressStatus.ACHIEVED);
            a.linearProjection().ifPresent(v -> assertThat(v.scale()).isEqualTo(decimals));
            a.compoundProjection().ifPresent(v -> assertThat(v.scale()).isEqualTo(decimals));
            a.annualChangeNeeded().ifPresent(v -> assertThat(v.scale()).isEqualTo(decimals));
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
