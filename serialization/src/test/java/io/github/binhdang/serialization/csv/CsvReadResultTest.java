package io.github.binhdang.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Location;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvReadResultTest {

    private static CsvReadResult read(String text) {
        return DatasetCsvReader.defaults().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBadNumberOnLineSevenIsAValueFindingAtLineSevenColumnFour() {
        String csv = "indicator,area,period,value\n"   // line 1
                + "A,14,2017,1\n"                     // line 2
                + "B,14,2017,2\n"                     // line 3
                + "C,14,2017,3\n"                     // line 4
                + "D,14,2017,4\n"                     // line 5
                + "E,14,2017,5\n"                     // line 6
                + "F,14,2017,12.3.4\n"                // line 7
                + "G,14,2017,7\n";                    // line 8

        ValidationReport report = read(csv).report();

        assertThat(report.size()).isEqualTo(1);
        assertThat(report.isAcceptable()).isFalse();
        Finding finding = report.findings().get(0);
        assertThat(finding.code()).isEqualTo("csv.value");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.value()).isEqualTo("12.3.4");
        assertThat(finding.rule()).isEqualTo("cannot be read as a number: unexpected character '.', at character 5");
        Location location = finding.location();
        assertThat(location.subject()).isEqualTo("line 7");
        assertThat(location.path()).isEqualTo("value");
        assertThat(location.line()).hasValue(7);
        assertThat(location.column()).hasValue(4);
        assertThat(location.key()).isEmpty();
        assertThat(location.header()).contains("value");
        assertThat(location.written()).contains("12.3.4");
        assertThat(location).isEqualTo(Location.of("line 7", "value").withPosition(7, 4).withHeader("value")
                .withWritten("12.3.4"));
        assertThat(finding.message()).isEqualTo(
                "Line 7, column value '12.3.4': cannot be read as a number: unexpected character '.', at character 5");
        assertThat(finding.message(Locale.forLanguageTag("vi"))).isEqualTo(
                "Dòng 7, cột value “12.3.4”: không đọc được số '12.3.4' (lỗi ở ký tự 5); hãy ghi số như 1234.5");
    }

    @Test
    void aDuplicateRowIsADuplicateFindingAtTheStartOfItsLine() {
        CsvReadResult result = read("indicator,area,period,value\n"
                + "W_ENT,14,2017,15.1\n"
                + "W_ENT,14,2017,15.2\n");

        Finding finding = result.report().findings().get(0);

        assertThat(finding.code()).isEqualTo("csv.duplicate");
        assertThat(finding.location()).isEqualTo(Location.of("line 3", "").withPosition(3, 1)
                .withWritten("W_ENT/14/2017/_T"));
        assertThat(finding.message(Locale.forLanguageTag("vi"))).isEqualTo("Dòng 3: trùng khóa W_ENT/14/2017/_T"
                + " với hàng ở dòng 2; mỗi khóa chỉ có một giá trị");
    }

    @Test
    void aMissingColumnIsAHeaderFindingAtColumnOne() {
        Finding finding = read("indicator,area,value\nW_ENT,14,15.1\n").report().findings().get(0);

        assertThat(finding.code()).isEqualTo("csv.header");
        assertThat(finding.location()).isEqualTo(Location.of("line 1", "period").withPosition(1, 1).withWritten(""));
        assertThat(finding.message()).startsWith("Line 1, column period: missing required column 'period'");
    }

    @Test
    void aRowWithTooManyFieldsIsAFieldCountFinding() {
        Finding finding = read("indicator,area,period,value\nW_ENT,14,2017,15,1\n").report().findings().get(0);

        assertThat(finding.code()).isEqualTo("csv.fields");
        assertThat(finding.location().line()).hasValue(2);
    }

    @Test
    void aFileWithoutProblemsGivesTheEmptyReport() {
        assertThat(read("indicator,area,period,value\nW_ENT,14,2017,15.1\n").report())
                .isEqualTo(ValidationReport.empty());
    }
}
