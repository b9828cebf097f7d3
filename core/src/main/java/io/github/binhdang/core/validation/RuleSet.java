package io.github.binhdang.core.validation;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Checks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The rules a validator runs, in order, each with its severity and parameters.
 *
 * <p>Rules are data: an application copies a rule set with a rule switched off, a severity or a
 * threshold changed, or a rule of its own added, without changing the library:
 * <pre>{@code
 * RuleSet rules = RuleSet.defaults()
 *         .without("change.jump")                              // switched off
 *         .withSeverity("period.span", Severity.WARNING)       // downgraded
 *         .withThreshold("change.jump", 50)                    // (if kept) warn above 50 %
 *         .withPlausibleRange("SRB", new BigDecimal("95"), new BigDecimal("125"))
 *         .with(myRule);                                        // added, or replaces one of its code
 * }</pre>
 * A configuration method given a code the set does not hold, or a parameter the rule does not take,
 * throws {@link InvalidValueException}: that is a mistake in the program, not in the data.
 *
 * <p>Text form, for logs: the codes with their severities, such as
 * {@code RuleSet[key.duplicate ERROR, indicator.unknown ERROR, …]}.
 *
 * @implSpec This class is immutable and thread-safe when its rules are.
 */
public final class RuleSet {

    /** A rule as configured: its severity and its parameters, defaults included. */
    record Entry(Rule rule, Severity severity, Map<String, BigDecimal> parameters) {
        Entry {
            parameters = Map.copyOf(parameters);
        }

        static Entry of(Rule rule) {
            Checks.requireCode("Rule.code", rule.code());
            return new Entry(rule, Objects.requireNonNull(rule.defaultSeverity(), "defaultSeverity"),
                    rule.defaultParameters());
        }
    }

    private static final RuleSet DEFAULTS = of(Arrays.asList(StandardRule.values()));
    private static final RuleSet EMPTY = new RuleSet(List.of());

    private final List<Entry> entries;
    private final Map<String, Entry> byCode;

    private RuleSet(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, Entry> map = new HashMap<>();
        for (Entry e : entries) {
            if (map.put(e.rule().code(), e) != null) {
                throw new InvalidValueException("RuleSet.rules", e.rule().code(), "is the code of two rules");
            }
        }
        this.byCode = Map.copyOf(map);
    }

    /**
     * Returns every built-in rule ({@link StandardRule}) with its default severity and parameters, in
     * declaration order. No plausible range is set, since ranges belong to an application's indicators.
     *
     * @return the default rule set, not null
     */
    public static RuleSet defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the rule set that checks nothing.
     *
     * @return the empty rule set, not null
     */
    public static RuleSet empty() {
        return EMPTY;
    }

    /**
     * Obtains a rule set of rules with their default severities and parameters, in order.
     *
     * @param rules  the rules, not null, each code once
     * @return the rule set, not null
     * @throws InvalidValueException if a code is malformed or repeated
     */
    public static RuleSet of(Collection<? extends Rule> rules) {
        List<Entry> list = new ArrayList<>(rules.size());
        for (Rule r : rules) {
            list.add(Entry.of(Objects.requireNonNull(r, "rule")));
        }
        return new RuleSet(list);
    }

    /**
     * Obtains a rule set of rules with their default severities and parameters, in order.
     *
     * @param rules  the rules, each code once
     * @return the rule set, not null
     * @throws InvalidValueException if a code is malformed or repeated
     */
    public static RuleSet of(Rule... rules) {
        return of(Arrays.asList(rules));
    }

    List<Entry> entries() {
        return entries;
    }

    @Nullable Entry entry(String code) {
        return byCode.get(code);
    }

    private Entry require(String code) {
        Entry e = byCode.get(Objects.requireNonNull(code, "code"));
        if (e == null) {
            throw new InvalidValueException("RuleSet.code", code, "is not the code of a rule in this set");
        }
        return e;
    }

