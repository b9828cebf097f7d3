package io.github.binhdang.core.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The UNDP Human Development Index (HDI), as defined in the Human Development Report 2023/2024,
 * technical note 1; also the female and male HDIs of the Gender Development Index (technical note 3).
 *
 * <pre>
 *   health     = (LE − LE_min) / (LE_max − LE_min)          goalposts by {@link LifeExpectancyGoalposts}
 *   education  = ( min(EYS, 18) / 18 + min(MYS, 15) / 15 ) / 2
 *   income     = (ln GNIpc − ln 100) / (ln 75,000 − ln 100)  GNIpc bounded to [100, 75,000] 2017 PPP$
 *   HDI        = (health · education · income)^⅓
 * </pre>
 * Every indicator is truncated at its goalposts, so each index lies between 0 and 1. Worked case,
 * Australia in the HDR 2023/2024 (2022): LE 83.579, EYS 21.080 (capped at 18), MYS 12.727, GNI per
 * capita 49,257 give an HDI of 0.946.
 *
 * <p>Logarithms and roots are computed in {@code double}; results carry about 16 significant digits.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class HumanDevelopmentIndex {

    /** The maximum of expected years of schooling, 18 years. */
    public static final BigDecimal EXPECTED_SCHOOLING_MAX = BigDecimal.valueOf(18);

    /** The maximum of mean years of schooling, 15 years. */
    public static final BigDecimal MEAN_SCHOOLING_MAX = BigDecimal.valueOf(15);

    /** The minimum of GNI per capita, 100 (2017 PPP$). */
    public static final BigDecimal INCOME_MIN = BigDecimal.valueOf(100);

    /** The maximum of GNI per capita, 75,000 (2017 PPP$). */
    public static final BigDecimal INCOME_MAX = BigDecimal.valueOf(75_000);

    private HumanDevelopmentIndex() {
    }

    /**
     * Computes the HDI of a whole population, with life expectancy goalposts of 20 and 85 years.
     *
     * @param inputs  the inputs, not null
     * @return the HDI and its dimension indices, unrounded, not null
     */
    public static HdiResult compute(HdiInputs inputs) {
        return compute(inputs, LifeExpectancyGoalposts.BOTH_SEXES);
    }

    /**
     * Computes the HDI with the given life expectancy goalposts, such as the female HDI of the GDI.
     *
     * @param inputs     the inputs, not null
     * @param goalposts  the life expectancy goalposts, not null
     * @return the HDI and its dimension indices, unrounded, with the goalposts that changed an input
     *         ({@link HdiResult#bounds()}: Australia's 21.08 expected years of schooling for 2022 are used as
     *         18), not null
     */
    public static HdiResult compute(HdiInputs inputs, LifeExpectancyGoalposts goalposts) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(goalposts, "goalposts");
        double min = goalposts.minimum().doubleValue();
        double max = goalposts.maximum().doubleValue();
        double le = IndexMath.clamp(inputs.lifeExpectancy().doubleValue(), min, max);
        double health = (le - min) / (max - min);
        double eys = Math.min(inputs.expectedYearsOfSchooling().doubleValue(), 18) / 18;
        double mys = Math.min(inputs.meanYearsOfSchooling().doubleValue(), 15) / 15;
        double education = (eys + mys) / 2;
        double gni = IndexMath.clamp(inputs.gniPerCapita().doubleValue(), 100, 75_000);
        double income = (Math.log(gni) - Math.log(100)) / (Math.log(75_000) - Math.log(100));
        double hdi = Math.cbrt(health * education * income);
        List<AppliedBound> bounds = new ArrayList<>();
        AppliedBound.check(bounds, "lifeExpectancy", inputs.lifeExpectancy(), goalposts.minimum(), goalposts.maximum());
        AppliedBound.check(bounds, "expectedYearsOfSchooling", inputs.expectedYearsOfSchooling(), null,
                EXPECTED_SCHOOLING_MAX);
        AppliedBound.check(bounds, "meanYearsOfSchooling", inputs.meanYearsOfSchooling(), null, MEAN_SCHOOLING_MAX);
        AppliedBound.check(bounds, "gniPerCapita", inputs.gniPerCapita(), INCOME_MIN, INCOME_MAX);
        return new HdiResult(inputs, goalposts, IndexMath.decimal("HdiResult.healthIndex", health),
                IndexMath.decimal("HdiResult.expectedSchoolingIndex", eys),
                IndexMath.decimal("HdiResult.meanSchoolingIndex", mys),
                IndexMath.decimal("HdiResult.educationIndex", education),
                IndexMath.decimal("HdiResult.incomeIndex", income),
                IndexMath.decimal("HdiResult.value", hdi), bounds);
    }
}
