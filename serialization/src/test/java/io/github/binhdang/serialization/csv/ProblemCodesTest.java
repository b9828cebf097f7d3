package io.github.binhdang.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.validation.CalculationFindings;
import io.github.binhdang.core.validation.StandardRule;
import io.github.binhdang.serialization.json.JsonProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem code is in the package documentation's table, and no code is told from a message's text.
 * Tests run in the module's folder, so the sources are read from {@code src/main/java}.
 */
class ProblemCodesTest {

    private static final Path PACKAGE_INFO = Path.of("src/main/java/io/github/binhdang/serialization/csv/package-info.java");

    @Test
    void everyReaderAndValidatorCodeIsInTheTableWithItsMessages() throws IOException {
        String table = Files.readString(PACKAGE_INFO, StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (CsvProblem.Kind kind : CsvProblem.Kind.values()) {
            if (!table.contains("<tr><td>{@code " + kind.code() + "}</td>") || !table.contains(kind.vietnamese())) {
                missing.add(kind.code());
            }
        }
        for (JsonProblem kind : JsonProblem.values()) {
            if (!table.contains("<tr><td>{@code " + kind.code() + "}</td>") || !table.contains(kind.vietnamese())) {
                missing.add(kind.code());
            }
        }
        for (StandardRule rule : StandardRule.values()) {
            if (!table.contains("<tr><td>{@code " + rule.code() + "}</td><td>validator</td>")) {
                missing.add(rule.code());
            }
        }
        for (String code : new String[] {CalculationFindings.PARTIAL, CalculationFindings.REFUSED,
                CalculationFindings.SKIPPED}) {
            if (!table.contains("<tr><td>{@code " + code + "}</td>")) {
                missing.add(code);
            }
        }
        assertThat(missing).as("codes missing from the table in %s", PACKAGE_INFO).isEmpty();
    }

    /**
     * A code told from a message would change when the message is reworded or translated: no source of the
     * readers or the starter asks a message, a rule or a detail whether it starts with, ends with or holds
     * some text.
     */
    @Test
    void noCodeIsToldFromAMessage() throws IOException {
        Pattern asked = Pattern.compile("(?i)(message|detail|rule)\\w*(\\(\\))?\\s*\\.\\s*(startsWith|endsWith|contains|matches)\\(");
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../spring-boot-starter/src/main/java"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n");
                    for (int i = 0; i < lines.length; i++) {
                        Matcher m = asked.matcher(lines[i]);
                        if (m.find()) {
                            found.add(file + ":" + (i + 1) + ": " + lines[i].strip());
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
        // The pattern finds what it is meant to find.
        assertThat(asked.matcher("if (message.startsWith(\"duplicates the key\")) {").find()).isTrue();
        assertThat(asked.matcher("e.getMessage().contains(\"limit\")").find()).isTrue();
    }
}
