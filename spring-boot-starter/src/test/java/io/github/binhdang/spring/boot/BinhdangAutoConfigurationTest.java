package io.github.binhdang.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.validation.RuleSet;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The beans the properties choose, without starting an application. */
class BinhdangAutoConfigurationTest {

    private static final BinhdangAutoConfiguration CONFIGURATION = new BinhdangAutoConfiguration();

    @Test
    void theRuleSetFollowsTheProperties() {
        RuleSet rules = CONFIGURATION.binhdangRuleSet(properties(null, List.of("value.approximate"),
                Map.of("change.jump", Severity.ERROR), Map.of("change.jump", new BigDecimal("30"))));
        assertThat(rules.contains("value.approximate")).isFalse();
        assertThat(rules.contains("percentage.range")).isTrue();
        assertThat(rules.severity("change.jump")).isEqualTo(Severity.ERROR);
        assertThat(rules.parameters("change.jump")).containsEntry("threshold", new BigDecimal("30"));
    }

    @Test
    void withoutAStrategyTheContextKnowsTheIndicatorsAndNoSpan() {
        ValidationContext context = CONFIGURATION.binhdangValidationContext(properties(null, List.of(), Map.of(), Map.of()));
        assertThat(context.strategy()).isEmpty();
        assertThat(context.indicator("POL-03")).isPresent();
    }

    @Test
    void theOlderStrategyCanBeChosen() {
        ValidationContext context = CONFIGURATION.binhdangValidationContext(
                properties("VN-NSGE-2011-2020", List.of(), Map.of(), Map.of()));
        assertThat(context.strategy()).hasValueSatisfying(s -> assertThat(s.code()).isEqualTo("VN-NSGE-2011-2020"));
    }

    @Test
    void anUnknownStrategyNamesTheProperty() {
        assertThatThrownBy(() -> CONFIGURATION.binhdangValidationContext(
                properties("VN-NSGE-2031-2040", List.of(), Map.of(), Map.of())))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("binhdang.validation.strategy");
                    assertThat(e.value()).isEqualTo("VN-NSGE-2031-2040");
                });
    }

    private static BinhdangProperties properties(String strategy, List<String> disabled, Map<String, Severity> severities,
            Map<String, BigDecimal> thresholds) {
        return new BinhdangProperties(new BinhdangProperties.Validation(strategy, BinhdangProperties.AreaSet.VIET_NAM,
                disabled, severities, thresholds), new BinhdangProperties.Json(true, true), new BinhdangProperties.Web(true));
    }
}
