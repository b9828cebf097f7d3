package io.github.binhdang.serialization.csv;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.data.SourceFile;
import io.github.binhdang.core.data.SourcePosition;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.unit.PlainDecimal;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Maps the rows of one file onto a dataset: the header onto {@link Column}s, then each row's cells
 * onto a {@link Dataset.Row} added to the builder. Each field that cannot be read, each row that cannot
 * be an observation and each unusable header column is reported to the {@link CsvProblems} as what it
 * is, and the row is left out.
 *
 * <p>Fields repeat row after row (the same period, breakdown, unit or status), so each column's text is
 * read once and remembered ({@link Memo}), and a code written as in the row before is handed on as the
 * same string, which the builder then checks and encodes once.
 */
final class RowMapper implements CsvTokenizer.Rows {

    private static final char REPLACEMENT = '\uFFFD';
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final Column[] COLUMNS = Column.values();

    private final NumberNotation notation;
    private final List<Unit> units;
    // The caller's header names, folded (Column.key), before the built-in ones.
    private final Map<String, Column> aliases;
    // The qualifier written in a number cell of the row being read ("gần 400"), or null.
    private @Nullable Qualifier cellQualifier;
    private final CsvProblems problems;
    private final Dataset.Builder builder;
    // The indicator and area of the row before, by column.
    private final @Nullable String[] lastCodes = new String[COLUMNS.length];
    // Each column's field in the row before, as written and as text (NFC, trimmed).
    private final @Nullable String[] lastRaw = new String[COLUMNS.length];
    private final @Nullable String[] lastText = new String[COLUMNS.length];
    // The file's name, or "" for a stream.
    private final String file;
    // Periods, breakdowns, units, qualifiers and statuses repeat row after row: each text is read once.
    // Each also learns how the file spells its values (Nữ for F), for findings to quote them as written.
    private final Memo<ReportingPeriod> periods = new Memo<>(ReportingPeriod::parse, ReportingPeriod::toString);
    private final Memo<Breakdown> breakdowns = new Memo<>(this::breakdownOf, Breakdown::toString);
    private final Memo<Unit> unitMemo = new Memo<>(this::unit, Unit::code);
    private final Memo<Qualifier> qualifiers = new Memo<>(Qualifier::parse, Qualifier::name);
    private final Memo<ObservationStatus> statuses = new Memo<>(ObservationStatus::parse,
            status -> status == ObservationStatus.NOT_GIVEN ? "" : status.name());
    private final Memo<Sex> sexes = new Memo<>(Sex::parse, Sex::code);
    // How the file writes numbers: whether it groups thousands is learnt from the first number of four
    // digits or more (0 not yet known, 1 grouped, 2 not); a number written otherwise is kept with its row.
    private int grouping;
    private SourceFile numbers;
    // The row being read, and whether the header could be read.
    private Dataset.@Nullable Row current;
    private boolean usable;
    // The last plain number read.
    private final PlainDecimal plain = new PlainDecimal();
    // By column: the header's name for it and its position, or null and -1 when the header lacks it.
    private @Nullable String[] names = new String[0];
    private int[] index = new int[0];
    private int headerSize;
    // Issue 20 (hostcsv): the most digits of a number and dimensions of a breakdown; the units known, as a
    // list for people, made once.
    private final int maxDigits;
    private final int maxDimensions;
    private @Nullable String knownUnits;
    // Issue 22 (excel): rows of cells handed over by TableRows, in which a blank header cell names no
    // column; the sheet they are in, or "" for none; the header's names by position.
    private boolean cells;
    private String sheet = "";
    private List<String> headerNames = List.of();

    RowMapper(NumberNotation notation, List<Unit> units, Map<String, Column> aliases, CsvProblems problems,
            int expectedRows, String file) {
        this(notation, units, aliases, problems, expectedRows, file, CsvLimits.defaults());
    }

    RowMapper(NumberNotation notation, List<Unit> units, Map<String, Column> aliases, CsvProblems problems,
            int expectedRows, String file, CsvLimits limits) {
        this.maxDigits = limits.maxNumberDigits();
        this.maxDimensions = limits.maxBreakdownDimensions();
        this.notation = notation;
        this.units = units;
        this.aliases = aliases;
        this.problems = problems;
        this.builder = Dataset.builder(expectedRows);
        this.file = file;
        this.numbers = SourceFile.unnamed().withNotation(notation, true);
    }

