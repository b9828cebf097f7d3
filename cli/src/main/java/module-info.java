/**
 * The binhdang command-line tool: validate, scorecard, aggregate, convert and catalogue, with charts of
 * scorecards and an HTML scorecard. Run it as one executable jar ({@code java -jar binhdang-cli.jar});
 * other programs use its charts through {@link io.github.binhdang.cli.chart.Charts}.
 */
// requires-automatic: XChart ships no module-info; its Automatic-Module-Name is stable. Its chart types are
// in the API of Charts, hence transitive.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.binhdang.cli {
    requires transitive io.github.binhdang.indicators;
    requires io.github.binhdang.serialization;
    // Optional in serialization (requires static): read here, so that its Excel reader and writer resolve.
    requires org.dhatim.fastexcel;
    requires org.dhatim.fastexcel.reader;
    requires transitive java.desktop;
    requires info.picocli;
    requires me.tongfei.progressbar;
    requires transitive org.knowm.xchart;
    requires static transitive org.jspecify;

    exports io.github.binhdang.cli.chart;

    // picocli sets the options of the commands by reflection.
    opens io.github.binhdang.cli to info.picocli;
}
