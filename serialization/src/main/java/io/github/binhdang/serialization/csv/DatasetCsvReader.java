package io.github.binhdang.serialization.csv;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.unit.Unit;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a tidy CSV table of observations, one row per observation, into a dataset and a list of
 * problems. The columns are described in the {@linkplain io.github.binhdang.serialization.csv package
 * documentation}.
 *
 * <p>Reading never stops at a bad row. Each field that cannot be read (a number {@code 12,3,4}, a
 * period {@code 2022-Q5}, an unknown qualifier), each row that cannot be an observation (no value,
 * the same key as an earlier row) and each unusable header column becomes a {@link CsvProblem} with
 * its line, column and value, and the row is left out; every other row is read. Only a header that
 * lacks a required column, names one twice, or an empty file stops the rows from being read, and
 * that too is reported as problems, not thrown. Rows read = observations kept + rows reported.
 *
 * <p>Each observation of the dataset keeps its line and its record: the row after the header it was, from
 * 0, counting the rows left out with a problem ({@link io.github.binhdang.core.data.SourcePosition#record()};
 * blank rows are no rows). Validation gives the record as each finding's index, so that the index names
 * the row as written, not its place among the rows kept; a row spanning lines (a quoted field with a line
 * break) is one record.
 *
 * <pre>
 * CsvReadResult result = DatasetCsvReader.defaults()
 *         .withNotation(NumberNotation.VIETNAMESE)   // 38,89 and 125.525
 *         .read(Path.of("son-la-2017.csv"));
 * result.dataset();    // the good rows
 * result.problems();   // line, column, value and message of each bad one
 * </pre>
 *
 * <p>Text is UTF-8, with or without a byte order mark, or UTF-16 with its byte order mark (what
 * spreadsheets save as "Unicode text"); UTF-16 without one, and UTF-32, are refused with a single
 * problem naming the encoding. A field with bytes that are not UTF-8 (a file saved in another encoding) is a problem of its
 * row. The separator is a comma or a semicolon, found from the header line
 * (whichever it has more of) unless {@linkplain #withSeparator(char) configured}; fields holding the
 * separator, quotes or line breaks are quoted with {@code "} and quotes doubled. An unquoted field is
 * trimmed, a quoted one kept as it is. Blank lines and rows whose fields are all empty are skipped.
 * Text is put in Unicode NFC. Headers may name the columns in English or Vietnamese
 * ({@code Mã chỉ tiêu; Mã địa bàn; Kỳ báo cáo; Giá trị}); see the package documentation.
 *
 * <p>A field that begins with an apostrophe followed by another, or by a text a spreadsheet would take
 * as a formula ({@code '=HYPERLINK(…)}, {@code '-2+3}, {@code ''abc}), is read without its first
 * apostrophe: that is how {@link DatasetCsvWriter} and {@link ScorecardCsvWriter}
 * <a href="DatasetCsvWriter.html#formulas">neutralise such text</a>, so that what they write reads back
 * as it was. Any other field beginning with an apostrophe ({@code 'abc}) is read as written.
 *
 * <p>What a file can make the reader spend is bounded by {@link CsvLimits} (by default
 * {@value CsvLimits#DEFAULT_MAX_FIELD_LENGTH} characters a field, {@value CsvLimits#DEFAULT_MAX_ROW_LENGTH}
 * a row, {@value CsvLimits#DEFAULT_MAX_NUMBER_DIGITS} digits a number,
 * {@value CsvLimits#DEFAULT_MAX_BREAKDOWN_DIMENSIONS} dimensions a breakdown,
 * {@value CsvLimits#DEFAULT_MAX_ROWS} rows, {@value CsvLimits#DEFAULT_MAX_PROBLEMS} problems kept; see
 * {@link #withLimits(CsvLimits)}). A limit reached is a problem ({@code csv.limit}) on its line and column
 * that names the limit and its setting; the reader goes on with the next row. Each problem keeps the field
 * as written shortened to {@value io.github.binhdang.core.Excerpt#DEFAULT_LENGTH} characters and its
 * length, and its message quotes it so, however long the field.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class DatasetCsvReader {

    private static final DatasetCsvReader DEFAULTS = new DatasetCsvReader('\0', NumberNotation.PLAIN, List.of(), Map.of(),
            CsvLimits.defaults());
    // At most this many rows are made room for before reading; a bigger file grows its columns as it goes.
    private static final int MAX_EXPECTED_ROWS = 1 << 22;

    private final char separator;
    private final NumberNotation notation;
    private final List<Unit> units;
    // The caller's header names, folded, and their columns.
    private final Map<String, Column> aliases;
    private final CsvLimits limits;

    private DatasetCsvReader(char separator, NumberNotation notation, List<Unit> units, Map<String, Column> aliases,
            CsvLimits limits) {
        this.separator = separator;
        this.notation = notation;
        this.units = units;
        this.aliases = aliases;
        this.limits = limits;
    }

    /**
     * Returns the reader with default settings: separator found from the header, plain numbers
     * ({@code 38.89}), built-in units only, {@linkplain CsvLimits#defaults() default limits}.
     *
     * @return the reader, not null
     */
    public static DatasetCsvReader defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy that uses the given separator instead of finding it from the header.
     *
     * @param separator  the separator: {@code ','}, {@code ';'}, a tab or {@code '|'}
     * @return the reader, not null
     * @throws InvalidValueException if the separator is none of these
     */
    public DatasetCsvReader withSeparator(char separator) {
        if (CsvTokenizer.SEPARATORS.indexOf(separator) < 0) {
            throw new InvalidValueException("DatasetCsvReader.separator", "'" + separator + "'",
                    "must be ',', ';', a tab or '|'");
        }
        return new DatasetCsvReader(separator, notation, units, aliases, limits);
    }

    /**
     * Returns a copy that reads numbers in a notation: {@link NumberNotation#VIETNAMESE} for files
     * that write {@code 38,89} and {@code 125.525}.
     *
     * @param notation  the notation, not null
     * @return the reader, not null
     */
    public DatasetCsvReader withNotation(NumberNotation notation) {
        return new DatasetCsvReader(separator, Objects.requireNonNull(notation, "notation"), units, aliases, limits);
    }

    /**
     * Returns a copy that also knows an application's own units, found by code or symbol before the
     * built-in ones. A table written by {@link DatasetCsvWriter} names a unit by its code only, so a
     * dataset with units of the application's own ({@code Unit.ofCount("classes", …)}, as read from JSON,
     * which carries their definition) reads back from CSV with those units given here; the units of a
     * dataset are found with {@link #unitsOf(Iterable)}.
     *
     * @param units  the units, not null
     * @return the reader, not null
     */
    public DatasetCsvReader withUnits(Collection<Unit> units) {
        return new DatasetCsvReader(separator, notation, List.copyOf(units), aliases, limits);
    }

    /**
     * Returns the units of observations that are not built in, each once, in the order met: what a
     * reader needs {@linkplain #withUnits(Collection) to know} to read back the table
     * {@link DatasetCsvWriter} writes of them.
     *
     * <pre>
     * Dataset dataset = DatasetJsonReader.of().read(json).dataset();   // with an application's units
     * DatasetCsvWriter.defaults().write(dataset, csv);
     * DatasetCsvReader.defaults().withUnits(DatasetCsvReader.unitsOf(dataset)).read(csv);
     * </pre>
     *
     * @param observations  the observations, such as a dataset, not null
     * @return the units, unmodifiable, not null
     */
    public static List<Unit> unitsOf(Iterable<Observation> observations) {
        Objects.requireNonNull(observations, "observations");
        Set<Unit> found = new LinkedHashSet<>();
        for (Observation o : observations) {
            o.unit().ifPresent(unit -> {
                Optional<Unit> builtIn = Unit.find(unit.code());
                if (builtIn.isEmpty() || !builtIn.get().equals(unit)) {
                    found.add(unit);
                }
            });
        }
        return List.copyOf(found);
    }

    /**
     * Returns a copy with other limits on what a file may make the reader spend. The defaults are
     * {@link CsvLimits#defaults()}; a service that reads files from outside may lower them:
     * {@code withLimits(CsvLimits.defaults().withMaxRows(100_000))}.
     *
     * @param limits  the limits, not null
     * @return the reader, not null
     */
    public DatasetCsvReader withLimits(CsvLimits limits) {
        return new DatasetCsvReader(separator, notation, units, aliases, Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Returns the limits this reader reads with.
     *
     * @return the limits, not null
     */
    public CsvLimits limits() {
        return limits;
    }

    /**
     * Returns a copy that also reads a header name of the caller's as a column, before the built-in
     * names: {@code withHeaderAlias("Mã xã", "area")}. The name is matched as the built-in ones are,
     * without regard to case, diacritics or spacing.
     *
     * @param name    the header name, not null, not blank
     * @param column  the column's own name, as the package documentation lists it ({@code indicator},
     *                {@code area}, {@code period}, {@code value}, {@code ageGroup}, …), not null
     * @return the reader, not null
     * @throws InvalidValueException if the name is blank or the column is not one of the table's
     */
    public DatasetCsvReader withHeaderAlias(String name, String column) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(column, "column");
        String key = Column.key(name);
        if (key.isEmpty()) {
            throw new InvalidValueException("DatasetCsvReader.headerAlias", "'" + name + "'", "must not be blank");
        }
        Column target = Column.ofHeader(column).orElseThrow(() -> new InvalidValueException(
                "DatasetCsvReader.headerAlias", "'" + column + "'", "is not a column: use indicator, area, period,"
                        + " breakdown, sex, ageGroup, residence, ethnicity, value, numerator, denominator, unit,"
                        + " qualifier, status, source or note"));
        Map<String, Column> copy = new HashMap<>(aliases);
        copy.put(key, target);
        return new DatasetCsvReader(separator, notation, units, Map.copyOf(copy), limits);
    }

    /**
     * Reads a table from bytes in UTF-8, with or without a byte order mark.
     *
     * @param in  the bytes, not null; read to the end, not closed
     * @return the dataset of the good rows and the problems, not null
     * @throws UncheckedIOException if the stream cannot be read
     */
    public CsvReadResult read(InputStream in) {
        return read(in, "");
    }

    /**
     * Reads a table from bytes in UTF-8, with or without a byte order mark, naming the file they come
     * from: its name is in the dataset's {@linkplain io.github.binhdang.core.data.Dataset#source() source}
     * and in every finding's location.
     *
     * @param in    the bytes, not null; read to the end, not closed
     * @param file  the file's name, such as {@code son-la-2017.csv}, or {@code ""} for none
     * @return the dataset of the good rows and the problems, not null
     * @throws UncheckedIOException if the stream cannot be read
     */
    public CsvReadResult read(InputStream in, String file) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(file, "file");
        try {
            BufferedInputStream buffered = new BufferedInputStream(in);
            buffered.mark(4);
            byte[] bom = new byte[4];
            int n = buffered.readNBytes(bom, 0, 4);
            buffered.reset();
            int b0 = n > 0 ? bom[0] & 0xFF : -1;
            int b1 = n > 1 ? bom[1] & 0xFF : -1;
            Charset charset = StandardCharsets.UTF_8;
            boolean utf32 = n == 4 && (b0 == 0xFF && b1 == 0xFE && bom[2] == 0 && bom[3] == 0
                    || b0 == 0 && b1 == 0 && (bom[2] & 0xFF) == 0xFE && (bom[3] & 0xFF) == 0xFF);
            if (utf32) {
                CsvProblems problems = new CsvProblems();
                problems.encoding(b0 == 0 ? "UTF-32BE" : "UTF-32LE", false);
                return problems.result(Dataset.builder(0).build(), file);
            }
            if (b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF) {
                // UTF-16 with its byte order mark, as spreadsheets save "Unicode text": decoded as such.
                charset = b0 == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
                buffered.skipNBytes(2);
            } else if (n == 4 && (b0 == 0 && b1 != 0 && bom[2] == 0 || b0 != 0 && b1 == 0 && bom[3] == 0)) {
                // Every other byte 0: UTF-16 text without a byte order mark, whose byte order is a guess. It is
                // refused with one problem rather than read as UTF-8 into a header of garbled names.
                CsvProblems problems = new CsvProblems();
                problems.encoding(b0 == 0 ? "UTF-16BE" : "UTF-16LE", true);
                return problems.result(Dataset.builder(0).build(), file);
            } else if (n >= 3 && b0 == 0xEF && b1 == 0xBB && (bom[2] & 0xFF) == 0xBF) {
                buffered.skipNBytes(3);
            }
            // Bytes that are not UTF-8 become U+FFFD, which the rows report as problems. The bytes known to be
            // left (a file's or an array's) size the dataset's columns and index, which then need not grow.
            int bytesPerRow = charset == StandardCharsets.UTF_8 ? 1 : 2;
            return read(new InputStreamReader(buffered, charset), expectedRows(buffered.available() / bytesPerRow),
                    file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a table from a file in UTF-8, with or without a byte order mark. The file's name (its last
     * part) is in the dataset's source and in every finding's location.
     *
     * @param file  the file, not null
     * @return the dataset of the good rows and the problems, not null
     * @throws UncheckedIOException if the file cannot be read
     */
    public CsvReadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            Path name = file.getFileName();
            return read(in, name == null ? file.toString() : name.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a table from text; a leading byte order mark (U+FEFF) is skipped.
     *
     * @param in  the text, not null; read to the end, not closed
     * @return the dataset of the good rows and the problems, not null
     * @throws UncheckedIOException if the text cannot be read
     */
    public CsvReadResult read(Reader in) {
        return read(in, 0, "");
    }

    /**
     * A guess of the rows in so many bytes, on the high side (a tidy row of observations seldom takes
     * under 48 bytes), and at most {@link #MAX_EXPECTED_ROWS}, so that a file of wide rows does not make
     * room for far more rows than it has: too few only means the columns grow once more.
     */
    private static int expectedRows(int bytes) {
        return Math.min(bytes / 48, MAX_EXPECTED_ROWS);
    }

    /**
     * Returns an entry for rows of cell texts from another source, such as a sheet of a workbook, read
     * with this reader's columns, aliases, notation, units and limits: the one home of the table's
     * mapping, which {@code io.github.binhdang.serialization.excel.ExcelReader} uses. Issue 22 (excel).
     *
     * @param file   the file's name, in the dataset's source and every finding, or {@code ""} for none
     * @param sheet  the sheet's name, which places each finding at its cell ({@code Data!D7}), or {@code ""}
     *               for a source without sheets
     * @return a new entry for one reading, not null
     */
    public TableRows tableRows(String file, String sheet) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
        CsvProblems problems = new CsvProblems(limits.maxProblems());
        problems.sheet(sheet);
        RowMapper mapper = new RowMapper(notation, units, aliases, problems, 0, file, limits);
        mapper.cells(sheet);
        return new TableRows(mapper, problems, file, limits);
    }

    private CsvReadResult read(Reader in, int expectedRows, String file) {
        Objects.requireNonNull(in, "in");
        CsvProblems problems = new CsvProblems(limits.maxProblems());
        RowMapper mapper = new RowMapper(notation, units, aliases, problems, expectedRows, file, limits);
        new CsvTokenizer(problems, limits).read(in, separator, mapper);
        return problems.result(mapper.dataset(), file);
    }
}
