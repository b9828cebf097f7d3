package io.github.binhdang.core.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * What validation found: every finding, in the order found (by observation, then by rule), none
 * dropped, with the answer to the question that matters: may the submission be accepted?
 *
 * <p>A submission is {@linkplain #isAcceptable() acceptable} when no finding is an
 * {@linkplain Severity#ERROR error}; warnings and information do not stop it. Findings can be counted by
 * severity, sorted by area, indicator and code, and grouped by any of those.
 *
 * <p>Text form, for logs: {@code ValidationReport[2 errors, 1 warning, 0 info]}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ValidationReport {

    /** Orders findings by area, then indicator, then period, then code; findings with no area or indicator come first. */
    public static final Comparator<Finding> BY_AREA_INDICATOR_CODE = Comparator
            .comparing((Finding f) -> f.location().area().orElse(""))
            .thenComparing(f -> f.location().indicator().orElse(""))
            .thenComparing(f -> f.location().period().map(Object::toString).orElse(""))
            .thenComparing(Finding::code);

    private static final ValidationReport EMPTY = new ValidationReport(List.of());

    private final List<Finding> findings;
    private final int[] counts;

    private ValidationReport(List<Finding> findings) {
        this.findings = findings;
        this.counts = new int[Severity.values().length];
        for (Finding f : findings) {
            counts[f.severity().ordinal()]++;
        }
    }

    /**
     * Returns the report with no finding.
     *
     * @return the empty report, not null
     */
    public static ValidationReport empty() {
        return EMPTY;
    }

    /**
     * Obtains a report of findings, in their order.
     *
     * @param findings  the findings, not null, no null element
     * @return the report, not null
     */
    public static ValidationReport of(List<Finding> findings) {
        return findings.isEmpty() ? EMPTY : new ValidationReport(List.copyOf(findings));
    }

    // For the validator: the list is fresh and no longer changed, so it is wrapped rather than copied.
    static ValidationReport wrap(ArrayList<Finding> findings) {
        return findings.isEmpty() ? EMPTY : new ValidationReport(Collections.unmodifiableList(findings));
    }

    /**
     * Returns every finding in the order found.
     *
     * @return an unmodifiable list, not null
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Returns the findings of one severity, in the order found.
     *
     * @param severity  the severity, not null
     * @return an unmodifiable list, not null
     */
    public List<Finding> findings(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        List<Finding> selected = new ArrayList<>(counts[severity.ordinal()]);
        for (Finding f : findings) {
            if (f.severity() == severity) {
                selected.add(f);
            }
        }
        return Collections.unmodifiableList(selected);
    }

    /**
     * Returns the errors, in the order found.
     *
     * @return an unmodifiable list, not null
     */
    public List<Finding> errors() {
        return findings(Severity.ERROR);
    }

    /**
     * Tells whether the submission may be accepted: whether no finding is an error.
     *
     * @return true if there is no error
     */
    public boolean isAcceptable() {
        return counts[Severity.ERROR.ordinal()] == 0;
    }

    /**
     * Tells whether there is no finding at all.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /**
     * Returns the number of findings.
     *
     * @return the size, not negative
     */
    public int size() {
        return findings.size();
    }

    /**
     * Returns the number of findings of a severity.
     *
     * @param severity  the severity, not null
     * @return the count, not negative
     */
    public int count(Severity severity) {
        return counts[Objects.requireNonNull(severity, "severity").ordinal()];
    }

    /**
     * Returns the number of findings of each severity, every severity included.
     *
     * @return an unmodifiable map in the order error, warning, info, not null
     */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> map = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            map.put(s, counts[s.ordinal()]);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns the findings sorted by {@link #BY_AREA_INDICATOR_CODE}; findings that compare equal keep
     * the order found.
     *
     * @return an unmodifiable list, not null
     */
    public List<Finding> sorted() {
        return sorted(BY_AREA_INDICATOR_CODE);
    }

    /**
     * Returns the findings sorted; findings that compare equal keep the order found.
     *
     * @param order  the order, not null
     * @return an unmodifiable list, not null
     */
    public List<Finding> sorted(Comparator<? super Finding> order) {
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(order);
        return Collections.unmodifiableList(copy);
    }

    /**
     * Groups the findings by the code of their area, sorted by code; findings with no area (a strategy's
     * targets, an empty row) are under the empty code {@code ""}.
     *
     * @return an unmodifiable sorted map of unmodifiable lists in the order found, not null
     */
    public Map<String, List<Finding>> byArea() {
        return groupBy(f -> f.location().area().orElse(""));
    }

    /**
     * Groups the findings by the code of their indicator, sorted by code; findings with no indicator are
     * under the empty code {@code ""}.
     *
     * @return an unmodifiable sorted map of unmodifiable lists in the order found, not null
     */
    public Map<String, List<Finding>> byIndicator() {
        return groupBy(f -> f.location().indicator().orElse(""));
    }

    /**
     * Groups the findings by their code, sorted by code.
     *
     * @return an unmodifiable sorted map of unmodifiable lists in the order found, not null
     */
    public Map<String, List<Finding>> byCode() {
        return groupBy(Finding::code);
    }

    /**
     * Groups the findings by a key, sorted by the key.
     *
     * @param <K>         the type of the key
     * @param classifier  gives the key of a finding, not null, never returning null
     * @return an unmodifiable sorted map of unmodifiable lists in the order found, not null
     */
    public <K extends Comparable<? super K>> Map<K, List<Finding>> groupBy(Function<Finding, K> classifier) {
        Objects.requireNonNull(classifier, "classifier");
        TreeMap<K, List<Finding>> groups = new TreeMap<>();
        for (Finding f : findings) {
            groups.computeIfAbsent(Objects.requireNonNull(classifier.apply(f), "key"), k -> new ArrayList<>()).add(f);
        }
        groups.replaceAll((k, list) -> Collections.unmodifiableList(list));
        return Collections.unmodifiableSortedMap(groups);
    }

    /**
     * Returns a report with the findings of this one followed by those of another.
     *
     * @param other  the other report, not null
     * @return the combined report, not null
     */
    public ValidationReport plus(ValidationReport other) {
        Objects.requireNonNull(other, "other");
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        List<Finding> all = new ArrayList<>(findings.size() + other.findings.size());
        all.addAll(findings);
        all.addAll(other.findings);
        return new ValidationReport(Collections.unmodifiableList(all));
    }

    /**
     * Returns a report whose findings are moved to new locations, such as the line and column of the file
     * each row was read from: {@code report.relocate(l -> l.index().isPresent() ? l.withPosition(line(l), 1) : l)}.
     *
     * @param relocation  gives the new location of a location, not null, never returning null
     * @return the report, not null
     */
    public ValidationReport relocate(UnaryOperator<Location> relocation) {
        Objects.requireNonNull(relocation, "relocation");
        List<Finding> moved = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            moved.add(f.withLocation(Objects.requireNonNull(relocation.apply(f.location()), "location")));
        }
        return of(moved);
    }

    /**
     * Compares the findings in order.
     *
     * @param other  the other object
     * @return true if both hold equal findings in the same order
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other == this || other instanceof ValidationReport r && findings.equals(r.findings);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return findings.hashCode();
    }

    /**
     * Returns the counts, such as {@code ValidationReport[2 errors, 1 warning, 0 info]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        int errors = count(Severity.ERROR);
        int warnings = count(Severity.WARNING);
        return "ValidationReport[" + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning, " : " warnings, ") + count(Severity.INFO) + " info]";
    }
}
