package io.github.binhdang.serialization.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A number cell's text is the shortest decimal that reads back to its double. The doubles are worked out
 * by hand: 0.1 + 0.2 is 0.30000000000000004 (17 digits are needed), 38.89 written with 17 digits by Excel is
 * 38.890000000000001, whose double is 38.89's.
 */
class CellTextTest {

    @Test
    void shortestDecimalOfTheStoredDouble() {
        assertThat(CellText.shortest("38.890000000000001")).isEqualTo("38.89");
        // One step of a double below it, a number of its own.
        assertThat(CellText.shortest("38.889999999999993")).isEqualTo("38.88999999999999");
        assertThat(CellText.shortest("0.30000000000000004")).isEqualTo("0.30000000000000004");
        assertThat(CellText.shortest("15.1")).isEqualTo("15.1");
        assertThat(CellText.shortest("40.0")).isEqualTo("40");
        assertThat(CellText.shortest("2539")).isEqualTo("2539");
        assertThat(CellText.shortest("-4.61")).isEqualTo("-4.61");
        assertThat(CellText.shortest("1.5E-3")).isEqualTo("0.0015");
        assertThat(CellText.shortest("1E+21")).isEqualTo("1000000000000000000000");
        assertThat(CellText.shortest("0")).isEqualTo("0");
    }

    @Test
    void formatsShowFixedDecimalsAndPercents() {
        assertThat(CellText.shown("15.1", "0.00")).isEqualTo("15.10");
        assertThat(CellText.shown("2539", "#,##0")).isEqualTo("2539");
        assertThat(CellText.shown("38.89", "#,##0.00;[Red]-#,##0.00")).isEqualTo("38.89");
        assertThat(CellText.shown("0.3889", "0.00%")).isEqualTo("38.89");
        assertThat(CellText.shown("0.5", "0%")).isEqualTo("50");
        assertThat(CellText.shown("7", "\"about \"0.0")).isEqualTo("7.0");
    }

    @Test
    void dateFormats() {
        assertThat(CellText.isDateFormat(14, null)).isTrue();
        assertThat(CellText.isDateFormat(164, "dd/mm/yyyy")).isTrue();
        assertThat(CellText.isDateFormat(164, "yyyy")).isTrue();
        assertThat(CellText.isDateFormat(2, "0.00")).isFalse();
        assertThat(CellText.isDateFormat(164, "#,##0.00\" m\"")).isFalse();
        assertThat(CellText.isDateFormat(0, "General")).isFalse();
    }
}
