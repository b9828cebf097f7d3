package io.github.binhdang.serialization.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every problem code is in the package documentation's table with its Vietnamese words. */
class SdmxProblemTest {

    @Test
    void everyCodeIsInTheTable() throws IOException {
        String table = Files.readString(Path.of("src/main/java/io/github/binhdang/serialization/sdmx/package-info.java"),
                StandardCharsets.UTF_8);
        for (SdmxProblem p : SdmxProblem.values()) {
            assertThat(table).as(p.code()).contains("<tr><td>{@code " + p.code() + "}</td>").contains(p.vietnamese());
        }
    }
}
