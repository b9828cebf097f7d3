package io.github.binhdang.serialization.json;

import static io.github.binhdang.serialization.json.Fixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.progress.Assessment;
import io.github.binhdang.core.progress.ProgressStatus;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.progress.ScorecardRow;
import io.github.binhdang.core.progress.SeriesPoint;
import io.github.binhdang.core.progress.SkippedObservation;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.unit.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

class ProgressJsonTest {

    private static final JsonMapper MAPPER = BinhdangJson.mapper();

    private static final Milestone AT_LEAST_27 = Milestone.of(2025, Comparison.AT_LEAST, dec("27"), Unit.PERCENT);

    private static Assessment slow() {
        return Assessment.builder("binhdang", "2.3", AT_LEAST_27)
                .latest(SeriesPoint.of(YearPeriod.of(2017), dec("15.1")))
                .linearProjection(dec("20.3"))
                .annualChangeNeeded(dec("1.49"))
                .build(ProgressStatus.OFF_TRACK, BilingualText.of("Quá chậm", "Too slow"));
    }

    @Test
    void writesAnAssessment() {
        String expected = "{\"method\":\"binhdang\",\"target\":\"2.3\",\"milestone\":{\"period\":\"2025\","
                + "\"comparison\":\"AT_LEAST\",\"value\":27,\"unit\":\"percent\"},\"latest\":{\"period\":\"2017\","
                + "\"value\":15.1},\"achieved\":false,\"linearProjection\":20.3,\"annualChangeNeeded\":1.49,"
                + "\"status\":\"OFF_TRACK\",\"reason\":{\"vi\":\"Quá chậm\",\"en\":\"Too slow\"}}";

        assertThat(MAPPER.writeValueAsString(slow())).isEqualTo(expected);
    }

    @Test
    void readsAnAssessmentBack() {
        Assessment achieved = Assessment.builder("binhdang", "3.3", AT_LEAST_27)
                .latest(new SeriesPoint(YearPeriod.of(2024), dec("27.0"), Qualifier.NEARLY))
                .achieved(true)
                .compoundProjection(dec("31.25"))
                .build(ProgressStatus.ACHIEVED, BilingualText.of("Đã đạt", "Achieved"));

        for (Assessment a : List.of(slow(), achieved)) {
            assertThat(MAPPER.readValue(MAPPER.writeValueAsString(a), Assessment.class)).isEqualTo(a);
        }
        assertThat(MAPPER.writeValueAsString(achieved)).contains(
                "\"latest\":{\"period\":\"2024\",\"value\":27.0,\"qualifier\":\"NEARLY\"},\"achieved\":true");
    }

    @Test
    void writesAndReadsAMethodsOwnScoreAndCategory() {
        Assessment escap = Assessment.builder("escap", "2.3", AT_LEAST_27)
                .latest(SeriesPoint.of(YearPeriod.of(2023), dec("22.0")))
                .linearProjection(dec("25.0"))
                .score(dec("0.333"))
                .category(BilingualText.of("Cần đẩy nhanh tiến độ", "Accelerate progress"))
                .build(ProgressStatus.NEEDS_ACCELERATION, BilingualText.of("Chậm", "Slow"));

        String json = MAPPER.writeValueAsString(escap);

        assertThat(json).contains("\"linearProjection\":25.0,\"score\":0.333,\"category\":{\"vi\":"
                + "\"Cần đẩy nhanh tiến độ\",\"en\":\"Accelerate progress\"},\"status\":\"NEEDS_ACCELERATION\"");
        assertThat(MAPPER.readValue(json, Assessment.class)).isEqualTo(escap);
        assertThat(MAPPER.writeValueAsString(slow())).doesNotContain("score").doesNotContain("category");
    }

