package io.github.binhdang.serialization.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.serialization.json.Fixtures;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: SDMX-CSV is opened in spreadsheets too, so a text a spreadsheet would run as a formula is written
 * with an apostrophe before it, by the tidy CSV's rule (OWASP's advice on CSV injection), and read back as it
 * was; numbers are written as they are. The texts are the tidy CSV tests' own kind of attack.
 */
class SdmxFormulaTest {

    private static final String LINK = "=HYPERLINK(\"http://example.invalid\",\"Bấm vào đây\")";

    private static Dataset dataset() {
        return Dataset.builder()
                .add(Observation.builder("W_ENT", Fixtures.SON_LA, YearPeriod.of(2019)).value(new BigDecimal("-3.5"))
                        .note(LINK).build())
                .add(Observation.builder("W_ENT", Fixtures.SON_LA, YearPeriod.of(2020)).value(new BigDecimal("15.1"))
                        .note("'=1 was written with an apostrophe").build())
                .build();
    }

    private static String write(SdmxWriter writer) {
        StringWriter out = new StringWriter();
        assertThat(writer.write(dataset(), out).findings()).isEmpty();
        return out.toString();
    }

    @Test
    void aFormulaLikeCommentIsNeutralisedANegativeValueIsNotAndBothReadBack() {
        String text = write(SdmxWriter.of(SdmxRoundTripTest.STRUCTURE, "VNM:DF_BINHDANG(1.0)"));
        List<String> lines = text.lines().toList();
        // The comment of a note alone is the note; -3.5 stays a number.
        assertThat(lines.get(1)).contains(",2019,-3.5,").doesNotContain(",=").contains(",\"'=HYPERLINK(");
        // A text that itself starts with an apostrophe and a formula gets one more, so it reads back as written.
        assertThat(lines.get(2)).contains("''=1 was written");
        SdmxReadResult read = SdmxReader.of(SdmxRoundTripTest.STRUCTURE).read(new StringReader(text));
        assertThat(read.report().findings()).isEmpty();
        assertThat(read.dataset()).isEqualTo(dataset());
    }

    @Test
    void escapingCanBeSwitchedOffForProgramsYetATextThatWouldLoseItsApostropheKeepsIt() {
        String text = write(SdmxWriter.of(SdmxRoundTripTest.STRUCTURE, "VNM:DF_BINHDANG(1.0)").withFormulaEscaping(false));
        assertThat(text).contains(",\"=HYPERLINK(").contains("''=1 was written");
        assertThat(SdmxReader.of(SdmxRoundTripTest.STRUCTURE).read(new StringReader(text)).dataset())
                .isEqualTo(dataset());
    }
}
