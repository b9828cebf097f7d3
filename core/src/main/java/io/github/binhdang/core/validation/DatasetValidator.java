package io.github.binhdang.core.validation;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.data.SourceFile;
import io.github.binhdang.core.data.SourcePosition;
import io.github.binhdang.core.data.internal.DatasetAccess;
import io.github.binhdang.core.data.internal.ObservationColumns;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.constraints.ValueChecks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of validation: checks an observation, a dataset, a raw list of observations or a
 * strategy against a {@link ValidationContext} with the rules of a {@link RuleSet}, and returns a
 * {@link ValidationReport} of every problem found.
 *
 * <p>Nothing throws for bad data: a {@code null} row, a NaN, an unknown code, an area that no longer
 * existed, a broken reference each become a finding with its location. Only a {@code null} argument
 * (a program's mistake, not the data's) throws {@link NullPointerException}. A rule that throws is
 * reported as {@code rule.failed} and the other rules go on.
 *
 * <p>The input is walked once, in order; findings come in that order, and for each observation in
 * the order of the rules. Rules that compare observations (sexes, areas, periods) look the others up
 * by key, so no observation is read twice for them and nothing is done by reflection.
 *
 * <p>A {@link Dataset} is read on its columns: the built-in rules first look at a row's key ids and
 * primitive numbers, and an {@link Observation} is made of the row only when some rule may report on it;
 * that rule then checks the observation as it would anywhere else, so the findings are the same. An
 * application's own {@link Rule} sees every observation.
 *
 * <pre>{@code
 * DatasetValidator validator = DatasetValidator.of(RuleSet.defaults().withThreshold("change.jump", 30));
 * ValidationReport report = validator.validate(dataset, ValidationContext.of(indicators, areas));
 * if (!report.isAcceptable()) {
 *     report.errors().forEach(f -> System.out.println(f.location() + ": " + f.message(Locale.forLanguageTag("vi"))));
 * }
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe: one validator can serve many threads at once.
 */
public final class DatasetValidator {

    private static final DatasetValidator DEFAULTS = new DatasetValidator(RuleSet.defaults());

    private final RuleSet rules;

    private DatasetValidator(RuleSet rules) {
        this.rules = rules;
    }

    /**
     * Returns the validator of the default rules.
     *
     * @return the validator, not null
     */
    public static DatasetValidator defaults() {
        return DEFAULTS;
    }

    /**
     * Obtains a validator of a rule set.
     *
     * @param rules  the rules, not null
     * @return the validator, not null
     */
    public static DatasetValidator of(RuleSet rules) {
        return new DatasetValidator(Objects.requireNonNull(rules, "rules"));
    }

    /**
     * Returns the rules this validator runs.
     *
     * @return the rule set, not null
     */
    public RuleSet rules() {
        return rules;
    }

    /**
     * Validates one observation on its own; rules that compare observations find nothing to compare.
     *
     * @param observation  the observation, not null
     * @param context      what it is validated against, not null
     * @return the report, not null
     */
    public ValidationReport validate(Observation observation, ValidationContext context) {
        Objects.requireNonNull(observation, "observation");
        Objects.requireNonNull(context, "context");
        ArrayList<Finding> findings = new ArrayList<>();
        RuleScope scope = new RuleScope(context, RuleScope.NO_INPUT, findings);
        scope.observation(observation, -1, false);
        runAll(observation, scope);
        return ValidationReport.wrap(findings);
    }

    /**
     * Validates a dataset: each observation, and each against the others. Locations carry each
     * observation's index in the dataset and, for a dataset read from a file (one with a
     * {@linkplain Dataset#source() source}), the file's name, the line, the column of the finding's field
     * and its header as written ({@code line 7, column 4 "Giá trị"}) and the field as written
     * ({@code gần 400}, {@code 1.234,5}), so that a finding names its place in the file even after rows
     * were left out. When the reader counted the file's records ({@link SourcePosition#record()}), the
     * index is the observation's record, not its place in the dataset: a finding at index 3 of a JSON
     * document is about {@code observations[3]} as written, however many elements before it could not be
     * read; the observation itself is found by the location's {@linkplain Location#key() key}.
     *
     * @param dataset  the dataset, not null
     * @param context  what it is validated against, not null
     * @return the report, not null
     */
    public ValidationReport validate(Dataset dataset, ValidationContext context) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(context, "context");
        ObservationColumns table = DatasetAccess.columns(dataset);
        ArrayList<Finding> findings = new ArrayList<>();
        RuleScope scope = new RuleScope(context, input(table), findings);
        // The standard rules look at the columns first, each marking the rows it may report on; a marked
        // row becomes an Observation, and each rule that marked it (and each application's rule) then checks
        // it as it always does, in the rule set's order.
        List<RuleSet.Entry> entries = rules.entries();
        RuleSet.Entry[] each = entries.toArray(new RuleSet.Entry[0]);
        ColumnChecks columns = new ColumnChecks(table, context, entries);
        int size = table.size();
        long[][] marked = new long[each.length][];
        long[] any = new long[(size + 63) >>> 6];
        boolean everyRow = false;
        for (int k = 0; k < each.length; k++) {
            long[] rows = columns.rowsFor(k);
            marked[k] = rows;
            if (rows == ColumnChecks.EVERY) {
                everyRow = true;
            } else if (rows != null) {
                for (int w = 0; w < any.length; w++) {
                    any[w] |= rows[w];
                }
            }
        }
        for (int i = everyRow ? 0 : next(any, 0); i >= 0 && i < size; i = everyRow ? i + 1 : next(any, i + 1)) {
            Observation o = null;
            for (int k = 0; k < each.length; k++) {
                long[] rows = marked[k];
                if (rows == null || rows != ColumnChecks.EVERY && (rows[i >>> 6] & 1L << i) == 0) {
                    continue;
                }
                if (o == null) {
                    o = table.observation(i);
                    scope.observation(o, i, false);
                }
                run(each[k], o, scope);
            }
        }
        placeInSource(dataset, findings);
        return ValidationReport.wrap(findings);
    }

    /**
     * Puts where each finding's observation was read from into its location, for a dataset read from a
     * file: the file's name, the line, the column and header of the finding's field (or the column
     * where the observation begins, when the file has no column for the field), the field as the file
     * wrote it ({@link Dataset#written(int, String)}) and, as the index, the observation's record in the
     * file when the reader counted records ({@link SourcePosition#record()}). A dataset built in code has
     * no source, and its findings are left as they are.
     */
    private static void placeInSource(Dataset dataset, List<Finding> findings) {
        Optional<SourceFile> source = dataset.source();
        if (source.isEmpty()) {
            return;
        }
        SourceFile file = source.get();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            OptionalInt index = f.location().index();
            if (index.isEmpty() || index.getAsInt() >= dataset.size()) {
                continue;
            }
            Optional<SourcePosition> at = dataset.position(index.getAsInt());
            if (at.isEmpty()) {
                continue;
            }
            Location located = f.location().withSource(at.get());
            if (at.get().record() != SourcePosition.NO_RECORD) {
                // The record as written: observations[3] is the 4th element of the file, not the 4th kept.
                located = located.withIndex(at.get().record());
            }
            if (file.sheet().isPresent()) {
                located = located.withSheet(file.sheet().get());
            }
            Optional<SourceFile.Column> column = file.column(located.path());
            if (column.isPresent()) {
                located = located.withPosition(at.get().line(), column.get().number());
                if (!column.get().header().isBlank()) {
                    located = located.withHeader(column.get().header());
                }
            }
            if (!located.path().isEmpty()) {
                Optional<String> written = dataset.written(index.getAsInt(), located.path());
                if (written.isPresent()) {
                    located = located.withWritten(written.get());
                }
            }
            findings.set(i, f.withLocation(located));
        }
    }

    /**
     * Validates a dataset as {@link #validate(Dataset, ValidationContext)} did before it read the columns:
     * every row made an {@link Observation} and given to every rule. Kept for the test that holds the two
     * to the same findings.
     */
    ValidationReport validateObservations(Dataset dataset, ValidationContext context) {
        ObservationColumns table = DatasetAccess.columns(dataset);
        ArrayList<Finding> findings = new ArrayList<>();
        RuleScope scope = new RuleScope(context, input(table), findings);
        int size = dataset.size();
        for (int i = 0; i < size; i++) {
            Observation o = dataset.get(i);
            scope.observation(o, i, false);
            runAll(o, scope);
        }
        return ValidationReport.wrap(findings);
    }

    /** The first row at or after a position whose bit is set, or -1. */
    private static int next(long[] bits, int from) {
        int w = from >>> 6;
        if (w >= bits.length) {
            return -1;
        }
        long word = bits[w] & -1L << from;
        while (word == 0) {
            if (++w == bits.length) {
                return -1;
            }
            word = bits[w];
        }
        return (w << 6) + Long.numberOfTrailingZeros(word);
    }

    /** The dataset's own key index answers lookups without building an Optional for each. */
    private static RuleScope.Input input(ObservationColumns table) {
        return new RuleScope.Input() {
            @Override
            public @Nullable Observation find(ObservationKey key) {
                int row = firstIndex(key);
                return row < 0 ? null : table.observation(row);
            }

            @Override
            public int firstIndex(ObservationKey key) {
                return table.find(key);
            }
        };
    }

    /**
     * Validates a raw list of observations, as a CSV or JSON reader produces it: it may hold
     * {@code null} rows ({@code input.null}) and repeated keys ({@code key.duplicate}), which a
     * {@link Dataset} cannot. Rules that compare observations use the first observation of each key.
     * Locations carry each row's index in the list.
     *
     * @param observations  the observations, not null; elements may be null
     * @param context       what they are validated against, not null
     * @return the report, not null
     */
    public ValidationReport validate(Iterable<? extends @Nullable Observation> observations,
            ValidationContext context) {
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(context, "context");
        List<@Nullable Observation> rows = new ArrayList<>();
        Map<ObservationKey, Integer> first = new HashMap<>();
        for (Observation o : observations) {
            if (o != null) {
                first.putIfAbsent(o.key(), rows.size());
            }
            rows.add(o);
        }
        RuleScope.Input input = new RuleScope.Input() {
            @Override
            public @Nullable Observation find(ObservationKey key) {
                Integer i = first.get(key);
                return i == null ? null : rows.get(i);
            }

            @Override
            public int firstIndex(ObservationKey key) {
                Integer i = first.get(key);
                return i == null ? -1 : i;
            }
        };
        ArrayList<Finding> findings = new ArrayList<>();
        RuleScope scope = new RuleScope(context, input, findings);
        RuleSet.Entry nullRule = rules.entry(StandardRule.INPUT_NULL.code());
        for (int i = 0; i < rows.size(); i++) {
            Observation o = rows.get(i);
            if (o == null) {
                if (nullRule != null) {
                    scope.rule(nullRule);
                    scope.report(Location.ofIndex(i), "", "is empty: an observation was expected", Map.of("row", i + 1));
                }
                continue;
            }
            scope.observation(o, i, first.get(o.key()) != i);
            runAll(o, scope);
        }
        return ValidationReport.wrap(findings);
    }

    /**
     * Validates a strategy: its targets' indicators and units against the context, its milestones
     * against its span and against their indicators' directions, its area against the hierarchy.
     *
     * @param strategy  the strategy, not null
     * @param context   what it is validated against, not null
     * @return the report, not null
     */
    public ValidationReport validate(Strategy strategy, ValidationContext context) {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(context, "context");
        ArrayList<Finding> findings = new ArrayList<>();
        RuleScope scope = new RuleScope(context, RuleScope.NO_INPUT, findings);
        scope.subject(Location.of(strategy.code(), ""));
        for (RuleSet.Entry e : rules.entries()) {
            scope.rule(e);
            try {
                e.rule().check(strategy, scope);
            } catch (RuntimeException failure) {
                failed(scope, e, scope.at(""), failure);
            }
        }
        return ValidationReport.wrap(findings);
    }

    /**
     * Validates a raw number of an indicator before an observation is made of it, as a reader may: a
     * {@code null} is {@code value.missing}, a NaN or an infinity {@code value.finite}; a number is
     * checked by the rules that judge a number on its own ({@code indicator.unknown},
     * {@code count.integer}, {@code percentage.range}, {@code value.minimum}, {@code value.plausible})
     * in the indicator's unit.
     *
     * @param indicator  the indicator's code, not null
     * @param value      the value as read, may be null, NaN or infinite
     * @param location   where the value was read, not null
     * @param context    what it is validated against, not null
     * @return the report, not null
     */
    public ValidationReport validateValue(String indicator, @Nullable Number value, Location location,
            ValidationContext context) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(context, "context");
        ArrayList<Finding> findings = new ArrayList<>();
        RuleScope scope = new RuleScope(context, RuleScope.NO_INPUT, findings);
        scope.subject(location);
        if (value == null) {
            report(scope, StandardRule.VALUE_MISSING, location, "", "is missing", Map.of());
            return ValidationReport.wrap(findings);
        }
        Optional<BigDecimal> decimal = ValueChecks.decimal(value);
        if (decimal.isEmpty()) {
            report(scope, StandardRule.VALUE_FINITE, location, value.toString(), "is not a finite number",
                    Map.of("value", value.toString()));
            return ValidationReport.wrap(findings);
        }
        Optional<Indicator> known = context.indicator(indicator);
        if (known.isEmpty()) {
            report(scope, StandardRule.INDICATOR_UNKNOWN, location, indicator,
                    "is not an indicator of the validation context", Map.of("indicator", indicator, "hint",
                            Suggestions.indicator(indicator, context.indicators())));
        }
        Unit unit = known.map(Indicator::unit).orElse(null);
        for (RuleSet.Entry e : rules.entries()) {
            if (e.rule() instanceof StandardRule standard) {
                scope.rule(e);
                standard.checkValue(indicator, unit, decimal.get(), location, scope);
            }
        }
        return ValidationReport.wrap(findings);
    }

    private void report(RuleScope scope, StandardRule rule, Location location, String value, String text,
            Map<String, ?> arguments) {
        RuleSet.Entry e = rules.entry(rule.code());
        if (e != null) {
            scope.rule(e);
            scope.report(location, value, text, arguments);
        }
    }

    private void runAll(Observation o, RuleScope scope) {
        for (RuleSet.Entry e : rules.entries()) {
            run(e, o, scope);
        }
    }

    private void run(RuleSet.Entry e, Observation o, RuleScope scope) {
        scope.rule(e);
        try {
            e.rule().check(o, scope);
        } catch (RuntimeException failure) {
            failed(scope, e, scope.at(""), failure);
        }
    }

    private void failed(RuleScope scope, RuleSet.Entry failedRule, Location at, RuntimeException failure) {
        RuleSet.Entry e = rules.entry(StandardRule.RULE_FAILED.code());
        if (e != null) {
            String error = failure.getClass().getSimpleName()
                    + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
            scope.rule(e);
            scope.report(at, "", "threw " + error + " in rule " + failedRule.rule().code(),
                    Map.of("rule", failedRule.rule().code(), "error", error));
        }
    }

    /**
     * Returns a description, such as {@code DatasetValidator[RuleSet[…]]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "DatasetValidator[" + rules + "]";
    }
}
