package io.github.binhdang.core.period;

import io.github.binhdang.core.InvalidValueException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A span of two or more whole calendar years as one reporting period: a strategy phase
 * (giai đoạn) such as 2021–2025, or a pair of years reported together ("2018 and 2019").
 *
 * <p>Text form: the first and last year joined by a slash, {@code 2021/2025}.
 * {@link ReportingPeriod#parse(CharSequence)} also reads the SDMX form {@code 2021-01-01/P5Y}.
 * A single year is not a span but a {@link YearPeriod}, so each run of days has one value.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class SpanPeriod implements ReportingPeriod {

    private final int firstYear;
    private final int lastYear;

    private SpanPeriod(int firstYear, int lastYear) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /**
     * Obtains the span from 1 January of the first year to 31 December of the last year, both
     * included: {@code ofClosed(2021, 2025)} covers five years.
     *
     * @param firstYear  the first year, from 1900 to 9999
     * @param lastYear   the last year, from 1900 to 9999, after {@code firstYear}
     * @return the span, not null
     * @throws InvalidValueException if a year is out of range, if {@code lastYear} precedes
     *         {@code firstYear}, or if the two are equal (use {@link YearPeriod#of(int)})
     */
    public static SpanPeriod ofClosed(int firstYear, int lastYear) {
        Years.check("SpanPeriod.firstYear", firstYear);
        Years.check("SpanPeriod.lastYear", lastYear);
        if (lastYear < firstYear) {
            throw new InvalidValueException("SpanPeriod.lastYear", lastYear, "precedes firstYear " + firstYear);
        }
        if (lastYear == firstYear) {
            throw new InvalidValueException("SpanPeriod.lastYear", lastYear,
                    "equals firstYear; a single year is a YearPeriod, use YearPeriod.of(" + firstYear + ")");
        }
        return new SpanPeriod(firstYear, lastYear);
    }

    /**
     * Returns the first year.
     *
     * @return the first year, from 1900 to 9998
     */
    public int firstYear() {
        return firstYear;
    }

    /**
     * Returns the last year, included.
     *
     * @return the last year, after {@link #firstYear()}
     */
    public int lastYear() {
        return lastYear;
    }

    /**
     * Returns the number of calendar years covered: 5 for {@code 2021/2025}.
     *
     * @return the number of years, at least 2
     */
    public int years() {
        return lastYear - firstYear + 1;
    }

    /**
     * Returns 1 January of the first year.
     *
     * @return the first day, not null
     */
    @Override
    public LocalDate start() {
        return LocalDate.of(firstYear, 1, 1);
    }

    /**
     * Returns 31 December of the last year.
     *
     * @return the last day, not null
     */
    @Override
    public LocalDate end() {
        return LocalDate.of(lastYear, 12, 31);
    }

    /**
     * Returns {@link PeriodKind#SPAN}.
     *
     * @return the kind, not null
     */
    @Override
    public PeriodKind kind() {
        return PeriodKind.SPAN;
    }

    /**
     * Tells whether another object is the same span.
     *
     * @param other  the object to compare with, may be null
     * @return true if {@code other} is a {@code SpanPeriod} with the same first and last year
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SpanPeriod that && that.firstYear == firstYear && that.lastYear == lastYear;
    }

    /**
     * Returns a hash code from the two years.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return firstYear * 31 + lastYear;
    }

    /**
     * Returns the canonical text form, {@code 2021/2025}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return firstYear + "/" + lastYear;
    }
}
