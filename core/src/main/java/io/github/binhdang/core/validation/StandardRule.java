package io.github.binhdang.core.validation;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.internal.Codes;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The built-in validation rules, in the order {@link RuleSet#defaults()} runs them. Each constant's
 * Javadoc gives its code, its default severity and what it checks.
 *
 * <h2>Approximate values</h2>
 * A value with a {@linkplain io.github.binhdang.core.data.Qualifier qualifier} other than exact
 * ("nearly 400", "more than 330") is accepted as it was reported and never treated as exact; a qualifier
 * sharpens a check rather than switching it off.
 * <ul>
 *   <li>Range rules ({@link #PERCENTAGE_RANGE}, {@link #COUNT_INTEGER}, {@link #VALUE_MINIMUM},
 *       {@link #VALUE_PLAUSIBLE}) judge the value as written (no share is "nearly 105 %"), and take
 *       "more than" and "less than" at their word: "hơn 100 %" and "dưới 0 %" are errors, as is a count
 *       "dưới 0".</li>
 *   <li>A qualifier allows a range of values, with a tolerance in per cent of the value for "nearly"
 *       (below it) and "about" (either side), set by the parameters {@code nearly} and {@code about}
 *       (default 10) of the rules that use them; "more than" and "at least" allow any value above,
 *       "less than" and "at most" any value below:
 *       <table class="striped">
 *       <caption>What a qualified value v allows, t its rule's parameter in per cent</caption>
 *       <thead><tr><th scope="col">qualifier</th><th scope="col">allows</th></tr></thead>
 *       <tbody>
 *       <tr><td>exact</td><td>v</td></tr>
 *       <tr><td>nearly (gần), parameter {@code nearly}</td><td>v − t·|v| to v ("gần 45": 40.5 to 45)</td></tr>
 *       <tr><td>about (khoảng), parameter {@code about}</td><td>v − t·|v| to v + t·|v|</td></tr>
 *       <tr><td>more than (hơn), at least</td><td>v and above</td></tr>
 *       <tr><td>less than (dưới), at most</td><td>v and below</td></tr>
 *       </tbody>
 *       </table>
 *       The 10 % default is this library's convention, not an official figure.</li>
 *   <li>{@link #VALUE_COMPONENTS_APPROXIMATE} warns when exact components give a value outside that
 *       range ("gần 45" when they give 40), and {@link #SEX_SUM} checks the sexes' sum as a range
 *       (women "khoảng 4,300" and men 4,600 cannot make a total of 10,000); {@link #SEX_BETWEEN},
 *       {@link #AREA_SUM} and {@link #CHANGE_JUMP} compare ranges the same way, each with its own
 *       parameters {@code nearly} and {@code about}, and report only what no values within the ranges
 *       could satisfy (a total "hơn 60" with women 40 and men "khoảng 45": at most 49.5).</li>
 *   <li>{@link #VALUE_COMPONENTS} skips a value that is approximate (the rule above takes it), and
 *       {@link #VALUE_APPROXIMATE} reports each approximate value once, as information.</li>
 * </ul>
 *
 * @implSpec This enum is immutable and thread-safe.
 */
public enum StandardRule implements Rule {

    /**
     * {@code input.null}, error: a row of a raw list holds no observation ({@code null}). Reported by
     * the validator at {@link Location#ofIndex(int)}.
     */
    INPUT_NULL("input.null", Severity.ERROR, null, null),

    /**
     * {@code key.duplicate}, error: an observation repeats the key (indicator, area, period, breakdown)
     * of an earlier one in a raw list. A {@link io.github.binhdang.core.data.Dataset} cannot hold
     * duplicates; lists read from files can.
     */
    KEY_DUPLICATE("key.duplicate", Severity.ERROR, ObservationChecks::duplicate, null),

    /** {@code indicator.unknown}, error: an observation's or a target's indicator is not in the context. */
    INDICATOR_UNKNOWN("indicator.unknown", Severity.ERROR, ObservationChecks::indicatorUnknown,
            TargetChecks::indicatorUnknown),

    /** {@code area.unknown}, error: an observation's or a local plan's area code is in no version of the hierarchy. */
    AREA_UNKNOWN("area.unknown", Severity.ERROR, ObservationChecks::areaUnknown, TargetChecks::areaUnknown),

    /**
     * {@code area.period}, error: no version of the area's code was in force on any day of the period;
     * the old Lào Cai (code 10, in force until 30 June 2025) cannot report 2026. An area in force on
     * part of the period passes. The message names the area's successor (the new Lào Cai, 15) when the
     * period is after its end, or the areas it was formed from when the period is before its start.
     */
    AREA_PERIOD("area.period", Severity.ERROR, ObservationChecks::areaPeriod, null),

    /**
     * {@code period.kind}, error: the period is not of the kind the indicator's
     * {@linkplain io.github.binhdang.core.indicator.Frequency#periodKind() frequency} gives, such as a
     * half-year for an annual indicator.
     */
    PERIOD_KIND("period.kind", Severity.ERROR, ObservationChecks::periodKind, null),

    /**
     * {@code period.span}, error: when the context has a strategy, an observation's or a milestone's
     * period is not inside the strategy's span. A term need only overlap the span, since terms of elected
     * bodies do not line up with strategies. An observation whose period ends before the span starts is
     * {@link #PERIOD_BEFORE}'s note instead; a milestone there is still an error.
     */
    PERIOD_SPAN("period.span", Severity.ERROR, ObservationChecks::periodSpan, TargetChecks::periodSpan),

    /** {@code unit.mismatch}, error: the unit stated with a value, or a target's indicator's, is not the indicator's unit. */
    UNIT_MISMATCH("unit.mismatch", Severity.ERROR, ObservationChecks::unitMismatch, TargetChecks::unitMismatch),

    /** {@code breakdown.dimension}, error: the breakdown uses a dimension the indicator is not broken down by. */
    BREAKDOWN_DIMENSION("breakdown.dimension", Severity.ERROR, ObservationChecks::breakdownDimension, null),

    /** {@code count.integer}, error: a value in a count unit is negative or not whole. */
    COUNT_INTEGER("count.integer", Severity.ERROR, ObservationChecks::countInteger, null) {
        @Override
        void checkValue(String indicator, @Nullable Unit unit, BigDecimal value, Location at, RuleScope scope) {
            ObservationChecks.countInteger(value, unit, () -> at, scope);
        }
    },

    /** {@code percentage.range}, error: a value in per cent is outside 0 to 100. */
    PERCENTAGE_RANGE("percentage.range", Severity.ERROR, ObservationChecks::percentageRange, null) {
        @Override
        void checkValue(String indicator, @Nullable Unit unit, BigDecimal value, Location at, RuleScope scope) {
            ObservationChecks.percentageRange(value, unit, () -> at, scope);
        }
    },

    /**
     * {@code value.minimum}, error: a value in another unit with a minimum (rates per N, times, hours,
     * years) is below it; counts and per cent have rules of their own.
     */
    VALUE_MINIMUM("value.minimum", Severity.ERROR, ObservationChecks::valueMinimum, null) {
        @Override
        void checkValue(String indicator, @Nullable Unit unit, BigDecimal value, Location at, RuleScope scope) {
            ObservationChecks.valueMinimum(value, unit, () -> at, scope);
        }
    },

    /** {@code component.negative}, error: a numerator or denominator is below 0. */
    COMPONENT_NEGATIVE("component.negative", Severity.ERROR, ObservationChecks::componentNegative, null),

    /** {@code denominator.zero}, error: a denominator is 0, so no value can come from it. */
    DENOMINATOR_ZERO("denominator.zero", Severity.ERROR, ObservationChecks::denominatorZero, null),

    /** {@code numerator.exceeds}, error: the numerator of a share (a percentage) is above its denominator. */
    NUMERATOR_EXCEEDS("numerator.exceeds", Severity.ERROR, ObservationChecks::numeratorExceeds, null),

    /**
     * {@code value.components}, error: a value disagrees with its numerator and denominator, as
     * {@link io.github.binhdang.core.calc.Values#check} defines it: at the value's own decimals, since a
     * reported value carries its own precision. For 384 / 2,539 (15.1240… %), 15, 15.1 and 15.12 agree;
     * 15.3 and 15.13 do not. Counts and amounts are not computed from components, and approximate values
     * are not held to theirs: both are skipped.
     */
    VALUE_COMPONENTS("value.components", Severity.ERROR, ObservationChecks::valueComponents, null),

    /**
     * {@code value.plausible}, warning: a value is outside the plausible range set for its indicator with
     * {@link RuleSet#withPlausibleRange}, such as a sex ratio at birth outside 95 to 125. Its parameters
     * are named {@code <indicator>.min} and {@code <indicator>.max}; none is set by default.
     */
    VALUE_PLAUSIBLE("value.plausible", Severity.WARNING, ObservationChecks::valuePlausible, null) {
        @Override
        public boolean acceptsParameter(String name) {
            return name.length() > 4 && (name.endsWith(".min") || name.endsWith(".max"));
        }

        @Override
        void checkValue(String indicator, @Nullable Unit unit, BigDecimal value, Location at, RuleScope scope) {
            ObservationChecks.valuePlausible(indicator, value, () -> at, scope);
        }
    },

    /** {@code value.approximate}, information: a value is approximate, so exact comparisons skipped it. */
    VALUE_APPROXIMATE("value.approximate", Severity.INFO, ObservationChecks::valueApproximate, null),

    /**
     * {@code sex.sum}, error: female + male differs from the total, for the values of counts and amounts
     * and for the numerators and denominators of any indicator. Checked from the total; when any of the
     * three is approximate, the range its parts allow must meet the range the total allows, with the
     * tolerances {@code nearly} and {@code about} (per cent, default 10; see "Approximate values").
     */
    SEX_SUM("sex.sum", Severity.ERROR, Tolerance.DEFAULTS, CrossChecks::sexSum, null),

    /**
     * {@code sex.between}, error: a total percentage, ratio or mean is not between the women's and the
     * men's, compared at the indicator's decimals; with an approximate value, when no total the total
     * allows lies between any values the parts allow (tolerances {@code nearly} and {@code about}).
     */
    SEX_BETWEEN("sex.between", Severity.ERROR, Tolerance.DEFAULTS, CrossChecks::sexBetween, null),

    /**
     * {@code area.sum}, error: the children of an area in the hierarchy, as it stood on the period's
     * first day, add up to another figure than the area's own (values of counts and amounts, numerators
     * and denominators of anything). Checked only when every child has reported; with an approximate
     * figure, when the range the children's figures allow cannot meet the parent's (tolerances
     * {@code nearly} and {@code about}).
     */
    AREA_SUM("area.sum", Severity.ERROR, Tolerance.DEFAULTS, CrossChecks::areaSum, null),

    /**
     * {@code change.jump}, warning: a value changed from the previous period (one production step back)
     * by more than {@code threshold} per cent of the previous value; default 50. With an approximate
     * value, the least change the two allow (tolerances {@code nearly} and {@code about}).
     */
    CHANGE_JUMP("change.jump", Severity.WARNING, Map.of("threshold", BigDecimal.valueOf(50),
            Tolerance.NEARLY, BigDecimal.TEN, Tolerance.ABOUT, BigDecimal.TEN), CrossChecks::changeJump, null),

    /**
     * {@code target.direction}, error: a target's milestone moves from the one before (or from the
     * baseline) against its indicator's direction, such as a "reduce" target whose 2030 value is above
     * its 2025 one.
     */
    TARGET_DIRECTION("target.direction", Severity.ERROR, null, TargetChecks::targetDirection),

    /**
     * {@code target.comparison}, warning: a milestone's comparison does not fit its indicator's direction,
     * such as "at most" for an indicator that should increase.
     */
    TARGET_COMPARISON("target.comparison", Severity.WARNING, null, TargetChecks::targetComparison),

    /** {@code value.missing}, error: a raw value given to {@link DatasetValidator#validateValue} is {@code null}. */
    VALUE_MISSING("value.missing", Severity.ERROR, null, null),

    /** {@code value.finite}, error: a raw value given to {@link DatasetValidator#validateValue} is NaN or infinite. */
    VALUE_FINITE("value.finite", Severity.ERROR, null, null),

    /** {@code rule.failed}, error: a rule threw instead of reporting; the finding names the rule and the error. */
    RULE_FAILED("rule.failed", Severity.ERROR, null, null),

    // --- issue 18, the reporting regime -------------------------------------------------------------

    /**
     * {@code status.provisional}, warning: a value is still {@linkplain
     * io.github.binhdang.core.data.ObservationStatus#PROVISIONAL provisional} on the context's
     * {@linkplain ValidationContext#asOf() day}, after the day by which the
     * {@linkplain ValidationContext#deadline() deadlines} want it final: by default a figure for 2024 still
     * provisional after 14 December 2025, the data cut-off of the annual report for 2025. Silent when the
     * context names no day, so that the findings never depend on the day validation runs.
     */
    STATUS_PROVISIONAL("status.provisional", Severity.WARNING, ObservationChecks::statusProvisional, null),

    /**
     * {@code period.before}, information: when the context has a strategy, an observation's period ends
     * before the strategy's span starts, such as a value for 2019 in data for the 2021–2030 strategy. It is
     * not an error (a value from before the strategy is how far it had to go), but a scorecard of the
     * strategy counts it in the series of each target that its indicator measures, so it is noted, naming
     * those targets. A period that ends inside or after the span and is not in it is {@link #PERIOD_SPAN}'s.
     */
    PERIOD_BEFORE("period.before", Severity.INFO, ObservationChecks::periodBefore, null),

    /**
     * {@code target.reference}, error: a target of a local plan serves a target of the context's strategy
     * that the strategy does not have, such as target 1.9 of a national strategy whose objective 1 has
     * two. Checked when the reference names the context's strategy ({@link ValidationContext#strategy()});
     * a plan built with {@link Strategy.Builder#localises(Strategy)} is checked when it is built, a plan
     * read from a file or built from bare references is not.
     */
    TARGET_REFERENCE("target.reference", Severity.ERROR, null, TargetChecks::targetReference),
    // --- issue 17, the transition year of the 2025 reform ------------------------------------------

    /**
     * {@code area.changed}, warning: the area's code named different units during the period, so the
     * figure could belong to either: code {@code 24} in 2025 was Bắc Giang until 30 June and is the new
     * Bắc Ninh from 1 July. The finding names every meaning and the one the figure was read as, on the
     * day the context's {@link io.github.binhdang.core.area.AreaDate} names (by default the period's
     * last: the new Bắc Ninh). A version that only continues the one before (renamed or upgraded, as
     * Thừa Thiên Huế became the city of Huế) is no change of meaning.
     */
    AREA_CHANGED("area.changed", Severity.WARNING, ObservationChecks::areaChanged, null),

    // Issue 19, qualifiers and statuses (csvpeople).

    /**
     * {@code value.components.approximate}, warning: an approximate value whose exact components give a
     * value outside what its qualifier allows, with the tolerances {@code nearly} and {@code about} (per
     * cent, default 10; see "Approximate values"): "gần 45" (40.5 to 45) when they give 40.
     */
    VALUE_COMPONENTS_APPROXIMATE("value.components.approximate", Severity.WARNING, Tolerance.DEFAULTS,
            ObservationChecks::valueComponentsApproximate, null),

    /**
     * {@code status.given}, information: the status was left empty
     * ({@link io.github.binhdang.core.data.ObservationStatus#NOT_GIVEN}), as in an empty cell of a CSV
     * file's status column. Raise its severity to require a status:
     * {@code RuleSet.defaults().withSeverity("status.given", Severity.ERROR)}.
     */
    STATUS_GIVEN("status.given", Severity.INFO, ObservationChecks::statusGiven, null);

    /** Checks one observation. */
    private interface ObservationCheck {
        void check(Observation observation, RuleScope scope);
    }

    /** Checks one strategy. */
    private interface StrategyCheck {
        void check(Strategy strategy, RuleScope scope);
    }

    private final String code;
    private final Severity severity;
    private final Map<String, BigDecimal> parameters;
    private final @Nullable ObservationCheck observationCheck;
    private final @Nullable StrategyCheck strategyCheck;

    StandardRule(String code, Severity severity, @Nullable ObservationCheck observationCheck,
            @Nullable StrategyCheck strategyCheck) {
        this(code, severity, Map.of(), observationCheck, strategyCheck);
    }

    StandardRule(String code, Severity severity, Map<String, BigDecimal> parameters,
            @Nullable ObservationCheck observationCheck, @Nullable StrategyCheck strategyCheck) {
        this.code = code;
        this.severity = severity;
        this.parameters = parameters;
        this.observationCheck = observationCheck;
        this.strategyCheck = strategyCheck;
    }

    /**
     * Returns the code, such as {@code percentage.range}.
     *
     * @return the code, not null
     */
    @Override
    public String code() {
        return code;
    }

    /**
     * Returns the severity its findings get by default.
     *
     * @return the severity, not null
     */
    @Override
    public Severity defaultSeverity() {
        return severity;
    }

    /**
     * Returns the parameters and their defaults: {@code threshold = 50} for {@link #CHANGE_JUMP};
     * {@code nearly = 10} and {@code about = 10} for {@link #SEX_SUM}, {@link #SEX_BETWEEN},
     * {@link #AREA_SUM}, {@link #CHANGE_JUMP} and {@link #VALUE_COMPONENTS_APPROXIMATE}; none for the
     * others.
     *
     * @return an unmodifiable map, not null
     */
    @Override
    public Map<String, BigDecimal> defaultParameters() {
        return parameters;
    }

    /**
     * Returns the message from core's bundles {@code messages.properties} and
     * {@code messages_vi.properties} of this package, key {@code binhdang.<code>}.
     *
     * @return the template, not null
     */
    @Override
    public BilingualText message() {
        return Messages.template(code);
    }

    /**
     * Checks an observation, if this rule looks at observations.
     *
     * @param observation  the observation, not null
     * @param scope        where to report, not null
     */
    @Override
    public void check(Observation observation, RuleScope scope) {
        if (observationCheck != null) {
            observationCheck.check(observation, scope);
        }
    }

    /**
     * Checks a strategy, if this rule looks at strategies.
     *
     * @param strategy  the strategy, not null
     * @param scope     where to report, not null
     */
    @Override
    public void check(Strategy strategy, RuleScope scope) {
        if (strategyCheck != null) {
            strategyCheck.check(strategy, scope);
        }
    }

    /** Checks a raw value of an indicator in a unit, for the rules that judge a number on its own. */
    void checkValue(String indicator, @Nullable Unit unit, BigDecimal value, Location at, RuleScope scope) {
        // Only the number rules look at a value on its own.
    }

    /**
     * Obtains the standard rule with a code: {@code of("sex.sum")} is {@link #SEX_SUM}. The match is
     * exact.
     *
     * @param code  the code, such as {@code change.jump}, not null
     * @return the rule, not null
     * @throws InvalidValueException if no standard rule has that code; the message lists the codes
     */
    public static StandardRule of(String code) {
        return Codes.of("StandardRule.code", values(), StandardRule::code, code);
    }

    /**
     * Finds the standard rule with a code; the match is exact.
     *
     * @param code  the code, such as {@code change.jump}, not null
     * @return the rule, or empty if no standard rule has that code
     */
    public static Optional<StandardRule> find(String code) {
        return Codes.find(values(), StandardRule::code, code);
    }
}
