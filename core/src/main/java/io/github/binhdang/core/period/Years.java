package io.github.binhdang.core.period;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Checks;
import java.math.BigInteger;

/** The year rule that every period shares, and the one way every kind moves along its sequence. */
final class Years {

    private static final String RULE = "must be from " + ReportingPeriod.MIN_YEAR + " to " + ReportingPeriod.MAX_YEAR;

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

    /**
     * Moves a period along the sequence of its kind. A period is numbered by its position,
     * {@code firstYear × perYear + index} with the index from 0 (the month 2022-M09 is 2022 × 12 + 8);
     * moving by {@code amount} steps of {@code step} positions gives {@code position + amount × step}.
     * The result's first year must be at least {@link ReportingPeriod#MIN_YEAR} and its last year, the
     * first plus {@code extraYears}, at most {@link ReportingPeriod#MAX_YEAR}. The bounds are compared
     * before anything is added, so a huge amount cannot overflow back into range.
     *
     * @param position    the position of the period
     * @param amount      the number of steps, may be negative
     * @param step        the positions in one step, at least 1
     * @param perYear     the positions in one year: 1, 2, 4 or 12
     * @param extraYears  the years the period covers after its first, 0 for a year or shorter
     * @param firstField  the field named when the first year would fall before the range
     * @param lastField   the field named when the last year would pass the range
     * @return the position moved to
     * @throws InvalidValueException naming the field and the year it would have
     */
    static long move(long position, long amount, long step, int perYear, int extraYears,
                     String firstField, String lastField) {
        long low = (long) ReportingPeriod.MIN_YEAR * perYear - position;
        long high = (long) (ReportingPeriod.MAX_YEAR - extraYears + 1) * perYear - 1 - position;
        if (amount < -Math.floorDiv(-low, step)) {
            throw new InvalidValueException(firstField, yearAt(position, amount, step, perYear), RULE);
        }
        if (amount > Math.floorDiv(high, step)) {
            throw new InvalidValueException(lastField,
                    yearAt(position, amount, step, perYear).add(BigInteger.valueOf(extraYears)), RULE);
        }
        return position + amount * step;
    }

    /** The first year the result would have, exactly, however large the amount. */
    private static BigInteger yearAt(long position, long amount, long step, int perYear) {
        BigInteger moved = BigInteger.valueOf(position).add(BigInteger.valueOf(amount).multiply(BigInteger.valueOf(step)));
        BigInteger[] qr = moved.divideAndRemainder(BigInteger.valueOf(perYear));
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }
}
