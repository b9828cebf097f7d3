package io.github.binhdang.core.data;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.TextParseException;
import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.constraints.Code;
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
     * Reads the text form that {@link #toString()} writes, {@code indicator/area/period/breakdown}, such
     * as {@code W_ENT/14/2017/_T} or {@code PC_SHARE/14/HDND:2016/2021/SEX=F}. Codes hold no
     * {@code /}, so the indicator and the area end at the first two, the breakdown starts after the last
     * one, and the period (which may hold one, as {@code 2021/2025} does) is what lies between.
     *
     * @param text  the text, not null
     * @return the key, not null
     * @throws TextParseException if the text has fewer than three {@code /} or a part cannot be read;
     *     the index is in the whole text
     */
    public static ObservationKey parse(CharSequence text) {
        String s = text.toString();
        int first = s.indexOf('/');
        int second = first < 0 ? -1 : s.indexOf('/', first + 1);
        int last = s.lastIndexOf('/');
        if (second < 0 || last <= second) {
            throw new TextParseException("ObservationKey", text, first < 0 ? s.length() : last + 1,
                    "expected indicator/area/period/breakdown, such as W_ENT/14/2017/_T");
        }
        String indicator = s.substring(0, first);
        String area = s.substring(first + 1, second);
        if (indicator.isBlank() || area.isBlank()) {
            throw new TextParseException("ObservationKey", text, indicator.isBlank() ? 0 : first + 1,
                    indicator.isBlank() ? "expected an indicator code" : "expected an area code");
        }
        int at = second + 1;
        try {
            ReportingPeriod period = ReportingPeriod.parse(s.substring(second + 1, last));
            at = last + 1;
            Breakdown breakdown = Breakdown.parse(s.substring(last + 1));
            return new ObservationKey(indicator, area, period, breakdown);
        } catch (TextParseException e) {
            throw new TextParseException("ObservationKey", text, at + e.index(), e.rule());
        } catch (InvalidValueException e) {
            throw new TextParseException("ObservationKey", text, at, e.getMessage());
        }
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
