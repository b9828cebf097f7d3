package io.github.binhdang.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.period.ReportingPeriod;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/**
 * The seed 000 dataset (Sơn La, 2017) against son-la-2017.json, a file written by hand from the
 * article's figures: 38,89 %, 34,77 %, 31,8 %; 125.525/688.753; 384 of 2.539, 15,1 %; 65, 225, 170.
 */
class GoldenDatasetTest {

    private static byte[] golden() throws IOException {
        try (InputStream in = GoldenDatasetTest.class.getResourceAsStream("son-la-2017.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void theGoldenFileIsInNfc() throws IOException {
        String text = new String(golden(), StandardCharsets.UTF_8);
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void writerProducesTheGoldenFileByteForByte() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DatasetJsonWriter writer = DatasetJsonWriter.open(out)) {
            writer.writeAll(Fixtures.sonLa2017());
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(new String(golden(), StandardCharsets.UTF_8));
    }

    @Test
    void mapperWritesTheSameDocumentOnOneLine() throws IOException {
        String compact = new String(golden(), StandardCharsets.UTF_8).replace("\n", "");

        assertThat(BinhdangJson.mapper().writeValueAsString(Fixtures.sonLa2017())).isEqualTo(compact);
    }

    @Test
    void readingTheGoldenFileGivesTheDatasetWithItsPublishedDigits() throws IOException {
        Dataset read = DatasetJsonReader.of().read(new java.io.ByteArrayInputStream(golden()));

        assertThat(read).isEqualTo(Fixtures.sonLa2017());
        Observation province = read.get(0);
        assertThat(province.period()).isEqualTo(ReportingPeriod.parse("HDND:2016/2021"));
        assertThat(province.value()).contains(new BigDecimal("38.89"));
        assertThat(read.get(2).value().orElseThrow().scale()).isEqualTo(1);
        assertThat(read.get(3).numerator()).contains(new BigDecimal("125525"));
        assertThat(read.get(3).denominator()).contains(new BigDecimal("688753"));
        assertThat(read.get(4).value()).contains(new BigDecimal("15.1"));
        assertThat(read.stream().skip(5).map(o -> o.value().orElseThrow().intValueExact()))
                .containsExactly(65, 225, 170);
    }

    @Test
    void mapperReadsTheGoldenFileToo() throws IOException {
        assertThat(BinhdangJson.mapper().readValue(golden(), Dataset.class)).isEqualTo(Fixtures.sonLa2017());
    }
}
