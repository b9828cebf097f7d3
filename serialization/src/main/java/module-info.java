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

    // Issue 22 (excel): FastExcel is optional; Excel users add org.dhatim:fastexcel and fastexcel-reader. Core's
    // message bundle reads the package's messages.
    requires static org.dhatim.fastexcel;
    requires static org.dhatim.fastexcel.reader;
    // Issue 22 (formats): the Excel reader checks a sheet's cell references before FastExcel reads them, with the
    // zip library and XML parser FastExcel's reader reads the package with (its own dependencies).
    requires static java.xml;
    requires static org.apache.commons.compress;
    requires static com.fasterxml.aalto;
    exports io.github.binhdang.serialization.excel;
    opens io.github.binhdang.serialization.excel to io.github.binhdang.core;

    provides tools.jackson.databind.JacksonModule with io.github.binhdang.serialization.json.BinhdangModule;
}
