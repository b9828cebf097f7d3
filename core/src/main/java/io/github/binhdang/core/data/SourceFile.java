package io.github.binhdang.core.data;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.unit.NumberNotation;
import java.math.BigDecimal;
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
 * <p>A file also says how it writes its fields, so that a finding can quote a field as written without
 * the dataset keeping the text of every row: numbers in a {@linkplain #withNotation(NumberNotation, boolean)
 * notation} ({@code 1.234,5}), and the {@linkplain #withSpelling(String, String, String) spelling} of a
 * code in a column ({@code Nữ} for the sex {@code F}). A field written otherwise than these say (a
 * {@code gần 400}, a number written once without grouping) is kept with its row by the dataset
 * ({@link Dataset.Row#written(String, String)}); {@link Dataset#written(int, String)} gives either.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class SourceFile {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final SourceFile UNNAMED = new SourceFile("", Map.of(), NumberNotation.PLAIN, true, Map.of());

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
    private final NumberNotation notation;
    private final boolean grouped;
    // By path: each code's spelling in the file, such as F -> Nữ for breakdown.SEX.
    private final Map<String, Map<String, String>> spellings;
    // Issue 22 (excel): the sheet of a workbook the rows were read from, or "" for a file that has none.
    private final String sheet;

    private SourceFile(String name, Map<String, Column> columns, NumberNotation notation, boolean grouped,
            Map<String, Map<String, String>> spellings) {
        this(name, columns, notation, grouped, spellings, "");
    }

    private SourceFile(String name, Map<String, Column> columns, NumberNotation notation, boolean grouped,
            Map<String, Map<String, String>> spellings, String sheet) {
        this.sheet = sheet;
        this.name = name;
        this.columns = columns;
        this.notation = notation;
        this.grouped = grouped;
        this.spellings = spellings;
    }

    /**
     * Obtains a file by its name, with no columns yet.
     *
     * @param name  the name as the reader was given it, such as {@code son-la-2017.csv}; {@code ""} for none
     * @return the file, not null
     */
    public static SourceFile of(String name) {
        Objects.requireNonNull(name, "name");
        return name.isEmpty() ? UNNAMED : new SourceFile(name, Map.of(), NumberNotation.PLAIN, true, Map.of());
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
        return new SourceFile(name, Map.copyOf(more), notation, grouped, spellings, sheet);
    }

    /**
     * Returns a copy that writes numbers in a notation, such as {@code 1.234,5} in
     * {@link NumberNotation#VIETNAMESE} with grouping or {@code 1234,5} without.
     *
     * @param notation  the notation, not null
     * @param grouped   whether the integer part is grouped by thousands (no effect for {@code PLAIN})
     * @return the file, not null
     */
    public SourceFile withNotation(NumberNotation notation, boolean grouped) {
        Objects.requireNonNull(notation, "notation");
        return new SourceFile(name, columns, notation, grouped, spellings, sheet);
    }

    /**
     * Returns a copy in which a field's code is written another way, such as {@code Nữ} for the sex
     * {@code F} in the path {@code breakdown.SEX} or {@code năm 2022} for the period {@code 2022}.
     *
     * @param path       the field's path, not blank
     * @param canonical  the code as the dataset gives it ({@link #format(BigDecimal)} for a number), not null
     * @param written    the code as the file writes it, not null
     * @return the file, not null
     * @throws InvalidValueException if the path is blank
     */
    public SourceFile withSpelling(String path, String canonical, String written) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(written, "written");
        if (path.isBlank()) {
            throw new InvalidValueException("SourceFile.path", "'" + path + "'", "must not be blank");
        }
        Map<String, Map<String, String>> more = new HashMap<>(spellings);
        Map<String, String> codes = new HashMap<>(more.getOrDefault(path.strip(), Map.of()));
        codes.put(canonical, written);
        more.put(path.strip(), Map.copyOf(codes));
        return new SourceFile(name, columns, notation, grouped, Map.copyOf(more), sheet);
    }

    /**
     * Returns a copy whose rows were read from a sheet of a workbook: validation then names each finding's
     * place as the sheet's cell, {@code 'Số liệu'!E7} ({@link SourcePosition#cellReference(String, int, int)}),
     * the line being the sheet's row and a column's number its column ({@code E} is 5). Issue 22 (excel).
     *
     * @param name  the sheet's name, not blank
     * @return the file, not null
     * @throws InvalidValueException if the name is blank
     */
    public SourceFile withSheet(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new InvalidValueException("SourceFile.sheet", "'" + name + "'", "must not be blank");
        }
        return new SourceFile(this.name, columns, notation, grouped, spellings, name);
    }

    /**
     * Returns the sheet of a workbook the rows were read from.
     *
     * @return the sheet's name, or empty for a file that is no workbook
     */
    public Optional<String> sheet() {
        return sheet.isEmpty() ? Optional.empty() : Optional.of(sheet);
    }

    /**
     * Returns the notation the file writes numbers in.
     *
     * @return the notation, {@code PLAIN} unless {@linkplain #withNotation(NumberNotation, boolean) set}, not null
     */
    public NumberNotation notation() {
        return notation;
    }

    /**
     * Writes a number as this file writes numbers: 1234.5 as {@code 1.234,5} in the Vietnamese notation
     * with grouping, {@code 1234,5} without, {@code 1234.5} in the plain one.
     *
     * @param number  the number, not null
     * @return the text, not null
     */
    public String format(BigDecimal number) {
        String text = notation.format(number);
        if (grouped || notation == NumberNotation.PLAIN || number.abs().compareTo(THOUSAND) < 0) {
            return text;
        }
        return text.replace(notation == NumberNotation.VIETNAMESE ? "." : ",", "");
    }

    /**
     * Returns how the file writes a code of a field: its {@linkplain #withSpelling(String, String, String)
     * spelling} in that path, else the code itself.
     *
     * @param path       the field's path, not null
     * @param canonical  the code as the dataset gives it, not null
     * @return the text, not null
     */
    public String spelling(String path, String canonical) {
        Objects.requireNonNull(canonical, "canonical");
        Map<String, String> codes = spellings.get(Objects.requireNonNull(path, "path"));
        String written = codes == null ? null : codes.get(canonical);
        return written == null ? canonical : written;
    }

    /** Tells whether the file is a table, one with a column for some field. */
    boolean isTable() {
        return !columns.isEmpty();
    }

    /** The path whose column holds a field: the path itself, the part before its first dot, or null. */
    @Nullable String columnPath(String path) {
        if (columns.containsKey(path)) {
            return path;
        }
        int dot = path.indexOf('.');
        return dot > 0 && columns.containsKey(path.substring(0, dot)) ? path.substring(0, dot) : null;
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
     * Compares the name, the columns and how fields are written.
     *
     * @param other  the other object
     * @return true if both are the same file with the same columns, written the same way
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SourceFile f && name.equals(f.name) && columns.equals(f.columns)
                && notation == f.notation && grouped == f.grouped && spellings.equals(f.spellings)
                && sheet.equals(f.sheet);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return (name.hashCode() * 31 + columns.hashCode()) * 31 + spellings.hashCode();
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
