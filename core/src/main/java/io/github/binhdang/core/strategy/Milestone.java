package io.github.binhdang.core.strategy;

import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A value a target is to reach by a period: "at least 27 % by 2025", "at most 111 boys per 100 girls
 * by 2030", "more than 35 % in the 2016–2021 term", "100 % from 2025 onward".
 *
 * <p>The value is checked against its unit when the milestone is built: a percentage from 0 to 100,
 * a count a non-negative whole number. A milestone of 140 % cannot exist.
 *
 * <p>A target that is met or not met rather than reached by a number ("from 2025 onward, gender content
 * is part of the curricula") has a <em>yes/no</em> milestone, built by {@link #met(int)} or
 * {@link #metFromYearOnward(int)}: unit {@link Unit#YES_NO}, comparison {@link Comparison#EQUAL}, value
 * 1 (yes). Its indicator's values are 1 (met) or 0 (not met), and progress methods judge it met or not
 * met, with no trend, projection or score ({@link #isYesNo()}).
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Milestone {

    private final ReportingPeriod period;
    private final Comparison comparison;
    private final BigDecimal value;
    private final Unit unit;
    private final boolean onward;
    private final @Nullable BigDecimal tolerance;

    private Milestone(ReportingPeriod period, Comparison comparison, BigDecimal value, Unit unit, boolean onward,
            @Nullable BigDecimal tolerance) {
        this.period = period;
        this.comparison = comparison;
        this.value = value;
        this.unit = unit;
        this.onward = onward;
        this.tolerance = tolerance;
    }

    /**
     * Obtains a milestone for a year, such as at least 27 % by 2025.
     *
     * @param year        the year, from 1900 to 9999
     * @param comparison  how the achieved value is compared, not null
     * @param value       the value, valid for the unit
     * @param unit        the unit, not null
     * @return the milestone, not null
     * @throws InvalidValueException if the year is out of range, the value impossible for the unit, or
     *         the unit is {@link Unit#YES_NO} and the milestone is not EQUAL 1
     */
    public static Milestone of(int year, Comparison comparison, BigDecimal value, Unit unit) {
        return of(YearPeriod.of(year), comparison, value, unit);
    }

    /**
     * Obtains a milestone for a period, such as more than 35 % in the People's Council term 2016–2021.
     *
     * @param period      the period, not null
     * @param comparison  how the achieved value is compared, not null
     * @param value       the value, valid for the unit
     * @param unit        the unit, not null
     * @return the milestone, not null
     * @throws InvalidValueException if the value is impossible for the unit
     */
    public static Milestone of(ReportingPeriod period, Comparison comparison, BigDecimal value, Unit unit) {
        return create(period, comparison, value, unit, false);
    }

    /**
     * Obtains a milestone that holds from a year onward, such as "from 2025 onward, 100 %".
     *
     * @param year        the first year it holds, from 1900 to 9999
     * @param comparison  how the achieved value is compared, not null
     * @param value       the value, valid for the unit
     * @param unit        the unit, not null
     * @return the milestone, not null
     * @throws InvalidValueException if the year is out of range or the value impossible for the unit
     */
    public static Milestone fromYearOnward(int year, Comparison comparison, BigDecimal value, Unit unit) {
        return create(YearPeriod.of(year), comparison, value, unit, true);
    }

    /**
     * Obtains a yes/no milestone: the condition is to be met by a year, such as "by 2025, the
     * programme is adopted". Unit {@link Unit#YES_NO}, comparison {@link Comparison#EQUAL}, value 1.
     *
     * @param year  the year, from 1900 to 9999
     * @return the milestone, not null
     * @throws InvalidValueException if the year is out of range
     */
    public static Milestone met(int year) {
        return create(YearPeriod.of(year), Comparison.EQUAL, BigDecimal.ONE, Unit.YES_NO, false);
    }

    /**
     * Obtains a yes/no milestone that holds from a year onward, such as "from 2025 onward, gender content
     * is part of the curricula". Unit {@link Unit#YES_NO}, comparison {@link Comparison#EQUAL}, value 1.
     *
     * @param year  the first year it holds, from 1900 to 9999
     * @return the milestone, not null
     * @throws InvalidValueException if the year is out of range
     */
    public static Milestone metFromYearOnward(int year) {
        return create(YearPeriod.of(year), Comparison.EQUAL, BigDecimal.ONE, Unit.YES_NO, true);
    }

    private static Milestone create(ReportingPeriod period, Comparison comparison, BigDecimal value, Unit unit,
            boolean onward) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        unit.requireValid("Milestone.value", value);
        if (unit.equals(Unit.YES_NO) && (comparison != Comparison.EQUAL || value.compareTo(BigDecimal.ONE) != 0)) {
            throw new InvalidValueException("Milestone.comparison", comparison + " " + Checks.plain(value),
                    "must be EQUAL 1 for a yes/no milestone, which is met or not met");
        }
        return new Milestone(period, comparison, value, unit, onward, null);
    }

    /**
     * Returns a copy of this "about" milestone with its own tolerance: the value is met within
     * {@code tolerance} either side, in the milestone's unit. "About 60 %" with a tolerance of 2 is met
     * from 58 to 62 inclusive.
     *
     * @param tolerance  the distance either side, 0 or more, in the milestone's unit
     * @return the milestone, not null
     * @throws InvalidValueException if the tolerance is negative or the comparison is not
     *         {@link Comparison#ABOUT}
     */
    public Milestone withTolerance(BigDecimal tolerance) {
        Checks.requireBounded("Milestone.tolerance", Objects.requireNonNull(tolerance, "tolerance"));
        if (comparison != Comparison.ABOUT) {
            throw new InvalidValueException("Milestone.tolerance", Checks.plain(tolerance),
                    "applies only to an ABOUT milestone, not " + comparison);
        }
        if (tolerance.signum() < 0) {
            throw new InvalidValueException("Milestone.tolerance", Checks.plain(tolerance), "is below 0");
        }
        return new Milestone(period, comparison, value, unit, onward, tolerance);
    }

    /**
     * Returns the distance either side of the value within which an {@link Comparison#ABOUT} milestone
     * is met: the tolerance given by {@link #withTolerance(BigDecimal)}, else half a unit of the value's
     * last written digit, so that "about 111" is met from 110.5 to 111.5 and "about 111.0" from 110.95 to
     * 111.05: the values that round to the milestone as written. A value's written digits are its scale.
     *
     * @return the tolerance, 0 or more, in the milestone's unit, not null
     */
    public BigDecimal tolerance() {
        return tolerance != null ? tolerance : new BigDecimal(BigInteger.valueOf(5), value.scale() + 1);
    }

    /**
     * Tells whether the tolerance was given rather than taken from the value's digits.
     *
     * @return true after {@link #withTolerance(BigDecimal)}
     */
    public boolean hasOwnTolerance() {
        return tolerance != null;
    }

    /**
     * Tells whether a value is within the {@linkplain #tolerance() tolerance} of this milestone's value:
     * {@code |value − M| ≤ tolerance}. For an {@link Comparison#ABOUT} milestone this is what "about"
     * means; 115 is not about 111, nor is 111.8.
     *
     * @param value  the value, in the milestone's unit, not null
     * @return true if it is within the tolerance, bounds included
     */
    public boolean isWithinTolerance(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return value.subtract(this.value).abs().compareTo(tolerance()) <= 0;
    }

    /**
     * Returns the period by which the value is to be reached.
     *
     * @return the period, not null
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * Returns the year by which the value is to be reached: the last year of the period.
     *
     * @return the year
     */
    public int year() {
        return period.endYear();
    }

    /**
     * Returns how the achieved value is compared with the milestone's.
     *
     * @return the comparison, not null
     */
    public Comparison comparison() {
        return comparison;
    }

    /**
     * Returns the milestone's value, with the digits it was published with.
     *
     * @return the value, not null
     */
    public BigDecimal value() {
        return value;
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
     * Tells whether this is a yes/no milestone, met or not met rather than reached by a number: its
     * unit is {@link Unit#YES_NO}.
     *
     * @return true for a milestone built by {@link #met(int)} or {@link #metFromYearOnward(int)}
     */
    public boolean isYesNo() {
        return unit.equals(Unit.YES_NO);
    }

    /**
     * Tells whether the milestone holds from its year onward rather than by its year.
     *
     * @return true for "from 2025 onward"
     */
    public boolean isOnward() {
        return onward;
    }

    /**
     * Compares period, comparison, value (with its scale), unit and whether it holds onward.
     *
     * @param other  the other object
     * @return true if both are the same milestone
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Milestone m && period.equals(m.period) && comparison == m.comparison
                && value.equals(m.value) && unit.equals(m.unit) && onward == m.onward
                && Objects.equals(tolerance, m.tolerance);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(period, comparison, value, unit, onward, tolerance);
    }

    /**
     * Returns a short description, such as {@code 2025: ≥ 27 percent} or {@code 2025+: ≥ 100 percent}, and
     * a tolerance given by {@link #withTolerance(BigDecimal)} after {@code ±}: {@code 2030: ≈ 60 ± 2 percent}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return period + (onward ? "+" : "") + ": " + comparison.symbol() + " " + Checks.plain(value)
                + (tolerance == null ? "" : " ± " + Checks.plain(tolerance)) + " " + unit.code();
    }
}
