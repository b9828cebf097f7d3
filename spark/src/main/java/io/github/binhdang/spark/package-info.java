/**
 * The core's aggregation on Apache Spark, for data that outgrows one machine: the observation schema
 * ({@link io.github.binhdang.spark.SparkObservations#SCHEMA}), the area hierarchy and the reform's links
 * as tables for a broadcast join ({@link io.github.binhdang.spark.AreaTable}), the aggregation as a Spark
 * {@code Aggregator} ({@link io.github.binhdang.spark.BinhdangAggregator}), the pipeline that joins and
 * groups ({@link io.github.binhdang.spark.SparkAggregation}) and cheap validation rules as column
 * expressions ({@link io.github.binhdang.spark.SparkValidation}).
 *
 * <p>Spark is in {@code provided} scope: the cluster, or the application that embeds it, brings it. On
 * one machine Spark is about a hundred times slower than the core's columnar loop; it is for scale,
 * never the default.
 */
@NullMarked
package io.github.binhdang.spark;

import org.jspecify.annotations.NullMarked;
