package io.github.binhdang.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Observation;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Files long enough to be handed from the tokenising thread to the mapping one in many batches. */
class CsvTokenizerHandoffTest {

    /** The header and 3,000 rows, area 1 to 3,000 on lines 2 to 3,001. */
    private static StringBuilder rows(String header) {
        StringBuilder text = new StringBuilder(header).append('\n');
        for (int i = 1; i <= 3000; i++) {
            text.append("W_ENT,").append(i).append(",2020,").append(i).append('\n');
        }
        return text;
    }

    @Test
    void rowsComeInFileOrderAcrossBatches() {
        CsvReadResult result = DatasetCsvReader.defaults().read(new StringReader(rows("indicator,area,period,value").toString()));

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().size()).isEqualTo(3000);
        assertThat(result.dataset().get(0).area()).isEqualTo("1");
        assertThat(result.dataset().get(2999).area()).isEqualTo("3000");
    }

    @Test
    void anUnclosedQuoteAfterManyRowsKeepsThemAndNamesItsLine() {
        String text = rows("indicator,area,period,value,note") + "W_ENT,3001,2020,1,\"never closed\n";

        CsvReadResult result = DatasetCsvReader.defaults().read(new StringReader(text));

        assertThat(result.dataset().size()).isEqualTo(3000);
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).line()).isEqualTo(3002);
        assertThat(result.problems().get(0).message()).startsWith("the CSV cannot be read from here on: ");
    }

    @Test
    void aRefusedHeaderStopsTheReadingWithItsProblemsOnly() {
        // No period column: the header's one problem, and none of the 3,000 rows or the quote after them.
        String text = rows("indicator,area,value,note") + "W_ENT,3001,1,\"never closed\n";

        CsvReadResult result = DatasetCsvReader.defaults().read(new StringReader(text));

        assertThat(result.dataset().size()).isZero();
        assertThat(result.problems()).extracting(CsvProblem::line).containsExactly(1);
    }

    @Test
    void aRepeatFarIntoTheFileNamesTheFirstLine() {
        String text = rows("indicator,area,period,value") + "W_ENT,17,2020,5\n";

        CsvReadResult result = DatasetCsvReader.defaults().read(new StringReader(text));

        assertThat(result.dataset()).extracting(Observation::area).hasSize(3000);
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).line()).isEqualTo(3002);
        assertThat(result.problems().get(0).message())
                .isEqualTo("duplicates the key W_ENT/17/2020/_T of the row on line 18; a dataset holds one value per key");
    }
}
