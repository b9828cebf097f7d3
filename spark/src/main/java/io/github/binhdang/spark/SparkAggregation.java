package io.github.binhdang.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.ReportingPeriod;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The core's aggregation of areas into their parents on Spark: observations joined with an
 * {@link AreaTable} (broadcast), grouped by indicator, target area, period and breakdown, and summed by a
 * {@link BinhdangAggregator}.
 *
 * <pre>
 *   Dataset&lt;Row&gt; observations = spark.read().schema(SparkObservations.SCHEMA).parquet(path);
 *   AreaTable areas = AreaTable.of(AreaRollup.onto(VietNamAreas.hierarchy(), COMMUNE, PROVINCE, date),
 *           VietNamAreas.hierarchy(), AreaLevel.COMMUNE, SparkAggregation.periodsOf(observations));
 *   SparkAggregation.Result r = SparkAggregation.toParents(observations, areas, indicators);
 *   r.totals().write().parquet(out);            // the totals
 *   r.unknownAreas().show();                     // codes the table does not know, with their row counts
 * </pre>
 * Every result is a lazy DataFrame: nothing runs until the caller asks for its rows.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class SparkAggregation {

    private SparkAggregation() {
    }

    /**
     * What an aggregation gives, as three lazy tables.
     *
     * @param totals        the totals: the key columns {@code indicator}, {@code area} (the target),
     *                      {@code period}, {@code period_start}, {@code period_end} and the breakdown
     *                      columns, then the columns of {@link BinhdangAggregator#OUTPUT}
     * @param unknownAreas  the area codes of observations that the area table does not roll up in their
     *                      period ({@code area}, {@code period}, {@code rows}): never dropped silently
     * @param notCarried    the observations of units split between new ones that were given no shares,
     *                      in {@link SparkObservations#SCHEMA}: carried to none of them
     * @implSpec This record is immutable and thread-safe.
     */
    public record Result(org.apache.spark.sql.Dataset<Row> totals, org.apache.spark.sql.Dataset<Row> unknownAreas,
            org.apache.spark.sql.Dataset<Row> notCarried) {

        /**
         * Checks the parts.
         *
         * @param totals        the totals, not null
         * @param unknownAreas  the unknown areas, not null
         * @param notCarried    the observations not carried, not null
         */
        public Result {
            Objects.requireNonNull(totals, "totals");
            Objects.requireNonNull(unknownAreas, "unknownAreas");
            Objects.requireNonNull(notCarried, "notCarried");
        }
    }

    /**
     * Adds observations into the areas an area table sends them to, through the aggregator as a udaf in
     * a {@code groupBy}.
     *
     * @param observations  a table of {@link SparkObservations#SCHEMA}, not null
     * @param areas         where each area's figures go, not null
     * @param indicators    the definitions of the indicators, not null
     * @return the totals and what was not added, lazy, not null
     * @throws InvalidValueException if the observations do not match the schema (before any job runs),
     *     or an indicator cannot be aggregated here (as {@link BinhdangAggregator} says)
     */
    public static Result toParents(org.apache.spark.sql.Dataset<Row> observations, AreaTable areas,
            Collection<Indicator> indicators) {
        BinhdangAggregator agg = new BinhdangAggregator(indicators, areas);
        org.apache.spark.sql.Dataset<Row> joined = joined(observations, areas);
        List<Column> keys = new ArrayList<>(List.of(col("indicator"), col("area"), col("period"),
                col("period_start"), col("period_end")));
        for (String b : SparkObservations.BREAKDOWN_COLUMNS) {
            keys.add(col(b));
        }
        org.apache.spark.sql.Dataset<Row> contributions = carried(joined);
        org.apache.spark.sql.Dataset<Row> totals = contributions
                .groupBy(keys.toArray(new Column[0]))
                .agg(functions.udaf(agg, Encoders.row(BinhdangAggregator.INPUT))
                        .apply(BinhdangAggregator.inputColumns()).as("total"))
                .select(functions.col("indicator"), col("area"), col("period"), col("period_start"), col("period_end"),
                        col("sex"), col("age_group"), col("residence"), col("ethnicity"), col("total.*"));
        return new Result(totals, unknownAreas(observations, areas), notCarried(joined));
    }

    /**
     * Returns the rows the aggregator takes, in {@link BinhdangAggregator#INPUT} and that order, plus
     * {@code period_start} and {@code period_end}: each observation joined with its row of the area table,
     * without those of unknown areas and of split units not carried. For {@code groupByKey} and
     * {@link BinhdangAggregator#toColumn()}.
     *
     * @param observations  a table of {@link SparkObservations#SCHEMA}, not null
     * @param areas         where each area's figures go, not null
     * @return the rows, lazy, not null
     * @throws InvalidValueException if the observations do not match the schema
     */
    public static org.apache.spark.sql.Dataset<Row> contributions(org.apache.spark.sql.Dataset<Row> observations,
            AreaTable areas) {
        return carried(joined(observations, areas)).select(BinhdangAggregator.inputColumns());
    }

    /**
     * Returns the distinct periods of a table of observations: a small job, for building an area table.
     *
     * @param observations  a table of {@link SparkObservations#SCHEMA}, not null
     * @return the periods, not null
     * @throws InvalidValueException if the table does not match the schema, or a period does not parse
     */
    public static List<ReportingPeriod> periodsOf(org.apache.spark.sql.Dataset<Row> observations) {
        SparkObservations.requireSchema(observations);
        List<ReportingPeriod> periods = new ArrayList<>();
        for (Row r : observations.select(col("period")).distinct().collectAsList()) {
            periods.add(ReportingPeriod.parse(r.getString(0)));
        }
        return periods;
    }

    private static org.apache.spark.sql.Dataset<Row> joined(org.apache.spark.sql.Dataset<Row> observations,
            AreaTable areas) {
        SparkObservations.requireSchema(observations);
        Objects.requireNonNull(areas, "areas");
        org.apache.spark.sql.Dataset<Row> table = broadcast(areas.toSpark(observations.sparkSession()));
        return observations.select(SparkObservations.columns())
                .join(table, col("area").equalTo(col("source_area")).and(col("period").equalTo(col("source_period"))));
    }

    private static org.apache.spark.sql.Dataset<Row> carried(org.apache.spark.sql.Dataset<Row> joined) {
        return joined.where(col("target_area").isNotNull())
                .drop("area", "source_period")
                .withColumnRenamed("target_area", "area");
    }

    private static org.apache.spark.sql.Dataset<Row> notCarried(org.apache.spark.sql.Dataset<Row> joined) {
        return joined.where(col("target_area").isNull()).select(SparkObservations.columns());
    }

    /**
     * Returns the area codes of observations that an area table does not roll up in their period, with
     * how many rows each has: a {@code left_anti} join, so that no row is dropped unseen.
     *
     * @param observations  a table of {@link SparkObservations#SCHEMA}, not null
     * @param areas         the area table, not null
     * @return a lazy table of {@code area}, {@code period} and {@code rows}, not null
     * @throws InvalidValueException if the observations do not match the schema
     */
    public static org.apache.spark.sql.Dataset<Row> unknownAreas(org.apache.spark.sql.Dataset<Row> observations,
            AreaTable areas) {
        SparkObservations.requireSchema(observations);
        SparkSession spark = observations.sparkSession();
        org.apache.spark.sql.Dataset<Row> table = broadcast(areas.toSpark(spark));
        return observations.join(table, col("area").equalTo(col("source_area"))
                        .and(col("period").equalTo(col("source_period"))), "left_anti")
                .groupBy(col("area"), col("period")).count().withColumnRenamed("count", "rows");
    }
}
