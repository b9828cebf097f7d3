/**
 * Figures read from Vietnamese report text: candidates for review, then observations of a dataset.
 */
module io.github.binhdang.extract {
    requires transitive io.github.binhdang.core;
    requires transitive io.github.binhdang.indicators;
    requires static transitive org.jspecify;

    exports io.github.binhdang.extract;
}
