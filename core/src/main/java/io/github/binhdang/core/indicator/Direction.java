package io.github.binhdang.core.indicator;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.internal.Codes;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which way an indicator's values are better: up (women's share of leaders), down (the gap in unpaid
 * care hours), or towards a value or range (a sex ratio at birth of 103 to 107).
 *
 * <p>Text form: {@code INCREASE}, {@code DECREASE}, {@code TOWARDS 105}, {@code TOWARDS 103..107}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Direction {

    /** Higher is better. */
    public static final Direction INCREASE = new Direction(Kind.INCREASE, null, null);
    /** Lower is better. */
    public static final Direction DECREASE = new Direction(Kind.DECREASE, null, null);

    /** The three ways a direction can point. */
    public enum Kind {
        /** Higher is better. */
        INCREASE,
        /** Lower is better. */
        DECREASE,
        /** Closer to a value or inside a range is better. */
        TOWARDS;

        /**
         * Obtains the kind with a code, the name of its constant: {@code of("INCREASE")} is
         * {@link #INCREASE}. The match is exact.
         *
         * @param code  the code, such as {@code INCREASE}, not null
         * @return the kind, not null
         * @throws InvalidValueException if no kind has that code; the message lists the codes
         */
        public static Kind of(String code) {
            return Codes.of("Direction.Kind.code", values(), Kind::name, code);
        }

        /**
         * Finds the kind with a code, the name of its constant; the match is exact.
         *
         * @param code  the code, such as {@code INCREASE}, not null
         * @return the kind, or empty if none has that code
         */
        public static Optional<Kind> find(String code) {
            return Codes.find(values(), Kind::name, code);
        }
    }

    private final Kind kind;
    private final @Nullable BigDecimal low;
    private final @Nullable BigDecimal high;

    private Direction(Kind kind, @Nullable BigDecimal low, @Nullable BigDecimal high) {
        this.kind = kind;
        this.low = low;
        this.high = high;
    }

    /**
     * Obtains the direction "towards a value".
     *
     * @param value  the best value, not null
     * @return the direction, not null
     * @throws InvalidValueException if the value is beyond the bounds of every value
     *         ({@link io.github.binhdang.core.unit.Decimals#MAX_PRECISION})
     */
    public static Direction towards(BigDecimal value) {
        Checks.requireBounded("Direction.value", Objects.requireNonNull(value, "value"));
        return new Direction(Kind.TOWARDS, value, value);
    }

    /**
     * Obtains the direction "into a range", such as a sex ratio at birth of 103 to 107.
     *
     * @param low   the lowest good value, not null
     * @param high  the highest good value, not below {@code low}
     * @return the direction, not null
     * @throws InvalidValueException if {@code high} is below {@code low}, or either is beyond the bounds
     *         of every value ({@link io.github.binhdang.core.unit.Decimals#MAX_PRECISION})
     */
    public static Direction within(BigDecimal low, BigDecimal high) {
        Checks.requireBounded("Direction.low", Objects.requireNonNull(low, "low"));
        Checks.requireBounded("Direction.high", Objects.requireNonNull(high, "high"));
        if (high.compareTo(low) < 0) {
            throw new InvalidValueException("Direction.high", Checks.plain(high),
                    "is below the low end " + Checks.plain(low));
        }
        return new Direction(Kind.TOWARDS, low, high);
    }

    /**
     * Returns which way the direction points.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the low end of the good range, for {@link Kind#TOWARDS}.
     *
     * @return the low end, or empty for increase and decrease
     */
    public Optional<BigDecimal> low() {
        return Optional.ofNullable(low);
    }

    /**
     * Returns the high end of the good range, for {@link Kind#TOWARDS}.
     *
     * @return the high end, or empty for increase and decrease
     */
    public Optional<BigDecimal> high() {
        return Optional.ofNullable(high);
    }

    /**
     * Compares kind and range.
     *
     * @param other  the other object
     * @return true if both point the same way
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Direction d && kind == d.kind && Objects.equals(low, d.low)
                && Objects.equals(high, d.high);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(kind, low, high);
    }

    /**
     * Returns the text form: {@code INCREASE}, {@code DECREASE}, {@code TOWARDS 105} or
     * {@code TOWARDS 103..107}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        if (kind != Kind.TOWARDS) {
            return kind.name();
        }
        return low.equals(high) ? "TOWARDS " + Checks.plain(low)
                : "TOWARDS " + Checks.plain(low) + ".." + Checks.plain(high);
    }
}
