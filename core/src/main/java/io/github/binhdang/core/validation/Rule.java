package io.github.binhdang.core.validation;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.strategy.Strategy;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A validation rule: a stable code, a default severity, named parameters, a message, and the checks
 * that report findings.
 *
 * <p>A rule reports through the {@link RuleScope} it is given, which knows the rule's severity and
 * parameters as the {@link RuleSet} configures them, the {@link ValidationContext}, and the other
 * observations of the input. A rule checks what it can and returns quietly otherwise: it does not
 * throw for bad data (a rule that throws is itself reported, as {@code rule.failed}).
 *
 * <p>The built-in rules are the constants of {@link StandardRule}. An application adds its own by
 * implementing this interface, for example:
 * <pre>{@code
 * Rule budget = new Rule() {
 *     public String code() { return "acme.budget.positive"; }
 *     public Severity defaultSeverity() { return Severity.WARNING; }
 *     public BilingualText message() {
 *         return BilingualText.of("Ngân sách {value} không dương", "The budget {value} is not positive");
 *     }
 *     public void check(Observation o, RuleScope scope) {
 *         if (o.indicator().equals("BUDGET") && o.value().filter(v -> v.signum() <= 0).isPresent()) {
 *             scope.report(scope.at("value"), o.value().get().toPlainString(), "must be above 0", Map.of());
 *         }
 *     }
 * };
 * RuleSet rules = RuleSet.defaults().with(budget);
 * }</pre>
 *
 * @implSpec Implementations must be immutable and thread-safe: one rule set serves many validations at
 *     once.
 */
public interface Rule {

    /**
     * Returns the stable code of the rule, which is the code of its findings, such as
     * {@code percentage.range}.
     *
     * @return the code: letters, digits, '.', '_' or '-', not null
     */
    String code();

    /**
     * Returns the severity of its findings unless a rule set changes it.
     *
     * @return the severity, not null
     */
    Severity defaultSeverity();

    /**
     * Returns its parameters and their default values, such as {@code threshold = 50}.
     *
     * @return an unmodifiable map, empty by default
     */
    default Map<String, BigDecimal> defaultParameters() {
        return Map.of();
    }

    /**
     * Tells whether a parameter of this name may be set; by default, the names of
     * {@link #defaultParameters()}.
     *
     * @param name  the parameter's name, not null
     * @return true if it may be set
     */
    default boolean acceptsParameter(String name) {
        return defaultParameters().containsKey(name);
    }

    /**
     * Returns the message of its findings, with {@code {name}} placeholders for the arguments a finding
     * carries, in Vietnamese and English.
     *
     * @return the template, not null
     */
    BilingualText message();

    /**
     * Checks an observation, reporting each problem through the scope. Does nothing by default.
     *
     * @param observation  the observation, not null
     * @param scope        where to report and what to check against, not null
     */
    default void check(Observation observation, RuleScope scope) {
        // Not every rule looks at observations.
    }

    /**
     * Checks a strategy, reporting each problem through the scope. Does nothing by default.
     *
     * @param strategy  the strategy, not null
     * @param scope     where to report and what to check against, not null
     */
    default void check(Strategy strategy, RuleScope scope) {
        // Not every rule looks at strategies.
    }
}
