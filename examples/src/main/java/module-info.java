/**
 * Runnable programs that reproduce real provincial reports with the binhdang API.
 */
module io.github.binhdang.examples {
    requires io.github.binhdang.indicators;
    requires io.github.binhdang.serialization;
    requires io.github.binhdang.cli;
    requires io.github.binhdang.extract;
    requires static transitive org.jspecify;

    exports io.github.binhdang.examples;
}
