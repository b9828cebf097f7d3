package io.github.binhdang.core.calc;

import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.Decimals;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Measures of the difference between women and men, from a value for each sex.
 *
 * <pre>
 *   female share      F / (F + M) × 100        percent        (12 women of 31 members: 38.71 %)
 *   gap               F − M                    points for percentages, else the values' unit
 *   parity index      F / M                    times          (1 is parity)
 *   women per 100 men F / M × 100              per 100
 * </pre>
 * Shares and ratios round half-up to the decimals given; a zero divisor gives no data.
 */
public final class GenderMeasures {

    private GenderMeasures() {
    }

    /**
     * Computes the female share of a total from the counts of women and men.
     *
     * @param female    the count of women, not null
     * @param male      the count of men, not null
     * @param decimals  the decimals of the result, from 0 to 64
     * @return F / (F + M) × 100 in percent, or no data when F + M is zero
     */
    public static Computed femaleShare(BigDecimal female, BigDecimal male, int decimals) {
        BigDecimal total = female.add(male);
        if (total.signum() == 0) {
            return Computed.noData(Unit.PERCENT, NoDataReason.ZERO_DENOMINATOR, "no women and no men");
        }
        return Computed.of(Decimals.rate(female, total, Unit.PERCENT.perMultiplier(), decimals), Unit.PERCENT);
    }

    /**
     * Computes the female share of a total from a dataset's female and male observations of a count.
     *
     * @param dataset    the dataset, not null
     * @param indicator  a count indicator broken down by sex, not null
     * @param area       the area's code, not null
     * @param period     the period, not null
     * @param decimals   the decimals of the result, from 0 to 64
     * @return the share, or no data when a sex has no value or both are zero
     */
    public static Computed femaleShare(Dataset dataset, Indicator indicator, String area, ReportingPeriod period,
            int decimals) {
        Optional<BigDecimal> f = valueOf(dataset, indicator, area, period, Breakdown.FEMALE);
        Optional<BigDecimal> m = valueOf(dataset, indicator, area, period, Breakdown.MALE);
        if (f.isEmpty() || m.isEmpty()) {
            return Computed.noData(Unit.PERCENT, NoDataReason.MISSING_BREAKDOWN,
                    (f.isEmpty() ? "female" : "male") + " value of " + indicator.code() + " in " + area + " " + period);
        }
        return femaleShare(f.get(), m.get(), decimals);
    }

    private static Optional<BigDecimal> valueOf(Dataset dataset, Indicator indicator, String area,
            ReportingPeriod period, Breakdown breakdown) {
        Optional<Observation> o = dataset.find(indicator.code(), area, period, breakdown);
        return o.flatMap(obs -> Values.of(indicator, obs).toOptional());
    }

    /**
     * Computes the gap between women's and men's values: F − M. For percentages the gap is in
     * percentage points (45.2 % against 50.1 % is −4.9 points).
     *
     * @param female  the women's value, not null
     * @param male    the men's value, not null
     * @param unit    the unit of both values, not null
     * @return the gap, exact, in percentage points for percentages and otherwise in {@code unit}
     */
    public static Computed gap(BigDecimal female, BigDecimal male, Unit unit) {
        Objects.requireNonNull(unit, "unit");
        Unit gapUnit = unit.equals(Unit.PERCENT) ? Unit.PERCENTAGE_POINT : unit;
        return Computed.of(female.subtract(male), gapUnit);
    }

    /**
     * Computes the gender parity index: women's value over men's.
     *
     * @param female    the women's value, not null
     * @param male      the men's value, not null
     * @param decimals  the decimals of the result, from 0 to 64
     * @return F / M in times, or no data when M is zero
     */
    public static Computed parityIndex(BigDecimal female, BigDecimal male, int decimals) {
        if (male.signum() == 0) {
            return Computed.noData(Unit.TIMES, NoDataReason.ZERO_DENOMINATOR, "men's value is zero");
        }
        return Computed.of(Decimals.divide(female, male, decimals), Unit.TIMES);
    }

    /**
     * Computes the number of women per 100 men.
     *
     * @param female    the count of women, not null
     * @param male      the count of men, not null
     * @param decimals  the decimals of the result, from 0 to 64
     * @return F / M × 100 per 100, or no data when M is zero
     */
    public static Computed womenPer100Men(BigDecimal female, BigDecimal male, int decimals) {
        if (male.signum() == 0) {
            return Computed.noData(Unit.PER_100, NoDataReason.ZERO_DENOMINATOR, "no men");
        }
        return Computed.of(Decimals.rate(female, male, Unit.PER_100.perMultiplier(), decimals), Unit.PER_100);
    }
}
