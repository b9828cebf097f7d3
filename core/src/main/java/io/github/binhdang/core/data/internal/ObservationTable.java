package io.github.binhdang.core.data.internal;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.internal.Codebook;
import io.github.binhdang.core.internal.Dictionary;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The columns behind a {@code Dataset}: one primitive array per field, keys dictionary-encoded, decimals
 * held as an unscaled {@code long} and a scale. About 42 bytes a row plus the key index (about 5.3
 * bytes a row at its load factor of 0.75).
 *
 * <p>Row layout: {@code indicator} (char id), {@code area} (int id), {@code period} (char id),
 * {@code breakdown} (char id), {@code value}, {@code numerator}, {@code denominator} (unscaled longs),
 * {@code meta} (three 5-bit scale codes, the qualifier and the status), {@code attributes} (int id of
 * the unit, source and note). A scale code is the decimal scale 0 to 29, {@link #ABSENT} when the
 * number was not reported, or {@link #BIG} when it does not fit (more than 63 bits, a negative scale or
 * a scale above 29): those few are kept exactly in a side map.
 *
 * <p>While building, rows are appended and the index refuses a second row with the same key; the
 * building index keeps each row's 32-bit key hash beside it (a {@code long} a slot), so that a probe reads
 * the key columns only of a row whose hash matches and a rehash reads no column at all. A small filter of
 * the keys added spares most new keys the probe, and new rows are placed in the index in batches.
 * {@link #compact()} gives a right-sized copy that is never changed again and may be shared; its index
 * keeps the row alone (an {@code int} a slot), built from the stored hashes without reading the columns.
 */
public final class ObservationTable implements ObservationColumns {

    private static final int MAX_SCALE = 29;
    private static final int CHAR_IDS = 1 << 16;
    private static final Qualifier[] QUALIFIERS = Qualifier.values();
    private static final ObservationStatus[] STATUSES = ObservationStatus.values();
    private static final int[] NO_SLOTS = new int[0];
    private static final long[] NO_KEYED = new long[0];
    private static final int PENDING = 1024;

    /** Carries what few rows share: the stated unit, the source and the note. */
    public record Attributes(@Nullable Unit unit, @Nullable String source, @Nullable String note) {
    }

    private final Codebook<String> indicators;
    private final Codebook<String> areas;
    private final Codebook<ReportingPeriod> periods;
    private final Codebook<Breakdown> breakdowns;
    // Unit, source and note combinations.
    private final Codebook<Attributes> attributes;

    private int size;
    private char[] indicator;
    private int[] area;
    private char[] period;
    private char[] breakdown;
    private long[] value;
    private long[] numerator;
    private long[] denominator;
    private int[] meta;
    private int[] attribute;
    private final Map<Long, BigDecimal> big;
    // Per indicator id, four masks of the scale codes seen (bit c for code c, BIG and ABSENT included) in
    // its values, numerators, denominators, and the numerators of rows with no value: what aggregation
    // sums at, and whether every row shares one scale, known without a pass over the rows.
    private int[] scaleCodes;
    // Per indicator id, the largest magnitude of its unscaled values, numerators and denominators held
    // in the columns: with the row count, a bound that tells aggregation a sum cannot overflow.
    private long[] magnitudes;
    // Per indicator id, its rows, and the qualifiers and statuses seen (meta's bits 15-19 OR-ed).
    private int[] rowsOf;
    private int[] flagsOf;
    // Every qualifier and status seen, as meta's bits 15-19 OR-ed together: zero while all rows are
    // exact and final, which lets aggregation skip tracking them per total.
    private int qualifiersAndStatuses;
    // The finished index: open addressing, linear probing; a slot holds row + 1, 0 when empty. Empty while
    // building.
    private int[] slots;
    // The building index, the same probing over the same positions: a slot holds the key's hash in its high
    // 32 bits and row + 1 in its low 32 bits, 0 when empty. Empty in a finished table.
    private long[] keyed;
    // While building, the rows appended but not yet placed in `keyed` (entries as there), placed a batch at
    // a time: a batch's random writes overlap in the memory system where one row's at a time would each
    // wait. Beside them a one-hash Bloom filter of every row's key (8 bits per slot of `keyed`, in the
    // cache where `keyed` is not): a key whose bit is clear was never added, so it needs no probe. The filter
    // is blocked: a key's indicator, area and period choose a block of 512 bits (a cache line), its hash two
    // bits in it, so the rows of a file that lists each place and period's breakdowns together (a tidy file,
    // and what the writers write) test and set bits in one line for many rows, not one random line a row.
    private long[] pending;
    private int pendingCount;
    private long[] seen;
    // True for a table whose builder appends only rows of keys known to be new (appendNew) and hands it
    // over: it keeps no building index, and its finished index is made once, from the rows, when handed over.
    private final boolean indexedWhenHandedOver;

    /**
     * Creates an empty table to build on.
     *
     * @param expectedRows  how many rows to make room for at first
     */
    public ObservationTable(int expectedRows) {
        this(expectedRows, false);
    }

    /**
     * Creates an empty table for rows whose keys its builder knows to be distinct, such as aggregation's
     * totals, one per group: rows are added only by {@code appendNew}, no key is looked up while building,
     * and the key index is made once, from the rows, by {@link #handOver()} (or {@link #compact()}).
     *
     * @param rows  how many rows will be appended
     * @return the table
     */
    public static ObservationTable ofDistinctKeys(int rows) {
        return new ObservationTable(rows, true);
    }

    private ObservationTable(int expectedRows, boolean distinctKeys) {
        indexedWhenHandedOver = distinctKeys;
        int n = Math.max(16, expectedRows);
        indicators = new Codebook<>("Dataset.indicator", CHAR_IDS);
        areas = new Codebook<>("Dataset.area", Integer.MAX_VALUE);
        periods = new Codebook<>("Dataset.period", CHAR_IDS);
        breakdowns = new Codebook<>("Dataset.breakdown", CHAR_IDS);
        attributes = new Codebook<>("Dataset.attributes", Integer.MAX_VALUE);
        indicator = new char[n];
        area = new int[n];
        period = new char[n];
        breakdown = new char[n];
        value = new long[n];
        numerator = new long[n];
        denominator = new long[n];
        meta = new int[n];
        attribute = new int[n];
        big = new HashMap<>();
        scaleCodes = new int[4 * 16];
        magnitudes = new long[3 * 16];
        rowsOf = new int[16];
        flagsOf = new int[16];
        slots = NO_SLOTS;
        keyed = distinctKeys ? NO_KEYED : new long[capacityFor(n)];
        pending = distinctKeys ? NO_KEYED : new long[PENDING];
        seen = distinctKeys ? NO_KEYED : filterOf(keyed);
    }

    private ObservationTable(ObservationTable t, boolean share) {
        indexedWhenHandedOver = false;
        indicators = t.indicators.freeze();
        areas = t.areas.freeze();
        periods = t.periods.freeze();
        breakdowns = t.breakdowns.freeze();
        attributes = t.attributes.freeze();
        size = t.size;
        if (share) {
            indicator = t.indicator;
            area = t.area;
            period = t.period;
            breakdown = t.breakdown;
            value = t.value;
            numerator = t.numerator;
            denominator = t.denominator;
            meta = t.meta;
            attribute = t.attribute;
        } else {
            indicator = Arrays.copyOf(t.indicator, size);
            area = Arrays.copyOf(t.area, size);
            period = Arrays.copyOf(t.period, size);
            breakdown = Arrays.copyOf(t.breakdown, size);
            value = Arrays.copyOf(t.value, size);
            numerator = Arrays.copyOf(t.numerator, size);
            denominator = Arrays.copyOf(t.denominator, size);
            meta = Arrays.copyOf(t.meta, size);
            attribute = Arrays.copyOf(t.attribute, size);
        }
        big = Map.copyOf(t.big);
        int n = Math.max(1, indicators.size());
        scaleCodes = Arrays.copyOf(t.scaleCodes, 4 * n);
        magnitudes = Arrays.copyOf(t.magnitudes, 3 * n);
        rowsOf = Arrays.copyOf(t.rowsOf, n);
        flagsOf = Arrays.copyOf(t.flagsOf, n);
        qualifiersAndStatuses = t.qualifiersAndStatuses;
        keyed = NO_KEYED;
        pending = NO_KEYED;
        seen = NO_KEYED;
        slots = t.finishedSlots();
    }

    /**
     * The finished index of a building table's rows, at the capacity a table of exactly its rows has. When
     * the building index has that capacity, its slots are kept as they are, rows without their hashes.
     * Otherwise each row moves, by its stored hash, to a table of that capacity: as a slot is a monotone
     * function of the hash, walking the old slots in order fills the new ones nearly in order too.
     */
    private int[] finishedSlots() {
        if (indexedWhenHandedOver) {
            return slotsOfRows();
        }
        if (keyed.length == 0) {
            // Already finished: its index is right-sized and never changes.
            return slots;
        }
        placePending();
        int capacity = capacityFor(size);
        int[] finished = new int[capacity];
        long[] from = keyed;
        if (from.length == capacity) {
            for (int s = 0; s < capacity; s++) {
                finished[s] = (int) from[s];
            }
            return finished;
        }
        for (long entry : from) {
            if (entry != 0) {
                int s = slotOf((int) (entry >>> 32), capacity);
                while (finished[s] != 0) {
                    s = s + 1 == capacity ? 0 : s + 1;
                }
                finished[s] = (int) entry;
            }
        }
        return finished;
    }

    /** The finished index of rows whose keys are known to be distinct: each row placed by its key's hash. */
    private int[] slotsOfRows() {
        int capacity = capacityFor(size);
        int[] finished = new int[capacity];
        for (int r = 0; r < size; r++) {
            int s = slotOf(hash(indicator[r], area[r], period[r], breakdown[r]), capacity);
            while (finished[s] != 0) {
                s = s + 1 == capacity ? 0 : s + 1;
            }
            finished[s] = r + 1;
        }
        return finished;
    }

    @Override
    public Dictionary<String> indicators() {
        return indicators;
    }

    @Override
    public Dictionary<String> areas() {
        return areas;
    }

    @Override
    public Dictionary<ReportingPeriod> periods() {
        return periods;
    }

    @Override
    public Dictionary<Breakdown> breakdowns() {
        return breakdowns;
    }

    /**
     * Returns the id of an indicator code in a table being built, giving it the next id if it is new.
     *
     * @param code  the code, already checked
     * @return its id
     */
    public int encodeIndicator(String code) {
        return indicators.encode(code);
    }

    /**
     * Returns the id of an area code in a table being built, giving it the next id if it is new.
     *
     * @param code  the code, already checked
     * @return its id
     */
    public int encodeArea(String code) {
        return areas.encode(code);
    }

    /**
     * Returns the id of a period in a table being built, giving it the next id if it is new.
     *
     * @param period  the period
     * @return its id
     */
    public int encodePeriod(ReportingPeriod period) {
        return periods.encode(period);
    }

    /**
     * Returns the id of a breakdown in a table being built, giving it the next id if it is new.
     *
     * @param breakdown  the breakdown
     * @return its id
     */
    public int encodeBreakdown(Breakdown breakdown) {
        return breakdowns.encode(breakdown);
    }

    /**
     * Returns the id of a unit, source and note combination in a table being built, for
     * {@link #appendNew}.
     *
     * @param attributes  the combination
     * @return its id
     */
    public int encodeAttributes(Attributes attributes) {
        return this.attributes.encode(attributes);
    }

    /**
     * Returns a right-sized, read-only copy of the rows added so far.
     *
     * @return the copy
     */
    public ObservationTable compact() {
        return new ObservationTable(this, false);
    }

    /**
     * Returns the rows as a read-only table, sharing this table's columns and index when they are
     * exactly full (the table was made for exactly this many rows); otherwise as {@link #compact()}. For a
     * builder that hands its table over and never adds to it again, such as aggregation's totals.
     *
     * @return the read-only table
     */
    public ObservationTable handOver() {
        boolean full = indicator.length == size && (indexedWhenHandedOver || keyed.length == capacityFor(size));
        return new ObservationTable(this, full);
    }

    private static int capacityFor(int rows) {
        long c = (long) rows * 4 / 3 + 1;
        if (c > Integer.MAX_VALUE - 8) {
            throw new InvalidValueException("Dataset.size", rows, "is more rows than one dataset can index");
        }
        return (int) Math.max(16, c);
    }

    /**
     * Appends an observation, refusing a second one with the same key.
     *
     * @param o  the observation
     */
    public void add(Observation o) {
        add(o.indicator(), o.area(), o.period(), o.breakdown(), o.value().orElse(null), o.numerator().orElse(null),
                o.denominator().orElse(null), o.qualifier(), o.status(),
                new Attributes(o.unit().orElse(null), o.source().orElse(null), o.note().orElse(null)));
    }

    /**
     * Appends a row from parts that are already valid (codes from another dataset, checked numbers),
     * without building an {@link Observation}: the path aggregation takes for its totals.
     *
     * @param indicator    the indicator code
     * @param area         the area code
     * @param period       the period
     * @param breakdown    the breakdown
     * @param value        the value, or null
     * @param numerator    the numerator, or null
     * @param denominator  the denominator, or null
     * @param qualifier    the qualifier
     * @param status       the status
     * @param attributes   the unit, source and note
     */
    public void add(String indicator, String area, ReportingPeriod period, Breakdown breakdown,
            @Nullable BigDecimal value, @Nullable BigDecimal numerator, @Nullable BigDecimal denominator,
            Qualifier qualifier, ObservationStatus status, Attributes attributes) {
        int ind = indicators.encode(indicator);
        int ar = areas.encode(area);
        int per = periods.encode(period);
        int brk = breakdowns.encode(breakdown);
        int existing = find(ind, ar, per, brk);
        if (existing >= 0) {
            // The key's text form, as ObservationKey.toString writes it.
            throw new InvalidValueException("Dataset.observation", indicator + "/" + area + "/" + period + "/" + breakdown,
                    "duplicates the key of observation " + existing + "; a dataset holds one value per key");
        }
        append(ind, ar, per, brk, value, numerator, denominator, qualifier, status, attributes);
    }

    // What addRow saw last, so that a reader handing over the same code, period or breakdown row after row
    // has it checked and encoded once: the last indicator and area texts given (before their checks) with
    // their ids, and small identity caches of periods and breakdowns. Only a building table uses them.
    private @Nullable String lastIndicatorIn;
    private int lastIndicatorId;
    private @Nullable String lastAreaIn;
    private int lastAreaId;
    private @Nullable IdentityIds periodIds;
    private @Nullable IdentityIds breakdownIds;
    private @Nullable Unit lastUnit;
    private @Nullable String lastSource;
    private @Nullable String lastNote;
    private int lastAttributeId = -1;

    /**
     * Appends a row from its parts, with the checks and messages of building an {@link Observation} from
     * them and {@link #add(Observation) adding} it: codes not blank (trimmed, in NFC), a number given,
     * the key not added before. A code, period or breakdown given as the same instance as in an earlier
     * row is checked and encoded once. A number is given as an unscaled {@code long} with its scale code
     * (0 to 29), as {@link #BIG} with the decimal, or as {@link #ABSENT}.
     *
     * @param indicator  the indicator code, as given
     * @param area       the area code, as given
     * @param period     the period
     * @param breakdown  the breakdown
     * @param v          the unscaled value
     * @param vs         its scale code
     * @param bigV       the value when its scale code is {@link #BIG}
     * @param n          the unscaled numerator
     * @param ns         its scale code
     * @param bigN       the numerator when its scale code is {@link #BIG}
     * @param d          the unscaled denominator
     * @param ds         its scale code
     * @param bigD       the denominator when its scale code is {@link #BIG}
     * @param q          the qualifier
     * @param st         the status
     * @param unit       the unit, or null
     * @param source     the source (trimmed, NFC, not blank), or null
     * @param note       the note (trimmed, NFC, not blank), or null
     * @throws InvalidValueException if no number is given, a code is blank, or the key was added before
     */
    public void addRow(String indicator, String area, ReportingPeriod period, Breakdown breakdown,
            long v, int vs, @Nullable BigDecimal bigV, long n, int ns, @Nullable BigDecimal bigN,
            long d, int ds, @Nullable BigDecimal bigD, Qualifier q, ObservationStatus st,
            @Nullable Unit unit, @Nullable String source, @Nullable String note) {
        int existing = addRowIfAbsent(indicator, area, period, breakdown, v, vs, bigV, n, ns, bigN, d, ds, bigD, q, st,
                unit, source, note);
        if (existing >= 0) {
            throw new InvalidValueException("Dataset.observation", indicators.value(indicatorId(existing)) + "/"
                    + areas.value(areaId(existing)) + "/" + period + "/" + breakdown,
                    "duplicates the key of observation " + existing + "; a dataset holds one value per key");
        }
    }

    /**
     * Appends a row as {@link #addRow} does, except that a row whose key was added before is not an
     * exception: it is left out, and the position of the row that holds the key is returned, so that a
     * reader can name both rows without asking again.
     *
     * @param indicator  the indicator code, as given
     * @param area       the area code, as given
     * @param period     the period
     * @param breakdown  the breakdown
     * @param v          the unscaled value
     * @param vs         its scale code
     * @param bigV       the value when its scale code is {@link #BIG}
     * @param n          the unscaled numerator
     * @param ns         its scale code
     * @param bigN       the numerator when its scale code is {@link #BIG}
     * @param d          the unscaled denominator
     * @param ds         its scale code
     * @param bigD       the denominator when its scale code is {@link #BIG}
     * @param q          the qualifier
     * @param st         the status
     * @param unit       the unit, or null
     * @param source     the source (trimmed, NFC, not blank), or null
     * @param note       the note (trimmed, NFC, not blank), or null
     * @return -1 if the row was appended, else the position of the row with the same key
     * @throws InvalidValueException if no number is given or a code is blank
     */
    public int addRowIfAbsent(String indicator, String area, ReportingPeriod period, Breakdown breakdown,
            long v, int vs, @Nullable BigDecimal bigV, long n, int ns, @Nullable BigDecimal bigN,
            long d, int ds, @Nullable BigDecimal bigD, Qualifier q, ObservationStatus st,
            @Nullable Unit unit, @Nullable String source, @Nullable String note) {
        if (vs == ABSENT && ns == ABSENT && ds == ABSENT) {
            // Observation.Builder.build's check and message.
            throw new InvalidValueException("Observation.value", null,
                    "is missing: an observation needs a value or its numerator and denominator");
        }
        // Both codes are checked before either is encoded, as ObservationKey does before the table sees them.
        boolean sameIndicator = indicator == lastIndicatorIn || indicator.equals(lastIndicatorIn);
        boolean sameArea = area == lastAreaIn || area.equals(lastAreaIn);
        String checkedIndicator = sameIndicator ? indicator : Checks.requireText("Observation.indicator", indicator);
        String checkedArea = sameArea ? area : Checks.requireText("Observation.area", area);
        // The last texts are stored only when they change: storing a young string into this long-lived table
        // costs a garbage-collector barrier with a memory fence, every row.
        int ind = lastIndicatorId;
        if (!sameIndicator) {
            ind = indicators.encode(checkedIndicator);
            lastIndicatorIn = indicator;
            lastIndicatorId = ind;
        }
        int ar = lastAreaId;
        if (!sameArea) {
            ar = areas.encode(checkedArea);
            lastAreaIn = area;
            lastAreaId = ar;
        }
        IdentityIds pIds = periodIds;
        if (pIds == null) {
            pIds = periodIds = new IdentityIds();
        }
        int per = pIds.of(period, periods);
        IdentityIds bIds = breakdownIds;
        if (bIds == null) {
            bIds = breakdownIds = new IdentityIds();
        }
        int brk = bIds.of(breakdown, breakdowns);
        // Most keys are new and their filter bit says so; only the others are looked for.
        int existing = isMaybeAdded(ind, ar, per, hash(ind, ar, per, brk)) ? find(ind, ar, per, brk) : -1;
        if (existing >= 0) {
            return existing;
        }
        int attributeId = lastAttributeId;
        if (attributeId < 0 || unit != lastUnit || !Objects.equals(source, lastSource)
                || !Objects.equals(note, lastNote)) {
            attributeId = attributes.encode(new Attributes(unit, source, note));
            lastUnit = unit;
            lastSource = source;
            lastNote = note;
            lastAttributeId = attributeId;
        }
        if (size == this.indicator.length) {
            grow();
        }
        int row = size;
        this.indicator[row] = (char) ind;
        this.area[row] = ar;
        this.period[row] = (char) per;
        this.breakdown[row] = (char) brk;
        value[row] = part(row, 0, v, vs, bigV);
        numerator[row] = part(row, 1, n, ns, bigN);
        denominator[row] = part(row, 2, d, ds, bigD);
        finish(row, ind, vs, ns, ds, q, st, attributeId);
        return -1;
    }

    /** The unscaled long a column holds for a number, keeping a big one in the side map. */
    private long part(int row, int column, long unscaled, int scaleCode, @Nullable BigDecimal bigNumber) {
        if (scaleCode == BIG) {
            big.put(bigKey(row, column), Objects.requireNonNull(bigNumber, "big number"));
            return 0;
        }
        return scaleCode == ABSENT ? 0 : unscaled;
    }

    /**
     * Ids of the values a reader hands over again and again as the same instances (memoised periods and
     * breakdowns): a small direct-mapped cache by identity in front of the codebook, whose lookup would
     * hash the value (a breakdown hashes its whole map) every row.
     */
    private static final class IdentityIds {
        private static final int SIZE = 256;
        private final Object[] keys = new Object[SIZE];
        private final int[] ids = new int[SIZE];

        <T> int of(T value, Codebook<T> book) {
            int at = System.identityHashCode(value) & SIZE - 1;
            if (keys[at] == value) {
                return ids[at];
            }
            int id = book.encode(value);
            keys[at] = value;
            ids[at] = id;
            return id;
        }
    }

    private void append(int ind, int ar, int per, int brk, @Nullable BigDecimal v, @Nullable BigDecimal n,
            @Nullable BigDecimal d, Qualifier q, ObservationStatus st, Attributes a) {
        appendNew(ind, ar, per, brk, v, n, d, q, st, attributes.encode(a));
    }

    /**
     * Appends a row whose key is known to be new (the caller guarantees it, as aggregation does for its
     * totals, one per group), from ids and unscaled numbers: no lookup of codes, no duplicate check, no
     * {@code BigDecimal}.
     *
     * @param ind          the indicator id, from {@link #indicators}
     * @param ar           the area id
     * @param per          the period id
     * @param brk          the breakdown id
     * @param v            the unscaled value
     * @param vs           its scale, 0 to 29, or {@link #ABSENT}
     * @param n            the unscaled numerator
     * @param ns           its scale, 0 to 29, or {@link #ABSENT}
     * @param d            the unscaled denominator
     * @param ds           its scale, 0 to 29, or {@link #ABSENT}
     * @param q            the qualifier
     * @param st           the status
     * @param attributeId  the id of the unit, source and note, from {@link #attributes}
     */
    public void appendNew(int ind, int ar, int per, int brk, long v, int vs, long n, int ns, long d, int ds,
            Qualifier q, ObservationStatus st, int attributeId) {
        if (size == indicator.length) {
            grow();
        }
        int row = size;
        indicator[row] = (char) ind;
        area[row] = ar;
        period[row] = (char) per;
        breakdown[row] = (char) brk;
        value[row] = vs == ABSENT ? 0 : v;
        numerator[row] = ns == ABSENT ? 0 : n;
        denominator[row] = ds == ABSENT ? 0 : d;
        finish(row, ind, checkedScale(vs), checkedScale(ns), checkedScale(ds), q, st, attributeId);
    }

    /**
     * Appends a row whose key is known to be new, from ids and decimals (the few totals that overflowed a
     * long).
     *
     * @param ind          the indicator id
     * @param ar           the area id
     * @param per          the period id
     * @param brk          the breakdown id
     * @param v            the value, or null
     * @param n            the numerator, or null
     * @param d            the denominator, or null
     * @param q            the qualifier
     * @param st           the status
     * @param attributeId  the id of the unit, source and note
     */
    public void appendNew(int ind, int ar, int per, int brk, @Nullable BigDecimal v, @Nullable BigDecimal n,
            @Nullable BigDecimal d, Qualifier q, ObservationStatus st, int attributeId) {
        if (size == indicator.length) {
            grow();
        }
        int row = size;
        indicator[row] = (char) ind;
        area[row] = ar;
        period[row] = (char) per;
        breakdown[row] = (char) brk;
        int vs = encode(row, 0, v);
        int ns = encode(row, 1, n);
        int ds = encode(row, 2, d);
        finish(row, ind, vs, ns, ds, q, st, attributeId);
    }

    private static int checkedScale(int code) {
        if ((code < 0 || code > MAX_SCALE) && code != ABSENT) {
            throw new IllegalArgumentException("scale code " + code + " is not 0 to " + MAX_SCALE + " or ABSENT");
        }
        return code;
    }

    /** Records a row's meta and per-indicator facts, and indexes it. */
    private void finish(int row, int ind, int vs, int ns, int ds, Qualifier q, ObservationStatus st, int attributeId) {
        int flags = q.ordinal() << 15 | st.ordinal() << 18;
        meta[row] = vs | ns << 5 | ds << 10 | flags;
        qualifiersAndStatuses |= flags;
        if (ind >= rowsOf.length) {
            int n = Math.max(ind + 1, rowsOf.length * 2);
            scaleCodes = Arrays.copyOf(scaleCodes, 4 * n);
            magnitudes = Arrays.copyOf(magnitudes, 3 * n);
            rowsOf = Arrays.copyOf(rowsOf, n);
            flagsOf = Arrays.copyOf(flagsOf, n);
        }
        rowsOf[ind]++;
        flagsOf[ind] |= flags;
        scaleCodes[4 * ind] |= 1 << vs;
        scaleCodes[4 * ind + 1] |= 1 << ns;
        scaleCodes[4 * ind + 2] |= 1 << ds;
        if (vs == ABSENT) {
            scaleCodes[4 * ind + 3] |= 1 << ns;
        }
        raise(3 * ind, vs, value[row]);
        raise(3 * ind + 1, ns, numerator[row]);
        raise(3 * ind + 2, ds, denominator[row]);
        attribute[row] = attributeId;
        size++;
        if (indexedWhenHandedOver) {
            return;
        }
        if ((long) size * 4 > (long) keyed.length * 3) {
            placePending();
            keyed = rehashed(keyed, capacityFor(size * 2));
            seen = filterOf(keyed);
        }
        int h = hash(ind, area[row], period[row], breakdown[row]);
        markAdded(seen, filterBlock(seen, ind, area[row], period[row]), h);
        if (pendingCount == pending.length) {
            placePending();
        }
        pending[pendingCount++] = (long) h << 32 | (row + 1);
    }

    /**
     * Tells whether every row is exact ({@code Qualifier.EXACT}) and final ({@code ObservationStatus.FINAL}).
     *
     * @return true if so
     */
    @Override
    public boolean isAllExactAndFinal() {
        return qualifiersAndStatuses == 0;
    }

    /**
     * Tells whether every row of one indicator is exact and final.
     *
     * @param indicatorId  the indicator id
     * @return true if so, and for an indicator with no rows
     */
    @Override
    public boolean isAllExactAndFinal(int indicatorId) {
        return indicatorId >= flagsOf.length || flagsOf[indicatorId] == 0;
    }

    private void raise(int at, int scaleCode, long unscaled) {
        // Long.MIN_VALUE has no positive counterpart: its magnitude is taken as Long.MAX_VALUE, which is
        // only ever used as a bound.
        long magnitude = unscaled == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(unscaled);
        if (scaleCode <= MAX_SCALE && magnitude > magnitudes[at]) {
            magnitudes[at] = magnitude;
        }
    }

    /**
     * Returns the scale codes seen in one column of an indicator's rows, as a mask: bit {@code c} set
     * when some row has scale code {@code c} (0 to 29, {@link #BIG} or {@link #ABSENT}).
     *
     * @param indicatorId  the indicator id
     * @param column       0 values, 1 numerators, 2 denominators, 3 numerators of rows without a value
     * @return the mask, 0 when the indicator has no rows (or, for column 3, every row has a value)
     */
    int scaleCodes(int indicatorId, int column) {
        int at = 4 * indicatorId + column;
        return at < scaleCodes.length ? scaleCodes[at] : 0;
    }

    /**
     * Returns the largest magnitude of the unscaled numbers one column holds for an indicator (rows whose
     * number is absent or kept in the side map are not counted).
     *
     * @param indicatorId  the indicator id
     * @param column       0 values, 1 numerators, 2 denominators
     * @return the largest absolute unscaled number, 0 when there is none
     */
    long maxMagnitude(int indicatorId, int column) {
        int at = 3 * indicatorId + column;
        return at < magnitudes.length ? magnitudes[at] : 0;
    }

    @Override
    public int valueScaleCodes(int indicatorId) {
        return scaleCodes(indicatorId, 0);
    }

    @Override
    public int numeratorScaleCodes(int indicatorId) {
        return scaleCodes(indicatorId, 1);
    }

    @Override
    public int denominatorScaleCodes(int indicatorId) {
        return scaleCodes(indicatorId, 2);
    }

    @Override
    public int numeratorScaleCodesWithoutValue(int indicatorId) {
        return scaleCodes(indicatorId, 3);
    }

    @Override
    public long maxValueMagnitude(int indicatorId) {
        return maxMagnitude(indicatorId, 0);
    }

    @Override
    public long maxNumeratorMagnitude(int indicatorId) {
        return maxMagnitude(indicatorId, 1);
    }

    @Override
    public long maxDenominatorMagnitude(int indicatorId) {
        return maxMagnitude(indicatorId, 2);
    }

    /**
     * Returns how many rows an indicator has.
     *
     * @param indicatorId  the indicator id
     * @return the count
     */
    @Override
    public int rows(int indicatorId) {
        return indicatorId < rowsOf.length ? rowsOf[indicatorId] : 0;
    }

    /**
     * Returns the largest scale (0 to 29) among an indicator's values, numerators or denominators.
     *
     * @param indicatorId  the indicator id
     * @param column       0 values, 1 numerators, 2 denominators, 3 numerators of rows without a value
     * @return the scale, 0 when there are none
     */
    int maxScale(int indicatorId, int column) {
        int scales = scaleCodes(indicatorId, column) & (1 << MAX_SCALE + 1) - 1;
        return scales == 0 ? 0 : 31 - Integer.numberOfLeadingZeros(scales);
    }

    private int encode(int row, int column, @Nullable BigDecimal number) {
        long[] target = column == 0 ? value : column == 1 ? numerator : denominator;
        if (number == null) {
            target[row] = 0;
            return ABSENT;
        }
        int scale = number.scale();
        BigInteger unscaled = number.unscaledValue();
        if (scale >= 0 && scale <= MAX_SCALE && unscaled.bitLength() < 64) {
            target[row] = unscaled.longValue();
            return scale;
        }
        target[row] = 0;
        big.put(bigKey(row, column), number);
        return BIG;
    }

    private static long bigKey(int row, int column) {
        return (long) row << 2 | column;
    }

    private void grow() {
        int n = indicator.length + (indicator.length >> 1);
        indicator = Arrays.copyOf(indicator, n);
        area = Arrays.copyOf(area, n);
        period = Arrays.copyOf(period, n);
        breakdown = Arrays.copyOf(breakdown, n);
        value = Arrays.copyOf(value, n);
        numerator = Arrays.copyOf(numerator, n);
        denominator = Arrays.copyOf(denominator, n);
        meta = Arrays.copyOf(meta, n);
        attribute = Arrays.copyOf(attribute, n);
    }

    private static int hash(int ind, int ar, int per, int brk) {
        long x = ((long) ind << 32 | (long) per << 16 | brk) * 0x9E3779B97F4A7C15L;
        x ^= (ar & 0xFFFFFFFFL) * 0xC2B2AE3D27D4EB4FL;
        x ^= x >>> 31;
        x *= 0xBF58476D1CE4E5B9L;
        return (int) (x ^ x >>> 32);
    }

    private static int slotOf(int h, int capacity) {
        // Maps the hash onto [0, capacity) without a power-of-two capacity (Lemire's multiply-shift).
        return (int) (((h & 0xFFFFFFFFL) * capacity) >>> 32);
    }

    /** Moves every entry of a building index, by its stored hash, to a bigger one. */
    private static long[] rehashed(long[] from, int capacity) {
        long[] to = new long[capacity];
        for (long entry : from) {
            if (entry != 0) {
                int s = slotOf((int) (entry >>> 32), capacity);
                while (to[s] != 0) {
                    s = s + 1 == capacity ? 0 : s + 1;
                }
                to[s] = entry;
            }
        }
        return to;
    }

    /** Places the pending rows in the building index. */
    private void placePending() {
        long[] k = keyed;
        int capacity = k.length;
        long[] p = pending;
        for (int i = 0, n = pendingCount; i < n; i++) {
            long entry = p[i];
            int s = slotOf((int) (entry >>> 32), capacity);
            while (k[s] != 0) {
                s = s + 1 == capacity ? 0 : s + 1;
            }
            k[s] = entry;
        }
        pendingCount = 0;
    }

    /** A filter of the keys in a building index, 8 bits per slot, in blocks of 512 bits. */
    private long[] filterOf(long[] index) {
        long[] filter = new long[Math.max(FILTER_BLOCK, index.length / 8 / FILTER_BLOCK * FILTER_BLOCK)];
        for (long entry : index) {
            if (entry != 0) {
                int r = (int) entry - 1;
                markAdded(filter, filterBlock(filter, indicator[r], area[r], period[r]), (int) (entry >>> 32));
            }
        }
        return filter;
    }

    // The longs in one block of the filter: 512 bits, a cache line.
    private static final int FILTER_BLOCK = 8;

    /** The first long of a key's block in the filter, chosen by its indicator, area and period. */
    private static int filterBlock(long[] filter, int ind, int ar, int per) {
        long x = ((long) ind << 16 | per) * 0x9E3779B97F4A7C15L ^ (ar & 0xFFFFFFFFL) * 0xC2B2AE3D27D4EB4FL;
        x ^= x >>> 29;
        x *= 0xBF58476D1CE4E5B9L;
        int blocks = filter.length / FILTER_BLOCK;
        return (int) (((x >>> 32) * blocks) >>> 32) * FILTER_BLOCK;
    }

    // Two bits a key in its block, from two parts of its hash: with some 30 keys a block (a tidy file's
    // breakdowns of one place and period) a new key finds both set about 1 time in 80, one about 1 in 17.
    private static void markAdded(long[] filter, int block, int h) {
        int a = h & 511;
        int b = h >>> 9 & 511;
        filter[block + (a >>> 6)] |= 1L << a;
        filter[block + (b >>> 6)] |= 1L << b;
    }

    private boolean isMaybeAdded(int ind, int ar, int per, int h) {
        if (indexedWhenHandedOver) {
            throw new IllegalStateException("a table of distinct keys takes rows by appendNew alone");
        }
        long[] filter = seen;
        int block = filterBlock(filter, ind, ar, per);
        int a = h & 511;
        int b = h >>> 9 & 511;
        return (filter[block + (a >>> 6)] & 1L << a) != 0 && (filter[block + (b >>> 6)] & 1L << b) != 0;
    }

    /**
     * Finds the row of a key given as ids.
     *
     * @param ind  indicator id
     * @param ar   area id
     * @param per  period id
     * @param brk  breakdown id
     * @return the row, or -1
     */
    @Override
    public int find(int ind, int ar, int per, int brk) {
        if (ind < 0 || ar < 0 || per < 0 || brk < 0) {
            return -1;
        }
        if (indexedWhenHandedOver) {
            throw new IllegalStateException("a table of distinct keys is indexed when handed over, not before");
        }
        int h = hash(ind, ar, per, brk);
        long[] k = keyed;
        if (k.length != 0) {
            placePending();
            // Building: the key columns are read only for a row whose stored hash is the key's.
            int s = slotOf(h, k.length);
            while (true) {
                long entry = k[s];
                if (entry == 0) {
                    return -1;
                }
                if ((int) (entry >>> 32) == h) {
                    int r = (int) entry - 1;
                    if (indicator[r] == ind && area[r] == ar && period[r] == per && breakdown[r] == brk) {
                        return r;
                    }
                }
                s = s + 1 == k.length ? 0 : s + 1;
            }
        }
        int[] sl = slots;
        int s = slotOf(h, sl.length);
        while (true) {
            int r = sl[s] - 1;
            if (r < 0) {
                return -1;
            }
            if (indicator[r] == ind && area[r] == ar && period[r] == per && breakdown[r] == brk) {
                return r;
            }
            s = s + 1 == sl.length ? 0 : s + 1;
        }
    }

    /**
     * Returns the indicator id column itself, for calculation loops; never to be written.
     *
     * @return the column, at least {@link #size()} long
     */
    @Override
    public char[] indicatorColumn() {
        return indicator;
    }

    /**
     * Returns the area id column itself, for calculation loops; never to be written.
     *
     * @return the column, at least {@link #size()} long
     */
    @Override
    public int[] areaColumn() {
        return area;
    }

    /**
     * Returns the period id column itself, for calculation loops; never to be written.
     *
     * @return the column, at least {@link #size()} long
     */
    @Override
    public char[] periodColumn() {
        return period;
    }

    /**
     * Returns the breakdown id column itself, for calculation loops; never to be written.
     *
     * @return the column, at least {@link #size()} long
     */
    @Override
    public char[] breakdownColumn() {
        return breakdown;
    }

    /**
     * Returns the unscaled value column itself, for calculation loops; never to be written.
     *
     * @return the column, at least {@link #size()} long
     */
    @Override
    public long[] valueColumn() {
        return value;
    }

    /**
     * Returns the unscaled numerator column itself, for calculation loops; never to be written.
     *
     * @return the column, at least {@link #size()} long
     */
    @Override
    public long[] numeratorColumn() {
        return numerator;
    }

    /**
     * Returns the unscaled denominator column itself, for calculation loops; never to be written.
     *
     * @return the column, at least {@link #size()} long
     */
    @Override
    public long[] denominatorColumn() {
        return denominator;
    }

    /**
     * Returns the meta column itself (scale codes in bits 0-4, 5-9, 10-14; qualifier in bits 15-17;
     * status in bits 18-19), for calculation loops; never to be written.
     *
     * @return the column, at least {@link #size()} long
     */
    @Override
    public int[] metaColumn() {
        return meta;
    }

    /**
     * Returns the number of rows.
     *
     * @return the size
     */
    @Override
    public int size() {
        return size;
    }

    /**
     * Returns the indicator id of a row.
     *
     * @param row  the row
     * @return the id
     */
    @Override
    public int indicatorId(int row) {
        return indicator[row];
    }

    /**
     * Returns the area id of a row.
     *
     * @param row  the row
     * @return the id
     */
    @Override
    public int areaId(int row) {
        return area[row];
    }

    /**
     * Returns the period id of a row.
     *
     * @param row  the row
     * @return the id
     */
    @Override
    public int periodId(int row) {
        return period[row];
    }

    /**
     * Returns the breakdown id of a row.
     *
     * @param row  the row
     * @return the id
     */
    @Override
    public int breakdownId(int row) {
        return breakdown[row];
    }

    /**
     * Returns the scale code of the value of a row: 0 to 29, {@link #BIG} or {@link #ABSENT}.
     *
     * @param row  the row
     * @return the scale code
     */
    @Override
    public int valueScale(int row) {
        return ObservationColumns.valueScaleOf(meta[row]);
    }

    /**
     * Returns the scale code of the numerator of a row.
     *
     * @param row  the row
     * @return the scale code
     */
    @Override
    public int numeratorScale(int row) {
        return ObservationColumns.numeratorScaleOf(meta[row]);
    }

    /**
     * Returns the scale code of the denominator of a row.
     *
     * @param row  the row
     * @return the scale code
     */
    @Override
    public int denominatorScale(int row) {
        return ObservationColumns.denominatorScaleOf(meta[row]);
    }

    /**
     * Returns the unscaled value of a row (meaningful when its scale code is 0 to 29).
     *
     * @param row  the row
     * @return the unscaled value
     */
    @Override
    public long valueUnscaled(int row) {
        return value[row];
    }

    /**
     * Returns the unscaled numerator of a row (meaningful when its scale code is 0 to 29).
     *
     * @param row  the row
     * @return the unscaled numerator
     */
    @Override
    public long numeratorUnscaled(int row) {
        return numerator[row];
    }

    /**
     * Returns the unscaled denominator of a row (meaningful when its scale code is 0 to 29).
     *
     * @param row  the row
     * @return the unscaled denominator
     */
    @Override
    public long denominatorUnscaled(int row) {
        return denominator[row];
    }

    /**
     * Returns the qualifier of a row.
     *
     * @param row  the row
     * @return the qualifier
     */
    @Override
    public Qualifier qualifier(int row) {
        return QUALIFIERS[ObservationColumns.qualifierOrdinalOf(meta[row])];
    }

    /**
     * Returns the value of a row as a decimal.
     *
     * @param row  the row
     * @return the value, or null when absent
     */
    @Override
    public ObservationStatus status(int row) {
        return STATUSES[ObservationColumns.statusOrdinalOf(meta[row])];
    }

    @Override
    public @Nullable Unit unit(int row) {
        return attributes.value(attribute[row]).unit();
    }

    @Override
    public @Nullable BigDecimal value(int row) {
        return decode(row, 0, valueScale(row), value[row]);
    }

    /**
     * Returns the numerator of a row as a decimal.
     *
     * @param row  the row
     * @return the numerator, or null when absent
     */
    @Override
    public @Nullable BigDecimal numerator(int row) {
        return decode(row, 1, numeratorScale(row), numerator[row]);
    }

    /**
     * Returns the denominator of a row as a decimal.
     *
     * @param row  the row
     * @return the denominator, or null when absent
     */
    @Override
    public @Nullable BigDecimal denominator(int row) {
        return decode(row, 2, denominatorScale(row), denominator[row]);
    }

    private @Nullable BigDecimal decode(int row, int column, int scale, long unscaled) {
        if (scale == ABSENT) {
            return null;
        }
        if (scale == BIG) {
            return big.get(bigKey(row, column));
        }
        return BigDecimal.valueOf(unscaled, scale);
    }

    /**
     * Rebuilds the observation of a row.
     *
     * @param row  the row, from 0 to size - 1
     * @return the observation, equal to the one added
     */
    @Override
    public Observation observation(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " is outside 0.." + (size - 1));
        }
        Observation.Builder b = Observation.builder(indicators.value(indicator[row]), areas.value(area[row]),
                        periods.value(period[row]))
                .breakdown(breakdowns.value(breakdown[row]))
                .qualifier(QUALIFIERS[ObservationColumns.qualifierOrdinalOf(meta[row])])
                .status(STATUSES[ObservationColumns.statusOrdinalOf(meta[row])]);
        BigDecimal v = value(row);
        BigDecimal n = numerator(row);
        BigDecimal d = denominator(row);
        if (v != null) {
            b.value(v);
        }
        if (n != null) {
            b.numerator(n);
        }
        if (d != null) {
            b.denominator(d);
        }
        Attributes a = attributes.value(attribute[row]);
        if (a.unit() != null) {
            b.unit(a.unit());
        }
        if (a.source() != null) {
            b.source(a.source());
        }
        if (a.note() != null) {
            b.note(a.note());
        }
        return b.build();
    }
}
