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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The observations a scorecard leaves out because validation found an error in them (a percentage of 105,
 * a numerator above its denominator): a figure known to be wrong is not scored, as the "a
 * submission with errors still produces the whole report" asks for the report, not for the verdict.
 * Nothing is dropped silently: each one of the scorecard's targets (its indicator, area and breakdown) is
 * listed in the reason of its target's row (as core's {@link SkippedObservation}, "1 observation was
 * skipped (2024: …)"), counted in a line of the terminal, and noted in the validation report by a finding
 * of its own, {@value #CODE}, at the place of its first error. A row with an error that no target reads
 * (another area, an indicator of no target) was never to be scored, and is not told again.
 */
final class Excluded {

    /** The code of the finding that notes an observation left out of the scorecard. */
    static final String CODE = "scorecard.excluded";

    private final Dataset kept;
    /** The observations left out, each with the codes of the errors found in it and where the first was. */
    private final Map<ObservationKey, Left> left;

    private record Left(Observation observation, Set<String> codes, Location location) {
    }

    private Excluded(Dataset kept, Map<ObservationKey, Left> left) {
        this.kept = kept;
        this.left = left;
    }

    /**
     * Splits a dataset into what is scored and the observations whose key an error finding names; of
     * these, the ones the scorecard would have read (a target's indicator, in its area and breakdown) are
     * the ones told and listed: an error in another area's or indicator's row leaves nothing out of this
     * scorecard.
     */
    static Excluded of(Dataset dataset, ValidationReport findings, Strategy strategy, String area,
            Breakdown breakdown) {
        // One pass over the errors: the codes found in each observation and the place of the first.
        Map<ObservationKey, Set<String>> codes = new LinkedHashMap<>();
        Map<ObservationKey, Location> first = new LinkedHashMap<>();
        for (Finding f : findings.errors()) {
            f.location().key().ifPresent(key -> {
                codes.computeIfAbsent(key, k -> new TreeSet<>()).add(f.code());
                first.putIfAbsent(key, f.location());
            });
        }
        if (codes.isEmpty()) {
            return new Excluded(dataset, Map.of());
        }
        Set<String> indicators = new HashSet<>();
        for (Target target : strategy.targets()) {
            indicators.add(target.indicator().code());
        }
        Map<ObservationKey, Left> left = new LinkedHashMap<>();
        List<Observation> kept = new ArrayList<>();
        for (Observation o : dataset) {
            ObservationKey key = o.key();
            Set<String> found = codes.get(key);
            if (found == null) {
                kept.add(o);
            } else if (key.area().equals(area) && key.breakdown().equals(breakdown)
                    && indicators.contains(key.indicator())) {
                left.put(key, new Left(o, found, first.get(key)));
            }
        }
        return new Excluded(kept.size() == dataset.size() ? dataset : Dataset.of(kept), left);
    }

    /** The observations that are scored. */
    Dataset kept() {
        return kept;
    }

    /** How many observations of the scorecard's targets were left out. */
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

    /** The line for the terminal: how many were left out, why, and the first few. */
    String line(Texts t) {
        List<String> some = new ArrayList<>();
        for (Left l : left.values()) {
            if (some.size() == 5) {
                some.add("…");
                break;
            }
            ObservationKey key = l.observation().key();
            some.add(key.indicator() + " · " + Shared.area(key.area(), t) + " · " + t.period(key.period())
                    + (key.breakdown().isTotal() ? "" : " · " + key.breakdown()));
        }
        return t.t("scorecard.excluded", left.size(), String.join("; ", some));
    }

    /** The report's findings, one {@value #CODE} note for each observation left out, at the place of its first error. */
    ValidationReport findings() {
        Texts vi = Texts.of(Texts.VIETNAMESE);
        Texts en = Texts.of(Locale.ENGLISH);
        List<Finding> notes = new ArrayList<>();
        for (Left l : left.values()) {
            String codes = String.join(", ", l.codes());
            notes.add(new Finding(CODE, Severity.INFO, l.location(), "", "an observation with an error is not scored",
                    Map.of(), BilingualText.of(vi.t("scorecard.excludedFinding", codes),
                            en.t("scorecard.excludedFinding", codes))));
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
