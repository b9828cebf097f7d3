package io.github.binhdang.core.validation;

import static io.github.binhdang.core.validation.Fixtures.CONTEXT;
import static io.github.binhdang.core.validation.Fixtures.Y2017;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a rule sees: each observation reports what the scope tells it about the input. */
class RuleScopeTest {

    private static final ObservationKey SON_LA = new ObservationKey("DV_MODELS", "14", Y2017, Breakdown.TOTAL);

    /** Reports, for each observation: its index, whether it repeats, where Sơn La's models are and what they hold. */
    private static final Rule PROBE = new Rule() {
        @Override
        public String code() {
            return "test.probe";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.INFO;
        }

        @Override
        public Map<String, BigDecimal> defaultParameters() {
            return Map.of("level", BigDecimal.ONE);
        }

        @Override
        public BilingualText message() {
            return BilingualText.of("{seen}", "{seen}");
        }

        @Override
        public void check(Observation o, RuleScope scope) {
            String seen = scope.index() + " " + scope.isRepeat() + " " + scope.firstIndex(SON_LA) + " "
                    + scope.find(SON_LA).flatMap(Observation::value).map(BigDecimal::toPlainString).orElse("-") + " "
                    + scope.rule().code() + " " + scope.severity() + " " + scope.parameter("level").orElseThrow() + " "
                    + scope.indicator(o.indicator()).isPresent() + " " + (scope.context() == CONTEXT);
            scope.report(scope.at(""), "", "probed", Map.of("seen", seen));
        }
    };

    private static final DatasetValidator VALIDATOR = DatasetValidator.of(RuleSet.of(PROBE));

    private static final Observation A = Observation.builder("DV_GROUPS", "14", Y2017).value(170).build();
    private static final Observation B = Observation.builder("DV_MODELS", "14", Y2017).value(65).build();
    private static final Observation B2 = Observation.builder("DV_MODELS", "14", Y2017).value(66).build();

    @Test
    void aRawListKnowsRepeatsAndTheFirstOfEachKey() {
        assertThat(VALIDATOR.validate(List.of(A, B, B2), CONTEXT).findings()).extracting(Finding::message).containsExactly(
                "OptionalInt[0] false OptionalInt[1] 65 test.probe INFO 1 true true",
                "OptionalInt[1] false OptionalInt[1] 65 test.probe INFO 1 true true",
                "OptionalInt[2] true OptionalInt[1] 65 test.probe INFO 1 true true");
    }

    @Test
    void aDatasetAnswersFromItsIndex() {
        assertThat(VALIDATOR.validate(Dataset.of(List.of(A, B)), CONTEXT).findings()).extracting(Finding::message)
                .containsExactly(
                        "OptionalInt[0] false OptionalInt[1] 65 test.probe INFO 1 true true",
                        "OptionalInt[1] false OptionalInt[1] 65 test.probe INFO 1 true true");
    }

    @Test
    void aSingleObservationHasNoOthers() {
        Finding f = Fixtures.single(VALIDATOR.validate(B, CONTEXT));
        assertThat(f.message()).isEqualTo("OptionalInt.empty false OptionalInt.empty - test.probe INFO 1 true true");
        assertThat(f.location()).hasToString("DV_MODELS/14/2017/_T");
    }

    @Test
    void aSeverityCanBeChangedByTheRuleSet() {
        DatasetValidator warned = DatasetValidator.of(RuleSet.of(PROBE).withSeverity("test.probe", Severity.WARNING)
                .withParameter("test.probe", "level", BigDecimal.TEN));
        assertThat(Fixtures.single(warned.validate(B, CONTEXT)).message())
                .isEqualTo("OptionalInt.empty false OptionalInt.empty - test.probe WARNING 10 true true");
    }
}
