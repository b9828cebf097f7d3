package io.github.binhdang.serialization.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Splits CSV text into rows of fields, each with the line it begins on, with Jackson's CSV parser: a
 * leading byte order mark is skipped, the separator is found from the header line unless given, blank
 * lines and rows of blank fields are skipped. What the fields mean is the {@link Rows}' business.
 *
 * <p>Text that cannot be read on (a quote never closed) ends the reading with a
 * {@linkplain CsvProblems#syntax syntax problem} on the line of the row it was in; a text with no row at
 * all is an {@linkplain CsvProblems#empty empty file}.
 */
final class CsvTokenizer {

    /** The separators a file may use, in the order preferred when the header has as many of each. */
    static final String SEPARATORS = ",;\t|";

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.SKIP_EMPTY_LINES).build();
    private static final int HEADER_LOOKAHEAD = 1 << 16;

    /** Where the rows go, in file order. */
    interface Rows {
        /**
         * Takes the header, the first row.
         *
         * @return whether the rows after it can be read
         */
        boolean header(int line, List<String> names);

        /** Takes a row after the header that has a field that is not blank. */
        void row(int line, Fields fields);
    }

    private final CsvProblems problems;
    // The line of the row being read, -1 before its first field.
    private int line = -1;

    CsvTokenizer(CsvProblems problems) {
        this.problems = problems;
    }

    /**
     * Reads every row of the text into {@code rows}.
     *
     * @param separator  the separator, or {@code '\0'} to find it from the header line
     * @throws UncheckedIOException if the text cannot be read
     */
    void read(Reader in, char separator, Rows rows) {
        try {
            BufferedReader text = new BufferedReader(in, HEADER_LOOKAHEAD);
            text.mark(1);
            if (text.read() != '\uFEFF') {
                text.reset();
            }
            char sep = separator != '\0' ? separator : detectSeparator(text);
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(sep);
            try (JsonParser p = CSV.reader(schema).createParser(text)) {
                rows(p, rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        } catch (StreamReadException e) {
            // The row that could not be read begins where its first field was; failing that, where the parser stopped.
            problems.syntax(line > 0 ? line : lineOf(e), e.getOriginalMessage());
        }
    }

    private static int lineOf(JacksonException e) {
        return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
    }

    /** Finds the separator the header line uses most, outside quotes; a comma when it uses none. */
    private static char detectSeparator(BufferedReader text) throws IOException {
        text.mark(HEADER_LOOKAHEAD);
        int[] counts = new int[SEPARATORS.length()];
        boolean quoted = false;
        for (int i = 0; i < HEADER_LOOKAHEAD; i++) {
            int c = text.read();
            if (c < 0 || !quoted && (c == '\n' || c == '\r')) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && SEPARATORS.indexOf(c) >= 0) {
                counts[SEPARATORS.indexOf(c)]++;
            }
        }
        text.reset();
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return SEPARATORS.charAt(best);
    }

    private void rows(JsonParser p, Rows rows) {
        Fields values = new Fields();
        int rowLine = -1;
        boolean header = true;
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            if (t == JsonToken.START_ARRAY) {
                // A new, short-lived holder per row: storing each field's young string into one kept for the
                // whole file would cost a garbage-collector barrier with a memory fence per field.
                values = new Fields();
                rowLine = -1;
                line = -1;
            } else if (t == JsonToken.VALUE_STRING) {
                if (rowLine < 0) {
                    rowLine = p.currentTokenLocation().getLineNr();
                    line = rowLine;
                }
                values.add(p.getString());
            } else if (t == JsonToken.END_ARRAY && rowLine > 0) {
                if (header) {
                    header = false;
                    if (!rows.header(rowLine, values.asList())) {
                        return;
                    }
                } else if (!values.allBlank()) {
                    rows.row(rowLine, values);
                }
            }
        }
        if (header) {
            problems.empty();
        }
    }

    /** The fields of the row being read, in an array that is not cleared or copied as a list would be. */
    static final class Fields {
        private String[] items = new String[16];
        private int size;

        void add(String field) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = field;
        }

        String get(int i) {
            return items[i];
        }

        int size() {
            return size;
        }

        List<String> asList() {
            return Arrays.asList(Arrays.copyOf(items, size));
        }

        /** Whether every field is blank (such a row is skipped). */
        boolean allBlank() {
            for (int i = 0; i < size; i++) {
                if (!items[i].isBlank()) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether any field holds the character, looked at once in the order read. (A field with only
         * ASCII or Latin-1 characters cannot hold one above U+00FF, which {@code indexOf} knows without a
         * scan.)
         */
        boolean anyHolds(char c) {
            for (int i = 0; i < size; i++) {
                if (items[i].indexOf(c) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
