package io.github.binhdang.core.index;

import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The four indicators of the Human Development Index, for a whole population or for one sex.
 *
 * <p>The values are kept as given; {@link HumanDevelopmentIndex} truncates them at the goalposts.
 * Values no country can have (a life expectancy above 120 years, more than 30 years of schooling) are
 * refused, as they usually mean a number on another scale (months, or a rate).
 *
 * @param lifeExpectancy            life expectancy at birth, in years, from 0 to 120
 * @param expectedYearsOfSchooling  expected years of schooling of a child entering school, from 0 to 30
 * @param meanYearsOfSchooling      mean years of schooling of adults aged 25 and older, from 0 to 30
 * @param gniPerCapita              gross national income per capita (for one sex, the estimated earned
 *                                  income), in 2017 PPP$, not negative
 */
public record HdiInputs(BigDecimal lifeExpectancy, BigDecimal expectedYearsOfSchooling,
        BigDecimal meanYearsOfSchooling, BigDecimal gniPerCapita) {

    private static final BigDecimal MAX_AGE = BigDecimal.valueOf(120);
    private static final BigDecimal MAX_SCHOOLING = BigDecimal.valueOf(30);

    /**
     * Checks the indicators.
     *
     * @param lifeExpectancy            life expectancy at birth, in years, from 0 to 120
     * @param expectedYearsOfSchooling  expected years of schooling, from 0 to 30
     * @param meanYearsOfSchooling      mean years of schooling, from 0 to 30
     * @param gniPerCapita              GNI per capita in 2017 PPP$, not negative
     * @throws InvalidValueException if a value is negative or above its limit
     */
    public HdiInputs {
        Objects.requireNonNull(lifeExpectancy, "lifeExpectancy");
        Objects.requireNonNull(expectedYearsOfSchooling, "expectedYearsOfSchooling");
        Objects.requireNonNull(meanYearsOfSchooling, "meanYearsOfSchooling");
        Objects.requireNonNull(gniPerCapita, "gniPerCapita");
        check("lifeExpectancy", lifeExpectancy, MAX_AGE, "years");
        check("expectedYearsOfSchooling", expectedYearsOfSchooling, MAX_SCHOOLING, "years");
        check("meanYearsOfSchooling", meanYearsOfSchooling, MAX_SCHOOLING, "years");
        if (gniPerCapita.signum() < 0) {
            throw new InvalidValueException("HdiInputs.gniPerCapita", Checks.plain(gniPerCapita), "is negative");
        }
    }

    /**
     * Makes the inputs from decimal texts, as in a statistical table.
     *
     * @param lifeExpectancy            life expectancy at birth, in years
     * @param expectedYearsOfSchooling  expected years of schooling
     * @param meanYearsOfSchooling      mean years of schooling
     * @param gniPerCapita              GNI per capita in 2017 PPP$
     * @return the inputs, not null
     * @throws NumberFormatException if a text is not a decimal number
     * @throws InvalidValueException if a value breaks a rule
     */
    public static HdiInputs of(String lifeExpectancy, String expectedYearsOfSchooling, String meanYearsOfSchooling,
            String gniPerCapita) {
        return new HdiInputs(new BigDecimal(lifeExpectancy), new BigDecimal(expectedYearsOfSchooling),
                new BigDecimal(meanYearsOfSchooling), new BigDecimal(gniPerCapita));
    }

    private static void check(String name, BigDecimal value, BigDecimal max, String unit) {
        if (value.signum() < 0) {
            throw new InvalidValueException("HdiInputs." + name, Checks.plain(value), "is negative");
        }
        if (value.compareTo(max) > 0) {
            throw new InvalidValueException("HdiInputs." + name, Checks.plain(value),
                    "is above " + max + " " + unit);
        }
    }
}