    /**
     * Makes this the mapper of rows of cells ({@link TableRows}) of a sheet ({@code ""} for none): a blank
     * header cell names no column, and the file read is that sheet.
     */
    void cells(String sheet) {
        this.cells = true;
        this.sheet = sheet;
    }

    /** Whether a header cell's text names a column: the caller's alias or a built-in name. */
    boolean namesColumn(String text) {
        String name = nfc(text).strip();
        return !name.isEmpty() && (aliases.containsKey(Column.key(name)) || Column.of(name).isPresent());
    }

    /** The notation numbers are read in. */
    NumberNotation notation() {
        return notation;
    }

    /** The header's name at a position from 0, or {@code ""}. */
    String headerName(int i) {
        return i < headerNames.size() ? headerNames.get(i) : "";
    }

    /**
     * The dataset of the rows added so far, with its file as read: the columns, the notation of its
     * numbers and the spelling of its codes.
     */
    Dataset dataset() {
        if (usable) {
            SourceFile source = sourceFile().withNotation(notation, grouping != 2);
            Memo<?>[] memos = {periods, breakdowns, unitMemo, qualifiers, statuses, sexes};
            Column[] columns = {Column.PERIOD, Column.BREAKDOWN, Column.UNIT, Column.QUALIFIER, Column.STATUS,
                Column.SEX};
            for (int i = 0; i < memos.length; i++) {
                String path = path(columns[i]);
                for (Map.Entry<String, String> e : memos[i].spellings().entrySet()) {
                    source = source.withSpelling(path, e.getKey(), e.getValue());
                }
            }
            builder.source(source);
        }
        return builder.build();
    }

    @Override
    public boolean header(int at, List<String> values) {
        index = new int[COLUMNS.length];
        Arrays.fill(index, -1);
        names = new String[COLUMNS.length];
        headerSize = values.size();
        headerNames = values;
        boolean usable = true;
        for (int i = 0; i < values.size(); i++) {
            String name = nfc(values.get(i)).strip();
            if (cells && name.isEmpty()) {
                continue;
            }
            Column alias = aliases.isEmpty() ? null : aliases.get(Column.key(name));
            Optional<Column> column = alias != null ? Optional.of(alias) : Column.of(name);
            if (column.isEmpty()) {
                problems.unknownColumn(at, name, i + 1, columnList());
                continue;
            }
            int ordinal = column.get().ordinal();
            if (index[ordinal] >= 0) {
                problems.columnTwice(at, name, i + 1, column.get(), index[ordinal] + 1);
                usable = false;
                continue;
            }
            index[ordinal] = i;
            names[ordinal] = name;
        }
        String present = cells ? String.join(", ", values.stream().filter(v -> !v.isBlank()).toList())
                : String.join(", ", values);
        for (Column required : new Column[] {Column.INDICATOR, Column.AREA, Column.PERIOD}) {
            if (index[required.ordinal()] < 0) {
                problems.missingColumn(at, required, present);
                usable = false;
            }
        }
        if (index[Column.VALUE.ordinal()] < 0 && index[Column.NUMERATOR.ordinal()] < 0) {
            problems.missingNumberColumn(at, present);
            usable = false;
        }
        if (index[Column.BREAKDOWN.ordinal()] >= 0) {
            for (Column dimension : new Column[] {Column.SEX, Column.AGE_GROUP, Column.RESIDENCE, Column.ETHNICITY}) {
                if (index[dimension.ordinal()] >= 0) {
                    problems.mixedBreakdown(at, dimension, index[dimension.ordinal()] + 1);
                    usable = false;
                }
            }
        }
        if (usable) {
            builder.source(sourceFile());
        }
        this.usable = usable;
        return usable;
    }

