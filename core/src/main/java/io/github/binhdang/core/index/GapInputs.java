package io.github.binhdang.core.index;

import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The female-to-male ratios of the Global Gender Gap Index indicators for one economy and edition; an
 * indicator without data is simply not given.
 *
 * <p>Ratios are given untruncated (a tertiary enrolment ratio of 1.35 is 1.35); the index truncates them
 * at their benchmarks. For the sex ratio at birth the ratio is female births over male births, such as
 * 1 / 1.06 = 0.943; for the wage survey, the survey answer converted to a ratio by the caller.
 *
 * <pre>
 *   GapInputs.builder()
 *       .ratio(GapIndicator.LABOUR_FORCE_PARTICIPATION, new BigDecimal("0.87"))
 *       .values(GapIndicator.WOMEN_IN_PARLIAMENT, new BigDecimal("30.3"), new BigDecimal("69.7"))
 *       …
 *       .build();
 * </pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class GapInputs {

    private final Map<GapIndicator, BigDecimal> ratios;

    private GapInputs(Map<GapIndicator, BigDecimal> ratios) {
        this.ratios = ratios;
    }

    /**
     * Starts a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the female-to-male ratio given for an indicator.
     *
     * @param indicator  the indicator, not null
     * @return the ratio, or empty when the indicator has no data
     */
    public Optional<BigDecimal> ratio(GapIndicator indicator) {
        return Optional.ofNullable(ratios.get(Objects.requireNonNull(indicator, "indicator")));
    }

    /**
     * Returns how many of the fourteen indicators have data; the report covers an economy only with at
     * least 12.
     *
     * @return the count, from 4 to 14
     */
    public int indicatorCount() {
        return ratios.size();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof GapInputs other && ratios.equals(other.ratios);
    }

    @Override
    public int hashCode() {
        return ratios.hashCode();
    }

    /**
     * Returns the ratios as text, indicator by indicator.
     *
     * @return the ratios as text, not null
     */
    @Override
    public String toString() {
        return ratios.toString();
    }

    /**
     * Builds {@link GapInputs}. A builder is not thread-safe.
     */
    public static final class Builder {

        private final Map<GapIndicator, BigDecimal> ratios = new EnumMap<>(GapIndicator.class);

        private Builder() {
        }

        /**
         * Sets the female-to-male ratio of an indicator.
         *
         * @param indicator  the indicator, not null
         * @param ratio      the ratio, not negative, not null
         * @return this builder
         * @throws InvalidValueException if the ratio is negative
         */
        public Builder ratio(GapIndicator indicator, BigDecimal ratio) {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(ratio, "ratio");
            if (ratio.signum() < 0) {
                throw new InvalidValueException("GapInputs." + indicator, Checks.plain(ratio), "is negative");
            }
            ratios.put(indicator, ratio);
            return this;
        }

        /**
         * Sets an indicator from the women's and men's values; the ratio is female / male, in
         * {@link MathContext#DECIMAL64}.
         *
         * @param indicator  the indicator, not null
         * @param female     the women's value, not negative, not null
         * @param male       the men's value, above 0, not null
         * @return this builder
         * @throws InvalidValueException if a value is negative or the men's value is 0
         */
        public Builder values(GapIndicator indicator, BigDecimal female, BigDecimal male) {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(female, "female");
            Objects.requireNonNull(male, "male");
            if (male.signum() <= 0) {
                throw new InvalidValueException("GapInputs." + indicator, Checks.plain(male),
                        "is not a male value above 0, so there is no female-to-male ratio");
            }
            if (female.signum() < 0) {
                throw new InvalidValueException("GapInputs." + indicator, Checks.plain(female), "is negative");
            }
            return ratio(indicator, female.divide(male, MathContext.DECIMAL64));
        }

        /**
         * Builds the inputs.
         *
         * @return the inputs, not null
         * @throws InvalidValueException if a subindex has no indicator with data
         */
        public GapInputs build() {
            for (GapSubindex subindex : GapSubindex.values()) {
                if (ratios.keySet().stream().noneMatch(i -> i.subindex() == subindex)) {
                    throw new InvalidValueException("GapInputs." + subindex, "no indicator",
                            "was given; each subindex needs at least one");
                }
            }
            return new GapInputs(new EnumMap<>(ratios));
        }
    }
}
