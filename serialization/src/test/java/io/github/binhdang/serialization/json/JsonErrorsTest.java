package io.github.binhdang.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.indicator.Direction;
import io.github.binhdang.core.period.QuarterPeriod;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.unit.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What reading refuses, and how it says so. */
class JsonErrorsTest {

    private static final JsonMapper MAPPER = BinhdangJson.mapper();

    @Test
    void theModelsRefusalKeepsItsMessageFieldAndValue() {
        String json = "{\"period\":\"2025\",\"comparison\":\"AT_LEAST\",\"value\":140,\"unit\":\"percent\"}";

        assertThatThrownBy(() -> MAPPER.readValue(json, Milestone.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
                    assertThat(e.getOriginalMessage()).isEqualTo("Milestone.value: 140 is above 100 for a percentage");
                    assertThat(e.getValue()).isEqualTo("140");
                    assertThat(e.getCause()).isInstanceOfSatisfying(InvalidValueException.class, cause -> {
                        assertThat(cause.field()).isEqualTo("Milestone.value");
                        assertThat(cause.value()).isEqualTo("140");
                    });
                    assertThat(e.getLocation().getLineNr()).isEqualTo(1);
                });
    }

    @Test
    void aBadValueDeepInAStrategyNamesItsPath() {
        String json = MAPPER.writeValueAsString(Fixtures.nationalStrategy()).replace("\"value\":75", "\"value\":175");

        assertThatThrownBy(() -> MAPPER.readValue(json, Strategy.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
                    assertThat(e.getOriginalMessage()).isEqualTo("Milestone.value: 175 is above 100 for a percentage");
                    assertThat(e.getPathReference()).isEqualTo("io.github.binhdang.core.strategy.Strategy[\"objectives\"]"
                            + "->java.util.ArrayList[0]->io.github.binhdang.core.strategy.Objective[\"targets\"]"
                            + "->java.util.ArrayList[0]->io.github.binhdang.core.strategy.Target[\"milestones\"]"
                            + "->java.util.ArrayList[1]");
                });
    }

