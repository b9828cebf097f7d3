package io.github.binhdang.serialization.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits CSV text into rows of fields, each with the line it begins on: a leading byte order mark is
 * skipped, the separator is found from the header line unless given, blank lines and rows of blank
 * fields are skipped. What the fields mean is the {@link Rows}' business.
 *
 * <p>Nothing is changed silently:
 * <ul>
 *   <li>an unquoted field is trimmed of blanks around it; a quoted field is kept exactly, spaces
 *       included;</li>
 *   <li>a field that starts with a quoted word and goes on after the closing quote
 *       ({@code "Báo cáo" số 12}) is read as written, quotes included;</li>
 *   <li>a quote that is not closed on its line, when it makes the row end at the end of the text or
 *       with another number of fields than the header, is {@linkplain CsvProblems#unclosedQuote
 *       reported} on the row's line with the column where it opened, and the text is read again from
 *       the line after it, so that the rows behind one stray quote are read.</li>
 * </ul>
 * A quoted field with a line break in a row of the header's width is kept as one field.
 *
 * <p>A text with no row at all is an {@linkplain CsvProblems#empty empty file}.
 *
 * <p>A field that begins with an apostrophe followed by an apostrophe or a formula-like text is read
 * without that apostrophe, the mark the package's writers put there ({@link Formulas}).
 */
final class CsvTokenizer {

    /** The separators a file may use, in the order preferred when the header has as many of each. */
    static final String SEPARATORS = ",;\t|";

    private static final int BUFFER = 1 << 16;

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
    private Reader in = Reader.nullReader();
    private char[] buf = new char[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private char sep;
    // The line of the character at pos.
    private int line = 1;
    private final StringBuilder field = new StringBuilder();
    // The text of the row being read from just after the first line break inside quotes, kept so that the
    // lines after it can be read again when the quote turns out never to have been closed; null otherwise.
    private @Nullable StringBuilder capture;
    private int captureLine;
    private int captureColumn;
    // Whether a quote of the row being read is not closed where a quoted field may end.
    private boolean broken;
    private @Nullable List<String> headerNames;

    CsvTokenizer(CsvProblems problems) {
        this.problems = problems;
    }

    /**
     * Reads every row of the text into {@code rows}.
     *
     * @param separator  the separator, or {@code '\0'} to find it from the header line
     * @throws UncheckedIOException if the text cannot be read
     */
    void read(Reader text, char separator, Rows rows) {
        this.in = text;
        try {
            fill();
            if (limit > 0 && buf[0] == '\uFEFF') {
                pos = 1;
            }
            sep = separator != '\0' ? separator : detectSeparator();
            rows(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads into the buffer's free end until it is full or the text ends; keeps what is not yet read. */
    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        while (!eof && limit < buf.length) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
    }

    /** Whether there is a character at pos, reading more if needed. */
    private boolean more() throws IOException {
        if (pos < limit) {
            return true;
        }
        if (eof) {
            return false;
        }
        fill();
        return pos < limit;
    }

    /** Finds the separator the header line uses most, outside quotes; a comma when it uses none. */
    private char detectSeparator() {
        int[] counts = new int[SEPARATORS.length()];
        boolean quoted = false;
        for (int i = pos; i < limit; i++) {
            char c = buf[i];
            if (!quoted && (c == '\n' || c == '\r')) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && SEPARATORS.indexOf(c) >= 0) {
                counts[SEPARATORS.indexOf(c)]++;
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return SEPARATORS.charAt(best);
    }

    private void rows(Rows rows) throws IOException {
        boolean header = true;
        while (more()) {
            int rowLine = line;
            // A new, short-lived holder per row: storing each field's young string into one kept for the
            // whole file would cost a garbage-collector barrier with a memory fence per field.
            Fields values = new Fields();
            capture = null;
            broken = false;
            row(values);
            List<String> names = headerNames;
            StringBuilder captured = capture;
            if (broken || captured != null && names != null && values.size() != names.size()) {
                recover(rowLine, names);
                continue;
            }
            if (values.allBlank()) {
                continue;
            }
            if (header) {
                header = false;
                headerNames = values.asList();
                if (!rows.header(rowLine, headerNames)) {
                    return;
                }
            } else {
                rows.row(rowLine, values);
            }
        }
        if (header) {
            problems.empty();
        }
    }

    /**
     * Reports the row whose quote was not closed and puts the text after the line break inside the quote
     * back in front of what is left, to be read again as rows.
     */
    private void recover(int rowLine, @Nullable List<String> names) {
        StringBuilder captured = capture;
        int column = captureColumn;
        String name = names != null && column >= 1 && column <= names.size() ? names.get(column - 1).strip() : "";
        if (captured == null) {
            // The quote opened on the last line: nothing after it to read again.
            problems.unclosedQuote(rowLine, name, column, 1);
            return;
        }
        problems.unclosedQuote(rowLine, name, column, captureLine - rowLine);
        char[] rest = new char[Math.max(BUFFER, captured.length() + limit - pos)];
        captured.getChars(0, captured.length(), rest, 0);
        System.arraycopy(buf, pos, rest, captured.length(), limit - pos);
        limit = captured.length() + limit - pos;
        pos = 0;
        buf = rest;
        line = captureLine;
        capture = null;
    }

    /** Reads one row's fields, up to and past its line break or to the end of the text. */
    private void row(Fields values) throws IOException {
        while (true) {
            String value = field(values.size() + 1);
            values.add(value);
            if (!more()) {
                return;
            }
            char c = buf[pos];
            if (c == sep) {
                take();
                if (!more()) {
                    values.add("");
                    return;
                }
                continue;
            }
            // The field ended at a line break.
            take();
            if (c == '\r' && more() && buf[pos] == '\n') {
                take();
            }
            line++;
            return;
        }
    }

    /** Moves past the character at pos, keeping it when the row's text is being kept. */
    private void take() {
        StringBuilder captured = capture;
        if (captured != null) {
            captured.append(buf[pos]);
        }
        pos++;
    }

    private static boolean isBlank(char c) {
        return c <= ' ' || c >= 0x80 && Character.isWhitespace(c);
    }

    /** Reads one field and stops on the separator or line break after it (or at the end of the text). */
    private String field(int column) throws IOException {
        // Blanks before the field.
        while (more()) {
            char c = buf[pos];
            if (c == sep || c == '\n' || c == '\r' || !isBlank(c)) {
                break;
            }
            take();
        }
        if (more() && buf[pos] == '"') {
            return quoted(column);
        }
        if (capture == null) {
            // The common case: the field ends in the buffer, and is taken from it as one string.
            int start = pos;
            for (int i = start; i < limit; i++) {
                char c = buf[i];
                if (c == sep || c == '\n' || c == '\r') {
                    pos = i;
                    return unmarked(trimmed(buf, start, i));
                }
            }
        }
        field.setLength(0);
        unquotedRest();
        return unmarked(trimmedEnd(field));
    }

    /** The field without the mark of a formula-like text, if it has one. */
    private static String unmarked(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' ? Formulas.unmark(value) : value;
    }

    /** Appends the unquoted text up to the separator, a line break or the end to {@link #field}. */
    private void unquotedRest() throws IOException {
        while (more()) {
            char c = buf[pos];
            if (c == sep || c == '\n' || c == '\r') {
                return;
            }
            field.append(c);
            take();
        }
    }

    private static String trimmed(char[] chars, int start, int end) {
        int to = end;
        while (to > start && isBlank(chars[to - 1])) {
            to--;
        }
        return to == start ? "" : new String(chars, start, to - start);
    }

    private static String trimmedEnd(StringBuilder text) {
        int to = text.length();
        while (to > 0 && isBlank(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(0, to);
    }

    /** Reads a field that starts with a quote, at pos. */
    private String quoted(int column) throws IOException {
        field.setLength(0);
        take();
        boolean spansLines = false;
        while (true) {
            if (!more()) {
                // The text ends inside the quotes.
                broken = true;
                if (capture == null) {
                    captureColumn = column;
                }
                return field.toString();
            }
            char c = buf[pos];
            take();
            if (c == '"') {
                if (more() && buf[pos] == '"') {
                    take();
                    field.append('"');
                    continue;
                }
                break;
            }
            if (c == '\n') {
                line++;
                spansLines = true;
                if (capture == null) {
                    capture = new StringBuilder();
                    captureLine = line;
                    captureColumn = column;
                }
            }
            field.append(c);
        }
        String inQuotes = field.toString();
        // Blanks after the closing quote, kept if text follows them.
        int blanksFrom = field.length();
        while (more()) {
            char c = buf[pos];
            if (c == sep || c == '\n' || c == '\r' || !isBlank(c)) {
                break;
            }
            field.append(c);
            take();
        }
        if (!more() || buf[pos] == sep || buf[pos] == '\n' || buf[pos] == '\r') {
            return unmarked(inQuotes);
        }
        // Text after the closing quote: the quotes were part of what was written.
        if (spansLines) {
            broken = true;
        }
        String blanks = field.substring(blanksFrom);
        field.setLength(0);
        field.append('"').append(inQuotes.replace("\"", "\"\"")).append('"').append(blanks);
        unquotedRest();
        return trimmedEnd(field);
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
