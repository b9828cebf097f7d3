package io.github.binhdang.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.serialization.json.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCsvWriterTest {

    private static final String HEADER = "indicator,area,period,breakdown,value,numerator,denominator,unit,qualifier,"
            + "status,source,note\n";

    @Test
    void writesOneRowPerObservationUnderTheHeader() {
        Dataset dataset = Dataset.of(List.of(Fixtures.sonLa2017().get(4), Fixtures.sonLa2017().get(3)));
        StringWriter out = new StringWriter();

        DatasetCsvWriter.defaults().write(dataset, out);

        assertThat(out.toString()).isEqualTo(HEADER
                + "W_ENT,14,2017,_T,15.1,384,2539,percent,EXACT,FINAL,"
                + "\"Sở LĐ-TB&XH tỉnh Sơn La, công tác bình đẳng giới năm 2017\",\n"
                + "W_TRAINED,14,2017,SEX=F,,125525,688753,persons,EXACT,FINAL,"
                + "\"Sở LĐ-TB&XH tỉnh Sơn La, công tác bình đẳng giới năm 2017\","
                + "Lao động nữ đang làm việc trong nền kinh tế đã qua đào tạo\n");
    }

    @Test
    void writesVietnameseNumbersWithSemicolonsAndAByteOrderMark() {
        Dataset dataset = Dataset.of(List.of(Fixtures.sonLa2017().get(0), Fixtures.sonLa2017().get(3)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        DatasetCsvWriter.defaults().withSeparator(';').withNotation(NumberNotation.VIETNAMESE).withBom(true)
                .write(dataset, out);

        byte[] bytes = out.toByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains(";38,89;").contains(";125.525;688.753;");
        CsvReadResult back = DatasetCsvReader.defaults().withNotation(NumberNotation.VIETNAMESE)
                .read(new ByteArrayInputStream(bytes));
        assertThat(back.problems()).isEmpty();
        assertThat(back.dataset()).isEqualTo(dataset);
    }

    @Test
    void theSeedDatasetRoundTrips() {
        StringWriter out = new StringWriter();
        DatasetCsvWriter.defaults().write(Fixtures.sonLa2017(), out);

        CsvReadResult back = DatasetCsvReader.defaults().read(new StringReader(out.toString()));

        assertThat(back.problems()).isEmpty();
        assertThat(back.dataset()).isEqualTo(Fixtures.sonLa2017());
    }

    @Test
    void quotesLineBreaksAndAnApplicationUnitRoundTrip(@TempDir Path dir) {
        Dataset dataset = Dataset.of(List.of(Fixtures.fullObservation()));
        Path file = dir.resolve("full.csv");

        DatasetCsvWriter.defaults().write(dataset, file);
        CsvReadResult back = DatasetCsvReader.defaults().withUnits(List.of(Fixtures.CLASSES)).read(file);

        assertThat(back.problems()).isEmpty();
        assertThat(back.dataset()).isEqualTo(dataset);
    }

    @Test
    void anEmptyDatasetIsTheHeaderAlone() {
        StringWriter out = new StringWriter();

        DatasetCsvWriter.defaults().write(Dataset.empty(), out);

        assertThat(out.toString()).isEqualTo(HEADER);
    }
}