    /**
     * The file as validation names it: its name, and the column and header as written of each field,
     * by the path a finding gives the field ({@code breakdown.SEX} for the sex column).
     */
    private SourceFile sourceFile() {
        SourceFile source = sheet.isEmpty() ? SourceFile.of(file) : SourceFile.of(file).withSheet(sheet);
        for (Column column : COLUMNS) {
            int i = index[column.ordinal()];
            String name = names[column.ordinal()];
            if (i >= 0 && name != null) {
                source = source.withColumn(path(column), i + 1, name);
            }
        }
        return source;
    }

    /** The path of a column's field in a finding's location. */
    private static String path(Column column) {
        return switch (column) {
            case SEX -> "breakdown." + BreakdownDimension.SEX.code();
            case AGE_GROUP -> "breakdown." + BreakdownDimension.AGE_GROUP.code();
            case RESIDENCE -> "breakdown." + BreakdownDimension.RESIDENCE.code();
            case ETHNICITY -> "breakdown." + BreakdownDimension.ETHNICITY.code();
            default -> column.header();
        };
    }

    private static String columnList() {
        StringJoiner list = new StringJoiner(", ");
        for (Column column : COLUMNS) {
            list.add(column.header());
        }
        return list.toString();
    }

    /** Reads one row; a field that fails is a problem, and a row with any problem is left out. */
    @Override
    public void row(int at, CsvTokenizer.Fields values) {
        int before = problems.size();
        if (values.size() > headerSize) {
            problems.tooManyFields(at, values.size(), headerSize);
            return;
        }
        if (values.size() < headerSize) {
            problems.tooFewFields(at, values.size(), headerSize);
            return;
        }
        Cells cells = new Cells(at, values);
        // A new row each time, for the same reason as the fields' holder.
        Dataset.Row out = builder.row();
        current = out;
        if (values.anyHolds(REPLACEMENT)) {
            // Only now are the columns looked up to name each bad field.
            for (Column column : COLUMNS) {
                if (cells.raw(column).indexOf(REPLACEMENT) >= 0) {
                    problems.notUtf8(at, cells.name(column), cells.number(column), cells.raw(column));
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
            cells.empty(Column.PERIOD);
        }
        Breakdown breakdown = breakdown(cells);
        cellQualifier = null;
        boolean hasNumber = number(cells, Column.VALUE, out);
        hasNumber |= number(cells, Column.NUMERATOR, out);
        hasNumber |= number(cells, Column.DENOMINATOR, out);
        Unit unit = cells.read(Column.UNIT, unitMemo);
        Qualifier qualifier = cells.read(Column.QUALIFIER, qualifiers);
        Qualifier written = cellQualifier;
        if (written != null) {
            if (qualifier != null && qualifier != Qualifier.EXACT && qualifier != written) {
                cells.fail(Column.QUALIFIER, "says '" + qualifier.title().en() + "' but a number cell says '"
                        + written.word() + "'", "ghi '" + qualifier.title().vi() + "' nhưng một ô số liệu ghi '"
                        + written.word() + "'");
            }
            qualifier = written;
            if (index[Column.QUALIFIER.ordinal()] >= 0 && cells.raw(Column.QUALIFIER).isEmpty()) {
                out.written(path(Column.QUALIFIER), "");
            }
        }
        ObservationStatus status = cells.read(Column.STATUS, statuses);
        if (status == null && index[Column.STATUS.ordinal()] >= 0 && cells.text(Column.STATUS).isEmpty()) {
            // An empty status cell says nothing: not given, which is not final.
            status = ObservationStatus.NOT_GIVEN;
        }
        if (problems.size() > before) {
            return;
        }
        if (!hasNumber) {
            problems.noNumber(at, cells.name(Column.VALUE), cells.number(Column.VALUE));
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
        // Its record: the rows after the header counted before it, those left out with a problem too.
        out.at(at, 1, problems.rowsCounted());
        OptionalInt first;
        try {
            first = builder.addIfAbsent(out);
        } catch (InvalidValueException e) {
            // A limit of one dataset, such as the 65,537th indicator code.
            problems.refused(at, e);
            return;
        }
        if (first.isPresent()) {
            // The builder answers a repeated key with the row that has it, whose line it keeps.
            int firstLine = builder.position(first.getAsInt()).map(SourcePosition::line).orElse(0);
            problems.duplicate(at, code + "/" + place + "/" + when + "/" + breakdown, firstLine);
        }
    }

    /**
     * Reads a number field into the row's column; a plain number of at most 18 digits is handed over
     * as its unscaled long and scale, with no {@code BigDecimal}. Returns whether there was a number.
     */
    private boolean number(Cells cells, Column column, Dataset.Row row) {
        boolean isPlain = notation == NumberNotation.PLAIN;
        // Digits, a sign and a point are ASCII and not blank: such a field needs no NFC or trimming.
        String raw = cells.raw(column);
        if (!isPlain || !plain.read(raw)) {
            String text = cells.text(column);
            if (text.isEmpty()) {
                return false;
            }
            if (!isPlain || !plain.read(text)) {
                int digits = digits(text);
                if (digits > maxDigits) {
                    // Reading a number takes time that grows with the square of its digits.
                    cells.fail(column, CsvProblems.tooManyDigits(text, digits, maxDigits));
                    return false;
                }
                BigDecimal number;
                try {
                    number = notation.parse(text);
                    if (!raw.equals(format(number, raw))) {
                        row.written(path(column), raw);
                    }
                } catch (InvalidValueException e) {
                    number = qualified(cells, column, text);
                    if (number == null) {
                        cells.fail(column, e);
                        return false;
                    }
                    row.written(path(column), raw);
                }
                try {
                    switch (column) {
                        case VALUE -> row.value(number);
                        case NUMERATOR -> row.numerator(number);
                        default -> row.denominator(number);
                    }
                } catch (InvalidValueException e) {
                    // Beyond the bound of every value (Decimals.MAX_PRECISION), when the digits' limit is raised.
                    cells.fail(column, e);
                    return false;
                }
                return true;
            }
        }
        if (!isCanonicalPlain(raw)) {
            row.written(path(column), raw);
        }
        switch (column) {
            case VALUE -> row.value(plain.unscaled(), plain.scale());
            case NUMERATOR -> row.numerator(plain.unscaled(), plain.scale());
            default -> row.denominator(plain.unscaled(), plain.scale());
        }
        return true;
    }

    /**
     * Whether a plain number just read is written as the dataset gives it back ({@code 7}, not
     * {@code 007} or {@code +7}; {@code 0.0}, not {@code -0.0}).
     */
    private boolean isCanonicalPlain(String raw) {
        char first = raw.charAt(0);
        if (first == '+' || first == '-' && plain.unscaled() == 0) {
            return false;
        }
        int i = first == '-' ? 1 : 0;
        return !(raw.charAt(i) == '0' && i + 1 < raw.length() && Character.isDigit(raw.charAt(i + 1)));
    }

    /**
     * A number as the file writes numbers, for comparing with the field: in its notation, grouped by
     * thousands or not as its first number of four digits or more was.
     */
    private String format(BigDecimal number, String raw) {
        if (grouping == 0 && notation != NumberNotation.PLAIN && number.abs().compareTo(THOUSAND) >= 0) {
            grouping = raw.indexOf(notation == NumberNotation.VIETNAMESE ? '.' : ',') >= 0 ? 1 : 2;
            numbers = numbers.withNotation(notation, grouping == 1);
        }
        return numbers.format(number);
    }

    /**
     * Reads a number written with a qualifier before it, as people write it ("gần 400", "hơn 1.500",
     * "khoảng 250"), and keeps the qualifier for the row; null when the text is no such number. Only a
     * text that failed as a plain number comes here.
     */
    private @Nullable BigDecimal qualified(Cells cells, Column column, String text) {
        int i = 0;
        while (i < text.length() && !Character.isDigit(text.charAt(i)) && text.charAt(i) != '-') {
            i++;
        }
        String head = text.substring(0, i).strip();
        if (head.isEmpty() || i == text.length()) {
            return null;
        }
        Qualifier q;
        BigDecimal number;
        try {
            q = Qualifier.parse(head);
            number = notation.parse(text.substring(i));
        } catch (InvalidValueException e) {
            return null;
        }
        Qualifier before = cellQualifier;
        if (before != null && before != q) {
            cells.fail(column, "says '" + q.word() + "' but another number cell of the row says '" + before.word() + "'",
                    "ghi '" + q.word() + "' nhưng một ô số liệu khác của hàng ghi '" + before.word() + "'");
        }
        cellQualifier = q;
        return number;
    }

    /** The digits of a text, 0 to 9 and any other Unicode digit. */
    private static int digits(String text) {
        int digits = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= 0x80 && Character.isDigit(c)) {
                digits++;
            }
        }
        return digits;
    }

    /** A breakdown's text form read, after its dimensions are counted against the limit. */
    private Breakdown breakdownOf(String text) {
        int dimensions = 0;
        for (int i = text.indexOf('='); i >= 0; i = text.indexOf('=', i + 1)) {
            dimensions++;
        }
        if (dimensions > maxDimensions) {
            throw CsvProblems.tooManyDimensions(text, dimensions, maxDimensions);
        }
        return Breakdown.parse(text);
    }

    private Breakdown breakdown(Cells cells) {
        Breakdown breakdown = cells.read(Column.BREAKDOWN, breakdowns);
        if (breakdown == null) {
            breakdown = Breakdown.TOTAL;
        }
        Sex sex = cells.read(Column.SEX, sexes);
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
        return Unit.find(key).or(() -> Unit.findBySymbol(key))
                .orElseThrow(() -> new CsvProblems.UnknownUnit(text, knownUnits()));
    }

    /** The units this reader knows, by code and symbol: {@code percent (%), per_100 (/100), …}; made once. */
    private String knownUnits() {
        String list = knownUnits;
        if (list == null) {
            list = unitList();
            knownUnits = list;
        }
        return list;
    }

    private String unitList() {
        StringJoiner known = new StringJoiner(", ");
        for (List<Unit> list : List.of(units, Unit.builtIns())) {
            for (Unit unit : list) {
                known.add(unit.symbol().isBlank() || unit.symbol().equals(unit.code()) ? unit.code()
                        : unit.code() + " (" + unit.symbol() + ")");
            }
        }
        return known.toString();
    }

    private static String nfc(String text) {
        // ASCII, which nearly every field is, is NFC already; the Normalizer is slow even to check.
        boolean ascii = true;
        for (int i = 0, n = text.length(); i < n && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        return ascii || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The fields of one row, read by column, each failure a problem. */
    private final class Cells {
        private final int at;
        private final CsvTokenizer.Fields values;

        Cells(int at, CsvTokenizer.Fields values) {
            this.at = at;
            this.values = values;
        }

        /** The header's name of the column, or its own name when the header lacks it. */
        String name(Column column) {
            String name = names[column.ordinal()];
            return name == null ? column.header() : name;
        }

        /** The column's position, from 1, or 0 when the header lacks it. */
        int number(Column column) {
            return index[column.ordinal()] + 1;
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
            // The tokenizer trimmed an unquoted field; a quoted one keeps its spaces.
            String text = nfc(raw);
            lastRaw[c] = raw;
            lastText[c] = text;
            return text;
        }

        void fail(Column column, InvalidValueException e) {
            problems.field(at, name(column), number(column), raw(column), column, e);
        }

        void fail(Column column, String detail, String vi) {
            problems.field(at, name(column), number(column), raw(column), detail, vi);
        }

        void empty(Column column) {
            problems.emptyField(at, name(column), number(column), raw(column), column);
        }

        @Nullable String required(Column column) {
            String text = text(column);
            if (text.isEmpty()) {
                empty(column);
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
            T value = memo.known(raw);
            if (value == null) {
                value = parse(column, memo);
                if (value == null) {
                    return null;
                }
                memo.remember(raw, value);
            }
            Dataset.Row row = current;
            if (memo.isOwnWay() && row != null) {
                row.written(path(column), raw);
            }
            return value;
        }

        <T> @Nullable T parse(Column column, FieldParser<T> parser) {
            String text = text(column);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return parser.parse(text);
            } catch (InvalidValueException e) {
                fail(column, e);
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
                fail(column, e);
                return breakdown;
            }
        }
    }
}
