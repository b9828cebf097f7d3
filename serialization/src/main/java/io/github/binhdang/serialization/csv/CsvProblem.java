package io.github.binhdang.serialization.csv;

import io.github.binhdang.core.InvalidValueException;
import java.util.Objects;

/**
 * A problem found in a CSV file: a field that cannot be read, a row that cannot be an observation, or
 * a header that cannot be used. The row it belongs to is left out of the dataset; the other rows are
 * read.
 *
 * <p>For example {@code line 7, column value (5), '12,3,4': cannot be read as a number: a group after a
 * thousands separator must have exactly 3 digits, at character 4}. A problem of a whole row names no
 * column ({@code ""} and number 0); a missing column is named with number 0.
 *
 * <p>Each problem has a {@link Kind} from the moment it is found, and the kind gives its finding's
 * code; the message is for people and is never read back.
 *
 * <p>{@link CsvReadResult#report()} gives the problems as the findings of a
 * {@code ValidationReport}, with the line and column as the location.
 *
 * @param kind          what kind of problem it is, not null
 * @param line          the line in the file, from 1, where the row begins
 * @param column        the column's name as the header writes it, or {@code ""} for the whole row
 * @param columnNumber  the column's position, from 1, or 0 when it is not in the file or the problem
 *                      is the whole row's
 * @param value         the field as written, or {@code ""}
 * @param message       what is wrong, in English, not blank
 * @implSpec This record is immutable and thread-safe.
 */
public record CsvProblem(Kind kind, int line, String column, int columnNumber, String value, String message) {

    /**
     * The kind of a problem, which gives its finding's stable code. The codes and their messages are
     * listed in the {@linkplain io.github.binhdang.serialization.csv package documentation}.
     */
    public enum Kind {
        /** A field that cannot be read: {@code csv.value}. */
        VALUE("csv.value", "không đọc được giá trị"),
        /** A row that cannot be an observation, such as one with no number: {@code csv.row}. */
        ROW("csv.row", "dòng này không đọc được"),
        /** A row whose key an earlier row has: {@code csv.duplicate}. */
        DUPLICATE("csv.duplicate", "trùng khóa với một dòng trước"),
        /** A header column unknown, given twice, missing or in conflict: {@code csv.header}. */
        HEADER("csv.header", "dòng tiêu đề có lỗi"),
        /** No header: {@code csv.empty}. */
        EMPTY("csv.empty", "tệp trống, dòng đầu phải là dòng tiêu đề ghi tên các cột"),
        /** Text that cannot be read on, such as an unclosed quote: {@code csv.syntax}. */
        SYNTAX("csv.syntax", "tệp CSV không đọc được từ đây trở đi"),
        // Kinds of issue 19 (positions and the vocabulary of problems).
        /** A row with more or fewer fields than the header has columns: {@code csv.fields}. */
        FIELD_COUNT("csv.fields", "số ô của dòng khác số cột của dòng tiêu đề"),
        /** Bytes that are not text in the file's encoding: {@code csv.encoding}. */
        ENCODING("csv.encoding", "tệp không được lưu dưới dạng UTF-8"),
        /** A limit of one dataset reached, such as 65,536 indicator codes: {@code csv.limit}. */
        LIMIT("csv.limit", "vượt quá giới hạn của một bộ dữ liệu");

        private final String code;
        private final String vietnamese;

        Kind(String code, String vietnamese) {
            this.code = code;
            this.vietnamese = vietnamese;
        }

        /**
         * Returns the code of the findings of this kind, such as {@code csv.value}.
         *
         * @return the code, not null
         */
        public String code() {
            return code;
        }

        /**
         * Returns what kind of problem it is, in Vietnamese, as the package's table of problem codes names
         * it; a finding's Vietnamese message gives the problem's own Vietnamese detail instead.
         *
         * @return the text, not null
         */
        public String vietnamese() {
            return vietnamese;
        }
    }

    /**
     * Checks the parts.
     *
     * @param kind          what kind of problem it is, not null
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
        Objects.requireNonNull(kind, "kind");
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
     * Returns the problem as one line: {@code line 7, column value (5), '12,3,4': cannot be read …}.
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
