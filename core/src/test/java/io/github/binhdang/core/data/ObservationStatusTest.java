package io.github.binhdang.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ObservationStatusTest {

    @Test
    void ofTakesTheCodesExactly() {
        assertThat(ObservationStatus.of("FINAL")).isEqualTo(ObservationStatus.FINAL);
        assertThat(ObservationStatus.of("PROVISIONAL")).isEqualTo(ObservationStatus.PROVISIONAL);
        assertThat(ObservationStatus.of("ESTIMATED")).isEqualTo(ObservationStatus.ESTIMATED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"final", "sơ bộ", "P", "", "FINAL "})
    void ofRefusesAnythingElseNamingTheCodes(String text) {
        assertThatThrownBy(() -> ObservationStatus.of(text)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("ObservationStatus.code");
            assertThat(e.value()).isEqualTo("'" + text + "'");
            assertThat(e.rule()).isEqualTo("must be one of FINAL, PROVISIONAL, ESTIMATED, NOT_GIVEN");
        });
    }

    @Test
    void findTellsWhetherACodeIsOne() {
        assertThat(ObservationStatus.find("ESTIMATED")).contains(ObservationStatus.ESTIMATED);
        assertThat(ObservationStatus.find("estimated")).isEmpty();
        assertThat(ObservationStatus.find("ước tính")).isEmpty();
        assertThatThrownBy(() -> ObservationStatus.find(null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FINAL | FINAL", "final | FINAL", "Final | FINAL", "chính thức | FINAL", "Chính thức | FINAL",
            "PROVISIONAL | PROVISIONAL", "provisional | PROVISIONAL", "sơ bộ | PROVISIONAL", "Sơ Bộ | PROVISIONAL",
            "ESTIMATED | ESTIMATED", "estimated | ESTIMATED", "ước tính | ESTIMATED", "ƯỚC TÍNH | ESTIMATED",
            "NOT_GIVEN | NOT_GIVEN", "not given | NOT_GIVEN", "không ghi | NOT_GIVEN"})
    void parseReadsCodesAndNamesInEitherLanguageAndAnyCase(String text, ObservationStatus status) {
        assertThat(ObservationStatus.parse(text)).isEqualTo(status);
    }

    @Test
    void parseIgnoresBlanksAroundAndTheUnicodeForm() {
        assertThat(ObservationStatus.parse("  sơ bộ ")).isEqualTo(ObservationStatus.PROVISIONAL);
        assertThat(ObservationStatus.parse(Normalizer.normalize("ước tính", Normalizer.Form.NFD)))
                .isEqualTo(ObservationStatus.ESTIMATED);
    }

    @Test
    void parseRefusesWhatNamesNoStatusGivingTheCodesAndNames() {
        assertThatThrownBy(() -> ObservationStatus.parse("DONE")).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("ObservationStatus");
            assertThat(e.value()).isEqualTo("'DONE'");
            assertThat(e.getMessage()).isEqualTo("ObservationStatus: 'DONE' is not a status: use FINAL, PROVISIONAL"
                    + " or ESTIMATED (or chính thức, sơ bộ, ước tính)");
        });
    }
}
