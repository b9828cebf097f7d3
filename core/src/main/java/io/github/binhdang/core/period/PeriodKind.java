package io.github.binhdang.core.period;

/**
 * The kinds of {@link ReportingPeriod}, one for each permitted implementation.
 *
 * <p>The declaration order is the order {@link ReportingPeriod#compareTo(ReportingPeriod)} uses
 * when two periods share their first and last day (a span and a term over the same years).
 */
public enum PeriodKind {

    /** A calendar year ({@link YearPeriod}), text form {@code 2022}. */
    YEAR,

    /** A half-year ({@link HalfYearPeriod}), text form {@code 2022-S1}. */
    HALF_YEAR,

    /** A calendar quarter ({@link QuarterPeriod}), text form {@code 2022-Q3}. */
    QUARTER,

    /** A calendar month ({@link MonthPeriod}), text form {@code 2022-M09}. */
    MONTH,

    /** A span of two or more whole years, such as a phase ({@link SpanPeriod}), text form {@code 2021/2025}. */
    SPAN,

    /** The term of an elected body ({@link TermPeriod}), text form {@code HDND:2016/2021}. */
    TERM
}
