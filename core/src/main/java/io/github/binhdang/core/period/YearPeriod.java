package io.github.binhdang.core.period;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A calendar year as a reporting period (năm): 1 January to 31 December.
 *
 * <p>Text form: the four-digit year, {@code 2022}. {@link ReportingPeriod#parse(CharSequence)} also
 * reads the SDMX form {@code 2022-01-01/P1Y}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class YearPeriod implements ReportingPeriod {

    private final int year;

    private YearPeriod(int year) {
        this.year = year;
    }

    /**
     * Obtains a year.
     *
     * @param year  the year, from 1900 to 9999
     * @return the year period, not null
     * @throws InvalidValueException if the year is out of range
     */
    public static YearPeriod of(int year) {
        return new YearPeriod(Years.check("YearPeriod.year", year));
    }

    /**
     * Obtains the year that contains a date: 2022-07-15 gives {@code 2022}.
     *
     * @param date  the date, not null
     * @return the year period, not null
     * @throws InvalidValueException if the date's year is out of range
     */
    public static YearPeriod from(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return of(date.getYear());
    }

    /**
     * Returns the year.
     *
     * @return the year, from 1900 to 9999
     */
    public int year() {
        return year;
    }

    /**
     * Returns one half of this year: {@code 2022.atHalf(1)} is {@code 2022-S1}.
     *
     * @param half  the half, 1 or 2
     * @return the half-year, not null
     * @throws InvalidValueException if the half is not 1 or 2
     */
    public HalfYearPeriod atHalf(int half) {
        return HalfYearPeriod.of(year, half);
    }

    /**
     * Returns one quarter of this year: {@code 2022.atQuarter(3)} is {@code 2022-Q3}.
     *
     * @param quarter  the quarter, from 1 to 4
     * @return the quarter, not null
     * @throws InvalidValueException if the quarter is out of range
     */
    public QuarterPeriod atQuarter(int quarter) {
        return QuarterPeriod.of(year, quarter);
    }

    /**
     * Returns one month of this year: {@code 2022.atMonth(9)} is {@code 2022-M09}.
     *
     * @param month  the month, from 1 to 12
     * @return the month, not null
     * @throws InvalidValueException if the month is out of range
     */
    public MonthPeriod atMonth(int month) {
        return MonthPeriod.of(year, month);
    }

    /**
     * Returns the year a number of years later (or earlier, for a negative number):
     * {@code 2022.plusYears(3)} is {@code 2025}; {@code plusYears(0)} returns this year.
     *
     * @param years  the number of years to add, may be negative
     * @return the shifted year, not null
     * @throws InvalidValueException if the result is outside 1900 to 9999
     */
    public YearPeriod plusYears(long years) {
        if (years == 0) {
            return this;
        }
        return new YearPeriod((int) Years.move(year, years, 1, 1, 0, "YearPeriod.year", "YearPeriod.year"));
    }

    /**
     * Returns the year a number of years later, the same as {@link #plusYears(long)}.
     *
     * @param periods  the number of years to add, may be negative
     * @return the shifted year, not null
     * @throws InvalidValueException if the result is outside 1900 to 9999
     */
    @Override
    public YearPeriod plus(long periods) {
        return plusYears(periods);
    }

    /**
     * Returns the year after: {@code 2022} gives {@code 2023}.
     *
     * @return the next year, not null
     * @throws InvalidValueException if this is 9999
     */
    @Override
    public YearPeriod next() {
        return plusYears(1);
    }

    /**
     * Returns the year before: {@code 2022} gives {@code 2021}.
     *
     * @return the previous year, not null
     * @throws InvalidValueException if this is 1900
     */
    @Override
    public YearPeriod previous() {
        return plusYears(-1);
    }

    /**
     * Returns the year as people write it: {@code năm 2025} / {@code 2025}.
     *
     * @return the title, not null
     */
    @Override
    public BilingualText title() {
        return BilingualText.of("năm " + year, Integer.toString(year));
    }

    /**
     * Returns 1 January of the year.
     *
     * @return the first day, not null
     */
    @Override
    public LocalDate start() {
        return LocalDate.of(year, 1, 1);
    }

    /**
     * Returns 31 December of the year.
     *
     * @return the last day, not null
     */
    @Override
    public LocalDate end() {
        return LocalDate.of(year, 12, 31);
    }

    /**
     * Returns {@link PeriodKind#YEAR}.
     *
     * @return the kind, not null
     */
    @Override
    public PeriodKind kind() {
        return PeriodKind.YEAR;
    }

    /**
     * Tells whether another object is the same year.
     *
     * @param other  the object to compare with, may be null
     * @return true if {@code other} is a {@code YearPeriod} of the same year
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof YearPeriod that && that.year == year;
    }

    /**
     * Returns a hash code from the year.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return year;
    }

    /**
     * Returns the canonical text form, {@code 2022}.
     *
     * @return the four-digit year, not null
     */
    @Override
    public String toString() {
        return Integer.toString(year);
    }
}
