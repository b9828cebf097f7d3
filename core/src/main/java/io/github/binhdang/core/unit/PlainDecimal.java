package io.github.binhdang.core.unit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Reads the common form of a plain number into an unscaled {@code long} and a scale, building no
 * {@code BigDecimal} and no string: the fast path of {@link NumberNotation#PLAIN}, for readers of
 * millions of numbers.
 *
 * <p>The common form is an optional sign ({@code -} or {@code +}), then 1 to 18 digits in all, with
 * optionally one point that has a digit on each side: {@code "-12.30"} is read as unscaled -1230 with
 * scale 2, {@code "007"} as 7 with scale 0, {@code "-0.000"} as 0 with scale 3. Eighteen digits always
 * fit a {@code long}. Anything else is not read here, and {@link #read(CharSequence)} returns false:
 * blanks around the number, 19 digits or more, a point first or last ({@code ".5"}, {@code "1."}), an
 * exponent ({@code "1E3"}), grouping or any other character. The caller then hands the text to
 * {@link NumberNotation#parse(CharSequence) NumberNotation.PLAIN.parse}, which gives a
 * {@code BigDecimal} for any plain number, whatever its length, and a
 * {@link io.github.binhdang.core.TextParseException} for the rest:
 *
 * <pre>
 * PlainDecimal number = new PlainDecimal();   // one per reader, reused
 * for (String field : fields) {
 *     if (number.read(field)) {
 *         row.value(number.unscaled(), number.scale());   // 18 digits or fewer
 *     } else {
 *         row.value(NumberNotation.PLAIN.parse(field));   // longer, or blanks around; or refused
 *     }
 * }
 * </pre>
 *
 * <p>What is read is the number that {@code NumberNotation.PLAIN.parse} gives for the same text, scale
 * included: {@code BigDecimal.valueOf(unscaled(), scale())} equals it.
 *
 * @implNote An instance holds the last number read and is not thread-safe: use one per thread.
 */
public final class PlainDecimal {

    /** The most digits read: 10^18 - 1 is below {@code Long.MAX_VALUE}, 10^19 - 1 is not. */
    private static final int MAX_DIGITS = 18;

    private long unscaled;
    private int scale;

    /** Creates a reader holding zero, with scale 0. */
    public PlainDecimal() {
    }

    /**
     * Reads a number in the common form; on success {@link #unscaled()} and {@link #scale()} hold it,
     * otherwise they are left as they were.
     *
     * <p>{@code "12.30"} gives true, 1230 and 2; {@code "-0.5"} true, -5 and 1; {@code "+4"} true, 4
     * and 0; {@code "123456789012345678"} (18 digits) true; {@code "1234567890123456789"} (19 digits)
     * false; {@code "1."}, {@code ".5"}, {@code "1e5"}, {@code " 7"} and {@code ""} false.
     *
     * @param text  the text, not null
     * @return true if the text was a number in the common form, false if it must go to
     *         {@link NumberNotation#parse(CharSequence)}
     */
    public boolean read(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        if (n == 0) {
            return false;
        }
        char first = text.charAt(0);
        boolean negative = first == '-';
        int i = negative || first == '+' ? 1 : 0;
        long digitsValue = 0;
        int digits = 0;
        // -1 until the point; then the digits after it.
        int after = -1;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > MAX_DIGITS) {
                    return false;
                }
                digitsValue = digitsValue * 10 + (c - '0');
                if (after >= 0) {
                    after++;
                }
            } else if (c == '.' && after < 0 && digits > 0) {
                after = 0;
            } else {
                return false;
            }
        }
        if (digits == 0 || after == 0) {
            return false;
        }
        unscaled = negative ? -digitsValue : digitsValue;
        scale = Math.max(after, 0);
        return true;
    }

    /**
     * Returns the digits of the last number read, without the point, with its sign: -1230 for
     * {@code "-12.30"}.
     *
     * @return the unscaled value
     */
    public long unscaled() {
        return unscaled;
    }

    /**
     * Returns how many digits of the last number read are after the point: 2 for {@code "-12.30"}.
     *
     * @return the scale, from 0 to 17
     */
    public int scale() {
        return scale;
    }

    /**
     * Returns the last number read as a decimal, with its scale: 12.30 for {@code "12.30"}.
     *
     * @return the number, not null
     */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(unscaled, scale);
    }
}
