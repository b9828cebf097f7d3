package io.github.binhdang.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.indicator.Domain;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.strategy.TargetReference;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import org.junit.jupiter.api.Test;

class VietNamStrategiesTest {

    @Test
    void findsStrategiesByCode() {
        assertThat(VietNamStrategies.ALL).containsExactly(Strategy2011To2020.STRATEGY, Strategy2021To2030.STRATEGY);
        assertThat(VietNamStrategies.find("VN-NSGE-2021-2030")).contains(Strategy2021To2030.STRATEGY);
        assertThat(VietNamStrategies.find("VN-NSGE-2011-2020")).contains(Strategy2011To2020.STRATEGY);
        assertThat(VietNamStrategies.find("VN-NSGE-2031-2040")).isEmpty();
    }

    @Test
    void ofGivesTheStrategyOrNamesTheCodes() {
        assertThat(VietNamStrategies.of("VN-NSGE-2021-2030")).isSameAs(Strategy2021To2030.STRATEGY);
        assertThatThrownBy(() -> VietNamStrategies.of("VN-NSGE-2031-2040"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("VietNamStrategies.code");
                    assertThat(e.getMessage()).isEqualTo("VietNamStrategies.code: 'VN-NSGE-2031-2040' must be one of"
                            + " VN-NSGE-2011-2020, VN-NSGE-2021-2030");
                });
    }

    @Test
    void findsObjectivesAndTargets() {
        assertThat(VietNamStrategies.findObjective("VN-NSGE-2021-2030", 3)).contains(Strategy2021To2030.OBJECTIVE_3);
        assertThat(VietNamStrategies.findObjective("VN-NSGE-2011-2020", 2)).contains(Strategy2011To2020.OBJECTIVE_2);
        assertThat(VietNamStrategies.findObjective("VN-NSGE-2011-2020", 8)).isEmpty();
        assertThat(VietNamStrategies.findObjective("nope", 1)).isEmpty();
        assertThat(VietNamStrategies.findTarget("VN-NSGE-2021-2030", "3.2b")).contains(Strategy2021To2030.TARGET_3_2B);
        assertThat(VietNamStrategies.findTarget(new TargetReference("VN-NSGE-2011-2020", "1.c")))
                .contains(Strategy2011To2020.TARGET_1_C);
        assertThat(VietNamStrategies.findTarget("VN-NSGE-2021-2030", "9.9")).isEmpty();
    }

    @Test
    void anIndicatorNoTargetUsesHasNoTargets() {
        assertThat(VietNamStrategies.targetsMeasuredBy(GenderIndicators.MATERNAL_MORTALITY)).containsExactly(
                new TargetReference("VN-NSGE-2011-2020", "4.b"), new TargetReference("VN-NSGE-2021-2030", "4.b"));
        Indicator other = Indicator.builder("APP-1", BilingualText.of("Chỉ số của ứng dụng", "An app's indicator"),
                MeasureKind.COUNT, Unit.COUNT).build();
        assertThat(VietNamStrategies.targetsMeasuredBy(other)).isEmpty();
    }

    private static TargetReference old(String code) {
        return new TargetReference("VN-NSGE-2011-2020", code);
    }

    private static TargetReference now(String code) {
        return new TargetReference("VN-NSGE-2021-2030", code);
    }

    @Test
    void findsTargetsByStrategyAndObjective() {
        assertThat(VietNamStrategies.targets("VN-NSGE-2021-2030")).hasSize(17);
        assertThat(VietNamStrategies.targets("VN-NSGE-2011-2020")).hasSize(23);
        assertThat(VietNamStrategies.targets("nope")).isEmpty();
        assertThat(VietNamStrategies.targets("VN-NSGE-2011-2020", 4)).containsExactly(Strategy2011To2020.TARGET_4_A,
                Strategy2011To2020.TARGET_4_B, Strategy2011To2020.TARGET_4_C, Strategy2011To2020.TARGET_4_D);
        assertThat(VietNamStrategies.targets("VN-NSGE-2011-2020", 7)).isEmpty();
        assertThat(VietNamStrategies.targets("VN-NSGE-2021-2030", 7)).isEmpty();
    }

    @Test
    void findsTargetsByDomain() {
        // Health: 2011–2020 objective 4 (4.a to 4.d), then 2021–2030 objective 4 (4.a to 4.c).
        assertThat(VietNamStrategies.targetsIn(Domain.HEALTH)).containsExactly(old("4.a"), old("4.b"), old("4.c"),
                old("4.d"), now("4.a"), now("4.b"), now("4.c"));
        assertThat(VietNamStrategies.targetsIn(Domain.STATE_MANAGEMENT)).isEmpty();
    }

    @Test
    void findsTargetsBySdgLink() {
        // sdg5.md links 5.5.1 to the NA and People's Council shares (2011–2020 1.b only), 5.5.2 to key leaders
        // and to directors/owners (2011–2020 1.c, 2021–2030 1.1 and 2.3), 5.4.1 to unpaid care (6.a, 3.1).
        assertThat(VietNamStrategies.targetsLinkedTo("5.5.1")).containsExactly(old("1.b-QH"), old("1.b-HDND"));
        assertThat(VietNamStrategies.targetsLinkedTo("5.5.2")).containsExactly(old("1.c"), now("1.1"), now("2.3"));
        assertThat(VietNamStrategies.targetsLinkedTo("5.4.1")).containsExactly(old("6.a"), now("3.1"));
        assertThat(VietNamStrategies.targetsLinkedTo("3.1.1")).containsExactly(old("4.b"), now("4.b"));
        assertThat(VietNamStrategies.targetsLinkedTo("5.2.1")).isEmpty();
    }
}
