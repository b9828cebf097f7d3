package io.github.binhdang.serialization.csv;

import io.github.binhdang.core.InvalidValueException;

/**
 * The limits of {@link DatasetCsvReader}: how long a row or a field may be, how many digits a number,
 * how many dimensions a breakdown, how many rows a file and how many problems a reading keeps. They
 * bound the time and memory a file can make the reader spend, whatever it holds.
 *
 * <p>Each limit reached is a problem of kind {@link CsvProblem.Kind#LIMIT} ({@code csv.limit}) on its
 * line and column, whose message names the limit and the setting that changes it; the reader goes on
 * with the next row, except past {@link #maxRows()}, where it stops. A field or row over its limit is
 * not kept whole on the way: it is read on to its end, and only its first characters are kept for the
 * problem.
 *
 * <table class="striped">
 * <caption>Limits of the CSV reader</caption>
 * <thead><tr><th scope="col">Limit</th><th scope="col">Default</th><th scope="col">Reached</th></tr></thead>
 * <tbody>
 * <tr><td>{@link #maxRowLength()}</td><td>{@value #DEFAULT_MAX_ROW_LENGTH} characters</td><td>the row is
 *     left out; when its text goes on over line breaks inside quotes, the lines after its first are read
 *     again as rows, as after a quote that is not closed</td></tr>
 * <tr><td>{@link #maxFieldLength()}</td><td>{@value #DEFAULT_MAX_FIELD_LENGTH} characters, a spreadsheet
 *     cell's most</td><td>the row is left out</td></tr>
 * <tr><td>{@link #maxNumberDigits()}</td><td>{@value #DEFAULT_MAX_NUMBER_DIGITS} digits</td><td>the row is
 *     left out (reading a number takes time that grows with the square of its digits)</td></tr>
 * <tr><td>{@link #maxBreakdownDimensions()}</td><td>{@value #DEFAULT_MAX_BREAKDOWN_DIMENSIONS}</td>
 *     <td>the row is left out</td></tr>
 * <tr><td>{@link #maxRows()}</td><td>{@value #DEFAULT_MAX_ROWS} rows after the header</td><td>the rows
 *     after it are not read</td></tr>
 * <tr><td>{@link #maxProblems()}</td><td>{@value #DEFAULT_MAX_PROBLEMS}</td><td>the problems after it are
 *     counted, not kept: one last problem says how many more there were, on which lines; the counts of
 *     rows read and reported stay exact</td></tr>
 * </tbody>
 * </table>
 *
 * <pre>
 * DatasetCsvReader reader = DatasetCsvReader.defaults()
 *         .withLimits(CsvLimits.defaults().withMaxRows(100_000).withMaxFieldLength(1_000));
 * </pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class CsvLimits {

    /** The default of {@link #maxRowLength()}: {@value} characters. */
    public static final int DEFAULT_MAX_ROW_LENGTH = 1 << 20;
    /** The default of {@link #maxFieldLength()}: {@value} characters, the most a spreadsheet cell holds. */
    public static final int DEFAULT_MAX_FIELD_LENGTH = 32_767;
    /**
     * The default of {@link #maxNumberDigits()}: {@value} digits, the most significant digits any value of
     * the model may have ({@link io.github.binhdang.core.unit.Decimals#MAX_PRECISION}).
     */
    public static final int DEFAULT_MAX_NUMBER_DIGITS = 100;
    /**
     * The default of {@link #maxBreakdownDimensions()}: {@value} dimensions, as for JSON
     * ({@link io.github.binhdang.serialization.json.JsonReadLimits#DEFAULT_MAX_BREAKDOWN_DIMENSIONS}), so
     * that a dataset written in one format reads back in the other.
     */
    public static final int DEFAULT_MAX_BREAKDOWN_DIMENSIONS = io.github.binhdang.serialization.json.JsonReadLimits
            .DEFAULT_MAX_BREAKDOWN_DIMENSIONS;
    /** The default of {@link #maxRows()}: {@value} rows. */
    public static final int DEFAULT_MAX_ROWS = 50_000_000;
    /** The default of {@link #maxProblems()}: {@value} problems. */
    public static final int DEFAULT_MAX_PROBLEMS = 10_000;

    private static final CsvLimits DEFAULTS = new CsvLimits(DEFAULT_MAX_ROW_LENGTH, DEFAULT_MAX_FIELD_LENGTH,
            DEFAULT_MAX_NUMBER_DIGITS, DEFAULT_MAX_BREAKDOWN_DIMENSIONS, DEFAULT_MAX_ROWS, DEFAULT_MAX_PROBLEMS);

    private final int maxRowLength;
    private final int maxFieldLength;
    private final int maxNumberDigits;
    private final int maxBreakdownDimensions;
    private final int maxRows;
    private final int maxProblems;

    private CsvLimits(int maxRowLength, int maxFieldLength, int maxNumberDigits, int maxBreakdownDimensions,
            int maxRows, int maxProblems) {
        this.maxRowLength = maxRowLength;
        this.maxFieldLength = maxFieldLength;
        this.maxNumberDigits = maxNumberDigits;
        this.maxBreakdownDimensions = maxBreakdownDimensions;
        this.maxRows = maxRows;
        this.maxProblems = maxProblems;
    }

    /**
     * Returns the default limits, listed in the class documentation.
     *
     * @return the limits, not null
     */
    public static CsvLimits defaults() {
        return DEFAULTS;
    }

    private static int checked(String name, int value) {
        if (value < 1) {
            throw new InvalidValueException("CsvLimits." + name, value, "must be 1 or more");
        }
        return value;
    }

    /**
     * Returns a copy with another longest row: its characters from its first to its line break, the line
     * breaks inside its quoted fields included.
     *
     * @param characters  the most characters, 1 or more
     * @return the limits, not null
     * @throws InvalidValueException if below 1
     */
    public CsvLimits withMaxRowLength(int characters) {
        return new CsvLimits(checked("maxRowLength", characters), maxFieldLength, maxNumberDigits,
                maxBreakdownDimensions, maxRows, maxProblems);
    }

    /**
     * Returns a copy with another longest field, quoted or not, in characters as read (quotes around it
     * and doubled quotes counted once).
     *
     * @param characters  the most characters, 1 or more
     * @return the limits, not null
     * @throws InvalidValueException if below 1
     */
    public CsvLimits withMaxFieldLength(int characters) {
        return new CsvLimits(maxRowLength, checked("maxFieldLength", characters), maxNumberDigits,
                maxBreakdownDimensions, maxRows, maxProblems);
    }

    /**
     * Returns a copy with another most digits in a value, numerator or denominator.
     *
     * @param digits  the most digits, 1 or more
     * @return the limits, not null
     * @throws InvalidValueException if below 1
     */
    public CsvLimits withMaxNumberDigits(int digits) {
        return new CsvLimits(maxRowLength, maxFieldLength, checked("maxNumberDigits", digits),
                maxBreakdownDimensions, maxRows, maxProblems);
    }

    /**
     * Returns a copy with another most dimensions in a breakdown field ({@code SEX=F;AGE_GROUP=15-24} has
     * two).
     *
     * @param dimensions  the most dimensions, 1 or more
     * @return the limits, not null
     * @throws InvalidValueException if below 1
     */
    public CsvLimits withMaxBreakdownDimensions(int dimensions) {
        return new CsvLimits(maxRowLength, maxFieldLength, maxNumberDigits,
                checked("maxBreakdownDimensions", dimensions), maxRows, maxProblems);
    }

    /**
     * Returns a copy with another most rows after the header, good or bad (blank lines not counted).
     *
     * @param rows  the most rows, 1 or more
     * @return the limits, not null
     * @throws InvalidValueException if below 1
     */
    public CsvLimits withMaxRows(int rows) {
        return new CsvLimits(maxRowLength, maxFieldLength, maxNumberDigits, maxBreakdownDimensions,
                checked("maxRows", rows), maxProblems);
    }

    /**
     * Returns a copy with another most problems kept; the ones after are counted, and one more problem
     * says how many.
     *
     * @param problems  the most problems kept, 1 or more
     * @return the limits, not null
     * @throws InvalidValueException if below 1
     */
    public CsvLimits withMaxProblems(int problems) {
        return new CsvLimits(maxRowLength, maxFieldLength, maxNumberDigits, maxBreakdownDimensions, maxRows,
                checked("maxProblems", problems));
    }

    /**
     * Returns the most characters of a row.
     *
     * @return the limit, 1 or more
     */
    public int maxRowLength() {
        return maxRowLength;
    }

    /**
     * Returns the most characters of a field.
     *
     * @return the limit, 1 or more
     */
    public int maxFieldLength() {
        return maxFieldLength;
    }

    /**
     * Returns the most digits of a number.
     *
     * @return the limit, 1 or more
     */
    public int maxNumberDigits() {
        return maxNumberDigits;
    }

    /**
     * Returns the most dimensions of a breakdown field.
     *
     * @return the limit, 1 or more
     */
    public int maxBreakdownDimensions() {
        return maxBreakdownDimensions;
    }

    /**
     * Returns the most rows after the header.
     *
     * @return the limit, 1 or more
     */
    public int maxRows() {
        return maxRows;
    }

    /**
     * Returns the most problems kept.
     *
     * @return the limit, 1 or more
     */
    public int maxProblems() {
        return maxProblems;
    }

    /**
     * Compares every limit.
     *
     * @param other  the other object
     * @return true if all limits are equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof CsvLimits l && maxRowLength == l.maxRowLength && maxFieldLength == l.maxFieldLength
                && maxNumberDigits == l.maxNumberDigits && maxBreakdownDimensions == l.maxBreakdownDimensions
                && maxRows == l.maxRows && maxProblems == l.maxProblems;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = maxRowLength;
        h = 31 * h + maxFieldLength;
        h = 31 * h + maxNumberDigits;
        h = 31 * h + maxBreakdownDimensions;
        h = 31 * h + maxRows;
        return 31 * h + maxProblems;
    }

    /**
     * Returns the limits as text: {@code CsvLimits[maxRowLength=1048576, maxFieldLength=32767, …]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "CsvLimits[maxRowLength=" + maxRowLength + ", maxFieldLength=" + maxFieldLength + ", maxNumberDigits="
                + maxNumberDigits + ", maxBreakdownDimensions=" + maxBreakdownDimensions + ", maxRows=" + maxRows
                + ", maxProblems=" + maxProblems + "]";
    }
}
