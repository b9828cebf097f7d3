package io.github.binhdang.core.unit;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Rounding and division of exact decimals the way official statistics do it: half up, at a stated
 * number of decimals, once.
 *
 * <p>Half up rounds a final 5 away from zero (15.125 gives 15.13, -4.615 gives -4.62). Rounding
 * happens once, from the exact value: 15.1245 at 2 decimals gives 15.12, although rounding it first
 * to 15.125 and then to 2 decimals would give 15.13.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Decimals {

    /** The largest number of decimals accepted; far beyond any published figure. */
    public static final int MAX_DECIMALS = 64;

    private Decimals() {
    }

    /**
     * Rounds a value half up to a number of decimals; the result has exactly that scale.
     *
     * <p>15.1245 at 2 gives 15.12; 15.125 at 2 gives 15.13; 18.2250 at 1 gives 18.2; 2.5 at 0 gives 3;
     * 15.1 at 3 gives 15.100.
     *
     * @param value     the value, not null
     * @param decimals  the number of decimals, from 0 to {@value #MAX_DECIMALS}
     * @return the rounded value with scale {@code decimals}, not null
     * @throws InvalidValueException if {@code decimals} is out of range
     */
    public static BigDecimal roundHalfUp(BigDecimal value, int decimals) {
        Objects.requireNonNull(value, "value");
        Checks.requireRange("Decimals.decimals", decimals, 0, MAX_DECIMALS);
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }

    /**
     * Divides one value by another and rounds the quotient half up to a number of decimals, in one
     * step from the exact quotient.
     *
     * <p>384 / 2539 at 4 decimals gives 0.1512; 1 / 8 at 2 gives 0.13; 2 / 3 at 2 gives 0.67.
     *
     * @param numerator    the numerator, not null
     * @param denominator  the denominator, not null and not zero
     * @param decimals     the number of decimals of the result, from 0 to {@value #MAX_DECIMALS}
     * @return the rounded quotient with scale {@code decimals}, not null
     * @throws InvalidValueException if the denominator is zero or {@code decimals} is out of range
     */
    public static BigDecimal divide(BigDecimal numerator, BigDecimal denominator, int decimals) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        Checks.requireRange("Decimals.decimals", decimals, 0, MAX_DECIMALS);
        if (denominator.signum() == 0) {
            throw new InvalidValueException("Decimals.denominator", denominator.toPlainString(), "must not be zero");
        }
        return numerator.divide(denominator, decimals, RoundingMode.HALF_UP);
    }

    /**
     * Computes a rate per N from its components and rounds it half up once:
     * <pre>rate = numerator × perMultiplier / denominator</pre>
     * The multiplication is exact, so only the final division rounds. 384 women-owned enterprises of
     * 2,539 per 100 at 1 decimal give 15.1 (15.1240…); 125,525 trained female workers of 688,753 per
     * 100 at 2 decimals give 18.22 (18.2249…). Pass {@link Unit#perMultiplier()} as the multiplier.
     *
     * @param numerator      the numerator, not null
     * @param denominator    the denominator, not null and not zero
     * @param perMultiplier  the N of "per N", such as 100 for a percentage, not null
     * @param decimals       the number of decimals of the result, from 0 to {@value #MAX_DECIMALS}
     * @return the rounded rate with scale {@code decimals}, not null
     * @throws InvalidValueException if the denominator is zero or {@code decimals} is out of range
     */
    public static BigDecimal rate(BigDecimal numerator, BigDecimal denominator, BigDecimal perMultiplier,
            int decimals) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(perMultiplier, "perMultiplier");
        return divide(numerator.multiply(perMultiplier), denominator, decimals);
    }

    /** Returns whether a value is a whole number, whatever its scale (12.0 is whole). */
    static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /** Removes trailing fractional zeros and never leaves a negative scale (1500000.0 gives 1500000). */
    static BigDecimal stripFractionalZeros(BigDecimal value) {
        if (value.scale() <= 0) {
            return value.setScale(0);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
