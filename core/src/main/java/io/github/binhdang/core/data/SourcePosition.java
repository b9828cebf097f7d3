package io.github.binhdang.core.data;

import io.github.binhdang.core.InvalidValueException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Where an observation of a dataset was read from: the file, the line and the column where it begins,
 * and the number of its record in the file as written. A CSV row begins at column 1 of its line; a JSON
 * observation at its opening brace.
 *
 * <p>The record is what a person counts in the file, from 0, counting the records a reader left out: the
 * element of a JSON document's {@code observations} array ({@code observations[3]} is record 3), the row
 * of a table after its header (CSV, a sheet of a workbook; blank rows are no rows). It differs from the
 * observation's index in the dataset as soon as a record before it could not be read, and from the line
 * as soon as a record spans lines (a quoted CSV field with a line break, a JSON document written one
 * property a line). It is {@value #NO_RECORD} when the reader did not count records.
 *
 * <p>Text form: {@code son-la-2017.csv line 7, column 1}, or {@code line 7, column 1} when the file has
 * no name; the record is not shown (the line says where to look).
 *
 * @param file    the file's name as the reader was given it, or {@code ""} when it has none (a stream)
 * @param line    the line, from 1
 * @param column  the column, from 1: a field's position for a table, a character's for text
 * @param record  the record in the file as written, from 0, or {@value #NO_RECORD} when not counted
 * @implSpec This record is immutable and thread-safe.
 */
public record SourcePosition(String file, int line, int column, int record) {

    /** The record of a position whose reader did not count records. */
    public static final int NO_RECORD = -1;

    /**
     * Checks the parts.
     *
     * @param file    the file's name, or {@code ""}, not null
     * @param line    the line, from 1
     * @param column  the column, from 1
     * @param record  the record, from 0, or {@value #NO_RECORD}
     * @throws InvalidValueException if the line or column is below 1, or the record below {@value #NO_RECORD}
     */
    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 1) {
            throw new InvalidValueException("SourcePosition.line", line, "must be 1 or more");
        }
        if (column < 1) {
            throw new InvalidValueException("SourcePosition.column", column, "must be 1 or more");
        }
        if (record < NO_RECORD) {
            throw new InvalidValueException("SourcePosition.record", record, "must be 0 or more, or -1 for none");
        }
    }

    /**
     * Obtains a position whose record was not counted.
     *
     * @param file    the file's name, or {@code ""}, not null
     * @param line    the line, from 1
     * @param column  the column, from 1
     * @throws InvalidValueException if the line or column is below 1
     */
    public SourcePosition(String file, int line, int column) {
        this(file, line, column, NO_RECORD);
    }

    /**
     * Returns the record in the file as written, when the reader counted records.
     *
     * @return the record, from 0, or empty
     */
    public OptionalInt recordNumber() {
        return record == NO_RECORD ? OptionalInt.empty() : OptionalInt.of(record);
    }

    /**
     * Returns the reference of a cell of a workbook's sheet as spreadsheets write it: the sheet's name,
     * {@code !}, the column's letters and the row, such as {@code Data!D7}; a name with anything but
     * letters, digits, {@code _} and {@code .} (a space, a dash) is put in apostrophes, an apostrophe in it
     * doubled: {@code 'Số liệu 2017'!E12}. Issue 22 (excel).
     *
     * @param sheet   the sheet's name, not null
     * @param line    the row, from 1
     * @param column  the column, from 1 ({@code A}); 27 is {@code AA}
     * @return the reference, not null
     * @throws InvalidValueException if the row or column is below 1
     */
    public static String cellReference(String sheet, int line, int column) {
        Objects.requireNonNull(sheet, "sheet");
        if (line < 1) {
            throw new InvalidValueException("SourcePosition.line", line, "must be 1 or more");
        }
        if (column < 1) {
            throw new InvalidValueException("SourcePosition.column", column, "must be 1 or more");
        }
        boolean plain = !sheet.isEmpty() && !Character.isDigit(sheet.charAt(0));
        for (int i = 0; i < sheet.length() && plain; i++) {
            char c = sheet.charAt(i);
            plain = Character.isLetterOrDigit(c) || c == '_' || c == '.';
        }
        StringBuilder text = new StringBuilder(sheet.length() + 8);
        if (plain) {
            text.append(sheet);
        } else {
            text.append('\'').append(sheet.replace("'", "''")).append('\'');
        }
        text.append('!');
        int letters = text.length();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            text.insert(letters, (char) ('A' + (c - 1) % 26));
        }
        return text.append(line).toString();
    }

    /**
     * Returns the text form, such as {@code son-la-2017.csv line 7, column 1}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return (file.isEmpty() ? "" : file + " ") + "line " + line + ", column " + column;
    }
}
