package io.github.binhdang.serialization.csv;

import io.github.binhdang.core.validation.ValidationReport;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * The package's CSV text rules, for the module's other formats that are CSV underneath (the DHIS2
 * data value set's CSV form): rows of fields read by the same tokenizer as {@link DatasetCsvReader}
 * (byte order mark skipped, quoted fields, blank rows skipped, an unclosed quote reported and read past)
 * and written with the same quoting as {@link DatasetCsvWriter}. What the fields mean is the caller's
 * business; there is one CSV tokenizer and one CSV quoting rule in the module, here.
 *
 * @implSpec This class is stateless and thread-safe; a {@link RowWriter} is not thread-safe.
 */
public final class CsvRecords {

    private CsvRecords() {
    }

    /** Where the rows go, in file order. */
    public interface Handler {
        /**
         * Takes the first row that has a field that is not blank.
         *
         * @param line   the line it begins on, from 1
         * @param names  its fields, not null
         * @return whether the rows after it are to be read
         */
        boolean header(int line, List<String> names);

        /**
         * Takes a row after the first that has a field that is not blank.
         *
         * @param line    the line it begins on, from 1
         * @param fields  its fields, valid only during the call, not null
         */
        void row(int line, Fields fields);
    }

    /** The fields of one row, valid only during {@link Handler#row(int, Fields)}. */
    public interface Fields {
        /**
         * Returns the number of fields.
         *
         * @return the number, at least 1
         */
        int size();

        /**
         * Returns one field: an unquoted field trimmed, a quoted one as written inside its quotes.
         *
         * @param index  the field's position, from 0
         * @return the field, not null
         * @throws IndexOutOfBoundsException if there is no such field
         */
        String get(int index);
    }

    /**
     * Reads every row of a text, the first to {@link Handler#header}, the others to
     * {@link Handler#row}, and returns what the text itself had wrong: {@code csv.syntax} for an unclosed
     * quote, {@code csv.empty} for a text with no row, as {@link CsvReadResult#report()} describes them.
     *
     * @param text       the text, not null; not closed
     * @param separator  the separator, or {@code '\0'} to find it from the first line
     * @param file       the file's name for the findings' locations, or {@code ""}
     * @param handler    where the rows go, not null
     * @return the findings of the text's syntax, in file order, not null
     * @throws UncheckedIOException if the text cannot be read
     */
    public static ValidationReport read(Reader text, char separator, String file, Handler handler) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(handler, "handler");
        CsvProblems problems = new CsvProblems();
        new CsvTokenizer(problems).read(text, separator, new CsvTokenizer.Rows() {
            private final View view = new View();

            @Override
            public boolean header(int line, List<String> names) {
                return handler.header(line, names);
            }

            @Override
            public void row(int line, CsvTokenizer.Fields fields) {
                view.fields = fields;
                handler.row(line, view);
            }
        });
        return problems.report(file);
    }

    /**
     * Starts writing rows with the package's quoting: a field is quoted only when it holds the separator,
     * a quote or a line break, or starts or ends with a blank.
     *
     * @param out        the writer, not null; not closed
     * @param separator  the separator
     * @return the row writer, not null
     */
    public static RowWriter writer(Writer out, char separator) {
        return new RowWriter(new CsvRows(Objects.requireNonNull(out, "out"), separator));
    }

    /**
     * Starts writing rows for files people open in spreadsheet programs: the package's quoting, and text
     * a spreadsheet would run as a formula neutralised with an apostrophe as {@link DatasetCsvWriter} does
     * (<a href="DatasetCsvWriter.html#formulas">the rule</a>), which every reader of this package takes away
     * again; the fields of number columns are written as they are, so that {@code -3.5} stays a number. A
     * text that itself begins with an apostrophe the readers would take away gets one more, whether
     * neutralising is on or not, so that it reads back as written.
     *
     * @param out            the writer, not null; not closed
     * @param separator      the separator
     * @param neutralise     whether formula-like text is neutralised
     * @param numberColumns  the positions, from 0, of the fields that hold numbers
     * @return the row writer, not null
     */
    public static RowWriter writer(Writer out, char separator, boolean neutralise, int... numberColumns) {
        return new RowWriter(new CsvRows(Objects.requireNonNull(out, "out"), separator, neutralise,
                numberColumns.clone()));
    }

    /**
     * Writes rows, each ended by a line feed.
     *
     * @implNote Not thread-safe: one per text written.
     */
    public static final class RowWriter {
        private final CsvRows rows;

        private RowWriter(CsvRows rows) {
            this.rows = rows;
        }

        /**
         * Writes one row.
         *
         * @param fields  the fields, none null
         * @throws UncheckedIOException if the writer fails
         */
        public void write(String... fields) {
            try {
                rows.write(fields);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class View implements Fields {
        private CsvTokenizer.Fields fields = new CsvTokenizer.Fields();

        @Override
        public int size() {
            return fields.size();
        }

        @Override
        public String get(int index) {
            Objects.checkIndex(index, fields.size());
            return fields.get(index);
        }
    }
}
