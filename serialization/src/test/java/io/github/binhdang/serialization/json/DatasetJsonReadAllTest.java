package io.github.binhdang.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.data.SourcePosition;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.core.validation.ValidationReport;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DatasetJsonReader#readAll}: every element that cannot be read is a finding of its element and the
 * read goes on; broken syntax ends it, keeping what came before. Lines and columns are counted by hand
 * from each document, from 1.
 */
class DatasetJsonReadAllTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    // A share: a percentage from 0 to 100.
    private static final Indicator W = Indicator.builder("W", BilingualText.of("Tỷ lệ", "Share"),
            MeasureKind.PERCENTAGE, Unit.PERCENT).build();

    @Test
    void aBadElementIsAFindingAtItsPlaceAndTheNextElementIsValidatedAsWritten() {
        // Line 2, element 0: a fifth quarter; its period's text opens at column 38 (after
        // {"indicator":"W","area":"1","period": , 37 characters). Line 3, element 1: 105 % in a share,
        // its brace after two spaces, at column 3; it is the dataset's only observation.
        String json = """
                {"observations":[
                {"indicator":"W","area":"1","period":"2022-Q5","value":20},
                  {"indicator":"W","area":"1","period":"2023","value":105}
                ]}""";
        JsonReadResult result = DatasetJsonReader.of().readAll(new StringReader(json));

        assertThat(result.dataset().size()).isEqualTo(1);
        assertThat(result.dataset().position(0)).contains(new SourcePosition("", 3, 3, 1));
        assertThat(result.elementsRead()).isEqualTo(2);
        assertThat(result.elementsReported()).isEqualTo(1);
        Finding period = result.report().findings().get(0);
        assertThat(result.report().findings()).hasSize(1);
        assertThat(period.code()).isEqualTo("json.value");
        assertThat(period.location().subject()).isEqualTo("#0");
        assertThat(period.location().index()).hasValue(0);
        assertThat(period.location().path()).isEqualTo("period");
        assertThat(period.location().line()).hasValue(2);
        assertThat(period.location().column()).hasValue(38);
        assertThat(period.value()).isEqualTo("2022-Q5");
        assertThat(period.message(Locale.ENGLISH))
                .startsWith("Line 2, column 38: the value at observations[0].period is not valid (");
        assertThat(period.message(VI)).startsWith("Dòng 2, cột 38: giá trị tại observations[0].period không hợp lệ: ")
                .contains("'2022-Q5'").doesNotContain("quarter");

        // The validator names element 1 at its brace, not the dataset's observation 0.
        ValidationReport checked = DatasetValidator.defaults().validate(result.dataset(),
                ValidationContext.of(List.of(W), AreaHierarchy.builder().build()));
        assertThat(checked.findings()).filteredOn(f -> f.code().equals("percentage.range"))
                .extracting(f -> f.location().index().getAsInt(), f -> f.location().line().getAsInt(),
                        f -> f.location().column().getAsInt(), f -> f.location().path())
                .containsExactly(tuple(1, 3, 3, "value"));
    }

    @Test
    void brokenSyntaxMidArrayEndsTheReadKeepingWhatCameBefore() {
        // Line 3: {"indicator":"W",, — the second comma is the 18th character.
        String json = """
                {"observations":[
                {"indicator":"W","area":"1","period":"2022","value":20},
                {"indicator":"W",,"area":"1"},
                {"indicator":"W","area":"1","period":"2024","value":30}
                ]}""";
        JsonReadResult result = DatasetJsonReader.of().readAll(new StringReader(json));

        assertThat(result.dataset().asList()).extracting(o -> o.key().toString()).containsExactly("W/1/2022/_T");
        assertThat(result.elementsRead()).isEqualTo(1);
        assertThat(result.elementsReported()).isZero();
        assertThat(result.report().findings()).extracting(Finding::code, f -> f.location().subject(),
                f -> f.location().index().isPresent(), f -> f.location().line().getAsInt(),
                f -> f.location().column().getAsInt(), f -> f.location().path())
                .containsExactly(tuple("json.syntax", "document", false, 3, 18, "observations[1]"));
        Finding syntax = result.report().findings().get(0);
        assertThat(syntax.message(Locale.ENGLISH)).startsWith("Line 3, column 18: not valid JSON, nothing can be read");
        assertThat(syntax.message(VI))
                .isEqualTo("Dòng 3, cột 18: không phải JSON hợp lệ, không đọc được từ đây trở đi");
    }

    @Test
    void aDocumentCutShortKeepsTheElementsBeforeTheCut() {
        // Line 2 is a whole element and its comma; the input ends on line 3, inside the second element.
        String json = "{\"observations\":[\n{\"indicator\":\"W\",\"area\":\"1\",\"period\":\"2022\",\"value\":20},\n"
                + "{\"indicator\":\"W\",\"area\":";
        JsonReadResult result = DatasetJsonReader.of().readAll(new StringReader(json));

        assertThat(result.dataset().size()).isEqualTo(1);
        assertThat(result.report().findings()).extracting(Finding::code, f -> f.location().line().getAsInt())
                .containsExactly(tuple("json.syntax", 3));
        assertThat(result.elementsRead()).isEqualTo(1);
        // Cut between elements, after a comma: the same.
        String cut = json.substring(0, json.lastIndexOf('\n') + 1);
        JsonReadResult between = DatasetJsonReader.of().readAll(new StringReader(cut));
        assertThat(between.dataset().size()).isEqualTo(1);
        assertThat(between.report().findings()).extracting(Finding::code).containsExactly("json.syntax");
    }

    @Test
    void anUnknownPropertyIsAFindingOfItsElementOrOfTheDocument() {
        // Line 2, element 0: "vlaue" for "value". Line 4: "meta", a property of the document.
        String json = """
                {"observations":[
                {"indicator":"W","area":"1","period":"2022","vlaue":20},
                {"indicator":"W","area":"1","period":"2023","value":30}
                ],"meta":{"x":[1]}}""";
        JsonReadResult result = DatasetJsonReader.of().readAll(new StringReader(json));

        assertThat(result.dataset().asList()).extracting(o -> o.key().toString()).containsExactly("W/1/2023/_T");
        assertThat(result.dataset().position(0).orElseThrow().record()).isEqualTo(1);
        assertThat(result.report().findings()).extracting(Finding::code, Finding::value, f -> f.location().subject(),
                f -> f.location().path(), f -> f.location().line().getAsInt())
                .containsExactly(tuple("json.unknown", "vlaue", "#0", "vlaue", 2),
                        tuple("json.unknown", "meta", "document", "meta", 4));
        assertThat(result.report().findings().get(0).message(VI))
                .contains("định dạng không có thuộc tính observations[0].vlaue");

        // A mapper that skips unknown properties skips them here too: the observation, no finding.
        JsonReadResult lenient = DatasetJsonReader.of(BinhdangJson.lenientMapper()).readAll(new StringReader("""
                {"observations":[{"indicator":"W","area":"1","period":"2022","value":20,"comment":"x"}],"meta":1}"""));
        assertThat(lenient.dataset().size()).isEqualTo(1);
        assertThat(lenient.hasProblems()).isFalse();
    }

    @Test
    void aNullElementIsAFindingAtItsPlace() {
        // Line 2: null, element 0, at column 1; element 1 is kept.
        String json = """
                {"observations":[
                null,
                {"indicator":"W","area":"1","period":"2023","value":30}
                ]}""";
        JsonReadResult result = DatasetJsonReader.of().readAll(new StringReader(json));

        assertThat(result.dataset().size()).isEqualTo(1);
        assertThat(result.report().findings()).extracting(Finding::code, f -> f.location().index().getAsInt(),
                f -> f.location().line().getAsInt(), f -> f.location().column().getAsInt())
                .containsExactly(tuple("json.value", 0, 2, 1));
        assertThat(result.report().findings().get(0).rule()).contains("expected an observation but found null");
        assertThat(result.elementsRead()).isEqualTo(2);
        assertThat(result.elementsReported()).isEqualTo(1);
    }

    @Test
    void aRepeatedKeyAndARepeatedPropertyAreFindingsOfTheirElements() {
        // Element 1 (line 3) repeats the key of element 0 (line 2); element 2 (line 4) gives "value" twice;
        // element 3 (line 5) is read.
        String json = """
                {"observations":[
                {"indicator":"W","area":"1","period":"2022","value":20},
                {"indicator":"W","area":"1","period":"2022","value":21},
                {"indicator":"W","area":"1","period":"2023","value":22,"value":23},
                {"indicator":"W","area":"1","period":"2024","value":24}
                ]}""";
        JsonReadResult result = DatasetJsonReader.of().readAll(new StringReader(json));

        // The first of the repeated key is kept, with its value.
        assertThat(result.dataset().asList()).extracting(o -> o.key().toString() + "=" + o.value().orElseThrow())
                .containsExactly("W/1/2022/_T=20", "W/1/2024/_T=24");
        assertThat(result.dataset().position(1).orElseThrow().record()).isEqualTo(3);
        List<Finding> findings = result.report().findings();
        assertThat(findings).extracting(Finding::code, f -> f.location().index().getAsInt(),
                f -> f.location().line().getAsInt())
                .containsExactly(tuple("json.value", 1, 3), tuple("json.value", 2, 4));
        // The repeated key at its element's brace, naming the element and line of the first.
        assertThat(findings.get(0).location().column()).hasValue(1);
        assertThat(findings.get(0).message(Locale.ENGLISH)).contains("observations[0] on line 2");
        assertThat(findings.get(1).rule()).contains("Duplicate Object property \"value\"");
        assertThat(result.elementsRead()).isEqualTo(4);
        assertThat(result.elementsReported()).isEqualTo(2);
    }

    @Test
    void aBrokenLimitEndsTheReadWithOneFinding() {
        // At most 2 observations: the third element breaks the limit.
        JsonReadLimits limits = JsonReadLimits.defaults().withMaxObservations(2);
        String json = """
                {"observations":[
                {"indicator":"W","area":"1","period":"2022","value":20},
                {"indicator":"W","area":"1","period":"2023","value":21},
                {"indicator":"W","area":"1","period":"2024","value":22}
                ]}""";
        JsonReadResult result = DatasetJsonReader.of(BinhdangJson.builder(limits).build())
                .readAll(new StringReader(json));

        assertThat(result.dataset().size()).isEqualTo(2);
        assertThat(result.report().findings()).extracting(Finding::code, f -> f.location().line().getAsInt())
                .containsExactly(tuple("json.limit", 4));
        assertThat(result.elementsRead()).isEqualTo(2);
    }

    @Test
    void aDocumentOfTheWrongShapeIsOneFindingOfTheDocument() {
        assertThat(codes("[]")).containsExactly("json.value");
        assertThat(codes("")).containsExactly("json.value");
        assertThat(codes("{}")).containsExactly("json.value");
        assertThat(codes("{\"observations\":null}")).isEmpty();
        assertThat(codes("{\"observations\":[]} []")).containsExactly("json.value");
    }

    @Test
    void aWellFormedFileReadsAsTheStrictReadReadsIt(@TempDir Path dir) throws IOException {
        String json = """
                {"observations":[
                {"indicator":"W","area":"1","period":"2022","value":20},
                 {"indicator":"W","area":"1","period":"2023","numerator":1,"denominator":4}
                ]}""";
        Path file = dir.resolve("w.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        JsonReadResult result = DatasetJsonReader.of().readAll(file);

        assertThat(result.hasProblems()).isFalse();
        assertThat(result.dataset()).isEqualTo(DatasetJsonReader.of().read(file));
        assertThat(result.dataset().position(1)).contains(new SourcePosition("w.json", 3, 2, 1));
        assertThat(result.dataset().asList().get(1).numerator()).contains(BigDecimal.ONE);
        assertThat(result.elementsRead()).isEqualTo(2);
    }

    @Test
    void bytesThatAreNotUtf8AreOneSyntaxFinding() {
        // The inputs of JsonEncodingTest, which Jackson takes for UTF-32 and cannot read.
        for (String base64 : List.of("CQAAAAAA", "AAAhAAAAAAAAAAAAAAAAAAAu", "cQAAAAAAAAD14g==")) {
            byte[] bytes = java.util.Base64.getDecoder().decode(base64);
            JsonReadResult result = DatasetJsonReader.of().readAll(new java.io.ByteArrayInputStream(bytes));
            assertThat(result.dataset().size()).isZero();
            assertThat(result.report().findings()).as(base64).extracting(Finding::code).containsExactly("json.syntax");
            assertThat(result.report().findings().get(0).rule()).contains("not JSON text in UTF-8");
        }
    }

    private static List<String> codes(String json) {
        return DatasetJsonReader.of().readAll(new StringReader(json)).report().findings().stream()
                .map(Finding::code).toList();
    }
}
