package io.github.binhdang.core.internal;

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

}
