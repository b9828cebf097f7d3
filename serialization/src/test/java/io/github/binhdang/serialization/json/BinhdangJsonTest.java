package io.github.binhdang.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.unit.Quantity;
import io.github.binhdang.core.unit.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** The shared mappers' settings: numbers, strictness and limits. */
class BinhdangJsonTest {

    private static final JsonMapper MAPPER = BinhdangJson.mapper();

    @ParameterizedTest
    @CsvSource({"38.89", "15.10", "15.1", "125525", "0.0000001", "-4.61", "100.000"})
    void decimalsAreWrittenWithThePublishedDigits(String digits) {
        Quantity quantity = Quantity.of(new BigDecimal(digits).abs(), Unit.FRACTION);

        String json = MAPPER.writeValueAsString(quantity);

        assertThat(json).isEqualTo("{\"value\":" + new BigDecimal(digits).abs().toPlainString() + ",\"unit\":\"fraction\"}");
        assertThat(MAPPER.readValue(json, Quantity.class).value().scale()).isEqualTo(new BigDecimal(digits).scale());
    }

    @Test
    void plainBigDecimalsAreWrittenPlainAndFloatsReadAsBigDecimal() {
        assertThat(MAPPER.writeValueAsString(new BigDecimal("1E-7"))).isEqualTo("0.0000001");
        assertThat(MAPPER.readValue("38.890", Object.class)).isEqualTo(new BigDecimal("38.890"));
    }

    @Test
    void aNegativeScaleKeepsItsExponent() {
        Observation observation = Observation.builder("X", "1", ReportingPeriod.parse("2020"))
                .value(new BigDecimal("1E+3")).build();

        String json = MAPPER.writeValueAsString(observation);

        assertThat(json).contains("\"value\":1E+3");
        assertThat(MAPPER.readValue(json, Observation.class).value()).contains(new BigDecimal("1E+3"));
    }

    @Test
    void unknownPropertiesFailInTheStrictMapperAndAreSkippedInTheLenientOne() {
        String json = "{\"period\":\"2025\",\"comparison\":\"AT_LEAST\",\"value\":27,\"unit\":\"percent\",\"extra\":{\"a\":[1]}}";

        assertThatThrownBy(() -> MAPPER.readValue(json, Milestone.class))
                .isInstanceOfSatisfying(UnrecognizedPropertyException.class, e -> {
                    assertThat(e.getPropertyName()).isEqualTo("extra");
                    assertThat(e.getKnownPropertyIds()).hasSize(6);
                });
        assertThat(BinhdangJson.lenientMapper().readValue(json, Milestone.class).value()).isEqualTo(new BigDecimal("27"));
    }

    @Test
    void aPropertyGivenTwiceFails() {
        String json = "{\"value\":27,\"unit\":\"percent\",\"value\":28}";

        assertThatThrownBy(() -> MAPPER.readValue(json, Quantity.class))
                .isInstanceOf(StreamReadException.class)
                .hasMessageContaining("Duplicate Object property \"value\"");
    }

    @Test
    void anythingAfterTheRootValueFails() {
        assertThatThrownBy(() -> MAPPER.readValue("\"2022\" \"2023\"", ReportingPeriod.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Trailing token");
    }

    @Test
    void nanAndInfinityAreNotJson() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"value\":NaN,\"unit\":\"percent\"}", Quantity.class))
                .isInstanceOf(StreamReadException.class)
                .hasMessageContaining("Non-standard token 'NaN'");
        assertThatThrownBy(() -> MAPPER.readValue("{\"value\":Infinity,\"unit\":\"percent\"}", Quantity.class))
                .isInstanceOf(StreamReadException.class);
    }

    @Test
    void nestingDeeperThanTheLimitFails() {
        String deep = "[".repeat(BinhdangJson.MAX_NESTING_DEPTH + 1) + "]".repeat(BinhdangJson.MAX_NESTING_DEPTH + 1);

        assertThatThrownBy(() -> MAPPER.readValue(deep, Object.class))
                .isInstanceOf(StreamConstraintsException.class)
                .hasMessageContaining("nesting depth (65) exceeds the maximum allowed (64");
        assertThat(MAPPER.readValue("[".repeat(64) + "]".repeat(64), Object.class)).isInstanceOf(List.class);
    }

    @Test
    void aLongerTextThanTheLimitFails() {
        String note = "x".repeat(BinhdangJson.MAX_STRING_LENGTH + 1);
        String json = "{\"indicator\":\"A\",\"area\":\"1\",\"period\":\"2022\",\"value\":1,\"note\":\"" + note + "\"}";

        assertThatThrownBy(() -> MAPPER.readValue(json, Observation.class))
                .isInstanceOf(StreamConstraintsException.class)
                .hasMessageContaining("String value length (100001) exceeds the maximum allowed (100000");
    }

    @Test
    void aLongerNumberThanTheLimitFails() {
        String digits = "1".repeat(BinhdangJson.MAX_NUMBER_LENGTH + 1);

        assertThatThrownBy(() -> MAPPER.readValue("{\"value\":" + digits + ",\"unit\":\"fraction\"}", Quantity.class))
                .isInstanceOf(StreamConstraintsException.class)
                .hasMessageContaining("Number value length (101) exceeds the maximum allowed (100");
    }

    @Test
    void aNumberOfHugeScaleFails() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"value\":1e-5000,\"unit\":\"fraction\"}", Quantity.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Number: 1E-5000 has 1 significant digits and a scale of 5000; a value has at most"
                        + " 100 significant digits and a scale from -1000 to 1000");
    }

    @Test
    void theLimitsAreSetOnTheFactory() {
        var limits = MAPPER.tokenStreamFactory().streamReadConstraints();

        assertThat(limits.getMaxNestingDepth()).isEqualTo(64);
        assertThat(limits.getMaxStringLength()).isEqualTo(100_000);
        assertThat(limits.getMaxNameLength()).isEqualTo(1_000);
        assertThat(limits.getMaxNumberLength()).isEqualTo(100);
        assertThat(limits.getMaxDocumentLength()).isEqualTo(10_000_000_000L);
    }

    @Test
    void noTypeIsNamedByTheDocument() {
        Object value = MAPPER.readValue("[\"java.util.HashMap\",{}]", Object.class);

        assertThat(value).isInstanceOf(List.class);
    }

    @Test
    void errorsGiveLineAndColumnButQuoteNothing() {
        String json = "{\n  \"value\": 27,\n  \"unit\": \"secret-unit\"\n}";

        assertThatThrownBy(() -> MAPPER.readValue(json, Quantity.class))
                .isInstanceOfSatisfying(JacksonException.class, e -> assertThat(e.getMessage())
                        .contains("line: 3, column: 11")
                        .doesNotContain("\"value\": 27"));
    }

    @Test
    void theServiceLoaderFindsTheModule() {
        JsonMapper found = JsonMapper.builder().findAndAddModules().build();

        assertThat(found.registeredModules()).anyMatch(m -> m instanceof BinhdangModule);
        assertThat(found.readValue("\"2022-S1\"", ReportingPeriod.class)).isEqualTo(ReportingPeriod.parse("2022-S1"));
    }

    @Test
    void theSchemasShipWithTheModule() throws IOException {
        try (InputStream dataset = BinhdangJson.openDatasetSchema(); InputStream catalogue = BinhdangJson.openCatalogueSchema()) {
            assertThat(MAPPER.readTree(dataset).get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(MAPPER.readTree(catalogue).get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        }
    }
}
