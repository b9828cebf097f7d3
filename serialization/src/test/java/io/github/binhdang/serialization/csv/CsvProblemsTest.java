package io.github.binhdang.serialization.csv;

import io.github.binhdang.serialization.csv.CsvProblem.Kind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of problem gets its finding's code where it arises, whatever its message says. */
class CsvProblemsTest {

    private static CsvReadResult read(String text) {
        return DatasetCsvReader.defaults().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // The file: nothing in it; a quote never closed.
            "''                                                             | csv.empty",
            "'indicator,area,period,value\nA,14,2019,\"1\n'                 | csv.syntax",
            // The header: an unknown column, one given twice, one missing, a dimension beside breakdown.
            "'indicator,area,period,value,colour\nA,14,2019,1,red\n'        | csv.header",
            "'indicator,area,period,value,VALUE\nA,14,2019,1,2\n'           | csv.header",
            "'indicator,area,value\nA,14,1\n'                               | csv.header",
            "'indicator,area,period,numerator2\nA,14,2019,1\n'              | csv.header",
            "'indicator,area,period,value,breakdown,sex\nA,14,2019,1,_T,F\n' | csv.header",
            // A field: an empty indicator, a blank period, a bad number, a bad sex, a bad status.
            "'indicator,area,period,value\n,14,2019,1\n'                    | csv.value",
            "'indicator,area,period,value\nA,14, ,1\n'                      | csv.value",
            "'indicator,area,period,value\nA,14,2019,1..2\n'                | csv.value",
            "'indicator,area,period,value,sex\nA,14,2019,1,X\n'             | csv.value",
            "'indicator,area,period,value,status\nA,14,2019,1,DONE\n'       | csv.value",
            // A row: too many fields; no number (it names the value column, yet is the row's).
            "'indicator,area,period,value\nA,14,2019,1,2\n'                 | csv.fields",
            "'indicator,area,period,value,numerator\nA,14,2019,,\n'         | csv.row",
            // A repeated key.
            "'indicator,area,period,value\nA,14,2019,1\nA,14,2019,2\n'      | csv.duplicate"})
    void eachProblemHasTheCodeOfWhereItArose(String csv, String code) {
        List<Finding> findings = read(csv).report().findings();

        assertThat(findings).extracting(Finding::code).contains(code);
        assertThat(findings).extracting(Finding::code).containsOnly(code);
    }

    @Test
    void theVietnameseMessageOfAFileProblemShowsNoValue() {
        Finding empty = read("").report().findings().get(0);

        assertThat(empty.message(Locale.forLanguageTag("vi"))).isEqualTo("Dòng 1: tệp trống: dòng đầu tiên phải là"
                + " dòng tiêu đề ghi tên các cột indicator, area, period và value (hoặc numerator)");
    }

    @Test
    void aResultHasOneFindingPerProblem() {
        CsvProblem problem = new CsvProblem(Kind.ROW, 2, "", 0, "", "the row has no value, numerator or denominator");

        assertThatThrownBy(() -> new CsvReadResult(Dataset.builder().build(), List.of(problem), ValidationReport.empty()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("CsvReadResult.report"));
    }
}
