package io.github.binhdang.core.data;

import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.validation.constraints.Code;
import java.util.Objects;

/**
 * What an observation is a value of: an indicator, in an area, over a period, for a breakdown. A
 * dataset holds at most one observation per key.
 *
 * <p>A key keeps the codes as reported; Bean Validation ({@link Code @Code}) checks that they are codes
 * and not names ("14", not "Sơn La"), as areas and indicators require.
 *
 * @param indicator  the indicator's code, not blank
 * @param area       the area's code, not blank
 * @param period     the reporting period, not null
 * @param breakdown  the breakdown, not null ({@link Breakdown#TOTAL} for none)
 * @implSpec This record is immutable and thread-safe.
 */
public record ObservationKey(@Code String indicator, @Code String area, ReportingPeriod period, Breakdown breakdown) {

    /**
     * Checks the parts of the key.
     *
     * @param indicator  the indicator's code, not blank
     * @param area       the area's code, not blank
     * @param period     the reporting period, not null
     * @param breakdown  the breakdown, not null
     * @throws io.github.binhdang.core.InvalidValueException if a code is blank
     */
    public ObservationKey {
        indicator = Checks.requireText("Observation.indicator", indicator);
        area = Checks.requireText("Observation.area", area);
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(breakdown, "breakdown");
    }

    /**
     * Returns the key as {@code indicator/area/period/breakdown}, e.g. {@code W_ENT/14/2017/_T}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return indicator + "/" + area + "/" + period + "/" + breakdown;
    }
}
