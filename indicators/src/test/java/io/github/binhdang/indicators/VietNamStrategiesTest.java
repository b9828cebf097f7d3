package io.github.binhdang.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
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
        assertThat(VietNamStrategies.findObjective("VN-NSGE-2011-2020", 2)).isEmpty();
        assertThat(VietNamStrategies.findObjective("nope", 1)).isEmpty();
        assertThat(VietNamStrategies.findTarget("VN-NSGE-2021-2030", "3.2b")).contains(Strategy2021To2030.TARGET_3_2B);
        assertThat(VietNamStrategies.findTarget(new TargetReference("VN-NSGE-2011-2020", "1.c")))
                .contains(Strategy2011To2020.TARGET_1_C);
        assertThat(VietNamStrategies.findTarget("VN-NSGE-2021-2030", "9.9")).isEmpty();
    }

    @Test
    void anIndicatorNoTargetUsesHasNoTargets() {
        assertThat(VietNamStrategies.targetsMeasuredBy(GenderIndicators.MATERNAL_MORTALITY))
                .containsExactly(new TargetReference("VN-NSGE-2021-2030", "4.b"));
        Indicator other = Indicator.builder("APP-1", BilingualText.of("Chỉ số của ứng dụng", "An app's indicator"),
                MeasureKind.COUNT, Unit.COUNT).build();
        assertThat(VietNamStrategies.targetsMeasuredBy(other)).isEmpty();
    }
}
