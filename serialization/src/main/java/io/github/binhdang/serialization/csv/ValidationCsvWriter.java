package io.github.binhdang.serialization.csv;

import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Location;
import io.github.binhdang.core.validation.ValidationReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Writes a validation report as one CSV table, a row per finding in the report's sorted order
 * ({@link ValidationReport#sorted()}), for the people who correct a submission in a spreadsheet.
 *
 * <p>The header is {@value #HEADER}: where the finding is (the file, its line and column from 1 when
 * known, the area, indicator and period of the observation, the subject and path of the location), the
 * rule's code, the severity's name, the value as written, what the rule requires, and the message in
 * Vietnamese and English. An absent part is an empty field. Lines end with a line feed, text is UTF-8.
 *
 * <p>The value as written comes from the submission, so, as {@link DatasetCsvWriter} does
 * <a href="DatasetCsvWriter.html#formulas">by default</a>, a text cell that a spreadsheet would run as
 * a formula is written quoted with an apostrophe before it ({@code '=HYPERLINK(…)}); line and column
 * are written as the numbers they are.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ValidationCsvWriter {

    /** The header line's columns, in order. */
    public static final String HEADER = "file,line,column,area,indicator,period,subject,path,code,severity,value,"
            + "rule,message_vi,message_en";

    private static final String[] COLUMNS = HEADER.split(",");
    private static final int[] NUMBER_COLUMNS = CsvRows.positions(COLUMNS, "line", "column");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ValidationCsvWriter DEFAULTS = new ValidationCsvWriter();

    private ValidationCsvWriter() {
    }

    /**
     * Returns the writer: comma separated, formula-like text neutralised.
     *
     * @return the writer, not null
     */
    public static ValidationCsvWriter defaults() {
        return DEFAULTS;
    }

    /**
     * Writes a report as text.
     *
     * @param report  the report, not null
     * @param out     the writer, not null; flushed, not closed
     * @throws UncheckedIOException if the writer cannot be written
     */
    public void write(ValidationReport report, Writer out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        Writer buffered = out instanceof BufferedWriter ? out : new BufferedWriter(out);
        CsvRows rows = new CsvRows(buffered, ',', true, NUMBER_COLUMNS);
        try {
            rows.write(COLUMNS);
            for (Finding f : report.sorted()) {
                rows.write(fields(f));
            }
            buffered.flush(); // and out with it
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a report as UTF-8 bytes.
     *
     * @param report  the report, not null
     * @param out     the stream, not null; flushed, not closed
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void write(ValidationReport report, OutputStream out) {
        Objects.requireNonNull(out, "out");
        write(report, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /**
     * Creates (or replaces) a file and writes a report to it in UTF-8.
     *
     * @param report  the report, not null
     * @param file    the file, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(ValidationReport report, Path file) {
        Objects.requireNonNull(file, "file");
        try (OutputStream out = Files.newOutputStream(file)) {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] fields(Finding f) {
        Location l = f.location();
        return new String[] {
            l.file().orElse(""),
            number(l.line()),
            number(l.column()),
            l.area().orElse(""),
            l.indicator().orElse(""),
            l.period().map(Object::toString).orElse(""),
            l.subject(),
            l.path(),
            f.code(),
            f.severity().name(),
            f.value(),
            f.rule(),
            f.message(VIETNAMESE),
            f.message(Locale.ENGLISH),
        };
    }

    private static String number(OptionalInt n) {
        return n.isPresent() ? Integer.toString(n.getAsInt()) : "";
    }
}