    /**
     * Returns the rules, in the order they run.
     *
     * @return an unmodifiable list, not null
     */
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            rules.add(e.rule());
        }
        return Collections.unmodifiableList(rules);
    }

    /**
     * Returns the codes of the rules, in the order they run.
     *
     * @return an unmodifiable list, not null
     */
    public List<String> codes() {
        List<String> codes = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            codes.add(e.rule().code());
        }
        return Collections.unmodifiableList(codes);
    }

    /**
     * Tells whether the set holds (and so runs) a rule of a code.
     *
     * @param code  the code, not null
     * @return true if it does
     */
    public boolean contains(String code) {
        return byCode.containsKey(Objects.requireNonNull(code, "code"));
    }

    /**
     * Finds the rule of a code.
     *
     * @param code  the code, not null
     * @return the rule, or empty if the set holds none of that code
     */
    public Optional<Rule> find(String code) {
        Entry e = byCode.get(Objects.requireNonNull(code, "code"));
        return e == null ? Optional.empty() : Optional.of(e.rule());
    }

    /**
     * Returns the severity a rule's findings get in this set.
     *
     * @param code  the rule's code, not null
     * @return the severity, not null
     * @throws InvalidValueException if the set holds no rule of that code
     */
    public Severity severity(String code) {
        return require(code).severity();
    }

    /**
     * Returns a rule's parameters as set in this set, defaults included.
     *
     * @param code  the rule's code, not null
     * @return an unmodifiable map, not null
     * @throws InvalidValueException if the set holds no rule of that code
     */
    public Map<String, BigDecimal> parameters(String code) {
        return require(code).parameters();
    }

    /**
     * Returns a copy with a rule added at the end, or, if the set holds a rule of the same code, with that
     * rule replaced in its place; either way with the rule's default severity and parameters.
     *
     * @param rule  the rule, not null
     * @return the rule set, not null
     * @throws InvalidValueException if the rule's code is malformed
     */
    public RuleSet with(Rule rule) {
        Entry added = Entry.of(Objects.requireNonNull(rule, "rule"));
        List<Entry> list = new ArrayList<>(entries);
        int at = indexOf(rule.code());
        if (at < 0) {
            list.add(added);
        } else {
            list.set(at, added);
        }
        return new RuleSet(list);
    }

    /**
     * Returns a copy with a rule switched off (removed).
     *
     * @param code  the rule's code, not null
     * @return the rule set, not null
     * @throws InvalidValueException if the set holds no rule of that code
     */
    public RuleSet without(String code) {
        require(code);
        List<Entry> list = new ArrayList<>(entries);
        list.remove(indexOf(code));
        return new RuleSet(list);
    }

    /**
     * Returns a copy in which a rule's findings get another severity.
     *
     * @param code      the rule's code, not null
     * @param severity  the severity, not null
     * @return the rule set, not null
     * @throws InvalidValueException if the set holds no rule of that code
     */
    public RuleSet withSeverity(String code, Severity severity) {
        Entry e = require(code);
        Objects.requireNonNull(severity, "severity");
        return replace(new Entry(e.rule(), severity, e.parameters()));
    }

    /**
     * Returns a copy in which a rule's parameter has another value.
     *
     * @param code   the rule's code, not null
     * @param name   the parameter's name, one the rule {@linkplain Rule#acceptsParameter accepts}
     * @param value  the value, not null
     * @return the rule set, not null
     * @throws InvalidValueException if the set holds no rule of that code or the rule takes no such parameter
     */
    public RuleSet withParameter(String code, String name, BigDecimal value) {
        Entry e = require(code);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (!e.rule().acceptsParameter(name)) {
            throw new InvalidValueException("RuleSet.parameter", name, "is not a parameter of rule " + code);
        }
        Map<String, BigDecimal> parameters = new LinkedHashMap<>(e.parameters());
        parameters.put(name, value);
        return replace(new Entry(e.rule(), e.severity(), parameters));
    }

    /**
     * Returns a copy in which a rule's {@code threshold} parameter has another value, such as
     * {@code withThreshold("change.jump", new BigDecimal("30"))} to warn of changes above 30 %.
     *
     * @param code       the rule's code, not null
     * @param threshold  the threshold, not null
     * @return the rule set, not null
     * @throws InvalidValueException if the set holds no rule of that code or the rule has no threshold
     */
    public RuleSet withThreshold(String code, BigDecimal threshold) {
        return withParameter(code, "threshold", threshold);
    }

    /**
     * Returns a copy in which a rule's {@code threshold} parameter has another whole value, such as
     * {@code withThreshold("change.jump", 50)}.
     *
     * @param code       the rule's code, not null
     * @param threshold  the threshold
     * @return the rule set, not null
     * @throws InvalidValueException if the set holds no rule of that code or the rule has no threshold
     */
    public RuleSet withThreshold(String code, long threshold) {
        return withThreshold(code, BigDecimal.valueOf(threshold));
    }

    /**
     * Returns a copy in which values of an indicator outside a range are warned of by the rule
     * {@code value.plausible}, such as a sex ratio at birth outside 95 to 125 boys per 100 girls.
     *
     * @param indicator  the indicator's code, not blank
     * @param min        the least plausible value, not null
     * @param max        the greatest plausible value, not below {@code min}
     * @return the rule set, not null
     * @throws InvalidValueException if {@code max} is below {@code min}, or the set does not hold
     *         {@code value.plausible}
     */
    public RuleSet withPlausibleRange(String indicator, BigDecimal min, BigDecimal max) {
        String code = Checks.requireText("RuleSet.indicator", indicator);
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (max.compareTo(min) < 0) {
            throw new InvalidValueException("RuleSet.max", max.toPlainString(), "is below min " + min.toPlainString());
        }
        String rule = StandardRule.VALUE_PLAUSIBLE.code();
        return withParameter(rule, code + ".min", min).withParameter(rule, code + ".max", max);
    }

    private int indexOf(String code) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).rule().code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private RuleSet replace(Entry entry) {
        List<Entry> list = new ArrayList<>(entries);
        list.set(indexOf(entry.rule().code()), entry);
        return new RuleSet(list);
    }

    /**
     * Compares the rules, their order, severities and parameters.
     *
     * @param other  the other object
     * @return true if both run the same rules the same way
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RuleSet r && entries.equals(r.entries);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /**
     * Returns the codes and severities, such as {@code RuleSet[key.duplicate ERROR, change.jump WARNING]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ", "RuleSet[", "]");
        for (Entry e : entries) {
            text.add(e.rule().code() + " " + e.severity());
        }
        return text.toString();
    }
}
