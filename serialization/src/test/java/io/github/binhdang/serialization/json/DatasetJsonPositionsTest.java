package io.github.binhdang.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.SourcePosition;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.core.validation.ValidationReport;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dataset read from JSON keeps the line and column of each observation's opening brace. */
class DatasetJsonPositionsTest {

    // The second observation's brace is on line 2, after the 54 characters of the first and ", ": column 57.
    private static final String JSON = "{\"observations\":[\n"
            + "{\"indicator\":\"A\",\"area\":\"1\",\"period\":\"2022\",\"value\":1}, "
            + "{\"indicator\":\"A\",\"area\":\"1\",\"period\":\"2023\",\"value\":2}\n"
            + "]}\n";

    @Test
    void eachObservationKnowsWhereItBegins(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.json");
        Files.writeString(file, JSON, StandardCharsets.UTF_8);
        Dataset dataset = DatasetJsonReader.of().read(file);
        // Each also knows its element in the array of observations: 0 and 1, both on line 2.
        assertThat(dataset.position(0)).contains(new SourcePosition("a.json", 2, 1, 0));
        assertThat(dataset.position(1)).contains(new SourcePosition("a.json", 2, 57, 1));
        assertThat(DatasetJsonReader.of().read(new StringReader(JSON)).position(1))
                .contains(new SourcePosition("", 2, 57, 1));
    }

    @Test
    void validationFindingsPointAtTheObservationsBrace(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.json");
        Files.writeString(file, JSON, StandardCharsets.UTF_8);
        // No indicator is known: each observation's indicator is unknown, found where its object begins.
        ValidationReport report = DatasetValidator.defaults().validate(DatasetJsonReader.of().read(file),
                ValidationContext.of(List.of(), AreaHierarchy.builder().build()));
        assertThat(report.findings()).filteredOn(f -> f.code().equals("indicator.unknown"))
                .extracting(f -> f.location().file().orElseThrow(), f -> f.location().line().getAsInt(),
                        f -> f.location().column().getAsInt(), f -> f.location().index().getAsInt())
                .containsExactly(tuple("a.json", 2, 1, 0), tuple("a.json", 2, 57, 1));
    }

    @Test
    void validationFindingsQuoteTheFieldAsWritten() {
        // 105.0 % in a share, and a sex breakdown the indicator lacks: the value as the JSON writes it (scale
        // kept), and the breakdown property whole, as a JSON file has no column of its own for one dimension.
        String json = "{\"observations\":[\n"
                + "{\"indicator\":\"W\",\"area\":\"1\",\"period\":\"2022\",\"value\":105.0},\n"
                + "{\"indicator\":\"W\",\"area\":\"1\",\"period\":\"2022\",\"breakdown\":\"SEX=F\",\"value\":40}\n"
                + "]}\n";
        io.github.binhdang.core.indicator.Indicator w = io.github.binhdang.core.indicator.Indicator.builder("W",
                io.github.binhdang.core.BilingualText.of("Tỷ lệ", "Share"),
                io.github.binhdang.core.unit.MeasureKind.PERCENTAGE, io.github.binhdang.core.unit.Unit.PERCENT).build();
        ValidationReport report = DatasetValidator.defaults().validate(
                DatasetJsonReader.of().read(new StringReader(json)),
                ValidationContext.of(List.of(w), AreaHierarchy.builder().build()));
        assertThat(report.findings()).filteredOn(f -> !f.code().equals("area.unknown"))
                .extracting(f -> f.code(), f -> f.location().line().getAsInt(),
                        f -> f.location().written().orElse("(none)"))
                .containsExactly(tuple("percentage.range", 2, "105.0"), tuple("breakdown.dimension", 3, "SEX=F"));
    }
}
