package io.github.binhdang.core.progress;

import io.github.binhdang.core.period.ReportingPeriod;
import java.time.LocalDate;

/**
 * Places periods on a time axis in fractional years, at their midpoints.
 *
 * <p>A date is at {@code year + (dayOfYear - 1) / lengthOfYear}, so 1 January 2021 is at 2021.0. A
 * period covers its days from the start of its first to the end of its last, that is from
 * {@code t(start)} to {@code t(end + 1 day)}, and sits at the middle of that:
 * <pre>midpoint = (t(start) + t(end + 1 day)) / 2</pre>
 * The year 2021 is at 2021.5, the span 2021/2025 at 2023.5, the term HDND:2016/2021 at 2019.0, the
 * first half of 2022 at 2022.248 (181 of 365 days).
 */
final class TimeAxis {

    private TimeAxis() {
    }

    /** Returns the midpoint of a period in fractional years. */
    static double midpoint(ReportingPeriod period) {
        return (at(period.start()) + at(period.end().plusDays(1))) / 2.0;
    }

    private static double at(LocalDate date) {
        return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
    }
}
