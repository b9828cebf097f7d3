package io.github.binhdang.core.period;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Checks;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A calendar quarter as a reporting period (quý): Q1 is January to March, Q4 October to December.
 *
 * <p>Text form: {@code 2022-Q3}. {@link ReportingPeriod#parse(CharSequence)} also reads the DHIS2 form
 * {@code 2022Q3}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class QuarterPeriod implements ReportingPeriod {

    private final int year;
    private final int quarter;

    private QuarterPeriod(int year, int quarter) {
        this.year = year;
        this.quarter = quarter;
    }

    /**
     * Obtains a quarter.
     *
     * @param year     the year, from 1900 to 9999
     * @param quarter  the quarter, from 1 to 4
     * @return the quarter, not null
     * @throws InvalidValueException if the year or the quarter is out of range
     */
    public static QuarterPeriod of(int year, int quarter) {
        Years.check("QuarterPeriod.year", year);
        Checks.requireRange("QuarterPeriod.quarter", quarter, 1, 4);
        return new QuarterPeriod(year, quarter);
    }

    /**
     * Obtains the quarter that contains a date: 2022-08-31 gives {@code 2022-Q3}.
     *
     * @param date  the date, not null
     * @return the quarter, not null
     * @throws InvalidValueException if the date's year is out of range
     */
    public static QuarterPeriod from(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return of(date.getYear(), (date.getMonthValue() + 2) / 3);
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
     * Returns the quarter.
     *
     * @return the quarter, from 1 to 4
     */
    public int quarter() {
        return quarter;
    }

    /**
     * Returns the quarter a number of quarters later (or earlier, for a negative number), across year
     * ends: {@code 2022-Q4.plusQuarters(1)} is {@code 2023-Q1}, {@code 2022-Q1.plusQuarters(-5)} is
     * {@code 2020-Q4}; {@code plusQuarters(0)} returns this quarter.
     *
     * @param quarters  the number of quarters to add, may be negative
     * @return the shifted quarter, not null
     * @throws InvalidValueException if the result's year is outside 1900 to 9999
     */
    public QuarterPeriod plusQuarters(long quarters) {
        return move(quarters, 1);
    }

    /**
     * Returns the same quarter of a year a number of years later (or earlier):
     * {@code 2022-Q3.plusYears(-1)} is {@code 2021-Q3}.
     *
     * @param years  the number of years to add, may be negative
     * @return the shifted quarter, not null
     * @throws InvalidValueException if the result's year is outside 1900 to 9999
     */
    public QuarterPeriod plusYears(long years) {
        return move(years, 4);
    }

    /**
     * Returns the quarter a number of quarters later, the same as {@link #plusQuarters(long)}.
     *
     * @param periods  the number of quarters to add, may be negative
     * @return the shifted quarter, not null
     * @throws InvalidValueException if the result's year is outside 1900 to 9999
     */
    @Override
    public QuarterPeriod plus(long periods) {
        return move(periods, 1);
    }

    /**
     * Returns the quarter after: {@code 2022-Q3} gives {@code 2022-Q4}, {@code 2022-Q4} gives
     * {@code 2023-Q1}.
     *
     * @return the next quarter, not null
     * @throws InvalidValueException if this is 9999-Q4
     */
    @Override
    public QuarterPeriod next() {
        return move(1, 1);
    }

    /**
     * Returns the quarter before: {@code 2022-Q3} gives {@code 2022-Q2}, {@code 2022-Q1} gives
     * {@code 2021-Q4}.
     *
     * @return the previous quarter, not null
     * @throws InvalidValueException if this is 1900-Q1
     */
    @Override
    public QuarterPeriod previous() {
        return move(-1, 1);
    }

    private QuarterPeriod move(long amount, long step) {
        if (amount == 0) {
            return this;
        }
        long position = Years.move(year * 4L + quarter - 1, amount, step, 4, 0, "QuarterPeriod.year",
                "QuarterPeriod.year");
        return new QuarterPeriod((int) (position / 4), (int) (position % 4) + 1);
    }

    /**
     * Returns the quarter as people write it: {@code quý 3 năm 2022} / {@code Q3 2022}.
     *
     * @return the title, not null
     */
    @Override
    public BilingualText title() {
        return BilingualText.of("quý " + quarter + " năm " + year, "Q" + quarter + " " + year);
    }

    /**
     * Returns the first day of the quarter's first month.
     *
     * @return the first day, not null
     */
    @Override
    public LocalDate start() {
        return LocalDate.of(year, quarter * 3 - 2, 1);
    }

    /**
     * Returns the last day of the quarter's last month.
     *
     * @return the last day, not null
     */
    @Override
    public LocalDate end() {
        return YearMonth.of(year, quarter * 3).atEndOfMonth();
    }

    /**
     * Returns {@link PeriodKind#QUARTER}.
     *
     * @return the kind, not null
     */
    @Override
    public PeriodKind kind() {
        return PeriodKind.QUARTER;
    }

    /**
     * Tells whether another object is the same quarter.
     *
     * @param other  the object to compare with, may be null
     * @return true if {@code other} is a {@code QuarterPeriod} with the same year and quarter
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof QuarterPeriod that && that.year == year && that.quarter == quarter;
    }

    /**
     * Returns a hash code from the year and quarter.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return year * 4 + quarter;
    }

    /**
     * Returns the canonical text form, {@code 2022-Q3}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
