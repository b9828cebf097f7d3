package io.github.binhdang.core.calc;

import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.internal.DatasetAccess;
import io.github.binhdang.core.internal.ObservationTable;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.MeasureKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

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
 * overflow a long continues in {@link BigDecimal}.
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
        return toParents(dataset, indicators, rollup, GroupIndex.DENSE_LIMIT);
    }

    /** As {@link #toParents(Dataset, Collection, AreaRollup)}; tests lower the dense limit to try the sparse path. */
    static AggregationResult toParents(Dataset dataset, Collection<Indicator> indicators, AreaRollup rollup,
            long denseLimit) {
        Objects.requireNonNull(rollup, "rollup");
        ObservationTable t = DatasetAccess.table(dataset);
        List<String> areas = t.areas.values();
        List<ReportingPeriod> periods = t.periods.values();
        Map<String, Integer> parentIds = new LinkedHashMap<>();
        int[] areaTarget = new int[Math.max(1, areas.size() * periods.size())];
        for (int a = 0; a < areas.size(); a++) {
            for (int p = 0; p < periods.size(); p++) {
                Optional<String> parent = rollup.parentOf(areas.get(a), periods.get(p));
                areaTarget[a * periods.size() + p] = parent.isEmpty() ? -1
                        : parentIds.computeIfAbsent(parent.get(), k -> parentIds.size());
            }
        }
        int[] identity = new int[t.breakdowns.size()];
        Arrays.setAll(identity, i -> i);
        Engine e = new Engine(t, indicators, areaTarget, new ArrayList<>(parentIds.keySet()), identity,
                t.breakdowns.values(), denseLimit);
        e.run();
        // The children each parent should hold in each period, asked of the rollup once per pair.
        List<List<String>> expectedByPair = new ArrayList<>(java.util.Collections.nCopies(
                Math.max(1, e.targetAreas.size() * periods.size()), (List<String>) null));
        MissingParts expectedChildren = (ind, targetArea, period, targetBreakdown, rows) -> {
            int pair = targetArea * periods.size() + period;
            List<String> children = expectedByPair.get(pair);
            if (children == null) {
                children = rollup.childrenOf(e.targetAreas.get(targetArea), periods.get(period));
                expectedByPair.set(pair, children);
            }
            return children;
        };
        return e.result((ind, targetArea, period, targetBreakdown, rows) -> {
            List<String> missing = new ArrayList<>();
            for (String child : expectedChildren.of(ind, targetArea, period, targetBreakdown, rows)) {
                if (t.find(ind, t.areas.idOf(child), period, targetBreakdown) < 0) {
                    missing.add(child);
                }
            }
            return missing;
        }, (ind, targetArea, period, targetBreakdown, rows) ->
                rows < expectedChildren.of(ind, targetArea, period, targetBreakdown, rows).size());
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
        return toTotal(dataset, indicators, dimension, GroupIndex.DENSE_LIMIT);
    }

    /** As {@link #toTotal(Dataset, Collection, BreakdownDimension)}; tests lower the dense limit. */
    static AggregationResult toTotal(Dataset dataset, Collection<Indicator> indicators, BreakdownDimension dimension,
            long denseLimit) {
        Objects.requireNonNull(dimension, "dimension");
        ObservationTable t = DatasetAccess.table(dataset);
        List<ReportingPeriod> periods = t.periods.values();
        int[] areaTarget = new int[Math.max(1, t.areas.size() * periods.size())];
        for (int a = 0; a < t.areas.size(); a++) {
            for (int p = 0; p < periods.size(); p++) {
                areaTarget[a * periods.size() + p] = a;
            }
        }
        List<Breakdown> source = t.breakdowns.values();
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
        Engine e = new Engine(t, indicators, areaTarget, t.areas.values(), breakdownTarget,
                new ArrayList<>(totals.keySet()), denseLimit);
        e.run();
        return e.result((ind, area, period, targetBreakdown, rows) -> {
            List<String> missing = new ArrayList<>();
            Breakdown total = e.targetBreakdowns.get(targetBreakdown);
            for (String c : categories) {
                int b = t.breakdowns.idOf(total.with(dimension, c));
                if (t.find(ind, area, period, b) < 0) {
                    missing.add(c);
                }
            }
            return missing;
        }, (ind, area, period, targetBreakdown, rows) -> rows < categories.size());
    }

    /** Finds what a total lacks: the codes of its missing parts. */
    @FunctionalInterface
    private interface MissingParts {
        List<String> of(int indicator, int targetArea, int period, int targetBreakdown, int rows);
    }

    /** Tells cheaply whether a total may lack parts, before listing them. */
    @FunctionalInterface
    private interface MayLack {
        boolean test(int indicator, int targetArea, int period, int targetBreakdown, int rows);
    }

    /** The one-pass summation over the columns. */
    private static final class Engine {
        private static final int UNKNOWN = 0;
        private static final int COMPONENTS = 1;
        private static final int VALUES = 2;
        private static final int MAX_LONG_SCALE = 18;
        /** The info bits of a total whose parts are all exact (qualifier 0) and final (status 0). */
        private static final long EXACT_FINAL = 1L << 31 | 1L << 39;
        private static final long[] POW10 = new long[MAX_LONG_SCALE + 1];

        static {
            POW10[0] = 1;
            for (int i = 1; i < POW10.length; i++) {
                POW10[i] = POW10[i - 1] * 10;
            }
        }

        final ObservationTable t;
        final Indicator[] definitions;
        final byte[] mode;
        final int[] areaTarget;
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
        // seen in bits 39-42.
        long[] acc = new long[3 * 64];
        int[] lacking = new int[64];
        final long keySpace;
        final Map<Integer, BigDecimal[]> overflow = new HashMap<>();

        Engine(ObservationTable t, Collection<Indicator> indicators, int[] areaTarget, List<String> targetAreas,
                int[] breakdownTarget, List<Breakdown> targetBreakdowns, long denseLimit) {
            this.t = t;
            this.areaTarget = areaTarget;
            this.targetAreas = targetAreas;
            this.breakdownTarget = breakdownTarget;
            this.targetBreakdowns = targetBreakdowns;
            this.periods = t.periods.size();
            int n = t.indicators.size();
            definitions = new Indicator[n];
            mode = new byte[n];
            for (Indicator i : indicators) {
                int id = t.indicators.idOf(i.code());
                if (id >= 0) {
                    definitions[id] = i;
                    MeasureKind k = i.measureKind();
                    mode[id] = (byte) (k == MeasureKind.COUNT || k == MeasureKind.AMOUNT ? VALUES : COMPONENTS);
                }
            }
            valueScale = new int[n];
            numeratorScale = new int[n];
            denominatorScale = new int[n];
            keySpace = (long) n * Math.max(1, targetAreas.size()) * Math.max(1, periods)
                    * Math.max(1, targetBreakdowns.size());
            index = new GroupIndex(keySpace, denseLimit);
            if (index.isDense()) {
                // A dense key is its own group: size the accumulators once, never grow them in the loop.
                int groups = (int) Math.max(1, keySpace);
                acc = new long[3 * groups];
                lacking = new int[groups];
            }
        }

        /** Finds the common scale of each indicator's numbers: the largest one that fits a long. */
        private void scales() {
            for (int i = 0; i < valueScale.length; i++) {
                valueScale[i] = Math.max(fitting(t.maxScale(i, 0)), fitting(t.maxScale(i, 3)));
                numeratorScale[i] = fitting(t.maxScale(i, 1));
                denominatorScale[i] = fitting(t.maxScale(i, 2));
            }
        }

        private static int fitting(int scaleCode) {
            return scaleCode <= MAX_LONG_SCALE ? scaleCode : 0;
        }

        void run() {
            scales();
            char[] indCol = t.indicatorColumn();
            int[] areaCol = t.areaColumn();
            char[] periodCol = t.periodColumn();
            char[] breakdownCol = t.breakdownColumn();
            long[] valueCol = t.valueColumn();
            long[] numeratorCol = t.numeratorColumn();
            long[] denominatorCol = t.denominatorColumn();
            int[] metaCol = t.metaColumn();
            long areasTimesPeriods = (long) Math.max(1, targetAreas.size()) * Math.max(1, periods);
            long perIndicator = areasTimesPeriods * Math.max(1, targetBreakdowns.size());
            long perArea = (long) Math.max(1, periods) * Math.max(1, targetBreakdowns.size());
            int breakdowns = Math.max(1, targetBreakdowns.size());
            // Locals, so the loop keeps its arrays in registers; they are reloaded only after a sparse
            // index makes the accumulators grow.
            long[] a = acc;
            int[] lack = lacking;
            byte[] modes = mode;
            int[] vScale = valueScale;
            int[] nScale = numeratorScale;
            int[] dScale = denominatorScale;
            int[] targetOfArea = areaTarget;
            int[] targetOfBreakdown = breakdownTarget;
            boolean dense = index.isDense();
            boolean plain = t.isAllExactAndFinal();
            for (int r = 0, n = t.size(); r < n; r++) {
                int p = periodCol[r];
                int ta = targetOfArea[areaCol[r] * periods + p];
                int tb = targetOfBreakdown[breakdownCol[r]];
                if (ta < 0 || tb < 0) {
                    continue;
                }
                int i = indCol[r];
                long key = i * perIndicator + ta * perArea + (long) p * breakdowns + tb;
                int g;
                if (dense) {
                    g = (int) key;
                } else {
                    g = index.groupOf(key);
                    if (g == lack.length) {
                        grow();
                        a = acc;
                        lack = lacking;
                    }
                }
                int m = metaCol[r];
                int b = 3 * g;
                a[b] = (a[b] + 1) | (plain ? EXACT_FINAL : (long) (1 << (m >>> 15 & 7)) << 31 | (long) (1 << (m >>> 18 & 3)) << 39);
                int md = modes[i];
                if (md == COMPONENTS) {
                    int ns = m >>> 5 & 31;
                    int ds = m >>> 10 & 31;
                    if (ns == ObservationTable.ABSENT || ds == ObservationTable.ABSENT) {
                        lack[g]++;
                    } else if (ns > MAX_LONG_SCALE || ds > MAX_LONG_SCALE) {
                        addExactly(g, 1, t.numerator(r));
                        addExactly(g, 2, t.denominator(r));
                    } else {
                        try {
                            long num = Math.addExact(a[b + 1], scaled(numeratorCol[r], ns, nScale[i]));
                            long den = Math.addExact(a[b + 2], scaled(denominatorCol[r], ds, dScale[i]));
                            a[b + 1] = num;
                            a[b + 2] = den;
                        } catch (ArithmeticException tooLarge) {
                            addExactly(g, 1, t.numerator(r));
                            addExactly(g, 2, t.denominator(r));
                        }
                    }
                } else if (md == VALUES) {
                    boolean fromNumerator = (m & 31) == ObservationTable.ABSENT;
                    int vs = fromNumerator ? m >>> 5 & 31 : m & 31;
                    long v = fromNumerator ? numeratorCol[r] : valueCol[r];
                    if (vs == ObservationTable.ABSENT) {
                        lack[g]++;
                    } else if (vs > MAX_LONG_SCALE) {
                        addExactly(g, 0, fromNumerator ? t.numerator(r) : t.value(r));
                    } else {
                        try {
                            a[b + 1] = Math.addExact(a[b + 1], scaled(v, vs, vScale[i]));
                        } catch (ArithmeticException tooLarge) {
                            addExactly(g, 0, BigDecimal.valueOf(v, vs));
                        }
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
            ObservationTable totals = new ObservationTable(64);
            ObservationTable.Attributes plain = new ObservationTable.Attributes(null, SOURCE, null);
            List<AggregationResult.Partial> partials = new ArrayList<>();
            List<AggregationResult.Refusal> refused = new ArrayList<>();
            long areasTimes = (long) Math.max(1, periods) * Math.max(1, targetBreakdowns.size());
            long perIndicator = Math.max(1, targetAreas.size()) * areasTimes;
            int breakdowns = Math.max(1, targetBreakdowns.size());
            // Dense accumulators are indexed by key (so totals come in key order), sparse ones by group number.
            boolean dense = index.isDense();
            long slots = dense ? keySpace : index.size();
            for (int slot = 0; slot < slots; slot++) {
                long info = acc[3 * slot];
                if (info == 0) {
                    continue;
                }
                long key = dense ? slot : index.keyOf(slot);
                int rows = (int) (info & 0x7FFFFFFF);
                int i = (int) (key / perIndicator);
                long rest = key % perIndicator;
                int ta = (int) (rest / areasTimes);
                rest %= areasTimes;
                int p = (int) (rest / breakdowns);
                int tb = (int) (rest % breakdowns);
                String indicatorCode = t.indicators.value(i);
                String area = targetAreas.get(ta);
                ReportingPeriod period = t.periods.value(p);
                Breakdown breakdown = targetBreakdowns.get(tb);
                Indicator def = definitions[i];
                if (def == null || lacking[slot] > 0) {
                    ObservationKey k = new ObservationKey(indicatorCode, area, period, breakdown);
                    refused.add(def == null
                            ? new AggregationResult.Refusal(k, NoDataReason.UNDEFINED,
                                    "no definition of indicator " + indicatorCode + " was given")
                            : new AggregationResult.Refusal(k, mode[i] == COMPONENTS ? NoDataReason.MISSING_COMPONENT
                                    : NoDataReason.MISSING_VALUE, lacking[slot] + " of " + rows
                                    + (mode[i] == COMPONENTS ? " parts have no numerator and denominator; a percentage"
                                            + " is never averaged" : " parts have no value")));
                    continue;
                }
                List<String> missing = mayLack.test(i, ta, p, tb, rows) ? missingParts.of(i, ta, p, tb, rows)
                        : List.of();
                BigDecimal[] big = overflow.get(slot);
                BigDecimal value;
                BigDecimal num = null;
                BigDecimal den = null;
                if (mode[i] == COMPONENTS) {
                    num = BigDecimal.valueOf(acc[3 * slot + 1], numeratorScale[i]);
                    den = BigDecimal.valueOf(acc[3 * slot + 2], denominatorScale[i]);
                    if (big != null) {
                        num = num.add(big[1]);
                        den = den.add(big[2]);
                    }
                    value = Values.fromComponents(def, num, den).toOptional().orElse(null);
                } else {
                    BigDecimal sum = BigDecimal.valueOf(acc[3 * slot + 1], valueScale[i]);
                    value = big == null ? sum : sum.add(big[0]);
                }
                ObservationTable.Attributes attributes = plain;
                if (!missing.isEmpty()) {
                    int expected = rows + missing.size();
                    ObservationKey k = new ObservationKey(indicatorCode, area, period, breakdown);
                    partials.add(new AggregationResult.Partial(k, rows, expected, missing));
                    attributes = new ObservationTable.Attributes(null, SOURCE,
                            "partial: " + rows + " of " + expected + "; missing " + String.join(", ", missing));
                }
                totals.add(indicatorCode, area, period, breakdown, value, num, den, qualifier((int) (info >>> 31 & 0xFF)),
                        status((int) (info >>> 39 & 0xF)), attributes);
            }
            return new AggregationResult(DatasetAccess.dataset(totals), partials, refused);
        }

        private static Qualifier qualifier(int mask) {
            if (Integer.bitCount(mask) == 1) {
                return Qualifier.values()[Integer.numberOfTrailingZeros(mask)];
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
            return ObservationStatus.FINAL;
        }
    }
}
