package io.github.binhdang.core.validation;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.data.SourcePosition;
import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.period.ReportingPeriod;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Where a finding was found: the observation (by its key) or other subject, the field within it, and
 * where the input came from: its position in the list validated and, for input read from a file, its
 * line and column.
 *
 * <p>For a dataset read from a file, the index is the observation's record in the file as written
 * ({@link SourcePosition#record()}), when its reader counted records: see {@link #index()}.
 *
 * <p>Field paths name the field of the subject: {@code value}, {@code numerator},
 * {@code denominator}, {@code unit}, {@code period}, {@code area}, {@code indicator},
 * {@code breakdown.SEX} (one dimension of the breakdown), {@code key} (the key as a whole); for a
 * target of a strategy {@code milestones[2030].value}, {@code milestones[2025].comparison},
 * {@code indicator}; an empty path means the subject as a whole.
 *
 * <p>A location in a file may also name the {@linkplain #file() file}, the {@linkplain #header() header}
 * of the column as the file writes it and the {@linkplain #written() field as written}, such as
 * {@code "38,89"} where the value is 38.89: {@link DatasetValidator} adds the file, line, column,
 * header and field as written itself for a dataset read from a file
 * ({@link io.github.binhdang.core.data.Dataset#written(int, String)}), and a reader adds them to its own
 * problems.
 *
 * <p>Text form, for logs: the subject, the path, then what is known of the position, such as
 * {@code W_ENT/14/2017/_T value (index 3, line 5, column 12)},
 * {@code W_ENT/14/2017/_T value (index 3, son-la.csv line 5, column 4 "Giá trị")} or
 * {@code VN-NSGE-2021-2030/2.3 milestones[2030].value}; in a workbook's sheet the line and column
 * are its cell, {@code W_ENT/14/2017/_T value (index 3, son-la.xlsx 'Số liệu'!E5 "Giá trị")}. The index is zero-based, the line and column
 * one-based.
 *
 * <p>A location is a class rather than a record because its key, index, line and column may each be
 * absent, and absent parts are returned as empty {@link Optional}s, never as nulls.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Location {

    private static final int NONE = -1;

    private final @Nullable ObservationKey key;
    private final String subject;
    private final @Nullable String indicator;
    private final @Nullable String area;
    private final String path;
    private final int index;
    private final int line;
    private final int column;
    private final @Nullable String file;
    private final @Nullable String header;
    private final @Nullable String written;
    // Issue 22 (excel): the sheet of a workbook the line and column are in.
    private final @Nullable String sheet;

    private Location(@Nullable ObservationKey key, String subject, @Nullable String indicator,
            @Nullable String area, String path, int index, int line, int column) {
        this(key, subject, indicator, area, path, index, line, column, null, null, null);
    }

    private Location(@Nullable ObservationKey key, String subject, @Nullable String indicator,
            @Nullable String area, String path, int index, int line, int column, @Nullable String file,
            @Nullable String header, @Nullable String written) {
        this(key, subject, indicator, area, path, index, line, column, file, header, written, null);
    }

    private Location(@Nullable ObservationKey key, String subject, @Nullable String indicator,
            @Nullable String area, String path, int index, int line, int column, @Nullable String file,
            @Nullable String header, @Nullable String written, @Nullable String sheet) {
        this.key = key;
        this.subject = subject;
        this.indicator = indicator;
        this.area = area;
        this.path = path;
        this.index = index;
        this.line = line;
        this.column = column;
        this.file = file;
        this.header = header;
        this.written = written;
        this.sheet = sheet;
    }

    /**
     * Obtains the location of a field of an observation.
     *
     * @param key   the observation's key, not null
     * @param path  the field path, such as {@code "value"}; empty for the observation as a whole
     * @return the location, not null
     */
    public static Location of(ObservationKey key, String path) {
        Objects.requireNonNull(key, "key");
        return new Location(key, key.toString(), key.indicator(), key.area(), requirePath(path), NONE, NONE, NONE);
    }

    /**
     * Obtains the location of a field of some other subject: a target, a strategy, a row that holds
     * no observation.
     *
     * @param subject  what holds the field, such as {@code "VN-NSGE-2021-2030/2.3"}, not blank
     * @param path     the field path, such as {@code "milestones[2030].value"}; empty for the subject as a whole
     * @return the location, not null
     * @throws InvalidValueException if the subject is blank
     */
    public static Location of(String subject, String path) {
        return new Location(null, Checks.requireText("Location.subject", subject), null, null, requirePath(path),
                NONE, NONE, NONE);
    }

    /**
     * Obtains the location of a row of the input that holds no observation, such as a {@code null} in a
     * list.
     *
     * @param index  the row's position in the input, from 0
     * @return the location, with subject {@code "#"} and the index, such as {@code #3}, not null
     * @throws InvalidValueException if the index is negative
     */
    public static Location ofIndex(int index) {
        return of("#" + requireIndex(index), "").withIndex(index);
    }

    private static String requirePath(String path) {
        return Objects.requireNonNull(path, "path").strip();
    }

    private static int requireIndex(int index) {
        if (index < 0) {
            throw new InvalidValueException("Location.index", index, "must not be negative");
        }
        return index;
    }

    /**
     * Returns a copy at a position of the input.
     *
     * @param index  the position in the list or dataset validated, or the record in the file as written
     *               ({@link #index()}), from 0
     * @return the location, not null
     * @throws InvalidValueException if the index is negative
     */
    public Location withIndex(int index) {
        return new Location(key, subject, indicator, area, path, requireIndex(index), line, column, file, header,
                written, sheet);
    }

    /**
     * Returns a copy at a line and column of the file the input was read from; readers call this to
     * turn an index into a place an official can find.
     *
     * @param line    the line, from 1
     * @param column  the column, from 1
     * @return the location, not null
     * @throws InvalidValueException if the line or column is below 1
     */
    public Location withPosition(int line, int column) {
        if (line < 1) {
            throw new InvalidValueException("Location.line", line, "must be 1 or more");
        }
        if (column < 1) {
            throw new InvalidValueException("Location.column", column, "must be 1 or more");
        }
        return new Location(key, subject, indicator, area, path, index, line, column, file, header, written, sheet);
    }

    /**
     * Returns a copy at the place an observation was read from: the file's name (when it has one), the
     * line and the column.
     *
     * @param position  where the observation was read from, not null
     * @return the location, not null
     */
    public Location withSource(SourcePosition position) {
        Objects.requireNonNull(position, "position");
        String name = position.file().isEmpty() ? file : position.file();
        return new Location(key, subject, indicator, area, path, index, position.line(), position.column(), name,
                header, written, sheet);
    }

    /**
     * Returns a copy that names the file the input was read from.
     *
     * @param name  the file's name, not blank
     * @return the location, not null
     * @throws InvalidValueException if the name is blank
     */
    public Location withFile(String name) {
        return new Location(key, subject, indicator, area, path, index, line, column,
                Checks.requireText("Location.file", name), header, written, sheet);
    }

    /**
     * Returns a copy that names the column's header as the file writes it, such as {@code Giá trị}.
     *
     * @param header  the header as written, not blank
     * @return the location, not null
     * @throws InvalidValueException if the header is blank
     */
    public Location withHeader(String header) {
        return new Location(key, subject, indicator, area, path, index, line, column, file,
                Checks.requireText("Location.header", header), written, sheet);
    }

    /**
     * Returns a copy that keeps the field as the file writes it, such as {@code 38,89} for the value
     * 38.89; {@code ""} for an empty field.
     *
     * @param text  the field as written, not null
     * @return the location, not null
     */
    public Location withWritten(String text) {
        return new Location(key, subject, indicator, area, path, index, line, column, file, header,
                Objects.requireNonNull(text, "text"), sheet);
    }

    /**
     * Returns a copy that names the sheet of a workbook the input was read from: its line and column are
     * then a cell of that sheet, shown as {@code Số liệu!D7}
     * ({@link SourcePosition#cellReference(String, int, int)}).
     *
     * @param name  the sheet's name, not blank
     * @return the location, not null
     * @throws InvalidValueException if the name is blank
     */
    public Location withSheet(String name) {
        return new Location(key, subject, indicator, area, path, index, line, column, file, header, written,
                Checks.requireText("Location.sheet", name));
    }

    /**
     * Returns a copy that names the indicator the subject is about, for grouping findings.
     *
     * @param code  the indicator's code, not blank
     * @return the location, not null
     * @throws InvalidValueException if the code is blank
     */
    public Location withIndicator(String code) {
        return new Location(key, subject, Checks.requireText("Location.indicator", code), area, path, index, line,
                column, file, header, written, sheet);
    }

    /**
     * Returns a copy that names the area the subject is about, for grouping findings.
     *
     * @param code  the area's code, not blank
     * @return the location, not null
     * @throws InvalidValueException if the code is blank
     */
    public Location withArea(String code) {
        return new Location(key, subject, indicator, Checks.requireText("Location.area", code), path, index, line,
                column, file, header, written, sheet);
    }

    /**
     * Returns a copy at another field of the same subject.
     *
     * @param path  the field path; empty for the subject as a whole
     * @return the location, not null
     */
    public Location withPath(String path) {
        return new Location(key, subject, indicator, area, requirePath(path), index, line, column, file, header,
                written, sheet);
    }

    /**
     * Returns the key of the observation, when the subject is one.
     *
     * @return the key, or empty
     */
    public Optional<ObservationKey> key() {
        return Optional.ofNullable(key);
    }

    /**
     * Returns what holds the field: the observation's key as text, a target such as
     * {@code VN-NSGE-2021-2030/2.3}, or {@code #3} for a row with no observation.
     *
     * @return the subject, not null
     */
    public String subject() {
        return subject;
    }

    /**
     * Returns the code of the indicator the subject is about.
     *
     * @return the code, or empty
     */
    public Optional<String> indicator() {
        return Optional.ofNullable(indicator);
    }

    /**
     * Returns the code of the area the subject is about.
     *
     * @return the code, or empty
     */
    public Optional<String> area() {
        return Optional.ofNullable(area);
    }

    /**
     * Returns the period of the observation, when the subject is one.
     *
     * @return the period, or empty
     */
    public Optional<ReportingPeriod> period() {
        return key == null ? Optional.empty() : Optional.of(key.period());
    }

    /**
     * Returns the field path within the subject.
     *
     * @return the path, empty for the subject as a whole, not null
     */
    public String path() {
        return path;
    }

    /**
     * Returns the position of the subject in the input. For a dataset read from a file whose reader
     * counted records, {@link DatasetValidator} gives the observation's record in the file as written
     * ({@link SourcePosition#record()}: {@code 3} is {@code observations[3]} of a JSON document, the fourth
     * row after a CSV table's header, counting those the reader left out); otherwise it is the position in
     * the list or dataset validated. A reader may give its own problems the record in the same way. To find
     * the observation of a finding in a dataset, use its {@linkplain #key() key}.
     *
     * @return the zero-based index, or empty
     */
    public OptionalInt index() {
        return index == NONE ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /**
     * Returns the line of the file the input was read from.
     *
     * @return the one-based line, or empty
     */
    public OptionalInt line() {
        return line == NONE ? OptionalInt.empty() : OptionalInt.of(line);
    }

    /**
     * Returns the column of the file the input was read from.
     *
     * @return the one-based column, or empty
     */
    public OptionalInt column() {
        return column == NONE ? OptionalInt.empty() : OptionalInt.of(column);
    }

    /**
     * Returns the name of the file the input was read from.
     *
     * @return the name, or empty
     */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /**
     * Returns the header of the column as the file writes it, such as {@code Giá trị}.
     *
     * @return the header, or empty
     */
    public Optional<String> header() {
        return Optional.ofNullable(header);
    }

    /**
     * Returns the field as the file writes it, such as {@code 38,89}.
     *
     * @return the text, or empty when it is not known
     */
    public Optional<String> written() {
        return Optional.ofNullable(written);
    }

    /**
     * Returns the sheet of a workbook the input was read from, whose cell the line and column are.
     *
     * @return the sheet's name, or empty when the input is not a workbook
     */
    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    /**
     * Compares every part.
     *
     * @param other  the other object
     * @return true if both name the same place
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Location l && Objects.equals(key, l.key) && subject.equals(l.subject)
                && Objects.equals(indicator, l.indicator) && Objects.equals(area, l.area) && path.equals(l.path)
                && index == l.index && line == l.line && column == l.column && Objects.equals(file, l.file)
                && Objects.equals(header, l.header) && Objects.equals(written, l.written)
                && Objects.equals(sheet, l.sheet);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(subject, indicator, area, path, index, line, column, file, header, written, sheet);
    }

    /**
     * Returns the text form, such as {@code W_ENT/14/2017/_T value (index 3, line 5, column 12)} or
     * {@code W_ENT/14/2017/_T value (index 3, son-la.csv line 5, column 4 "Giá trị")}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(subject);
        if (!path.isEmpty()) {
            text.append(' ').append(path);
        }
        StringBuilder position = new StringBuilder();
        if (index != NONE && !subject.equals("#" + index)) {
            position.append("index ").append(index);
        }
        if (line != NONE) {
            if (position.length() > 0) {
                position.append(", ");
            }
            if (file != null) {
                position.append(file).append(' ');
            }
            if (sheet != null) {
                position.append(SourcePosition.cellReference(sheet, line, column));
            } else {
                position.append("line ").append(line).append(", column ").append(column);
            }
            if (header != null) {
                position.append(" \"").append(header).append('"');
            }
        }
        if (position.length() > 0) {
            text.append(" (").append(position).append(')');
        }
        return text.toString();
    }
}
