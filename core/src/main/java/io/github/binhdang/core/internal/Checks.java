package io.github.binhdang.core.internal;

import io.github.binhdang.core.Excerpt;
import io.github.binhdang.core.InvalidValueException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Objects;

/**
 * The checks that factories share, each throwing {@link InvalidValueException} with the field and value.
 * Not part of the public API.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Requires a non-blank text and returns it trimmed and in NFC.
     *
     * @param field  the field, for the message
     * @param text   the text
     * @return the text, trimmed and in NFC
     */
    public static String requireText(String field, String text) {
        Objects.requireNonNull(text, field);
        String nfc = nfc(text).strip();
        if (nfc.isEmpty()) {
            throw new InvalidValueException(field, "'" + text + "'", "must not be blank");
        }
        return nfc;
    }

    /**
     * Requires a code: letters, digits, '.', '_' and '-', starting with a letter or digit.
     *
     * @param field  the field, for the message
     * @param code   the code
     * @return the code, unchanged
     */
    public static String requireCode(String field, String code) {
        Objects.requireNonNull(code, field);
        if (code.isEmpty()) {
            throw new InvalidValueException(field, "''", "must not be empty");
        }
        if (!isCode(code)) {
            throw new InvalidValueException(field, "'" + code + "'",
                    "must be letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return code;
    }

    // Letters, digits, then also ., _ or -: a hand loop rather than a regex, as codes are checked for
    // every area of the commune catalogue as it loads.
    private static boolean isCode(String code) {
        for (int i = 0, n = code.length(); i < n; i++) {
            char c = code.charAt(i);
            boolean alnum = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!alnum && (i == 0 || c != '.' && c != '_' && c != '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Requires a value in a closed range.
     *
     * @param field  the field, for the message
     * @param value  the value
     * @param min    the smallest allowed value
     * @param max    the largest allowed value
     * @return the value
     */
    public static int requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, value, "must be from " + min + " to " + max);
        }
        return value;
    }

    /**
     * Turns a finite {@code double} into the decimal it prints as, refusing NaN and infinities.
     *
     * @param field  the field, for the message
     * @param value  the value
     * @return the decimal, as {@link BigDecimal#valueOf(double)} gives it
     */
    public static BigDecimal finite(String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new InvalidValueException(field, value, "is not a finite number");
        }
        return BigDecimal.valueOf(value);
    }

    /**
     * Returns the text in Unicode normalisation form C, the form the whole library compares in.
     *
     * @param text  the text
     * @return the text in NFC
     */
    public static String nfc(String text) {
        // Codes are nearly always ASCII, which is NFC by definition, and names nearly always precomposed
        // Vietnamese: letters below U+0300 (Latin-1, Latin Extended-A and -B) and in Latin Extended
        // Additional (U+1E00 to U+1EFF, ạ ầ ế ở ữ ỳ …), none of which is ever changed by NFC or combines
        // with what precedes it. Only other text goes to the Normalizer, which is slow even to check.
        boolean simple = true;
        for (int i = 0, n = text.length(); i < n && simple; i++) {
            char c = text.charAt(i);
            simple = c < 0x0300 || c >= 0x1E00 && c <= 0x1EFF;
        }
        return simple || Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }


    // Decimal bounds (issue 20, hostile input): the one rule for how large a value of the model may
    // be, public as Decimals.MAX_PRECISION and Decimals.MAX_SCALE.

    /** The most significant digits a value may have. */
    public static final int MAX_PRECISION = 100;

    /** The largest scale, either way, a value may have. */
    public static final int MAX_SCALE = 1000;

    // A value with more bits than this has more than MAX_PRECISION digits (10^100 < 2^333).
    private static final int MAX_BITS = 333;
    private static final double LOG10_2 = 0.30103;
    // Numbers of more bits (some 1,000 digits) are quoted in messages by their size only.
    private static final int MESSAGE_BITS = 10 * MAX_BITS;

    /**
     * Tells whether a decimal is within the bounds of the model: at most {@value #MAX_PRECISION}
     * significant digits and a scale from -{@value #MAX_SCALE} to {@value #MAX_SCALE}, so that its
     * plain text has at most 1,102 characters. Costs no more than a value within the bounds does.
     *
     * @param value  the value
     * @return true if it is within the bounds
     */
    public static boolean isBounded(BigDecimal value) {
        // precision() costs nothing for the common value (a long inside, its digit count cached), where
        // unscaledValue() would make a BigInteger for every value read.
        int scale = value.scale();
        return scale >= -MAX_SCALE && scale <= MAX_SCALE && value.precision() <= MAX_PRECISION;
    }

    /**
     * Requires a decimal within the bounds of {@link #isBounded(BigDecimal)}.
     *
     * @param field  the field, for the message
     * @param value  the value, not null
     * @return the value
     * @throws InvalidValueException if it has too many digits or too large a scale
     */
    public static BigDecimal requireBounded(String field, BigDecimal value) {
        Objects.requireNonNull(value, field);
        if (!isBounded(value)) {
            throw new InvalidValueException(field, plain(value), "has "
                    + (value.unscaledValue().bitLength() > MESSAGE_BITS
                            ? "about " + (long) (value.unscaledValue().bitLength() * LOG10_2)
                            : String.valueOf(value.precision()))
                    + " significant digits and a scale of " + value.scale() + "; a value has at most "
                    + MAX_PRECISION + " significant digits and a scale from -" + MAX_SCALE + " to " + MAX_SCALE);
        }
        return value;
    }

    /**
     * Tells whether a decimal's scale is within -{@value #MAX_SCALE} to {@value #MAX_SCALE}: what its plain
     * text needs to be no longer than its digits and some {@value #MAX_SCALE} characters. A value computed
     * from bounded ones (1E+400 - 55.5) may have more digits than {@value #MAX_PRECISION}, but never an
     * unbounded scale.
     *
     * @param value  the value
     * @return true if the scale is within the bounds
     */
    public static boolean hasBoundedScale(BigDecimal value) {
        int scale = value.scale();
        return scale >= -MAX_SCALE && scale <= MAX_SCALE;
    }

    /**
     * Requires a decimal whose plain text is no longer than its digits and {@value #MAX_SCALE} characters
     * ({@link #hasBoundedScale(BigDecimal)}): what formatting needs, where {@code 1E+999999999} would
     * take a gigabyte.
     *
     * @param field  the field, for the message
     * @param value  the value, not null
     * @return the value
     * @throws InvalidValueException if its scale is beyond the bounds
     */
    public static BigDecimal requireBoundedScale(String field, BigDecimal value) {
        Objects.requireNonNull(value, field);
        if (!hasBoundedScale(value)) {
            throw new InvalidValueException(field, plain(value), "has a scale of " + value.scale()
                    + "; its plain text would have " + (Math.abs((long) value.scale()) + 1)
                    + " characters or more, and a value's scale is from -" + MAX_SCALE + " to " + MAX_SCALE);
        }
        return value;
    }

    /**
     * Writes a decimal for a message without ever allocating more than a few thousand characters: the
     * plain form ({@link BigDecimal#toPlainString()}) when its scale is within the bounds and it has
     * up to some 1,000 digits, else its scientific form shortened by {@link Excerpt#of(CharSequence)}
     * ({@code 1E+999999999}, where the plain form would take a gigabyte), or for a number of more
     * digits only its size ({@code (about 1000000 digits)}).
     *
     * @param value  the value, not null
     * @return the text, not null
     */
    public static String plain(BigDecimal value) {
        if (value.unscaledValue().bitLength() > MESSAGE_BITS) {
            // Not even the first digits are worked out: that alone would divide a number of this size.
            return "(" + (value.signum() < 0 ? "-" : "") + "about " + (long) (value.unscaledValue().bitLength() * LOG10_2)
                    + " digits" + (value.scale() == 0 ? "" : ", scale " + value.scale()) + ")";
        }
        if (hasBoundedScale(value)) {
            return value.toPlainString();
        }
        return Excerpt.of(value.toString());
    }

}
