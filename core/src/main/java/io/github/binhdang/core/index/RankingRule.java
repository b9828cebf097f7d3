package io.github.binhdang.core.index;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * How a publisher orders a set of index values into ranks: which end comes first, and whether the values
 * are compared as published (rounded) or in full.
 *
 * <p>Ties always share a rank and the next rank skips as many places (standard competition ranking,
 * "1224"), as UNDP and WEF print them; see {@link Ranking}. The three publishers' rules:
 * <ul>
 *   <li>{@link #UNDP_HDI}: higher first, on the HDI rounded half up to 3 decimals; Australia and the
 *       Netherlands (0.946) share rank 10 of the HDR 2023/2024 table for 2022 and the next is 12.</li>
 *   <li>{@link #UNDP_GII}: lower first, on the full value: the four pairs of 2022 whose GII is equal at 3
 *       decimals (Colombia and Panama at 0.392, for one) have consecutive ranks in the order of their
 *       unrounded GII, not a shared one.</li>
 *   <li>{@link #WEF_GENDER_GAP}: higher first, on the full value: in the Global Gender Gap Report 2021,
 *       Germany and Nicaragua (both printed 0.796) are 11th and 12th, and only exactly equal scores (the
 *       economies at parity in a subindex) share a rank.</li>
 * </ul>
 * Text form, for {@link #toString()}: {@code higher first, 3 decimals} or {@code lower first, unrounded}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class RankingRule {

    /** UNDP's HDI ranks: the highest HDI first, compared at the 3 published decimals. */
    public static final RankingRule UNDP_HDI = new RankingRule(true, 3);

    /** UNDP's GII ranks: the lowest GII (the least inequality) first, compared in full. */
    public static final RankingRule UNDP_GII = new RankingRule(false, -1);

    /** WEF's Global Gender Gap Index ranks (overall and subindices): the highest score first, compared in full. */
    public static final RankingRule WEF_GENDER_GAP = new RankingRule(true, -1);

    private final boolean higherFirst;
    private final int digits;

    private RankingRule(boolean higherFirst, int digits) {
        this.higherFirst = higherFirst;
        this.digits = digits;
    }

    /**
     * Returns a rule comparing values rounded half up to some decimals, as published.
     *
     * @param higherFirst  true if the highest value ranks 1, false if the lowest does
     * @param digits       the decimals compared, from 0 to 15
     * @return the rule, not null
     * @throws InvalidValueException if digits is out of range
     */
    public static RankingRule ofRounded(boolean higherFirst, int digits) {
        Checks.requireRange("RankingRule.digits", digits, 0, IndexMath.MAX_DIGITS);
        return new RankingRule(higherFirst, digits);
    }

    /**
     * Returns a rule comparing values in full.
     *
     * @param higherFirst  true if the highest value ranks 1, false if the lowest does
     * @return the rule, not null
     */
    public static RankingRule ofUnrounded(boolean higherFirst) {
        return new RankingRule(higherFirst, -1);
    }

    /**
     * Returns whether the highest value ranks first.
     *
     * @return true if higher values rank first, false if lower values do
     */
    public boolean isHigherFirst() {
        return higherFirst;
    }

    /**
     * Returns the decimals values are rounded to before they are compared.
     *
     * @return the decimals, or empty if values are compared in full
     */
    public OptionalInt digits() {
        return digits < 0 ? OptionalInt.empty() : OptionalInt.of(digits);
    }

    /**
     * Returns the value that this rule compares: the value rounded half up to {@link #digits()}, or the value
     * itself.
     *
     * @param value  the value, not null
     * @return the value compared, not null
     */
    public BigDecimal comparedValue(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return digits < 0 ? value : value.setScale(digits, RoundingMode.HALF_UP);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RankingRule that && higherFirst == that.higherFirst && digits == that.digits;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(higherFirst) * 31 + digits;
    }

    /**
     * Returns the rule as text, such as {@code higher first, 3 decimals} or {@code lower first, unrounded}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return (higherFirst ? "higher first, " : "lower first, ")
                + (digits < 0 ? "unrounded" : digits + (digits == 1 ? " decimal" : " decimals"));
    }
}
