package io.github.binhdang.serialization.opensdg;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.serialization.internal.ExchangeCsv;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads Open SDG data files ({@code indicator_5-5-1.csv}) into a dataset through an
 * {@link OpenSdgMapping}, streaming: one row at a time. Every row ends as an observation or as a finding
 * located by file, line, column and value; reading never stops at a bad row. See the
 * {@linkplain io.github.binhdang.serialization.opensdg package documentation} for the columns.
 *
 * <pre>
 * OpenSdgReadResult read = OpenSdgReader.of(mapping).read(Path.of("data/indicator_5-5-1.csv"));
 * </pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class OpenSdgReader {

    private static final String PREFIX = "indicator_";
    private static final String SUFFIX = ".csv";

    private final OpenSdgMapping mapping;
    private final List<Unit> units;

    private OpenSdgReader(OpenSdgMapping mapping, List<Unit> units) {
        this.mapping = mapping;
        this.units = units;
    }

    /**
     * Obtains a reader for a mapping.
     *
     * @param mapping  the mapping, not null
     * @return the reader, not null
     */
    public static OpenSdgReader of(OpenSdgMapping mapping) {
        return new OpenSdgReader(Objects.requireNonNull(mapping, "mapping"), List.of());
    }

    /**
     * Returns a copy that also knows the application's own units, named by code.
     *
     * @param units  the units, not null
     * @return the reader, not null
     */
    public OpenSdgReader withUnits(List<Unit> units) {
        return new OpenSdgReader(mapping, List.copyOf(units));
    }

    /**
     * Returns the Open SDG indicator id of a data file's name: {@code indicator_5-5-1.csv} is {@code 5.5.1}.
     *
     * @param fileName  the file's name, not null
     * @return the id, not null
     * @throws InvalidValueException if the name is not {@code indicator_<id with dashes>.csv}
     */
    public static String indicatorId(String fileName) {
        if (!fileName.startsWith(PREFIX) || !fileName.endsWith(SUFFIX)
                || fileName.length() == PREFIX.length() + SUFFIX.length()) {
            throw new InvalidValueException("OpenSdgReader.fileName", "'" + fileName + "'",
                    "is not an Open SDG data file's name: indicator_<id with dashes>.csv, such as indicator_5-5-1.csv");
        }
        return fileName.substring(PREFIX.length(), fileName.length() - SUFFIX.length()).replace('-', '.');
    }

    /**
     * Reads the data of one indicator.
     *
     * @param id    the Open SDG indicator id, such as {@code 5.5.1}, not null
     * @param file  the file's name for the findings, or {@code ""}
     * @param text  the text, not null; not closed
     * @return the dataset and findings, not null
     * @throws UncheckedIOException if the text cannot be read
     */
    public OpenSdgReadResult read(String id, String file, Reader text) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        Dataset.Builder builder = OpenSdgCsvParser.newBuilder(file);
        OpenSdgCsvParser parser = new OpenSdgCsvParser(mapping, units, id, file, builder);
        ValidationReport report = ValidationReport.of(parser.read(text));
        return new OpenSdgReadResult(builder.build(), parser.rows(), report);
    }

    /**
     * Reads a data file, its indicator told by its name. Open SDG's files are UTF-8 (a byte order mark is
     * skipped); a file with bytes that are not UTF-8 (saved as "Unicode text", or in a Vietnamese code page
     * such as Windows-1258) is not read and gets one {@code csv.encoding} finding naming the file and what to
     * do, as {@link io.github.binhdang.serialization.csv.DatasetCsvReader DatasetCsvReader} says of a file in
     * an encoding it does not read.
     *
     * @param path  the file, such as {@code data/indicator_5-5-1.csv}, UTF-8, not null
     * @return the dataset and findings, not null
     * @throws InvalidValueException if the file's name is not an Open SDG data file's
     * @throws UncheckedIOException if the file cannot be read (it does not exist, say)
     */
    public OpenSdgReadResult read(Path path) {
        Objects.requireNonNull(path, "path");
        Path last = path.getFileName();
        String name = last == null ? path.toString() : last.toString();
        String id = indicatorId(name);
        try (Reader in = ExchangeCsv.utf8(Files.newInputStream(path))) {
            return read(id, name, in);
        } catch (UncheckedIOException e) {
            if (ExchangeCsv.isNotUtf8(e)) {
                return notUtf8(name);
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result for a file that is not UTF-8: no row read, one finding saying so and what to do. */
    private static OpenSdgReadResult notUtf8(String file) {
        return new OpenSdgReadResult(OpenSdgCsvParser.newBuilder(file).build(), 0,
                ValidationReport.of(List.of(ExchangeCsv.notUtf8(file))));
    }
}
