package io.github.binhdang.core.period;

import io.github.binhdang.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed range of dates, both ends included, such as the data cut-off window
 * 2021-12-15 to 2022-12-14 that {@link ReportingCalendar#cutOffWindow(ReportingPeriod)} returns.
 *
 * <p>Text form: the two ISO dates joined by a slash, {@code 2021-12-15/2022-12-14}. A range of one
 * day has the same start and end.
 *
 * @param start  the first day, included, not null
 * @param end    the last day, included, not before {@code start}, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record DateRange(LocalDate start, LocalDate end) {

    /**
     * Checks that the range does not end before it starts.
     *
     * @param start  the first day, included, not null
     * @param end    the last day, included, not before {@code start}, not null
     * @throws InvalidValueException if {@code end} is before {@code start}
     * @throws NullPointerException if either date is null
     */
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new InvalidValueException("DateRange.end", end, "precedes start " + start);
        }
    }

    /**
     * Tells whether a date lies in this range, both ends included.
     *
     * @param date  the date, not null
     * @return true if {@code start <= date <= end}
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /**
     * Returns the text form, {@code 2021-12-15/2022-12-14}.
     *
     * @return the start and end in ISO form joined by a slash, not null
     */
    @Override
    public String toString() {
        return start + "/" + end;
    }
}
