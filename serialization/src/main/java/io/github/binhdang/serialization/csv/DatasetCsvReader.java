package io.github.binhdang.serialization.csv;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.unit.Unit;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
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
 * Reads a tidy CSV table of observations, one row per observation, into a dataset and a list of
 * problems. The columns are described in the {@linkplain io.github.binhdang.serialization.csv package
 * documentation}.
 *
 * <p>Reading never stops at a bad row. Each field that cannot be read (a number {@code 12,3,4}, a
 * period {@code 2022-Q5}, an unknown qualifier), each row that cannot be an observation (no value,
 * the same key as an earlier row) and each unusable header column becomes a {@link CsvProblem} with
 * its line, column and value, and the row is left out; every other row is read. Only a header that
 * lacks a required column, names one twice, or an empty file stops the rows from being read, and
 * that too is reported as problems, not thrown.
 *
 * <pre>
 * CsvReadResult result = DatasetCsvReader.defaults()
 *         .withNotation(NumberNotation.VIETNAMESE)   // 38,89 and 125.525
 *         .read(Path.of("son-la-2017.csv"));
 * result.dataset();    // the good rows
 * result.problems();   // line, column, value and message of each bad one
 * </pre>
 *
 * <p>Text is UTF-8, with or without a byte order mark; a field with bytes that are not UTF-8 (a file
 * saved in another encoding) is a problem of its row. The separator is a comma or a semicolon, found from the header line
 * (whichever it has more of) unless {@linkplain #withSeparator(char) configured}; fields holding the
 * separator, quotes or line breaks are quoted with {@code "} and quotes doubled. Blank lines and rows
 * whose fields are all empty are skipped. Text is put in Unicode NFC.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class DatasetCsvReader {

    private static final DatasetCsvReader DEFAULTS = new DatasetCsvReader('\0', NumberNotation.PLAIN, List.of());
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.SKIP_EMPTY_LINES).build();
    private static final int HEADER_LOOKAHEAD = 1 << 16;
    private static final String SEPARATORS = ",;\t|";
    private static final char REPLACEMENT = '\uFFFD';
    private static final Column[] COLUMNS = Column.values();
    // Distinct texts remembered per column; a column with more (free text, say) is parsed every time.
    private static final int MEMO_LIMIT = 4096;
    // At most this many rows are made room for before reading; a bigger file grows its columns as it goes.
    private static final int MAX_EXPECTED_ROWS = 1 << 22;

    private final char separator;
    private final NumberNotation notation;
    private final List<Unit> units;

    private DatasetCsvReader(char separator, NumberNotation notation, List<Unit> units) {
        this.separator = separator;
        this.notation = notation;
        this.units = units;
    }

    /**
     * Returns the reader with default settings: separator found from the header, plain numbers
     * ({@code 38.89}), built-in units only.
     *
     * @return the reader, not null
     */
    public static DatasetCsvReader defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy that uses the given separator instead of finding it from the header.
     *
     * @param separator  the separator: {@code ','}, {@code ';'}, a tab or {@code '|'}
     * @return the reader, not null
     * @throws InvalidValueException if the separator is none of these
     */
    public DatasetCsvReader withSeparator(char separator) {
        if (SEPARATORS.indexOf(separator) < 0) {
            throw new InvalidValueException("DatasetCsvReader.separator", "'" + separator + "'",
                    "must be ',', ';', a tab or '|'");
        }
        return new DatasetCsvReader(separator, notation, units);
    }

    /**
     * Returns a copy that reads numbers in a notation: {@link NumberNotation#VIETNAMESE} for files
     * that write {@code 38,89} and {@code 125.525}.
     *
     * @param notation  the notation, not null
     * @return the reader, not null
     */
    public DatasetCsvReader withNotation(NumberNotation notation) {
        return new DatasetCsvReader(separator, Objects.requireNonNull(notation, "notation"), units);
    }

    /**
     * Returns a copy that also knows an application's own units, found by code or symbol before the
     * built-in ones.
     *
     * @param units  the units, not null
     * @return the reader, not null
     */
    public DatasetCsvReader withUnits(Collection<Unit> units) {
        return new DatasetCsvReader(separator, notation, List.copyOf(units));
    }

    /**
     * Reads a table from bytes in UTF-8, with or without a byte order mark.
     *
     * @param in  the bytes, not null; read to the end, not closed
     * @return the dataset of the good rows and the problems, not null
     * @throws UncheckedIOException if the stream cannot be read
     */
    public CsvReadResult read(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            BufferedInputStream buffered = new BufferedInputStream(in);
            buffered.mark(3);
            byte[] bom = new byte[3];
            int n = buffered.readNBytes(bom, 0, 3);
            if (n != 3 || (bom[0] & 0xFF) != 0xEF || (bom[1] & 0xFF) != 0xBB || (bom[2] & 0xFF) != 0xBF) {
                buffered.reset();
            }
            // Bytes that are not UTF-8 become U+FFFD, which the rows report as problems. The bytes known to be
            // left (a file's or an array's) size the dataset's columns and index, which then need not grow.
            return read(new InputStreamReader(buffered, StandardCharsets.UTF_8), expectedRows(buffered.available()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a table from a file in UTF-8, with or without a byte order mark.
     *
     * @param file  the file, not null
     * @return the dataset of the good rows and the problems, not null
     * @throws UncheckedIOException if the file cannot be read
     */
    public CsvReadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a table from text; a leading byte order mark (U+FEFF) is skipped.
     *
     * @param in  the text, not null; read to the end, not closed
     * @return the dataset of the good rows and the problems, not null
     * @throws UncheckedIOException if the text cannot be read
     */
    public CsvReadResult read(Reader in) {
        return read(in, 0);
    }

    /**
     * A guess of the rows in so many bytes, on the high side (a tidy row of observations seldom takes
     * under 48 bytes), and at most {@link #MAX_EXPECTED_ROWS}, so that a file of wide rows does not make
     * room for far more rows than it has: too few only means the columns grow once more.
     */
    private static int expectedRows(int bytes) {
        return Math.min(bytes / 48, MAX_EXPECTED_ROWS);
    }

    private CsvReadResult read(Reader in, int expectedRows) {
        Objects.requireNonNull(in, "in");
        Run run = new Run(expectedRows);
        try {
            BufferedReader text = new BufferedReader(in, HEADER_LOOKAHEAD);
            text.mark(1);
            if (text.read() != '\uFEFF') {
                text.reset();
            }
            char sep = separator != '\0' ? separator : detectSeparator(text);
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(sep);
            try (JsonParser p = CSV.reader(schema).createParser(text)) {
                run.rows(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        } catch (StreamReadException e) {
            // The row that could not be read begins where its first field was; failing that, where the parser stopped.
            run.problem(run.line > 0 ? run.line : lineOf(e), "", 0, "", "the CSV cannot be read from here on: "
                    + e.getOriginalMessage());
        }
        return new CsvReadResult(run.builder.build(), run.problems);
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

    /** One reading of one file. */
    private final class Run {
        final Dataset.Builder builder;
        final List<CsvProblem> problems = new ArrayList<>();
        // The indicator and area of the row before, by column.
        final @Nullable String[] lastCodes = new String[COLUMNS.length];
        // Each column's field in the row before, as written and as text (NFC, trimmed).
        final @Nullable String[] lastRaw = new String[COLUMNS.length];
        final @Nullable String[] lastText = new String[COLUMNS.length];
        // The line of each observation added, by its position in the builder.
        int[] lines = new int[1024];
        // The first line of each key, made only once a key repeats: the builder finds repeats itself, and
        // a file without any (nearly every file) need not index its keys twice. Keys are kept as small
        // ids of their indicator, area, period and breakdown.
        @Nullable KeyLines firstLines;
        final Ids<String> indicatorIds = new Ids<>(false);
        final Ids<String> areaIds = new Ids<>(false);
        final Ids<ReportingPeriod> periodIds = new Ids<>(true);
        final Ids<Breakdown> breakdownIds = new Ids<>(true);
        // Periods, breakdowns, units, qualifiers and statuses repeat row after row: each text is read once.
        final Memo<ReportingPeriod> periods = new Memo<>(ReportingPeriod::parse);
        final Memo<Breakdown> breakdowns = new Memo<>(Breakdown::parse);
        final Memo<Unit> unitMemo = new Memo<>(this::unit);
        final Memo<Qualifier> qualifiers = new Memo<>(Qualifier::parse);
        final Memo<ObservationStatus> statuses = new Memo<>(DatasetCsvReader::status);
        // The last plain number read.
        long unscaled;
        int scale;
        final Parser<BigDecimal> numbers = notation == NumberNotation.PLAIN ? DatasetCsvReader::plainNumber : notation::parse;
        int line = -1;
        @Nullable String[] names = new String[0];
        int[] index = new int[0];
        int headerSize;
        boolean usable;

        Run(int expectedRows) {
            builder = Dataset.builder(expectedRows);
        }

        void problem(int at, String column, int number, String value, String message) {
            problems.add(new CsvProblem(Math.max(1, at), column, number, value, message));
        }

        void rows(JsonParser p) {
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
                        header(rowLine, values.asList());
                        if (!usable) {
                            return;
                        }
                    } else if (!allBlank(values)) {
                        row(rowLine, values);
                    }
                }
            }
            if (header) {
                problem(1, "", 0, "", "the file is empty: its first line must be a header naming the columns"
                        + " indicator, area, period and value (or numerator)");
            }
        }

        /**
         * Whether any field holds U+FFFD, looked at once in the order read; only then are the columns
         * looked up to name each bad one. (A field with only ASCII or Latin-1 characters cannot hold it,
         * which {@code indexOf} knows without a scan.)
         */
        private boolean hasReplacement(Fields values) {
            for (int i = 0, n = values.size(); i < n; i++) {
                if (values.get(i).indexOf(REPLACEMENT) >= 0) {
                    return true;
                }
            }
            return false;
        }

        private boolean allBlank(Fields values) {
            for (int i = 0, n = values.size(); i < n; i++) {
                if (!values.get(i).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        void header(int at, List<String> values) {
            Column[] all = Column.values();
            index = new int[all.length];
            Arrays.fill(index, -1);
            names = new String[all.length];
            headerSize = values.size();
            usable = true;
            for (int i = 0; i < values.size(); i++) {
                String name = nfc(values.get(i)).strip();
                Optional<Column> column = Column.of(name);
                if (column.isEmpty()) {
                    problem(at, name, i + 1, name, "unknown column '" + name + "' is not read; the columns are "
                            + columnList());
                    continue;
                }
                int ordinal = column.get().ordinal();
                if (index[ordinal] >= 0) {
                    problem(at, name, i + 1, name, "column '" + column.get().header() + "' is given twice, as column "
                            + (index[ordinal] + 1) + " and column " + (i + 1));
                    usable = false;
                    continue;
                }
                index[ordinal] = i;
                names[ordinal] = name;
            }
            String present = String.join(", ", values);
            for (Column required : new Column[] {Column.INDICATOR, Column.AREA, Column.PERIOD}) {
                if (index[required.ordinal()] < 0) {
                    problem(at, required.header(), 0, "", "missing required column '" + required.header()
                            + "'; the header has: " + present);
                    usable = false;
                }
            }
            if (index[Column.VALUE.ordinal()] < 0 && index[Column.NUMERATOR.ordinal()] < 0) {
                problem(at, Column.VALUE.header(), 0, "", "missing required column 'value' (or 'numerator'):"
                        + " a row needs a value or its numerator; the header has: " + present);
                usable = false;
            }
            if (index[Column.BREAKDOWN.ordinal()] >= 0) {
                for (Column dimension : new Column[] {Column.SEX, Column.AGE_GROUP, Column.RESIDENCE, Column.ETHNICITY}) {
                    if (index[dimension.ordinal()] >= 0) {
                        problem(at, dimension.header(), index[dimension.ordinal()] + 1, "",
                                "column '" + dimension.header() + "' cannot be used with column 'breakdown';"
                                        + " give the breakdown in one way only");
                        usable = false;
                    }
                }
            }
        }

        private String columnList() {
            StringJoiner list = new StringJoiner(", ");
            for (Column column : Column.values()) {
                list.add(column.header());
            }
            return list.toString();
        }

        /** Reads one row; a field that fails is a problem, and a row with any problem is left out. */
        void row(int at, Fields values) {
            int before = problems.size();
            if (values.size() > headerSize) {
                problem(at, "", 0, "", "the row has " + values.size() + " fields but the header has "
                        + headerSize + " columns; is a separator or a decimal comma unquoted?");
                return;
            }
            Cells cells = new Cells(at, values);
            if (hasReplacement(values)) {
                for (Column column : COLUMNS) {
                    if (cells.raw(column).indexOf(REPLACEMENT) >= 0) {
                        cells.fail(column, "is not valid UTF-8 (shown as U+FFFD): save the file as \"CSV UTF-8\"");
                    }
                }
                if (problems.size() > before) {
                    return;
                }
            }
            String indicator = cells.required(Column.INDICATOR);
            String area = cells.required(Column.AREA);
            ReportingPeriod period = cells.read(Column.PERIOD, periods);
            if (period == null && cells.text(Column.PERIOD).isEmpty()) {
                cells.fail(Column.PERIOD, "is empty; every row needs a period");
            }
            Breakdown breakdown = breakdown(cells);
            // A new row each time, for the same reason as the fields' holder.
            Dataset.Row out = Dataset.row();
            boolean hasNumber = number(cells, Column.VALUE, out);
            hasNumber |= number(cells, Column.NUMERATOR, out);
            hasNumber |= number(cells, Column.DENOMINATOR, out);
            Unit unit = cells.read(Column.UNIT, unitMemo);
            Qualifier qualifier = cells.read(Column.QUALIFIER, qualifiers);
            ObservationStatus status = cells.read(Column.STATUS, statuses);
            if (problems.size() > before) {
                return;
            }
            if (!hasNumber) {
                problem(at, names[Column.VALUE.ordinal()] == null ? Column.VALUE.header()
                        : names[Column.VALUE.ordinal()], index[Column.VALUE.ordinal()] + 1, "",
                        "the row has no value, numerator or denominator");
                return;
            }
            // The row goes into the builder as parts, with the checks an Observation would apply: no
            // Observation or key is built per row, and codes handed on as the row before's strings are
            // checked and encoded once.
            String code = Objects.requireNonNull(indicator);
            String place = Objects.requireNonNull(area);
            ReportingPeriod when = Objects.requireNonNull(period);
            out.key(code, place, when, breakdown);
            if (unit != null) {
                out.unit(unit);
            }
            if (qualifier != null) {
                out.qualifier(qualifier);
            }
            if (status != null) {
                out.status(status);
            }
            out.source(cells.text(Column.SOURCE));
            out.note(cells.text(Column.NOTE));
            int position = builder.size();
            try {
                builder.add(out);
            } catch (InvalidValueException e) {
                ObservationKey key;
                try {
                    key = new ObservationKey(code, place, when, breakdown);
                } catch (InvalidValueException blank) {
                    problem(at, "", 0, "", e.getMessage());
                    return;
                }
                if (!builder.contains(key)) {
                    problem(at, "", 0, "", e.getMessage());
                    return;
                }
                problem(at, "", 0, key.toString(), "duplicates the key " + key + " of the row on line "
                        + firstLine(key, at) + "; a dataset holds one value per key");
                return;
            }
            if (position == lines.length) {
                lines = Arrays.copyOf(lines, position * 2);
            }
            lines[position] = at;
            KeyLines index = firstLines;
            if (index != null) {
                putLine(index, code, place, when, breakdown, at);
            }
        }

        /**
         * Reads a number field into the row's column; a plain number of at most 18 digits is handed over
         * as its unscaled long and scale, with no {@code BigDecimal}. Returns whether there was a number.
         */
        private boolean number(Cells cells, Column column, Dataset.Row row) {
            // Digits, a minus and a point are ASCII and not blank: such a field needs no NFC or trimming.
            boolean plainRaw = notation == NumberNotation.PLAIN && plain(cells.raw(column));
            String text = plainRaw ? "" : cells.text(column);
            if (!plainRaw && text.isEmpty()) {
                return false;
            }
            if (plainRaw || notation == NumberNotation.PLAIN && plain(text)) {
                switch (column) {
                    case VALUE -> row.value(unscaled, scale);
                    case NUMERATOR -> row.numerator(unscaled, scale);
                    default -> row.denominator(unscaled, scale);
                }
                return true;
            }
            BigDecimal number;
            try {
                number = numbers.parse(text);
            } catch (InvalidValueException e) {
                cells.fail(column, e.getMessage());
                return false;
            }
            switch (column) {
                case VALUE -> row.value(number);
                case NUMERATOR -> row.numerator(number);
                default -> row.denominator(number);
            }
            return true;
        }

        /**
         * Reads the common form of a plain number, an optional minus, at most 18 digits and an optional
         * point with digits after it, into {@link #unscaled} and {@link #scale}; false for anything else,
         * which {@link NumberNotation#PLAIN} then reads.
         */
        private boolean plain(String text) {
            int n = text.length();
            boolean negative = n > 0 && text.charAt(0) == '-';
            long digitsValue = 0;
            int digits = 0;
            int after = -1;
            for (int i = negative ? 1 : 0; i < n; i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digitsValue = digitsValue * 10 + (c - '0');
                    digits++;
                    if (after >= 0) {
                        after++;
                    }
                } else if (c == '.' && after < 0 && digits > 0) {
                    after = 0;
                } else {
                    return false;
                }
            }
            if (digits == 0 || digits > 18 || after == 0) {
                return false;
            }
            unscaled = negative ? -digitsValue : digitsValue;
            scale = Math.max(after, 0);
            return true;
        }

        /**
         * The line of the row that first had the key of a repeated observation. The first repeat indexes
         * every key added so far, once; from then on each row added is indexed as it comes.
         */
        private int firstLine(ObservationKey repeated, int at) {
            KeyLines index = firstLines;
            if (index == null) {
                index = new KeyLines();
                Dataset added = builder.build();
                for (int i = 0; i < added.size(); i++) {
                    Observation o = added.get(i);
                    putLine(index, o.indicator(), o.area(), o.period(), o.breakdown(), lines[i]);
                }
                firstLines = index;
            }
            return putLine(index, repeated.indicator(), repeated.area(), repeated.period(), repeated.breakdown(), at);
        }

        private int putLine(KeyLines index, String indicator, String area, ReportingPeriod period, Breakdown breakdown,
                int line) {
            return index.putIfAbsent(indicatorIds.of(indicator), areaIds.of(area), periodIds.of(period),
                    breakdownIds.of(breakdown), line);
        }

        private Breakdown breakdown(Cells cells) {
            Breakdown breakdown = cells.read(Column.BREAKDOWN, breakdowns);
            if (breakdown == null) {
                breakdown = Breakdown.TOTAL;
            }
            Sex sex = cells.parse(Column.SEX, DatasetCsvReader::sex);
            if (sex != null) {
                breakdown = breakdown.with(sex);
            }
            breakdown = cells.category(breakdown, Column.AGE_GROUP, BreakdownDimension.AGE_GROUP);
            breakdown = cells.category(breakdown, Column.RESIDENCE, BreakdownDimension.RESIDENCE);
            return cells.category(breakdown, Column.ETHNICITY, BreakdownDimension.ETHNICITY);
        }

        private Unit unit(String text) {
            String key = nfc(text).strip();
            for (Unit unit : units) {
                if (unit.code().equals(key) || nfc(unit.symbol()).equalsIgnoreCase(key)) {
                    return unit;
                }
            }
            return Unit.find(key).or(() -> Unit.findBySymbol(key)).orElseThrow(() -> new InvalidValueException(
                    "Observation.unit", "'" + text + "'",
                    "is not a unit: use a unit code such as percent or a symbol such as %"));
        }

        /** The fields of one row, read by column, each failure a problem. */
        private final class Cells {
            private final int at;
            private final Fields values;

            Cells(int at, Fields values) {
                this.at = at;
                this.values = values;
            }

            String raw(Column column) {
                int i = index[column.ordinal()];
                return i < 0 || i >= values.size() ? "" : values.get(i);
            }

            String text(Column column) {
                String raw = raw(column);
                if (raw.isEmpty()) {
                    return raw;
                }
                // A field as written in the row before (the same code, period or status, row after row) is
                // handed on as the text made of it then, with no NFC check or trimming again.
                int c = column.ordinal();
                if (raw.equals(lastRaw[c])) {
                    return Objects.requireNonNull(lastText[c]);
                }
                String text = nfc(raw).strip();
                lastRaw[c] = raw;
                lastText[c] = text;
                return text;
            }

            void fail(Column column, String message) {
                String name = names[column.ordinal()];
                problem(at, name == null ? column.header() : name, index[column.ordinal()] + 1, raw(column), message);
            }

            @Nullable String required(Column column) {
                String text = text(column);
                if (text.isEmpty()) {
                    fail(column, "is empty; every row needs an " + column.header());
                    return null;
                }
                // The same code as the row before is handed on as the same string, whose hash is known.
                String last = lastCodes[column.ordinal()];
                if (text.equals(last)) {
                    return last;
                }
                lastCodes[column.ordinal()] = text;
                return text;
            }

            /**
             * Reads a field through its column's memo: the field as written is looked up first (the row
             * before's text, then the text that followed it last time), so a field repeating a known text
             * needs no NFC check, trimming or hashing; any other goes through {@link #text} and the memo.
             */
            <T> @Nullable T read(Column column, Memo<T> memo) {
                String raw = raw(column);
                if (raw.isEmpty()) {
                    return null;
                }
                T known = memo.known(raw);
                if (known != null) {
                    return known;
                }
                T value = parse(column, memo);
                if (value != null) {
                    memo.remember(raw, value);
                }
                return value;
            }

            <T> @Nullable T parse(Column column, Parser<T> parser) {
                String text = text(column);
                if (text.isEmpty()) {
                    return null;
                }
                try {
                    return parser.parse(text);
                } catch (InvalidValueException e) {
                    fail(column, e.getMessage());
                    return null;
                }
            }

            Breakdown category(Breakdown breakdown, Column column, BreakdownDimension dimension) {
                String text = text(column);
                if (text.isEmpty()) {
                    return breakdown;
                }
                try {
                    return breakdown.with(dimension, text);
                } catch (InvalidValueException e) {
                    fail(column, e.getMessage());
                    return breakdown;
                }
            }
        }
    }

    /**
     * A small id for each distinct value, equal values having the same id. Rows in a file tend to repeat
     * the value of the row before (the same area, row after row), so that is tried first; the memos hand
     * out one instance per distinct text, so instances are tried before equality when {@code byInstance}.
     */
    private static final class Ids<T> {
        private final Map<T, Integer> byValue = new HashMap<>();
        private final Map<T, Integer> instances = new IdentityHashMap<>();
        private final boolean byInstance;
        private @Nullable T last;
        private int lastId;

        Ids(boolean byInstance) {
            this.byInstance = byInstance;
        }

        int of(T value) {
            if (value == last || !byInstance && value.equals(last)) {
                return lastId;
            }
            Integer id = byInstance ? instances.get(value) : null;
            if (id == null) {
                id = byValue.get(value);
                if (id == null) {
                    id = byValue.size();
                    byValue.put(value, id);
                }
                if (byInstance && instances.size() < MEMO_LIMIT) {
                    instances.put(value, id);
                }
            }
            last = value;
            lastId = id;
            return id;
        }
    }

    /** The fields of the row being read, in an array that is not cleared or copied as a list would be. */
    private static final class Fields {
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
    }

    /**
     * A parser that remembers what it read from each of the first 4,096 distinct texts, and, in front of
     * that, the value of each of the first 4,096 distinct fields as written (before NFC and trimming).
     * Fields as written are chained in the order met: rows of a tidy file cycle through the same
     * breakdowns or periods in the same order, so the field after a known one is nearly always the one
     * that followed it before, found with one comparison and no hash.
     */
    private static final class Memo<T> implements Parser<T> {
        private final Map<String, T> read = new HashMap<>();
        private final Parser<T> parser;
        private final Map<String, Raw<T>> raws = new HashMap<>();
        private @Nullable Raw<T> lastRaw;

        /** A field as written, its value and the field that followed it last time. */
        private static final class Raw<T> {
            final String raw;
            final T value;
            @Nullable Raw<T> next;

            Raw(String raw, T value) {
                this.raw = raw;
                this.value = value;
            }
        }

        /** The value of a field as written, if known: the last one, its successor, then by hash. */
        @Nullable T known(String raw) {
            Raw<T> last = lastRaw;
            if (last != null) {
                if (raw.equals(last.raw)) {
                    return last.value;
                }
                Raw<T> next = last.next;
                if (next != null && raw.equals(next.raw)) {
                    lastRaw = next;
                    return next.value;
                }
            }
            Raw<T> found = raws.get(raw);
            if (found == null) {
                return null;
            }
            if (last != null) {
                last.next = found;
            }
            lastRaw = found;
            return found.value;
        }

        /** Remembers the value read from a field as written, which {@link #known} did not know. */
        void remember(String raw, T value) {
            if (raws.size() >= MEMO_LIMIT) {
                return;
            }
            Raw<T> entry = new Raw<>(raw, value);
            raws.put(raw, entry);
            Raw<T> last = lastRaw;
            if (last != null) {
                last.next = entry;
            }
            lastRaw = entry;
        }

        Memo(Parser<T> parser) {
            this.parser = parser;
        }

        // The text read last and its value: a column such as the status or the period holds the same text
        // row after row, and comparing with the last one costs less than hashing a new string.
        private @Nullable String lastText;
        private @Nullable T lastValue;

        @Override
        public T parse(String text) {
            T last = lastValue;
            if (last != null && text.equals(lastText)) {
                return last;
            }
            T value = read.get(text);
            if (value == null) {
                // A text that fails is not remembered: each row that has it gets its own problem.
                value = parser.parse(text);
                if (read.size() < MEMO_LIMIT) {
                    read.put(text, value);
                }
            }
            lastText = text;
            lastValue = value;
            return value;
        }
    }

    /** Reads one field's text. */
    @FunctionalInterface
    private interface Parser<T> {
        T parse(String text);
    }

    /**
     * Reads a plain number; the common form, an optional minus, at most 18 digits and an optional point
     * with digits after it, is read without building a string, the same number with the same scale as
     * {@link NumberNotation#PLAIN} reads; anything else goes to it.
     */
    private static BigDecimal plainNumber(String text) {
        int n = text.length();
        int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0 && digits > 0) {
                scale = 0;
            } else {
                digits = 0;
                break;
            }
        }
        if (digits == 0 || digits > 18 || scale == 0) {
            return NumberNotation.PLAIN.parse(text);
        }
        return BigDecimal.valueOf(text.charAt(0) == '-' ? -unscaled : unscaled, Math.max(scale, 0));
    }

    private static Sex sex(String text) {
        for (Sex sex : Sex.values()) {
            BilingualText title = sex.title();
            if (sex.code().equalsIgnoreCase(text) || title.vi().equalsIgnoreCase(text)
                    || title.en().equalsIgnoreCase(text)) {
                return sex;
            }
        }
        throw new InvalidValueException("Sex", "'" + text + "'", "is not a sex: use F, M or _T (or Nữ, Nam, Tổng số)");
    }

    private static ObservationStatus status(String text) {
        for (ObservationStatus status : ObservationStatus.values()) {
            if (status.name().equalsIgnoreCase(text) || status.title().vi().equalsIgnoreCase(text)
                    || status.title().en().equalsIgnoreCase(text)) {
                return status;
            }
        }
        throw new InvalidValueException("ObservationStatus", "'" + text + "'",
                "is not a status: use FINAL, PROVISIONAL or ESTIMATED (or chính thức, sơ bộ, ước tính)");
    }

    private static String nfc(String text) {
        // ASCII, which nearly every field is, is NFC already; the Normalizer is slow even to check.
        boolean ascii = true;
        for (int i = 0, n = text.length(); i < n && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        return ascii || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
