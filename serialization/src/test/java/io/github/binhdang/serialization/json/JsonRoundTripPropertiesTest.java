package io.github.binhdang.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.period.ReportingPeriod;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Write, read, equal, over many generated values. */
class JsonRoundTripPropertiesTest {

    @Provide
    Arbitrary<Dataset> datasets() {
        return Generated.datasets();
    }

    @Provide
    Arbitrary<Observation> observations() {
        return Generated.observations();
    }

    @Provide
    Arbitrary<ReportingPeriod> periods() {
        return Generated.periods();
    }

    @Provide
    Arbitrary<BigDecimal> anyScale() {
        return Arbitraries.oneOf(Generated.decimals(),
                Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(-6, 30)).as(BigDecimal::valueOf));
    }

    @Property(tries = 1000)
    void datasetsRoundTripThroughTheMapper(@ForAll("datasets") Dataset dataset) {
        String json = BinhdangJson.mapper().writeValueAsString(dataset);

        assertThat(BinhdangJson.mapper().readValue(json, Dataset.class)).isEqualTo(dataset);
    }

    @Property(tries = 1000)
    void datasetsRoundTripThroughTheStreamingWriterAndReader(@ForAll("datasets") Dataset dataset) {
        StringWriter out = new StringWriter();
        try (DatasetJsonWriter writer = DatasetJsonWriter.open(out)) {
            writer.writeAll(dataset);
        }

        assertThat(DatasetJsonReader.of().read(new StringReader(out.toString()))).isEqualTo(dataset);
    }

    @Property(tries = 1000)
    void observationsRoundTrip(@ForAll("observations") Observation observation) {
        String json = BinhdangJson.mapper().writeValueAsString(observation);

        assertThat(BinhdangJson.mapper().readValue(json, Observation.class)).isEqualTo(observation);
    }

    @Property(tries = 1000)
    void periodsRoundTripAsTheirText(@ForAll("periods") ReportingPeriod period) {
        String json = BinhdangJson.mapper().writeValueAsString(period);

        assertThat(json).isEqualTo("\"" + period + "\"");
        assertThat(BinhdangJson.mapper().readValue(json, ReportingPeriod.class)).isEqualTo(period);
    }

    @Property(tries = 1000)
    void decimalsKeepTheirScaleEvenNegative(@ForAll("anyScale") BigDecimal value) {
        Observation observation = Observation.builder("X", "1", ReportingPeriod.parse("2022")).value(value).build();

        Observation back = BinhdangJson.mapper().readValue(BinhdangJson.mapper().writeValueAsString(observation),
                Observation.class);

        assertThat(back.value()).contains(value);
        assertThat(back.value().orElseThrow().scale()).isEqualTo(value.scale());
    }
}
