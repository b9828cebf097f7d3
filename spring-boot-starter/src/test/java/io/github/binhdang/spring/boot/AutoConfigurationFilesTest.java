package io.github.binhdang.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What Boot reads from the jar: the auto-configuration list and the metadata of the properties. */
class AutoConfigurationFilesTest {

    @Test
    void listsTheAutoConfiguration() throws IOException {
        assertThat(read("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports").strip())
                .isEqualTo(BinhdangAutoConfiguration.class.getName());
    }

    @Test
    void describesEveryProperty() throws IOException {
        String metadata = read("META-INF/spring-configuration-metadata.json");
        for (String name : new String[] {"binhdang.validation.strategy", "binhdang.validation.areas",
                "binhdang.validation.disabled-rules", "binhdang.validation.severities", "binhdang.validation.thresholds",
                "binhdang.json.limits", "binhdang.json.strict-types", "binhdang.web.problem-details"}) {
            assertThat(metadata).contains("\"name\": \"" + name + "\"");
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = BinhdangAutoConfiguration.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
