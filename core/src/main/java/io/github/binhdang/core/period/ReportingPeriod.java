package io.github.binhdang.core.period;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.TextParseException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A reporting period (kỳ báo cáo): a year, a half-year, a quarter, a month, a span of whole years
 * such as a strategy phase, or the term of an elected body.
 *
 * <p>Every period is a closed range of calendar days, {@link #start()} to {@link #end()}, both
 * included. The dates are those of the calendar; the data cut-off window that an administrative
 * report covers is a different range, given by {@link ReportingCalendar#cutOffWindow(ReportingPeriod)}.
 *
 * <p>Text forms. {@link #toString()} gives the canonical form in the first column, which
 * {@link #parse(CharSequence)} reads back; {@code parse} also accepts the other forms.
 * <table class="striped">
 * <caption>Text forms of reporting periods</caption>
 * <thead>
 * <tr><th scope="col">Kind</th><th scope="col">Canonical</th><th scope="col">Also accepted</th>
 *     <th scope="col">Days</th></tr>
 * </thead>
 * <tbody>
 * <tr><th scope="row">{@link YearPeriod year}</th><td>{@code 2022}</td><td>{@code 2022-01-01/P1Y} (SDMX), {@code năm 2022}</td>
 *     <td>2022-01-01 to 2022-12-31</td></tr>
 * <tr><th scope="row">{@link HalfYearPeriod half-year}</th><td>{@code 2022-S1}</td><td>{@code 2022S1} (DHIS2), {@code 6 tháng đầu năm 2022}</td>
 *     <td>2022-01-01 to 2022-06-30</td></tr>
 * <tr><th scope="row">{@link QuarterPeriod quarter}</th><td>{@code 2022-Q3}</td><td>{@code 2022Q3} (DHIS2), {@code quý III/2022}</td>
 *     <td>2022-07-01 to 2022-09-30</td></tr>
 * <tr><th scope="row">{@link MonthPeriod month}</th><td>{@code 2022-M09}</td><td>{@code 202209} (DHIS2, yyyyMM), {@code 2022-09} (ISO),
 *     {@code tháng 9/2022}</td>
 *     <td>2022-09-01 to 2022-09-30</td></tr>
 * <tr><th scope="row">{@link SpanPeriod span}</th><td>{@code 2021/2025}</td><td>{@code 2021-01-01/P5Y} (SDMX), {@code 2021-2025},
 *     {@code giai đoạn 2021–2025}</td>
 *     <td>2021-01-01 to 2025-12-31</td></tr>
 * <tr><th scope="row">{@link TermPeriod term}</th><td>{@code HDND:2016/2021}</td><td>{@code nhiệm kỳ HĐND 2016–2021}</td>
 *     <td>2016-01-01 to 2021-12-31</td></tr>
 * </tbody>
 * </table>
 *
 * <p>Years run from {@value #MIN_YEAR} to {@value #MAX_YEAR}, so every year has four digits.
 *
 * <p>Order. Periods are ordered by first day, then last day, then {@link PeriodKind kind}, then
 * (for terms) {@link TermBody body}. Among periods that start on the same day the shorter comes
 * first: {@code 2021/2025 < 2022-M01 < 2022-Q1 < 2022-S1 < 2022 < 2022-M02}, and a span comes
 * before a term over the same years. The order is consistent with {@code equals}.
 *
 * @implSpec Every implementation is immutable and thread-safe.
 */
public sealed interface ReportingPeriod extends Comparable<ReportingPeriod>
        permits YearPeriod, HalfYearPeriod, QuarterPeriod, MonthPeriod, SpanPeriod, TermPeriod {

    /** The earliest year a period may start in. */
    int MIN_YEAR = 1900;

    /** The latest year a period may end in. */
    int MAX_YEAR = 9999;

    /**
     * Returns the first day of the period, included.
     *
     * @return the first day, not null
     */
    LocalDate start();

    /**
     * Returns the last day of the period, included.
     *
     * @return the last day, not before {@link #start()}, not null
     */
    LocalDate end();

    /**
     * Returns the kind of this period.
     *
     * @return the kind, not null
     */
    PeriodKind kind();

    /**
     * Returns the year of the first day.
     *
     * @return the year of {@link #start()}
     */
    default int startYear() {
        return start().getYear();
    }

    /**
     * Returns the year of the last day.
     *
     * @return the year of {@link #end()}
     */
    default int endYear() {
        return end().getYear();
    }

    /**
     * Returns the middle of the period's days in fractional years, the time axis that trends and
     * yearly rates use: a date is its year plus the fraction of the year gone before it, and a period
     * is the mean of its first day and the day after its last. So the year 2021 is 2021.5, the first
     * half of 2022 is about 2022.25, and the People's Council term 2016–2021 is 2019.0; values for
     * years, half-years and terms then sit consistently on one axis.
     *
     * @return the midpoint, in years
     */
    default double midpointYear() {
        return (Years.fraction(start()) + Years.fraction(end().plusDays(1))) / 2.0;
    }

    /**
     * Returns the period as people write it, in Vietnamese and English: {@code năm 2025} /
     * {@code 2025}, {@code 6 tháng đầu năm 2022} / {@code the first half of 2022}, {@code quý 3 năm
     * 2022} / {@code Q3 2022}, {@code tháng 9 năm 2022} / {@code September 2022}, {@code giai đoạn
     * 2021–2025} / {@code 2021–2025}, {@code nhiệm kỳ Hội đồng nhân dân 2016–2021} / {@code the People's
     * Council term 2016–2021}. The text form that {@link #parse(CharSequence)} reads is {@link #toString()}.
     *
     * @return the title, not null
     */
    BilingualText title();

    /**
     * Returns the period a number of periods of the same kind later, or earlier for a negative
     * number: {@code 2022-Q4} plus 1 is {@code 2023-Q1}, {@code 2022-M01} plus -1 is {@code 2021-M12}.
     * A span or a term moves by its own length: {@code 2021/2025} plus 1 is {@code 2026/2030}, and
     * {@code HDND:2016/2021} plus 1 is {@code HDND:2021/2026}, since consecutive terms share their
     * election year. Plus 0 returns this period, and {@code p.plus(n).plus(m)} equals
     * {@code p.plus(n + m)} whenever both are in range.
     *
     * <p>Out of range. Like the factories, and like {@link YearPeriod#plusYears(long)}, a result that
     * would start before {@value #MIN_YEAR} or end after {@value #MAX_YEAR} throws
     * {@link InvalidValueException} (where {@code java.time} throws its {@code DateTimeException}); the
     * exception names the field and the year the result would have, exactly, however large the
     * number: {@code YearPeriod.of(9999).plus(1)} fails with {@code YearPeriod.year: 10000 must be from
     * 1900 to 9999}. Each kind narrows the return type, so {@code QuarterPeriod.plus} gives a
     * {@code QuarterPeriod}.
     *
     * @param periods  the number of periods to move, may be negative
     * @return the period moved to, of the same kind (and, for a term, the same body), not null
     * @throws InvalidValueException if the result would fall outside the years {@value #MIN_YEAR} to
     *         {@value #MAX_YEAR}
     */
    ReportingPeriod plus(long periods);

    /**
     * Returns the period of the same kind after this one, {@code plus(1)}: {@code 2022-S2} gives
     * {@code 2023-S1}, {@code 2021/2025} gives {@code 2026/2030}, {@code HDND:2016/2021} gives
     * {@code HDND:2021/2026}.
     *
     * @return the next period, not null
     * @throws InvalidValueException if it would end after {@value #MAX_YEAR}
     */
    ReportingPeriod next();

    /**
     * Returns the period of the same kind before this one, {@code plus(-1)}: {@code 2022-M01} gives
     * {@code 2021-M12}, {@code 2021/2025} gives {@code 2016/2020}, {@code HDND:2016/2021} gives
     * {@code HDND:2011/2016}.
     *
     * @return the previous period, not null
     * @throws InvalidValueException if it would start before {@value #MIN_YEAR}
     */
    ReportingPeriod previous();

    /**
     * Returns the days of the period as a date range.
     *
     * @return the range {@link #start()} to {@link #end()}, not null
     */
    default DateRange toDateRange() {
        return new DateRange(start(), end());
    }

    /**
     * Tells whether a day falls within this period, both ends included.
     *
     * @param date  the day, not null
     * @return true if {@code start() <= date <= end()}
     */
    default boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /**
     * Tells whether another period lies wholly inside this one. A period contains itself;
     * {@code 2022} contains {@code 2022-Q3}, {@code 2022-S1} does not.
     *
     * @param other  the other period, not null
     * @return true if every day of {@code other} is a day of this period
     */
    default boolean contains(ReportingPeriod other) {
        Objects.requireNonNull(other, "other");
        return !other.start().isBefore(start()) && !other.end().isAfter(end());
    }

    /**
     * Tells whether this period and another share at least one day. Consecutive terms overlap in
     * their boundary year: {@code HDND:2011/2016} overlaps {@code HDND:2016/2021}.
     *
     * @param other  the other period, not null
     * @return true if the two periods have a day in common
     */
    default boolean overlaps(ReportingPeriod other) {
        Objects.requireNonNull(other, "other");
        return !other.end().isBefore(start()) && !other.start().isAfter(end());
    }

    /**
     * Compares by first day, then last day, then kind, then (for two terms) body.
     *
     * @param other  the period to compare with, not null
     * @return a negative number, zero or a positive number as this period is before, equal to
     *         or after {@code other}
     */
    @Override
    default int compareTo(ReportingPeriod other) {
        int order = start().compareTo(other.start());
        if (order == 0) {
            order = end().compareTo(other.end());
        }
        if (order == 0) {
            order = kind().compareTo(other.kind());
        }
        if (order == 0 && this instanceof TermPeriod term && other instanceof TermPeriod otherTerm) {
            order = term.body().compareTo(otherTerm.body());
        }
        return order;
    }

    /**
     * Reads a period from any of the text forms in the table above. Leading and trailing
     * whitespace is ignored.
     *
     * <p>{@code "2022-Q3"}, {@code "2022Q3"} give {@code QuarterPeriod.of(2022, 3)};
     * {@code "2021-01-01/P5Y"} gives {@code SpanPeriod.ofClosed(2021, 2025)};
     * {@code "2022-01-01/P1Y"} gives {@code YearPeriod.of(2022)}.
     *
     * <p>It also reads a span of dates that bounds a period exactly ({@code "2021-01-01/2025-12-31"} is
     * {@code 2021/2025}, {@code "2022-07-01/2022-09-30"} is {@code 2022-Q3}) and the phrases of Vietnamese
     * reports, without regard to case, diacritics or the kind of dash: {@code "năm 2022"},
     * {@code "6 tháng đầu năm 2022"} ({@code 2022-S1}), {@code "quý III/2022"}, {@code "tháng 9/2022"},
     * {@code "giai đoạn 2021–2025"}, {@code "năm 2018 và 2019"} ({@code 2018/2019}), {@code "nhiệm kỳ HĐND 2016–2021"} (a term names its body:
     * HĐND or Hội đồng nhân dân, Quốc hội or QH, cấp ủy). A mistyped month ({@code "2021-13"}) fails
     * saying that a month is 01 to 12.
     *
     * @param text  the text, not null
     * @return the period, not null
     * @throws TextParseException if the text is not a period, with the index of the first
     *         offending character: {@code "2022-Q5"} fails at index 6, "quarter must be 1 to 4"
     */
    static ReportingPeriod parse(CharSequence text) {
        return PeriodParser.parse(text);
    }

    /**
     * Returns the canonical text form, the first column of the table above.
     *
     * @return the canonical text, such as {@code 2022-Q3}, not null
     */
    @Override
    String toString();
}
