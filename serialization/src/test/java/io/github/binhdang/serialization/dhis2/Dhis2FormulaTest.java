package io.github.binhdang.serialization.dhis2;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.serialization.json.Fixtures;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DHIS2 CSV form is opened in spreadsheets too, so a comment a spreadsheet would run as a formula is
 * written with an apostrophe before it, by the tidy CSV's rule (OWASP's advice on CSV injection), and read back
 * as it was; the value, a number, is written as it is. The JSON form is not changed.
 */
class Dhis2FormulaTest {

    private static final String LINK = "=HYPERLINK(\"http://example.invalid\",\"Bấm vào đây\")";

    private static Dataset dataset() {
        return Dataset.builder()
                .add(Observation.builder("W_ENT", Fixtures.SON_LA, YearPeriod.of(2019)).value(new BigDecimal("-3.5"))
                        .status(ObservationStatus.FINAL).note(LINK).build())
                .add(Observation.builder("W_ENT", Fixtures.SON_LA, YearPeriod.of(2020)).value(new BigDecimal("15.1"))
                        .status(ObservationStatus.FINAL).note("@SUM(A1:A2) in the province's sheet").build())
                .add(Observation.builder("W_ENT", Fixtures.SON_LA, YearPeriod.of(2021)).value(new BigDecimal("16"))
                        .status(ObservationStatus.FINAL).note("'=1 was written with an apostrophe").build())
                .build();
    }

    private static String csv(Dhis2Writer writer) {
        StringWriter out = new StringWriter();
        assertThat(writer.writeCsv(dataset(), out).findings()).isEmpty();
        return out.toString();
    }

    @Test
    void aFormulaLikeCommentIsNeutralisedANegativeValueIsNotAndBothReadBack() {
        String text = csv(Dhis2Writer.of(Dhis2RoundTripTest.MAP));
        List<String> lines = text.lines().toList();
        // Columns: dataelement, period, orgunit, coc, aoc, value, storedby, lastupdated, comment, followup.
        assertThat(lines.get(1)).startsWith("deWENT00001,2019,ouSonLa0014,")
                .contains(",-3.5,,,\"'=HYPERLINK(").endsWith(",false");
        assertThat(lines.get(2)).contains(",15.1,,,\"'@SUM(A1:A2) in the province's sheet\",false");
        // A text that itself starts with an apostrophe gets one more, so it reads back as written.
        assertThat(lines.get(3)).contains(",16,,,\"''=1 was written with an apostrophe\",false");
        Dhis2ReadResult read = Dhis2Reader.of(Dhis2RoundTripTest.MAP).readCsv(new StringReader(text));
        assertThat(read.report().findings()).isEmpty();
        assertThat(read.dataset()).isEqualTo(dataset());
    }

    @Test
    void escapingCanBeSwitchedOffForAFileDhis2Imports() {
        String text = csv(Dhis2Writer.of(Dhis2RoundTripTest.MAP).withFormulaEscaping(false));
        assertThat(text).contains(",-3.5,,,\"=HYPERLINK(").contains(",15.1,,,@SUM(A1:A2)")
                .contains("''=1 was written");
        assertThat(Dhis2Reader.of(Dhis2RoundTripTest.MAP).readCsv(new StringReader(text)).dataset())
                .isEqualTo(dataset());
        // The setting travels with the data set's UID, and the JSON form is written as before.
        StringWriter json = new StringWriter();
        Dhis2Writer.of(Dhis2RoundTripTest.MAP).withFormulaEscaping(false).withDataSet("dsGender001")
                .writeJson(dataset(), json);
        StringWriter plain = new StringWriter();
        Dhis2Writer.of(Dhis2RoundTripTest.MAP).withDataSet("dsGender001").writeJson(dataset(), plain);
        assertThat(json.toString()).isEqualTo(plain.toString()).contains("\"=HYPERLINK(");
        assertThat(csv(Dhis2Writer.of(Dhis2RoundTripTest.MAP).withFormulaEscaping(false).withDataSet("dsGender001")))
                .isEqualTo(text);
    }
}
