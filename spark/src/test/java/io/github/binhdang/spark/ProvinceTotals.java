package io.github.binhdang.spark;

import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.calc.AreaRollup;
import io.github.binhdang.indicators.GenderIndicators;
import io.github.binhdang.indicators.VietNamAreas;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The job README.md's "Running on a cluster" submits with {@code spark-submit}: commune figures read
 * from Parquet with {@link SparkObservations#SCHEMA}, carried onto the 34 provinces of 2026, written as
 * Parquet with the codes the hierarchy does not know beside them. Its {@link #run} is tested by
 * {@code SparkAggregationTest}.
 */
public final class ProvinceTotals {

    private ProvinceTotals() {
    }

    /**
     * Runs the job.
     *
     * @param args  the input folder (Parquet) and the output folder
     */
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("binhdang province totals").getOrCreate();
        try {
            run(spark, args[0], args[1]);
        } finally {
            spark.stop();
        }
    }

    static void run(SparkSession spark, String in, String out) {
        Dataset<Row> observations = spark.read().schema(SparkObservations.SCHEMA).parquet(in);
        AreaHierarchy h = VietNamAreas.hierarchy();
        AreaRollup rollup = AreaRollup.onto(h, AreaLevel.COMMUNE, AreaLevel.PROVINCE, LocalDate.of(2026, 1, 1));
        AreaTable areas = AreaTable.of(rollup, h, AreaLevel.COMMUNE, SparkAggregation.periodsOf(observations));
        SparkAggregation.Result r = SparkAggregation.toParents(observations, areas, GenderIndicators.ALL);
        r.totals().write().mode("overwrite").parquet(out + "/totals");
        r.unknownAreas().write().mode("overwrite").parquet(out + "/unknown-areas");
    }
}
