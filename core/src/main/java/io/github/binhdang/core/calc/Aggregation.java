package io.github.binhdang.core.calc;

import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.data.internal.DatasetAccess;
import io.github.binhdang.core.data.internal.ObservationColumns;
import io.github.binhdang.core.data.internal.ObservationTable;
import io.github.binhdang.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntBinaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Adds observations up: areas into their parents (communes into provinces, provinces into the nation,
 * old provinces into the unit they merged into) and breakdown categories into their total.
 *
 * <p>Percentages, ratios, times and means are aggregated by summing numerators and denominators and
 * dividing once: two provinces with 10 of 100 and 90 of 300 give 100 of 400 = 25 %, not the
 * average 20 % of their percentages. Counts and amounts are summed. A percentage whose parts were
 * reported as values alone, without components, cannot be aggregated without weights: its total is
 * {@linkplain AggregationResult#refused() refused}, with the reason.
 *
 * <p>A total says what it lacks: one over 33 of the 34 provinces is listed in
 * {@link AggregationResult#partials()} with the missing code, and its observation carries a note.
 * A total's qualifier is exact only when every part is exact; parts that are all "nearly" give a total
 * that is "nearly", mixed qualifiers give "about". Its status is the least final of its parts'.
 *
 * <p>The work is one pass over the dataset's primitive columns with no allocation per observation;
 * numbers are summed as unscaled longs at a common scale per indicator, and only a sum that would
 * overflow a long continues in {@link BigDecimal}. An indicator whose numbers are too small for any sum
 * of them to overflow (the dataset knows this as it is built) is summed without per-row checks: as they
 * are when its rows share one scale per column, scaled by a power of ten otherwise; its approximate and
 * provisional rows mark their qualifier and status as they go. The totals are the same. Memory and time
 * grow with the rows and the totals: the (area, period) pairs are numbered by array when the dataset's
 * areas × periods is small, and otherwise only those the rows hold, by hash.
 */
public final class Aggregation {

    private static final String SOURCE = "binhdang aggregation";

    private Aggregation() {
    }

    /**
     * Adds each observation into the area its rollup names, keeping indicator, period and breakdown.
     *
     * @param dataset     the observations, not null
     * @param indicators  the definitions of the indicators in the dataset, not null; observations of
     *                    an indicator not among them give refused totals
     * @param rollup      which area each area's figures go into, not null
     * @return the totals, with partial and refused ones listed, not null
     */
    public static AggregationResult toParents(Dataset dataset, Collection<Indicator> indicators, AreaRollup rollup) {
        return toParents(dataset, indicators, rollup, AggregationOptions.DEFAULTS);
    }

    /** As {@link #toParents(Dataset, Collection, AreaRollup)}, the work done as the options say. */
    static AggregationResult toParents(Dataset dataset, Collection<Indicator> indicators, AreaRollup rollup,
            AggregationOptions options) {
        Objects.requireNonNull(rollup, "rollup");
        ObservationColumns t = DatasetAccess.columns(dataset);
        List<String> areas = t.areas().values();
        List<ReportingPeriod> periods = t.periods().values();
        Map<String, Integer> parentIds = new LinkedHashMap<>();
        int periodCount = Math.max(1, periods.size());
        // The children each parent should hold in each period, asked of the rollup once per (parent, period).
        Map<Long, List<String>> expectedByPair = new HashMap<>();
        Map<Long, Set<String>> expectedSets = new HashMap<>();
        // The (parent, period) pairs that receive figures of an area they do not list among their children,
        // such as an old unit's 2025 figure carried to the unit that holds it on 31 December: counting rows
        // cannot tell whether such a total lacks a part.
        Set<Long> foreign = new HashSet<>();
        AreaPeriods pairs = AreaPeriods.of(t, options, (a, p) -> {
            Optional<String> parent = rollup.parentOf(areas.get(a), periods.get(p));
            if (parent.isEmpty()) {
                return -1;
            }
            int id = parentIds.computeIfAbsent(parent.get(), k -> parentIds.size());
            long key = (long) id * periodCount + p;
            Set<String> children = expectedSets.computeIfAbsent(key, k -> new HashSet<>(
                    expectedByPair.computeIfAbsent(k, kk -> rollup.childrenOf(parent.get(), periods.get(p)))));
            if (!children.contains(areas.get(a))) {
                foreign.add(key);
            }
            return id;
        });
        int[] identity = new int[t.breakdowns().size()];
        Arrays.setAll(identity, i -> i);
        Engine e = new Engine(t, indicators, pairs, new ArrayList<>(parentIds.keySet()), identity,
                t.breakdowns().values(), options);
        e.run();
        MissingParts expectedChildren = (ind, pair, targetArea, period, targetBreakdown, rows) ->
                expectedByPair.computeIfAbsent((long) targetArea * periodCount + period,
                        k -> rollup.childrenOf(e.targetAreas.get(targetArea), periods.get(period)));
        return e.result((ind, pair, targetArea, period, targetBreakdown, rows) -> {
            List<String> missing = new ArrayList<>();
            for (String child : expectedChildren.of(ind, pair, targetArea, period, targetBreakdown, rows)) {
                if (t.find(ind, t.areas().idOf(child), period, targetBreakdown) < 0) {
                    missing.add(child);
                }
            }
            return missing;
        }, (ind, pair, targetArea, period, targetBreakdown, rows) ->
                rows < expectedChildren.of(ind, pair, targetArea, period, targetBreakdown, rows).size()
                        || foreign.contains((long) targetArea * periodCount + period));
    }

    /**
     * Adds the categories of one breakdown dimension into their total, keeping indicator, area, period
     * and the other dimensions: women and men into both sexes, age groups into all ages.
     *
     * @param dataset     the observations, not null
     * @param indicators  the definitions of the indicators in the dataset, not null
     * @param dimension   the dimension to total over, not null
     * @return the totals, with partial and refused ones listed, not null
     */
    public static AggregationResult toTotal(Dataset dataset, Collection<Indicator> indicators,
            BreakdownDimension dimension) {
        return toTotal(dataset, indicators, dimension, AggregationOptions.DEFAULTS);
    }

    /** As {@link #toTotal(Dataset, Collection, BreakdownDimension)}, the work done as the options say. */
    static AggregationResult toTotal(Dataset dataset, Collection<Indicator> indicators, BreakdownDimension dimension,
            AggregationOptions options) {
        Objects.requireNonNull(dimension, "dimension");
        ObservationColumns t = DatasetAccess.columns(dataset);
        AreaPeriods pairs = AreaPeriods.of(t, options, (a, p) -> a);
        List<Breakdown> source = t.breakdowns().values();
        Map<Breakdown, Integer> totals = new LinkedHashMap<>();
        TreeSet<String> categories = new TreeSet<>();
        int[] breakdownTarget = new int[source.size()];
        for (int b = 0; b < source.size(); b++) {
            Optional<String> category = source.get(b).category(dimension);
            if (category.isEmpty()) {
                breakdownTarget[b] = -1;
            } else {
                categories.add(category.get());
                breakdownTarget[b] = totals.computeIfAbsent(source.get(b).without(dimension), k -> totals.size());
            }
        }
        Engine e = new Engine(t, indicators, pairs, t.areas().values(), breakdownTarget,
                new ArrayList<>(totals.keySet()), options);
        e.run();
        return e.result((ind, pair, area, period, targetBreakdown, rows) -> {
            List<String> missing = new ArrayList<>();
            Breakdown total = e.targetBreakdowns.get(targetBreakdown);
            for (String c : categories) {
                int b = t.breakdowns().idOf(total.with(dimension, c));
                if (t.find(ind, area, period, b) < 0) {
                    missing.add(c);
                }
            }
            return missing;
        }, (ind, pair, area, period, targetBreakdown, rows) -> rows < categories.size());
    }

    /** Finds what a total lacks: the codes of its missing parts. {@code pair} numbers its target area and period. */
    @FunctionalInterface
    private interface MissingParts {
        List<String> of(int indicator, int pair, int targetArea, int period, int targetBreakdown, int rows);
    }

    /** Tells cheaply whether a total may lack parts, before listing them. */
    @FunctionalInterface
    private interface MayLack {
        boolean test(int indicator, int pair, int targetArea, int period, int targetBreakdown, int rows);
    }

    /**
     * Where each row's area and period go: a number for each (target area, period) pair, numbered in
     * the order of target area then period, so that dense totals come out in that order.
     *
     * <p>When the dataset's areas × periods is small (every national rollup: 3,300 communes × 10
     * years), the pair of a row is looked up in an array indexed by area × periods + period, and the
     * rollup is asked once per cell. Otherwise (a dataset whose rows each have their own area and
     * period) only the source pairs present in the rows are numbered, through a primitive hash, and the
     * rollup is asked once per present pair: memory and time grow with rows, never with a product of
     * codebooks.
     */
    private static final class AreaPeriods {
        /** Where the array of source cells costs at most this many entries more than the rows themselves. */
        private static final long SLACK = 1024;

        final int periods;
        /** Null when source cells are dense (indexed by area × periods + period). */
        final @Nullable GroupIndex sources;
        /** The target pair of each source cell or numbered source pair, -1 when it has no target area. */
        final int[] targetPair;
        /** The target area and the period of each target pair. */
        final int[] pairArea;
        final int[] pairPeriod;

        private AreaPeriods(int periods, @Nullable GroupIndex sources, int[] targetPair, int[] pairArea,
                int[] pairPeriod) {
            this.periods = periods;
            this.sources = sources;
            this.targetPair = targetPair;
            this.pairArea = pairArea;
            this.pairPeriod = pairPeriod;
        }

        /**
         * Numbers the pairs.
         *
         * @param targetArea  the target area (from 0, in the order they should come out) of a source
         *                    area and period ids, -1 when the area is not rolled up; asked once per
         *                    source pair
         */
        static AreaPeriods of(ObservationColumns t, AggregationOptions options, IntBinaryOperator targetArea) {
            int areas = t.areas().size();
            int periods = Math.max(1, t.periods().size());
            long cells = (long) areas * periods;
            GroupIndex sources = null;
            int[] target;
            int[] sourceArea;
            int[] sourcePeriod;
            if (cells <= options.denseLimit() && cells <= 4L * t.size() + SLACK && cells < Integer.MAX_VALUE - 8) {
                target = new int[(int) Math.max(1, cells)];
                target[0] = -1;
                sourceArea = new int[(int) cells];
                sourcePeriod = new int[(int) cells];
                for (int x = 0; x < cells; x++) {
                    sourceArea[x] = x / periods;
                    sourcePeriod[x] = x % periods;
                }
            } else {
                sources = GroupIndex.sparse();
                int[] areaCol = t.areaColumn();
                char[] periodCol = t.periodColumn();
                for (int r = 0, n = t.size(); r < n; r++) {
                    sources.groupOf((long) areaCol[r] * periods + periodCol[r]);
                }
                target = new int[Math.max(1, sources.size())];
                target[0] = -1;
                sourceArea = new int[sources.size()];
                sourcePeriod = new int[sources.size()];
                for (int g = 0; g < sources.size(); g++) {
                    long key = sources.keyOf(g);
                    sourceArea[g] = (int) (key / periods);
                    sourcePeriod[g] = (int) (key % periods);
                }
            }
            // Each source's target (area, period) as one long, then the distinct ones in order.
            long[] code = new long[sourceArea.length];
            int targets = 0;
            int targetAreas = 0;
            for (int x = 0; x < sourceArea.length; x++) {
                int ta = targetArea.applyAsInt(sourceArea[x], sourcePeriod[x]);
                code[x] = ta < 0 ? -1 : (long) ta * periods + sourcePeriod[x];
                targets += ta < 0 ? 0 : 1;
                targetAreas = Math.max(targetAreas, ta + 1);
            }
            if ((long) targetAreas * periods <= code.length + SLACK) {
                // Few target pairs (34 provinces × 10 years): numbered in order by marking them, without a sort.
                int[] number = new int[targetAreas * periods];
                for (long c : code) {
                    if (c >= 0) {
                        number[(int) c] = 1;
                    }
                }
                int count = 0;
                for (int c = 0; c < number.length; c++) {
                    number[c] = number[c] == 0 ? -1 : count++;
                }
                int[] pairArea = new int[count];
                int[] pairPeriod = new int[count];
                for (int c = 0; c < number.length; c++) {
                    if (number[c] >= 0) {
                        pairArea[number[c]] = c / periods;
                        pairPeriod[number[c]] = c % periods;
                    }
                }
                for (int x = 0; x < code.length; x++) {
                    target[x] = code[x] < 0 ? -1 : number[(int) code[x]];
                }
                return new AreaPeriods(periods, sources, target, pairArea, pairPeriod);
            }
            long[] distinct = new long[targets];
            int k = 0;
            for (long c : code) {
                if (c >= 0) {
                    distinct[k++] = c;
                }
            }
            Arrays.sort(distinct);
            int count = 0;
            for (int i = 0; i < distinct.length; i++) {
                if (i == 0 || distinct[i] != distinct[i - 1]) {
                    distinct[count++] = distinct[i];
                }
            }
            int[] pairArea = new int[count];
            int[] pairPeriod = new int[count];
            for (int i = 0; i < count; i++) {
                pairArea[i] = (int) (distinct[i] / periods);
                pairPeriod[i] = (int) (distinct[i] % periods);
            }
            for (int x = 0; x < code.length; x++) {
                target[x] = code[x] < 0 ? -1 : Arrays.binarySearch(distinct, 0, count, code[x]);
            }
            return new AreaPeriods(periods, sources, target, pairArea, pairPeriod);
        }

        /** Tells whether a row's pair is found by index (area × periods + period) rather than by hash. */
        boolean isDense() {
            return sources == null;
        }

        /** How many target pairs there are. */
        int count() {
            return pairArea.length;
        }

        /** The target pair of a row's area and period ids, -1 when it has none. */
        int of(int area, int period) {
            GroupIndex s = sources;
            return targetPair[s == null ? area * periods + period : s.groupOf((long) area * periods + period)];
        }
    }

    /**
     * An indicator's value from summed components in long arithmetic, rounded half up as
     * {@link Values#fromComponents} rounds it; {@link #UNKNOWN} when a step would overflow, and the
     * caller then computes it in {@code BigDecimal}.
     */
    private static final class Rate {
        static final long UNKNOWN = Long.MIN_VALUE;
        final int decimals;
        final long multiplier;
        final int multiplierScale;
        final boolean usable;

        Rate(Indicator def) {
            BigDecimal m = def.unit().perMultiplier();
            decimals = def.decimals();
            multiplierScale = m.scale();
            usable = m.unscaledValue().bitLength() < 63 && decimals >= 0 && decimals <= Engine.MAX_LONG_SCALE;
            multiplier = usable ? m.unscaledValue().longValue() : 0;
        }

        /**
         * Returns the unscaled value at scale {@link #decimals}: the sum of numerators n (scale ns) times
         * the multiplier m (scale ms) over the sum of denominators d (scale ds) is
         * n·m/d · 10^(ds − ns − ms), so its unscaled form at scale k is n·m·10^(k + ds − ns − ms) / d.
         */
        long of(long n, int ns, long d, int ds) {
            if (!usable || d == 0) {
                return UNKNOWN;
            }
            int e = decimals + ds - ns - multiplierScale;
            if (e > Engine.MAX_LONG_SCALE || -e > Engine.MAX_LONG_SCALE) {
                return UNKNOWN;
            }
            try {
                long x = Math.multiplyExact(n, multiplier);
                long y = d;
                if (e >= 0) {
                    x = Math.multiplyExact(x, Engine.POW10[e]);
                } else {
                    y = Math.multiplyExact(y, Engine.POW10[-e]);
                }
                if (x == Long.MIN_VALUE || y == Long.MIN_VALUE) {
                    return UNKNOWN;
                }
                long q = x / y;
                long r = Math.abs(x % y);
                // Half up: a remainder of at least half the divisor rounds away from zero.
                if (r != 0 && r >= Math.abs(y) - r) {
                    q += (x ^ y) < 0 ? -1 : 1;
                }
                return q;
            } catch (ArithmeticException tooLarge) {
                return UNKNOWN;
            }
        }
    }

    /** The one-pass summation over the columns. */
    private static final class Engine {
        private static final int UNKNOWN = 0;
        private static final int COMPONENTS = 1;
        private static final int VALUES = 2;
        /** Rows summed one by one with every check: scales, absent components, overflow, qualifiers. */
        private static final byte GENERAL = 0;
        /** Rows of an indicator whose numerators share one scale, denominators too, none absent, all exact
         * and final, and whose sums cannot overflow a long: added as they are. */
        private static final byte FAST_COMPONENTS = 1;
        /** As {@link #FAST_COMPONENTS}, for the values of a count or an amount. */
        private static final byte FAST_VALUES = 2;
        /** As {@link #FAST_COMPONENTS}, for an indicator with rows that are approximate or not final: each
         * row also marks its qualifier and status in its group's info bits. */
        private static final byte FLAGGED_COMPONENTS = 3;
        /** As {@link #FLAGGED_COMPONENTS}, for the values of a count or an amount. */
        private static final byte FLAGGED_VALUES = 4;
        /**
         * Components of several scales, each a long holds, and some perhaps absent, whose sums at the
         * common scale cannot overflow a long: each row is scaled up by a power of ten and added, or
         * counted as lacking, without the checked path's overflow tests.
         */
        private static final byte SCALED_COMPONENTS = 5;
        private static final int MAX_LONG_SCALE = 18;
        /** The info bits of a total whose parts are all exact (qualifier 0) and final (status 0). */
        private static final long EXACT_FINAL = 1L << 31 | 1L << 39;
        /**
         * The info bits of a row by the 5 bits of its meta from bit 15: qualifier (3 bits) and status
         * (2 bits); bit 31 + qualifier and bit 39 + status.
         */
        private static final long[] FLAG_BITS = new long[32];
        private static final long[] POW10 = new long[MAX_LONG_SCALE + 1];
        /** Qualifier.values() copies its array on every call: once per total was measurable. */
        private static final Qualifier[] QUALIFIERS = Qualifier.values();

        static {
            for (int x = 0; x < FLAG_BITS.length; x++) {
                FLAG_BITS[x] = 1L << (31 + (x & 7)) | 1L << (39 + (x >>> 3 & 3));
            }
            POW10[0] = 1;
            for (int i = 1; i < POW10.length; i++) {
                POW10[i] = POW10[i - 1] * 10;
            }
        }

        final ObservationColumns t;
        final Indicator[] definitions;
        final byte[] mode;
        final byte[] kind;
        final AreaPeriods pairs;
        final List<String> targetAreas;
        final int[] breakdownTarget;
        final List<Breakdown> targetBreakdowns;
        final int periods;
        final int[] valueScale;
        final int[] numeratorScale;
        final int[] denominatorScale;
        final GroupIndex index;
        // Per group, interleaved so that a row touches one cache line: [info, numerator or value, denominator].
        // info holds the number of rows in bits 0-30, the qualifiers seen in bits 31-38 and the statuses
        // seen in bits 39-42 (for rows of an indicator whose rows are all exact and final, summed on the
        // fast path, only the number of rows: the result says so).
        long[] acc = new long[3 * 64];
        int[] lacking = new int[64];
        final long keySpace;
        final Map<Integer, BigDecimal[]> overflow = new HashMap<>();
        final long[] valueCol;
        final long[] numeratorCol;
        final long[] denominatorCol;
        final int[] metaCol;
        // False only in tests: every row summed with every check and every quotient in BigDecimal, the
        // reference the fast paths are compared with.
        final boolean fast;

        Engine(ObservationColumns t, Collection<Indicator> indicators, AreaPeriods pairs, List<String> targetAreas,
                int[] breakdownTarget, List<Breakdown> targetBreakdowns, AggregationOptions options) {
            this.t = t;
            this.pairs = pairs;
            this.targetAreas = targetAreas;
            this.breakdownTarget = breakdownTarget;
            this.targetBreakdowns = targetBreakdowns;
            this.periods = t.periods().size();
            this.fast = options.fast();
            int n = t.indicators().size();
            definitions = new Indicator[n];
            mode = new byte[n];
            kind = new byte[n];
            for (Indicator i : indicators) {
                int id = t.indicators().idOf(i.code());
                if (id >= 0) {
                    definitions[id] = i;
                    mode[id] = (byte) (i.measureKind().isAdditive() ? VALUES : COMPONENTS);
                }
            }
            valueScale = new int[n];
            numeratorScale = new int[n];
            denominatorScale = new int[n];
            scales();
            // At most 65,536 indicators × 2^31 pairs (no more than rows) × 65,536 breakdowns: fits a long.
            keySpace = (long) n * Math.max(1, pairs.count()) * Math.max(1, targetBreakdowns.size());
            index = new GroupIndex(keySpace, options.denseLimit());
            if (index.isDense()) {
                // A dense key is its own group: size the accumulators once, never grow them in the loop.
                int groups = (int) Math.max(1, keySpace);
                acc = new long[3 * groups];
                lacking = new int[groups];
            }
            valueCol = t.valueColumn();
            numeratorCol = t.numeratorColumn();
            denominatorCol = t.denominatorColumn();
            metaCol = t.metaColumn();
        }

        /**
         * Finds the common scale of each indicator's numbers (the largest one that fits a long) and
         * whether its rows can take the fast path: known from what the table recorded as rows were added,
         * without a pass over the rows.
         */
        private void scales() {
            for (int i = 0; i < valueScale.length; i++) {
                valueScale[i] = Math.max(largestFitting(t.valueScaleCodes(i)), largestFitting(t.numeratorScaleCodesWithoutValue(i)));
                numeratorScale[i] = largestFitting(t.numeratorScaleCodes(i));
                denominatorScale[i] = largestFitting(t.denominatorScaleCodes(i));
                if (!fast || definitions[i] == null) {
                    continue;
                }
                int rows = t.rows(i);
                boolean clean = t.isAllExactAndFinal(i);
                if (mode[i] == COMPONENTS && isOneScale(t.numeratorScaleCodes(i)) && isOneScale(t.denominatorScaleCodes(i))
                        && cannotOverflow(t.maxNumeratorMagnitude(i), rows) && cannotOverflow(t.maxDenominatorMagnitude(i), rows)) {
                    kind[i] = clean ? FAST_COMPONENTS : FLAGGED_COMPONENTS;
                } else if (mode[i] == COMPONENTS
                        && isScalable(t.numeratorScaleCodes(i), t.maxNumeratorMagnitude(i), numeratorScale[i], rows)
                        && isScalable(t.denominatorScaleCodes(i), t.maxDenominatorMagnitude(i), denominatorScale[i], rows)) {
                    kind[i] = SCALED_COMPONENTS;
                } else if (mode[i] == VALUES && isOneScale(t.valueScaleCodes(i))
                        && cannotOverflow(t.maxValueMagnitude(i), rows)) {
                    // One value scale, none absent: no row falls back on its numerator.
                    kind[i] = clean ? FAST_VALUES : FLAGGED_VALUES;
                }
            }
        }

        /**
         * Tells whether an indicator's numbers in a column (their scale codes and largest magnitude) are
         * all absent or of scales a long holds, and scaled up to the common scale cannot overflow when
         * summed over its rows.
         */
        private static boolean isScalable(int scaleCodes, long maxMagnitude, int common, int rows) {
            int codes = scaleCodes & ~(1 << ObservationTable.ABSENT);
            if ((codes & ~((1 << MAX_LONG_SCALE + 1) - 1)) != 0) {
                return false;
            }
            int least = codes == 0 ? common : Integer.numberOfTrailingZeros(codes);
            return rows == 0 || maxMagnitude <= Long.MAX_VALUE / rows / POW10[common - least];
        }

        /** Tells whether every row has the same scale code, one a long holds at the common scale. */
        private static boolean isOneScale(int scaleCodes) {
            return Integer.bitCount(scaleCodes) == 1 && Integer.numberOfTrailingZeros(scaleCodes) <= MAX_LONG_SCALE;
        }

        /** With n rows each of magnitude at most m, no sum of some of them can pass n·m; so none overflows if that fits. */
        private static boolean cannotOverflow(long maxMagnitude, int rows) {
            return rows == 0 || maxMagnitude <= Long.MAX_VALUE / rows;
        }

        /**
         * Returns the largest scale a long holds among those seen, 0 if none: rows of a larger scale are
         * summed in BigDecimal, and every other row scales up to this one.
         */
        private static int largestFitting(int scaleCodes) {
            int fitting = scaleCodes & (1 << MAX_LONG_SCALE + 1) - 1;
            return fitting == 0 ? 0 : 31 - Integer.numberOfLeadingZeros(fitting);
        }

        void run() {
            if (index.isDense() && pairs.isDense()) {
                runDense();
            } else {
                runHashed();
            }
        }

        /**
         * The loop for a key space small enough to index groups directly (every national rollup): group
         * offsets precomputed per area and period and per indicator, so a row costs three lookups and
         * two or three additions when its indicator takes the fast path.
         */
        private void runDense() {
            char[] indCol = t.indicatorColumn();
            int[] areaCol = t.areaColumn();
            char[] periodCol = t.periodColumn();
            char[] breakdownCol = t.breakdownColumn();
            int per = pairs.periods;
            int breakdowns = Math.max(1, targetBreakdowns.size());
            int perIndicator = Math.max(1, pairs.count()) * breakdowns;
            // The group offset of each (source area, period): its target pair's, -1 when it has no parent.
            int[] areaPeriodOffset = new int[pairs.targetPair.length];
            for (int x = 0; x < areaPeriodOffset.length; x++) {
                int tp = pairs.targetPair[x];
                areaPeriodOffset[x] = tp < 0 ? -1 : tp * breakdowns;
            }
            if (isPure()) {
                if (isFlagged()) {
                    runPureFlagged(areaPeriodOffset, perIndicator);
                } else {
                    runPure(areaPeriodOffset, perIndicator);
                }
                return;
            }
            boolean[] scaled = scaledBesidePure();
            if (scaled != null) {
                runPureOrScaled(areaPeriodOffset, perIndicator, scaled);
                return;
            }
            int[] indicatorOffset = new int[kind.length];
            for (int i = 0; i < kind.length; i++) {
                indicatorOffset[i] = i * perIndicator;
            }
            int[] targetOfBreakdown = breakdownTarget;
            for (int r = 0, n = t.size(); r < n; r++) {
                int ap = areaPeriodOffset[areaCol[r] * per + periodCol[r]];
                int tb = targetOfBreakdown[breakdownCol[r]];
                if ((ap | tb) < 0) {
                    continue;
                }
                int i = indCol[r];
                add(r, indicatorOffset[i] + ap + tb, i);
            }
        }

        /**
         * Tells whether every indicator takes the fast path and leaves the columns it does not sum empty:
         * no value beside components, no components beside a value. Then every row can add its numerator
         * plus its value, and its denominator, without asking what its indicator is.
         */
        private boolean isPure() {
            for (int i = 0; i < kind.length; i++) {
                boolean components = kind[i] == FAST_COMPONENTS || kind[i] == FLAGGED_COMPONENTS;
                boolean values = kind[i] == FAST_VALUES || kind[i] == FLAGGED_VALUES;
                boolean pure = t.rows(i) == 0
                        || components && t.valueScaleCodes(i) == 1 << ObservationTable.ABSENT
                        || values && t.numeratorScaleCodes(i) == 1 << ObservationTable.ABSENT
                                && t.denominatorScaleCodes(i) == 1 << ObservationTable.ABSENT;
                if (!pure) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The loop when {@link #isPure()}: no branch on the indicator, as in a hand-written loop. A value
         * row's empty numerator and denominator add 0 (and a components row's empty value), so
         * numerator + value is the numerator of a components row and the value of a value row.
         */
        private void runPure(int[] areaPeriodOffset, int perIndicator) {
            char[] indCol = t.indicatorColumn();
            int[] areaCol = t.areaColumn();
            char[] periodCol = t.periodColumn();
            char[] breakdownCol = t.breakdownColumn();
            int per = pairs.periods;
            long[] a = acc;
            int[] targetOfBreakdown = breakdownTarget;
            long[] valueCol = this.valueCol;
            long[] numeratorCol = this.numeratorCol;
            long[] denominatorCol = this.denominatorCol;
            for (int r = 0, n = t.size(); r < n; r++) {
                int ap = areaPeriodOffset[areaCol[r] * per + periodCol[r]];
                int tb = targetOfBreakdown[breakdownCol[r]];
                if ((ap | tb) < 0) {
                    continue;
                }
                int b = 3 * (indCol[r] * perIndicator + ap + tb);
                a[b]++;
                a[b + 1] += numeratorCol[r] + valueCol[r];
                a[b + 2] += denominatorCol[r];
            }
        }

        /**
         * Tells which indicators are {@link #SCALED_COMPONENTS} when every other one with rows is pure (as
         * {@link #isPure()} asks of all): then {@link #runPureOrScaled} sums the rows.
         *
         * @return per indicator, whether it is scaled; null when some other indicator is neither
         */
        private boolean @Nullable [] scaledBesidePure() {
            boolean[] scaled = new boolean[kind.length];
            for (int i = 0; i < kind.length; i++) {
                boolean components = kind[i] == FAST_COMPONENTS || kind[i] == FLAGGED_COMPONENTS;
                boolean values = kind[i] == FAST_VALUES || kind[i] == FLAGGED_VALUES;
                scaled[i] = kind[i] == SCALED_COMPONENTS;
                boolean pure = t.rows(i) == 0
                        || components && t.valueScaleCodes(i) == 1 << ObservationTable.ABSENT
                        || values && t.numeratorScaleCodes(i) == 1 << ObservationTable.ABSENT
                                && t.denominatorScaleCodes(i) == 1 << ObservationTable.ABSENT;
                if (!pure && !scaled[i]) {
                    return null;
                }
            }
            return scaled;
        }

        /**
         * As {@link #runPureFlagged}, except for the rows of {@link #SCALED_COMPONENTS} indicators, which
         * are added as {@link #addScaled} adds them, in the loop itself: one predictable branch on the
         * indicator (its rows come in runs) rather than the switch and call of the general loop, whose cost
         * on the scaled rows alone was as much as the hand loop's on all rows.
         */
        private void runPureOrScaled(int[] areaPeriodOffset, int perIndicator, boolean[] scaled) {
            char[] indCol = t.indicatorColumn();
            int[] areaCol = t.areaColumn();
            char[] periodCol = t.periodColumn();
            char[] breakdownCol = t.breakdownColumn();
            int per = pairs.periods;
            long[] a = acc;
            int[] lack = lacking;
            int[] targetOfBreakdown = breakdownTarget;
            long[] valueCol = this.valueCol;
            long[] numeratorCol = this.numeratorCol;
            long[] denominatorCol = this.denominatorCol;
            int[] meta = metaCol;
            int[] numeratorScale = this.numeratorScale;
            int[] denominatorScale = this.denominatorScale;
            for (int r = 0, n = t.size(); r < n; r++) {
                int ap = areaPeriodOffset[areaCol[r] * per + periodCol[r]];
                int tb = targetOfBreakdown[breakdownCol[r]];
                if ((ap | tb) < 0) {
                    continue;
                }
                int i = indCol[r];
                int g = i * perIndicator + ap + tb;
                int b = 3 * g;
                int m = meta[r];
                a[b] = (a[b] + 1) | FLAG_BITS[ObservationColumns.flagsOf(m)];
                if (!scaled[i]) {
                    a[b + 1] += numeratorCol[r] + valueCol[r];
                    a[b + 2] += denominatorCol[r];
                } else {
                    int ns = ObservationColumns.numeratorScaleOf(m);
                    int ds = ObservationColumns.denominatorScaleOf(m);
                    if (ns == ObservationTable.ABSENT || ds == ObservationTable.ABSENT) {
                        lack[g]++;
                    } else {
                        a[b + 1] += numeratorCol[r] * POW10[numeratorScale[i] - ns];
                        a[b + 2] += denominatorCol[r] * POW10[denominatorScale[i] - ds];
                    }
                }
            }
        }

        /** Tells whether some indicator on the fast path has rows that are approximate or not final. */
        private boolean isFlagged() {
            for (byte k : kind) {
                if (k == FLAGGED_COMPONENTS || k == FLAGGED_VALUES) {
                    return true;
                }
            }
            return false;
        }

        /**
         * As {@link #runPure}, each row also marking its qualifier and status: an exact and final row marks
         * exact and final, so the marks of every row are right whatever its indicator.
         */
        private void runPureFlagged(int[] areaPeriodOffset, int perIndicator) {
            char[] indCol = t.indicatorColumn();
            int[] areaCol = t.areaColumn();
            char[] periodCol = t.periodColumn();
            char[] breakdownCol = t.breakdownColumn();
            int per = pairs.periods;
            long[] a = acc;
            int[] targetOfBreakdown = breakdownTarget;
            long[] valueCol = this.valueCol;
            long[] numeratorCol = this.numeratorCol;
            long[] denominatorCol = this.denominatorCol;
            int[] meta = metaCol;
            for (int r = 0, n = t.size(); r < n; r++) {
                int ap = areaPeriodOffset[areaCol[r] * per + periodCol[r]];
                int tb = targetOfBreakdown[breakdownCol[r]];
                if ((ap | tb) < 0) {
                    continue;
                }
                int b = 3 * (indCol[r] * perIndicator + ap + tb);
                a[b] = (a[b] + 1) | FLAG_BITS[ObservationColumns.flagsOf(meta[r])];
                a[b + 1] += numeratorCol[r] + valueCol[r];
                a[b + 2] += denominatorCol[r];
            }
        }

        /**
         * The loop for a key space too large to index directly, or a dataset whose areas × periods is too
         * large for an array: pairs and groups numbered through hash indices of what the rows hold.
         */
        private void runHashed() {
            char[] indCol = t.indicatorColumn();
            int[] areaCol = t.areaColumn();
            char[] periodCol = t.periodColumn();
            char[] breakdownCol = t.breakdownColumn();
            int breakdowns = Math.max(1, targetBreakdowns.size());
            long perIndicator = (long) Math.max(1, pairs.count()) * breakdowns;
            boolean dense = index.isDense();
            for (int r = 0, n = t.size(); r < n; r++) {
                int tp = pairs.of(areaCol[r], periodCol[r]);
                int tb = breakdownTarget[breakdownCol[r]];
                if (tp < 0 || tb < 0) {
                    continue;
                }
                int i = indCol[r];
                long key = i * perIndicator + (long) tp * breakdowns + tb;
                int g = dense ? (int) key : index.groupOf(key);
                if (g == lacking.length) {
                    grow();
                }
                add(r, g, i);
            }
        }

        // Adds row r to group g by its indicator i's kind: the one row step of the dense and hashed loops.
        private void add(int r, int g, int i) {
            long[] a = acc;
            int b = 3 * g;
            switch (kind[i]) {
                case FAST_COMPONENTS:
                    a[b]++;
                    a[b + 1] += numeratorCol[r];
                    a[b + 2] += denominatorCol[r];
                    break;
                case FLAGGED_COMPONENTS:
                    a[b] = (a[b] + 1) | FLAG_BITS[ObservationColumns.flagsOf(metaCol[r])];
                    a[b + 1] += numeratorCol[r];
                    a[b + 2] += denominatorCol[r];
                    break;
                case FAST_VALUES:
                    a[b]++;
                    a[b + 1] += valueCol[r];
                    break;
                case FLAGGED_VALUES:
                    a[b] = (a[b] + 1) | FLAG_BITS[ObservationColumns.flagsOf(metaCol[r])];
                    a[b + 1] += valueCol[r];
                    break;
                case SCALED_COMPONENTS:
                    addScaled(r, g, i);
                    break;
                default:
                    general(r, g, i);
            }
        }

        /** Adds one row of a {@link #SCALED_COMPONENTS} indicator into its group. */
        private void addScaled(int r, int g, int i) {
            long[] a = acc;
            int m = metaCol[r];
            int b = 3 * g;
            a[b] = (a[b] + 1) | FLAG_BITS[ObservationColumns.flagsOf(m)];
            int ns = ObservationColumns.numeratorScaleOf(m);
            int ds = ObservationColumns.denominatorScaleOf(m);
            if (ns == ObservationTable.ABSENT || ds == ObservationTable.ABSENT) {
                lacking[g]++;
            } else {
                a[b + 1] += numeratorCol[r] * POW10[numeratorScale[i] - ns];
                a[b + 2] += denominatorCol[r] * POW10[denominatorScale[i] - ds];
            }
        }

        /** Adds one row into its group with every check. */
        private void general(int r, int g, int i) {
            long[] a = acc;
            int m = metaCol[r];
            int b = 3 * g;
            a[b] = (a[b] + 1) | (long) (1 << ObservationColumns.qualifierOrdinalOf(m)) << 31
                    | (long) (1 << ObservationColumns.statusOrdinalOf(m)) << 39;
            int md = mode[i];
            if (md == COMPONENTS) {
                int ns = ObservationColumns.numeratorScaleOf(m);
                int ds = ObservationColumns.denominatorScaleOf(m);
                if (ns == ObservationTable.ABSENT || ds == ObservationTable.ABSENT) {
                    lacking[g]++;
                } else if (ns > MAX_LONG_SCALE || ds > MAX_LONG_SCALE) {
                    addExactly(g, 1, t.numerator(r));
                    addExactly(g, 2, t.denominator(r));
                } else {
                    try {
                        long num = Math.addExact(a[b + 1], scaled(numeratorCol[r], ns, numeratorScale[i]));
                        long den = Math.addExact(a[b + 2], scaled(denominatorCol[r], ds, denominatorScale[i]));
                        a[b + 1] = num;
                        a[b + 2] = den;
                    } catch (ArithmeticException tooLarge) {
                        addExactly(g, 1, t.numerator(r));
                        addExactly(g, 2, t.denominator(r));
                    }
                }
            } else if (md == VALUES) {
                boolean fromNumerator = ObservationColumns.valueScaleOf(m) == ObservationTable.ABSENT;
                int vs = fromNumerator ? ObservationColumns.numeratorScaleOf(m) : ObservationColumns.valueScaleOf(m);
                long v = fromNumerator ? numeratorCol[r] : valueCol[r];
                if (vs == ObservationTable.ABSENT) {
                    lacking[g]++;
                } else if (vs > MAX_LONG_SCALE) {
                    addExactly(g, 0, fromNumerator ? t.numerator(r) : t.value(r));
                } else {
                    try {
                        a[b + 1] = Math.addExact(a[b + 1], scaled(v, vs, valueScale[i]));
                    } catch (ArithmeticException tooLarge) {
                        addExactly(g, 0, BigDecimal.valueOf(v, vs));
                    }
                }
            }
        }

        private static long scaled(long unscaled, int scale, int target) {
            return scale == target ? unscaled : Math.multiplyExact(unscaled, POW10[target - scale]);
        }

        private void addExactly(int group, int column, BigDecimal number) {
            BigDecimal[] sums = overflow.computeIfAbsent(group,
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sums[column] = sums[column].add(number);
        }

        private void grow() {
            int n = lacking.length * 2;
            acc = Arrays.copyOf(acc, 3 * n);
            lacking = Arrays.copyOf(lacking, n);
        }

        AggregationResult result(MissingParts missingParts, MayLack mayLack) {
            int breakdowns = Math.max(1, targetBreakdowns.size());
            long perIndicator = (long) Math.max(1, pairs.count()) * breakdowns;
            // Dense accumulators are indexed by key (so totals come in key order), sparse ones by group number.
            boolean dense = index.isDense();
            long slots = dense ? keySpace : index.size();
            // Count the totals first, so that their table is made exactly full and handed over uncopied.
            int count = 0;
            for (int slot = 0; slot < slots; slot++) {
                if (acc[3 * slot] != 0 && lacking[slot] == 0) {
                    long key = dense ? slot : index.keyOf(slot);
                    if (definitions[(int) (key / perIndicator)] != null) {
                        count++;
                    }
                }
            }
            ObservationTable totals = ObservationTable.ofDistinctKeys(count);
            // Ids in the totals' codebooks, given on first use, in the order the totals name them.
            int[] indicatorId = minusOnes(t.indicators().size());
            int[] areaId = minusOnes(targetAreas.size());
            int[] periodId = minusOnes(periods);
            int[] breakdownId = minusOnes(targetBreakdowns.size());
            int plainId = -1;
            Rate[] rates = new Rate[definitions.length];
            List<AggregationResult.Partial> partials = new ArrayList<>();
            List<AggregationResult.Refusal> refused = new ArrayList<>();
            for (int slot = 0; slot < slots; slot++) {
                long info = acc[3 * slot];
                if (info == 0) {
                    continue;
                }
                long key = dense ? slot : index.keyOf(slot);
                int rows = (int) (info & 0x7FFFFFFF);
                int i = (int) (key / perIndicator);
                long rest = key % perIndicator;
                int tp = (int) (rest / breakdowns);
                int tb = (int) (rest % breakdowns);
                int ta = pairs.pairArea[tp];
                int p = pairs.pairPeriod[tp];
                Indicator def = definitions[i];
                if (def == null || lacking[slot] > 0) {
                    String indicatorCode = t.indicators().value(i);
                    ObservationKey k = new ObservationKey(indicatorCode, targetAreas.get(ta), t.periods().value(p),
                            targetBreakdowns.get(tb));
                    refused.add(def == null
                            ? new AggregationResult.Refusal(k, NoDataReason.UNDEFINED,
                                    "no definition of indicator " + indicatorCode + " was given")
                            : new AggregationResult.Refusal(k, mode[i] == COMPONENTS ? NoDataReason.MISSING_COMPONENT
                                    : NoDataReason.MISSING_VALUE, lacking[slot] + " of " + rows
                                    + (mode[i] == COMPONENTS ? " parts have no numerator and denominator; a percentage"
                                            + " is never averaged" : " parts have no value")));
                    continue;
                }
                if (kind[i] == FAST_COMPONENTS || kind[i] == FAST_VALUES) {
                    info |= EXACT_FINAL;
                }
                List<String> missing = mayLack.test(i, tp, ta, p, tb, rows)
                        ? missingParts.of(i, tp, ta, p, tb, rows) : List.of();
                int ind = indicatorId[i] >= 0 ? indicatorId[i] : (indicatorId[i] = totals.encodeIndicator(t.indicators().value(i)));
                int ar = areaId[ta] >= 0 ? areaId[ta] : (areaId[ta] = totals.encodeArea(targetAreas.get(ta)));
                int per = periodId[p] >= 0 ? periodId[p] : (periodId[p] = totals.encodePeriod(t.periods().value(p)));
                int brk = breakdownId[tb] >= 0 ? breakdownId[tb]
                        : (breakdownId[tb] = totals.encodeBreakdown(targetBreakdowns.get(tb)));
                int attributeId;
                if (missing.isEmpty()) {
                    attributeId = plainId >= 0 ? plainId
                            : (plainId = totals.encodeAttributes(new ObservationTable.Attributes(null, SOURCE, null)));
                } else {
                    int expected = rows + missing.size();
                    ObservationKey k = new ObservationKey(t.indicators().value(i), targetAreas.get(ta), t.periods().value(p),
                            targetBreakdowns.get(tb));
                    partials.add(new AggregationResult.Partial(k, rows, expected, missing));
                    attributeId = totals.encodeAttributes(new ObservationTable.Attributes(null, SOURCE,
                            "partial: " + rows + " of " + expected + "; missing " + String.join(", ", missing)));
                }
                Qualifier q = qualifier((int) (info >>> 31 & 0xFF));
                ObservationStatus st = status((int) (info >>> 39 & 0xF));
                // Most aggregations never overflow: skip boxing the slot for a lookup in an empty map.
                BigDecimal[] big = overflow.isEmpty() ? null : overflow.get(slot);
                long sum = acc[3 * slot + 1];
                if (mode[i] == COMPONENTS) {
                    long den = acc[3 * slot + 2];
                    Rate rate = rates[i] != null ? rates[i] : (rates[i] = new Rate(def));
                    long value;
                    if (fast && big == null && den != 0
                            && (value = rate.of(sum, numeratorScale[i], den, denominatorScale[i])) != Rate.UNKNOWN) {
                        totals.appendNew(ind, ar, per, brk, value, rate.decimals, sum, numeratorScale[i], den,
                                denominatorScale[i], q, st, attributeId);
                    } else {
                        BigDecimal num = BigDecimal.valueOf(sum, numeratorScale[i]);
                        BigDecimal dn = BigDecimal.valueOf(den, denominatorScale[i]);
                        if (big != null) {
                            num = num.add(big[1]);
                            dn = dn.add(big[2]);
                        }
                        BigDecimal v = Values.fromComponents(def, num, dn).toOptional().orElse(null);
                        totals.appendNew(ind, ar, per, brk, v, num, dn, q, st, attributeId);
                    }
                } else if (big == null) {
                    totals.appendNew(ind, ar, per, brk, sum, valueScale[i], 0, ObservationTable.ABSENT, 0,
                            ObservationTable.ABSENT, q, st, attributeId);
                } else {
                    totals.appendNew(ind, ar, per, brk, BigDecimal.valueOf(sum, valueScale[i]).add(big[0]), null, null,
                            q, st, attributeId);
                }
            }
            return new AggregationResult(DatasetAccess.handOver(totals), partials, refused);
        }

        private static int[] minusOnes(int n) {
            int[] ids = new int[n];
            Arrays.fill(ids, -1);
            return ids;
        }

        private static Qualifier qualifier(int mask) {
            if (Integer.bitCount(mask) == 1) {
                return QUALIFIERS[Integer.numberOfTrailingZeros(mask)];
            }
            return Qualifier.ABOUT;
        }

        private static ObservationStatus status(int mask) {
            if ((mask & 1 << ObservationStatus.ESTIMATED.ordinal()) != 0) {
                return ObservationStatus.ESTIMATED;
            }
            if ((mask & 1 << ObservationStatus.PROVISIONAL.ordinal()) != 0) {
                return ObservationStatus.PROVISIONAL;
            }
            // A total with a part whose status was not given is not known to be final either.
            if ((mask & 1 << ObservationStatus.NOT_GIVEN.ordinal()) != 0) {
                return ObservationStatus.NOT_GIVEN;
            }
            return ObservationStatus.FINAL;
        }
    }
}
