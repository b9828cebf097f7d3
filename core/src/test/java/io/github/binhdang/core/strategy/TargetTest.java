package io.github.binhdang.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.indicator.Direction;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.period.TermPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetTest {

    static final Indicator WOMEN_OWNERS = Indicator.builder("W_OWNERS",
                    BilingualText.of("Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã",
                            "Share of women among directors and owners of enterprises and cooperatives"),
                    MeasureKind.PERCENTAGE, Unit.PERCENT)
            .components(BilingualText.of("Nữ giám đốc/chủ doanh nghiệp", "Women directors or owners"),
                    BilingualText.of("Giám đốc/chủ doanh nghiệp", "Directors or owners"))
            .decimals(1)
            .build();

    static final Indicator SRB = Indicator.builder("SRB",
                    BilingualText.of("Tỷ số giới tính khi sinh", "Sex ratio at birth"), MeasureKind.RATIO, Unit.PER_100)
            .direction(Direction.within(new BigDecimal("103"), new BigDecimal("107")))
            .build();

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void holdsItsMilestonesInOrder() {
        Target t = Target.builder("2.3", BilingualText.of("… đạt ít nhất 27% vào năm 2025 và 30% vào năm 2030.",
                        "… at least 27% by 2025 and 30% by 2030."), WOMEN_OWNERS)
                .milestone(Milestone.of(2025, Comparison.AT_LEAST, d("27"), Unit.PERCENT))
                .milestone(Milestone.of(2030, Comparison.AT_LEAST, d("30"), Unit.PERCENT))
                .build();
        assertThat(t.milestones()).extracting(Milestone::year).containsExactly(2025, 2030);
        assertThat(t.milestone(2030).map(Milestone::value)).contains(d("30"));
        assertThat(t.milestone(2028)).isEmpty();
        assertThat(t).hasToString("2.3 [2025: ≥ 27 percent, 2030: ≥ 30 percent]");
    }

    @Test
    void refusesImpossibleMilestones() {
        assertThatThrownBy(() -> Milestone.of(2025, Comparison.AT_LEAST, d("140"), Unit.PERCENT))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Milestone.value");
                    assertThat(e.value()).isEqualTo("140");
                });
        assertThatThrownBy(() -> Milestone.of(2025, Comparison.AT_LEAST, d("-5"), Unit.PERCENT))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Milestone.value: -5 is below 0 for a percentage");
        assertThatThrownBy(() -> Milestone.of(2025, Comparison.AT_LEAST, d("-5"), Unit.PERSONS))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("Milestone.value"));
    }

    @Test
    void refusesABrokenTarget() {
        BilingualText text = BilingualText.of("x");
        assertThatThrownBy(() -> Target.builder("2.3", text, WOMEN_OWNERS).build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("Target.milestones"));
        assertThatThrownBy(() -> Target.builder("2.3", text, WOMEN_OWNERS)
                        .milestone(Milestone.of(2030, Comparison.AT_LEAST, d("30"), Unit.PERCENT))
                        .milestone(Milestone.of(2025, Comparison.AT_LEAST, d("27"), Unit.PERCENT)).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("must come after");
        assertThatThrownBy(() -> Target.builder("4.1", text, SRB)
                        .milestone(Milestone.of(2025, Comparison.AT_MOST, d("60"), Unit.PERCENT)).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("is in percent but the indicator SRB is in per_100");
        assertThatThrownBy(() -> Target.builder("2.3", text, WOMEN_OWNERS)
                        .baseline(Baseline.of(YearPeriod.of(2025), d("20")))
                        .milestone(Milestone.of(2025, Comparison.AT_LEAST, d("27"), Unit.PERCENT)).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("Target.baseline"));
        assertThatThrownBy(() -> Target.builder("", text, WOMEN_OWNERS))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("Target.code"));
    }

    @Test
    void aTermMilestoneEndsInTheTermsLastYear() {
        Milestone m = Milestone.of(TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021), Comparison.ABOVE, d("35"),
                Unit.PERCENT);
        assertThat(m.year()).isEqualTo(2021);
        assertThat(Milestone.fromYearOnward(2025, Comparison.AT_LEAST, d("100"), Unit.PERCENT).isOnward()).isTrue();
    }

    @Test
    void comparisonsTellWhetherAValueMeetsAMilestone() {
        assertThat(Comparison.AT_LEAST.isMetBy(d("27.0"), d("27"))).isTrue();
        assertThat(Comparison.AT_MOST.isMetBy(d("112"), d("111"))).isFalse();
        assertThat(Comparison.BELOW.isMetBy(d("30"), d("30"))).isFalse();
        assertThat(Comparison.ABOVE.isMetBy(d("35.1"), d("35"))).isTrue();
    }

    @Test
    void aProvincialPlanNamesTheNationalTargetsItServes() {
        Target national = Target.builder("2.3", BilingualText.of("x"), WOMEN_OWNERS)
                .milestone(Milestone.of(2025, Comparison.AT_LEAST, d("27"), Unit.PERCENT)).build();
        Strategy nation = Strategy.builder("NATION", BilingualText.of("Chiến lược", "Strategy"), SpanPeriod.ofClosed(2021, 2030))
                .legalBasis(new LegalBasis("28/NQ-CP", BilingualText.of("Chính phủ", "Government"),
                        java.time.LocalDate.of(2021, 3, 3)))
                .objective(Objective.of(1, io.github.binhdang.core.indicator.Domain.ECONOMY_LABOUR,
                        BilingualText.of("Kinh tế", "Economy"), national))
                .build();
        Target local = Target.builder("1.1", BilingualText.of("y"), WOMEN_OWNERS)
                .milestone(Milestone.of(2025, Comparison.AT_LEAST, d("20"), Unit.PERCENT))
                .serves(nation, "2.3").build();
        Strategy plan = Strategy.builder("PLAN", BilingualText.of("Kế hoạch", "Plan"), SpanPeriod.ofClosed(2021, 2025))
                .localises(nation, "14")
                .objective(Objective.of(1, io.github.binhdang.core.indicator.Domain.ECONOMY_LABOUR,
                        BilingualText.of("Kinh tế", "Economy"), local))
                .build();
        assertThat(plan.target("1.1").flatMap(Target::serves)).contains(new TargetReference("NATION", "2.3"));
        assertThat(plan.localises()).contains("NATION");
        assertThat(plan.area()).contains("14");
        assertThatThrownBy(() -> Target.builder("1.2", BilingualText.of("y"), WOMEN_OWNERS).serves(nation, "9.9"))
                .isInstanceOf(InvalidValueException.class).hasMessage("Target.serves: 9.9 is not a target of strategy NATION");
        assertThatThrownBy(() -> Strategy.builder("P", BilingualText.of("p"), SpanPeriod.ofClosed(2021, 2025))
                        .objective(Objective.of(2, io.github.binhdang.core.indicator.Domain.POLITICS, BilingualText.of("t")))
                        .build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("objective 1 was expected");
        assertThatThrownBy(() -> Strategy.builder("P", BilingualText.of("p"), SpanPeriod.ofClosed(2021, 2025))
                        .objective(Objective.of(1, io.github.binhdang.core.indicator.Domain.POLITICS, BilingualText.of("t"),
                                national, national))
                        .build())
                .isInstanceOf(InvalidValueException.class).hasMessage("Strategy.targets: 2.3 is the code of two targets");
    }

    @Test
    void aProvincialTargetMayServeANationalObjectiveThatHasNoTargetItFits() {
        Strategy nation = Strategy.builder("NATION", BilingualText.of("Chiến lược", "Strategy"), SpanPeriod.ofClosed(2011, 2020))
                .objective(Objective.of(1, io.github.binhdang.core.indicator.Domain.STATE_MANAGEMENT,
                        BilingualText.of("Mục tiêu 1", "Objective 1")))
                .build();
        Target local = Target.builder("1.1", BilingualText.of("y"), WOMEN_OWNERS)
                .milestone(Milestone.of(2020, Comparison.AT_LEAST, d("100"), Unit.PERCENT))
                .servesObjective(nation, 1).build();
        assertThat(local.servesObjective()).contains(new ObjectiveReference("NATION", 1));
        assertThat(local.serves()).isEmpty();
        assertThat(new ObjectiveReference("NATION", 1)).hasToString("NATION/objective 1");
        Strategy plan = Strategy.builder("PLAN", BilingualText.of("Kế hoạch", "Plan"), SpanPeriod.ofClosed(2011, 2020))
                .localises(nation, "14")
                .objective(Objective.of(1, io.github.binhdang.core.indicator.Domain.STATE_MANAGEMENT,
                        BilingualText.of("x"), local))
                .build();
        assertThat(plan.target("1.1").flatMap(Target::servesObjective)).contains(new ObjectiveReference("NATION", 1));
        assertThatThrownBy(() -> Target.builder("1.2", BilingualText.of("y"), WOMEN_OWNERS).servesObjective(nation, 2))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Target.servesObjective: 2 is not an objective of strategy NATION");
        Target unchecked = Target.builder("1.2", BilingualText.of("y"), WOMEN_OWNERS)
                .milestone(Milestone.of(2020, Comparison.AT_LEAST, d("100"), Unit.PERCENT))
                .serves(new ObjectiveReference("NATION", 7)).build();
        assertThatThrownBy(() -> Strategy.builder("PLAN", BilingualText.of("p"), SpanPeriod.ofClosed(2011, 2020))
                        .localises(nation)
                        .objective(Objective.of(1, io.github.binhdang.core.indicator.Domain.STATE_MANAGEMENT,
                                BilingualText.of("x"), unchecked))
                        .build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Target.servesObjective: NATION/objective 7 is not an objective of strategy NATION");
        assertThatThrownBy(() -> new ObjectiveReference("NATION", 0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void anIndicatorsUnitMustFitItsMeasureKind() {
        assertThatThrownBy(() -> Indicator.builder("X", BilingualText.of("x"), MeasureKind.PERCENTAGE, Unit.PERSONS))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Indicator.unit: persons does not fit the measure kind PERCENTAGE");
    }

    @Test
    void yesNoMilestoneIsEqualOneInYesNo() {
        Milestone m = Milestone.metFromYearOnward(2025);
        assertThat(m.isYesNo()).isTrue();
        assertThat(m.isOnward()).isTrue();
        assertThat(m.comparison()).isEqualTo(Comparison.EQUAL);
        assertThat(m.value()).isEqualByComparingTo("1");
        assertThat(m.toString()).isEqualTo("2025+: = 1 yes_no");
        assertThat(Milestone.met(2030).isOnward()).isFalse();
        assertThat(Milestone.of(2025, Comparison.AT_LEAST, new BigDecimal("60"), Unit.PERCENT).isYesNo()).isFalse();
    }

    @Test
    void yesNoMilestoneRefusesAnotherComparisonOrValue() {
        assertThatThrownBy(() -> Milestone.of(2025, Comparison.AT_LEAST, BigDecimal.ONE, Unit.YES_NO))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Milestone.comparison: AT_LEAST 1 must be EQUAL 1 for a yes/no milestone, which is met"
                        + " or not met");
        assertThatThrownBy(() -> Milestone.of(2025, Comparison.EQUAL, new BigDecimal("2"), Unit.YES_NO))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Milestone.value: 2 is above 1 for a yes (1) or no (0)");
    }
}
