package io.github.binhdang.core.constraints;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.TextParseException;
import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The checks that both the validation rules and the Bean Validation constraints call, so that a
 * percentage, a count, a code or a period text is judged the same way through either door, and the
 * same way the factories judge it: a percentage by the bounds of {@link Unit#PERCENT}, a code by the
 * pattern {@code Area.of} and {@code Indicator.builder} require, a period text by
 * {@link ReportingPeriod#parse(CharSequence)}.
 *
 * <p>The checks answer; they never throw for a bad value.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ValueChecks {

    private ValueChecks() {
    }

    /**
     * Turns a number into the exact decimal it holds: a {@link BigDecimal} as it is, a whole number
     * exactly, a {@code double} or {@code float} as {@link BigDecimal#valueOf(double)} prints it.
     *
     * @param number  the number, not null
     * @return the decimal, or empty for NaN, an infinity, or a number type that cannot be read as a decimal
     */
    public static Optional<BigDecimal> decimal(Number number) {
        Objects.requireNonNull(number, "number");
        if (number instanceof BigDecimal d) {
            return Optional.of(d);
        }
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            return Optional.of(BigDecimal.valueOf(number.longValue()));
        }
        if (number instanceof BigInteger i) {
            return Optional.of(new BigDecimal(i));
        }
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            return Double.isFinite(d) ? Optional.of(BigDecimal.valueOf(d)) : Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(number.toString()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Tells whether a number is finite: false only for NaN and the infinities (and a number type that
     * cannot be read as a decimal).
     *
     * @param number  the number, not null
     * @return true if it is a finite number
     */
    public static boolean isFinite(Number number) {
        return decimal(number).isPresent();
    }

    /**
     * Tells whether a value is a whole number, whatever its scale: 12.0 is whole, 12.5 is not.
     *
     * @param value  the value, not null
     * @return true if whole
     */
    public static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /**
     * Tells whether a value is valid in a unit, as {@link Unit#requireValid(String, BigDecimal)} judges:
     * not below its minimum, not above its maximum, and whole for a count.
     *
     * @param unit   the unit, not null
     * @param value  the value, not null
     * @return true if valid
     */
    public static boolean isValidIn(Unit unit, BigDecimal value) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(value, "value");
        return unit.minimum().map(min -> value.compareTo(min) >= 0).orElse(true)
                && unit.maximum().map(max -> value.compareTo(max) <= 0).orElse(true)
                && (!unit.isIntegral() || isWhole(value));
    }

    /**
     * Tells whether a value is a percentage: from 0 to 100, the bounds of {@link Unit#PERCENT}.
     *
     * @param value  the value, not null
     * @return true for 0 to 100, both included
     */
    public static boolean isPercentage(BigDecimal value) {
        return isValidIn(Unit.PERCENT, value);
    }

    /**
     * Tells whether a value is a count: a whole number, 0 or more, as {@link Unit#COUNT} requires.
     *
     * @param value  the value, not null
     * @return true for 0, 1, 2, … (also written 2.0)
     */
    public static boolean isCount(BigDecimal value) {
        return isValidIn(Unit.COUNT, value);
    }

    /**
     * Tells whether a text is a code: letters A–Z or a–z, digits, '.', '_' or '-', starting with a letter
     * or digit, the pattern areas, indicators and strategies require of their codes.
     *
     * @param text  the text, not null
     * @return true if it is a code
     */
    public static boolean isCode(CharSequence text) {
        try {
            Checks.requireCode("code", text.toString());
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /**
     * Finds where a text stops being a reporting period, as {@link ReportingPeriod#parse(CharSequence)}
     * reads it.
     *
     * @param text  the text, not null
     * @return the zero-based index of the first character that cannot be read, or empty if the text is a
     *     reporting period
     */
    public static OptionalInt periodTextError(CharSequence text) {
        Objects.requireNonNull(text, "text");
        try {
            ReportingPeriod.parse(text);
            return OptionalInt.empty();
        } catch (TextParseException e) {
            return OptionalInt.of(Math.max(0, e.index()));
        } catch (InvalidValueException e) {
            return OptionalInt.of(0);
        }
    }
}
