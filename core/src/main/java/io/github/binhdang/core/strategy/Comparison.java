package io.github.binhdang.core.strategy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Codes;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How a milestone's value is to be compared with what is achieved: "at least 60 %", "below 30 %",
 * "at most 111 boys per 100 girls", "about 60 %".
 *
 * <p>A strategy's wording maps onto these: "đạt" (reach) and "ít nhất" are {@link #AT_LEAST};
 * "trên" is {@link #ABOVE}; "dưới" is {@link #BELOW}; "không vượt quá" and "giảm … còn" (reduce to)
 * are {@link #AT_MOST}; "khoảng" is {@link #ABOUT}.
 */
public enum Comparison {
    /** The achieved value is the milestone's or more (ít nhất, đạt). */
    AT_LEAST("≥", BilingualText.of("ít nhất", "at least")),
    /** The achieved value is the milestone's or less (không vượt quá, giảm còn). */
    AT_MOST("≤", BilingualText.of("không vượt quá", "at most")),
    /** The achieved value is strictly below the milestone's (dưới). */
    BELOW("<", BilingualText.of("dưới", "below")),
    /** The achieved value is strictly above the milestone's (trên). */
    ABOVE(">", BilingualText.of("trên", "above")),
    /** The achieved value is close to the milestone's (khoảng); how close is for the assessment method to say. */
    ABOUT("≈", BilingualText.of("khoảng", "about")),
    /** The achieved value equals the milestone's. */
    EQUAL("=", BilingualText.of("bằng", "equal to"));

    private final String symbol;
    private final BilingualText title;

    Comparison(String symbol, BilingualText title) {
        this.symbol = symbol;
        this.title = title;
    }

    /**
     * Returns the mathematical symbol, such as {@code ≥}.
     *
     * @return the symbol, not null
     */
    public String symbol() {
        return symbol;
    }

    /**
     * Returns the words in Vietnamese and English, such as "ít nhất" / "at least".
     *
     * @return the title, not null
     */
    public BilingualText title() {
        return title;
    }

    /**
     * Tells whether an achieved value meets a milestone value under this comparison. {@link #ABOUT}
     * is met only by an equal value here; assessment methods apply the milestone's tolerance
     * ({@link Milestone#tolerance()}: half a unit of its last written digit unless the target gives one).
     *
     * @param achieved   the achieved value, not null
     * @param milestone  the milestone value, not null
     * @return true if the comparison holds
     */
    public boolean isMetBy(BigDecimal achieved, BigDecimal milestone) {
        int c = achieved.compareTo(milestone);
        switch (this) {
            case AT_LEAST:
                return c >= 0;
            case AT_MOST:
                return c <= 0;
            case BELOW:
                return c < 0;
            case ABOVE:
                return c > 0;
            default:
                return c == 0;
        }
    }

    /**
     * Obtains the comparison with a code, the name of its constant: {@code of("AT_LEAST")} is
     * {@link #AT_LEAST}. The match is exact.
     *
     * @param code  the code, such as {@code AT_LEAST}, not null
     * @return the comparison, not null
     * @throws InvalidValueException if no comparison has that code; the message lists the codes
     */
    public static Comparison of(String code) {
        return Codes.of("Comparison.code", values(), Comparison::name, code);
    }

    /**
     * Finds the comparison with a code, the name of its constant; the match is exact.
     *
     * @param code  the code, such as {@code AT_LEAST}, not null
     * @return the comparison, or empty if none has that code
     */
    public static Optional<Comparison> find(String code) {
        return Codes.find(values(), Comparison::name, code);
    }
}