    @Test
    void writesAndReadsTheProgressValueEscapsIndicesAndAShownValue() {
        // A latest value computed from its components: exact for the methods, shown rounded.
        Assessment escap = Assessment.builder("escap", "2.3", AT_LEAST_27)
                .latest(new SeriesPoint(YearPeriod.of(2023), dec("15.12406459235919653406853091768413"),
                        Qualifier.EXACT, dec("15.1")))
                .score(dec("0.000"))
                .currentStatusIndex(dec("0.9"))
                .progressGap(dec("-0.79"))
                .build(ProgressStatus.ON_TRACK, BilingualText.of("Đúng", "On track"));
        Assessment openSdg = Assessment.builder("open-sdg", "2.3", AT_LEAST_27)
                .score(dec("3.617217363907743")).progressValue(dec("1.106410430947084"))
                .build(ProgressStatus.ON_TRACK, BilingualText.of("Đúng", "On track"));

        String json = MAPPER.writeValueAsString(escap);

        assertThat(json).contains("\"latest\":{\"period\":\"2023\",\"value\":15.12406459235919653406853091768413,"
                + "\"shown\":15.1}", "\"currentStatusIndex\":0.9,\"progressGap\":-0.79");
        assertThat(MAPPER.readValue(json, Assessment.class)).isEqualTo(escap);
        assertThat(MAPPER.writeValueAsString(openSdg)).contains("\"score\":3.617217363907743,"
                + "\"progressValue\":1.106410430947084");
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(openSdg), Assessment.class)).isEqualTo(openSdg);
        assertThat(MAPPER.writeValueAsString(slow())).doesNotContain("progressValue", "progressGap", "shown");
    }

    @Test
    void writesAndReadsAMilestonesOwnTolerance() {
        Milestone about = Milestone.of(2030, Comparison.ABOUT, dec("60"), Unit.PERCENT).withTolerance(dec("2"));
        Assessment a = Assessment.builder("binhdang", "1.1", about)
                .build(ProgressStatus.NO_DATA, BilingualText.of("Không có", "None"));

        String json = MAPPER.writeValueAsString(a);

        assertThat(json).contains("\"comparison\":\"ABOUT\",\"value\":60,\"unit\":\"percent\",\"tolerance\":2}");
        assertThat(MAPPER.readValue(json, Assessment.class)).isEqualTo(a);
    }

    @Test
    void readsAnAssessmentWithSkippedObservationsBack() {
        SkippedObservation skipped = new SkippedObservation(new ObservationKey("W_ENT", "14", YearPeriod.of(2022),
                Breakdown.TOTAL), BilingualText.of("mẫu số bằng 0", "the denominator is zero"));
        Assessment a = slow().withSkipped(List.of(skipped));

        String json = MAPPER.writeValueAsString(a);

        assertThat(json).contains("\"skipped\":[{\"key\":{\"indicator\":\"W_ENT\",\"area\":\"14\",\"period\":\"2022\"},"
                + "\"reason\":{\"vi\":\"mẫu số bằng 0\",\"en\":\"the denominator is zero\"}}]");
        assertThat(MAPPER.readValue(json, Assessment.class)).isEqualTo(a);
    }

    @Test
    void refusesSkippedObservationsWhoseSentenceIsNotInTheReason() {
        String json = MAPPER.writeValueAsString(slow()).replace("}}", "},\"skipped\":[{\"key\":{\"indicator\":"
                + "\"W_ENT\",\"area\":\"14\",\"period\":\"2022\"},\"reason\":{\"vi\":\"a\",\"en\":\"b\"}}]}");

        assertThatThrownBy(() -> MAPPER.readValue(json, Assessment.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("does not end with the sentence about the 1 skipped observations");
    }

    @Test
    void readsAScorecardRowBack() {
        Target target = Fixtures.nationalStrategy().objectives().get(1).targets().get(0);
        ScorecardRow row = new ScorecardRow(target, slow());

        String json = MAPPER.writeValueAsString(row);

        assertThat(json).startsWith("{\"target\":{\"code\":\"2.3\"");
        assertThat(json).contains(",\"assessment\":{\"method\":\"binhdang\",\"target\":\"2.3\"");
        assertThat(MAPPER.readValue(json, ScorecardRow.class)).isEqualTo(row);
    }

    @Test
    void writesAScorecardAndReadsItBack() {
        Scorecard scorecard = Scorecard.of(Fixtures.nationalStrategy(), Fixtures.sonLa2017(), Fixtures.SON_LA);

        JsonNode tree = MAPPER.readTree(MAPPER.writeValueAsString(scorecard));

        assertThat(tree.get("strategy").asString()).isEqualTo("VN-NSGE-2021-2030");
        assertThat(tree.get("area").asString()).isEqualTo("14");
        assertThat(tree.has("breakdown")).isFalse();
        assertThat(tree.get("method").asString()).isEqualTo(scorecard.method());
        assertThat(tree.get("counts").propertyNames()).containsExactly("ACHIEVED", "ON_TRACK", "NEEDS_ACCELERATION",
                "OFF_TRACK", "REGRESSING", "NO_DATA");
        assertThat(tree.get("rows")).hasSize(scorecard.rows().size());
        for (int i = 0; i < scorecard.rows().size(); i++) {
            ScorecardRow row = scorecard.rows().get(i);
            assertThat(tree.get("rows").get(i).get("assessment").get("status").asString())
                    .isEqualTo(row.status().name());
            assertThat(tree.get("counts").get(row.status().name()).asInt()).isEqualTo(scorecard.count(row.status()));
        }
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(scorecard), Scorecard.class)).isEqualTo(scorecard);
        assertThatThrownBy(() -> MAPPER.readValue("{\"strategy\":\"S\",\"area\":\"14\",\"method\":\"m\"}",
                Scorecard.class))
                .isInstanceOf(tools.jackson.databind.DatabindException.class).hasMessageContaining("rows");
    }

    @Test
    void writesAStatusByItsName() {
        assertThat(MAPPER.writeValueAsString(ProgressStatus.NEEDS_ACCELERATION)).isEqualTo("\"NEEDS_ACCELERATION\"");
        assertThat(MAPPER.readValue("\"NO_DATA\"", ProgressStatus.class)).isEqualTo(ProgressStatus.NO_DATA);
    }
}
