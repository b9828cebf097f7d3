package io.github.binhdang.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.indicator.Indicator;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One test per read limit, each on a document built here: the limit ends the read with a located
 * {@link StreamConstraintsException} that names the setting to change. The sizes are those that took
 * seconds to minutes while the reading was quadratic (80,000 skipped properties, 100,000 dimensions);
 * the timeout only guards against a hang.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class JsonReadLimitsTest {

    private static final String OBSERVATION = "{\"indicator\":\"A\",\"area\":\"1\",\"period\":\"2020\",\"value\":1";

    private static String dataset(String... observations) {
        return "{\"observations\":[" + String.join(",", observations) + "]}";
    }

    private static Consumer<Throwable> limit(String setting, int line) {
        return e -> {
            assertThat(e).isInstanceOf(StreamConstraintsException.class);
            JacksonException error = (JacksonException) e;
            assertThat(error.getLocation()).isNotNull();
            assertThat(error.getLocation().getLineNr()).isEqualTo(line);
            assertThat(error.getLocation().getColumnNr()).isPositive();
            assertThat(error.getMessage()).contains(setting).contains("BinhdangJson.builder(JsonReadLimits");
            assertThat(JsonProblem.of(error)).isEqualTo(JsonProblem.LIMIT);
        };
    }

    @Test
    void theDefaultsAreThoseOfTheSharedMapper() {
        JsonReadLimits limits = JsonReadLimits.defaults();

        assertThat(limits.maxNestingDepth()).isEqualTo(64);
        assertThat(limits.maxDocumentLength()).isEqualTo(10_000_000_000L);
        assertThat(limits.maxNumberLength()).isEqualTo(100);
        assertThat(limits.maxStringLength()).isEqualTo(100_000);
        assertThat(limits.maxNameLength()).isEqualTo(1_000);
        assertThat(limits.maxSkippedProperties()).isEqualTo(1_000);
        assertThat(limits.maxBreakdownDimensions()).isEqualTo(32);
        assertThat(limits.maxObservations()).isEqualTo(100_000_000L);
        assertThat(BinhdangJson.mapper().tokenStreamFactory().streamReadConstraints().getMaxNestingDepth())
                .isEqualTo(64);
        assertThat(limits.withMaxObservations(5).withMaxObservations(100_000_000L)).isEqualTo(limits)
                .hasSameHashCodeAs(limits);
        assertThatThrownBy(() -> limits.withMaxBreakdownDimensions(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JsonReadLimits.maxBreakdownDimensions must be at least 1, not 0");
    }

    @Test
    void eightyThousandSkippedPropertiesStopAtTheLimitOrReadInLinearTime() {
        StringBuilder json = new StringBuilder(OBSERVATION);
        for (int i = 0; i < 80_000; i++) {
            json.append(",\n\"u").append(i).append("\":1");
        }
        String document = dataset(json + "}");

        assertThatThrownBy(() -> DatasetJsonReader.of(BinhdangJson.lenientMapper()).read(new StringReader(document)))
                .satisfies(limit("withMaxSkippedProperties", 1_002))
                .hasMessageStartingWith("Skipped properties (1001) exceed the maximum allowed (1000");
        assertThatThrownBy(() -> BinhdangJson.lenientMapper().readValue(json + "}", Observation.class))
                .satisfies(limit("withMaxSkippedProperties", 1_002));

        JsonMapper wide = BinhdangJson.builder(JsonReadLimits.defaults().withMaxSkippedProperties(100_000))
                .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        assertThat(DatasetJsonReader.of(wide).read(new StringReader(document)).size()).isEqualTo(1);
        assertThat(wide.readValue(json + "}", Observation.class).indicator()).isEqualTo("A");
    }

    @Test
    void anIndicatorWithAHundredThousandDimensionsStopsAtTheLimitOrReadsInLinearTime() {
        String indicator = BinhdangJson.mapper().writeValueAsString(Fixtures.leaders());
        StringBuilder dimensions = new StringBuilder("\"breakdowns\":[");
        for (int i = 0; i < 100_000; i++) {
            dimensions.append(i == 0 ? "" : ",").append("\n{\"code\":\"D").append(i)
                    .append("\",\"name\":{\"vi\":\"d\",\"en\":\"d\"}}");
        }
        String json = indicator.replaceFirst("\"breakdowns\":\\[[^\\]]*\\]", dimensions.append("]").toString());
        assertThat(json).hasSizeGreaterThan(4_000_000);

        assertThatThrownBy(() -> BinhdangJson.mapper().readValue(json, Indicator.class))
                .satisfies(limit("withMaxBreakdownDimensions", 34))
                .hasMessageContaining("Breakdown dimensions (33) exceed the maximum allowed (32");

        JsonMapper wide = BinhdangJson.builder(JsonReadLimits.defaults().withMaxBreakdownDimensions(100_000)
                .withMaxStringLength(100_000)).build();
        assertThat(wide.readValue(json, Indicator.class).breakdowns()).hasSize(100_000);
    }

    @Test
    void aBreakdownWithMoreDimensionsThanTheLimitIsRefusedBeforeItIsParsed() {
        StringBuilder breakdown = new StringBuilder("D0=a");
        for (int i = 1; i < 5_000; i++) {
            breakdown.append(";D").append(i).append("=a");
        }
        String document = dataset(OBSERVATION + ",\"breakdown\":\"" + breakdown + "\"}");

        assertThatThrownBy(() -> DatasetJsonReader.of().read(new StringReader(document)))
                .satisfies(limit("withMaxBreakdownDimensions", 1))
                .hasMessageStartingWith("Breakdown dimensions (33) exceed the maximum allowed (32");
        Dataset wide = DatasetJsonReader.of(BinhdangJson.builder(JsonReadLimits.defaults()
                .withMaxBreakdownDimensions(5_000)).build()).read(new StringReader(document));
        assertThat(wide.iterator().next().breakdown().categories()).hasSize(5_000);
    }

    @Test
    void observationsBeyondTheLimitStopTheRead() {
        String document = dataset(OBSERVATION + "}", "\n" + OBSERVATION.replace("2020", "2021") + "}",
                "\n" + OBSERVATION.replace("2020", "2022") + "}");
        JsonMapper two = BinhdangJson.builder(JsonReadLimits.defaults().withMaxObservations(2)).build();

        assertThatThrownBy(() -> DatasetJsonReader.of(two).read(new StringReader(document)))
                .satisfies(limit("withMaxObservations", 3))
                .hasMessageStartingWith("Observations (3) exceed the maximum allowed (2");
        assertThatThrownBy(() -> two.readValue(document, Dataset.class)).satisfies(limit("withMaxObservations", 3));
        assertThat(DatasetJsonReader.of().read(new StringReader(document)).size()).isEqualTo(3);
    }

    @Test
    void nestingDeeperThanTheLimitStops() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        String document = dataset(OBSERVATION + ",\"extra\":" + deep + "}");

        assertThatThrownBy(() -> DatasetJsonReader.of(BinhdangJson.lenientMapper()).read(new StringReader(document)))
                .satisfies(limit("getMaxNestingDepth", 1))
                .hasMessageContaining("Document nesting depth (65) exceeds the maximum allowed (64");
    }

    @Test
    void aDocumentLongerThanTheLimitStops() {
        StringBuilder observations = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            observations.append(i == 0 ? "" : ",\n").append(OBSERVATION.replace("\"A\"", "\"A" + i + "\"")).append('}');
        }
        String document = dataset(observations.toString());
        JsonMapper small = BinhdangJson.builder(JsonReadLimits.defaults().withMaxDocumentLength(10_000)).build();

        assertThatThrownBy(() -> DatasetJsonReader.of(small).read(new StringReader(document)))
                .satisfies(e -> {
                    assertThat(e).isInstanceOf(StreamConstraintsException.class)
                            .hasMessageContaining("exceeds the maximum allowed (10000")
                            .hasMessageContaining("getMaxDocumentLength").hasMessageContaining("BinhdangJson.builder(JsonReadLimits)");
                    assertThat(((JacksonException) e).getLocation().getLineNr()).isBetween(2, 1_000);
                });
    }

    @Test
    void aNumberLongerThanTheLimitStops() {
        String document = dataset(OBSERVATION.replace("\"value\":1", "\"value\":1" + "0".repeat(100_000)) + "}");

        assertThatThrownBy(() -> DatasetJsonReader.of().read(new StringReader(document)))
                .satisfies(limit("getMaxNumberLength", 1))
                .hasMessageContaining("Number value length (")
                .hasMessageContaining("exceeds the maximum allowed (100,");
    }

    @Test
    void aTextLongerThanTheLimitStops() {
        String document = dataset(OBSERVATION + ",\"note\":\"" + "ư".repeat(1_000_000) + "\"}");

        assertThatThrownBy(() -> DatasetJsonReader.of().read(new StringReader(document)))
                .satisfies(limit("getMaxStringLength", 1))
                .hasMessageContaining("String value length (")
                .hasMessageContaining("exceeds the maximum allowed (100000,");
    }

    @Test
    void aPropertyNameLongerThanTheLimitStops() {
        String document = dataset(OBSERVATION + ",\"" + "n".repeat(1_000_000) + "\":1}");

        // Jackson 3.1 (the one Spring Boot 4.0 manages, profile boot-managed) checks a name read from text
        // against the string limit only; 3.2 checks it against the name limit. Either way it stops.
        tools.jackson.core.Version jackson = tools.jackson.core.json.PackageVersion.VERSION;
        boolean names = jackson.getMajorVersion() > 3 || jackson.getMajorVersion() == 3 && jackson.getMinorVersion() >= 2;
        assertThatThrownBy(() -> DatasetJsonReader.of(BinhdangJson.lenientMapper()).read(new StringReader(document)))
                .satisfies(limit(names ? "getMaxNameLength" : "getMaxStringLength", 1))
                .hasMessageContaining(names ? "Name length (" : "String value length (")
                .hasMessageContaining(names ? "exceeds the maximum allowed (1000," : "exceeds the maximum allowed (100000,");
    }
}
