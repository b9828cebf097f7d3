/**
 * JSON for the binhdang model, built on Jackson 3, and CSV, read and written by its own code.
 */
module io.github.binhdang.serialization {
    requires transitive io.github.binhdang.core;
    requires transitive tools.jackson.databind;
    requires static transitive org.jspecify;

    exports io.github.binhdang.serialization.json;
    exports io.github.binhdang.serialization.csv;
    exports io.github.binhdang.serialization.dhis2;
    // Issue 22, SDMX-CSV and Open SDG (sdmx branch).
    exports io.github.binhdang.serialization.sdmx;
    exports io.github.binhdang.serialization.opensdg;

    provides tools.jackson.databind.JacksonModule with io.github.binhdang.serialization.json.BinhdangModule;
}
