package io.github.binhdang.core.validation;

import static io.github.binhdang.core.validation.Fixtures.CONTEXT;
import static io.github.binhdang.core.validation.Fixtures.Y2017;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Observation;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    /** An application's own rule: a budget must be positive. */
    static final Rule BUDGET = new Rule() {
        @Override
        public String code() {
            return "acme.budget.positive";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public Map<String, BigDecimal> defaultParameters() {
            return Map.of("floor", BigDecimal.ZERO);
        }

        @Override
        public BilingualText message() {
            return BilingualText.of("Ngân sách {value} không lớn hơn {floor}", "The budget {value} is not above {floor}");
        }

        @Override
        public void check(Observation o, RuleScope scope) {
            BigDecimal floor = scope.parameter("floor").orElseThrow();
            if (o.indicator().equals("DV_MODELS") && o.value().filter(v -> v.compareTo(floor) <= 0).isPresent()) {
                scope.report(scope.at("value"), o.value().get().toPlainString(), "must be above " + floor,
                        Map.of("value", o.value().get(), "floor", floor));
            }
        }
    };

    @Test
    void defaultsHoldEveryStandardRuleInOrder() {
        RuleSet d = RuleSet.defaults();
        assertThat(d.rules()).containsExactly((Rule[]) StandardRule.values());
        assertThat(d.codes()).startsWith("input.null", "key.duplicate", "indicator.unknown");
        assertThat(d.severity("change.jump")).isEqualTo(Severity.WARNING);
        assertThat(d.parameters("change.jump")).containsOnly(Map.entry("threshold", BigDecimal.valueOf(50)),
                Map.entry("nearly", BigDecimal.TEN), Map.entry("about", BigDecimal.TEN));
        assertThat(d.find("sex.sum")).contains(StandardRule.SEX_SUM);
        assertThat(d.find("nope")).isEmpty();
        assertThat(d.toString()).startsWith("RuleSet[input.null ERROR, key.duplicate ERROR, ");
    }

    @Test
    void copiesWithAChangeLeaveTheOriginalAlone() {
        RuleSet d = RuleSet.defaults();
        RuleSet changed = d.withThreshold("change.jump", 1).without("change.jump")
                .withSeverity("period.span", Severity.WARNING).with(BUDGET);
        assertThat(d.contains("change.jump")).isTrue();
        assertThat(d.severity("period.span")).isEqualTo(Severity.ERROR);
        assertThat(changed.contains("change.jump")).isFalse();
        assertThat(changed.severity("period.span")).isEqualTo(Severity.WARNING);
        assertThat(changed.codes()).endsWith("acme.budget.positive");
        assertThat(RuleSet.defaults().withThreshold("change.jump", 30).parameters("change.jump"))
                .containsEntry("threshold", BigDecimal.valueOf(30));
        assertThat(RuleSet.defaults().withThreshold("change.jump", 30)).isNotEqualTo(d)
                .isEqualTo(RuleSet.defaults().withThreshold("change.jump", new BigDecimal("30")));
    }

    @Test
    void withReplacesARuleOfTheSameCodeInItsPlace() {
        RuleSet replaced = RuleSet.defaults().withSeverity("sex.sum", Severity.INFO).with(StandardRule.SEX_SUM);
        assertThat(replaced.codes()).isEqualTo(RuleSet.defaults().codes());
        assertThat(replaced.severity("sex.sum")).isEqualTo(Severity.ERROR);
    }

    @Test
    void anApplicationsOwnRuleRunsWithItsParameters() {
        Observation none = Observation.builder("DV_MODELS", "14", Y2017).value(0).build();
        DatasetValidator v = DatasetValidator.of(RuleSet.of(BUDGET));
        Finding f = Fixtures.single(v.validate(none, CONTEXT));
        assertThat(f.code()).isEqualTo("acme.budget.positive");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).isEqualTo("The budget 0 is not above 0");
        assertThat(f.message(Fixtures.VI)).isEqualTo("Ngân sách 0 không lớn hơn 0");
        RuleSet raised = RuleSet.of(BUDGET).withParameter("acme.budget.positive", "floor", BigDecimal.TEN);
        Observation five = Observation.builder("DV_MODELS", "14", Y2017).value(5).build();
        assertThat(DatasetValidator.of(raised).validate(five, CONTEXT).findings()).hasSize(1);
        assertThat(v.validate(five, CONTEXT).findings()).isEmpty();
    }

    @Test
    void plausibleRangesArePerIndicator() {
        RuleSet r = RuleSet.defaults().withPlausibleRange("SRB", new BigDecimal("95"), new BigDecimal("125"));
        assertThat(r.parameters("value.plausible")).containsOnly(Map.entry("SRB.min", new BigDecimal("95")),
                Map.entry("SRB.max", new BigDecimal("125")));
        assertThatThrownBy(() -> RuleSet.defaults().withPlausibleRange("SRB", BigDecimal.TEN, BigDecimal.ONE))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("RuleSet.max");
                    assertThat(e.value()).isEqualTo("1");
                    assertThat(e).hasMessage("RuleSet.max: 1 is below min 10");
                });
    }

    @Test
    void mistakesInTheProgramThrow() {
        assertThatThrownBy(() -> RuleSet.defaults().without("change.jumps"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("RuleSet.code");
                    assertThat(e.value()).isEqualTo("change.jumps");
                    assertThat(e).hasMessage("RuleSet.code: change.jumps is not the code of a rule in this set");
                });
        assertThatThrownBy(() -> RuleSet.defaults().withThreshold("sex.sum", 5))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("RuleSet.parameter");
                    assertThat(e).hasMessage("RuleSet.parameter: threshold is not a parameter of rule sex.sum");
                });
        assertThatThrownBy(() -> RuleSet.of(StandardRule.SEX_SUM, StandardRule.SEX_SUM))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e).hasMessage("RuleSet.rules: sex.sum is the code of two rules"));
        assertThatThrownBy(() -> RuleSet.defaults().severity("nope")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RuleSet.empty().withSeverity("sex.sum", Severity.INFO))
                .isInstanceOf(InvalidValueException.class);
    }
}
