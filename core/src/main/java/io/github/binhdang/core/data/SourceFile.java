package io.github.binhdang.core.data;

import io.github.binhdang.core.InvalidValueException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The file a dataset was read from: its name and, for a table such as a CSV file, the column that holds
 * each field and its header as written. A reader gives it to {@link Dataset.Builder#source(SourceFile)}
 * once per file, and a position to each row ({@link Dataset.Row#at(int, int)}); validation then puts the
 * file, line, column and header into each finding's location, so a finding names the place in the file.
 *
 * <p>Fields are named by the paths of finding locations: {@code indicator}, {@code area},
 * {@code period}, {@code value}, {@code numerator}, {@code denominator}, {@code unit},
 * {@code qualifier}, {@code status}, {@code breakdown}, {@code breakdown.SEX} (one dimension),
 * {@code source}, {@code note}. A path with no column of its own falls back to the part before its
 * first dot: {@code breakdown.AGE_GROUP} to {@code breakdown}.
 *
 * <pre>
 * SourceFile file = SourceFile.of("son-la-2017.csv").withColumn("value", 5, "Giá trị");
 * file.column("value");   // Optional[SourceFile.Column[number=5, header=Giá trị]]
 * </pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class SourceFile {

    private static final SourceFile UNNAMED = new SourceFile("", Map.of());

    /**
     * A column of a table: its position and its header as written.
     *
     * @param number  the position, from 1
     * @param header  the header as the file writes it, not null
     * @implSpec This record is immutable and thread-safe.
     */
    public record Column(int number, String header) {

        /**
         * Checks the parts.
         *
         * @param number  the position, from 1
         * @param header  the header as written, not null
         * @throws InvalidValueException if the number is below 1
         */
        public Column {
            Objects.requireNonNull(header, "header");
            if (number < 1) {
                throw new InvalidValueException("SourceFile.Column.number", number, "must be 1 or more");
            }
        }
    }

    private final String name;
    private final Map<String, Column> columns;

    private SourceFile(String name, Map<String, Column> columns) {
        this.name = name;
        this.columns = columns;
    }

    /**
     * Obtains a file by its name, with no columns yet.
     *
     * @param name  the name as the reader was given it, such as {@code son-la-2017.csv}; {@code ""} for none
     * @return the file, not null
     */
    public static SourceFile of(String name) {
        Objects.requireNonNull(name, "name");
        return name.isEmpty() ? UNNAMED : new SourceFile(name, Map.of());
    }

    /**
     * Returns the file of input that has no name, such as a stream.
     *
     * @return the file, not null
     */
    public static SourceFile unnamed() {
        return UNNAMED;
    }

    /**
     * Returns a copy in which a field is read from a column.
     *
     * @param path    the field's path, such as {@code value} or {@code breakdown.SEX}, not blank
     * @param number  the column's position, from 1
     * @param header  the column's header as written, not null
     * @return the file, not null
     * @throws InvalidValueException if the path is blank or the number below 1
     */
    public SourceFile withColumn(String path, int number, String header) {
        Objects.requireNonNull(path, "path");
        if (path.isBlank()) {
            throw new InvalidValueException("SourceFile.path", "'" + path + "'", "must not be blank");
        }
        Map<String, Column> more = new HashMap<>(columns);
        more.put(path.strip(), new Column(number, header));
        return new SourceFile(name, Map.copyOf(more));
    }

    /**
     * Returns the file's name.
     *
     * @return the name, {@code ""} when it has none, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the column a field was read from: the path's own, else the column of the part before its
     * first dot ({@code breakdown} for {@code breakdown.SEX}).
     *
     * @param path  the field's path, not null
     * @return the column, or empty when the file has none for it (JSON, or a column the header lacks)
     */
    public Optional<Column> column(String path) {
        Objects.requireNonNull(path, "path");
        @Nullable Column column = columns.get(path);
        if (column == null) {
            int dot = path.indexOf('.');
            if (dot > 0) {
                column = columns.get(path.substring(0, dot));
            }
        }
        return Optional.ofNullable(column);
    }

    /**
     * Compares the name and the columns.
     *
     * @param other  the other object
     * @return true if both are the same file with the same columns
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SourceFile f && name.equals(f.name) && columns.equals(f.columns);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return name.hashCode() * 31 + columns.hashCode();
    }

    /**
     * Returns the name, or {@code (unnamed)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return name.isEmpty() ? "(unnamed)" : name;
    }
}
