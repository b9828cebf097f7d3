package io.github.binhdang.core.unit;

import io.github.binhdang.core.TextParseException;
import io.github.binhdang.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A way of writing decimal numbers: Vietnamese (1.234,5), English (1,234.5) or plain (1234.5).
 *
 * <p>Every notation reads an optional sign ({@code -} or {@code +}), at least one digit before the
 * decimal mark, and optionally the decimal mark followed by at least one digit. Whitespace at both
 * ends is ignored, including no-break spaces (U+00A0, U+202F). The scale is kept exactly as written:
 * {@code "15,10"} is 15.10 with scale 2. An exponent, {@code NaN}, {@code Infinity}, letters and empty
 * text are refused with a {@link TextParseException} giving the index of the first bad character.
 *
 * <p>In the Vietnamese and English notations the digits before the decimal mark may be grouped by
 * thousands: the first group has 1 to 3 digits and does not start with 0, every later group exactly
 * 3, and one kind of separator is used throughout, either the notation's separator or a single space
 * ({@code "2 449 433"}). Digits after the decimal mark are never grouped.
 *
 * <p>{@link #format(BigDecimal)} writes every digit of the value as it is, with no rounding, grouping
 * the integer part by thousands in the Vietnamese and English notations; what it writes,
 * {@link #parse(CharSequence)} reads back to an equal {@code BigDecimal}, scale included, for any value
 * with a scale of 0 or more.
 *
 * @implSpec This enum is immutable and thread-safe.
 */
public enum NumberNotation {

    /**
     * Vietnamese notation: {@code '.'} groups thousands and {@code ','} is the decimal mark, as in
     * {@code "38,89"} (38.89), {@code "125.525"} (125525), {@code "2.449.433"} and {@code "1.234,5"}.
     *
     * <p>A dot is always a thousands separator here, so {@code "125.525"} is 125525, which is what a
     * Vietnamese text means by it, and {@code "15.1"} is refused (a group of one digit after the dot).
     */
    VIETNAMESE('.', ','),

    /**
     * English notation: {@code ','} groups thousands and {@code '.'} is the decimal mark, as in
     * {@code "2,449,433.5"}.
     */
    ENGLISH(',', '.'),

    /**
     * Plain notation, the form of {@link BigDecimal#toPlainString()}: no grouping, {@code '.'} as the
     * decimal mark, as in {@code "38.89"} and {@code "-4.61"}; no exponent.
     */
    PLAIN('\0', '.');

    private final char groupSeparator;
    private final char decimalMark;

    NumberNotation(char groupSeparator, char decimalMark) {
        this.groupSeparator = groupSeparator;
        this.decimalMark = decimalMark;
    }

    /**
     * Reads a number written in this notation.
     *
     * <p>In {@code VIETNAMESE}: {@code "38,89"} gives 38.89, {@code "125.525"} 125525,
     * {@code "1.234,5"} 1234.5, {@code "-4,61"} -4.61, {@code "15,10"} 15.10; {@code "15.1"} fails at
     * index 3.
     *
     * @param text  the text, not null
     * @return the number, with the scale written, not null
     * @throws TextParseException if the text is not a number in this notation; its index is that of
     *         the first character that cannot be read
     */
    public BigDecimal parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (this == PLAIN) {
            // The common form (at most 18 digits, no blanks) needs neither a string nor BigInteger.
            PlainDecimal common = new PlainDecimal();
            if (common.read(text)) {
                return common.toBigDecimal();
            }
        }
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return parse(text, start, end, "NumberNotation." + name());
    }

    /**
     * Reads the number in {@code text[start, end)}, which has no blanks at either end, reporting
     * positions as indexes into the whole text.
     */
    BigDecimal parse(CharSequence text, int start, int end, String field) {
        if (start == end) {
            throw new TextParseException(field, text, start, "expected a number");
        }
        StringBuilder digits = new StringBuilder(end - start);
        int i = start;
        char first = text.charAt(i);
        if (first == '-' || first == '+') {
            if (first == '-') {
                digits.append('-');
            }
            i++;
        }
        int groupStart = i;
        i = appendDigits(text, i, end, digits);
        if (i == groupStart) {
            throw new TextParseException(field, text, i, "expected a digit");
        }
        char separatorInUse = 0;
        while (i < end && isGroupSeparator(text.charAt(i))) {
            char separator = isBlank(text.charAt(i)) ? ' ' : text.charAt(i);
            if (separatorInUse == 0) {
                if (i - groupStart > 3) {
                    throw new TextParseException(field, text, groupStart,
                            "the first group before a thousands separator must have 1 to 3 digits");
                }
                if (text.charAt(groupStart) == '0') {
                    throw new TextParseException(field, text, groupStart,
                            "a number with thousands separators must not start with 0");
                }
                separatorInUse = separator;
            } else if (separator != separatorInUse) {
                throw new TextParseException(field, text, i, "thousands separators must all be the same");
            }
            i++;
            groupStart = i;
            i = appendDigits(text, i, end, digits);
            if (i - groupStart != 3) {
                throw new TextParseException(field, text, groupStart,
                        "a group after a thousands separator must have exactly 3 digits");
            }
        }
        if (i < end && text.charAt(i) == decimalMark) {
            digits.append('.');
            i++;
            int fractionStart = i;
            i = appendDigits(text, i, end, digits);
            if (i == fractionStart) {
                throw new TextParseException(field, text, i, "expected a digit after the decimal mark");
            }
        }
        if (i < end) {
            throw new TextParseException(field, text, i, "unexpected character '" + text.charAt(i) + "'");
        }
        return new BigDecimal(digits.toString());
    }

    private static int appendDigits(CharSequence text, int from, int end, StringBuilder digits) {
        int i = from;
        while (i < end && isDigit(text.charAt(i))) {
            digits.append(text.charAt(i));
            i++;
        }
        return i;
    }

    private boolean isGroupSeparator(char c) {
        return this != PLAIN && (c == groupSeparator || Character.getType(c) == Character.SPACE_SEPARATOR);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whitespace and every Unicode space, including U+00A0 and U+202F, which isWhitespace leaves out. */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Writes a number in this notation, every digit as it is, with no rounding.
     *
     * <p>{@code VIETNAMESE}: 38.89 gives {@code "38,89"}, 125525 {@code "125.525"}, -4.61
     * {@code "-4,61"}, 2449433.5 {@code "2.449.433,5"}. {@code ENGLISH}: 2449433.5 gives
     * {@code "2,449,433.5"}. {@code PLAIN}: {@link BigDecimal#toPlainString()}. A value with a negative
     * scale is written as the whole number it stands for (1E+3 gives {@code "1.000"} in Vietnamese).
     *
     * @param value  the number, not null
     * @return the text, not null
     * @throws io.github.binhdang.core.InvalidValueException if the value's scale is beyond
     *         {@link Decimals#MAX_SCALE} either way, such as {@code 1E+999999999}, whose plain text would
     *         take a gigabyte
     */
    public String format(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        String plain = Checks.requireBoundedScale("NumberNotation.value", value).toPlainString();
        if (this == PLAIN) {
            return plain;
        }
        boolean negative = plain.startsWith("-");
        int point = plain.indexOf('.');
        String integer = plain.substring(negative ? 1 : 0, point < 0 ? plain.length() : point);
        StringBuilder text = new StringBuilder(plain.length() + integer.length() / 3 + 1);
        if (negative) {
            text.append('-');
        }
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                text.append(groupSeparator);
            }
            text.append(integer.charAt(i));
        }
        if (point >= 0) {
            text.append(decimalMark).append(plain, point + 1, plain.length());
        }
        return text.toString();
    }
}
