/**
 * JSON and CSV for the binhdang model, built on Jackson 3.
 */
module io.github.binhdang.serialization {
    requires transitive io.github.binhdang.core;
    requires transitive tools.jackson.databind;
    requires static transitive org.jspecify;
}
