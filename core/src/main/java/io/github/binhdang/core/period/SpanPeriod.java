package io.github.binhdang.core.period;

import io.github.binhdang.core.BilingualText;
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
     * Returns the span a number of spans of the same length later (or earlier, for a negative
     * number), each following on from the one before: {@code 2021/2025.plus(1)} is {@code 2026/2030},
     * {@code plus(-2)} is {@code 2011/2015}; {@code plus(0)} returns this span.
     *
     * @param periods  the number of spans to move, may be negative
     * @return the span moved to, as many years long, not null
     * @throws InvalidValueException if it would start before 1900 ({@code SpanPeriod.firstYear}) or
     *         end after 9999 ({@code SpanPeriod.lastYear})
     */
    @Override
    public SpanPeriod plus(long periods) {
        if (periods == 0) {
            return this;
        }
        int length = years();
        int first = (int) Years.move(firstYear, periods, length, 1, length - 1, "SpanPeriod.firstYear",
                "SpanPeriod.lastYear");
        return new SpanPeriod(first, first + length - 1);
    }

    /**
     * Returns the span of as many years that follows: {@code 2021/2025} gives {@code 2026/2030}.
     *
     * @return the next span, not null
     * @throws InvalidValueException if it would end after 9999
     */
    @Override
    public SpanPeriod next() {
        return plus(1);
    }

    /**
     * Returns the span of as many years that comes before: {@code 2021/2025} gives {@code 2016/2020}.
     *
     * @return the previous span, not null
     * @throws InvalidValueException if it would start before 1900
     */
    @Override
    public SpanPeriod previous() {
        return plus(-1);
    }

    /**
     * Returns the span as people write it: {@code giai đoạn 2021–2025} / {@code 2021–2025}.
     *
     * @return the title, not null
     */
    @Override
    public BilingualText title() {
        return BilingualText.of("giai đoạn " + firstYear + "–" + lastYear, firstYear + "–" + lastYear);
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
