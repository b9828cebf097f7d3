package io.github.binhdang.serialization.csv;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.unit.NumberNotation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes observations as a tidy CSV table, one row per observation, that {@link DatasetCsvReader}
 * reads back to equal observations.
 *
 * <p>The header is {@code indicator,area,period,breakdown,value,numerator,denominator,unit,qualifier,
 * status,source,note}. A breakdown is its text form ({@code _T} for the total), a unit its code, the
 * qualifier and status their names; an absent number, unit, source or note, and a status
 * {@code NOT_GIVEN}, is an empty field.
 * Numbers are written with every digit in the notation chosen (plain {@code 38.89} by default;
 * Vietnamese {@code 38,89}, for which the reader must be told the same notation). A number of
 * negative scale ({@code 1E+3}) is written as the whole number it stands for ({@code 1000}). Fields
 * holding the separator, a quote or a line break, or starting or ending with a space, are quoted.
 * Lines end with a line feed.
 *
 * <h2 id="formulas">Text a spreadsheet would run as a formula</h2>
 * A file written here is opened by people in spreadsheet programs, and a source or note such as
 * {@code =HYPERLINK("http://…","Bấm vào đây")} would open as a live formula (CSV injection). So, by
 * default and as OWASP advises, a text cell that begins with {@code =}, {@code +}, {@code -} or
 * {@code @} (also after blanks, and in their full-width forms), or with a tab or a carriage return, is
 * written quoted with an apostrophe before it: {@code "'=HYPERLINK(""http://…"",""Bấm vào đây"")"},
 * which a spreadsheet shows as text. Numbers are never changed: a value of -3.5 is written
 * {@code -3.5}, a number. {@link DatasetCsvReader} takes the apostrophe away again, so the text reads
 * back as it was; a text that itself begins with an apostrophe followed by another or by such a text
 * ({@code '=1}) is written with one more apostrophe, so that it too reads back unchanged.
 * {@link #withFormulaEscaping(boolean) withFormulaEscaping(false)} writes formula-like text as it is,
 * for a program that reads the file and no spreadsheet opens it.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class DatasetCsvWriter {

    private static final DatasetCsvWriter DEFAULTS = new DatasetCsvWriter(',', NumberNotation.PLAIN, false, true);

    private final char separator;
    private final NumberNotation notation;
    private final boolean bom;
    private final boolean escapeFormulas;

    private DatasetCsvWriter(char separator, NumberNotation notation, boolean bom, boolean escapeFormulas) {
        this.separator = separator;
        this.notation = notation;
        this.bom = bom;
        this.escapeFormulas = escapeFormulas;
    }

    /**
     * Returns the writer with default settings: comma, plain numbers, no byte order mark, formula-like
     * text neutralised.
     *
     * @return the writer, not null
     */
    public static DatasetCsvWriter defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy that separates fields with the given character.
     *
     * @param separator  {@code ','}, {@code ';'}, a tab or {@code '|'}
     * @return the writer, not null
     * @throws InvalidValueException if the separator is none of these
     */
    public DatasetCsvWriter withSeparator(char separator) {
        if (",;\t|".indexOf(separator) < 0) {
            throw new InvalidValueException("DatasetCsvWriter.separator", "'" + separator + "'",
                    "must be ',', ';', a tab or '|'");
        }
        return new DatasetCsvWriter(separator, notation, bom, escapeFormulas);
    }

    /**
     * Returns a copy that writes numbers in a notation, such as {@link NumberNotation#VIETNAMESE}.
     *
     * @param notation  the notation, not null
     * @return the writer, not null
     */
    public DatasetCsvWriter withNotation(NumberNotation notation) {
        return new DatasetCsvWriter(separator, Objects.requireNonNull(notation, "notation"), bom, escapeFormulas);
    }

    /**
     * Returns a copy that starts its bytes with a UTF-8 byte order mark or not. Spreadsheet programs
     * need the mark to see that a file is UTF-8; it is off by default.
     *
     * @param bom  true to write the mark
     * @return the writer, not null
     */
    public DatasetCsvWriter withBom(boolean bom) {
        return new DatasetCsvWriter(separator, notation, bom, escapeFormulas);
    }

    /**
     * Returns a copy that neutralises text a spreadsheet would run as a formula, or not (see
     * <a href="#formulas">the class documentation</a>). It is on by default; switch it off only for a
     * file that a program reads and no person opens in a spreadsheet. Either way
     * {@link DatasetCsvReader} reads every text back as it was.
     *
     * @param escape  true (the default) to write a formula-like text with an apostrophe before it, false
     *                to write it as it is
     * @return the writer, not null
     */
    public DatasetCsvWriter withFormulaEscaping(boolean escape) {
        return new DatasetCsvWriter(separator, notation, bom, escape);
    }

    /**
     * Writes observations, such as a dataset, as UTF-8 bytes.
     *
     * @param observations  the observations, not null
     * @param out           the stream, not null; flushed, not closed
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void write(Iterable<Observation> observations, OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            write(observations, text);
            text.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes observations, such as a dataset, as text. No byte order mark is written to text.
     *
     * @param observations  the observations, not null
     * @param out           the writer, not null; flushed, not closed
     * @throws UncheckedIOException if the writer cannot be written
     */
    public void write(Iterable<Observation> observations, Writer out) {
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(out, "out");
        Writer buffered = out instanceof BufferedWriter ? out : new BufferedWriter(out);
        String[] header = new String[Column.values().length - 4];
        int i = 0;
        for (Column column : Column.values()) {
            if (!isDimension(column)) {
                header[i++] = column.header();
            }
        }
        // The value, numerator and denominator are numbers, written as they are.
        CsvRows rows = new CsvRows(buffered, separator, escapeFormulas, CsvRows.positions(header,
                Column.VALUE.header(), Column.NUMERATOR.header(), Column.DENOMINATOR.header()));
        try {
            rows.write(header);
            for (Observation o : observations) {
                rows.write(new String[] {
                    o.indicator(),
                    o.area(),
                    o.period().toString(),
                    o.breakdown().toString(),
                    number(o.value()),
                    number(o.numerator()),
                    number(o.denominator()),
                    o.unit().map(unit -> unit.code()).orElse(""),
                    o.qualifier().name(),
                    o.status() == ObservationStatus.NOT_GIVEN ? "" : o.status().name(),
                    o.source().orElse(""),
                    o.note().orElse(""),
                });
            }
            buffered.flush(); // and out with it
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates (or replaces) a file and writes observations to it in UTF-8.
     *
     * @param observations  the observations, not null
     * @param file          the file, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(Iterable<Observation> observations, Path file) {
        Objects.requireNonNull(file, "file");
        try (OutputStream out = Files.newOutputStream(file)) {
            write(observations, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isDimension(Column column) {
        return column == Column.SEX || column == Column.AGE_GROUP || column == Column.RESIDENCE
                || column == Column.ETHNICITY;
    }

    private String number(Optional<BigDecimal> value) {
        return value.map(notation::format).orElse("");
    }
}
