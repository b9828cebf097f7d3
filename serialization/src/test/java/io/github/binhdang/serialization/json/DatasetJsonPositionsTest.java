package io.github.binhdang.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.SourcePosition;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThat(dataset.position(0)).contains(new SourcePosition("a.json", 2, 1));
        assertThat(dataset.position(1)).contains(new SourcePosition("a.json", 2, 57));
        assertThat(DatasetJsonReader.of().read(new StringReader(JSON)).position(1))
                .contains(new SourcePosition("", 2, 57));
    }
}
