package io.github.binhdang.serialization.json;

import static io.github.binhdang.serialization.json.Fixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.progress.Assessment;
import io.github.binhdang.core.progress.ProgressStatus;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.progress.ScorecardRow;
import io.github.binhdang.core.progress.SeriesPoint;
import io.github.binhdang.core.progress.SkippedObservation;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Location;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile numbers in every place of every type the module reads, and in the dataset reader: each
 * either reads or fails with a Jackson error that gives its line, column and path, never with a
 * {@link NumberFormatException}, an {@link ArithmeticException} or an {@link OutOfMemoryError}.
 */
class HostileNumbersTest {

    private static final JsonMapper MAPPER = BinhdangJson.mapper();

    /** Numbers and number-like texts that have broken readers: exponents beyond int, long digit runs, NaN. */
    private static final List<String> HOSTILE = List.of(
            "1e2147483648", "1e-2147483649", "-1E+2147483648", "1e2147483647", "1e-2147483648",
            "1E+999999999", "0e-2147483649", "-0", "-0.0", "\"NaN\"", "NaN", "Infinity", "\"Infinity\"",
            "\"1e2147483648\"", "\"1E+999999999\"", "99999999999999999999", "1" + "0".repeat(10_000),
            "0." + "0".repeat(9_999) + "1", "\"" + "9".repeat(10_000) + "\"");

