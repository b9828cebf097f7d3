package io.github.binhdang.serialization.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
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
 *
 * <p>With more than one processor the parser runs on a thread of its own and hands the rows over in
 * order; the rows, problems and their order are those of reading on the calling thread.
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
        BufferedReader text = new BufferedReader(in, HEADER_LOOKAHEAD);
        char sep;
        try {
            text.mark(1);
            if (text.read() != '\uFEFF') {
                text.reset();
            }
            sep = separator != '\0' ? separator : detectSeparator(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(sep);
        if (Runtime.getRuntime().availableProcessors() > 1) {
            piped(text, schema, rows);
        } else {
            report(tokenize(text, schema, rows));
        }
    }

    /**
     * Tokenises the text into the rows and says how the text ended. An exception the rows throw is
     * thrown on; one of the text's own (unreadable, or not CSV) is the outcome.
     */
    private End tokenize(BufferedReader text, CsvSchema schema, Rows rows) {
        try (JsonParser p = CSV.reader(schema).createParser(text)) {
            return rows(p, rows) ? End.READ : End.EMPTY;
        } catch (JacksonIOException e) {
            return new End(new UncheckedIOException(e.getCause()), 0, null);
        } catch (StreamReadException e) {
            // The row that could not be read begins where its first field was; failing that, where the parser stopped.
            return new End(null, line > 0 ? line : lineOf(e), e.getOriginalMessage());
        }
    }

    /** Reports how the text ended: a failure is thrown, a syntax problem or an empty file reported. */
    private void report(End end) {
        if (end.failure != null) {
            if (end.failure instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) end.failure;
        }
        if (end.detail != null) {
            problems.syntax(end.line, end.detail);
        } else if (end == End.EMPTY) {
            problems.empty();
        }
    }

    /**
     * Tokenises on a thread of its own while this one maps the rows, handed over in order a few hundred at
     * a time: Jackson's tokenising (a string per field) is about half the work of reading a file, and
     * the other half need not wait for it. The rows, the problems and their order are those of reading on
     * one thread; the tokenising thread stops when the rows refuse the header or throw.
     */
    private void piped(BufferedReader text, CsvSchema schema, Rows rows) {
        Handoff handoff = new Handoff();
        Thread worker = new Thread(() -> {
            End end;
            try {
                end = tokenize(text, schema, handoff);
            } catch (Stopped stopped) {
                return;
            } catch (RuntimeException | Error e) {
                end = new End(e, 0, null);
            }
            handoff.finish(end);
        }, "binhdang-csv-tokenizer");
        worker.setDaemon(true);
        worker.start();
        try {
            End end = handoff.deliver(rows);
            if (end != null) {
                report(end);
            }
        } finally {
            handoff.stop();
            boolean interrupted = false;
            while (true) {
                try {
                    worker.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** How a text ended: read to its end, or not CSV, or unreadable. */
    private static final class End {
        static final End READ = new End(null, 0, null);
        static final End EMPTY = new End(null, 0, null);

        final @Nullable Throwable failure;
        final int line;
        final @Nullable String detail;

        End(@Nullable Throwable failure, int line, @Nullable String detail) {
            this.failure = failure;
            this.line = line;
            this.detail = detail;
        }
    }

    /** Thrown on the tokenising thread once the mapping thread wants no more rows. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    /** Rows tokenised on one thread, in batches, for another to take in order. */
    private static final class Handoff implements Rows {
        private static final int BATCH = 256;
        private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(8);
        private volatile boolean stopped;
        private Batch current = new Batch();

        /** A run of rows; the first batch holds the header alone, the last says how the text ended. */
        private static final class Batch {
            final int[] lines = new int[BATCH];
            final Fields[] rows = new Fields[BATCH];
            int size;
            int headerLine;
            @Nullable List<String> header;
            @Nullable End end;
        }

        @Override
        public boolean header(int line, List<String> names) {
            Batch b = new Batch();
            b.headerLine = line;
            b.header = names;
            put(b);
            return true;
        }

        @Override
        public void row(int line, Fields fields) {
            Batch b = current;
            b.lines[b.size] = line;
            b.rows[b.size++] = fields;
            if (b.size == BATCH) {
                put(b);
                current = new Batch();
            }
        }

        void finish(End end) {
            Batch b = current;
            b.end = end;
            try {
                put(b);
            } catch (Stopped stopped) {
                // Nobody is taking the rows any more.
            }
        }

        private void put(Batch b) {
            if (stopped) {
                throw new Stopped();
            }
            try {
                while (!queue.offer(b, 10, TimeUnit.MILLISECONDS)) {
                    if (stopped) {
                        throw new Stopped();
                    }
                }
            } catch (InterruptedException e) {
                throw new Stopped();
            }
        }

        /** Hands every row over in order; returns how the text ended, or null when the header was refused. */
        @Nullable End deliver(Rows rows) {
            while (true) {
                Batch b;
                try {
                    b = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new UncheckedIOException(new InterruptedIOException("interrupted while reading CSV"));
                }
                List<String> header = b.header;
                if (header != null && !rows.header(b.headerLine, header)) {
                    return null;
                }
                for (int i = 0; i < b.size; i++) {
                    rows.row(b.lines[i], b.rows[i]);
                }
                if (b.end != null) {
                    return b.end;
                }
            }
        }

        void stop() {
            stopped = true;
            queue.clear();
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

    /** Hands the rows over; returns whether there was a header. */
    private boolean rows(JsonParser p, Rows rows) {
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
                        return true;
                    }
                } else if (!values.allBlank()) {
                    rows.row(rowLine, values);
                }
            }
        }
        return !header;
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
