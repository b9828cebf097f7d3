package io.github.binhdang.core.index;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A bound of an index's methodology that changed an input: the value given and the value the calculation
 * used in its place, on the input's own scale.
 *
 * <p>{@link GiiResult#bounds()} lists the maternal mortality ratio raised to 10 or lowered to 1,000 deaths
 * per 100,000 live births and every share raised to the floor of 0.1 % (given and used in percent);
 * {@link HdiResult#bounds()} lists a life expectancy outside its goalposts, expected years of schooling
 * above 18, mean years above 15, and a GNI per capita outside 100–75,000 (2017 PPP$). Worked case,
 * Australia's GII for 2022: MMR 2.941509495 given, 10 used.
 *
 * @param input  the name of the input, as in {@link GiiInputs} or {@link HdiInputs} (such as
 *               {@code maternalMortalityRatio} or {@code expectedYearsOfSchooling})
 * @param given  the value given
 * @param used   the value the calculation used, the bound itself
 */
public record AppliedBound(String input, BigDecimal given, BigDecimal used) {

    /**
     * Checks that no component is null.
     *
     * @param input  the name of the input
     * @param given  the value given
     * @param used   the value used
     */
    public AppliedBound {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(used, "used");
    }

    /**
     * Returns whether the input was raised to a lower bound (rather than lowered to an upper one).
     *
     * @return true if the value used is above the value given
     */
    public boolean isRaised() {
        return used.compareTo(given) > 0;
    }

    /** Adds a bound to a list if the value is outside [min, max]; a null bound is no bound. */
    static void check(List<AppliedBound> bounds, String input, BigDecimal given, @Nullable BigDecimal min,
            @Nullable BigDecimal max) {
        if (min != null && given.compareTo(min) < 0) {
            bounds.add(new AppliedBound(input, given, min));
        } else if (max != null && given.compareTo(max) > 0) {
            bounds.add(new AppliedBound(input, given, max));
        }
    }
}
