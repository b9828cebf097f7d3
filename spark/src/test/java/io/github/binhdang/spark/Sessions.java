package io.github.binhdang.spark;

import org.apache.spark.sql.SparkSession;

/** The local SparkSession of a test class, with the settings the module's tests run under. */
final class Sessions {

    private Sessions() {
    }

    /** Starts a session on two local threads, without UI, bound to the loopback address. */
    static SparkSession start(String name) {
        return SparkSession.builder()
                .appName(name)
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.warehouse.dir", "target/spark-warehouse")
                // Past 128 groups a task sorts its rows by group; the tests have thousands of groups per task.
                .config("spark.sql.objectHashAggregate.sortBased.fallbackThreshold", "100000")
                .getOrCreate();
    }
}
