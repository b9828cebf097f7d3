package io.github.binhdang.core.calc;

import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.Decimals;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The change of a value between two periods: absolute (in points for percentages), relative, and per
 * year over the time between them.
 *
 * <pre>
 *   absolute                  b − a                          (38.89 % against 34.28 %: +4.61 points)
 *   relative                  (b − a) / a × 100              per cent of the earlier value
 *   years                     midpoint(b) − midpoint(a)       in years (2021 to 2023: 2)
 *   average annual change     (b − a) / years
 *   compound annual growth    ((b / a) ^ (1 / years) − 1) × 100   per cent a year
 * </pre>
 * A period's midpoint is {@link ReportingPeriod#midpointYear()}: the year 2021 is 2021.5, the
 * People's Council term 2016–2021 is 2019.0. The compound rate uses {@code double} for the power and
 * rounds the result half-up to the decimals asked for.
 *
 * @param from       the earlier period, not null
 * @param to         the later period, not null
 * @param fromValue  the value in the earlier period, not null
 * @param toValue    the value in the later period, not null
 * @param unit       the unit of both values, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record Change(ReportingPeriod from, ReportingPeriod to, BigDecimal fromValue, BigDecimal toValue, Unit unit) {

    /**
     * Checks the parts: the later period must start after the earlier one starts.
     *
     * @param from       the earlier period, not null
     * @param to         the later period, not null
     * @param fromValue  the earlier value, not null
     * @param toValue    the later value, not null
     * @param unit       the unit, not null
     * @throws InvalidValueException if {@code to} does not start after {@code from}
     */
    public Change {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(fromValue, "fromValue");
        Objects.requireNonNull(toValue, "toValue");
        Objects.requireNonNull(unit, "unit");
        if (!to.start().isAfter(from.start())) {
            throw new InvalidValueException("Change.to", to, "must start after the earlier period " + from);
        }
    }

    /**
     * Obtains the change from one period's value to a later one's.
     *
     * @param from       the earlier period, not null
     * @param fromValue  the earlier value, not null
     * @param to         the later period, not null
     * @param toValue    the later value, not null
     * @param unit       the unit of both values, not null
     * @return the change, not null
     * @throws InvalidValueException if {@code to} does not start after {@code from}
     */
    public static Change between(ReportingPeriod from, BigDecimal fromValue, ReportingPeriod to, BigDecimal toValue,
            Unit unit) {
        return new Change(from, to, fromValue, toValue, unit);
    }

    /**
     * Returns the absolute change b − a, exact, in {@link #absoluteUnit()}.
     *
     * @return the change, not null
     */
    public BigDecimal absolute() {
        return toValue.subtract(fromValue);
    }

    /**
     * Returns the unit of the absolute change: percentage points for percentages, else the values'
     * unit.
     *
     * @return the unit, not null
     */
    public Unit absoluteUnit() {
        return unit.equals(Unit.PERCENT) ? Unit.PERCENTAGE_POINT : unit;
    }

    /**
     * Returns the change relative to the earlier value, in per cent.
     *
     * @param decimals  the decimals of the result, from 0 to 64
     * @return (b − a) / a × 100, or no data when a is zero
     */
    public Computed relative(int decimals) {
        if (fromValue.signum() == 0) {
            return Computed.noData(Unit.PERCENT, NoDataReason.ZERO_DENOMINATOR, "the earlier value is zero");
        }
        return Computed.of(Decimals.rate(absolute(), fromValue, Unit.PERCENT.perMultiplier(), decimals),
                Unit.PERCENT);
    }

    /**
     * Returns the years between the midpoints of the two periods.
     *
     * @return the years, positive
     */
    public double years() {
        return to.midpointYear() - from.midpointYear();
    }

    /**
     * Returns the average change per year, in {@link #absoluteUnit()}.
     *
     * @param decimals  the decimals of the result, from 0 to 64
     * @return (b − a) / years, rounded half-up
     */
    public Computed averageAnnual(int decimals) {
        BigDecimal years = BigDecimal.valueOf(years());
        return Computed.of(Decimals.divide(absolute(), years, decimals), absoluteUnit());
    }

    /**
     * Returns the compound annual growth rate, in per cent a year.
     *
     * @param decimals  the decimals of the result, from 0 to 64
     * @return ((b / a) ^ (1 / years) − 1) × 100, or no data when either value is zero or below
     */
    public Computed compoundAnnualGrowthRate(int decimals) {
        if (fromValue.signum() <= 0 || toValue.signum() <= 0) {
            return Computed.noData(Unit.PERCENT, NoDataReason.UNDEFINED,
                    "growth from " + Checks.plain(fromValue) + " to " + Checks.plain(toValue));
        }
        double ratio = toValue.doubleValue() / fromValue.doubleValue();
        double rate = (Math.pow(ratio, 1.0 / years()) - 1.0) * 100.0;
        return Computed.of(Decimals.roundHalfUp(BigDecimal.valueOf(rate), decimals), Unit.PERCENT);
    }
}
