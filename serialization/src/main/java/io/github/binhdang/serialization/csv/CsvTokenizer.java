package io.github.binhdang.serialization.csv;

import io.github.binhdang.core.Excerpt;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
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
 *
 * <p>What a row can cost is bounded by the {@link CsvLimits}: a field longer than
 * {@link CsvLimits#maxFieldLength()} is read on to its end without being kept (its first characters
 * and its length make the problem), a row's fields are kept only while it is within
 * {@link CsvLimits#maxRowLength()} characters (looked at every 16 fields and at its end), and the text kept to read again after line breaks inside quotes is at most that long:
 * when it is full, the row is reported and the lines after its first are read again, as after a quote
 * that is not closed. Past {@link CsvLimits#maxRows()} rows after the header the reading stops.
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
    // Issue 20 (hostcsv), the limits: the most characters of a row (and of the text kept to read again) and
    // of a field, and the most rows after the header.
    private final int maxRow;
    private final int maxField;
    private final int maxRows;
    // How many characters of a field are kept: one over the limit, or enough for the problem's excerpt.
    private final int keep;
    // The characters before buf[0], and the row's first character, counted from the start of the text.
    private long offset;
    private long rowStart;
    // Whether the text kept to read again is full: the row stops there and is read again.
    private boolean abort;
    // Whether the row being read is longer than the limit (its fields after that are not kept), the first
    // limit it went over (NONE, FIELD or ROW), and for a field, its column, its start and its length.
    private boolean rowOver;
    private int over;
    private int overColumn;
    private CharSequence overText = "";
    private long overLength;
    private static final int NONE = 0;
    private static final int FIELD = 1;
    private static final int ROW = 2;
    // How many characters of a field over the limit are kept for its problem.
    private static final int KEPT = Excerpt.DEFAULT_LENGTH + 20;

    CsvTokenizer(CsvProblems problems) {
        this(problems, CsvLimits.defaults());
    }

    CsvTokenizer(CsvProblems problems, CsvLimits limits) {
        this.problems = problems;
        this.maxRow = limits.maxRowLength();
        this.maxField = limits.maxFieldLength();
        this.maxRows = limits.maxRows();
        this.keep = Math.max(maxField + 1, KEPT);
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
            offset += pos;
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
        int read = 0;
        while (more()) {
            int rowLine = line;
            rowStart = offset + pos;
            // A new, short-lived holder per row: storing each field's young string into one kept for the
            // whole file would cost a garbage-collector barrier with a memory fence per field.
            Fields values = new Fields();
            capture = null;
            broken = false;
            abort = false;
            rowOver = false;
            over = NONE;
            row(values);
            overRow();
            List<String> names = headerNames;
            StringBuilder captured = capture;
            boolean again = abort || broken || captured != null && names != null && values.size() != names.size();
            if (!again && over == NONE && values.allBlank()) {
                continue;
            }
            if (!header) {
                if (read == maxRows) {
                    problems.tooManyRows(rowLine, maxRows);
                    return;
                }
                read++;
            }
            int before = problems.size();
            if (again) {
                recover(rowLine, names);
            } else if (over != NONE) {
                overLimit(rowLine, names);
                if (header) {
                    // No header, no rows: what is wrong with it is said, and nothing more is read.
                    return;
                }
            } else if (header) {
                header = false;
                headerNames = values.asList();
                if (!rows.header(rowLine, headerNames)) {
                    return;
                }
                continue;
            } else {
                rows.row(rowLine, values);
            }
            if (!header) {
                problems.row(problems.size() > before);
            }
        }
        if (header) {
            problems.empty();
        }
    }

    /** Reports the first limit the row went over. */
    private void overLimit(int rowLine, @Nullable List<String> names) {
        if (over == ROW) {
            problems.rowTooLong(rowLine, offset + pos - rowStart, maxRow, false);
        } else {
            int column = overColumn;
            String name = names != null && column >= 1 && column <= names.size() ? names.get(column - 1).strip() : "";
            problems.fieldTooLong(rowLine, name, column, overText, overLength, maxField);
        }
    }

    /** Notes a field over the limit, the row's first: its column, first characters and length. */
    private void fieldOver(int column, CharSequence start, long length) {
        if (over == NONE) {
            over = FIELD;
            overColumn = column;
            overText = new Cut(start.subSequence(0, Math.min(KEPT, start.length())).toString(), length);
            overLength = length;
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
        if (abort) {
            // The text kept to read again is full: the row is longer than a row may be.
            problems.rowTooLong(rowLine, 0, maxRow, true);
        } else {
            problems.unclosedQuote(rowLine, name, column, captureLine - rowLine);
        }
        offset += pos - captured.length();
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
        int column = 1;
        while (true) {
            // The row's length is looked at every 16 fields and at its end (in rows), which bounds what a row
            // keeps to its limit and 16 fields more, at little cost per field.
            if ((column & 15) == 0) {
                overRow();
            }
            String value = field(column++);
            if (abort) {
                return;
            }
            if (!rowOver) {
                values.add(value);
            }
            if (!more()) {
                return;
            }
            char c = buf[pos];
            if (c == sep) {
                take();
                if (!more()) {
                    if (!rowOver) {
                        values.add("");
                    }
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

    /** Notes whether the row is longer than the limit so far: then its fields after this are not kept. */
    private void overRow() {
        if (!rowOver && offset + pos - rowStart > maxRow) {
            rowOver = true;
            if (over == NONE) {
                over = ROW;
            }
        }
    }

    /** Moves past the character at pos, keeping it when the row's text is being kept. */
    private void take() {
        StringBuilder captured = capture;
        if (captured != null) {
            captured.append(buf[pos]);
            if (captured.length() >= maxRow) {
                abort = true;
            }
        }
        pos++;
    }

    private static boolean isBlank(char c) {
        return c <= ' ' || c >= 0x80 && Character.isWhitespace(c);
    }

    /** Reads one field and stops on the separator or line break after it (or at the end of the text). */
    private String field(int column) throws IOException {
        // The common case: a field that starts with no blank, quote or apostrophe and ends in the buffer
        // within the limit, taken from it as one string.
        int start = pos;
        if (capture == null && start < limit) {
            char first = buf[start];
            if (first != '"' && first != '\'' && !isBlank(first)) {
                for (int i = start; i < limit; i++) {
                    char c = buf[i];
                    if (c == sep || c == '\n' || c == '\r') {
                        if (i - start > maxField) {
                            break;
                        }
                        pos = i;
                        return trimmed(buf, start, i);
                    }
                }
            }
        }
        return anyField(column);
    }

    /** Reads any field, as {@link #field} does. */
    private String anyField(int column) throws IOException {
        // Blanks before the field.
        while (more() && !abort) {
            char c = buf[pos];
            if (c == sep || c == '\n' || c == '\r' || !isBlank(c)) {
                break;
            }
            take();
        }
        if (abort) {
            return "";
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
                    if (i - start > maxField) {
                        fieldOver(column, CharBuffer.wrap(buf, start, i - start), i - start);
                        return "";
                    }
                    return unmarked(trimmed(buf, start, i));
                }
            }
        }
        field.setLength(0);
        long length = unquotedRest(0);
        if (length > maxField) {
            fieldOver(column, field, length);
            return "";
        }
        return unmarked(trimmedEnd(field));
    }

    /** The field without the mark of a formula-like text, if it has one. */
    private static String unmarked(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' ? Formulas.unmark(value) : value;
    }

    /**
     * Appends the unquoted text up to the separator, a line break or the end to {@link #field}, no more than
     * one character over the longest field, and returns the field's length, {@code length} so far and what
     * was read.
     */
    private long unquotedRest(long length) throws IOException {
        long n = length;
        while (more() && !abort) {
            char c = buf[pos];
            if (c == sep || c == '\n' || c == '\r') {
                break;
            }
            if (n++ < keep) {
                field.append(c);
            }
            take();
        }
        return n;
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
        if (capture == null) {
            // The common case: a quoted field on one line, with no doubled quote, closed in the buffer right
            // before a separator or a line break, taken from the buffer as one string.
            int start = pos + 1;
            for (int i = start; i < limit; i++) {
                char c = buf[i];
                if (c == '"') {
                    if (i + 1 < limit && i - start <= maxField) {
                        char next = buf[i + 1];
                        if (next == sep || next == '\n' || next == '\r') {
                            pos = i + 1;
                            return unmarked(new String(buf, start, i - start));
                        }
                    }
                    break;
                }
                if (c == '\n') {
                    break;
                }
            }
        }
        field.setLength(0);
        take();
        boolean spansLines = false;
        // The field's length; past the limit its characters are counted, not kept.
        long length = 0;
        while (true) {
            if (abort) {
                return "";
            }
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
                    if (length++ < keep) {
                        field.append('"');
                    }
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
            if (length++ < keep) {
                field.append(c);
            }
        }
        if (length > maxField) {
            fieldOver(column, field, length);
            field.setLength(0);
        }
        String inQuotes = length > maxField ? "" : field.toString();
        // Blanks after the closing quote, kept if text follows them.
        int blanksFrom = field.length();
        long blankCount = 0;
        while (more() && !abort) {
            char c = buf[pos];
            if (c == sep || c == '\n' || c == '\r' || !isBlank(c)) {
                break;
            }
            if (blankCount++ < keep) {
                field.append(c);
            }
            take();
        }
        if (abort) {
            return "";
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
        long written = unquotedRest((length > maxField ? length : field.length() - blanks.length()) + blankCount);
        if (written > maxField) {
            fieldOver(column, field, written);
            return "";
        }
        return trimmedEnd(field);
    }

    /** A text known by its first characters and its length, for its excerpt. */
    private static final class Cut implements CharSequence {
        private final String start;
        private final long length;

        Cut(String start, long length) {
            this.start = start;
            this.length = length;
        }

        @Override
        public int length() {
            return (int) Math.min(length, Integer.MAX_VALUE);
        }

        @Override
        public char charAt(int index) {
            return start.charAt(index);
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return start.substring(from, to);
        }

        @Override
        public String toString() {
            return start;
        }
    }

    /** The fields of the row being read, in an array that is not cleared or copied as a list would be. */
    static final class Fields {
        private String[] items = new String[16];
        private int size;

        /** Empties the holder for another row (issue 22: TableRows reuses one). */
        void clear() {
            size = 0;
        }

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
