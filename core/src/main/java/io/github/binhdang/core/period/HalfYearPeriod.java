package io.github.binhdang.core.period;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A half-year as a reporting period: the first (6 tháng đầu năm, January to June) or the second
 * (July to December).
 *
 * <p>Text form: {@code 2022-S1} (S for semester, as in SDMX). {@link ReportingPeriod#parse(CharSequence)}
 * also reads the DHIS2 form {@code 2022S1}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class HalfYearPeriod implements ReportingPeriod {

    private final int year;
    private final int half;

    private HalfYearPeriod(int year, int half) {
        this.year = year;
        this.half = half;
    }

    /**
     * Obtains a half-year.
     *
     * @param year  the year, from 1900 to 9999
     * @param half  the half, 1 (January to June) or 2 (July to December)
     * @return the half-year, not null
     * @throws InvalidValueException if the year or the half is out of range
     */
    public static HalfYearPeriod of(int year, int half) {
        Years.check("HalfYearPeriod.year", year);
        Checks.requireRange("HalfYearPeriod.half", half, 1, 2);
        return new HalfYearPeriod(year, half);
    }

    /**
     * Obtains the half-year that contains a date: 2022-07-01 gives {@code 2022-S2}.
     *
     * @param date  the date, not null
     * @return the half-year, not null
     * @throws InvalidValueException if the date's year is out of range
     */
    public static HalfYearPeriod from(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return of(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
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
     * Returns the half.
     *
     * @return 1 or 2
     */
    public int half() {
        return half;
    }

    /**
     * Returns the half-year a number of half-years later (or earlier, for a negative number), across
     * year ends: {@code 2022-S2.plusHalves(1)} is {@code 2023-S1}, {@code 2022-S1.plusHalves(-3)} is
     * {@code 2020-S2}; {@code plusHalves(0)} returns this half-year.
     *
     * @param halves  the number of half-years to add, may be negative
     * @return the shifted half-year, not null
     * @throws InvalidValueException if the result's year is outside 1900 to 9999
     */
    public HalfYearPeriod plusHalves(long halves) {
        return move(halves, 1);
    }

    /**
     * Returns the same half of a year a number of years later (or earlier):
     * {@code 2022-S1.plusYears(2)} is {@code 2024-S1}.
     *
     * @param years  the number of years to add, may be negative
     * @return the shifted half-year, not null
     * @throws InvalidValueException if the result's year is outside 1900 to 9999
     */
    public HalfYearPeriod plusYears(long years) {
        return move(years, 2);
    }

    /**
     * Returns the half-year a number of half-years later, the same as {@link #plusHalves(long)}.
     *
     * @param periods  the number of half-years to add, may be negative
     * @return the shifted half-year, not null
     * @throws InvalidValueException if the result's year is outside 1900 to 9999
     */
    @Override
    public HalfYearPeriod plus(long periods) {
        return move(periods, 1);
    }

    /**
     * Returns the half-year after: {@code 2022-S1} gives {@code 2022-S2}, {@code 2022-S2} gives
     * {@code 2023-S1}.
     *
     * @return the next half-year, not null
     * @throws InvalidValueException if this is 9999-S2
     */
    @Override
    public HalfYearPeriod next() {
        return move(1, 1);
    }

    /**
     * Returns the half-year before: {@code 2022-S2} gives {@code 2022-S1}, {@code 2022-S1} gives
     * {@code 2021-S2}.
     *
     * @return the previous half-year, not null
     * @throws InvalidValueException if this is 1900-S1
     */
    @Override
    public HalfYearPeriod previous() {
        return move(-1, 1);
    }

    private HalfYearPeriod move(long amount, long step) {
        if (amount == 0) {
            return this;
        }
        long position = Years.move(year * 2L + half - 1, amount, step, 2, 0, "HalfYearPeriod.year",
                "HalfYearPeriod.year");
        return new HalfYearPeriod((int) (position / 2), (int) (position % 2) + 1);
    }

    /**
     * Returns the half-year as people write it: {@code 6 tháng đầu năm 2022} / {@code the first half
     * of 2022}, {@code 6 tháng cuối năm 2022} / {@code the second half of 2022}.
     *
     * @return the title, not null
     */
    @Override
    public BilingualText title() {
        return half == 1
                ? BilingualText.of("6 tháng đầu năm " + year, "the first half of " + year)
                : BilingualText.of("6 tháng cuối năm " + year, "the second half of " + year);
    }

    /**
     * Returns 1 January or 1 July.
     *
     * @return the first day, not null
     */
    @Override
    public LocalDate start() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    /**
     * Returns 30 June or 31 December.
     *
     * @return the last day, not null
     */
    @Override
    public LocalDate end() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    /**
     * Returns {@link PeriodKind#HALF_YEAR}.
     *
     * @return the kind, not null
     */
    @Override
    public PeriodKind kind() {
        return PeriodKind.HALF_YEAR;
    }

    /**
     * Tells whether another object is the same half-year.
     *
     * @param other  the object to compare with, may be null
     * @return true if {@code other} is a {@code HalfYearPeriod} with the same year and half
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof HalfYearPeriod that && that.year == year && that.half == half;
    }

    /**
     * Returns a hash code from the year and half.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return year * 2 + half;
    }

    /**
     * Returns the canonical text form, {@code 2022-S1}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return year + "-S" + half;
    }
}
