package io.github.binhdang.core.index;

import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The weights of the indicators within each subindex of the Global Gender Gap Index.
 *
 * <p>The World Economic Forum derives them from the standard deviation of each female-to-male ratio
 * across countries (Global Gender Gap Report 2023, appendix B, table B.2; computed once on the 2006 data
 * and kept since): a 1-percentage-point change is worth {@code 0.01 / sd} standard deviations, and the
 * weights are these values normalised to sum to 1 within the subindex:
 * <pre>
 *   w_i = (0.01 / sd_i) / Σ_j in subindex (0.01 / sd_j)
 * </pre>
 * {@link #gggr2023()} gives the weights as published; {@link #fromStandardDeviations} computes them from
 * standard deviations, for instance those of another sample. Worked case: the Political Empowerment
 * standard deviations 0.166, 0.208 and 0.116 give weights 0.310, 0.247 and 0.443, as published.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class GapWeights {

    private static final BigDecimal ONE_POINT = new BigDecimal("0.01");

    private final Map<GapIndicator, BigDecimal> weights;

    private GapWeights(Map<GapIndicator, BigDecimal> weights) {
        this.weights = weights;
    }

    /**
     * Returns the weights published in the Global Gender Gap Report 2023, appendix B, table B.2 (the same
     * as in the 2006 to 2025 editions), to three decimals.
     *
     * @return the published weights, not null
     */
    public static GapWeights gggr2023() {
        Map<GapIndicator, BigDecimal> w = new EnumMap<>(GapIndicator.class);
        w.put(GapIndicator.LABOUR_FORCE_PARTICIPATION, new BigDecimal("0.199"));
        w.put(GapIndicator.WAGE_EQUALITY_FOR_SIMILAR_WORK, new BigDecimal("0.310"));
        w.put(GapIndicator.ESTIMATED_EARNED_INCOME, new BigDecimal("0.221"));
        w.put(GapIndicator.LEGISLATORS_SENIOR_OFFICIALS_AND_MANAGERS, new BigDecimal("0.149"));
        w.put(GapIndicator.PROFESSIONAL_AND_TECHNICAL_WORKERS, new BigDecimal("0.121"));
        w.put(GapIndicator.LITERACY_RATE, new BigDecimal("0.191"));
        w.put(GapIndicator.ENROLMENT_IN_PRIMARY_EDUCATION, new BigDecimal("0.459"));
        w.put(GapIndicator.ENROLMENT_IN_SECONDARY_EDUCATION, new BigDecimal("0.230"));
        w.put(GapIndicator.ENROLMENT_IN_TERTIARY_EDUCATION, new BigDecimal("0.121"));
        w.put(GapIndicator.SEX_RATIO_AT_BIRTH, new BigDecimal("0.693"));
        w.put(GapIndicator.HEALTHY_LIFE_EXPECTANCY, new BigDecimal("0.307"));
        w.put(GapIndicator.WOMEN_IN_PARLIAMENT, new BigDecimal("0.310"));
        w.put(GapIndicator.WOMEN_IN_MINISTERIAL_POSITIONS, new BigDecimal("0.247"));
        w.put(GapIndicator.YEARS_WITH_FEMALE_HEAD_OF_STATE, new BigDecimal("0.443"));
        return new GapWeights(w);
    }

    /**
     * Computes weights from the standard deviation of each indicator's female-to-male ratio.
     *
     * @param standardDeviations  a standard deviation above 0 for each of the fourteen indicators, not null
     * @return the weights, each subindex's summing to 1 within {@link MathContext#DECIMAL64}, not null
     * @throws InvalidValueException if an indicator has no standard deviation, or one not above 0
     */
    public static GapWeights fromStandardDeviations(Map<GapIndicator, BigDecimal> standardDeviations) {
        Objects.requireNonNull(standardDeviations, "standardDeviations");
        Map<GapIndicator, BigDecimal> perPoint = new EnumMap<>(GapIndicator.class);
        for (GapIndicator indicator : GapIndicator.values()) {
            BigDecimal sd = standardDeviations.get(indicator);
            if (sd == null) {
                throw new InvalidValueException("GapWeights.standardDeviations", indicator,
                        "has no standard deviation; all fourteen indicators need one");
            }
            if (sd.signum() <= 0) {
                throw new InvalidValueException("GapWeights.standardDeviations", indicator + "=" + Checks.plain(sd),
                        "must be above 0");
            }
            perPoint.put(indicator, ONE_POINT.divide(sd, MathContext.DECIMAL64));
        }
        Map<GapSubindex, BigDecimal> sums = new EnumMap<>(GapSubindex.class);
        perPoint.forEach((indicator, v) -> sums.merge(indicator.subindex(), v, BigDecimal::add));
        Map<GapIndicator, BigDecimal> w = new EnumMap<>(GapIndicator.class);
        perPoint.forEach((indicator, v) ->
                w.put(indicator, v.divide(sums.get(indicator.subindex()), MathContext.DECIMAL64)));
        return new GapWeights(w);
    }

    /**
     * Returns the weight of an indicator within its subindex.
     *
     * @param indicator  the indicator, not null
     * @return the weight, above 0, not null
     */
    public BigDecimal weight(GapIndicator indicator) {
        return weights.get(Objects.requireNonNull(indicator, "indicator"));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof GapWeights other && weights.equals(other.weights);
    }

    @Override
    public int hashCode() {
        return weights.hashCode();
    }

    /**
     * Returns the weights as text, indicator by indicator, such as {@code {LABOUR_FORCE_PARTICIPATION=0.199, …}}.
     *
     * @return the weights as text, not null
     */
    @Override
    public String toString() {
        return weights.toString();
    }
}
