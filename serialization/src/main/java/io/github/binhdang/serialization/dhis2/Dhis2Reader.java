package io.github.binhdang.serialization.dhis2;

import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.ValidationReport;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Reads DHIS2 data value sets, JSON or CSV, into a dataset through a {@link Dhis2CodeMap}, streaming:
 * one data value at a time, never the whole set in memory besides the dataset itself. Every data value
 * ends as an observation or as a finding located by its index in the set, its line and column, and
 * its property; reading never stops at a bad data value. Each observation keeps its data value's index
 * as its record ({@link io.github.binhdang.core.data.SourcePosition#record()}), so that a
 * {@link io.github.binhdang.core.validation.DatasetValidator DatasetValidator}'s finding on the dataset has
 * the index of the data value as written, counting those that ended as findings. See the
 * {@linkplain io.github.binhdang.serialization.dhis2 package documentation} for the forms, the comment
 * and the findings.
 *
 * <pre>
 * Dhis2ReadResult read = Dhis2Reader.of(codeMap).readJson(reader);
 * Dataset dataset = read.dataset();
 * read.report().findings().forEach(f -&gt; System.out.println(f.message(Locale.forLanguageTag("vi"))));
 * </pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Dhis2Reader {

    private final Dhis2CodeMap map;
    private final List<Unit> units;
    private final String file;

    private Dhis2Reader(Dhis2CodeMap map, List<Unit> units, String file) {
        this.map = map;
        this.units = units;
        this.file = file;
    }

    /**
     * Obtains a reader that maps codes through a code map.
     *
     * @param map  the code map, not null
     * @return the reader, not null
     */
    public static Dhis2Reader of(Dhis2CodeMap map) {
        return new Dhis2Reader(Objects.requireNonNull(map, "map"), List.of(), "");
    }

    /**
     * Returns a copy that also knows the application's own units, named by code in comments.
     *
     * @param units  the units, not null
     * @return the reader, not null
     */
    public Dhis2Reader withUnits(List<Unit> units) {
        return new Dhis2Reader(map, List.copyOf(units), file);
    }

    /**
     * Returns a copy whose findings and dataset name the file read.
     *
     * @param name  the file's name, such as {@code son-la.json}, or {@code ""} for none
     * @return the reader, not null
     */
    public Dhis2Reader withFileName(String name) {
        return new Dhis2Reader(map, units, Objects.requireNonNull(name, "name"));
    }

    /**
     * Reads the JSON form.
     *
     * @param text  the text, not null; not closed
     * @return the dataset and findings, not null
     * @throws UncheckedIOException if the text cannot be read
     */
    public Dhis2ReadResult readJson(Reader text) {
        Objects.requireNonNull(text, "text");
        Dhis2Mapping mapping = new Dhis2Mapping(map, units, file);
        new Dhis2JsonParser(mapping, file).read(text);
        return result(mapping, ValidationReport.empty());
    }

    /**
     * Reads the JSON form from UTF-8 bytes.
     *
     * @param in  the bytes, not null; not closed
     * @return the dataset and findings, not null
     * @throws UncheckedIOException if the bytes cannot be read
     */
    public Dhis2ReadResult readJson(InputStream in) {
        Objects.requireNonNull(in, "in");
        Dhis2Mapping mapping = new Dhis2Mapping(map, units, file);
        new Dhis2JsonParser(mapping, file).read(in);
        return result(mapping, ValidationReport.empty());
    }

    /**
     * Reads the CSV form.
     *
     * @param text  the text, not null; not closed
     * @return the dataset and findings, not null
     * @throws UncheckedIOException if the text cannot be read
     */
    public Dhis2ReadResult readCsv(Reader text) {
        Objects.requireNonNull(text, "text");
        Dhis2Mapping mapping = new Dhis2Mapping(map, units, file);
        ValidationReport syntax = new Dhis2CsvParser(mapping, file).read(text);
        return result(mapping, syntax);
    }

    /**
     * Reads the CSV form from UTF-8 bytes.
     *
     * @param in  the bytes, not null; not closed
     * @return the dataset and findings, not null
     * @throws UncheckedIOException if the bytes cannot be read
     */
    public Dhis2ReadResult readCsv(InputStream in) {
        return readCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * Reads either form for the importer; each row of the dataset keeps its data value's number as its
     * record ({@link io.github.binhdang.core.data.SourcePosition#record()}).
     */
    Dhis2ReadResult read(Reader text, boolean json) {
        Dhis2Mapping mapping = new Dhis2Mapping(map, units, file);
        ValidationReport syntax = ValidationReport.empty();
        if (json) {
            new Dhis2JsonParser(mapping, file).read(text);
        } else {
            syntax = new Dhis2CsvParser(mapping, file).read(text);
        }
        return result(mapping, syntax);
    }

    private static Dhis2ReadResult result(Dhis2Mapping mapping, ValidationReport syntax) {
        List<Finding> all = new ArrayList<>(mapping.findings());
        all.addAll(syntax.findings());
        // In file order: by line, findings of one line in the order found.
        all.sort(Comparator.comparingInt(f -> f.location().line().orElse(Integer.MAX_VALUE)));
        return new Dhis2ReadResult(mapping.dataset(), mapping.dataValues(), ValidationReport.of(all));
    }
}
