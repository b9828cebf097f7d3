package io.github.binhdang.core.progress;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The mean of the scores of several assessments made by one method, one level up: the series of an
 * indicator averaged into the indicator ({@link OpenSdgMethod#indicatorScore(java.util.List)}), or the
 * sub-indicators of a target or goal averaged as the ESCAP report does ({@link
 * EscapMethod#average(java.util.List)}), with the status and category the method gives that mean.
 *
 * <p>Text form (for logs): {@code open-sdg 0.37 NEEDS_ACCELERATION (3 assessments)}.
 *
 * @param method    the name of the method whose scores were averaged, not blank
 * @param score     the mean score, rounded as the method says, not null
 * @param count     how many assessments had a score and were averaged, at least 1
 * @param status    the status the method gives the mean, not null
 * @param category  the method's own category for the mean in Vietnamese and English, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record AverageScore(String method, BigDecimal score, int count, ProgressStatus status,
        BilingualText category) {

    /**
     * Checks every part.
     *
     * @param method    the name of the method, not blank
     * @param score     the mean score, not null
     * @param count     how many scores were averaged, at least 1
     * @param status    the status, not null
     * @param category  the category, not null
     * @throws InvalidValueException if the method is blank or the count below 1
     */
    public AverageScore {
        method = Checks.requireText("AverageScore.method", method);
        Objects.requireNonNull(score, "score");
        if (count < 1) {
            throw new InvalidValueException("AverageScore.count", count, "is below 1");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(category, "category");
    }

    /**
     * Returns the method, score, status and count, such as
     * {@code open-sdg 0.37 NEEDS_ACCELERATION (3 assessments)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return method + " " + Checks.plain(score) + " " + status + " (" + count
                + (count == 1 ? " assessment)" : " assessments)");
    }
}
