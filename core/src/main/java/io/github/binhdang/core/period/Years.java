package io.github.binhdang.core.period;

import io.github.binhdang.core.internal.Checks;

/** The year rule that every period shares. */
final class Years {

    private Years() {
    }

    /** Requires a year from {@link ReportingPeriod#MIN_YEAR} to {@link ReportingPeriod#MAX_YEAR}. */
    static int check(String field, int year) {
        return Checks.requireRange(field, year, ReportingPeriod.MIN_YEAR, ReportingPeriod.MAX_YEAR);
    }

    /** Returns a date as a fractional year: its year plus the share of the year gone before it. */
    static double fraction(java.time.LocalDate date) {
        return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
    }
}
