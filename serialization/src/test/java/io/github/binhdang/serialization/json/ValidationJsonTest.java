package io.github.binhdang.serialization.json;

import static io.github.binhdang.serialization.json.Fixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Location;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class ValidationJsonTest {

    private static final JsonMapper MAPPER = BinhdangJson.mapper();

    private static final ObservationKey KEY = new ObservationKey("W_ENT", "14", ReportingPeriod.parse("2017"),
            Breakdown.TOTAL);

    private static Finding percentage() {
        return new Finding("percentage.range", Severity.ERROR,
                Location.of(KEY, "value").withIndex(3).withPosition(5, 12), "105",
                "must be from 0 to 100 for a percentage", Map.of("max", dec("100")),
                BilingualText.of("{value} % nằm ngoài khoảng 0–{max}", "{value} % is outside 0–{max}"));
    }

    private static ValidationReport mixed() {
        ObservationKey female = new ObservationKey("W_HDND", "14", ReportingPeriod.parse("HDND:2016/2021"),
                Breakdown.of(Sex.FEMALE));
        Finding sum = new Finding("sex.sum", Severity.WARNING, Location.of(female, "numerator").withArea("10"),
                "384", "is not the sum of female and male",
                Map.of("sum", dec("383.50"), "count", 2, "rows", 7_000_000_000L, "field",
                        BilingualText.of("tử số", "numerator"), "period", "2017"),
                BilingualText.of("{field} {value} khác tổng {sum} của {count} dòng",
                        "{field} {value} is not the sum {sum} of {count} rows"));
        Finding target = new Finding("target.direction", Severity.INFO,
                Location.of("VN-NSGE-2021-2030/2.3", "milestones[2030].value").withIndicator("W_ENT"), "",
                "goes against the direction", Map.of(), BilingualText.of("Ngược hướng", "Against the direction"));
        Finding row = new Finding("row.null", Severity.ERROR, Location.ofIndex(4), "", "must not be null",
                Map.of("row", 5), BilingualText.of("Dòng {row} trống", "Row {row} is empty"));
        return ValidationReport.of(List.of(percentage(), sum, target, row));
    }

    @Test
    void writesAFindingWithItsMessagesInBothLanguages() {
        String expected = "{\"code\":\"percentage.range\",\"severity\":\"ERROR\",\"location\":{\"key\":"
                + "{\"indicator\":\"W_ENT\",\"area\":\"14\",\"period\":\"2017\"},\"subject\":\"W_ENT/14/2017/_T\","
                + "\"indicator\":\"W_ENT\",\"area\":\"14\",\"path\":\"value\",\"index\":3,\"line\":5,\"column\":12},"
                + "\"value\":\"105\",\"rule\":\"must be from 0 to 100 for a percentage\",\"arguments\":{\"max\":100},"
                + "\"template\":{\"vi\":\"{value} % nằm ngoài khoảng 0–{max}\",\"en\":\"{value} % is outside 0–{max}\"},"
                + "\"messageEn\":\"105 % is outside 0–100\",\"messageVi\":\"105 % nằm ngoài khoảng 0–100\"}";

        assertThat(MAPPER.writeValueAsString(percentage())).isEqualTo(expected);
    }

    @Test
    void readsAFindingBack() {
        Finding finding = percentage();

        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(finding), Finding.class)).isEqualTo(finding);
    }

    @Test
    void writesTheReportWithItsCounts() {
        String json = MAPPER.writeValueAsString(mixed());

        assertThat(json).startsWith("{\"acceptable\":false,\"counts\":{\"ERROR\":2,\"WARNING\":1,\"INFO\":1},"
                + "\"findings\":[{\"code\":\"percentage.range\"");
        // Integers keep their type through a tag; decimals keep their scale.
        assertThat(json).contains("\"arguments\":{\"count\":{\"int\":2},\"field\":{\"vi\":\"tử số\","
                + "\"en\":\"numerator\"},\"period\":\"2017\",\"rows\":{\"long\":7000000000},\"sum\":383.50}");
        assertThat(json).contains("\"messageEn\":\"numerator 384 is not the sum 383.50 of 2 rows\"");
        assertThat(json).contains("\"messageVi\":\"tử số 384 khác tổng 383,50 của 2 dòng\"");
    }

    @Test
    void readsEveryKindOfFindingAndLocationBack() {
        ValidationReport report = mixed();

        ValidationReport back = MAPPER.readValue(MAPPER.writeValueAsString(report), ValidationReport.class);

        assertThat(back).isEqualTo(report);
        assertThat(back.findings()).extracting(Finding::location).containsExactlyElementsOf(
                report.findings().stream().map(Finding::location).toList());
        assertThat(back.findings().get(1).arguments().get("count")).isInstanceOf(Integer.class);
        assertThat(back.findings().get(1).arguments().get("rows")).isInstanceOf(Long.class);
    }

    @Test
    void readsTheEmptyReport() {
        String json = MAPPER.writeValueAsString(ValidationReport.empty());

        assertThat(json).isEqualTo("{\"acceptable\":true,\"counts\":{\"ERROR\":0,\"WARNING\":0,\"INFO\":0},"
                + "\"findings\":[]}");
        assertThat(MAPPER.readValue(json, ValidationReport.class)).isEqualTo(ValidationReport.empty());
    }

    @Test
    void writesASeverityByItsName() {
        assertThat(MAPPER.writeValueAsString(Severity.WARNING)).isEqualTo("\"WARNING\"");
        assertThat(MAPPER.readValue("\"INFO\"", Severity.class)).isEqualTo(Severity.INFO);
    }

    @Test
    void refusesALineWithoutAColumn() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"subject\":\"#1\",\"line\":3}", Location.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("both 'line' and 'column' or neither");
    }

    @Test
    void refusesAFindingWithoutARule() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"code\":\"x\",\"severity\":\"ERROR\",\"location\":"
                + "{\"subject\":\"#1\"},\"value\":\"\",\"template\":{\"vi\":\"a\",\"en\":\"a\"}}", Finding.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("missing required property 'rule' of Finding");
    }
}
