package io.github.binhdang.core.index;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A Human Development Index with its dimension indices, unrounded. See {@link HumanDevelopmentIndex}.
 *
 * @param inputs                  the inputs as given
 * @param goalposts               the life expectancy goalposts used
 * @param healthIndex             the life expectancy index, from 0 to 1
 * @param expectedSchoolingIndex  expected years of schooling over 18, capped at 1
 * @param meanSchoolingIndex      mean years of schooling over 15, capped at 1
 * @param educationIndex          the mean of the two schooling indices
 * @param incomeIndex             the GNI index, on the logarithm of income, from 0 to 1
 * @param value                   the HDI, the geometric mean of the three dimension indices
 * @param bounds                  the goalposts that changed an input (life expectancy outside the goalposts,
 *                                schooling above 18 or 15 years, GNI per capita outside 100–75,000), in the
 *                                order of {@link HdiInputs}'s components; empty if none
 */
public record HdiResult(HdiInputs inputs, LifeExpectancyGoalposts goalposts, BigDecimal healthIndex,
        BigDecimal expectedSchoolingIndex, BigDecimal meanSchoolingIndex, BigDecimal educationIndex,
        BigDecimal incomeIndex, BigDecimal value, List<AppliedBound> bounds) {

    /**
     * Checks that no component is null.
     *
     * @param inputs                  the inputs as given
     * @param goalposts               the life expectancy goalposts used
     * @param healthIndex             the life expectancy index
     * @param expectedSchoolingIndex  the expected schooling index
     * @param meanSchoolingIndex      the mean schooling index
     * @param educationIndex          the education index
     * @param incomeIndex             the GNI index
     * @param value                   the HDI
     * @param bounds                  the bounds applied, copied
     */
    public HdiResult {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(goalposts, "goalposts");
        Objects.requireNonNull(healthIndex, "healthIndex");
        Objects.requireNonNull(expectedSchoolingIndex, "expectedSchoolingIndex");
        Objects.requireNonNull(meanSchoolingIndex, "meanSchoolingIndex");
        Objects.requireNonNull(educationIndex, "educationIndex");
        Objects.requireNonNull(incomeIndex, "incomeIndex");
        Objects.requireNonNull(value, "value");
        bounds = List.copyOf(bounds);
    }

    /**
     * Returns the HDI rounded half up; the HDR publishes 3 decimals.
     *
     * @param digits  the decimals, from 0 to 15
     * @return the rounded HDI, not null
     * @throws io.github.binhdang.core.InvalidValueException if digits is out of range
     */
    public BigDecimal rounded(int digits) {
        return IndexMath.round("HdiResult.digits", value, digits);
    }
}
