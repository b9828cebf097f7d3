package io.github.binhdang.core.index;

import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.TextParseException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A share of a whole, from 0 % to 100 %, such as the share of seats in parliament held by women.
 *
 * <p>A share is made from a percent ({@link #ofPercent}) or from a fraction ({@link #ofFraction}), so
 * that a caller always says which scale a number is on: {@code Share.ofPercent(44.5)} and
 * {@code Share.ofFraction(0.445)} are the same share. The indices read it back on the scale their
 * formulas need ({@link #fraction()}).
 *
 * <p>The text form is the percent followed by {@code %}, such as {@code 44.49%}; {@link #parse} reads it
 * back. Equality compares the percent with its scale, so {@code 44.5%} and {@code 44.50%} differ, as the
 * published precision is data; {@link #isEquivalentTo} compares numerically.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Share {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal percent;

    private Share(BigDecimal percent) {
        this.percent = percent;
    }

    /**
     * Makes a share from a percent.
     *
     * @param percent  the share in percent, from 0 to 100, not null
     * @return the share, not null
     * @throws InvalidValueException if the percent is below 0 or above 100
     */
    public static Share ofPercent(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0) {
            throw new InvalidValueException("Share.percent", Checks.plain(percent), "is negative");
        }
        if (percent.compareTo(HUNDRED) > 0) {
            throw new InvalidValueException("Share.percent", Checks.plain(percent), "is above 100 %");
        }
        return new Share(percent);
    }

    /**
     * Makes a share from a percent given as a {@code double}, taken as the decimal it prints as.
     *
     * @param percent  the share in percent, from 0 to 100, finite
     * @return the share, not null
     * @throws InvalidValueException if the percent is not finite, below 0 or above 100
     */
    public static Share ofPercent(double percent) {
        if (Double.isNaN(percent) || Double.isInfinite(percent)) {
            throw new InvalidValueException("Share.percent", percent, "is not a finite number");
        }
        return ofPercent(BigDecimal.valueOf(percent));
    }

    /**
     * Makes a share from a fraction of 1.
     *
     * @param fraction  the share as a fraction, from 0 to 1, not null
     * @return the share, not null
     * @throws InvalidValueException if the fraction is below 0 or above 1
     */
    public static Share ofFraction(BigDecimal fraction) {
        Objects.requireNonNull(fraction, "fraction");
        if (fraction.signum() < 0) {
            throw new InvalidValueException("Share.fraction", Checks.plain(fraction), "is negative");
        }
        if (fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException("Share.fraction", Checks.plain(fraction),
                    "is above 1; give a percent with Share.ofPercent");
        }
        return new Share(fraction.movePointRight(2));
    }

    /**
     * Reads the text form, a percent followed by {@code %}, such as {@code 44.49%}.
     *
     * @param text  the text, not null
     * @return the share, not null
     * @throws TextParseException if the text is not a number followed by {@code %}, or is out of range
     */
    public static Share parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int sign = s.indexOf('%');
        if (sign < 0 || sign != s.length() - 1) {
            throw new TextParseException("Share.text", text, sign < 0 ? s.length() : sign + 1,
                    "a share ends with a single '%'");
        }
        BigDecimal percent;
        try {
            percent = new BigDecimal(s.substring(0, sign));
        } catch (NumberFormatException e) {
            throw new TextParseException("Share.text", text, 0, "a share is a decimal number of percent");
        }
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new TextParseException("Share.text", text, 0, "a share is from 0 % to 100 %");
        }
        return new Share(percent);
    }

    /**
     * Returns the share in percent, with the scale it was given.
     *
     * @return the percent, from 0 to 100, not null
     */
    public BigDecimal percent() {
        return percent;
    }

    /**
     * Returns the share as a fraction of 1 (the percent divided by 100, exactly).
     *
     * @return the fraction, from 0 to 1, not null
     */
    public BigDecimal fraction() {
        return percent.movePointLeft(2);
    }

    /**
     * Tells whether this share is numerically equal to another, whatever their scales.
     *
     * @param other  the other share, not null
     * @return true if both are the same share of the whole
     */
    public boolean isEquivalentTo(Share other) {
        return percent.compareTo(other.percent) == 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Share other && percent.equals(other.percent);
    }

    @Override
    public int hashCode() {
        return percent.hashCode();
    }

    /**
     * Returns the text form, the percent followed by {@code %}, such as {@code 44.49%}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return Checks.plain(percent) + "%";
    }
}
