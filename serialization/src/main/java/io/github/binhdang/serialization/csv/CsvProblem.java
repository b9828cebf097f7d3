package io.github.binhdang.serialization.csv;

import io.github.binhdang.core.InvalidValueException;
import java.util.Objects;

/**
 * A problem found in a CSV file: a field that cannot be read, a row that cannot be an observation, or
 * a header that cannot be used. The row it belongs to is left out of the dataset; the other rows are
 * read.
 *
 * <p>For example {@code line 7, column value (5), '12,3,4': Cannot parse '12,3,4' at index 4: a group
 * after a thousands separator must have exactly 3 digits}. A problem of a whole row names no column
 * ({@code ""} and number 0); a missing column is named with number 0.
 *
 * <p>{@link CsvReadResult#report()} gives the problems as the findings of a
 * {@code ValidationReport}, with the line and column as the location.
 *
 * @param line          the line in the file, from 1, where the row begins
 * @param column        the column's name as the header writes it, or {@code ""} for the whole row
 * @param columnNumber  the column's position, from 1, or 0 when it is not in the file or the problem
 *                      is the whole row's
 * @param value         the field as written, or {@code ""}
 * @param message       what is wrong, in English, not blank
 * @implSpec This record is immutable and thread-safe.
 */
public record CsvProblem(int line, String column, int columnNumber, String value, String message) {

    /**
     * Checks the parts.
     *
     * @param line          the line, from 1
     * @param column        the column's name, or {@code ""}
     * @param columnNumber  the column's position, from 1, or 0
     * @param value         the field as written, or {@code ""}
     * @param message       what is wrong, not blank
     * @throws InvalidValueException if the line is below 1, the column number below 0, or the
     *         message blank
     * @throws NullPointerException if a text is null
     */
    public CsvProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
        if (line < 1) {
            throw new InvalidValueException("CsvProblem.line", line, "must be 1 or more");
        }
        if (columnNumber < 0) {
            throw new InvalidValueException("CsvProblem.columnNumber", columnNumber, "must be 0 or more");
        }
        if (message.isBlank()) {
            throw new InvalidValueException("CsvProblem.message", "'" + message + "'", "must not be blank");
        }
    }

    /**
     * Returns the problem as one line: {@code line 7, column value (5), '12,3,4': Cannot parse …}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("line ").append(line);
        if (!column.isEmpty()) {
            text.append(", column ").append(column);
            if (columnNumber > 0) {
                text.append(" (").append(columnNumber).append(')');
            }
        }
        if (!value.isEmpty()) {
            text.append(", '").append(value).append('\'');
        }
        return text.append(": ").append(message).toString();
    }
}
