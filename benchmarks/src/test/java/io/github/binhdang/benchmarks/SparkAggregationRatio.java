package io.github.binhdang.benchmarks;

import io.github.binhdang.core.calc.Aggregation;
import io.github.binhdang.core.calc.AggregationResult;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.spark.AreaTable;
import io.github.binhdang.spark.SparkAggregation;
import io.github.binhdang.spark.SparkObservations;
import java.io.File;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Spark on {@code local[2]} against the core, aggregating the same {@link NationalData} (communes into
 * their 34 provinces, sex and age kept: 102,000 totals at 10 million rows): Spark reads the rows from
 * Parquet (written once, from the same arrays, into {@code benchmarks/target/spark-national-N}), the core
 * aggregates its in-memory {@code Dataset}. Both are timed back to back in each round after warm-up
 * rounds that are not counted; the ratio of the medians is printed. Not a JMH benchmark: Spark's own
 * threads and its minutes-long jobs fit JMH badly, and Spark must stay out of the benchmarks jar.
 *
 * <p>Run (benchmarks/README.md, "Spark against the core"): {@code SparkAggregationRatio rows warmups rounds}.
 * Local mode only: the Parquet file is written by tasks that read the generated arrays from this JVM.
 */
public final class SparkAggregationRatio {

    // The data the tasks that write the Parquet file read: local mode runs them in this JVM.
    private static volatile NationalData data;

    private SparkAggregationRatio() {
    }

    /**
     * Runs the comparison.
     *
     * @param args  the number of rows (10,000,000), warm-up rounds (1) and counted rounds (3)
     */
    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        long t0 = System.nanoTime();
        NationalData nd = NationalData.ofSize(rows);
        data = nd;
        System.out.printf("generated %,d observations in %.1f s%n", nd.size, (System.nanoTime() - t0) / 1e9);
        SparkSession spark = SparkSession.builder().appName("SparkAggregationRatio").master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.objectHashAggregate.sortBased.fallbackThreshold", "1000000")
                .getOrCreate();
        try {
            String path = new File("benchmarks/target/spark-national-" + nd.size).getAbsolutePath();
            if (!new File(path, "_SUCCESS").exists()) {
                t0 = System.nanoTime();
                spark.range(0, nd.size, 1, 16)
                        .map((MapFunction<Long, Row>) r -> row(r.intValue()), Encoders.row(SparkObservations.SCHEMA))
                        .write().mode("overwrite").parquet(path);
                System.out.printf("wrote %s in %.1f s%n", path, (System.nanoTime() - t0) / 1e9);
            }
            List<String> communes = new ArrayList<>();
            for (int c = 0; c < nd.communes; c++) {
                communes.add(communeCode(c));
            }
            List<ReportingPeriod> periods = new ArrayList<>();
            for (int y = 0; y < NationalData.YEARS; y++) {
                periods.add(YearPeriod.of(NationalData.FIRST_YEAR + y));
            }
            AreaTable areas = AreaTable.of(nd.rollup, communes, periods);
            List<Indicator> indicators = NationalData.INDICATORS;
            // The same number of totals, before any timing.
            long sparkTotals = SparkAggregation.toParents(spark.read().schema(SparkObservations.SCHEMA).parquet(path),
                    areas, indicators).totals().count();
            AggregationResult core = Aggregation.toParents(nd.dataset, indicators, nd.rollup);
            System.out.printf("totals: Spark %,d, core %,d%n", sparkTotals, core.dataset().size());
            if (sparkTotals != core.dataset().size()) {
                throw new IllegalStateException("Spark and the core give different numbers of totals");
            }
            double[] sparkMs = new double[rounds];
            double[] coreMs = new double[rounds];
            for (int round = -warmups; round < rounds; round++) {
                long s = System.nanoTime();
                SparkAggregation.toParents(spark.read().schema(SparkObservations.SCHEMA).parquet(path), areas, indicators)
                        .totals().write().format("noop").mode("overwrite").save();
                double sparkTime = (System.nanoTime() - s) / 1e6;
                s = System.nanoTime();
                AggregationResult r = Aggregation.toParents(nd.dataset, indicators, nd.rollup);
                double coreTime = (System.nanoTime() - s) / 1e6;
                System.out.printf("%s %d: Spark %.0f ms, core %.1f ms (%d totals), ratio %.0f%n",
                        round < 0 ? "warm-up" : "round", round < 0 ? round + warmups + 1 : round + 1, sparkTime,
                        coreTime, r.dataset().size(), sparkTime / coreTime);
                if (round >= 0) {
                    sparkMs[round] = sparkTime;
                    coreMs[round] = coreTime;
                }
            }
            double sparkMedian = median(sparkMs);
            double coreMedian = median(coreMs);
            System.out.printf("median: Spark %.0f ms, core %.1f ms, Spark / core = %.0f%n", sparkMedian, coreMedian,
                    sparkMedian / coreMedian);
        } finally {
            spark.stop();
        }
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String communeCode(int c) {
        return String.format("C%05d", c);
    }

    /** Row r of the generated data in {@link SparkObservations#SCHEMA}, numbers as the dataset holds them. */
    private static Row row(int r) {
        NationalData nd = data;
        int i = nd.indicator[r];
        int year = NationalData.FIRST_YEAR + nd.year[r];
        Map<String, String> c = NationalData.breakdown(nd.breakdown[r]).categories();
        BigDecimal value = null;
        BigDecimal numerator = null;
        BigDecimal denominator = null;
        if (NationalData.SUMS_VALUES[i] == 0) {
            numerator = BigDecimal.valueOf(nd.numerator[r]).setScale(SparkObservations.SCALE);
            denominator = BigDecimal.valueOf(nd.denominator[r]).setScale(SparkObservations.SCALE);
        } else {
            value = BigDecimal.valueOf(nd.value[r], i == 9 ? 1 : 0).setScale(SparkObservations.SCALE);
        }
        return RowFactory.create(NationalData.INDICATORS.get(i).code(), communeCode(nd.commune[r]),
                String.valueOf(year), Date.valueOf(year + "-01-01"), Date.valueOf(year + "-12-31"), c.get("SEX"),
                c.get("AGE_GROUP"), null, null, value, numerator, denominator, null, "FINAL", "EXACT");
    }
}