    @Test
    void aMissingRequiredPropertyIsNamed() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"indicator\":\"A\",\"area\":\"1\",\"value\":1}", Observation.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("missing required property 'period' of Observation");
    }

    @Test
    void anObservationNeedsANumber() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"indicator\":\"A\",\"area\":\"1\",\"period\":\"2022\"}", Observation.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> assertThat(e.getOriginalMessage())
                        .isEqualTo("Observation.value: null is missing: an observation needs a value or its numerator"
                                + " and denominator"));
    }

    @Test
    void aValueOfTheWrongShapeSaysWhatWasExpected() {
        assertThatThrownBy(() -> MAPPER.readValue("2022", ReportingPeriod.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("expected a period as text, such as \"2022\" or \"2022-S1\", but found a number");
        assertThatThrownBy(() -> MAPPER.readValue("{\"value\":\"38.89\",\"unit\":\"percent\"}",
                        io.github.binhdang.core.unit.Quantity.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("expected a number but found text");
    }

    @Test
    void aPeriodOfAnotherKindIsRefused() {
        assertThatThrownBy(() -> MAPPER.readValue("\"2022-S1\"", QuarterPeriod.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> assertThat(e.getOriginalMessage())
                        .isEqualTo("QuarterPeriod: '2022-S1' is a HALF_YEAR period, not a QUARTER period"));
    }

    @Test
    void unknownCodesAndNamesAreRefused() {
        assertThatThrownBy(() -> MAPPER.readValue("\"percentage\"", Unit.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> assertThat(e.getOriginalMessage())
                        .startsWith("Unit.code: 'percentage' is not the code of a built-in unit"));
        assertThatThrownBy(() -> MAPPER.readValue("\"MORE\"", io.github.binhdang.core.strategy.Comparison.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> assertThat(e.getOriginalMessage())
                        .isEqualTo("Comparison: 'MORE' is not one of AT_LEAST, AT_MOST, BELOW, ABOVE, ABOUT, EQUAL"));
        assertThatThrownBy(() -> MAPPER.readValue("\"TOWARDS\"", Direction.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("a direction TOWARDS is an object with its kind, low and high");
    }

    @Test
    void anOnwardMilestoneIsForAYear() {
        String json = "{\"period\":\"2021/2025\",\"comparison\":\"AT_LEAST\",\"value\":1,\"unit\":\"percent\",\"onward\":true}";

        assertThatThrownBy(() -> MAPPER.readValue(json, Milestone.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> assertThat(e.getOriginalMessage())
                        .isEqualTo("Milestone.period: 2021/2025 is not a year; only a milestone for a year holds onward"));
    }

    @Test
    void aTargetNamesAnIndicatorByCodeOnlyInACatalogue() {
        Catalogue catalogue = Catalogue.ofStrategies(List.of(Fixtures.nationalStrategy()));
        String json = MAPPER.writeValueAsString(catalogue);
        assertThat(json).contains("\"indicator\":\"W_ENT\"");
        String target = "{\"code\":\"2.3\",\"text\":{\"vi\":\"a\",\"en\":\"a\"},\"indicator\":\"W_ENT\","
                + "\"milestones\":[{\"period\":\"2025\",\"comparison\":\"AT_LEAST\",\"value\":27,\"unit\":\"percent\"}]}";

        assertThatThrownBy(() -> MAPPER.readValue(target, Target.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> assertThat(e.getOriginalMessage())
                        .startsWith("Target.indicator: 'W_ENT' names no indicator listed before it"));

        JsonNode tree = MAPPER.readTree(json);
        ObjectNode swapped = MAPPER.createObjectNode();
        swapped.set("strategies", tree.get("strategies"));
        swapped.set("indicators", tree.get("indicators"));
        String strategiesFirst = MAPPER.writeValueAsString(swapped);
        assertThatThrownBy(() -> MAPPER.readValue(strategiesFirst, Catalogue.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void aPlanIsCheckedAgainstTheStrategyBeforeItInACatalogue() {
        Strategy national = Fixtures.nationalStrategy();
        Strategy plan = Fixtures.sonLaPlan(national);
        String json = MAPPER.writeValueAsString(Catalogue.ofStrategies(List.of(national, plan)))
                .replace("\"target\":\"2.3\"", "\"target\":\"9.9\"");

        assertThatThrownBy(() -> MAPPER.readValue(json, Catalogue.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> assertThat(e.getOriginalMessage())
                        .isEqualTo("Target.serves: VN-NSGE-2021-2030/9.9 is not a target of strategy VN-NSGE-2021-2030"));

        String alone = MAPPER.writeValueAsString(plan).replace("\"target\":\"2.3\"", "\"target\":\"9.9\"");
        assertThat(MAPPER.readValue(alone, Strategy.class).target("SL-2").orElseThrow().serves().orElseThrow().target())
                .isEqualTo("9.9");
    }

    @Test
    void anAreaBelongsToAPlan() {
        String json = "{\"code\":\"S\",\"title\":{\"vi\":\"a\",\"en\":\"a\"},\"span\":\"2021/2025\",\"area\":\"14\",\"objectives\":[]}";

        assertThatThrownBy(() -> MAPPER.readValue(json, Strategy.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("a strategy has an area only when it localises another");
    }

    @Test
    void aCatalogueRefusesTwoIndicatorsWithOneCode() {
        assertThatThrownBy(() -> Catalogue.of(List.of(Fixtures.womenOwners(), Fixtures.womenOwners()), List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Catalogue.indicators");
                    assertThat(e.value()).isEqualTo("W_ENT");
                    assertThat(e.getMessage()).isEqualTo("Catalogue.indicators: W_ENT is the code of two indicators");
                });
    }
}
