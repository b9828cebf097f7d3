package io.github.binhdang.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.serialization.json.Fixtures;
import io.github.binhdang.serialization.json.Generated;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Write as CSV, read back, equal: in both notations, with commas or semicolons, with or without a BOM.
 * The datasets hold an application's own unit ({@code classes}), which the reader is told of; a unit
 * read from JSON that the CSV reader is not told of does not come back (issue 20, the CSV part).
 */
class CsvRoundTripPropertiesTest {

    @Provide
    Arbitrary<Dataset> datasets() {
        return Generated.datasets();
    }

    /** Up to 10 good rows: the bad rows are what this property is about. */
    @Provide
    Arbitrary<Dataset> smallDatasets() {
        return Generated.datasets(10);
    }

    @Provide
    Arbitrary<Character> separators() {
        return Arbitraries.of(',', ';');
    }

    @Property(tries = 1000)
    void datasetsRoundTrip(@ForAll("datasets") Dataset dataset, @ForAll NumberNotation notation,
            @ForAll("separators") char separator, @ForAll boolean bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetCsvWriter.defaults().withNotation(notation).withSeparator(separator).withBom(bom).write(dataset, out);

        CsvReadResult back = DatasetCsvReader.defaults().withNotation(notation).withUnits(List.of(Fixtures.CLASSES))
                .read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(back.problems()).isEmpty();
        assertThat(back.dataset()).isEqualTo(dataset);
    }

    /** A bad row, as a map from column name to cell: each breaks one rule of the reader. */
    @Provide
    Arbitrary<List<Map<String, String>>> badRows() {
        Arbitrary<Map<String, String>> one = Arbitraries.of(
                Map.of("indicator", "BAD", "area", "01", "period", "2022-Q5", "value", "1"),
                Map.of("indicator", "BAD", "area", "01", "period", "2022", "value", "abc"),
                Map.of("indicator", "", "area", "01", "period", "2022", "value", "1"),
                Map.of("indicator", "BAD", "area", "01", "period", "2022"),
                Map.of("indicator", "BAD", "area", "01", "period", "2022", "value", "1", "qualifier", "SURELY"),
                Map.of("indicator", "BAD", "area", "01", "period", "2022", "value", "1", "unit", "no such unit"),
                Map.of("indicator", "BAD", "area", "01", "period", "nhiệm kỳ", "value", "1"),
                Map.of("columns", "too few"));
        return one.list().ofMaxSize(8);
    }

    /**
     * Rows read = observations kept + rows reported: generated files with bad rows put after the header and
     * at the end keep every good row and report every bad one, on a line of its own.
     */
    @Property(tries = 1000)
    void everyRowIsKeptOrReported(@ForAll("smallDatasets") Dataset dataset, @ForAll("badRows") List<Map<String, String>> bad,
            @ForAll @IntRange(max = 8) int atTheHead) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetCsvWriter.defaults().write(dataset, out);
        String written = out.toString(StandardCharsets.UTF_8);
        int headerEnd = written.indexOf('\n') + 1;
        List<String> columns = List.of(written.substring(0, headerEnd).strip().split(","));
        List<String> badLines = new ArrayList<>();
        for (Map<String, String> row : bad) {
            badLines.add(row.containsKey("columns") ? "x,y\n"
                    : columns.stream().map(c -> row.getOrDefault(c, "")).collect(Collectors.joining(",")) + "\n");
        }
        int head = Math.min(atTheHead, badLines.size());
        String file = written.substring(0, headerEnd) + String.join("", badLines.subList(0, head))
                + written.substring(headerEnd) + String.join("", badLines.subList(head, badLines.size()));

        CsvReadResult back = DatasetCsvReader.defaults().withUnits(List.of(Fixtures.CLASSES))
                .read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));

        assertThat(back.dataset()).isEqualTo(dataset);
        assertThat(back.problems().stream().map(CsvProblem::line).distinct().count()).as("%s", back.problems())
                .isEqualTo(bad.size());
    }
}
