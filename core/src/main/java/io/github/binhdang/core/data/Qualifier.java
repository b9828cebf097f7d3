package io.github.binhdang.core.data;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.internal.Codes;
import java.util.Locale;
import java.util.Optional;

/**
 * How exactly a reported value is meant: "nearly 400" (gần 400) is not 400.
 *
 * <p>The qualifier is part of the datum. Calculations that need an exact number say what they do with
 * an approximate one; nothing treats "nearly 400" as exactly 400 without saying so. Validation takes a
 * qualifier at its word: "more than 100 %" is no share, and "nearly" and "about" allow a tolerance
 * around the value that the rules take as parameters (see {@code StandardRule}, "Approximate values").
 */
public enum Qualifier {
    /** The value is exact as written. */
    EXACT("", BilingualText.of("chính xác", "exact")),
    /** Nearly (gần): a little below the value. */
    NEARLY("gần", BilingualText.of("gần", "nearly")),
    /** More than (hơn, trên): above the value. */
    MORE_THAN("hơn", BilingualText.of("hơn", "more than")),
    /** About (khoảng): close to the value, either side. */
    ABOUT("khoảng", BilingualText.of("khoảng", "about")),
    /** At most (tối đa, không quá): the value or below. */
    AT_MOST("tối đa", BilingualText.of("tối đa", "at most")),
    /** At least (ít nhất, từ … trở lên): the value or above. */
    AT_LEAST("ít nhất", BilingualText.of("ít nhất", "at least")),
    /** Less than (dưới): below the value. */
    LESS_THAN("dưới", BilingualText.of("dưới", "less than"));

    private final String word;
    private final BilingualText title;

    Qualifier(String word, BilingualText title) {
        this.word = word;
        this.title = title;
    }

    /**
     * Returns the Vietnamese word that precedes a number with this qualifier, empty for {@link #EXACT}.
     *
     * @return the word, not null
     */
    public String word() {
        return word;
    }

    /**
     * Returns the name in Vietnamese and English.
     *
     * @return the title, not null
     */
    public BilingualText title() {
        return title;
    }

    /**
     * Tells whether the value is exact as written.
     *
     * @return true for {@link #EXACT} only
     */
    public boolean isExact() {
        return this == EXACT;
    }

    /**
     * Reads a qualifier from its name ({@code NEARLY}), its Vietnamese word ({@code gần}, also
     * {@code trên} for more than and {@code không quá} for at most) or its English words
     * ({@code nearly}); an empty text is {@link #EXACT}. Case and Unicode form do not matter.
     *
     * <p>Other Vietnamese words reports put before a number: {@code ngót} (nearly); {@code xấp xỉ},
     * {@code chừng}, {@code khoảng chừng} (about); {@code tối thiểu} (at least); and after it,
     * {@code trở lên} (at least: "15% trở lên") and {@code trở xuống} (at most); a negated bound,
     * {@code không dưới}, {@code không ít hơn}, {@code không thấp hơn} (at least: "không dưới 45%") and
     * {@code không nhiều hơn}, {@code không cao hơn} (at most).
     *
     * @param text  the text, not null
     * @return the qualifier, not null
     * @throws InvalidValueException if the text names no qualifier
     */
    public static Qualifier parse(String text) {
        String t = Checks.nfc(text).strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return EXACT;
        }
        for (Qualifier q : values()) {
            if (t.equals(q.name().toLowerCase(Locale.ROOT)) || t.equals(q.word) || t.equals(q.title.en())) {
                return q;
            }
        }
        switch (t) {
            case "trên":
                return MORE_THAN;
            case "không quá":
            case "không vượt quá":
                return AT_MOST;
            case "từ":
                return AT_LEAST;
            // Issue 25 (extract): the other words of report text, before or after the number.
            case "ngót":
                return NEARLY;
            case "xấp xỉ":
            case "chừng":
            case "khoảng chừng":
                return ABOUT;
            case "tối thiểu":
            case "trở lên":
                return AT_LEAST;
            case "trở xuống":
                return AT_MOST;
            // "không dưới 45%" is 45 % or more: a negated bound (extract, units and qualifiers on held-out text).
            case "không dưới":
            case "không ít hơn":
            case "không thấp hơn":
                return AT_LEAST;
            case "không nhiều hơn":
            case "không cao hơn":
                return AT_MOST;
            default:
                throw new InvalidValueException("Qualifier", "'" + text + "'",
                        "is not a qualifier: use EXACT, NEARLY, MORE_THAN, ABOUT, AT_MOST, AT_LEAST, LESS_THAN or the Vietnamese word");
        }
    }

    /**
     * Obtains the qualifier with a code, the name of its constant: {@code of("NEARLY")} is
     * {@link #NEARLY}. The match is exact.
     *
     * @param code  the code, such as {@code NEARLY}, not null
     * @return the qualifier, not null
     * @throws InvalidValueException if no qualifier has that code; the message lists the codes
     */
    public static Qualifier of(String code) {
        return Codes.of("Qualifier.code", values(), Qualifier::name, code);
    }

    /**
     * Finds the qualifier with a code, the name of its constant; the match is exact.
     *
     * @param code  the code, such as {@code NEARLY}, not null
     * @return the qualifier, or empty if none has that code
     */
    public static Optional<Qualifier> find(String code) {
        return Codes.find(values(), Qualifier::name, code);
    }
}
