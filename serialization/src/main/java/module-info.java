/**
 * JSON and CSV for the binhdang model, built on Jackson 3.
 */
module io.github.binhdang.serialization {
    requires transitive io.github.binhdang.core;
    requires transitive tools.jackson.databind;
    requires tools.jackson.dataformat.csv;
    requires static transitive org.jspecify;

    exports io.github.binhdang.serialization.json;
    exports io.github.binhdang.serialization.csv;

    provides tools.jackson.databind.JacksonModule with io.github.binhdang.serialization.json.BinhdangModule;
}
