package io.github.binhdang.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.indicators.GenderIndicators;
import io.github.binhdang.indicators.VietNamAreas;
import io.github.binhdang.serialization.json.BinhdangJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;

/** Reading a submission on its own, without an application. */
class DatasetSubmissionsTest {

    private static final DatasetSubmissions SUBMISSIONS = new DatasetSubmissions(BinhdangJson.lenientMapper(),
            DatasetValidator.defaults(), ValidationContext.of(GenderIndicators.ALL, VietNamAreas.HIERARCHY));

    @Test
    void goesOnAfterAnObservationThatCannotBeReadAndKeepsTheGoodOnes() {
        // Line 2: a number, not an observation. Line 3: a value that is an object holding an array.
        // Line 4: a good observation. Line 5: a property of the document the format does not know.
        String document = """
                {"observations":[
                1,
                {"indicator":"ECO-03","area":"14","period":"2022","value":{"a":[1,[2]]}},
                {"indicator":"ECO-03","area":"14","period":"2022","value":25.5,"unit":"percent"}
                ],"meta":{"x":[1]}}""";
        DatasetSubmission submission = read(document);
        assertThat(submission.observations()).hasSize(1);
        assertThat(submission.observations().get(0).key().toString()).isEqualTo("ECO-03/14/2022/_T");
        List<Finding> findings = submission.report().findings();
        assertThat(findings).extracting(Finding::code).containsExactly("json.value", "json.value", "json.unknown");
        assertThat(findings.get(0).location().index()).hasValue(0);
        assertThat(findings.get(0).location().line()).hasValue(2);
        assertThat(findings.get(1).location().index()).hasValue(1);
        assertThat(findings.get(1).location().line()).hasValue(3);
        assertThat(findings.get(2).value()).isEqualTo("meta");
        assertThat(findings.get(2).location().line()).hasValue(5);
        assertThat(submission.isAcceptable()).isFalse();
    }

    @Test
    void aValidationFindingNamesTheElementAsWrittenAfterAnElementWasLeftOut() {
        // Element 0 (line 2) has a fifth quarter and is left out; element 1 (line 3) is 25.5 % in 2022;
        // element 2 (line 4, its brace after two spaces: column 3) is 140 % in 2023, the dataset's second
        // observation. 140 % is outside 0-100, and a change of (140 - 25.5) / 25.5 = 449 % is a jump.
        String document = """
                {"observations":[
                {"indicator":"ECO-03","area":"14","period":"2022-Q5","value":20,"unit":"percent"},
                {"indicator":"ECO-03","area":"14","period":"2022","value":25.5,"unit":"percent"},
                  {"indicator":"ECO-03","area":"14","period":"2023","value":140,"unit":"percent"}
                ]}""";
        DatasetSubmission submission = read(document);
        assertThat(submission.dataset().size()).isEqualTo(2);
        assertThat(submission.report().findings()).extracting(Finding::code, f -> f.location().index().getAsInt(),
                f -> f.location().line().getAsInt(), f -> f.location().path())
                .containsExactly(tuple("json.value", 0, 2, "period"), tuple("percentage.range", 2, 4, "value"),
                        tuple("change.jump", 2, 4, "value"));
        assertThat(submission.report().findings().get(1).location().column()).hasValue(3);
        // The dataset keeps each observation's place, for the application's own checks later.
        assertThat(submission.dataset().position(1).orElseThrow().record()).isEqualTo(2);
    }

    @Test
    void aNullElementAndARepeatedKeyAreProblemsOfTheirElements() {
        // Element 0 (line 2) is null; element 2 (line 4) repeats the key of element 1 (line 3).
        String document = """
                {"observations":[
                null,
                {"indicator":"ECO-03","area":"14","period":"2022","value":25.5,"unit":"percent"},
                {"indicator":"ECO-03","area":"14","period":"2022","value":26,"unit":"percent"}
                ]}""";
        DatasetSubmission submission = read(document);
        assertThat(submission.observations()).hasSize(1);
        List<Finding> findings = submission.report().findings();
        assertThat(findings).extracting(Finding::code, f -> f.location().index().getAsInt(),
                f -> f.location().line().getAsInt(), f -> f.location().column().getAsInt())
                .containsExactly(tuple("json.value", 0, 2, 1), tuple("json.value", 2, 4, 1));
        assertThat(findings.get(1).message()).contains("observations[1] on line 3");
        assertThat(submission.isAcceptable()).isFalse();
    }

    @Test
    void refusesUnknownPropertiesEvenWithALenientMapper() {
        assertThat(BinhdangJson.lenientMapper().isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
        DatasetSubmission submission = read("""
                {"observations":[{"indicator":"ECO-03","area":"14","period":"2022","vlaue":25.5}]}""");
        assertThat(submission.report().findings()).extracting(Finding::code).containsExactly("json.unknown");
    }

    @Test
    void anEmptyBodyIsOneFindingNotAnException() {
        DatasetSubmission submission = read("");
        assertThat(submission.observations()).isEmpty();
        assertThat(submission.report().findings()).extracting(Finding::code).containsExactly("json.value");
    }

    @Test
    void aValidDocumentIsAcceptedAsADataset() {
        DatasetSubmission submission = read("""
                {"observations":[{"indicator":"ECO-03","area":"14","period":"2022","value":25.5,"unit":"percent"}]}""");
        assertThat(submission.report().isEmpty()).isTrue();
        assertThat(submission.orThrow().size()).isEqualTo(1);
    }

    @Test
    void whatWasReadWritesAsCsvOnTheJacksonBootShips() {
        // Boot 4.0.7's Jackson 3.1 lacks a CSV feature of 3.2 that the writer once used (issue 16's HTTP 500).
        DatasetSubmission submission = read("""
                {"observations":[{"indicator":"ECO-03","area":"14","period":"2022","value":25.5,"unit":"percent"}]}""");
        java.io.StringWriter csv = new java.io.StringWriter();
        io.github.binhdang.serialization.csv.DatasetCsvWriter.defaults().write(submission.orThrow(), csv);
        assertThat(csv.toString()).contains("\nECO-03,14,2022,_T,25.5,");
    }

    private static DatasetSubmission read(String document) {
        return SUBMISSIONS.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
    }
}