    private static final List<String> IN_PLACE_OF_TEXT = List.of(HOSTILE.get(0), HOSTILE.get(5), "\"NaN\"",
            "\"1E+999999999\"", HOSTILE.get(HOSTILE.size() - 1));

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyTypeOfTheModuleReadsOrFailsWithALocatedJacksonError() {
        Map<Class<?>, List<String>> samples = samples();
        List<Class<?>> types = new BinhdangModule().types();
        assertThat(types).hasSizeGreaterThanOrEqualTo(25);
        for (Class<?> type : types) {
            List<String> known = samples.getOrDefault(type, List.of());
            List<String> documents = new ArrayList<>(known.subList(0, Math.min(3, known.size())));
            // Every type is also tried with the hostile value as its whole document and as a property.
            documents.add("0");
            documents.add("{\"value\":0}");
            for (String document : documents) {
                for (String mutated : mutations(document)) {
                    readOrLocatedError(type, mutated, () -> MAPPER.readValue(mutated, type));
                }
            }
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theDatasetReaderReadsOrFailsWithALocatedJacksonError() {
        String dataset = MAPPER.writeValueAsString(Fixtures.sonLa2017());
        for (String mutated : mutations(dataset)) {
            readOrLocatedError(DatasetJsonReader.class, mutated,
                    () -> DatasetJsonReader.of().read(new StringReader(mutated)));
            readOrLocatedError(DatasetJsonReader.class, mutated,
                    () -> DatasetJsonReader.of(BinhdangJson.lenientMapper()).forEach(new StringReader(mutated), o -> { }));
        }
    }

    @Test
    void anExponentBeyondIntIsALocatedErrorWithAPath() {
        String json = "{\"observations\":[{\"indicator\":\"A\",\"area\":\"1\",\"period\":\"2020\",\"value\":1e2147483648}]}";

        try {
            DatasetJsonReader.of().read(new StringReader(json));
            fail("read " + json);
        } catch (DatabindException e) {
            assertThat(e.getLocation().getLineNr()).isEqualTo(1);
            assertThat(e.getLocation().getColumnNr()).isGreaterThan(60);
            assertThat(e.getPathReference()).endsWith("Observation[\"value\"]");
            assertThat(e.getOriginalMessage()).contains("1e2147483648");
        }
    }

    /** The fuzzer's finding 2 (fuzz-findings.md): exponents far beyond an int, in a dataset. */
    @Test
    void theFuzzersOverflowingExponentsAreLocatedErrors() {
        for (String value : List.of("1E4222222222222222222", "7222222222222220E4222222222222222222222222222222222226.89")) {
            String json = "{\"observations\":[{\"indicator\":\"X\",\"area\":\"01\",\"period\":\"2022\",\"value\":"
                    + value + "}]}";
            try {
                DatasetJsonReader.of().read(new StringReader(json));
                fail("read " + json);
            } catch (DatabindException e) {
                assertThat(e.getLocation().getLineNr()).isEqualTo(1);
                assertThat(e.getPathReference()).endsWith("Observation[\"value\"]");
            }
        }
    }

    private static void readOrLocatedError(Class<?> type, String json, Runnable read) {
        try {
            read.run();
        } catch (DatabindException | StreamReadException | StreamConstraintsException e) {
            if (e instanceof StreamConstraintsException && HOSTILE.stream().anyMatch(json::startsWith)) {
                // The root token is read by Jackson before any handler of the module runs: its limit
                // error has Jackson's message and no location, which the module cannot add.
                return;
            }
            TokenStreamLocation location = e.getLocation();
            assertThat(location).as("location of %s reading %s: %s", e, type, Excerpt80.of(json)).isNotNull();
            assertThat(location.getLineNr()).as("line of %s reading %s", e, Excerpt80.of(json)).isPositive();
            assertThat(location.getColumnNr()).as("column of %s reading %s", e, Excerpt80.of(json)).isPositive();
            // A number is never quoted whole: 10,000 digits are shortened (long texts that the model
            // quotes in its own rules are another matter, left to their types).
            assertThat(e.getMessage()).as("message of %s", type).doesNotContain("0".repeat(1_000));
        } catch (JacksonException e) {
            fail("an undocumented Jackson error reading " + type.getSimpleName() + " from " + Excerpt80.of(json), e);
        } catch (RuntimeException e) {
            fail(e + " escaped reading " + type.getSimpleName() + " from " + Excerpt80.of(json), e);
        }
    }

    /** The document with each scalar in turn replaced by each hostile value. */
    private static List<String> mutations(String json) {
        List<int[]> spans = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        try (JsonParser p = MAPPER.createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t.isScalarValue()) {
                    int start = (int) p.currentTokenLocation().getCharOffset();
                    if (t == JsonToken.VALUE_STRING) {
                        p.getString();
                    }
                    int end = (int) p.currentLocation().getCharOffset();
                    spans.add(new int[] {start, end});
                    numeric.add(t.isNumeric());
                }
            }
        }
        List<String> mutated = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            // Every hostile value where a number stands; in place of a text, a few of each kind.
            for (String hostile : numeric.get(i) ? HOSTILE : IN_PLACE_OF_TEXT) {
                mutated.add(json.substring(0, span[0]) + hostile + json.substring(span[1]));
            }
        }
        return mutated;
    }

    /** A valid document of each type that has one here, from the round-trip rows and a few of its own. */
    private static Map<Class<?>, List<String>> samples() {
        Map<Class<?>, List<String>> samples = new LinkedHashMap<>();
        RoundTripTest.values().map(Arguments::get).forEach(row -> samples
                .computeIfAbsent((Class<?>) row[0], k -> new ArrayList<>()).add(MAPPER.writeValueAsString(row[1])));
        Milestone milestone = Milestone.of(2025, Comparison.AT_LEAST, dec("27"), Unit.PERCENT);
        SeriesPoint point = SeriesPoint.of(YearPeriod.of(2017), dec("15.1"));
        Assessment assessment = Assessment.builder("binhdang", "2.3", milestone).latest(point)
                .linearProjection(dec("20.3")).annualChangeNeeded(dec("1.49")).score(dec("0.333"))
                .build(ProgressStatus.OFF_TRACK, BilingualText.of("Quá chậm", "Too slow"));
        ObservationKey key = new ObservationKey("W_ENT", "14", ReportingPeriod.parse("2017"), Breakdown.TOTAL);
        Location location = Location.of(key, "value").withIndex(3).withPosition(5, 12);
        Finding finding = new Finding("percentage.range", Severity.ERROR, location, "105",
                "must be from 0 to 100 for a percentage", Map.of("max", dec("100"), "rows", 7L),
                BilingualText.of("{value} % nằm ngoài khoảng 0–{max}", "{value} % is outside 0–{max}"));
        put(samples, SeriesPoint.class, point);
        put(samples, Assessment.class, assessment);
        put(samples, Location.class, location);
        put(samples, Finding.class, finding);
        put(samples, ValidationReport.class, ValidationReport.of(List.of(finding)));
        put(samples, io.github.binhdang.core.area.AreaHierarchy.class, Fixtures.laoCaiMerger());
        Scorecard scorecard = Scorecard.of(Fixtures.nationalStrategy(), Fixtures.sonLa2017(), Fixtures.SON_LA);
        for (ScorecardRow row : scorecard.rows()) {
            put(samples, ScorecardRow.class, row);
            for (SkippedObservation skipped : row.assessment().skipped()) {
                put(samples, SkippedObservation.class, skipped);
            }
        }
        put(samples, Scorecard.class, scorecard);
        put(samples, SkippedObservation.class, new SkippedObservation(key, BilingualText.of("a", "b")));
        return samples;
    }

    private static void put(Map<Class<?>, List<String>> samples, Class<?> type, Object value) {
        samples.computeIfAbsent(type, k -> new ArrayList<>()).add(MAPPER.writeValueAsString(value));
    }

    /** Keeps assertion messages short. */
    private static final class Excerpt80 {
        static String of(String text) {
            return io.github.binhdang.core.Excerpt.of(text);
        }
    }
}
