package io.github.binhdang.benchmarks;

import io.github.binhdang.core.calc.Aggregation;
import io.github.binhdang.core.calc.AggregationResult;
import io.github.binhdang.core.data.Observation;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * Case 1: aggregating a national dataset from communes to provinces, with the sex and age breakdown
 * kept, summing numerators and denominators (and values for counts and money).
 *
 * <p>Three contenders compute the same totals from the same rows, checked equal once before timing:
 * <ul>
 *   <li>{@code binhdang}: {@link Aggregation#toParents}, including building the result dataset;</li>
 *   <li>{@code handLoop}: a loop over plain primitive arrays into dense accumulators, the practical
 *       limit on one core;</li>
 *   <li>{@code duckdb}: DuckDB in process running the equivalent {@code GROUP BY} over the rows already
 *       loaded in a table, with a join to the commune-to-province table.</li>
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

    private NationalData data;
    private Connection duck;
    private int groups;

    /**
     * Generates the data, loads DuckDB and checks that every contender gives the same sums.
     *
     * @throws SQLException if DuckDB fails
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        data = NationalData.ofSize(observations);
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
        check();
    }

    /** The same totals from every contender, or the benchmark does not run. */
    private void check() throws SQLException {
        long[][] hand = handTotals();
        long handNum = 0;
        long handDen = 0;
        long handVal = 0;
        for (int g = 0; g < hand[0].length; g++) {
            handNum += hand[0][g];
            handDen += hand[1][g];
            handVal += hand[2][g];
        }
        AggregationResult r = binhdang();
        if (!r.isComplete()) {
            throw new IllegalStateException("binhdang's totals are not complete: " + r.refused().size() + " refused, "
                    + r.partials().size() + " partial");
        }
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        BigDecimal val = BigDecimal.ZERO;
        for (Observation o : r.dataset()) {
            num = num.add(o.numerator().orElse(BigDecimal.ZERO));
            den = den.add(o.denominator().orElse(BigDecimal.ZERO));
            // Money is in tenths in the primitive arrays and in million dong with one decimal in binhdang.
            BigDecimal v = o.value().orElse(BigDecimal.ZERO);
            val = val.add(o.indicator().equals("BUDGET") ? v.movePointRight(1) : o.numerator().isPresent() ? BigDecimal.ZERO : v);
        }
        long[] duckSums = new long[4];
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(duckSql())) {
            while (rs.next()) {
                duckSums[0] += rs.getLong(5);
                duckSums[1] += rs.getLong(6);
                duckSums[2] += rs.getLong(7);
                duckSums[3]++;
            }
        }
        groups = r.dataset().size();
        if (num.longValueExact() != handNum || den.longValueExact() != handDen || val.longValueExact() != handVal
                || duckSums[0] != handNum || duckSums[1] != handDen || duckSums[2] != handVal
                || duckSums[3] != groups) {
            throw new IllegalStateException("contenders disagree: hand " + handNum + "/" + handDen + "/" + handVal
                    + ", binhdang " + num + "/" + den + "/" + val + " in " + groups + " groups, duckdb "
                    + duckSums[0] + "/" + duckSums[1] + "/" + duckSums[2] + " in " + duckSums[3] + " groups");
        }
    }

    private static String duckSql() {
        return "SELECT ind, province, yr, brk, SUM(num), SUM(den), SUM(val) FROM obs JOIN commune_province"
                + " USING (commune) GROUP BY ind, province, yr, brk";
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

    private AggregationResult binhdang() {
        return Aggregation.toParents(data.dataset, NationalData.INDICATORS, data.rollup);
    }

    private long[][] handTotals() {
        int perIndicator = NationalData.PROVINCES * NationalData.YEARS * NationalData.BREAKDOWNS;
        int groupCount = NationalData.INDICATORS.size() * perIndicator;
        long[] num = new long[groupCount];
        long[] den = new long[groupCount];
        long[] val = new long[groupCount];
        int[] ind = data.indicator;
        int[] commune = data.commune;
        int[] year = data.year;
        int[] brk = data.breakdown;
        int[] province = data.provinceOfCommune;
        long[] n = data.numerator;
        long[] d = data.denominator;
        long[] v = data.value;
        for (int r = 0, size = data.size; r < size; r++) {
            int g = ind[r] * perIndicator + (province[commune[r]] * NationalData.YEARS + year[r])
                    * NationalData.BREAKDOWNS + brk[r];
            num[g] += n[r];
            den[g] += d[r];
            val[g] += v[r];
        }
        return new long[][] {num, den, val};
    }

    /**
     * binhdang's aggregation, result dataset included.
     *
     * @return the totals
     */
    @Benchmark
    public AggregationResult binhdangToProvinces() {
        return binhdang();
    }

    /**
     * The baseline: a loop over primitive arrays.
     *
     * @return the sums
     */
    @Benchmark
    public long[][] handLoop() {
        return handTotals();
    }

    /**
     * DuckDB's GROUP BY over the loaded table, every result row read.
     *
     * @param bh  consumes the rows
     * @throws SQLException if the query fails
     */
    @Benchmark
    public void duckdb(Blackhole bh) throws SQLException {
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(duckSql())) {
            while (rs.next()) {
                bh.consume(rs.getLong(5));
                bh.consume(rs.getLong(6));
                bh.consume(rs.getLong(7));
            }
        }
    }
}
