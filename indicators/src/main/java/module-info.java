/**
 * The catalogues of Viet Nam: the national strategies on gender equality, their indicators, and the
 * administrative units before and after 1 July 2025.
 */
module io.github.binhdang.indicators {
    requires transitive io.github.binhdang.core;
    requires static transitive org.jspecify;

    exports io.github.binhdang.indicators;
}
