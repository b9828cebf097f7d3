package io.github.binhdang.core.progress;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Target;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a {@link Scorecard}: a target and its assessment against the milestone the scorecard
 * chose for it.
 *
 * @param target      the target, not null
 * @param assessment  its assessment, of the same target code, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record ScorecardRow(Target target, Assessment assessment) {

    /**
     * Checks that the assessment is of the target.
     *
     * @param target      the target, not null
     * @param assessment  the assessment, not null
     * @throws InvalidValueException if the assessment is of another target
     */
    public ScorecardRow {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(assessment, "assessment");
        if (!assessment.target().equals(target.code())) {
            throw new InvalidValueException("ScorecardRow.assessment", assessment.target(),
                    "is the assessment of another target than " + target.code());
        }
    }

    /**
     * Returns the milestone assessed.
     *
     * @return the milestone, not null
     */
    public Milestone milestone() {
        return assessment.milestone();
    }

    /**
     * Returns the latest value looked at, as shown ({@link SeriesPoint#shown()}): as published, or, for a
     * value computed from its components, rounded to the indicator's decimals; the assessment judged the
     * exact value ({@code assessment().latest()}).
     *
     * @return the value, or empty when there is none
     */
    public Optional<BigDecimal> latestValue() {
        return assessment.latest().map(SeriesPoint::shown);
    }

    /**
     * Returns the period of the latest value.
     *
     * @return the period, or empty when there is no value
     */
    public Optional<ReportingPeriod> latestPeriod() {
        return assessment.latest().map(SeriesPoint::period);
    }

    /**
     * Returns the status.
     *
     * @return the status, not null
     */
    public ProgressStatus status() {
        return assessment.status();
    }

    /**
     * Returns the reason for the status in Vietnamese and English.
     *
     * @return the reason, not null
     */
    public BilingualText reason() {
        return assessment.reason();
    }
}
