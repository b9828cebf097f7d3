package io.github.binhdang.serialization.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.period.TermPeriod;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.serialization.json.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A workbook saved by a real spreadsheet program, LibreOffice (see the README beside the resource): shared
 * strings, a merged title, number formats and a formula with its cached value, as it writes them. The
 * expected values are the sheet's own, {@code son-la-2017.fods}.
 */
class ExcelLibreOfficeFileTest {

    /** Checks what the reader gives of the sheet of {@code son-la-2017.fods}, however it was saved. */
    static void assertSonLa(ExcelReadResult result) {
        assertThat(result.report().findings()).extracting(Finding::code, f -> f.location().subject())
                .containsExactly(tuple("excel.title", "'Số liệu'!A1"),
                        tuple("excel.formula", "'Số liệu'!G5"));
        assertThat(result.report().findings().get(1).location().written()).contains("=ROUND(E5/F5*100,1)");
        List<Observation> o = result.dataset().stream().toList();
        assertThat(o).hasSize(3);
        assertThat(o.get(0).period()).isEqualTo(TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021));
        assertThat(o.get(0).breakdown()).isEqualTo(Breakdown.of(Fixtures.COUNCIL_LEVEL, "PROVINCE"));
        assertThat(o.get(0).value()).contains(new BigDecimal("38.89"));
        assertThat(o.get(1).period()).isEqualTo(ReportingPeriod.parse("2017"));
        assertThat(o.get(1).numerator()).contains(new BigDecimal("384"));
        assertThat(o.get(1).denominator()).contains(new BigDecimal("2539"));
        assertThat(o.get(1).value()).contains(new BigDecimal("15.1"));
        assertThat(o.get(2).qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(o.get(2).numerator()).contains(new BigDecimal("384"));
        assertThat(o.get(2).value()).isEqualTo(Optional.empty());
        assertThat(result.dataset().position(2).orElseThrow().line()).isEqualTo(6);
    }

    @Test
    void aWorkbookSavedByLibreOffice() throws IOException {
        try (InputStream in = ExcelLibreOfficeFileTest.class.getResourceAsStream("son-la-2017-libreoffice.xlsx")) {
            assertSonLa(ExcelReader.defaults().withSheet("Số liệu").read(in, "son-la-2017.xlsx"));
        }
    }
}
