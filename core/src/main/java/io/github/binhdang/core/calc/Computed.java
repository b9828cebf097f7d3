package io.github.binhdang.core.calc;

import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of a calculation: a value in a unit, or no data with the reason.
 *
 * <p>Text form: {@code 15.12 percent}, or {@code no data: ZERO_DENOMINATOR (0 of 0)}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Computed {

    private final @Nullable BigDecimal value;
    private final Unit unit;
    private final @Nullable NoDataReason reason;
    private final String detail;

    private Computed(@Nullable BigDecimal value, Unit unit, @Nullable NoDataReason reason, String detail) {
        this.value = value;
        this.unit = unit;
        this.reason = reason;
        this.detail = detail;
    }

    /**
     * Obtains a computed value.
     *
     * @param value  the value, not null
     * @param unit   its unit, not null
     * @return the result, not null
     */
    public static Computed of(BigDecimal value, Unit unit) {
        return new Computed(Objects.requireNonNull(value, "value"), Objects.requireNonNull(unit, "unit"), null, "");
    }

    /**
     * Obtains a result with no value.
     *
     * @param unit    the unit the value would have had, not null
     * @param reason  why there is no value, not null
     * @param detail  the specifics, such as {@code "0 of 0"}, may be empty
     * @return the result, not null
     */
    public static Computed noData(Unit unit, NoDataReason reason, String detail) {
        return new Computed(null, Objects.requireNonNull(unit, "unit"), Objects.requireNonNull(reason, "reason"),
                Objects.requireNonNull(detail, "detail"));
    }

    /**
     * Tells whether there is a value.
     *
     * @return true if there is
     */
    public boolean isPresent() {
        return value != null;
    }

    /**
     * Returns the value.
     *
     * @return the value, not null
     * @throws NoSuchElementException if there is no value; the message gives the reason
     */
    public BigDecimal value() {
        if (value == null) {
            throw new NoSuchElementException("No value: " + reason + (detail.isEmpty() ? "" : " (" + detail + ")"));
        }
        return value;
    }

    /**
     * Returns the value, or empty when there is none.
     *
     * @return the value, or empty
     */
    public Optional<BigDecimal> toOptional() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns the unit of the value.
     *
     * @return the unit, not null
     */
    public Unit unit() {
        return unit;
    }

    /**
     * Returns why there is no value.
     *
     * @return the reason, or empty when there is a value
     */
    public Optional<NoDataReason> reason() {
        return Optional.ofNullable(reason);
    }

    /**
     * Returns the specifics of the reason, such as {@code "0 of 0"}; empty text when there is a value.
     *
     * @return the detail, not null
     */
    public String detail() {
        return detail;
    }

    /**
     * Compares value (with its scale), unit, reason and detail.
     *
     * @param other  the other object
     * @return true if both are the same result
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Computed c && Objects.equals(value, c.value) && unit.equals(c.unit)
                && reason == c.reason && detail.equals(c.detail);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(value, unit, reason, detail);
    }

    /**
     * Returns {@code 15.12 percent} or {@code no data: ZERO_DENOMINATOR (0 of 0)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return value != null ? Checks.plain(value) + " " + unit.code()
                : "no data: " + reason + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
