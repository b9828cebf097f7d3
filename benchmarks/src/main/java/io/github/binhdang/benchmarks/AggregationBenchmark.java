package io.github.binhdang.benchmarks;

import io.github.binhdang.core.calc.Aggregation;
import io.github.binhdang.core.calc.AggregationResult;
import io.github.binhdang.core.calc.AreaRollup;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.period.YearPeriod;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Case 1: aggregating a national dataset from communes to provinces, and from communes to the nation,
 * with the sex and age breakdown kept, summing numerators and denominators (and values for counts and
 * money).
 *
 * <p>For each target, three contenders compute the same totals from the same rows, checked equal
 * group by group once before timing:
 * <ul>
 *   <li>{@code binhdang}: {@link Aggregation#toParents}, including building the result dataset;</li>
 *   <li>{@code handLoop}: a loop over plain primitive arrays into dense accumulators, the practical
 *       limit on one core;</li>
 *   <li>{@code duckdb}: DuckDB in process running the equivalent {@code GROUP BY} over the rows already
 *       loaded in a table (with a join to the commune-to-province table for provinces; the nation holds
 *       every commune, so its query needs none).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class AggregationBenchmark {

    /** Observations in the dataset: 10 million for the full run, fewer for a short one. */
    @Param("10000000")
    public int observations;

    private static final String PROVINCES_SQL = "SELECT ind, province, yr, brk, SUM(num), SUM(den), SUM(val)"
            + " FROM obs JOIN commune_province USING (commune) GROUP BY ind, province, yr, brk";
    private static final String NATION_SQL = "SELECT ind, 0 AS nation, yr, brk, SUM(num), SUM(den), SUM(val)"
            + " FROM obs GROUP BY ind, yr, brk";

    private NationalData data;
    private AreaRollup toNation;
    private int[] nationOfCommune;
    private Connection duck;

    /**
     * Generates the data, loads DuckDB and checks that every contender gives the same totals.
     *
     * @throws SQLException if DuckDB fails
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        data = NationalData.ofSize(observations);
        Map<String, String> nation = new HashMap<>();
        data.dataset.areas().forEach(commune -> nation.put(commune, "VN"));
        toNation = AreaRollup.of(nation);
        nationOfCommune = new int[data.communes];
        duck = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE TABLE obs (ind INTEGER, commune INTEGER, yr INTEGER, brk INTEGER,"
                    + " num BIGINT, den BIGINT, val BIGINT)");
            s.execute("CREATE TABLE commune_province (commune INTEGER, province INTEGER)");
        }
        DuckDBConnection dc = duck.unwrap(DuckDBConnection.class);
        try (DuckDBAppender a = dc.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "obs")) {
            for (int r = 0; r < data.size; r++) {
                a.beginRow();
                a.append(data.indicator[r]);
                a.append(data.commune[r]);
                a.append(data.year[r]);
                a.append(data.breakdown[r]);
                a.append(data.numerator[r]);
                a.append(data.denominator[r]);
                a.append(data.value[r]);
                a.endRow();
            }
        }
        try (DuckDBAppender a = dc.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "commune_province")) {
            for (int c = 0; c < data.communes; c++) {
                a.beginRow();
                a.append(c);
                a.append(data.provinceOfCommune[c]);
                a.endRow();
            }
        }
        check(handTotals(NationalData.PROVINCES, data.provinceOfCommune), binhdang(data.rollup), PROVINCES_SQL,
                NationalData.PROVINCES);
        check(handTotals(1, nationOfCommune), binhdang(toNation), NATION_SQL, 1);
    }

    /**
     * The same totals from every contender, group by group, or the benchmark does not run.
     *
     * @param hand     the hand loop's sums: numerators, denominators, values by group
     * @param result   binhdang's totals
     * @param sql      DuckDB's query
     * @param targets  how many target areas (34 provinces, or 1 nation)
     */
    private void check(long[][] hand, AggregationResult result, String sql, int targets) throws SQLException {
        int groups = 0;
        for (int g = 0; g < hand[0].length; g++) {
            if (hand[0][g] != 0 || hand[1][g] != 0 || hand[2][g] != 0) {
                groups++;
            }
        }
        if (!result.isComplete() || result.dataset().size() != groups) {
            throw new IllegalStateException("binhdang gives " + result.dataset().size() + " totals ("
                    + result.refused().size() + " refused, " + result.partials().size() + " partial), the hand loop "
                    + groups);
        }
        Map<Breakdown, Integer> breakdownIndex = new HashMap<>();
        for (int b = 0; b < NationalData.BREAKDOWNS; b++) {
            breakdownIndex.put(NationalData.breakdown(b), b);
        }
        for (Observation o : result.dataset()) {
            int i = NationalData.INDICATORS.indexOf(NationalData.INDICATORS.stream()
                    .filter(d -> d.code().equals(o.indicator())).findFirst().orElseThrow());
            int area = targets == 1 ? 0 : Integer.parseInt(o.area().substring(1)) - 1;
            int year = ((YearPeriod) o.period()).year() - NationalData.FIRST_YEAR;
            int g = group(i, area, year, breakdownIndex.get(o.breakdown()), targets);
            // Money is in tenths in the primitive arrays and in million dong with one decimal in binhdang.
            BigDecimal v = o.value().orElse(BigDecimal.ZERO);
            long val = NationalData.SUMS_VALUES[i] == 0 ? 0 : i == 9 ? v.movePointRight(1).longValueExact()
                    : v.longValueExact();
            long num = o.numerator().orElse(BigDecimal.ZERO).longValueExact();
            long den = o.denominator().orElse(BigDecimal.ZERO).longValueExact();
            if (num != hand[0][g] || den != hand[1][g] || val != hand[2][g]) {
                throw new IllegalStateException("binhdang's " + o + " differs from the hand loop's " + hand[0][g] + "/"
                        + hand[1][g] + "/" + hand[2][g]);
            }
        }
        int rows = 0;
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                int g = group(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), targets);
                if (rs.getLong(5) != hand[0][g] || rs.getLong(6) != hand[1][g] || rs.getLong(7) != hand[2][g]) {
                    throw new IllegalStateException("DuckDB's group " + g + " differs from the hand loop's");
                }
                rows++;
            }
        }
        if (rows != groups) {
            throw new IllegalStateException("DuckDB gives " + rows + " totals, the hand loop " + groups);
        }
    }

    private static int group(int indicator, int area, int year, int breakdown, int targets) {
        return ((indicator * targets + area) * NationalData.YEARS + year) * NationalData.BREAKDOWNS + breakdown;
    }

    /**
     * Closes DuckDB.
     *
     * @throws SQLException if closing fails
     */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        duck.close();
    }

    private AggregationResult binhdang(AreaRollup rollup) {
        return Aggregation.toParents(data.dataset, NationalData.INDICATORS, rollup);
    }

    /**
     * The baseline: every row's numerator, denominator and value added into its group, dense arrays.
     *
     * @param targets  how many target areas
     * @param target   the target area of each commune
     * @return numerators, denominators and values by group
     */
    private long[][] handTotals(int targets, int[] target) {
        int perIndicator = targets * NationalData.YEARS * NationalData.BREAKDOWNS;
        int groupCount = NationalData.INDICATORS.size() * perIndicator;
        long[] num = new long[groupCount];
        long[] den = new long[groupCount];
        long[] val = new long[groupCount];
        int[] ind = data.indicator;
        int[] commune = data.commune;
        int[] year = data.year;
        int[] brk = data.breakdown;
        long[] n = data.numerator;
        long[] d = data.denominator;
        long[] v = data.value;
        for (int r = 0, size = data.size; r < size; r++) {
            int g = ind[r] * perIndicator + (target[commune[r]] * NationalData.YEARS + year[r])
                    * NationalData.BREAKDOWNS + brk[r];
            num[g] += n[r];
            den[g] += d[r];
            val[g] += v[r];
        }
        return new long[][] {num, den, val};
    }

    private void duckdb(String sql, Blackhole bh) throws SQLException {
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                bh.consume(rs.getLong(5));
                bh.consume(rs.getLong(6));
                bh.consume(rs.getLong(7));
            }
        }
    }

    /**
     * binhdang's aggregation to provinces, result dataset included.
     *
     * @return the totals
     */
    @Benchmark
    public AggregationResult binhdangToProvinces() {
        return binhdang(data.rollup);
    }

    /**
     * The baseline to provinces: a loop over primitive arrays.
     *
     * @return the sums
     */
    @Benchmark
    public long[][] handLoopToProvinces() {
        return handTotals(NationalData.PROVINCES, data.provinceOfCommune);
    }

    /**
     * DuckDB's GROUP BY to provinces over the loaded table, every result row read.
     *
     * @param bh  consumes the rows
     * @throws SQLException if the query fails
     */
    @Benchmark
    public void duckdbToProvinces(Blackhole bh) throws SQLException {
        duckdb(PROVINCES_SQL, bh);
    }

    /**
     * binhdang's aggregation to the nation, result dataset included.
     *
     * @return the totals
     */
    @Benchmark
    public AggregationResult binhdangToNation() {
        return binhdang(toNation);
    }

    /**
     * The baseline to the nation: the same loop with every commune's target area 0.
     *
     * @return the sums
     */
    @Benchmark
    public long[][] handLoopToNation() {
        return handTotals(1, nationOfCommune);
    }

    /**
     * DuckDB's GROUP BY to the nation over the loaded table, every result row read.
     *
     * @param bh  consumes the rows
     * @throws SQLException if the query fails
     */
    @Benchmark
    public void duckdbToNation(Blackhole bh) throws SQLException {
        duckdb(NATION_SQL, bh);
    }

    /**
     * Case 1, the realistic mix: the same national rows to provinces, with 5 % of them approximate
     * ("gần", "hơn"), 3 % provisional, the mean's numerators of mixed scales and 1 % of its rows without
     * components ({@link NationalData#mixOfSize}). The hand loop sums the same columns and tracks the
     * same facts: the qualifiers and statuses seen per group (an int of bits per row) and the rows
     * lacking components (a byte per row). Its totals, qualifiers, statuses and refusals are checked
     * equal to binhdang's, group by group, before timing.
     */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 10, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(value = 1, jvmArgsAppend = "-Xmx8g")
    public static class RealisticMix {

        /** Observations in the dataset: 10 million for the full run, fewer for a short one. */
        @Param("10000000")
        public int observations;

        private NationalData mix;

        /** Generates the mix and checks binhdang's totals against the hand loop's. */
        @Setup(Level.Trial)
        public void setUp() {
            mix = NationalData.mixOfSize(observations);
            Hand hand = handMix();
            AggregationResult result = binhdangMixToProvinces();
            Map<String, Integer> indicatorIndex = new HashMap<>();
            for (int i = 0; i < NationalData.INDICATORS.size(); i++) {
                indicatorIndex.put(NationalData.INDICATORS.get(i).code(), i);
            }
            Map<Breakdown, Integer> breakdownIndex = new HashMap<>();
            for (int b = 0; b < NationalData.BREAKDOWNS; b++) {
                breakdownIndex.put(NationalData.breakdown(b), b);
            }
            int refused = 0;
            int totals = 0;
            boolean[] seen = new boolean[hand.num.length];
            for (int g = 0; g < hand.num.length; g++) {
                if (hand.lacking[g] > 0) {
                    refused++;
                } else if (hand.flags[g] != 0) {
                    totals++;
                }
            }
            for (AggregationResult.Refusal f : result.refused()) {
                int g = group(indicatorIndex.get(f.key().indicator()), Integer.parseInt(f.key().area().substring(1)) - 1,
                        ((YearPeriod) f.key().period()).year() - NationalData.FIRST_YEAR,
                        breakdownIndex.get(f.key().breakdown()), NationalData.PROVINCES);
                if (hand.lacking[g] == 0 || seen[g]) {
                    throw new IllegalStateException("binhdang refused " + f + ", which the hand loop totals");
                }
                seen[g] = true;
            }
            if (result.refused().size() != refused || result.dataset().size() != totals || !result.partials().isEmpty()) {
                throw new IllegalStateException("binhdang gives " + result.dataset().size() + " totals and "
                        + result.refused().size() + " refusals, the hand loop " + totals + " and " + refused);
            }
            Qualifier[] qualifiers = Qualifier.values();
            for (Observation o : result.dataset()) {
                int i = indicatorIndex.get(o.indicator());
                int g = group(i, Integer.parseInt(o.area().substring(1)) - 1,
                        ((YearPeriod) o.period()).year() - NationalData.FIRST_YEAR, breakdownIndex.get(o.breakdown()),
                        NationalData.PROVINCES);
                BigDecimal v = o.value().orElse(BigDecimal.ZERO);
                long val = NationalData.SUMS_VALUES[i] == 0 ? 0 : i == 9 ? v.movePointRight(1).longValueExact()
                        : v.longValueExact();
                BigDecimal n = o.numerator().orElse(BigDecimal.ZERO);
                long num = (i == NationalData.MIXED_SCALES ? n.movePointRight(2) : n).longValueExact();
                long den = o.denominator().orElse(BigDecimal.ZERO).longValueExact();
                int q = hand.flags[g] & 0xFF;
                Qualifier qualifier = Integer.bitCount(q) == 1 ? qualifiers[Integer.numberOfTrailingZeros(q)]
                        : Qualifier.ABOUT;
                ObservationStatus status = (hand.flags[g] & 1 << 8 + ObservationStatus.ESTIMATED.ordinal()) != 0
                        ? ObservationStatus.ESTIMATED
                        : (hand.flags[g] & 1 << 8 + ObservationStatus.PROVISIONAL.ordinal()) != 0
                                ? ObservationStatus.PROVISIONAL : ObservationStatus.FINAL;
                if (seen[g] || num != hand.num[g] || den != hand.den[g] || val != hand.val[g]
                        || o.qualifier() != qualifier || o.status() != status) {
                    throw new IllegalStateException("binhdang's " + o + " (" + o.qualifier() + ", " + o.status()
                            + ") differs from the hand loop's " + hand.num[g] + "/" + hand.den[g] + "/" + hand.val[g]
                            + " (" + qualifier + ", " + status + ")");
                }
                seen[g] = true;
            }
        }

        /** The hand loop's sums, the qualifier and status bits seen and the rows lacking components, by group. */
        record Hand(long[] num, long[] den, long[] val, int[] flags, int[] lacking) {
        }

        private Hand handMix() {
            int perIndicator = NationalData.PROVINCES * NationalData.YEARS * NationalData.BREAKDOWNS;
            int groupCount = NationalData.INDICATORS.size() * perIndicator;
            long[] num = new long[groupCount];
            long[] den = new long[groupCount];
            long[] val = new long[groupCount];
            int[] flags = new int[groupCount];
            int[] lacking = new int[groupCount];
            int[] target = mix.provinceOfCommune;
            int[] ind = mix.indicator;
            int[] commune = mix.commune;
            int[] year = mix.year;
            int[] brk = mix.breakdown;
            long[] n = mix.numerator;
            long[] d = mix.denominator;
            long[] v = mix.value;
            int[] f = mix.flags;
            byte[] absent = mix.absent;
            for (int r = 0, size = mix.size; r < size; r++) {
                int g = ind[r] * perIndicator + (target[commune[r]] * NationalData.YEARS + year[r])
                        * NationalData.BREAKDOWNS + brk[r];
                num[g] += n[r];
                den[g] += d[r];
                val[g] += v[r];
                flags[g] |= f[r];
                lacking[g] += absent[r];
            }
            return new Hand(num, den, val, flags, lacking);
        }

        /**
         * binhdang's aggregation of the mix to provinces, result dataset (and refusals) included.
         *
         * @return the totals
         */
        @Benchmark
        public AggregationResult binhdangMixToProvinces() {
            return Aggregation.toParents(mix.dataset, NationalData.INDICATORS, mix.rollup);
        }

        /**
         * The baseline: the same columns summed by a loop over primitive arrays, with the qualifier and
         * status bits and the absent components tracked per group.
         *
         * @return the sums and facts
         */
        @Benchmark
        public Hand handLoopMixToProvinces() {
            return handMix();
        }
    }
}
