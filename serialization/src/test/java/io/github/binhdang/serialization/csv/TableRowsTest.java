package io.github.binhdang.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.validation.Finding;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 22 (excel): rows of cells handed over by position are mapped as the CSV reader maps the same
 * table's lines: one home for the columns, aliases and cell forms.
 */
class TableRowsTest {

    @Test
    void cellsReadAsTheSameTableInCsv() {
        String csv = "Mã chỉ tiêu;Mã địa bàn;Kỳ báo cáo;Giá trị;Tử số;Mẫu số\n"
                + "W_HDND;14;2016-2021;38,89;;\n"
                + "W_ENT;14;2017;khoảng 15,1;384;2.539\n";
        DatasetCsvReader reader = DatasetCsvReader.defaults().withNotation(NumberNotation.VIETNAMESE);
        CsvReadResult fromCsv = reader.read(new StringReader(csv));
        TableRows rows = reader.tableRows("", "");
        assertThat(rows.header(1, List.of("Mã chỉ tiêu", "Mã địa bàn", "Kỳ báo cáo", "Giá trị", "Tử số", "Mẫu số")))
                .isTrue();
        rows.row(2, List.of("W_HDND", "14", "2016-2021", "38,89", "", ""));
        rows.row(3, List.of("", "", "", "", "", ""));
        rows.row(4, List.of("W_ENT", "14", "2017", " khoảng 15,1 ", "384", "2.539"));
        CsvReadResult fromCells = rows.result();
        assertThat(fromCells.report().findings()).isEmpty();
        assertThat(fromCells.dataset()).isEqualTo(fromCsv.dataset());
        assertThat(fromCells.rowsRead()).isEqualTo(2);
        assertThat(rows.notation()).isEqualTo(NumberNotation.VIETNAMESE);
        assertThat(rows.namesColumn("mã chỉ tiêu")).isTrue();
        assertThat(rows.namesColumn("Số liệu tổng hợp")).isFalse();
    }

    @Test
    void aBlankHeaderCellNamesNoColumnAndFindingsAreAtTheSheetsCells() {
        TableRows rows = DatasetCsvReader.defaults().tableRows("son-la.xlsx", "Số liệu");
        assertThat(rows.header(1, List.of("", "indicator", "area", "period", "", "value"))).isTrue();
        rows.row(2, List.of("", "W_ENT", "14", "2022-Q5", "", "1"));
        rows.row(3, List.of("", "W_ENT", "14", "2022", "", "2"));
        CsvReadResult result = rows.result();
        assertThat(result.dataset().size()).isEqualTo(1);
        assertThat(result.report().findings()).hasSize(1);
        Finding f = result.report().findings().get(0);
        assertThat(f.location().subject()).isEqualTo("'Số liệu'!D2");
        assertThat(f.location().sheet()).contains("Số liệu");
        assertThat(f.message()).startsWith("Cell 'Số liệu'!D2, column period '2022-Q5': ");
        assertThat(result.dataset().source().orElseThrow().sheet()).contains("Số liệu");
        assertThat(result.dataset().source().orElseThrow().column("value").orElseThrow().number()).isEqualTo(6);
    }
}
