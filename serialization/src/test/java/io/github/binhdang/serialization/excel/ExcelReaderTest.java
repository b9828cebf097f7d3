package io.github.binhdang.serialization.excel;

import static io.github.binhdang.serialization.excel.Xlsx.formula;
import static io.github.binhdang.serialization.excel.Xlsx.number;
import static io.github.binhdang.serialization.excel.Xlsx.row;
import static io.github.binhdang.serialization.excel.Xlsx.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.serialization.csv.DatasetCsvReader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A sheet is read by the CSV reader's columns and cell forms, each row an observation or a finding at its
 * cell. The workbooks are written by hand ({@link Xlsx}); the expected values are the cells' own.
 */
class ExcelReaderTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String HEADER = "Mã chỉ tiêu";

    private static ExcelReadResult read(ExcelReader reader, Xlsx workbook) {
        return reader.read(new ByteArrayInputStream(workbook.bytes()), "son-la.xlsx");
    }

    @Test
    void vietnameseHeadersAndNumberCellsAsExcelShowsThem() {
        Xlsx book = new Xlsx().sheet("Số liệu",
                row(1, text("A1", HEADER), text("B1", "Mã địa bàn"), text("C1", "Kỳ báo cáo"), text("D1", "Giá trị")),
                // Excel writes the double nearest 38.89 with 17 digits.
                row(2, text("A2", "W_HDND"), text("B2", "14"), text("C2", "2017"), number("D2", "38.890000000000001")),
                row(3, text("A3", "W_ENT"), text("B3", "14"), number("C3", "2017"), number("D3", "15.1", 2)),
                row(4, text("A4", "W_SHARE"), text("B4", "14"), text("C4", "2017"), number("D4", "0.3889", 3)));
        ExcelReadResult result = read(ExcelReader.defaults(), book);
        assertThat(result.report().findings()).isEmpty();
        assertThat(result.dataset().size()).isEqualTo(3);
        List<Observation> o = result.dataset().stream().toList();
        assertThat(o.get(0).value()).contains(new BigDecimal("38.89"));
        // A year typed as a number is the period 2017; 15.1 in the format 0.00 shows 15.10.
        assertThat(o.get(1).period()).isEqualTo(ReportingPeriod.parse("2017"));
        assertThat(o.get(1).value()).contains(new BigDecimal("15.10"));
        // 0.3889 shown as 38.89% (format 0.00%).
        assertThat(o.get(2).value()).contains(new BigDecimal("38.89"));
        assertThat(result.rowsRead()).isEqualTo(3);
    }

    @Test
    void textCellsInVietnameseNotationAndQualifierWordsReadAsInCsv() {
        Xlsx book = new Xlsx().sheet("Data",
                row(1, text("A1", "indicator"), text("B1", "area"), text("C1", "period"), text("D1", "value"),
                        text("E1", "numerator"), text("F1", "denominator")),
                row(2, text("A2", "W_ENT"), text("B2", "14"), text("C2", "2017"), text("D2", "15,1"),
                        text("E2", "gần 400"), number("F2", "2539")));
        ExcelReader reader = ExcelReader.defaults()
                .withTable(DatasetCsvReader.defaults().withNotation(NumberNotation.VIETNAMESE));
        ExcelReadResult result = read(reader, book);
        assertThat(result.report().findings()).isEmpty();
        Observation o = result.dataset().get(0);
        assertThat(o.value()).contains(new BigDecimal("15.1"));
        assertThat(o.numerator()).contains(new BigDecimal("400"));
        assertThat(o.qualifier()).isEqualTo(Qualifier.NEARLY);
        // The number cell 2539 is written 2.539 for the Vietnamese notation, and read as 2539.
        assertThat(o.denominator()).contains(new BigDecimal("2539"));
    }

    @Test
    void badCellsAreFindingsAtTheirCellAndTheOtherRowsAreRead() {
        Xlsx book = new Xlsx().sheet("Data",
                row(1, text("A1", "indicator"), text("B1", "area"), text("C1", "period"), text("D1", "value")),
                row(2, text("A2", "W_ENT"), text("B2", "14"), text("C2", "2022Q5"), number("D2", "1")),
                row(4, text("A4", "W_ENT"), text("B4", "14"), text("C4", "2022"), text("D4", "12,3,4")),
                row(5, text("A5", "W_ENT"), text("B5", "14"), text("C5", "2021"), number("D5", "2")));
        ExcelReadResult result = read(ExcelReader.defaults(), book);
        assertThat(result.dataset().size()).isEqualTo(1);
        assertThat(result.rowsRead()).isEqualTo(3);
        assertThat(result.rowsReported()).isEqualTo(2);
        List<Finding> findings = result.report().findings();
        assertThat(findings).extracting(Finding::code).containsExactly("csv.value", "csv.value");
        Finding period = findings.get(0);
        assertThat(period.location().subject()).isEqualTo("Data!C2");
        assertThat(period.location().sheet()).contains("Data");
        assertThat(period.location().file()).contains("son-la.xlsx");
        assertThat(period.location().line()).hasValue(2);
        assertThat(period.location().column()).hasValue(3);
        assertThat(period.message()).startsWith("Cell Data!C2, column period '2022Q5'");
        assertThat(period.message(VI)).startsWith("Ô Data!C2, cột period “2022Q5”");
        assertThat(findings.get(1).location().subject()).isEqualTo("Data!D4");
    }

    @Test
    void formulasAreReadByTheirValueWithAFinding() {
        Xlsx book = new Xlsx().sheet("Data",
                row(1, text("A1", "indicator"), text("B1", "area"), text("C1", "period"), text("D1", "numerator"),
                        text("E1", "denominator"), text("F1", "value")),
                row(2, text("A2", "W_ENT"), text("B2", "14"), text("C2", "2017"), number("D2", "384"),
                        number("E2", "2539"), formula("F2", "ROUND(D2/E2*100,1)", "15.1")),
                row(3, text("A3", "W_ENT"), text("B3", "15"), text("C3", "2017"), number("D3", "1"),
                        number("E3", "4"), formula("F3", "D3/E3*100", null)));
        ExcelReadResult result = read(ExcelReader.defaults(), book);
        assertThat(result.dataset().get(0).value()).contains(new BigDecimal("15.1"));
        List<Finding> findings = result.report().findings();
        assertThat(findings).extracting(Finding::code).containsExactly("excel.formula", "excel.uncalculated");
        Finding note = findings.get(0);
        assertThat(note.severity()).isEqualTo(Severity.INFO);
        assertThat(note.location().subject()).isEqualTo("Data!F2");
        assertThat(note.message()).isEqualTo("Cell Data!F2 holds the formula =ROUND(D2/E2*100,1); its value as last"
                + " calculated, \"15.1\", was read");
        assertThat(note.message(VI)).startsWith("Ô Data!F2 chứa công thức =ROUND(D2/E2*100,1)");
        // Row 3's formula has no value, but its numerator and denominator make the observation.
        assertThat(findings.get(1).severity()).isEqualTo(Severity.WARNING);
        assertThat(result.dataset().size()).isEqualTo(2);
        assertThat(result.hasProblems()).isTrue();
    }

    @Test
    void titleRowsBlankSeparatorsAndATwoRowHeaderWithMergedCells() {
        // A1:D1 merged title; "Mã chỉ tiêu" merged A2:A3 (so A3 is blank); "Số liệu" merged D2:E2 over the
        // numerator and denominator; a blank row between the groups of rows.
        Xlsx book = new Xlsx().sheet("Báo cáo",
                row(1, text("A1", "BÁO CÁO SỐ LIỆU BÌNH ĐẲNG GIỚI NĂM 2017")),
                row(2, text("A2", HEADER), text("B2", "Mã địa bàn"), text("C2", "Kỳ báo cáo"), text("D2", "Số liệu")),
                row(3, text("B3", "Mã địa bàn"), text("D3", "Tử số"), text("E3", "Mẫu số")),
                row(4, text("A4", "W_ENT"), text("B4", "14"), text("C4", "2017"), number("D4", "384"),
                        number("E4", "2539")),
                row(5),
                row(7, text("A7", "W_ENT"), text("B7", "15"), text("C7", "2017"), number("D7", "10"), number("E7", "40"),
                        text("G7", "ghi nhầm cột")));
        ExcelReadResult result = read(ExcelReader.defaults(), book);
        assertThat(result.dataset().size()).isEqualTo(2);
        assertThat(result.dataset().get(0).numerator()).contains(new BigDecimal("384"));
        assertThat(result.dataset().get(1).denominator()).contains(new BigDecimal("40"));
        assertThat(result.report().findings()).extracting(Finding::code).containsExactly("excel.title", "excel.cell");
        assertThat(result.report().findings().get(1).location().subject()).isEqualTo("'Báo cáo'!G7");
    }

    @Test
    void aNamedSheetAndValidationNamingTheCell() {
        Xlsx book = new Xlsx().sheet("Notes", row(1, text("A1", "nothing here")))
                .sheet("Data", row(1, text("A1", "indicator"), text("B1", "area"), text("C1", "period"),
                        text("D1", "value")), row(2, text("A2", "W_ENT"), text("B2", "14"), text("C2", "2017"),
                        number("D2", "15.1")));
        ExcelReadResult result = read(ExcelReader.defaults().withSheet("Data"), book);
        assertThat(result.report().findings()).isEmpty();
        assertThat(result.dataset().position(0).orElseThrow().line()).isEqualTo(2);
        assertThat(result.dataset().source().orElseThrow().sheet()).contains("Data");
        assertThat(result.dataset().source().orElseThrow().column("value").orElseThrow().number()).isEqualTo(4);
    }

    @Test
    void theValidatorNamesTheCellOfAFindingInASheet() {
        Indicator share = Indicator.builder("W_ENT", BilingualText.of("Tỷ lệ nữ làm chủ doanh nghiệp",
                "Female share of enterprise owners"), MeasureKind.PERCENTAGE, Unit.PERCENT).decimals(1).build();
        ValidationContext context = ValidationContext.of(List.of(share), AreaHierarchy.builder().addAll(List.of(
                Area.of("14", BilingualText.of("Sơn La", "Son La"), AreaLevel.PROVINCE))).build());
        Xlsx book = new Xlsx().sheet("Số liệu",
                row(1, text("A1", "indicator"), text("B1", "area"), text("C1", "period"), text("D1", "status"),
                        text("E1", "Giá trị")),
                row(2, text("A2", "W_ENT"), text("B2", "14"), text("C2", "2017"), text("D2", "FINAL"),
                        number("E2", "105")));
        ExcelReadResult read = read(ExcelReader.defaults(), book);
        ValidationReport checked = DatasetValidator.defaults().validate(read.dataset(), context);
        // 105 % is out of a percentage's range: at E2, the value's cell.
        Finding range = checked.findings().stream().filter(f -> f.code().equals("percentage.range")).findFirst()
                .orElseThrow();
        assertThat(range.location().sheet()).contains("Số liệu");
        assertThat(range.location().line()).hasValue(2);
        assertThat(range.location().column()).hasValue(5);
        assertThat(range.location().toString()).contains("son-la.xlsx 'Số liệu'!E2 \"Giá trị\"");
    }

    @Test
    void blanksAroundATextCellAreReadAsAroundAQuotedCsvFieldNeverDroppedSilently() {
        // A cell is exactly what was typed, as a quoted CSV field is: the number keeps its text as written,
        // the code and the note are trimmed by the model, as the same row of CSV gives.
        Xlsx book = new Xlsx().sheet("Data",
                row(1, text("A1", "indicator"), text("B1", "area"), text("C1", "period"), text("D1", "value"),
                        text("E1", "note")),
                row(2, text("A2", " W_ENT "), text("B2", "14 "), text("C2", " 2017"), text("D2", " 38.89 "),
                        text("E2", "  ước tính  ")),
                row(3, text("A3", "  "), text("D3", " ")));
        ExcelReadResult sheet = read(ExcelReader.defaults(), book);
        assertThat(sheet.report().findings()).isEmpty();
        assertThat(sheet.rowsRead()).isEqualTo(1);
        Observation o = sheet.dataset().get(0);
        assertThat(o.indicator()).isEqualTo("W_ENT");
        assertThat(o.area()).isEqualTo("14");
        assertThat(o.value()).contains(new BigDecimal("38.89"));
        assertThat(o.note()).contains("ước tính");
        assertThat(sheet.dataset().written(0, "value")).contains(" 38.89 ");
        io.github.binhdang.serialization.csv.CsvReadResult csv = DatasetCsvReader.defaults().read(
                new ByteArrayInputStream(("indicator,area,period,value,note\n\" W_ENT \",\"14 \",\" 2017\","
                        + "\" 38.89 \",\"  ước tính  \"\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(csv.problems()).isEmpty();
        assertThat(csv.dataset().get(0)).isEqualTo(o);
        assertThat(csv.dataset().written(0, "value")).contains(" 38.89 ");
    }
}
