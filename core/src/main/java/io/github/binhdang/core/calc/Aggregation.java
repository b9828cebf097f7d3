package io.github.binhdang.core.calc;

import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
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
                t.breakdowns.values());
        e.run();
        Map<Long, List<String>> childrenCache = new HashMap<>();
        MissingParts expectedChildren = (ind, targetArea, period, targetBreakdown, rows) ->
                childrenCache.computeIfAbsent((long) targetArea << 32 | period,
                        k -> rollup.childrenOf(e.targetAreas.get(targetArea), periods.get(period)));
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
                new ArrayList<>(totals.keySet()));
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
        long[] sumValue = new long[64];
        long[] sumNumerator = new long[64];
        long[] sumDenominator = new long[64];
        int[] rows = new int[64];
        int[] lacking = new int[64];
        int[] qualifiers = new int[64];
        int[] statuses = new int[64];
        final Map<Integer, BigDecimal[]> overflow = new HashMap<>();

        Engine(ObservationTable t, Collection<Indicator> indicators, int[] areaTarget, List<String> targetAreas,
                int[] breakdownTarget, List<Breakdown> targetBreakdowns) {
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
            long keySpace = (long) n * Math.max(1, targetAreas.size()) * Math.max(1, periods)
                    * Math.max(1, targetBreakdowns.size());
            index = new GroupIndex(keySpace);
        }

        /** Finds the common scale of each indicator's numbers: the largest one that fits a long. */
        private void scales() {
            char[] ind = t.indicatorColumn();
            int[] meta = t.metaColumn();
            for (int r = 0, n = t.size(); r < n; r++) {
                int i = ind[r];
                int m = meta[r];
                // A count reported only as a numerator is summed as its value.
                int vs = (m & 31) == ObservationTable.ABSENT ? m >>> 5 & 31 : m & 31;
                valueScale[i] = Math.max(valueScale[i], fitting(vs));
                numeratorScale[i] = Math.max(numeratorScale[i], fitting(m >>> 5 & 31));
                denominatorScale[i] = Math.max(denominatorScale[i], fitting(m >>> 10 & 31));
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
            for (int r = 0, n = t.size(); r < n; r++) {
                int p = periodCol[r];
                int ta = areaTarget[areaCol[r] * periods + p];
                int tb = breakdownTarget[breakdownCol[r]];
                if (ta < 0 || tb < 0) {
                    continue;
                }
                int i = indCol[r];
                int g = index.groupOf(i * perIndicator + ta * perArea + (long) p * breakdowns + tb);
                if (g == rows.length) {
                    grow();
                }
                int m = metaCol[r];
                rows[g]++;
                qualifiers[g] |= 1 << (m >>> 15 & 7);
                statuses[g] |= 1 << (m >>> 18 & 3);
                int md = mode[i];
                if (md == COMPONENTS) {
                    int ns = m >>> 5 & 31;
                    int ds = m >>> 10 & 31;
                    if (ns == ObservationTable.ABSENT || ds == ObservationTable.ABSENT) {
                        lacking[g]++;
                    } else if (ns > MAX_LONG_SCALE || ds > MAX_LONG_SCALE) {
                        addExactly(g, 1, t.numerator(r));
                        addExactly(g, 2, t.denominator(r));
                    } else {
                        try {
                            long num = Math.addExact(sumNumerator[g], scaled(numeratorCol[r], ns, numeratorScale[i]));
                            long den = Math.addExact(sumDenominator[g], scaled(denominatorCol[r], ds, denominatorScale[i]));
                            sumNumerator[g] = num;
                            sumDenominator[g] = den;
                        } catch (ArithmeticException tooLarge) {
                            addExactly(g, 1, t.numerator(r));
                            addExactly(g, 2, t.denominator(r));
                        }
                    }
                } else if (md == VALUES) {
                    boolean fromNumerator = (m & 31) == ObservationTable.ABSENT;
                    int vs = fromNumerator ? m >>> 5 & 31 : m & 31;
                    long v = fromNumerator ? numeratorCol[r] : valueCol[r];
                    int target = valueScale[i];
                    if (vs == ObservationTable.ABSENT) {
                        lacking[g]++;
                    } else if (vs > MAX_LONG_SCALE) {
                        addExactly(g, 0, fromNumerator ? t.numerator(r) : t.value(r));
                    } else {
                        try {
                            sumValue[g] = Math.addExact(sumValue[g], scaled(v, vs, target));
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
            int n = rows.length * 2;
            sumValue = Arrays.copyOf(sumValue, n);
            sumNumerator = Arrays.copyOf(sumNumerator, n);
            sumDenominator = Arrays.copyOf(sumDenominator, n);
            rows = Arrays.copyOf(rows, n);
            lacking = Arrays.copyOf(lacking, n);
            qualifiers = Arrays.copyOf(qualifiers, n);
            statuses = Arrays.copyOf(statuses, n);
        }

        AggregationResult result(MissingParts missingParts, MayLack mayLack) {
            Dataset.Builder totals = Dataset.builder(index.size());
            List<AggregationResult.Partial> partials = new ArrayList<>();
            List<AggregationResult.Refusal> refused = new ArrayList<>();
            long areasTimes = (long) Math.max(1, periods) * Math.max(1, targetBreakdowns.size());
            long perIndicator = Math.max(1, targetAreas.size()) * areasTimes;
            int breakdowns = Math.max(1, targetBreakdowns.size());
            for (int g = 0; g < index.size(); g++) {
                long key = index.keyOf(g);
                int i = (int) (key / perIndicator);
                long rest = key % perIndicator;
                int ta = (int) (rest / areasTimes);
                rest %= areasTimes;
                int p = (int) (rest / breakdowns);
                int tb = (int) (rest % breakdowns);
                ObservationKey k = new ObservationKey(t.indicators.value(i), targetAreas.get(ta), t.periods.value(p),
                        targetBreakdowns.get(tb));
                Indicator def = definitions[i];
                if (def == null) {
                    refused.add(new AggregationResult.Refusal(k, NoDataReason.UNDEFINED,
                            "no definition of indicator " + k.indicator() + " was given"));
                    continue;
                }
                if (lacking[g] > 0) {
                    refused.add(new AggregationResult.Refusal(k, mode[i] == COMPONENTS ? NoDataReason.MISSING_COMPONENT
                            : NoDataReason.MISSING_VALUE, lacking[g] + " of " + rows[g]
                            + (mode[i] == COMPONENTS ? " parts have no numerator and denominator; a percentage is"
                                    + " never averaged" : " parts have no value")));
                    continue;
                }
                List<String> missing = mayLack.test(i, ta, p, tb, rows[g]) ? missingParts.of(i, ta, p, tb, rows[g])
                        : List.of();
                Observation.Builder o = Observation.builder(k.indicator(), k.area(), k.period())
                        .breakdown(k.breakdown()).qualifier(qualifier(qualifiers[g])).status(status(statuses[g]))
                        .source(SOURCE);
                BigDecimal[] big = overflow.get(g);
                if (mode[i] == COMPONENTS) {
                    BigDecimal num = BigDecimal.valueOf(sumNumerator[g], numeratorScale[i]);
                    BigDecimal den = BigDecimal.valueOf(sumDenominator[g], denominatorScale[i]);
                    if (big != null) {
                        num = num.add(big[1]);
                        den = den.add(big[2]);
                    }
                    o.components(num, den);
                    Values.fromComponents(def, num, den).toOptional().ifPresent(o::value);
                } else {
                    BigDecimal sum = BigDecimal.valueOf(sumValue[g], valueScale[i]);
                    o.value(big == null ? sum : sum.add(big[0]));
                }
                if (!missing.isEmpty()) {
                    int expected = rows[g] + missing.size();
                    partials.add(new AggregationResult.Partial(k, rows[g], expected, missing));
                    o.note("partial: " + rows[g] + " of " + expected + "; missing " + String.join(", ", missing));
                }
                totals.add(o.build());
            }
            return new AggregationResult(totals.build(), partials, refused);
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
