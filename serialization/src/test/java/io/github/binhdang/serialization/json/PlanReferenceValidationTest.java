package io.github.binhdang.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.ValidationContext;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A province's plan read from JSON without the national strategy takes its references as written; the
 * rule {@code target.reference} is what finds one that points at a national target that does not exist.
 */
class PlanReferenceValidationTest {

    private static final JsonMapper MAPPER = BinhdangJson.mapper();

    @Test
    void aPlanReadFromJsonServingAMissingNationalTargetIsAFinding() {
        Strategy national = Fixtures.nationalStrategy();
        String json = MAPPER.writeValueAsString(Fixtures.sonLaPlan(national));
        // Target SL-2 serves national target 2.3; the file says 2.9, which the national strategy lacks.
        String edited = json.replace("\"target\":\"2.3\"", "\"target\":\"2.9\"");
        assertThat(edited).isNotEqualTo(json);
        Strategy plan = MAPPER.readValue(edited, Strategy.class);

        ValidationContext context = ValidationContext.of(national, Fixtures.laoCaiMerger());
        List<Finding> findings = DatasetValidator.defaults().validate(plan, context).findings().stream()
                .filter(f -> f.code().equals("target.reference")).toList();

        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.location().toString()).isEqualTo("SL-GE-2021-2025/SL-2 serves");
        assertThat(f.message()).isEqualTo(
                "Target SL-2 serves target 2.9 of strategy VN-NSGE-2021-2030, which has no target 2.9");
        assertThat(f.message(Locale.forLanguageTag("vi"))).isEqualTo("Chỉ tiêu SL-2 phục vụ chỉ tiêu 2.9 của chiến"
                + " lược VN-NSGE-2021-2030, nhưng chiến lược này không có chỉ tiêu 2.9");
    }

    @Test
    void theUneditedPlanServesOnlyTargetsTheNationalStrategyHas() {
        Strategy national = Fixtures.nationalStrategy();
        Strategy plan = MAPPER.readValue(MAPPER.writeValueAsString(Fixtures.sonLaPlan(national)), Strategy.class);
        ValidationContext context = ValidationContext.of(national, Fixtures.laoCaiMerger());
        assertThat(DatasetValidator.defaults().validate(plan, context).findings())
                .extracting(Finding::code).doesNotContain("target.reference");
    }
}
