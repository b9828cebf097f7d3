package io.github.binhdang.serialization.dhis2;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.serialization.json.Fixtures;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A set of six data values with an unknown organisation unit, a bad period, a non-numeric value and a
 * duplicate, the conflicts and counts worked out by hand: index 0 is new (imported), index 1 has the key
 * of the target's W_ENT/14/2018 (updated), 2 to 5 are ignored.
 */
class Dhis2ImporterTest {

    private static final ValidationContext CONTEXT = ValidationContext.of(List.of(Fixtures.womenOwners()),
            Fixtures.laoCaiMerger());
    private static final Dataset TARGET = Dataset.builder()
            .add(Observation.of("W_ENT", "14", YearPeriod.of(2018), new BigDecimal("16.0"))).build();

    private static final String JSON = String.join("\n",
            /* 1 */ "{\"orgUnit\": \"ouSonLa0014\", \"dataValues\": [",
            /* 2 */ "{\"dataElement\": \"deWENT00001\", \"period\": \"2017\", \"value\": \"15.1\"},",
            /* 3 */ "{\"dataElement\": \"deWENT00001\", \"period\": \"2018\", \"value\": \"16.2\"},",
            /* 4 */ "{\"dataElement\": \"deWENT00001\", \"period\": \"2019\", \"orgUnit\": \"ouUnknown01\", \"value\": \"17\"},",
            /* 5 */ "{\"dataElement\": \"deWENT00001\", \"period\": \"2022Q5\", \"value\": \"18\"},",
            /* 6 */ "{\"dataElement\": \"deWENT00001\", \"period\": \"2020\", \"value\": \"abc\"},",
            /* 7 */ "{\"dataElement\": \"deWENT00001\", \"period\": \"2017\", \"value\": \"15.2\"}",
            /* 8 */ "]}");

    private static final String CSV = String.join("\n",
            /* 1 */ "dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,lastupdated,comment,followup",
            /* 2 */ "deWENT00001,2017,ouSonLa0014,,,15.1,,,,",
            /* 3 */ "deWENT00001,2018,ouSonLa0014,,,16.2,,,,",
            /* 4 */ "deWENT00001,2019,ouUnknown01,,,17,,,,",
            /* 5 */ "deWENT00001,2022Q5,ouSonLa0014,,,18,,,,",
            /* 6 */ "deWENT00001,2020,ouSonLa0014,,,abc,,,,",
            /* 7 */ "deWENT00001,2017,ouSonLa0014,,,15.2,,,,");

    private static Dhis2Importer importer() {
        return Dhis2Importer.of(Dhis2Reader.of(Dhis2RoundTripTest.MAP), CONTEXT).withTarget(TARGET);
    }

    private static void assertCounts(ImportSummary summary) {
        assertThat(summary.status()).isEqualTo(ImportSummary.Status.WARNING);
        assertThat(summary.importCount()).isEqualTo(new ImportSummary.Count(1, 1, 4, 0));
        assertThat(summary.dataValues()).isEqualTo(6);
        assertThat(summary.rejectedIndexes()).containsExactly(2, 3, 4, 5);
        assertThat(summary.conflicts()).extracting(ImportConflict::object, ImportConflict::errorCode,
                ImportConflict::property, ImportConflict::indexes).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ouUnknown01", "E7612", "orgUnit", List.of(2)),
                        org.assertj.core.groups.Tuple.tuple("2022Q5", "E7611", "period", List.of(3)),
                        org.assertj.core.groups.Tuple.tuple("abc", "E7619", "value", List.of(4)),
                        org.assertj.core.groups.Tuple.tuple("deWENT00001", "", "dataElement", List.of(5)));
    }

    @Test
    void jsonSetGivesTheConflictsAndCountsWorkedOutByHand() {
        ImportSummary summary = importer().importJson(new StringReader(JSON));
        assertCounts(summary);
        // Each finding at its data value's line and the column where the property's value starts:
        // line 5, {"dataElement": "deWENT00001", "period": "2022Q5" puts the value's quote at 42.
        Finding period = summary.report().findings().stream().filter(f -> f.code().equals("dhis2.period"))
                .findFirst().orElseThrow();
        assertThat(period.location().line()).hasValue(5);
        assertThat(period.location().column()).hasValue(42);
        assertThat(period.location().subject()).isEqualTo("dataValues[3]");
        assertThat(period.message(Locale.forLanguageTag("vi"))).startsWith("giá trị dữ liệu #3 (dòng 5, cột 42), period “2022Q5”:");
    }

    @Test
    void csvSetGivesTheSameConflictsAtLineAndColumn() {
        ImportSummary summary = importer().importCsv(new StringReader(CSV));
        assertCounts(summary);
        Finding orgUnit = summary.report().findings().stream().filter(f -> f.code().equals("dhis2.code"))
                .findFirst().orElseThrow();
        assertThat(orgUnit.location().line()).hasValue(4);
        assertThat(orgUnit.location().column()).hasValue(3);
        assertThat(orgUnit.location().index()).hasValue(2);
        Finding duplicate = summary.report().findings().stream().filter(f -> f.code().equals("dhis2.duplicate"))
                .findFirst().orElseThrow();
        assertThat(duplicate.message()).contains("(line 2)");
    }

    @Test
    void theSummaryIsWrittenInDhis2Shape() {
        String json = importer().importCsv(new StringReader(CSV)).toJson();
        assertThat(json).startsWith("{\"responseType\":\"ImportSummary\",\"status\":\"WARNING\",\"importCount\":"
                + "{\"imported\":1,\"updated\":1,\"ignored\":4,\"deleted\":0},\"conflicts\":[{\"object\":\"ouUnknown01\","
                + "\"value\":\"has no area in the code map\",\"errorCode\":\"E7612\",\"property\":\"orgUnit\","
                + "\"indexes\":[2]}");
        assertThat(json).endsWith("\"rejectedIndexes\":[2,3,4,5]}");
    }

    @Test
    void aSetWithNothingTakenIsAnError() {
        ImportSummary summary = importer().importCsv(new StringReader(
                "deWENT00001,2022July,ouSonLa0014,,,15.1,,,,\ndeWENT00001,2022W05,ouSonLa0014,,,15.1,,,,"));
        assertThat(summary.status()).isEqualTo(ImportSummary.Status.ERROR);
        assertThat(summary.importCount()).isEqualTo(new ImportSummary.Count(0, 0, 2, 0));
        assertThat(summary.conflicts()).extracting(ImportConflict::value).allSatisfy(v -> assertThat(v)
                .containsAnyOf("financial year", "week"));
    }
}
