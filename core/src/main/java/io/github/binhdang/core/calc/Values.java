package io.github.binhdang.core.calc;

import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.unit.Decimals;
import io.github.binhdang.core.unit.MeasureKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator's value computed from its numerator and denominator, and the check that a reported
 * value agrees with its own components.
 *
 * <p>The formula follows the indicator's {@link MeasureKind}:
 * <pre>
 *   PERCENTAGE   numerator / denominator × 100          (384 of 2,539 enterprises: 15.12 %)
 *   RATIO        numerator / denominator × N            (N from the unit: boys per 100 girls, deaths per 100,000 births)
 *   TIMES        numerator / denominator                (women's hours over men's: 1.7 times)
 *   MEAN         numerator / denominator                (total over count)
 *   COUNT, AMOUNT  the value itself; no quotient
 * </pre>
 * Results are rounded half-up to the indicator's {@link Indicator#decimals() decimals}.
 */
public final class Values {

    private Values() {
    }

    /**
     * Computes the value from a numerator and a denominator, by the indicator's measure kind.
     *
     * @param indicator    the indicator, not null
     * @param numerator    the numerator, not null
     * @param denominator  the denominator, not null
     * @return the value rounded to the indicator's decimals in its unit; no data for a zero
     *         denominator, and for counts and amounts, which have no quotient
     */
    public static Computed fromComponents(Indicator indicator, BigDecimal numerator, BigDecimal denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        MeasureKind kind = indicator.measureKind();
        if (kind.isAdditive()) {
            return Computed.noData(indicator.unit(), NoDataReason.UNDEFINED,
                    kind + " has no numerator and denominator");
        }
        if (denominator.signum() == 0) {
            return Computed.noData(indicator.unit(), NoDataReason.ZERO_DENOMINATOR,
                    Checks.plain(numerator) + " of " + Checks.plain(denominator));
        }
        return Computed.of(Decimals.rate(numerator, denominator, indicator.unit().perMultiplier(),
                indicator.decimals()), indicator.unit());
    }

    /**
     * Computes the value from a numerator and a denominator unrounded, for the calculations that must
     * not see a rounded value (a trend, a projection, a comparison with a milestone): the same formula
     * as {@link #fromComponents}, to 34 significant digits ({@link MathContext#DECIMAL128}) with trailing
     * zeros removed. Unpaid care work, women's hours 16.13 over men's 8.75 (times): 1.843428571428571…,
     * shown 1.8 at 1 decimal; 15.5 over 8.6: 1.802325581395348…, also shown 1.8.
     *
     * @param indicator    the indicator, not null
     * @param numerator    the numerator, not null
     * @param denominator  the denominator, not null
     * @return the unrounded value in the indicator's unit; no data as {@link #fromComponents} gives it
     */
    public static Computed unroundedFromComponents(Indicator indicator, BigDecimal numerator, BigDecimal denominator) {
        Computed rounded = fromComponents(indicator, numerator, denominator);
        if (!rounded.isPresent()) {
            return rounded;
        }
        BigDecimal exact = numerator.multiply(indicator.unit().perMultiplier())
                .divide(denominator, MathContext.DECIMAL128).stripTrailingZeros();
        return Computed.of(exact.scale() < 0 ? exact.setScale(0) : exact, indicator.unit());
    }

    /**
     * Returns an observation's value: the value as reported when there is one, otherwise the value
     * computed from its components (for counts and amounts reported without a value, the numerator).
     * A reported value is returned unchanged, with its digits; use {@link #check} to compare it with
     * its components.
     *
     * @param indicator    the indicator the observation is of, not null
     * @param observation  the observation, not null
     * @return the value, or no data with the reason
     */
    public static Computed of(Indicator indicator, Observation observation) {
        Optional<BigDecimal> value = observation.value();
        if (value.isPresent()) {
            return Computed.of(value.get(), observation.unit().orElse(indicator.unit()));
        }
        if (indicator.measureKind().isAdditive()) {
            return observation.numerator().map(n -> Computed.of(n, indicator.unit()))
                    .orElseGet(() -> Computed.noData(indicator.unit(), NoDataReason.MISSING_VALUE, observation.key().toString()));
        }
        if (observation.numerator().isEmpty() || observation.denominator().isEmpty()) {
            return Computed.noData(indicator.unit(), NoDataReason.MISSING_COMPONENT, observation.key().toString());
        }
        return fromComponents(indicator, observation.numerator().get(), observation.denominator().get());
    }

    /**
     * Compares a reported value with the value its own components give, at the precision the value was
     * published with, whatever the indicator's decimals: a reported value carries its own precision.
     * <pre>
     *   computed = numerator × perMultiplier / denominator, rounded half up to the reported value's decimals
     *   agrees   = reported = computed (numerically)
     * </pre>
     * For 384 of 2,539 (15.1240… %) of an indicator published to 1 decimal: 15.1 agrees (15.1240… is
     * 15.1 at one decimal), and so do 15 and 15.12; 15.2 does not, and neither does 15.13, whose second
     * decimal claims a value from 15.125 to 15.135 that the components rule out, nor 15.10 (from 15.095
     * to 15.105). The per-multiplier is that of the unit the value is stated in (the observation's, else
     * the indicator's), as {@link #of} returns the value in it.
     *
     * <p>This is the one definition of agreement: the validator's {@code value.components} rule calls it.
     *
     * @param indicator    the indicator, not null
     * @param observation  an observation with a value and both components
     * @return the comparison, or empty when the observation lacks the value, a component, or a
     *         non-zero denominator, or the indicator has no quotient ({@link MeasureKind#isAdditive()})
     */
    public static Optional<ComponentCheck> check(Indicator indicator, Observation observation) {
        if (indicator.measureKind().isAdditive() || observation.value().isEmpty()
                || observation.numerator().isEmpty() || observation.denominator().isEmpty()
                || observation.denominator().get().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal reported = observation.value().get();
        // Beyond MAX_DECIMALS (far past any published figure) both sides are rounded there.
        int scale = Math.min(Math.max(0, reported.scale()), Decimals.MAX_DECIMALS);
        BigDecimal computed = Decimals.rate(observation.numerator().get(), observation.denominator().get(),
                observation.unit().orElse(indicator.unit()).perMultiplier(), scale);
        boolean agrees = (reported.scale() > scale ? Decimals.roundHalfUp(reported, scale) : reported)
                .compareTo(computed) == 0;
        return Optional.of(new ComponentCheck(reported, computed, agrees));
    }

    /**
     * A reported value set against the value its components give.
     *
     * @param reported  the value as reported
     * @param computed  the value from the components, rounded half-up to the reported value's decimals
     * @param agrees    whether the two are equal at that precision
     * @implSpec This record is immutable and thread-safe.
     */
    public record ComponentCheck(BigDecimal reported, BigDecimal computed, boolean agrees) {

        /**
         * Checks that both values are present.
         *
         * @param reported  the value as reported, not null
         * @param computed  the value from the components, not null
         * @param agrees    whether they agree
         */
        public ComponentCheck {
            Objects.requireNonNull(reported, "reported");
            Objects.requireNonNull(computed, "computed");
        }

        /**
         * Returns how far the reported value is from the computed one: reported − computed.
         *
         * @return the difference, not null
         */
        public BigDecimal difference() {
            return reported.subtract(computed);
        }
    }
}
