package io.github.binhdang.serialization.opensdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.period.YearPeriod;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Open SDG ids from SDG links ({@link OpenSdgMapping.Builder#indicators}): the links below are those of
 * sdg5.md for six of the catalogue's codes, written out here by hand so that this module needs no catalogue.
 */
class OpenSdgMappingTest {

    private static final Map<String, String> LINKS = Map.of("POL-01", "5.5.2", "POL-03", "5.5.1", "POL-04", "5.5.1",
            "ECO-03", "5.5.2", "FAM-01", "5.4.1");
    private static final List<String> CODES = List.of("POL-01", "POL-02", "POL-03", "POL-04", "ECO-03", "FAM-01");

    private static OpenSdgMapping mapping() {
        return OpenSdgMapping.builder().indicators(CODES, c -> Optional.ofNullable(LINKS.get(c))).build();
    }

    private static Observation obs(String indicator, String value) {
        return Observation.builder(indicator, "14", YearPeriod.of(2024)).value(new BigDecimal(value)).build();
    }

    @Test
    void idsFromTheLinksSeriesForSharedLinksDotsForDashes() {
        OpenSdgMapping m = mapping();
        assertThat(m.idOf("FAM-01")).containsExactly("5.4.1", "");
        assertThat(m.idOf("POL-03")).containsExactly("5.5.1", "POL-03");
        assertThat(m.idOf("POL-04")).containsExactly("5.5.1", "POL-04");
        assertThat(m.idOf("POL-01")).containsExactly("5.5.2", "POL-01");
        assertThat(m.idOf("ECO-03")).containsExactly("5.5.2", "ECO-03");
        assertThat(m.idOf("POL-02")).containsExactly("POL.02", "");
        assertThat(OpenSdgWriter.fileName("POL.02")).isEqualTo("indicator_POL-02.csv");
        assertThat(OpenSdgReader.indicatorId("indicator_POL-02.csv")).isEqualTo("POL.02");
        assertThat(m.indicator("POL.02")).isEqualTo("POL-02");
        assertThat(m.indicator("5.4.1")).isEqualTo("FAM-01");
        assertThat(m.indicator("5.5.1", "POL-04")).isEqualTo("POL-04");
    }

    @Test
    void everyCodeComesBackThroughItsFile() {
        Dataset seed = Dataset.builder().add(obs("POL-01", "38.89")).add(obs("POL-02", "12.5")).add(obs("POL-03", "30.26"))
                .add(obs("POL-04", "29.0")).add(obs("ECO-03", "26.0")).add(obs("FAM-01", "1.6")).build();
        OpenSdgWriter writer = OpenSdgWriter.of(mapping());
        OpenSdgReader reader = OpenSdgReader.of(mapping());
        List<String> files = new ArrayList<>();
        List<Observation> back = new ArrayList<>();
        for (String id : writer.ids(seed)) {
            StringWriter out = new StringWriter();
            assertThat(writer.write(seed, id, out).findings()).isEmpty();
            String file = OpenSdgWriter.fileName(id);
            files.add(file);
            OpenSdgReadResult read = reader.read(OpenSdgReader.indicatorId(file), file, new StringReader(out.toString()));
            assertThat(read.report().findings()).as(out.toString()).isEmpty();
            back.addAll(read.dataset().asList());
        }
        assertThat(files).containsExactly("indicator_5-5-2.csv", "indicator_POL-02.csv", "indicator_5-5-1.csv",
                "indicator_5-4-1.csv");
        assertThat(back).containsExactlyInAnyOrderElementsOf(seed.asList());
    }

    @Test
    void codesThatWouldShareAnIdOrCannotNameAFileAreRefused() {
        assertThatThrownBy(() -> OpenSdgMapping.builder().indicators(List.of("A-1", "A.1"), c -> Optional.empty()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("'A.1'")
                .hasMessageContaining("id A.1 of A-1");
        assertThatThrownBy(() -> OpenSdgMapping.builder().indicators(List.of("FAM-01", "5-4-1"),
                c -> Optional.ofNullable(LINKS.get(c)))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'5-4-1'").hasMessageContaining("id 5.4.1 of FAM-01");
        assertThatThrownBy(() -> OpenSdgMapping.builder().indicators(List.of("A/1"), c -> Optional.empty()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("'A/1'")
                .hasMessageContaining("letters, digits");
    }
}
