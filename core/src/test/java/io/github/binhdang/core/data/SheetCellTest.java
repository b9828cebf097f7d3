package io.github.binhdang.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.validation.Location;
import org.junit.jupiter.api.Test;

/**
 * Issue 22 (excel): a place in a workbook is a cell of a sheet, written as spreadsheets write it. The
 * letters are worked out by hand: column 26 is Z, 27 AA, 52 AZ, 53 BA, 702 ZZ, 703 AAA, and 16,384 (the
 * last column of an .xlsx sheet) XFD.
 */
class SheetCellTest {

    @Test
    void columnsAreLettersAsSpreadsheetsWriteThem() {
        assertThat(SourcePosition.cellReference("Data", 7, 4)).isEqualTo("Data!D7");
        assertThat(SourcePosition.cellReference("Data", 1, 1)).isEqualTo("Data!A1");
        assertThat(SourcePosition.cellReference("Data", 2, 26)).isEqualTo("Data!Z2");
        assertThat(SourcePosition.cellReference("Data", 2, 27)).isEqualTo("Data!AA2");
        assertThat(SourcePosition.cellReference("Data", 2, 52)).isEqualTo("Data!AZ2");
        assertThat(SourcePosition.cellReference("Data", 2, 53)).isEqualTo("Data!BA2");
        assertThat(SourcePosition.cellReference("Data", 2, 702)).isEqualTo("Data!ZZ2");
        assertThat(SourcePosition.cellReference("Data", 2, 703)).isEqualTo("Data!AAA2");
        assertThat(SourcePosition.cellReference("Data", 1_048_576, 16_384)).isEqualTo("Data!XFD1048576");
    }

    @Test
    void aNameWithSpacesOrPunctuationIsQuoted() {
        assertThat(SourcePosition.cellReference("SốLiệu", 3, 2)).isEqualTo("SốLiệu!B3");
        assertThat(SourcePosition.cellReference("Số liệu", 3, 2)).isEqualTo("'Số liệu'!B3");
        assertThat(SourcePosition.cellReference("Sơn La's", 3, 2)).isEqualTo("'Sơn La''s'!B3");
        assertThat(SourcePosition.cellReference("2017", 3, 2)).isEqualTo("'2017'!B3");
        assertThatThrownBy(() -> SourcePosition.cellReference("Data", 0, 2)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> SourcePosition.cellReference("Data", 2, 0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aFileKeepsItsSheetThroughItsOtherSettings() {
        SourceFile file = SourceFile.of("son-la.xlsx").withSheet("Số liệu").withColumn("value", 5, "Giá trị");
        assertThat(file.sheet()).contains("Số liệu");
        assertThat(SourceFile.of("son-la.csv").sheet()).isEmpty();
        assertThat(file).isNotEqualTo(SourceFile.of("son-la.xlsx").withColumn("value", 5, "Giá trị"));
        assertThatThrownBy(() -> file.withSheet(" ")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aLocationInASheetNamesTheCell() {
        ObservationKey key = new ObservationKey("W_ENT", "14", YearPeriod.of(2017), Breakdown.TOTAL);
        Location at = Location.of(key, "value").withIndex(3).withPosition(5, 5).withFile("son-la.xlsx")
                .withHeader("Giá trị");
        assertThat(at.withSheet("Số liệu")).hasToString(
                "W_ENT/14/2017/_T value (index 3, son-la.xlsx 'Số liệu'!E5 \"Giá trị\")");
        assertThat(at.withSheet("Số liệu").sheet()).contains("Số liệu");
        assertThat(at.sheet()).isEmpty();
        assertThat(at.withSheet("Số liệu")).isNotEqualTo(at);
        assertThat(at.withSheet("Số liệu").withPath("numerator").sheet()).contains("Số liệu");
    }
}
