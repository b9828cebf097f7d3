package io.github.binhdang.core.validation;

import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.indicator.Indicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Rule} sees while it checks: the context, its own severity and parameters, the other
 * observations of the input, and where to report.
 *
 * <p>A scope belongs to one validation call and lives only during it: a rule must not keep it.
 *
 * @implNote A scope is not thread-safe; each validation call has its own, so a validator can run in
 *     many threads at once.
 */
public final class RuleScope {

    /** The other observations of the input, by key. */
    interface Input {
        /** The first observation with a key, or null. */
        @Nullable Observation find(ObservationKey key);

        /** The position of the first observation with a key, or -1. */
        int firstIndex(ObservationKey key);
    }

    static final Input NO_INPUT = new Input() {
        @Override
        public @Nullable Observation find(ObservationKey key) {
            return null;
        }

        @Override
        public int firstIndex(ObservationKey key) {
            return -1;
        }
    };

    private final ValidationContext context;
    private final Input input;
    private final ArrayList<Finding> findings;
    private final Map<Object, Object> memo = new HashMap<>();
    private RuleSet.@Nullable Entry entry;
    private @Nullable Observation observation;
    private @Nullable Location subject;
    private int index = -1;
    private boolean repeat;

    RuleScope(ValidationContext context, Input input, ArrayList<Finding> findings) {
        this.context = context;
        this.input = input;
        this.findings = findings;
    }

    // Set by the validator before each rule and each observation.
    void rule(RuleSet.Entry current) {
        this.entry = current;
    }

    void observation(@Nullable Observation current, int position, boolean repeated) {
        this.observation = current;
        this.index = position;
        this.repeat = repeated;
        this.subject = null;
    }

    void subject(Location location) {
        this.observation = null;
        this.index = -1;
        this.repeat = false;
        this.subject = location;
    }

    @SuppressWarnings("unchecked")
    <T> T memo(Object key, Function<Object, T> compute) {
        return (T) memo.computeIfAbsent(key, compute);
    }

    boolean hasParameters() {
        return !entry().parameters().isEmpty();
    }

    private RuleSet.Entry entry() {
        if (entry == null) {
            throw new IllegalStateException("no rule is running");
        }
        return entry;
    }

    /**
     * Returns what the input is validated against.
     *
     * @return the context, not null
     */
    public ValidationContext context() {
        return context;
    }

    /**
     * Finds an indicator of the context by its code.
     *
     * @param code  the code, not null
     * @return the indicator, or empty
     */
    public Optional<Indicator> indicator(String code) {
        return context.indicator(code);
    }

    /**
     * Returns the rule that is running.
     *
     * @return the rule, not null
     * @throws IllegalStateException if no rule is running
     */
    public Rule rule() {
        return entry().rule();
    }

    /**
     * Returns the severity the running rule's findings get.
     *
     * @return the severity, not null
     * @throws IllegalStateException if no rule is running
     */
    public Severity severity() {
        return entry().severity();
    }

    /**
     * Returns a parameter of the running rule as the rule set configures it.
     *
     * @param name  the parameter's name, not null
     * @return the value, or empty if it is not set
     * @throws IllegalStateException if no rule is running
     */
    public Optional<BigDecimal> parameter(String name) {
        return Optional.ofNullable(entry().parameters().get(Objects.requireNonNull(name, "name")));
    }

    /**
     * Finds an observation of the input by its key; the first one when the key repeats. Empty when a
     * single observation is validated.
     *
     * @param key  the key, not null
     * @return the observation, or empty
     */
    public Optional<Observation> find(ObservationKey key) {
        return Optional.ofNullable(input.find(Objects.requireNonNull(key, "key")));
    }

    /**
     * Returns the position in the input of the first observation with a key.
     *
     * @param key  the key, not null
     * @return the zero-based index, or empty if the input holds none
     */
    public OptionalInt firstIndex(ObservationKey key) {
        int i = input.firstIndex(Objects.requireNonNull(key, "key"));
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /**
     * Returns the position in the input of the observation being checked.
     *
     * @return the zero-based index, or empty when a single observation or a strategy is checked
     */
    public OptionalInt index() {
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /**
     * Tells whether the observation being checked repeats the key of an earlier one in the input. Rules
     * that compare observations with each other skip repeats, so that one problem is reported once.
     *
     * @return true for the second and later observations of a key
     */
    public boolean isRepeat() {
        return repeat;
    }

    /**
     * Returns the location of a field of the observation or subject being checked, with its index in the
     * input.
     *
     * @param path  the field path, such as {@code "value"}; empty for the whole
     * @return the location, not null
     * @throws IllegalStateException if nothing is being checked
     */
    public Location at(String path) {
        if (observation != null) {
            Location l = Location.of(observation.key(), path);
            return index < 0 ? l : l.withIndex(index);
        }
        if (subject != null) {
            return subject.withPath(path);
        }
        throw new IllegalStateException("nothing is being checked");
    }

    /**
     * Reports a finding of the running rule, with the rule's severity and message.
     *
     * @param location   where the problem is, not null
     * @param value      the value found, as text, not null
     * @param rule       what the rule requires, in English, not blank
     * @param arguments  the named values the message shows, not null
     * @throws IllegalStateException if no rule is running
     */
    public void report(Location location, String value, String rule, Map<String, ?> arguments) {
        report(entry().severity(), location, value, rule, arguments);
    }

    /**
     * Reports a finding of the running rule with a severity of its own, such as a warning where the rule
     * is unsure.
     *
     * @param severity   the severity, not null
     * @param location   where the problem is, not null
     * @param value      the value found, as text, not null
     * @param rule       what the rule requires, in English, not blank
     * @param arguments  the named values the message shows, not null
     * @throws IllegalStateException if no rule is running
     */
    public void report(Severity severity, Location location, String value, String rule, Map<String, ?> arguments) {
        RuleSet.Entry e = entry();
        @SuppressWarnings("unchecked")
        Map<String, Object> args = (Map<String, Object>) arguments;
        findings.add(new Finding(e.rule().code(), severity, location, value, rule, args, e.rule().message()));
    }
}
