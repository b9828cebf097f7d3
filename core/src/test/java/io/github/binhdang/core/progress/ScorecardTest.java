package io.github.binhdang.core.progress;

import static io.github.binhdang.core.progress.Fixtures.OWNERS_27;
import static io.github.binhdang.core.progress.Fixtures.SIXTY;
import static io.github.binhdang.core.progress.Fixtures.SRB_111;
import static io.github.binhdang.core.progress.Fixtures.d;
import static io.github.binhdang.core.progress.Fixtures.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.indicator.Domain;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Objective;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    /** A hand-made plan of three targets in two objectives. */
    static final Strategy PLAN = Strategy.builder("TEST-PLAN", BilingualText.of("Kế hoạch thử", "Test plan"),
                    SpanPeriod.ofClosed(2021, 2030))
            .objective(Objective.of(1, Domain.ECONOMY_LABOUR, BilingualText.of("Kinh tế", "Economy"), SIXTY, OWNERS_27))
            .objective(Objective.of(2, Domain.HEALTH, BilingualText.of("Y tế", "Health"), SRB_111))
            .build();

    private static final Indicator LITERACY = Indicator.builder("LIT",
            BilingualText.of("Tỷ lệ biết chữ", "Literacy rate"), MeasureKind.PERCENTAGE, Unit.PERCENT)
            .decimals(1).build();

    private static final Target LITERACY_95 = Target.builder("1.1", BilingualText.of("Ít nhất 95% vào năm 2025.",
                    "At least 95 % by 2025."), LITERACY)
            .milestone(Milestone.of(2025, Comparison.AT_LEAST, d("95"), Unit.PERCENT)).build();

    private static Observation obs(String indicator, String area, int year, String value) {
        return Observation.of(indicator, area, YearPeriod.of(year), d(value));
    }

    private static final Dataset DATA = Dataset.builder()
            .add(obs("SHARE", "14", 2023, "50.0"))
            .add(obs("W_OWNERS", "14", 2023, "27.5"))
            .add(obs("SRB", "15", 2024, "112"))
            .build();

    @Test
    void assessesEveryTargetAndCountsThemByStatus() {
        // 1.1: 40 (baseline 2021) and 50.0 (2023) project to 60.0 by 2025: on track.
        // 1.2: 27.5 in 2023 against at least 27 by 2025 (the first milestone not before 2023): achieved.
        // 2.1: the only value is for area 15: no data in area 14.
        Scorecard card = Scorecard.of(PLAN, DATA, "14");
        assertThat(card.rows()).extracting(r -> r.target().code()).containsExactly("1.1", "1.2", "2.1");
        assertThat(card.rows()).extracting(ScorecardRow::status).containsExactly(
                ProgressStatus.ON_TRACK, ProgressStatus.ACHIEVED, ProgressStatus.NO_DATA);
        assertThat(card.count(ProgressStatus.ACHIEVED)).isEqualTo(1);
        assertThat(card.count(ProgressStatus.ON_TRACK)).isEqualTo(1);
        assertThat(card.count(ProgressStatus.NO_DATA)).isEqualTo(1);
        assertThat(card.count(ProgressStatus.OFF_TRACK)).isZero();
        assertThat(card.counts()).containsExactly(
                Map.entry(ProgressStatus.ACHIEVED, 1), Map.entry(ProgressStatus.ON_TRACK, 1),
                Map.entry(ProgressStatus.NEEDS_ACCELERATION, 0), Map.entry(ProgressStatus.OFF_TRACK, 0),
                Map.entry(ProgressStatus.REGRESSING, 0), Map.entry(ProgressStatus.NO_DATA, 1));
        ScorecardRow owners = card.row("1.2").orElseThrow();
        assertThat(owners.milestone().year()).isEqualTo(2025);
        assertThat(owners.latestValue()).contains(d("27.5"));
        assertThat(owners.latestPeriod()).contains(YearPeriod.of(2023));
        assertThat(owners.reason().en()).isEqualTo("The latest value, 27.5 % in 2023, meets the milestone"
                + " at least 27 % by 2025.");
        assertThat(card.row("2.1").orElseThrow().latestValue()).isEmpty();
        assertThat(card.row("9.9")).isEmpty();
        assertThat(card.strategy()).isEqualTo("TEST-PLAN");
        assertThat(card.area()).isEqualTo("14");
        assertThat(card.breakdown()).isEqualTo(Breakdown.TOTAL);
        assertThat(card.method()).isEqualTo("binhdang");
        assertThat(card).hasToString("Scorecard[TEST-PLAN, area 14, _T, binhdang: 1 achieved, 1 on track,"
                + " 0 needs acceleration, 0 off track, 0 regressing, 1 no data]");
    }

    @Test
    void aLatestValueFromBeforeTheStrategySaysSo() {
        // The plan runs 2021–2030; a 2017 value is still scored (against 2025) and its reason says so.
        Dataset early = Dataset.builder().add(obs("W_OWNERS", "14", 2017, "27.5")).build();
        ScorecardRow owners = Scorecard.of(PLAN, early, "14").row("1.2").orElseThrow();
        assertThat(owners.status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(owners.assessment().reasonKey()).isEqualTo("binhdang.progress.achieved");
        assertThat(owners.reason().en()).endsWith("The latest value is from 2017, before the strategy's period"
                + " 2021–2030; it is scored against the milestone of 2025 all the same.");
        assertThat(owners.reason().vi()).contains("trước giai đoạn của chiến lược");
        // A value within the period has no such note.
        assertThat(Scorecard.of(PLAN, DATA, "14").row("1.2").orElseThrow().reason().en())
                .doesNotContain("before the strategy");
    }

    @Test
    void isImmutableAndComparesByValue() {
        Scorecard card = Scorecard.of(PLAN, DATA, "14");
        assertThatThrownBy(() -> card.rows().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> card.counts().put(ProgressStatus.NO_DATA, 0))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(Scorecard.of(PLAN, DATA, "14")).isEqualTo(card).hasSameHashCodeAs(card);
        assertThat(Scorecard.of(PLAN, DATA, "15")).isNotEqualTo(card);
    }

    @Test
    void choosesTheFirstMilestoneNotBeforeTheLatestValueElseTheLast() {
        assertThat(Scorecard.milestoneFor(OWNERS_27, Series.of()).year()).isEqualTo(2025);
        assertThat(Scorecard.milestoneFor(OWNERS_27, Series.of(p(2025, "26.0"))).year()).isEqualTo(2025);
        assertThat(Scorecard.milestoneFor(OWNERS_27, Series.of(p(2026, "28.0"))).year()).isEqualTo(2030);
        assertThat(Scorecard.milestoneFor(OWNERS_27, Series.of(p(2031, "31.0"))).year()).isEqualTo(2030);
        // 28.0 in 2026 is judged against 30 by 2030 through the scorecard too.
        Dataset later = Dataset.builder().add(obs("W_OWNERS", "14", 2026, "28.0")).build();
        assertThat(Scorecard.of(PLAN, later, "14").row("1.2").orElseThrow().milestone().year()).isEqualTo(2030);
    }

    @Test
    void givesTheScorecardsOfWomenAndMen() {
        // Women: 96.0 in 2023 ≥ 95: achieved.
        // Men: 90.0 (2021), 92.0 (2023): slope 1, means 2022.5 and 91; 91 + 1 × 3 = 94.0, short of 95;
        // covered (94 - 90) / (95 - 90) = 0.8 ≥ 0.5: needs acceleration.
        Strategy plan = Strategy.builder("LIT-PLAN", BilingualText.of("x"), SpanPeriod.ofClosed(2021, 2025))
                .objective(Objective.of(1, Domain.EDUCATION, BilingualText.of("x"), LITERACY_95)).build();
        Dataset data = Dataset.builder()
                .add(Observation.builder("LIT", "14", YearPeriod.of(2023)).sex(Sex.FEMALE).value(d("96.0")).build())
                .add(Observation.builder("LIT", "14", YearPeriod.of(2021)).sex(Sex.MALE).value(d("90.0")).build())
                .add(Observation.builder("LIT", "14", YearPeriod.of(2023)).sex(Sex.MALE).value(d("92.0")).build())
                .build();
        Map<Sex, Scorecard> bySex = Scorecard.bySex(plan, data, "14");
        assertThat(bySex.keySet()).containsExactly(Sex.FEMALE, Sex.MALE);
        assertThat(bySex.get(Sex.FEMALE).breakdown()).isEqualTo(Breakdown.FEMALE);
        assertThat(bySex.get(Sex.FEMALE).count(ProgressStatus.ACHIEVED)).isEqualTo(1);
        assertThat(bySex.get(Sex.MALE).rows()).extracting(ScorecardRow::status)
                .containsExactly(ProgressStatus.NEEDS_ACCELERATION);
        assertThat(bySex.get(Sex.MALE).rows().get(0).assessment().linearProjection()).contains(d("94.0"));
        assertThat(Scorecard.of(plan, data, "14").count(ProgressStatus.NO_DATA)).isEqualTo(1);
    }

    @Test
    void refusesABlankArea() {
        assertThatThrownBy(() -> Scorecard.of(PLAN, DATA, ""))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Scorecard.area");
                    assertThat(e.value()).isEqualTo("''");
                    assertThat(e).hasMessage("Scorecard.area: '' must not be blank");
                });
    }

    @Test
    void anEmptyPlanHasNoRows() {
        Strategy empty = Strategy.builder("EMPTY", BilingualText.of("x"), SpanPeriod.ofClosed(2021, 2025))
                .objective(new Objective(1, Domain.HEALTH, BilingualText.of("x"), List.of())).build();
        Scorecard card = Scorecard.of(empty, DATA, "14");
        assertThat(card.rows()).isEmpty();
        assertThat(card.counts().values()).containsOnly(0);
    }

    @Test
    void rebuildsFromItsPartsAndRefusesTwoRowsOfOneTarget() {
        Scorecard card = Scorecard.of(PLAN, DATA, "14");
        Scorecard rebuilt = Scorecard.ofRows(card.strategy(), card.area(), card.breakdown(), card.method(), card.rows());
        org.assertj.core.api.Assertions.assertThat(rebuilt).isEqualTo(card);
        org.assertj.core.api.Assertions.assertThat(rebuilt.counts()).isEqualTo(card.counts());
        java.util.List<ScorecardRow> twice = new java.util.ArrayList<>(card.rows());
        twice.add(card.rows().get(0));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Scorecard.ofRows(card.strategy(), "14", card.breakdown(), card.method(), twice))
                .isInstanceOf(io.github.binhdang.core.InvalidValueException.class)
                .hasMessageContaining("is the target of two rows");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Scorecard.ofRows(" ", "14", card.breakdown(), card.method(), card.rows()))
                .isInstanceOf(io.github.binhdang.core.InvalidValueException.class)
                .hasMessageContaining("Scorecard.strategy");
    }
}
