package io.github.binhdang.serialization.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the rows of the package's CSV writers: fields joined by the separator, a line feed after
 * each row, and a field quoted only when it needs it.
 *
 * <p>A field is quoted when it holds the separator, a quote, a line feed or a carriage return, or when
 * it starts or ends with a space or a control character (code 32 or below), so that a reader that
 * trims fields keeps them; a quote inside a quoted field is doubled. An empty field is written empty.
 * This is the output of Jackson's CSV writer with {@code STRICT_CHECK_FOR_QUOTING} and
 * {@code QUOTE_STRINGS_WITH_LEADING_TRAILING_WHITESPACE} (a test holds the two equal), written here
 * because that feature is missing from Jackson 3.1, which Spring Boot 4.0 manages.
 *
 * <p>Rows for people's spreadsheets neutralise text a spreadsheet would take as a formula
 * ({@link Formulas}): such a text is written quoted with an apostrophe before it, and so is a text
 * that begins with an apostrophe the reader would take away; the cells of number columns are written as
 * they are, so that {@code -3.5} stays a number.
 *
 * <p>Not thread-safe: one instance per write.
 */
final class CsvRows {

    private final Writer out;
    private final char separator;
    private final StringBuilder line = new StringBuilder(256);
    // Whether formula-like text is neutralised; the fields, by position, that hold numbers.
    private final boolean neutralise;
    private final boolean[] numbers;
    private final boolean marks;

    /**
     * Starts rows on a writer that writes each field as it is, quoted where needed: no text is marked.
     *
     * @param out        the writer, not null; written a row at a time
     * @param separator  the field separator
     */
    CsvRows(Writer out, char separator) {
        this.out = out;
        this.separator = separator;
        this.neutralise = false;
        this.numbers = new boolean[0];
        this.marks = false;
    }

    /**
     * Starts rows on a writer whose text fields are marked as {@link Formulas} says: neutralised when
     * formula-like (if asked), and given one more apostrophe when the reader would take one away.
     *
     * @param out            the writer, not null; written a row at a time
     * @param separator      the field separator
     * @param neutralise     whether formula-like text is neutralised
     * @param numberColumns  the positions, from 0, of the fields that hold numbers, written as they are
     */
    CsvRows(Writer out, char separator, boolean neutralise, int... numberColumns) {
        this.out = out;
        this.separator = separator;
        this.neutralise = neutralise;
        int size = 0;
        for (int column : numberColumns) {
            size = Math.max(size, column + 1);
        }
        this.numbers = new boolean[size];
        for (int column : numberColumns) {
            numbers[column] = true;
        }
        this.marks = true;
    }

    /**
     * Returns the positions of named columns in a header, so that a writer names its number columns
     * instead of counting them.
     *
     * @param header  the header's names, in order
     * @param names   the names looked for
     * @return their positions, from 0, in the order of {@code names}
     * @throws IllegalStateException if a name is not in the header (a writer's own mistake)
     */
    static int[] positions(String[] header, String... names) {
        List<String> columns = List.of(header);
        int[] positions = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            positions[i] = columns.indexOf(names[i]);
            if (positions[i] < 0) {
                throw new IllegalStateException("No column " + names[i] + " in the header " + columns);
            }
        }
        return positions;
    }

    /**
     * Writes one row.
     *
     * @param fields  the fields, none null
     * @throws IOException if the writer fails
     */
    void write(String... fields) throws IOException {
        line.setLength(0);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(separator);
            }
            String field = fields[i];
            if (marks && !(i < numbers.length && numbers[i]) && Formulas.needsMark(field, neutralise)) {
                appendQuoted("'" + field);
            } else {
                append(field);
            }
        }
        line.append('\n');
        out.append(line);
    }

    private void append(String field) {
        if (!needsQuotes(field, separator)) {
            line.append(field);
            return;
        }
        appendQuoted(field);
    }

    private void appendQuoted(String field) {
        line.append('"');
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    /**
     * Tells whether a field must be quoted.
     *
     * @param field      the field
     * @param separator  the separator
     * @return true if it must
     */
    static boolean needsQuotes(String field, char separator) {
        int n = field.length();
        if (n == 0) {
            return false;
        }
        if (field.charAt(0) <= ' ' || field.charAt(n - 1) <= ' ') {
            return true;
        }
        for (int i = 0; i < n; i++) {
            char c = field.charAt(i);
            if (c == separator || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
