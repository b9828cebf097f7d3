package io.github.binhdang.core.period;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Checks;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A calendar month as a reporting period (tháng).
 *
 * <p>Text form: {@code 2022-M09}, the month in two digits. {@link ReportingPeriod#parse(CharSequence)}
 * also reads the DHIS2 form {@code 202209} (yyyyMM).
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class MonthPeriod implements ReportingPeriod {

    private final int year;
    private final int month;

    private MonthPeriod(int year, int month) {
        this.year = year;
        this.month = month;
    }

    /**
     * Obtains a month.
     *
     * @param year   the year, from 1900 to 9999
     * @param month  the month, from 1 (January) to 12 (December)
     * @return the month, not null
     * @throws InvalidValueException if the year or the month is out of range
     */
    public static MonthPeriod of(int year, int month) {
        Years.check("MonthPeriod.year", year);
        Checks.requireRange("MonthPeriod.month", month, 1, 12);
        return new MonthPeriod(year, month);
    }

    /**
     * Obtains the month that contains a date: 2024-02-29 gives {@code 2024-M02}.
     *
     * @param date  the date, not null
     * @return the month, not null
     * @throws InvalidValueException if the date's year is out of range
     */
    public static MonthPeriod from(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return of(date.getYear(), date.getMonthValue());
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
     * Returns the month.
     *
     * @return the month, from 1 to 12
     */
    public int month() {
        return month;
    }

    /**
     * Returns the month a number of months later (or earlier, for a negative number), across year
     * ends: {@code 2022-M12.plusMonths(1)} is {@code 2023-M01}, {@code 2022-M03.plusMonths(-15)} is
     * {@code 2020-M12}; {@code plusMonths(0)} returns this month.
     *
     * @param months  the number of months to add, may be negative
     * @return the shifted month, not null
     * @throws InvalidValueException if the result's year is outside 1900 to 9999
     */
    public MonthPeriod plusMonths(long months) {
        return move(months, 1);
    }

    /**
     * Returns the same month of a year a number of years later (or earlier):
     * {@code 2024-M02.plusYears(1)} is {@code 2025-M02}.
     *
     * @param years  the number of years to add, may be negative
     * @return the shifted month, not null
     * @throws InvalidValueException if the result's year is outside 1900 to 9999
     */
    public MonthPeriod plusYears(long years) {
        return move(years, 12);
    }

    /**
     * Returns the month a number of months later, the same as {@link #plusMonths(long)}.
     *
     * @param periods  the number of months to add, may be negative
     * @return the shifted month, not null
     * @throws InvalidValueException if the result's year is outside 1900 to 9999
     */
    @Override
    public MonthPeriod plus(long periods) {
        return move(periods, 1);
    }

    /**
     * Returns the month after: {@code 2022-M09} gives {@code 2022-M10}, {@code 2022-M12} gives
     * {@code 2023-M01}.
     *
     * @return the next month, not null
     * @throws InvalidValueException if this is 9999-M12
     */
    @Override
    public MonthPeriod next() {
        return move(1, 1);
    }

    /**
     * Returns the month before: {@code 2022-M09} gives {@code 2022-M08}, {@code 2022-M01} gives
     * {@code 2021-M12}.
     *
     * @return the previous month, not null
     * @throws InvalidValueException if this is 1900-M01
     */
    @Override
    public MonthPeriod previous() {
        return move(-1, 1);
    }

    private MonthPeriod move(long amount, long step) {
        if (amount == 0) {
            return this;
        }
        long position = Years.move(year * 12L + month - 1, amount, step, 12, 0, "MonthPeriod.year",
                "MonthPeriod.year");
        return new MonthPeriod((int) (position / 12), (int) (position % 12) + 1);
    }

    /**
     * Returns the month as people write it: {@code tháng 9 năm 2022} / {@code September 2022}.
     *
     * @return the title, not null
     */
    @Override
    public BilingualText title() {
        return BilingualText.of("tháng " + month + " năm " + year,
                Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year);
    }

    /**
     * Returns the first day of the month.
     *
     * @return the first day, not null
     */
    @Override
    public LocalDate start() {
        return LocalDate.of(year, month, 1);
    }

    /**
     * Returns the last day of the month (29 February in a leap year).
     *
     * @return the last day, not null
     */
    @Override
    public LocalDate end() {
        return YearMonth.of(year, month).atEndOfMonth();
    }

    /**
     * Returns {@link PeriodKind#MONTH}.
     *
     * @return the kind, not null
     */
    @Override
    public PeriodKind kind() {
        return PeriodKind.MONTH;
    }

    /**
     * Tells whether another object is the same month.
     *
     * @param other  the object to compare with, may be null
     * @return true if {@code other} is a {@code MonthPeriod} with the same year and month
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof MonthPeriod that && that.year == year && that.month == month;
    }

    /**
     * Returns a hash code from the year and month.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return year * 12 + month;
    }

    /**
     * Returns the canonical text form, {@code 2022-M09}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return year + (month < 10 ? "-M0" : "-M") + month;
    }
}
