package io.github.binhdang.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.period.HalfYearPeriod;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.period.YearPeriod;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.core.Version;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

/** Maps keyed by periods, breakdowns and observation keys, written as their text forms and read back. */
class MapKeysTest {

    private static final JsonMapper MAPPER = BinhdangJson.mapper();

    @Test
    void mapsKeyedByPeriodsRoundTrip() {
        Map<ReportingPeriod, Integer> byPeriod = new LinkedHashMap<>();
        byPeriod.put(YearPeriod.of(2017), 384);
        byPeriod.put(HalfYearPeriod.of(2022, 1), 12);
        byPeriod.put(SpanPeriod.ofClosed(2021, 2025), 7);
        String json = MAPPER.writeValueAsString(byPeriod);
        assertThat(json).isEqualTo("{\"2017\":384,\"2022-S1\":12,\"2021/2025\":7}");
        assertThat(MAPPER.readValue(json, new TypeReference<Map<ReportingPeriod, Integer>>() { })).isEqualTo(byPeriod);
    }

    @Test
    void mapsKeyedByBreakdownsRoundTrip() {
        Map<Breakdown, Integer> bySex = new LinkedHashMap<>();
        bySex.put(Breakdown.TOTAL, 2_539);
        bySex.put(Breakdown.FEMALE, 384);
        String json = MAPPER.writeValueAsString(bySex);
        assertThat(json).isEqualTo("{\"_T\":2539,\"SEX=F\":384}");
        assertThat(MAPPER.readValue(json, new TypeReference<Map<Breakdown, Integer>>() { })).isEqualTo(bySex);
    }

    @Test
    void mapsKeyedByObservationKeysRoundTrip() {
        Map<ObservationKey, String> notes = new LinkedHashMap<>();
        notes.put(new ObservationKey("W_ENT", "14", YearPeriod.of(2017), Breakdown.TOTAL), "seed 000");
        notes.put(new ObservationKey("EDU.1", "VN", SpanPeriod.ofClosed(2021, 2025), Breakdown.FEMALE), "a span");
        String json = MAPPER.writeValueAsString(notes);
        assertThat(json).isEqualTo("{\"W_ENT/14/2017/_T\":\"seed 000\",\"EDU.1/VN/2021/2025/SEX=F\":\"a span\"}");
        assertThat(MAPPER.readValue(json, new TypeReference<Map<ObservationKey, String>>() { })).isEqualTo(notes);
    }

    @Test
    void aBadKeyIsAJacksonErrorWithTheModelsMessage() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"2022-Q5\":1}", new TypeReference<Map<ReportingPeriod, Integer>>() { }))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("2022-Q5")
                .hasMessageContaining("quarter");
    }

    @Test
    void theModuleReportsTheProjectsVersion() {
        Version version = new BinhdangModule().version();
        assertThat(version.isUnknownVersion()).isFalse();
        assertThat(version.getGroupId()).isEqualTo("io.github.binhdang");
        assertThat(version.getArtifactId()).isEqualTo("binhdang-serialization");
        // The build passes the project's version to the tests (surefire systemPropertyVariables).
        assertThat(version.toString()).isEqualTo(System.getProperty("binhdang.version"));
    }
}
