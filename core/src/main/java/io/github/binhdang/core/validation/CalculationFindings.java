package io.github.binhdang.core.validation;

import io.github.binhdang.core.calc.AggregationResult;
import io.github.binhdang.core.progress.SkippedObservation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns what calculation and progress assessment left out into findings, so that they are shown,
 * counted and translated in the same report as validation's: a total that lacks some of its parts, a
 * total that could not be formed, an observation that gives no point of a progress series. Their
 * messages come from the same bundles, by code, with the same {@code {name}} placeholders.
 *
 * <table class="striped">
 * <caption>Codes of calculation findings</caption>
 * <thead><tr><th scope="col">Code</th><th scope="col">Severity</th><th scope="col">From</th></tr></thead>
 * <tbody>
 * <tr><td>{@code aggregation.partial}</td><td>warning</td><td>{@link AggregationResult.Partial}: "33 of
 *     34 parts"</td></tr>
 * <tr><td>{@code aggregation.refused}</td><td>error</td><td>{@link AggregationResult.Refusal}: no total
 *     could be formed</td></tr>
 * <tr><td>{@code progress.skipped}</td><td>warning</td><td>{@link SkippedObservation}: no point of a
 *     series</td></tr>
 * </tbody>
 * </table>
 *
 * <pre>
 * ValidationReport all = validator.validate(dataset, context)
 *         .plus(CalculationFindings.of(Aggregation.of(...).run(dataset)))
 *         .plus(CalculationFindings.ofSkipped(series.skipped()));
 * </pre>
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class CalculationFindings {

    /** The code of a total that lacks some of its parts. */
    public static final String PARTIAL = "aggregation.partial";
    /** The code of a total that could not be formed. */
    public static final String REFUSED = "aggregation.refused";
    /** The code of an observation that gives no point of a progress series. */
    public static final String SKIPPED = "progress.skipped";

    private CalculationFindings() {
    }

    /**
     * Returns the partial and refused totals of an aggregation as findings, partial ones first, each
     * located at its total's key: "The total W_ENT/VN/2017/_T holds 33 of 34 parts; missing: 10".
     *
     * @param result  the aggregation's result, not null
     * @return the report, empty for a complete aggregation, not null
     */
    public static ValidationReport of(AggregationResult result) {
        Objects.requireNonNull(result, "result");
        List<Finding> findings = new ArrayList<>(result.partials().size() + result.refused().size());
        for (AggregationResult.Partial p : result.partials()) {
            Map<String, Object> arguments = new HashMap<>();
            arguments.put("key", p.key().toString());
            arguments.put("present", p.present());
            arguments.put("expected", p.expected());
            arguments.put("missing", String.join(", ", p.missing()));
            findings.add(new Finding(PARTIAL, Severity.WARNING, Location.of(p.key(), "value"),
                    p.present() + " of " + p.expected(), "a total holds all of its parts", arguments,
                    Messages.template(PARTIAL)));
        }
        for (AggregationResult.Refusal r : result.refused()) {
            Map<String, Object> arguments = new HashMap<>();
            arguments.put("key", r.key().toString());
            arguments.put("reason", r.reason().title());
            arguments.put("detail", r.detail());
            findings.add(new Finding(REFUSED, Severity.ERROR, Location.of(r.key(), "value"), "",
                    "a total can be formed from its parts", arguments, Messages.template(REFUSED)));
        }
        return ValidationReport.of(findings);
    }

    /**
     * Returns the observations a progress series left out as findings, each located at its key:
     * "W_ENT/14/2017/_T gives no point of the series: no value and a zero denominator".
     *
     * @param skipped  the observations left out, such as {@code Series.skipped()}, not null
     * @return the report, not null
     */
    public static ValidationReport ofSkipped(Collection<SkippedObservation> skipped) {
        Objects.requireNonNull(skipped, "skipped");
        List<Finding> findings = new ArrayList<>(skipped.size());
        for (SkippedObservation s : skipped) {
            findings.add(new Finding(SKIPPED, Severity.WARNING, Location.of(s.key(), "value"), "",
                    "an observation gives a value to assess progress with", Map.of("key", s.key().toString(),
                            "reason", s.reason()), Messages.template(SKIPPED)));
        }
        return ValidationReport.of(findings);
    }
}
