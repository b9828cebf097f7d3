package io.github.binhdang.serialization.excel;

import static io.github.binhdang.serialization.excel.Xlsx.number;
import static io.github.binhdang.serialization.excel.Xlsx.row;
import static io.github.binhdang.serialization.excel.Xlsx.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 22: a sheet whose cell references are no cells of a sheet is refused with one finding, before
 * FastExcel 0.19.0 reads it (which, for {@code <c r="Dindicat1">}, the case {@code ExcelFuzzTest#sheetXml}
 * found, grows a row's list of cells to the column those letters make and runs out of memory). The limits
 * are Excel's (Microsoft, "Excel specifications and limits": 1,048,576 rows by 16,384 columns, the last
 * {@code XFD}); the references are worked out by hand: {@code XFD} is 24×676 + 6×26 + 4 = 16,384, {@code XFE}
 * one more.
 */
class ExcelCellReferenceTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @TempDir
    Path dir;

    private static Xlsx header(String... more) {
        String[] rows = new String[more.length + 1];
        rows[0] = row(1, text("A1", "indicator"), text("B1", "area"), text("C1", "period"), text("D1", "value"));
        System.arraycopy(more, 0, rows, 1, more.length);
        return new Xlsx().sheet("Số liệu", rows);
    }

    private static ExcelReadResult read(Xlsx book) {
        return ExcelReader.defaults().read(new ByteArrayInputStream(book.bytes()), "son-la.xlsx");
    }

    @Test
    void theFuzzersCaseIsOneFindingNamingFileSheetAndReferenceNotAnOutOfMemoryError() throws IOException {
        String cell = "<c r=\"Dindicat1\"><v>1</v></c>";
        Xlsx book = header("<row r=\"2\">" + cell + "</row>");
        for (ExcelReadResult result : new ExcelReadResult[] {read(book), fromFile(book)}) {
            assertThat(result.dataset().isEmpty()).isTrue();
            assertThat(result.rowsRead()).isZero();
            assertThat(result.report().findings()).hasSize(1);
            Finding f = result.report().findings().get(0);
            assertThat(f.code()).isEqualTo("excel.reference");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().sheet()).contains("Số liệu");
            assertThat(f.location().line()).hasValue(2);
            assertThat(f.message()).isEqualTo("son-la.xlsx: sheet Số liệu holds the cell reference \"Dindicat1\" (row"
                    + " 2), which is no cell of a sheet (columns A to XFD, rows 1 to 1048576): the sheet was not read. A"
                    + " spreadsheet program does not write this; save the file again from one");
            assertThat(f.message(VI)).startsWith("son-la.xlsx: trang tính Số liệu có tham chiếu ô \"Dindicat1\" (hàng 2)");
        }
    }

    private ExcelReadResult fromFile(Xlsx book) throws IOException {
        Path file = dir.resolve("son-la.xlsx");
        Files.write(file, book.bytes());
        return ExcelReader.defaults().read(file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XFE2", "AAAA2", "dindicat2", "D1048577", "D0", "D", "2", "D-2", "D2x", "D 2",
        "$$D2", "D12345678"})
    void aReferenceOutsideExcelsLimitsOrNoReferenceAtAllRefusesTheSheet(String reference) {
        ExcelReadResult result = read(header(row(2, text("A2", "W_ENT"), text("B2", "14"), text("C2", "2017"),
                "<c r=\"" + reference + "\"><v>1</v></c>")));
        assertThat(result.report().findings()).extracting(Finding::code).containsExactly("excel.reference");
        assertThat(result.report().findings().get(0).location().written()).contains(reference);
        assertThat(result.dataset().isEmpty()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"D2, 38.89", "d2, 38.89", "$D$2, 38.89", "D$2, 38.89"})
    void referencesWithinTheLimitsAreReadInAnyCaseAndWithDollars(String reference, String value) {
        ExcelReadResult result = read(header(row(2, text("A2", "W_ENT"), text("B2", "14"), text("C2", "2017"),
                "<c r=\"" + reference + "\"><v>" + value + "</v></c>")));
        assertThat(result.report().findings()).isEmpty();
        assertThat(result.dataset().get(0).value()).hasValueSatisfying(v -> assertThat(v).hasToString(value));
    }

    @Test
    void theLastCellOfASheetIsACell() {
        // XFD1048576 is the last cell; text there is outside the table, a warning, and the sheet is read.
        ExcelReadResult result = read(header(row(2, text("A2", "W_ENT"), text("B2", "14"), text("C2", "2017"),
                number("D2", "1")), row(1_048_576, text("XFD1048576", "cuối"))));
        assertThat(result.report().findings()).extracting(Finding::code).containsExactly("excel.cell");
        assertThat(result.dataset().size()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1048577", "0", "x", "-1", "2.0"})
    void aRowNumberOutsideTheLimitsRefusesTheSheet(String number) {
        ExcelReadResult result = read(header("<row r=\"" + number + "\"><c><v>1</v></c></row>"));
        assertThat(result.report().findings()).extracting(Finding::code).containsExactly("excel.reference");
        assertThat(result.report().findings().get(0).location().written()).contains(number);
    }

    @Test
    void aRowOfMoreCellsWithoutReferencesThanASheetHasColumnsIsRefusedAtTheFirstPastXfd() {
        // Cells without r take the column of their place: the 16,385th is XFE.
        String cells = "<c><v>1</v></c>".repeat(16_385);
        ExcelReadResult result = read(header("<row r=\"2\">" + cells + "</row>"));
        assertThat(result.report().findings()).extracting(Finding::code).containsExactly("excel.reference");
        assertThat(result.report().findings().get(0).location().written()).contains("XFE2");
        // 16,384 of them are a full row, read.
        ExcelReadResult full = read(header("<row r=\"2\">" + "<c><v>1</v></c>".repeat(16_384) + "</row>"));
        assertThat(full.report().findings()).extracting(Finding::code).doesNotContain("excel.reference");
    }

    @Test
    void aRowNestedInARowDoesNotRestartTheCountOfPlaces() {
        // FastExcel's row goes on past a row start inside it; only a row that is a child of sheetData restarts.
        String half = "<c><v>1</v></c>".repeat(10_000);
        ExcelReadResult result = read(header("<row r=\"2\">" + half + "<row r=\"3\"></row>" + half + "</row>"));
        assertThat(result.report().findings()).extracting(Finding::code).contains("excel.reference");
    }
}
