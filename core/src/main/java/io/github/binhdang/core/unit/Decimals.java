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

    /**
     * The most significant digits a value of the model may have: {@value}. Counts of people need at
     * most 10 (the population is some 10<sup>8</sup>), money in đồng 17 (the whole economy is some
     * 1.2 × 10<sup>16</sup> đồng a year), a share computed to {@value #MAX_DECIMALS} decimals some 67;
     * the bound leaves room for all of them while no value can cost more than a few hundred bytes to
     * store, compare or print.
     */
    public static final int MAX_PRECISION = Checks.MAX_PRECISION;

    /**
     * The largest scale, either way, a value of the model may have: {@value}, so 1E-1000 is the finest
     * step and 1E+1000 the coarsest unit, beyond the range of a {@code double} (about 1.8E+308), which
     * the progress methods must survive. With {@link #MAX_PRECISION} this keeps the plain text of any
     * value ({@link BigDecimal#toPlainString()}, {@link NumberNotation#format(BigDecimal)}) within 1,102
     * characters, where {@code 1E+999999999} would take a gigabyte.
     */
    public static final int MAX_SCALE = Checks.MAX_SCALE;

    private Decimals() {
    }

    /**
     * Tells whether a value is within the bounds every value of the model keeps: at most
     * {@value #MAX_PRECISION} significant digits and a scale from -{@value #MAX_SCALE} to
     * {@value #MAX_SCALE}. Observations, quantities, milestones, baselines, directions and series points
     * refuse a value beyond them; readers refuse it where they read it. 38.89, 1E+3 and 2449433.5 are
     * within; {@code 1E+999999999} and a number of 101 digits are not.
     *
     * @param value  the value, not null
     * @return true if it is within the bounds
     */
    public static boolean isBounded(BigDecimal value) {
        return Checks.isBounded(Objects.requireNonNull(value, "value"));
    }

    /**
     * Requires a value within the bounds of {@link #isBounded(BigDecimal)}.
     *
     * @param field  the type and field being checked, such as {@code "Observation.value"}, not null
     * @param value  the value, not null
     * @return the value, unchanged
     * @throws InvalidValueException if the value is beyond the bounds, such as
     *         {@code Observation.value: 1E+999999999 has 1 significant digits and a scale of -999999999;
     *         a value has at most 100 significant digits and a scale from -1000 to 1000}
     */
    public static BigDecimal requireBounded(String field, BigDecimal value) {
        Objects.requireNonNull(field, "field");
        return Checks.requireBounded(field, value);
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
            throw new InvalidValueException("Decimals.denominator", Checks.plain(denominator), "must not be zero");
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
