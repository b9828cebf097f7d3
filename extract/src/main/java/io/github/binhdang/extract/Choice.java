package io.github.binhdang.extract;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.indicators.GenderIndicators;
import java.util.Objects;

/**
 * A reviewer's decision on a candidate: accepted, as a value of an indicator in an area, and whether the
 * reviewer has confirmed it against the report (then the observation is final, else provisional).
 *
 * <pre>
 *   Choice.of(candidate)                                  // the indicator and area the extractor found
 *   Choice.of(candidate, QB_CLUBS).withArea(quangBinh)    // an indicator of the application's own
 *   Choice.of(candidate).confirm()                        // checked against the report: status final
 * </pre>
 *
 * @param candidate  the candidate, not null
 * @param indicator  the indicator it is a value of, not null
 * @param area       the area code, not blank
 * @param confirmed  whether a person has checked it against the report
 * @implSpec This record is immutable and thread-safe.
 */
public record Choice(Candidate candidate, Indicator indicator, String area, boolean confirmed) {

    /**
     * Checks the parts.
     *
     * @param candidate  the candidate, not null
     * @param indicator  the indicator it is a value of, not null
     * @param area       the area code, not blank
     * @param confirmed  whether a person has checked it against the report
     * @throws InvalidValueException if the area is blank, or the candidate is a target (a target is a
     *         milestone of a strategy, not an observation)
     */
    public Choice {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(area, "area");
        if (area.isBlank()) {
            throw new InvalidValueException("Choice.area", "''", "must name an area code");
        }
        if (candidate.kind() == FigureKind.TARGET) {
            throw new InvalidValueException("Choice.candidate", "'" + candidate.written() + "'",
                    "is a target, which is a milestone of a strategy, not an observation");
        }
    }

    /**
     * Accepts a candidate with the indicator and area the extractor found for it.
     *
     * @param candidate  the candidate, not null
     * @return the choice, unconfirmed, not null
     * @throws InvalidValueException if the candidate has no catalogue indicator or no area; the message
     *         says which, to be given with {@link #of(Candidate, Indicator)} or {@link #withArea(String)}
     */
    public static Choice of(Candidate candidate) {
        Objects.requireNonNull(candidate, "candidate");
        String code = candidate.indicator().orElseThrow(() -> new InvalidValueException("Choice.indicator",
                "'" + candidate.written() + "'", "has no indicator found: choose one with Choice.of(candidate, indicator)"));
        Indicator indicator = GenderIndicators.find(code).orElseThrow(() -> new InvalidValueException(
                "Choice.indicator", "'" + code + "'", "is not in the catalogue: give the indicator with Choice.of(candidate, indicator)"));
        return of(candidate, indicator);
    }

    /**
     * Accepts a candidate as a value of an indicator, in the area the extractor found.
     *
     * @param candidate  the candidate, not null
     * @param indicator  the indicator, not null
     * @return the choice, unconfirmed, not null
     * @throws InvalidValueException if the candidate has no area; give one with {@link #withArea(String)}
     *         on a choice made with {@link #of(Candidate, Indicator, String)}
     */
    public static Choice of(Candidate candidate, Indicator indicator) {
        Objects.requireNonNull(candidate, "candidate");
        Area area = candidate.area().orElseThrow(() -> new InvalidValueException("Choice.area",
                "'" + candidate.written() + "'", "has no area found: give one with Choice.of(candidate, indicator, area)"));
        return new Choice(candidate, indicator, area.code(), false);
    }

    /**
     * Accepts a candidate as a value of an indicator in an area.
     *
     * @param candidate  the candidate, not null
     * @param indicator  the indicator, not null
     * @param area       the area code, not blank
     * @return the choice, unconfirmed, not null
     */
    public static Choice of(Candidate candidate, Indicator indicator, String area) {
        return new Choice(candidate, indicator, area, false);
    }

    /**
     * Returns a copy in another area.
     *
     * @param code  the area code, not blank
     * @return the changed copy, not null
     */
    public Choice withArea(String code) {
        return new Choice(candidate, indicator, code, confirmed);
    }

    /**
     * Returns a copy confirmed by a person against the report: its observation is final.
     *
     * @return the confirmed copy, not null
     */
    public Choice confirm() {
        return new Choice(candidate, indicator, area, true);
    }
}
