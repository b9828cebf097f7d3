package io.github.binhdang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key this module throws has a text of its own in both of core's problem bundles (issue 19), as core's
 * {@code ProblemKeysTest} holds for core. Core's scanner is one of core's test classes, which no other module
 * sees, so its scan is copied here in its smallest form (as indicators' and serialization's tests copy it);
 * core exports its message package to serialization only, so the bundles are read from core's sources, beside
 * this module in the build. No Spark session is started.
 */
class ProblemKeysTest {

    private static final Path BUNDLES = Path.of("../core/src/main/resources/io/github/binhdang/core/message");

    /** A field written as a literal where this module throws. */
    private static final Pattern THROWN = Pattern.compile(
            "new (?:[\\w.]*\\.)?(InvalidValueException|TextParseException)\\(\\s*\"([^\"]+)\"");
    private static final Pattern COMMENT = Pattern.compile("(?m)^\\s*(?:/\\*.*?\\*/|//[^\\n]*)", Pattern.DOTALL);

    private static Properties read(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyKeyThrownInSparkHasATextInEnglishAndVietnamese() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll(" ");
                Matcher m = THROWN.matcher(code);
                while (m.find()) {
                    // "SparkObservations." + field, "BinhdangAggregator." + field: the field is completed at run
                    // time (value, numerator, denominator …) and takes the text of its start (Problem.keyOf).
                    String field = m.group(2).endsWith(".") ? m.group(2).substring(0, m.group(2).length() - 1)
                            : m.group(2);
                    keys.add(("TextParseException".equals(m.group(1)) ? "parse." : "invalid.") + field);
                }
            }
        }
        // A sample of each kind of throw site, read off the sources: a literal field, a field completed at run
        // time, and a key of core's that AreaTable throws as core's SplitShares does.
        assertThat(keys).contains("invalid.SparkObservations.schema", "invalid.SparkObservations.breakdown",
                "invalid.BinhdangAggregator.unit", "invalid.BinhdangAggregator.decimals", "invalid.SparkObservations",
                "invalid.BinhdangAggregator", "invalid.SplitShares.share");
        Properties en = read("problems.properties");
        Properties vi = read("problems_vi.properties");
        assertThat(keys).allSatisfy(key -> {
            assertThat(en.getProperty(key)).as(key).isNotBlank();
            assertThat(vi.getProperty(key)).as(key).isNotBlank().isNotEqualTo(en.getProperty(key));
        });
    }
}
