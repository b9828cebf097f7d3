package io.github.binhdang.cli;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.progress.ScorecardRow;
import io.github.binhdang.core.progress.SkippedObservation;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Location;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The observations that a scorecard or an aggregate leaves out because validation found an error in them
 * (a percentage of 105, a numerator above its denominator): a figure known to be wrong is neither scored nor
 * added into a total, as the "a submission with errors still produces the whole report" asks for
 * the report, not for the verdict or the sum. Nothing is dropped silently: each one that the command would
 * have read is counted in a line of the terminal with its file and line, noted in the validation report by
 * a finding of its own ({@value #CODE} or {@value #AGGREGATE_CODE}) at the place of its first error, and,
 * in a scorecard, listed in the reason of its target's row (as core's {@link SkippedObservation}, "1
 * observation was skipped (2024: …)"). A row with an error that the command would not have read (another
 * area, an indicator of no target) is not told again.
 *
 * <p>An error is matched to an observation in the file it was found in, by key and, where both have one,
 * by line: when files are merged ({@link Shared#merge}), the observation kept for a key is the first
 * file's, and only an error of that file (at that observation's line) leaves it out; an error in a later
 * file's copy of the same key, which the merge dropped, does not.
 */
final class Excluded {

    /** The code of the finding that notes an observation left out of the scorecard. */
    static final String CODE = "scorecard.excluded";
    /** The code of the finding that notes an observation left out of the totals of {@code aggregate}. */
    static final String AGGREGATE_CODE = "aggregate.excluded";

    /** The command that leaves observations out: the prefix of its codes and of its texts. */
    enum Use {
        /** {@code scorecard}: left out of the scorecard. */
        SCORECARD("scorecard", CODE, "an observation with an error is not scored"),
        /** {@code aggregate}: left out of the totals. */
        AGGREGATE("aggregate", AGGREGATE_CODE, "an observation with an error is not added into a total");

        /** The prefix of the command's texts: {@code <prefix>.excluded}, {@code <prefix>.excludedFinding}. */
        private final String prefix;
        /** The code of the note's finding. */
        private final String code;
        /** The rule of the note's finding. */
        private final String rule;

        Use(String prefix, String code, String rule) {
            this.prefix = prefix;
            this.code = code;
            this.rule = rule;
        }
    }

    private final Use use;
    private final Dataset kept;
    /** The observations left out, each with the codes of the errors found in it and where the first was. */
    private final Map<ObservationKey, Left> left;

    private record Left(Observation observation, Set<String> codes, Location location) {
    }

    private Excluded(Use use, Dataset kept, Map<ObservationKey, Left> left) {
        this.use = use;
        this.kept = kept;
        this.left = left;
    }

    /**
     * Splits the dataset of a scorecard into what is scored and the observations in which an error was
     * found; of these, the ones the scorecard would have read (a target's indicator, in its area and
     * breakdown) are the ones told and listed: an error in another area's or indicator's row leaves nothing
     * out of this scorecard.
     */
    static Excluded of(List<Shared.Checked> checked, Dataset merged, Strategy strategy, String area,
            Breakdown breakdown) {
        Set<String> indicators = new HashSet<>();
        for (Target target : strategy.targets()) {
            indicators.add(target.indicator().code());
        }
        return of(Use.SCORECARD, checked, merged, key -> key.area().equals(area) && key.breakdown().equals(breakdown)
                && indicators.contains(key.indicator()));
    }

    /**
     * Splits a merged dataset into what is kept and the observations in which an error was found, in the
     * file that gave the kept observation ({@link Shared#merge} keeps the first file's); the ones that
     * {@code told} accepts are told and listed, the others left out without a word.
     *
     * @param use      the command, for the codes and texts
     * @param checked  the files as read and validated, in the order merged
     * @param merged   their observations merged ({@link Shared#merge})
     * @param told     the keys that the command would have read
     */
    static Excluded of(Use use, List<Shared.Checked> checked, Dataset merged, Predicate<ObservationKey> told) {
        // Per file, the observations that an error of that file names: by key and, where both the finding
        // and the observation have one, by line (so that an error on a second row of the same key, which
        // the reader left out, does not name the first).
        List<Map<ObservationKey, Left>> byFile = new ArrayList<>();
        boolean any = false;
        for (Shared.Checked c : checked) {
            Map<ObservationKey, Left> found = errors(c);
            any |= !found.isEmpty();
            byFile.add(found);
        }
        if (!any) {
            return new Excluded(use, merged, Map.of());
        }
        Map<ObservationKey, Left> left = new LinkedHashMap<>();
        List<Observation> kept = new ArrayList<>();
        for (Observation o : merged) {
            ObservationKey key = o.key();
            Left l = null;
            // The file the merge took the observation from: the first that has its key.
            for (int i = 0; i < checked.size(); i++) {
                if (checked.get(i).input().dataset().contains(key)) {
                    l = byFile.get(i).get(key);
                    break;
                }
            }
            if (l == null) {
                kept.add(o);
            } else if (told.test(key)) {
                left.put(key, l);
            }
        }
        return new Excluded(use, kept.size() == merged.size() ? merged : Dataset.of(kept), left);
    }

    /** The observations of one file that its error findings name, with the codes and the place of the first. */
    private static Map<ObservationKey, Left> errors(Shared.Checked c) {
        Map<ObservationKey, List<Finding>> byKey = new HashMap<>();
        for (Finding f : c.report().errors()) {
            f.location().key().ifPresent(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(f));
        }
        Map<ObservationKey, Left> found = new LinkedHashMap<>();
        if (byKey.isEmpty()) {
            return found;
        }
        Dataset data = c.input().dataset();
        for (int i = 0; i < data.size(); i++) {
            Observation o = data.get(i);
            List<Finding> named = byKey.get(o.key());
            if (named == null) {
                continue;
            }
            OptionalInt line = data.position(i).map(p -> OptionalInt.of(p.line())).orElse(OptionalInt.empty());
            Set<String> codes = new TreeSet<>();
            @Nullable Location first = null;
            for (Finding f : named) {
                OptionalInt at = f.location().line();
                if (line.isEmpty() || at.isEmpty() || at.getAsInt() == line.getAsInt()) {
                    codes.add(f.code());
                    first = first == null ? f.location() : first;
                }
            }
            if (first != null) {
                found.put(o.key(), new Left(o, codes, first));
            }
        }
        return found;
    }

    /** The observations that are scored or added up. */
    Dataset kept() {
        return kept;
    }

    /** How many observations that the command would have read were left out. */
    int count() {
        return left.size();
    }

    /**
     * The scorecard with each left-out observation of a row's indicator, area and breakdown listed in that
     * row's reason, as core lists the observations that gave no value.
     */
    Scorecard mark(Scorecard card) {
        if (left.isEmpty()) {
            return card;
        }
        List<ScorecardRow> rows = new ArrayList<>();
        for (ScorecardRow row : card.rows()) {
            List<SkippedObservation> skipped = new ArrayList<>();
            for (Left l : left.values()) {
                ObservationKey key = l.observation().key();
                if (key.indicator().equals(row.target().indicator().code())) {
                    skipped.add(new SkippedObservation(key, reason(l)));
                }
            }
            rows.add(skipped.isEmpty() ? row : new ScorecardRow(row.target(), row.assessment().withSkipped(skipped)));
        }
        return Scorecard.ofRows(card.strategy(), card.area(), card.breakdown(), card.method(), rows);
    }

    /** The line for the terminal: how many were left out, why, and the first few with their file and line. */
    String line(Texts t) {
        List<String> some = new ArrayList<>();
        for (Left l : left.values()) {
            if (some.size() == 5) {
                some.add("…");
                break;
            }
            ObservationKey key = l.observation().key();
            some.add(key.indicator() + " · " + Shared.area(key.area(), t) + " · " + t.period(key.period())
                    + (key.breakdown().isTotal() ? "" : " · " + key.breakdown()) + where(l.location(), t));
        }
        return t.t(use.prefix + ".excluded", left.size(), String.join("; ", some));
    }

    /** Where the first error was: {@code  (son-la.csv, line 3)}, or nothing for an observation built in code. */
    private static String where(Location at, Texts t) {
        List<String> parts = new ArrayList<>();
        at.file().ifPresent(parts::add);
        at.line().ifPresent(line -> parts.add(t.t("validate.line", line)));
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    /**
     * The report's findings, one note ({@value #CODE} or {@value #AGGREGATE_CODE}) for each observation left
     * out, at the place of its first error.
     */
    ValidationReport findings() {
        Texts vi = Texts.of(Texts.VIETNAMESE);
        Texts en = Texts.of(Locale.ENGLISH);
        List<Finding> notes = new ArrayList<>();
        for (Left l : left.values()) {
            String codes = String.join(", ", l.codes());
            String key = use.prefix + ".excludedFinding";
            notes.add(new Finding(use.code, Severity.INFO, l.location(), "", use.rule, Map.of(),
                    BilingualText.of(vi.t(key, codes), en.t(key, codes))));
        }
        return ValidationReport.of(notes);
    }

    /** Why a row's observation was skipped, in both languages, for the row's reason. */
    private static BilingualText reason(Left l) {
        String codes = String.join(", ", l.codes());
        return BilingualText.of(Texts.of(Texts.VIETNAMESE).t("scorecard.excludedReason", codes),
                Texts.of(Locale.ENGLISH).t("scorecard.excludedReason", codes));
    }
}
