package io.github.binhdang.serialization.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: merged header cells, in workbooks written here with FastExcel's writer, which writes a sheet's
 * {@code <mergeCells>} as a spreadsheet program does. A merged cell shows the text of its first (top left)
 * cell; the others are hidden, and may still hold text (LibreOffice Calc, merging cells, offers to keep
 * it). The expected values are the cells written.
 */
class ExcelMergedHeaderTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private interface Sheet {
        void write(Worksheet ws);
    }

    private static ExcelReadResult read(Sheet sheet) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook book = new Workbook(bytes, "binhdang-test", "1.0");
        sheet.write(book.newWorksheet("Số liệu"));
        book.finish();
        return ExcelReader.defaults().read(new ByteArrayInputStream(bytes.toByteArray()), "son-la.xlsx");
    }

    private static void rows(Worksheet ws, int first) {
        ws.value(first, 0, "W_HDND");
        ws.value(first, 1, "14");
        ws.value(first, 2, "2016-2021");
        ws.value(first, 3, new BigDecimal("38.89"));
        ws.value(first + 1, 0, "W_ENT");
        ws.value(first + 1, 1, "14");
        ws.value(first + 1, 2, "2017");
        ws.value(first + 1, 3, new BigDecimal("15.1"));
    }

    @Test
    void aHeaderMergedOverTwoColumnsIsTheHeaderOfTheFirstAndATitleMergedOverTheTableIsSkipped() throws IOException {
        ExcelReadResult result = read(ws -> {
            ws.value(0, 0, "BÁO CÁO SỐ LIỆU BÌNH ĐẲNG GIỚI TỈNH SƠN LA");
            ws.range(0, 0, 0, 4).merge();
            ws.value(1, 0, "Mã chỉ tiêu");
            ws.value(1, 1, "Mã địa bàn");
            ws.value(1, 2, "Kỳ báo cáo");
            ws.value(1, 3, "Giá trị");
            ws.range(1, 3, 1, 4).merge();
            rows(ws, 2);
        });
        assertThat(result.dataset().size()).isEqualTo(2);
        assertThat(result.dataset().get(0).value()).contains(new BigDecimal("38.89"));
        assertThat(result.dataset().get(1).value()).contains(new BigDecimal("15.1"));
        assertThat(result.report().findings()).extracting(Finding::code).containsExactly("excel.title", "excel.merged");
        Finding merged = result.report().findings().get(1);
        assertThat(merged.severity()).isEqualTo(Severity.INFO);
        assertThat(merged.location().subject()).isEqualTo("'Số liệu'!D2");
        assertThat(merged.message()).isEqualTo("Header cell 'Số liệu'!D2, \"Giá trị\", is merged over D2:E2: it is the"
                + " header of its first column, D, only");
        assertThat(merged.message(VI)).isEqualTo("Ô tiêu đề 'Số liệu'!D2, \"Giá trị\", được gộp trên vùng D2:E2: ô này"
                + " chỉ là tiêu đề của cột đầu tiên của vùng, cột D");
    }

    @Test
    void textKeptInHiddenCellsOfAMergeIsNotReadAsAHeaderButSaid() throws IOException {
        // Without the merges, E2's hidden "Giá trị" would name the value column twice, and E1's hidden "Mã chỉ
        // tiêu" would make the title row the header: nothing would be read.
        ExcelReadResult result = read(ws -> {
            ws.value(0, 0, "Báo cáo năm 2017");
            ws.value(0, 4, "Mã chỉ tiêu");
            ws.range(0, 0, 0, 4).merge();
            ws.value(1, 0, "Mã chỉ tiêu");
            ws.value(1, 1, "Mã địa bàn");
            ws.value(1, 2, "Kỳ báo cáo");
            ws.value(1, 3, "Giá trị");
            ws.value(1, 4, "Giá trị");
            ws.range(1, 3, 1, 4).merge();
            rows(ws, 2);
        });
        assertThat(result.dataset().size()).isEqualTo(2);
        assertThat(result.report().findings()).extracting(Finding::code)
                .containsExactly("excel.title", "excel.hidden", "excel.merged");
        Finding hidden = result.report().findings().get(1);
        assertThat(hidden.severity()).isEqualTo(Severity.WARNING);
        assertThat(hidden.message()).isEqualTo("Cell 'Số liệu'!E2 holds \"Giá trị\" but is hidden under the merged"
                + " cells D2:E2, which show the text of D2: it is not read");
        assertThat(hidden.message(VI)).startsWith("Ô 'Số liệu'!E2 ghi \"Giá trị\" nhưng bị che dưới vùng ô gộp D2:E2");
    }

    @Test
    void aGroupMergedAboveTheNamesOfATwoRowHeaderNamesNoColumn() throws IOException {
        // "Số liệu" over D:E, the names below it; "Mã chỉ tiêu" merged down over both header rows.
        ExcelReadResult result = read(ws -> {
            ws.value(0, 0, "Mã chỉ tiêu");
            ws.range(0, 0, 1, 0).merge();
            ws.value(0, 1, "Mã địa bàn");
            ws.value(0, 2, "Kỳ báo cáo");
            ws.value(0, 3, "Số liệu");
            ws.range(0, 3, 0, 4).merge();
            ws.value(1, 3, "Tử số");
            ws.value(1, 4, "Mẫu số");
            ws.value(2, 0, "W_ENT");
            ws.value(2, 1, "14");
            ws.value(2, 2, "2017");
            ws.value(2, 3, 384);
            ws.value(2, 4, 2539);
        });
        assertThat(result.report().findings()).isEmpty();
        assertThat(result.dataset().get(0).numerator()).contains(new BigDecimal("384"));
        assertThat(result.dataset().get(0).denominator()).contains(new BigDecimal("2539"));
    }
}
