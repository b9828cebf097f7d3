package io.github.binhdang.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.validation.Finding;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A reader's finding says what is wrong in Vietnamese to a Vietnamese reader, with no English detail. */
class CsvVietnameseMessagesTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    // Words of the English details that no Vietnamese sentence has.
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|cannot|is|not|has|but|of|known|were|empty|missing|unknown|given|save|looks|line)\\b");

    private static CsvReadResult read(byte[] bytes) {
        return DatasetCsvReader.defaults().read(new ByteArrayInputStream(bytes));
    }

    private static Finding first(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8)).report().findings().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "indicator,area,period,value\nA,14,2019,\"1\n",
        "indicator,area,period,value,colour\nA,14,2019,1,red\n",
        "indicator,area,period,value,VALUE\nA,14,2019,1,2\n",
        "indicator,area,value\nA,14,1\n",
        "indicator,area,period,numerator2\nA,14,2019,1\n",
        "indicator,area,period,value,breakdown,sex\nA,14,2019,1,_T,F\n",
        "indicator,area,period,value\n,14,2019,1\n",
        "indicator,area,period,value\nA,14, ,1\n",
        "indicator,area,period,value\nA,14,2019,1..2\n",
        "indicator,area,period,value\nA,14,2022-Q5,1\n",
        "indicator,area,period,value,sex\nA,14,2019,1,X\n",
        "indicator,area,period,value,status\nA,14,2019,1,DONE\n",
        "indicator,area,period,value,qualifier\nA,14,2019,1,maybe\n",
        "indicator,area,period,value,unit\nA,14,2019,1,ratio\n",
        "indicator,area,period,value,breakdown\nA,14,2019,1,=x\n",
        "indicator,area,period,value,qualifier\nA,14,2019,gần 400,hơn\n",
        "indicator,area,period,value,numerator\nA,14,2019,gần 400,hơn 20\n",
        "indicator,area,period,value\nA,14,2019,1,2\n",
        "indicator,area,period,value\nA,14,2019\n",
        "indicator,area,period,value,numerator\nA,14,2019,,\n",
        "indicator,area,period,value\nA,14,2019,1\nA,14,2019,2\n"})
    void noVietnameseMessageGivesTheEnglishDetail(String csv) {
        CsvReadResult read = read(csv.getBytes(StandardCharsets.UTF_8));
        assertVietnamese(read);
    }

    @Test
    void encodingProblemsAreToldInVietnamese() {
        assertVietnamese(read("indicator,area,period,value\nA,14,2019,1\n".getBytes(StandardCharsets.UTF_16LE)));
        assertVietnamese(read("indicator,area,period,value,note\nA,14,2019,1,café\n"
                .getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static void assertVietnamese(CsvReadResult read) {
        List<Finding> findings = read.report().findings();
        assertThat(findings).isNotEmpty().hasSameSizeAs(read.problems());
        for (int i = 0; i < findings.size(); i++) {
            String vi = findings.get(i).message(VI);
            assertThat(vi).startsWith("Dòng ").doesNotContain(read.problems().get(i).message())
                    .doesNotContainPattern(ENGLISH);
        }
    }

    @Test
    void aRowCutByALineBreakIsToldWhatMayBeWrong() {
        assertThat(first("indicator,area,period,value,unit\nA,14\n").message(VI)).isEqualTo("Dòng 2: hàng có 2"
                + " trường nhưng dòng tiêu đề có 5 cột; có dấu xuống dòng không nằm trong ngoặc kép, hoặc thiếu"
                + " dấu phân cách?");
    }

    @Test
    void anUnclosedQuoteIsToldByItsColumn() {
        assertThat(first("indicator,area,period,value,note\nA,14,2019,1,\"chưa đóng\nB,14,2019,2,x\n").message(VI))
                .startsWith("Dòng 2, cột note: dấu ngoặc kép mở ở cột 5 không được đóng; ");
    }

    @Test
    void anUnknownUnitListsTheUnitsInVietnamese() {
        assertThat(first("indicator,area,period,value,unit\nA,14,2019,1,ratio\n").message(VI))
                .startsWith("Dòng 2, cột unit “ratio”: đơn vị tính 'ratio' không có trong danh mục; các đơn vị"
                        + " tính: ")
                .contains("%");
    }

    @Test
    void aFieldThatCannotBeParsedIsToldByItsColumn() {
        assertThat(first("indicator,area,period,value\nA,14,2019,12.3.4\n").message(VI))
                .isEqualTo("Dòng 2, cột value “12.3.4”: không đọc được số '12.3.4' (lỗi ở ký tự 5); hãy ghi số như 1234.5");
        assertThat(first("indicator,area,period,value,sex\nA,14,2019,1,X\n").message(VI))
                .isEqualTo("Dòng 2, cột sex “X”: giới tính 'X' không đúng; hãy ghi Nữ hoặc Nam (F hoặc M)");
    }

    @Test
    void aMissingColumnAndAnEmptyFieldAreToldInVietnamese() {
        assertThat(first("indicator,area,value\nA,14,1\n").message(VI)).isEqualTo("Dòng 1, cột period: thiếu cột"
                + " bắt buộc 'period'; dòng tiêu đề có: indicator, area, value");
        assertThat(first("indicator,area,period,value\n,14,2019,1\n").message(VI))
                .isEqualTo("Dòng 2, cột indicator: bị để trống; hàng nào cũng phải có mã chỉ tiêu");
    }

    @Test
    void aFileInUtf16WithoutAMarkIsToSaveAsCsvUtf8() {
        Finding f = read("indicator,area,period,value\nA,14,2019,1\n".getBytes(StandardCharsets.UTF_16LE))
                .report().findings().get(0);
        assertThat(f.message(VI)).isEqualTo("Dòng 1: tệp có vẻ là UTF-16LE không có BOM (dấu thứ tự byte), là dạng"
                + " bộ đọc không đọc được: hãy lưu lại dưới dạng \"CSV UTF-8\"");
    }
}
