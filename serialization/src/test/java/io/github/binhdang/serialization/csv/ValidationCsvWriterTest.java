package io.github.binhdang.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationCsvWriterTest {

    /**
     * A period cell written as a formula: the reader reports it on line 2 (the first row after the header),
     * column 3 (the period), and the report's CSV keeps the cell as written but neutralised with an
     * apostrophe, while line and column stay numbers.
     */
    @Test
    void aFindingPerRowWithItsPlaceAndTheValueNeutralised() {
        String csv = "indicator,area,period,value\nECO-01,14,=HYPERLINK(\"http://x\"),42\nECO-01,14,2024,42\n";
        CsvReadResult read = DatasetCsvReader.defaults()
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "son-la.csv");
        assertThat(read.report().size()).isEqualTo(1);

        StringWriter out = new StringWriter();
        ValidationCsvWriter.defaults().write(read.report(), out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(ValidationCsvWriter.HEADER);
        assertThat(lines.get(1)).startsWith("son-la.csv,2,3,").contains(",ERROR,")
                .contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
    }
}
