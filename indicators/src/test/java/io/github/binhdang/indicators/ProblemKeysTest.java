package io.github.binhdang.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key the catalogues throw has a text of its own in both of core's problem bundles (issue 19). Core
 * does not export its message package to this module, so the bundles are read from core's sources, beside
 * this module in the build.
 */
class ProblemKeysTest {

    private static final Path BUNDLES = Path.of("../core/src/main/resources/io/github/binhdang/core/message");

    /** A field written as a literal where the catalogues throw. */
    private static final Pattern THROWN = Pattern.compile(
            "new (?:[\\w.]*\\.)?(InvalidValueException|TextParseException)\\(\\s*\"([^\"]+)\"");
    private static final Pattern COMMENT = Pattern.compile("(?m)^\\s*(?:/\\*.*?\\*/|//[^\\n]*)", Pattern.DOTALL);

    // CommuneCatalogue names its file, or the file and its column: the shipped files by their names, a file
    // of links an application gives as "the link file".
    private static final List<String> BUILT_AT_RUN_TIME = List.of(
            "invalid.communes-2025.csv", "invalid.communes-2025.csv.type",
            "invalid.communes-before-2025.csv", "invalid.communes-before-2025.csv.type",
            "invalid.commune-links-2025.csv", "invalid.commune-links-2025.csv.kind",
            "invalid.commune-links-2025.csv.old_level", "invalid.commune-links-2025.csv.old_code",
            "invalid.commune-links-2025.csv.new_code", "invalid.commune-links-2025.csv.old_province_code",
            "invalid.the link file", "invalid.the link file.kind", "invalid.the link file.old_level",
            "invalid.the link file.old_code", "invalid.the link file.new_code",
            "invalid.the link file.old_province_code");

    private static Properties read(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyKeyThrownInTheCataloguesHasATextOfItsOwn() throws IOException {
        Set<String> keys = new TreeSet<>(BUILT_AT_RUN_TIME);
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll(" ");
                Matcher m = THROWN.matcher(code);
                while (m.find()) {
                    keys.add(("TextParseException".equals(m.group(1)) ? "parse." : "invalid.") + m.group(2));
                }
            }
        }
        assertThat(keys).contains("invalid.VietNamAreas.code", "invalid.communes-before-2025.csv.district_name")
                .hasSizeGreaterThan(20);
        Properties en = read("problems.properties");
        Properties vi = read("problems_vi.properties");
        assertThat(keys).allSatisfy(key -> {
            assertThat(en.getProperty(key)).as(key).isNotBlank();
            assertThat(vi.getProperty(key)).as(key).isNotBlank();
        });
    }
}
