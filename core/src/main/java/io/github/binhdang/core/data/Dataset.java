package io.github.binhdang.core.data;

import io.github.binhdang.core.Excerpt;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.internal.DatasetAccess;
import io.github.binhdang.core.data.internal.ObservationTable;
import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An ordered collection of observations with at most one observation per
 * {@link ObservationKey key}: adding a second observation for a key is refused, never overwritten.
 *
 * <p>A dataset is built for size. It holds its observations in primitive columns: codes, periods and
 * breakdowns are dictionary-encoded and decimals are kept as an unscaled {@code long} with a scale, so
 * ten million observations take about 475 MB (47.4 bytes each, measured) and calculation runs over them with
 * primitive arithmetic. {@link #get(int)} rebuilds an {@link Observation} equal to the one added
 * (decimals keep their scale); prefer the calculation API to walking millions of them.
 *
 * <p>One dataset holds at most 65,536 distinct indicator codes, 65,536 distinct periods and 65,536
 * distinct breakdowns; a builder refuses one more with an {@link InvalidValueException} that says so.
 *
 * <p>A dataset read from a file may remember where each observation came from: the
 * {@linkplain #source() file} (its name, and for a table the column of each field) and the
 * {@linkplain #position(int) line and column} of each observation, kept as an {@code int} column (4 bytes
 * an observation; 8 when each has a column of its own, as in JSON), its record in the file as written
 * ({@link SourcePosition#record()}, the element of a JSON array or the row of a table, counting those left
 * out; kept as the steps where records were left out, 8 bytes a step and nothing for a file read whole),
 * and how the file writes its fields,
 * so that a finding can {@linkplain #written(int, String) quote a field as written}: the file's notation
 * and spellings once, and only a field a row writes its own way ({@code gần 400}) with that row, in a
 * sparse map (some 130 bytes each). Validation puts them into each finding's location. A dataset built in
 * code keeps none. Positions take no part in {@link #equals}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Dataset implements Iterable<Observation> {

    private static final Dataset EMPTY = new Dataset(new ObservationTable(0).compact());

    static {
        DatasetAccess.register(dataset -> dataset.table, Dataset::new);
    }

    private final ObservationTable table;
    // Where each row was read from, or null for a dataset built in code.
    private final @Nullable Positions positions;

    private Dataset(ObservationTable table) {
        this(table, null);
    }

    private Dataset(ObservationTable table, @Nullable Positions positions) {
        this.table = table;
        this.positions = positions;
    }

    /**
     * The file and the line (and column, when rows differ in it) of each row: a line 0 is a row with no
     * position. Columns are kept only when some row does not begin at column 1. The record of each row in
     * the file as written (a JSON element, a CSV row after the header) is kept only as far as it tells
     * more than the row's index: see {@link #record(int)}.
     */
    private static final class Positions {
        // How the records are kept: none given; in steps (rows read in order, some left out between them);
        // or one int a row (records out of order, or a row without one among rows with one).
        static final int NO_RECORDS = 0;
        static final int STEPS = 1;
        static final int DENSE = 2;
        // Past this many steps, records turn to one int a row once there is a step for every other row.
        static final int MANY_STEPS = 64;

        SourceFile file;
        int[] lines;
        int @Nullable [] columns;
        // The fields written otherwise than the file's notation and spellings say, by row and path: sparse,
        // so that a file written one way throughout keeps no text. Keyed by row * paths + the path's number.
        @Nullable Map<Long, String> written;
        @Nullable List<String> writtenPaths;
        int recordMode = NO_RECORDS;
        // In steps: from row stepRows[i] on (up to the next step), a row's record is the row plus
        // stepShifts[i], the records left out before it; before the first step it is the row itself. A file
        // read whole costs nothing; each run of records left out 8 bytes.
        int @Nullable [] stepRows;
        int @Nullable [] stepShifts;
        int steps;
        // One record a row, NO_RECORD for none.
        int @Nullable [] records;
        // Whether a row was given a position without a record (then records cannot be kept in steps).
        boolean unrecorded;

        Positions(SourceFile file, int capacity) {
            this.file = file;
            this.lines = new int[Math.max(16, capacity)];
        }

        private Positions(Positions from, int size) {
            this.file = from.file;
            this.lines = Arrays.copyOf(from.lines, size);
            int[] c = from.columns;
            this.columns = c == null ? null : Arrays.copyOf(c, size);
            this.recordMode = from.recordMode;
            this.unrecorded = from.unrecorded;
            int[] rows = from.stepRows;
            int[] shifts = from.stepShifts;
            if (rows != null && shifts != null) {
                int kept = 0;
                while (kept < from.steps && rows[kept] < size) {
                    kept++;
                }
                this.steps = kept;
                this.stepRows = kept == 0 ? null : Arrays.copyOf(rows, kept);
                this.stepShifts = kept == 0 ? null : Arrays.copyOf(shifts, kept);
            }
            int[] r = from.records;
            this.records = r == null ? null : Arrays.copyOf(r, size);
            Map<Long, String> texts = from.written;
            List<String> paths = from.writtenPaths;
            if (texts != null) {
                Map<Long, String> kept = new HashMap<>();
                for (Map.Entry<Long, String> e : texts.entrySet()) {
                    if (e.getKey() >>> 8 < size) {
                        kept.put(e.getKey(), e.getValue());
                    }
                }
                this.written = kept;
            }
            this.writtenPaths = paths == null ? null : List.copyOf(paths);
        }

        void write(int row, Row from) {
            for (int i = 0; i < from.writtenCount; i++) {
                List<String> paths = writtenPaths;
                Map<Long, String> texts = written;
                if (paths == null || texts == null) {
                    paths = writtenPaths = new ArrayList<>();
                    texts = written = new HashMap<>();
                }
                String path = Objects.requireNonNull(from.writtenPaths[i]);
                int number = paths.indexOf(path);
                if (number < 0) {
                    number = paths.size();
                    paths.add(path);
                }
                texts.put(((long) row << 8) | number, Objects.requireNonNull(from.writtenTexts[i]));
            }
        }

        @Nullable String written(int row, String path) {
            List<String> paths = writtenPaths;
            Map<Long, String> texts = written;
            if (paths == null || texts == null) {
                return null;
            }
            int number = paths.indexOf(path);
            return number < 0 ? null : texts.get(((long) row << 8) | number);
        }

        void set(int row, int line, int column, int record) {
            if (row >= lines.length) {
                lines = Arrays.copyOf(lines, Math.max(row + 1, lines.length * 2));
            }
            lines[row] = line;
            int[] c = columns;
            if (column != 1 && c == null) {
                c = columns = new int[lines.length];
                Arrays.fill(c, 0, row, 1);
            }
            if (c != null) {
                if (c.length < lines.length) {
                    c = columns = Arrays.copyOf(c, lines.length);
                }
                c[row] = column;
            }
            setRecord(row, record);
        }

        /** Keeps a row's record; rows are placed in the order they are added. */
        private void setRecord(int row, int record) {
            if (recordMode == NO_RECORDS) {
                if (record == SourcePosition.NO_RECORD) {
                    unrecorded = true;
                    return;
                }
                if (unrecorded) {
                    dense(row);
                } else {
                    recordMode = STEPS;
                }
            } else if (recordMode == STEPS) {
                int shift = record - row;
                int current = steps == 0 ? 0 : Objects.requireNonNull(stepShifts)[steps - 1];
                // Out of order, or so many steps (a row in two left out) that one int a row costs less.
                if (record == SourcePosition.NO_RECORD || shift < current
                        || shift != current && steps >= MANY_STEPS && steps * 2 > row) {
                    dense(row);
                }
            }
            if (recordMode == DENSE) {
                int[] r = Objects.requireNonNull(records);
                if (r.length < lines.length) {
                    r = records = Arrays.copyOf(r, lines.length);
                }
                r[row] = record;
                return;
            }
            int shift = record - row;
            int current = steps == 0 ? 0 : Objects.requireNonNull(stepShifts)[steps - 1];
            if (shift != current) {
                int[] rows = stepRows;
                int[] shifts = stepShifts;
                if (rows == null || shifts == null) {
                    rows = stepRows = new int[8];
                    shifts = stepShifts = new int[8];
                } else if (steps == rows.length) {
                    rows = stepRows = Arrays.copyOf(rows, steps * 2);
                    shifts = stepShifts = Arrays.copyOf(shifts, steps * 2);
                }
                rows[steps] = row;
                shifts[steps++] = shift;
            }
        }

        /** Turns to one record a row: the rows before keep what they had. */
        private void dense(int row) {
            int[] r = new int[lines.length];
            for (int i = 0; i < row; i++) {
                r[i] = record(i);
            }
            records = r;
            recordMode = DENSE;
            stepRows = null;
            stepShifts = null;
            steps = 0;
        }

        /** The record of a row, or NO_RECORD. */
        int record(int row) {
            switch (recordMode) {
                case STEPS:
                    int[] rows = stepRows;
                    int[] shifts = stepShifts;
                    if (rows == null || shifts == null || row < rows[0]) {
                        return row;
                    }
                    int at = Arrays.binarySearch(rows, 0, steps, row);
                    return row + shifts[at >= 0 ? at : -at - 2];
                case DENSE:
                    int[] r = Objects.requireNonNull(records);
                    return row < r.length ? r[row] : SourcePosition.NO_RECORD;
                default:
                    return SourcePosition.NO_RECORD;
            }
        }

        Optional<SourcePosition> at(int row) {
            int line = row < lines.length ? lines[row] : 0;
            if (line < 1) {
                return Optional.empty();
            }
            int[] c = columns;
            return Optional.of(new SourcePosition(file.name(), line, c == null ? 1 : Math.max(1, c[row]), record(row)));
        }

        Positions copy(int size) {
            return new Positions(this, size);
        }
    }

    /**
     * Returns the empty dataset.
     *
     * @return the empty dataset, not null
     */
    public static Dataset empty() {
        return EMPTY;
    }

    /**
     * Obtains a dataset of the given observations, in their order.
     *
     * @param observations  the observations, not null
     * @return the dataset, not null
     * @throws InvalidValueException if two observations have the same key
     */
    public static Dataset of(Collection<Observation> observations) {
        return builder(observations.size()).addAll(observations).build();
    }

    /**
     * Starts an empty dataset.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder(16);
    }

    /**
     * Starts an empty dataset with room for the given number of observations, so that building a
     * large one does not copy its columns as they grow.
     *
     * @param expectedSize  how many observations are expected, not negative
     * @return a new builder, not null
     * @throws InvalidValueException if the size is negative
     */
    public static Builder builder(int expectedSize) {
        if (expectedSize < 0) {
            throw new InvalidValueException("Dataset.expectedSize", expectedSize, "must not be negative");
        }
        return new Builder(expectedSize);
    }

    /**
     * Returns the number of observations.
     *
     * @return the size, not negative
     */
    public int size() {
        return table.size();
    }

    /**
     * Tells whether the dataset holds no observation.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return table.size() == 0;
    }

    /**
     * Returns the observation at a position, in the order they were added.
     *
     * @param index  the position, from 0 to {@code size() - 1}
     * @return the observation, not null
     * @throws IndexOutOfBoundsException if the index is outside the dataset
     */
    public Observation get(int index) {
        return table.observation(index);
    }

    /**
     * Returns the file the dataset was read from, when a reader said so.
     *
     * @return the file, or empty for a dataset built in code
     */
    public Optional<SourceFile> source() {
        Positions p = positions;
        return p == null ? Optional.empty() : Optional.of(p.file);
    }

    /**
     * Returns where the observation at a position was read from: the file, the line and the column
     * where it begins, and its record in the file as written ({@link SourcePosition#record()}), which
     * differs from the index as soon as a record before it was left out by the reader.
     *
     * @param index  the position, from 0 to {@code size() - 1}
     * @return the position in the file, or empty for a dataset built in code or a row added without one
     * @throws IndexOutOfBoundsException if the index is outside the dataset
     */
    public Optional<SourcePosition> position(int index) {
        Objects.checkIndex(index, table.size());
        Positions p = positions;
        return p == null ? Optional.empty() : p.at(index);
    }

    /**
     * Returns a field of the observation at a position as the file wrote it, such as {@code 1.234,5},
     * {@code gần 400} or {@code Nữ}: the text the reader kept for that row when the row wrote the field
     * otherwise than the rest of the file, else the field written the file's way
     * ({@linkplain SourceFile#format(BigDecimal) its notation} for numbers, its
     * {@linkplain SourceFile#spelling(String, String) spelling} for codes). A table (CSV) answers only
     * for fields it has a column for; other files (JSON) for the fields the observation has, as the
     * writer writes them. A long field is quoted as {@link Excerpt#of(CharSequence)} quotes it.
     *
     * <p>Fields are named by the paths of finding locations ({@code value}, {@code period},
     * {@code breakdown.SEX}, …; see {@link SourceFile}); a breakdown read from one {@code breakdown}
     * column is given whole ({@code SEX=F}) for {@code breakdown.SEX}.
     *
     * @param index  the position, from 0 to {@code size() - 1}
     * @param path   the field's path, not null
     * @return the field as written, or empty for a dataset built in code, a row added without a position,
     *         a field the file has no column for or the observation has not
     * @throws IndexOutOfBoundsException if the index is outside the dataset
     */
    public Optional<String> written(int index, String path) {
        Objects.checkIndex(index, table.size());
        Objects.requireNonNull(path, "path");
        Positions p = positions;
        if (p == null || p.at(index).isEmpty()) {
            return Optional.empty();
        }
        String kept = p.written(index, path);
        if (kept != null) {
            return Optional.of(kept);
        }
        SourceFile file = p.file;
        String field = path;
        if (file.isTable()) {
            String column = file.columnPath(path);
            if (column == null) {
                return Optional.empty();
            }
            field = column;
        } else {
            int dot = path.indexOf('.');
            if (dot > 0 && !path.startsWith("breakdown.")) {
                field = path.substring(0, dot);
            }
        }
        Observation o = table.observation(index);
        String canonical = canonical(o, field, file);
        return canonical == null ? Optional.empty() : Optional.of(Excerpt.of(file.spelling(field, canonical)));
    }

    /**
     * A field of an observation as a file that writes it the canonical way holds it (as the CSV and JSON
     * writers write it), numbers in the file's notation; null when the observation has none.
     */
    private static @Nullable String canonical(Observation o, String field, SourceFile file) {
        boolean table = file.isTable();
        switch (field) {
            case "indicator":
                return o.indicator();
            case "area":
                return o.area();
            case "period":
                return o.period().toString();
            case "breakdown":
                return o.breakdown().isTotal() && !table ? null : o.breakdown().toString();
            case "value":
                return o.value().map(file::format).orElse(null);
            case "numerator":
                return o.numerator().map(file::format).orElse(null);
            case "denominator":
                return o.denominator().map(file::format).orElse(null);
            case "unit":
                return o.unit().map(Unit::code).orElse(null);
            case "qualifier":
                return o.qualifier() == Qualifier.EXACT && !table ? null : o.qualifier().name();
            case "status":
                if (o.status() == ObservationStatus.NOT_GIVEN) {
                    return table ? "" : null;
                }
                return o.status() == ObservationStatus.FINAL && !table ? null : o.status().name();
            case "source":
                return o.source().orElse(null);
            case "note":
                return o.note().orElse(null);
            default:
                if (field.startsWith("breakdown.")) {
                    Optional<String> category = o.breakdown().categories().entrySet().stream()
                            .filter(e -> e.getKey().equals(field.substring("breakdown.".length())))
                            .map(Map.Entry::getValue).findFirst();
                    if (!table) {
                        return category.isPresent() ? o.breakdown().toString() : null;
                    }
                    return category.orElse("");
                }
                return null;
        }
    }

    /**
     * Finds the observation of a key.
     *
     * @param key  the key, not null
     * @return the observation, or empty when the dataset has none for that key
     */
    public Optional<Observation> find(ObservationKey key) {
        int row = rowOf(key);
        return row < 0 ? Optional.empty() : Optional.of(table.observation(row));
    }

    /**
     * Finds the observation of an indicator in an area over a period for a breakdown.
     *
     * @param indicator  the indicator's code, not null
     * @param area       the area's code, not null
     * @param period     the period, not null
     * @param breakdown  the breakdown, not null
     * @return the observation, or empty when the dataset has none
     */
    public Optional<Observation> find(String indicator, String area, ReportingPeriod period, Breakdown breakdown) {
        return find(new ObservationKey(indicator, area, period, breakdown));
    }

    /**
     * Tells whether the dataset holds an observation for a key.
     *
     * @param key  the key, not null
     * @return true if it does
     */
    public boolean contains(ObservationKey key) {
        return rowOf(key) >= 0;
    }

    private int rowOf(ObservationKey key) {
        Objects.requireNonNull(key, "key");
        return table.find(key);
    }

    /**
     * Returns the distinct indicator codes, in the order they first appear.
     *
     * @return an unmodifiable list, not null
     */
    public List<String> indicators() {
        return table.indicators().values();
    }

    /**
     * Returns the distinct area codes, in the order they first appear.
     *
     * @return an unmodifiable list, not null
     */
    public List<String> areas() {
        return table.areas().values();
    }

    /**
     * Returns the distinct periods, in the order they first appear.
     *
     * @return an unmodifiable list, not null
     */
    public List<ReportingPeriod> periods() {
        return table.periods().values();
    }

    /**
     * Returns the distinct breakdowns, in the order they first appear.
     *
     * @return an unmodifiable list, not null
     */
    public List<Breakdown> breakdowns() {
        return table.breakdowns().values();
    }

    /**
     * Returns the observations as a list view; each {@code get} rebuilds an observation.
     *
     * @return an unmodifiable list, not null
     */
    public List<Observation> asList() {
        return new AbstractList<>() {
            @Override
            public Observation get(int index) {
                return table.observation(index);
            }

            @Override
            public int size() {
                return table.size();
            }
        };
    }

    /**
     * Returns the observations in order as a stream.
     *
     * @return a sequential stream, not null
     */
    public Stream<Observation> stream() {
        return IntStream.range(0, table.size()).mapToObj(table::observation);
    }

    /**
     * Returns the observations in order.
     *
     * @return an iterator that cannot remove, not null
     */
    @Override
    public Iterator<Observation> iterator() {
        return asList().iterator();
    }

    /**
     * Compares the observations in order.
     *
     * @param other  the other object
     * @return true if both hold equal observations in the same order
     */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Dataset d && asList().equals(d.asList());
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return asList().hashCode();
    }

    /**
     * Returns a short description, such as {@code Dataset[12 observations, 3 indicators, 1 area]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "Dataset[" + size() + " observations, " + indicators().size() + " indicators, "
                + areas().size() + " areas, " + periods().size() + " periods]";
    }

    /**
     * Starts an empty row, to fill with the parts of one observation and {@linkplain Builder#add(Row) add};
     * the same as {@link Builder#row()}, for code that has no builder at hand.
     *
     * @return a new row, not null
     */
    public static Row row() {
        return new Row();
    }

    /**
     * The bulk-load door: the parts of one observation as a reader parses them, to
     * {@linkplain Builder#add(Row) add} to a builder without building an {@link Observation}. A reader of
     * millions of rows (CSV, JSON, a database) takes one from {@link Builder#row()}, fills it and adds it;
     * the dataset is the one that building and adding each observation would give, with the same rows
     * refused for the same reasons. Its setters check and keep what {@link Observation.Builder}'s do:
     * nulls refused, a source or note trimmed, in NFC and cleared when blank, decimals kept with their
     * scale. A number may also be given as an unscaled {@code long} and a scale (as
     * {@link io.github.binhdang.core.unit.PlainDecimal} reads it from text), so that a reader need not
     * make a {@link BigDecimal} of it.
     *
     * <pre>
     * Dataset.Builder builder = Dataset.builder(expectedRows);
     * for (...) {
     *     builder.add(builder.row().key("W_ENT", "14", period, Breakdown.TOTAL).value(1510, 2));   // 15.10
     * }
     * Dataset dataset = builder.build();
     * </pre>
     *
     * <p>A row may also be {@linkplain #clear() cleared} and reused for the next line; a new row per line
     * is as cheap, being short-lived, and spares the collector the work of a long-lived object pointing at
     * young ones.
     *
     * @implNote A row is not thread-safe.
     */
    public static final class Row {
        private static final int MAX_SCALE = 29;
        private static final @Nullable String[] NO_TEXT = new String[0];

        @Nullable String indicator;
        @Nullable String area;
        @Nullable ReportingPeriod period;
        Breakdown breakdown = Breakdown.TOTAL;
        // Each number as the table keeps it: an unscaled long and a scale code (0 to 29), or the decimal
        // itself (ObservationTable.BIG), or absent.
        long value;
        int valueScale = ObservationTable.ABSENT;
        @Nullable BigDecimal bigValue;
        long numerator;
        int numeratorScale = ObservationTable.ABSENT;
        @Nullable BigDecimal bigNumerator;
        long denominator;
        int denominatorScale = ObservationTable.ABSENT;
        @Nullable BigDecimal bigDenominator;
        @Nullable Unit unit;
        Qualifier qualifier = Qualifier.EXACT;
        ObservationStatus status = ObservationStatus.FINAL;
        @Nullable String source;
        @Nullable String note;
        // Where the row was read from; 0 for no position. Its record in the file, or NO_RECORD.
        int line;
        int column;
        int record = SourcePosition.NO_RECORD;
        // Fields the file wrote otherwise than its notation and spellings say, by path; most rows have none.
        @Nullable String[] writtenPaths = NO_TEXT;
        @Nullable String[] writtenTexts = NO_TEXT;
        int writtenCount;

        private Row() {
        }

        /**
         * Empties the row: no key, no number, unit, source or note; exact and final.
         *
         * @return this row
         */
        public Row clear() {
            indicator = null;
            area = null;
            period = null;
            breakdown = Breakdown.TOTAL;
            valueScale = ObservationTable.ABSENT;
            numeratorScale = ObservationTable.ABSENT;
            denominatorScale = ObservationTable.ABSENT;
            bigValue = null;
            bigNumerator = null;
            bigDenominator = null;
            unit = null;
            qualifier = Qualifier.EXACT;
            status = ObservationStatus.FINAL;
            source = null;
            note = null;
            line = 0;
            column = 0;
            record = SourcePosition.NO_RECORD;
            writtenCount = 0;
            return this;
        }

        /**
         * Keeps a field as the file writes it, for a field written otherwise than the file's
         * {@linkplain SourceFile#format(BigDecimal) notation} or {@linkplain SourceFile#spelling(String, String)
         * spelling} say: {@code gần 400} for the value 400, {@code 1234,5} in a file that otherwise groups
         * thousands. The dataset keeps it only for a row added with a {@linkplain #at(int, int) position}, in
         * a sparse map, so that findings can quote it ({@link Dataset#written(int, String)}); a reader gives
         * it only where needed, as each costs some 100 bytes.
         *
         * @param path  the field's path, such as {@code value} or {@code breakdown.SEX}, not blank
         * @param text  the field as written, not null; kept as {@link Excerpt#of(CharSequence)} quotes it
         * @return this row
         * @throws InvalidValueException if the path is blank
         */
        public Row written(String path, String text) {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(text, "text");
            if (path.isBlank()) {
                throw new InvalidValueException("Dataset.Row.written", "'" + path + "'", "must name a field");
            }
            for (int i = 0; i < writtenCount; i++) {
                if (path.equals(writtenPaths[i])) {
                    writtenTexts[i] = Excerpt.of(text);
                    return this;
                }
            }
            if (writtenCount == writtenPaths.length) {
                writtenPaths = Arrays.copyOf(writtenPaths, writtenCount + 4);
                writtenTexts = Arrays.copyOf(writtenTexts, writtenCount + 4);
            }
            writtenPaths[writtenCount] = path;
            writtenTexts[writtenCount++] = Excerpt.of(text);
            return this;
        }

        /**
         * Sets where the row was read from: the line and column where it begins in the file named by
         * {@link Builder#source(SourceFile)}; a CSV row begins at column 1.
         *
         * @param line    the line, from 1
         * @param column  the column, from 1
         * @return this row
         * @throws InvalidValueException if the line or column is below 1
         */
        public Row at(int line, int column) {
            if (line < 1) {
                throw new InvalidValueException("Dataset.Row.line", line, "must be 1 or more");
            }
            if (column < 1) {
                throw new InvalidValueException("Dataset.Row.column", column, "must be 1 or more");
            }
            this.line = line;
            this.column = column;
            this.record = SourcePosition.NO_RECORD;
            return this;
        }

        /**
         * Sets where the row was read from, as {@link #at(int, int)} does, and its record in the file as
         * written ({@link SourcePosition#record()}): the row of a CSV table after the header, counting rows
         * left out, from 0. Validation then gives the record as a finding's index, so that a finding names
         * the row as written, not its place among the rows kept.
         *
         * @param line    the line, from 1
         * @param column  the column, from 1
         * @param record  the record, from 0
         * @return this row
         * @throws InvalidValueException if the line or column is below 1 or the record below 0
         */
        public Row at(int line, int column, int record) {
            at(line, column);
            if (record < 0) {
                throw new InvalidValueException("Dataset.Row.record", record, "must be 0 or more");
            }
            this.record = record;
            return this;
        }

        /**
         * Sets the key. The codes are checked when the row is added; handing over the same instances as
         * the row before lets the builder check and encode them once.
         *
         * @param indicator  the indicator's code, not null
         * @param area       the area's code, not null
         * @param period     the period, not null
         * @param breakdown  the breakdown, not null ({@link Breakdown#TOTAL} for none)
         * @return this row
         */
        public Row key(String indicator, String area, ReportingPeriod period, Breakdown breakdown) {
            this.indicator = Objects.requireNonNull(indicator, "indicator");
            this.area = Objects.requireNonNull(area, "area");
            this.period = Objects.requireNonNull(period, "period");
            this.breakdown = Objects.requireNonNull(breakdown, "breakdown");
            return this;
        }

        /**
         * Sets the value as reported.
         *
         * @param value  the value, not null
         * @return this row
         */
        public Row value(BigDecimal value) {
            Objects.requireNonNull(value, "value");
            if (fits(value)) {
                this.value = value.unscaledValue().longValue();
                this.valueScale = value.scale();
            } else {
                // Past a long: the one bound of every value (a row skips Observation.build).
                this.valueScale = ObservationTable.BIG;
                this.bigValue = Checks.requireBounded("Observation.value", value);
            }
            return this;
        }

        /**
         * Sets the value as reported, as {@code BigDecimal.valueOf(unscaled, scale)} would give it:
         * {@code value(1510, 2)} is 15.10.
         *
         * @param unscaled  the digits, without the point
         * @param scale     how many of them are after the point
         * @return this row
         */
        public Row value(long unscaled, int scale) {
            if (scale >= 0 && scale <= MAX_SCALE) {
                this.value = unscaled;
                this.valueScale = scale;
                return this;
            }
            return value(BigDecimal.valueOf(unscaled, scale));
        }

        /**
         * Sets the numerator the value was computed from.
         *
         * @param numerator  the numerator, not null
         * @return this row
         */
        public Row numerator(BigDecimal numerator) {
            Objects.requireNonNull(numerator, "numerator");
            if (fits(numerator)) {
                this.numerator = numerator.unscaledValue().longValue();
                this.numeratorScale = numerator.scale();
            } else {
                // Past a long: the one bound of every value (a row skips Observation.build).
                this.numeratorScale = ObservationTable.BIG;
                this.bigNumerator = Checks.requireBounded("Observation.numerator", numerator);
            }
            return this;
        }

        /**
         * Sets the numerator as {@code BigDecimal.valueOf(unscaled, scale)} would give it.
         *
         * @param unscaled  the digits, without the point
         * @param scale     how many of them are after the point
         * @return this row
         */
        public Row numerator(long unscaled, int scale) {
            if (scale >= 0 && scale <= MAX_SCALE) {
                this.numerator = unscaled;
                this.numeratorScale = scale;
                return this;
            }
            return numerator(BigDecimal.valueOf(unscaled, scale));
        }

        /**
         * Sets the denominator the value was computed from.
         *
         * @param denominator  the denominator, not null
         * @return this row
         */
        public Row denominator(BigDecimal denominator) {
            Objects.requireNonNull(denominator, "denominator");
            if (fits(denominator)) {
                this.denominator = denominator.unscaledValue().longValue();
                this.denominatorScale = denominator.scale();
            } else {
                // Past a long: the one bound of every value (a row skips Observation.build).
                this.denominatorScale = ObservationTable.BIG;
                this.bigDenominator = Checks.requireBounded("Observation.denominator", denominator);
            }
            return this;
        }

        /**
         * Sets the denominator as {@code BigDecimal.valueOf(unscaled, scale)} would give it.
         *
         * @param unscaled  the digits, without the point
         * @param scale     how many of them are after the point
         * @return this row
         */
        public Row denominator(long unscaled, int scale) {
            if (scale >= 0 && scale <= MAX_SCALE) {
                this.denominator = unscaled;
                this.denominatorScale = scale;
                return this;
            }
            return denominator(BigDecimal.valueOf(unscaled, scale));
        }

        /** Whether the table keeps a decimal in its columns: a scale of 0 to 29 and at most 63 bits. */
        private static boolean fits(BigDecimal number) {
            int scale = number.scale();
            // At most 18 digits always fits a long; more are checked bit by bit.
            return scale >= 0 && scale <= MAX_SCALE
                    && (number.precision() <= 18 || number.unscaledValue().bitLength() < 64);
        }

        /**
         * Sets the unit the value was stated in.
         *
         * @param unit  the unit, not null
         * @return this row
         */
        public Row unit(Unit unit) {
            this.unit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * Sets how exactly the value is meant; the default is {@link Qualifier#EXACT}.
         *
         * @param qualifier  the qualifier, not null
         * @return this row
         */
        public Row qualifier(Qualifier qualifier) {
            this.qualifier = Objects.requireNonNull(qualifier, "qualifier");
            return this;
        }

        /**
         * Sets how final the value is; the default is {@link ObservationStatus#FINAL}.
         *
         * @param status  the status, not null
         * @return this row
         */
        public Row status(ObservationStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * Sets the source; blank text clears it.
         *
         * @param source  the source, not null
         * @return this row
         */
        public Row source(String source) {
            this.source = optionalText(source);
            return this;
        }

        /**
         * Sets a note; blank text clears it.
         *
         * @param note  the note, not null
         * @return this row
         */
        public Row note(String note) {
            this.note = optionalText(note);
            return this;
        }

        private static @Nullable String optionalText(String text) {
            // Observation.Builder's rule; empty text, the common case, needs no normalising.
            if (Objects.requireNonNull(text, "text").isEmpty()) {
                return null;
            }
            String t = Checks.nfc(text).strip();
            return t.isEmpty() ? null : t;
        }
    }

    /**
     * Builds a {@link Dataset}, refusing a second observation for a key already added.
     *
     * @implNote A builder is not thread-safe. {@link #build()} may be called more than once; each
     *     dataset it returns is independent of later additions.
     */
    public static final class Builder {
        private final ObservationTable table;
        private final int expectedSize;
        private @Nullable Positions positions;

        private Builder(int expectedSize) {
            this.table = new ObservationTable(expectedSize);
            this.expectedSize = expectedSize;
        }

        /**
         * Says which file the rows are read from: the dataset then keeps the position of each row added
         * with one ({@link Row#at(int, int)}, {@link #addIfAbsent(Observation, int, int)}), and the file, for
         * validation to name in its findings. Rows added before have no position.
         *
         * @param file  the file, not null
         * @return this builder
         */
        public Builder source(SourceFile file) {
            Objects.requireNonNull(file, "file");
            Positions p = positions;
            if (p == null) {
                positions = new Positions(file, Math.max(expectedSize, table.size()));
            } else {
                p.file = file;
            }
            return this;
        }

        private void place(int row, int line, int column, int record) {
            if (line < 1) {
                return;
            }
            Positions p = positions;
            if (p == null) {
                p = positions = new Positions(SourceFile.unnamed(), Math.max(expectedSize, row + 1));
            }
            p.set(row, line, column, record);
        }

        private void place(int row, Row from) {
            place(row, from.line, from.column, from.record);
            Positions p = positions;
            if (from.writtenCount > 0 && from.line > 0 && p != null) {
                p.write(row, from);
            }
        }

        /**
         * Adds an observation read from a line and column of the {@linkplain #source(SourceFile) file},
         * unless an observation with its key was added before.
         *
         * @param observation  the observation, not null
         * @param line         the line where it begins, from 1
         * @param column       the column where it begins, from 1
         * @return empty if it was added, else the position of the observation that has its key, whose
         *         {@linkplain #position(int) position} names the first row
         * @throws InvalidValueException if the line or column is below 1
         */
        public OptionalInt addIfAbsent(Observation observation, int line, int column) {
            return addPlaced(observation, line, column, SourcePosition.NO_RECORD);
        }

        /**
         * Adds an observation read from a line and column of the {@linkplain #source(SourceFile) file}, as its
         * record there ({@link SourcePosition#record()}: the element of a JSON array, counting elements left
         * out), unless an observation with its key was added before.
         *
         * @param observation  the observation, not null
         * @param line         the line where it begins, from 1
         * @param column       the column where it begins, from 1
         * @param record       its record in the file as written, from 0
         * @return empty if it was added, else the position of the observation that has its key, whose
         *         {@linkplain #position(int) position} names the first row
         * @throws InvalidValueException if the line or column is below 1 or the record below 0
         */
        public OptionalInt addIfAbsent(Observation observation, int line, int column, int record) {
            if (record < 0) {
                throw new InvalidValueException("Dataset.Row.record", record, "must be 0 or more");
            }
            return addPlaced(observation, line, column, record);
        }

        private OptionalInt addPlaced(Observation observation, int line, int column, int record) {
            Objects.requireNonNull(observation, "observation");
            if (line < 1 || column < 1) {
                throw new InvalidValueException("Dataset.position", line + ":" + column, "must be 1 or more");
            }
            int existing = table.find(observation.key());
            if (existing >= 0) {
                return OptionalInt.of(existing);
            }
            int row = table.size();
            table.add(observation);
            place(row, line, column, record);
            return OptionalInt.empty();
        }

        /**
         * Returns where the observation at a position was read from.
         *
         * @param index  the position, from 0 to {@code size() - 1}
         * @return the position in the file, or empty when it was added without one
         * @throws IndexOutOfBoundsException if the index is outside the observations added
         */
        public Optional<SourcePosition> position(int index) {
            Objects.checkIndex(index, table.size());
            Positions p = positions;
            return p == null ? Optional.empty() : p.at(index);
        }

        /**
         * Adds an observation.
         *
         * @param observation  the observation, not null
         * @return this builder
         * @throws InvalidValueException if an observation with the same key was added before; the
         *         message names the key and the position of the first one
         */
        public Builder add(Observation observation) {
            table.add(Objects.requireNonNull(observation, "observation"));
            return this;
        }

        /**
         * Starts an empty row to fill with the parts of one observation and {@linkplain #add(Row) add} to
         * this builder: the door for bulk loading, see {@link Row}.
         *
         * @return a new row, not null
         */
        public Row row() {
            return new Row();
        }

        /**
         * Adds an observation from the parts of a row, without building an {@link Observation}: what a
         * reader of millions of rows (CSV, JSON, a database) uses. It applies the same checks with the same
         * messages as building the observation with {@link Observation#builder} and {@link #add(Observation)
         * adding} it, so the dataset is the same and the same rows are refused; it is faster when rows hand
         * over the same code, period or breakdown instance as rows before, each then checked and encoded once.
         * The row is left as it is; {@linkplain Row#clear() clear} it to reuse it.
         *
         * @param row  the row, not null
         * @return this builder
         * @throws NullPointerException if the row's key was not set
         * @throws InvalidValueException if the row has no value, numerator or denominator, if the indicator
         *         or area is blank, or if an observation with the same key was added before
         */
        public Builder add(Row row) {
            Objects.requireNonNull(row, "row");
            // Observation.builder's checks, in its order.
            String indicator = Objects.requireNonNull(row.indicator, "indicator");
            String area = Objects.requireNonNull(row.area, "area");
            ReportingPeriod period = Objects.requireNonNull(row.period, "period");
            int position = table.size();
            table.addRow(indicator, area, period, row.breakdown,
                    row.value, row.valueScale, row.bigValue, row.numerator, row.numeratorScale, row.bigNumerator,
                    row.denominator, row.denominatorScale, row.bigDenominator, row.qualifier, row.status,
                    row.unit, row.source, row.note);
            place(position, row);
            return this;
        }

        /**
         * Adds a row as {@link #add(Row)} does unless an observation with its key was added before: a
         * repeated key is answered, not thrown, with the position of the observation that has it, whose
         * {@linkplain #position(int) position} gives the line of the first row. What a reader uses to
         * report a repeated row with both lines.
         *
         * <pre>
         * OptionalInt first = builder.addIfAbsent(row.at(12, 1));
         * if (first.isPresent()) {   // line 12 repeats the key of builder.position(first.getAsInt())
         *     ...
         * }
         * </pre>
         *
         * @param row  the row, not null
         * @return empty if the row was added, else the position of the observation that has its key
         * @throws NullPointerException if the row's key was not set
         * @throws InvalidValueException if the row has no value, numerator or denominator, or if the
         *         indicator or area is blank
         */
        public OptionalInt addIfAbsent(Row row) {
            Objects.requireNonNull(row, "row");
            String indicator = Objects.requireNonNull(row.indicator, "indicator");
            String area = Objects.requireNonNull(row.area, "area");
            ReportingPeriod period = Objects.requireNonNull(row.period, "period");
            int position = table.size();
            int existing = table.addRowIfAbsent(indicator, area, period, row.breakdown,
                    row.value, row.valueScale, row.bigValue, row.numerator, row.numeratorScale, row.bigNumerator,
                    row.denominator, row.denominatorScale, row.bigDenominator, row.qualifier, row.status,
                    row.unit, row.source, row.note);
            if (existing >= 0) {
                return OptionalInt.of(existing);
            }
            place(position, row);
            return OptionalInt.empty();
        }

        /**
         * Adds observations in order.
         *
         * @param observations  the observations, not null
         * @return this builder
         * @throws InvalidValueException if a key repeats; the observations before it stay added
         */
        public Builder addAll(Iterable<Observation> observations) {
            for (Observation o : observations) {
                add(o);
            }
            return this;
        }

        /**
         * Tells whether an observation with this key was added.
         *
         * @param key  the key, not null
         * @return true if it was
         */
        public boolean contains(ObservationKey key) {
            return table.find(key) >= 0;
        }

        /**
         * Returns how many observations were added.
         *
         * @return the count
         */
        public int size() {
            return table.size();
        }

        /**
         * Builds the dataset of the observations added so far.
         *
         * @return the dataset, not null
         */
        public Dataset build() {
            Positions p = positions;
            return new Dataset(table.compact(), p == null ? null : p.copy(table.size()));
        }
    }
}
