package io.github.binhdang.core.progress;

import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value of the series an assessment looks at: the value of a target's indicator in a period, in
 * the indicator's unit, with the qualifier it was reported with ("nearly 400" stays
 * {@link Qualifier#NEARLY}).
 *
 * <p>A value computed from a numerator and a denominator has two forms: the exact quotient, which
 * progress methods judge and project (16.13 / 8.75 = 1.843428571…), and the value as shown, rounded half
 * up to the indicator's decimals (1.8), which reasons print. A reported value is both. Rounding before the
 * trend would make 1.843… and 1.802… both 1.8, a real fall read as flat.
 *
 * <p>Text form (for logs): {@code 2023: 50.0}, or {@code 2023: more than 330} for a qualified value; the
 * value as shown.
 *
 * @param period     the period of the value, not null
 * @param value      the value methods use: as published, or the exact quotient of its components, not null
 * @param qualifier  how exactly the value is meant, not null
 * @param shown      the value as shown: as published, or the quotient rounded to the indicator's
 *                   decimals; equal to {@code value} for a reported value, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record SeriesPoint(ReportingPeriod period, BigDecimal value, Qualifier qualifier, BigDecimal shown) {

    /**
     * Checks that every part is present.
     *
     * @param period     the period, not null
     * @param value      the value, not null
     * @param qualifier  the qualifier, not null
     * @param shown      the value as shown, not null
     * @throws io.github.binhdang.core.InvalidValueException if the value is beyond the bounds of every
     *         value ({@link io.github.binhdang.core.unit.Decimals#MAX_PRECISION})
     */
    public SeriesPoint {
        Objects.requireNonNull(period, "period");
        Checks.requireBounded("SeriesPoint.value", Objects.requireNonNull(value, "value"));
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(shown, "shown");
    }

    /**
     * Obtains a point whose value is shown as it is, such as a reported value.
     *
     * @param period     the period, not null
     * @param value      the value, not null
     * @param qualifier  the qualifier, not null
     */
    public SeriesPoint(ReportingPeriod period, BigDecimal value, Qualifier qualifier) {
        this(period, value, qualifier, value);
    }

    /**
     * Obtains an exact point.
     *
     * @param period  the period, not null
     * @param value   the value, not null
     * @return the point, with the qualifier {@link Qualifier#EXACT}, not null
     */
    public static SeriesPoint of(ReportingPeriod period, BigDecimal value) {
        return new SeriesPoint(period, value, Qualifier.EXACT);
    }

    /**
     * Returns the period, a colon and the value, with the qualifier's English words when it is not
     * exact: {@code 2023: 50.0}, {@code 2021: more than 330}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return period + ": " + (qualifier.isExact() ? "" : qualifier.title().en() + " ") + Checks.plain(shown);
    }
}
