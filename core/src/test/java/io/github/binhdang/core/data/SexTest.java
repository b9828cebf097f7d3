package io.github.binhdang.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SexTest {

    @Test
    void ofTakesTheSdmxCodesExactly() {
        assertThat(Sex.of("F")).isEqualTo(Sex.FEMALE);
        assertThat(Sex.of("M")).isEqualTo(Sex.MALE);
        assertThat(Sex.of("_T")).isEqualTo(Sex.TOTAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"f", "Nữ", "female", "T", "", " F"})
    void ofRefusesAnythingElseNamingTheCodes(String text) {
        assertThatThrownBy(() -> Sex.of(text)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("Sex.code");
            assertThat(e.value()).isEqualTo("'" + text + "'");
            assertThat(e.rule()).isEqualTo("must be one of F, M, _T");
        });
    }

    @Test
    void findTellsWhetherACodeIsOne() {
        assertThat(Sex.find("M")).contains(Sex.MALE);
        assertThat(Sex.find("_T")).contains(Sex.TOTAL);
        assertThat(Sex.find("m")).isEmpty();
        assertThat(Sex.find("Nam")).isEmpty();
        assertThatThrownBy(() -> Sex.find(null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "F | FEMALE", "f | FEMALE", "Nữ | FEMALE", "nữ | FEMALE", "NỮ | FEMALE", "Female | FEMALE",
            "FEMALE | FEMALE",
            "M | MALE", "m | MALE", "Nam | MALE", "nam | MALE", "male | MALE",
            "_T | TOTAL", "_t | TOTAL", "Tổng số | TOTAL", "tổng số | TOTAL", "total | TOTAL"})
    void parseReadsCodesAndNamesInEitherLanguageAndAnyCase(String text, Sex sex) {
        assertThat(Sex.parse(text)).isEqualTo(sex);
    }

    @Test
    void parseIgnoresBlanksAroundAndTheUnicodeForm() {
        assertThat(Sex.parse(" Nữ\t")).isEqualTo(Sex.FEMALE);
        String decomposed = Normalizer.normalize("Nữ", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Nữ");
        assertThat(Sex.parse(decomposed)).isEqualTo(Sex.FEMALE);
    }

    @Test
    void parseRefusesWhatNamesNoSexGivingTheCodesAndNames() {
        assertThatThrownBy(() -> Sex.parse("X")).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("Sex");
            assertThat(e.value()).isEqualTo("'X'");
            assertThat(e.getMessage()).isEqualTo("Sex: 'X' is not a sex: use F, M or _T (or Nữ, Nam, Tổng số)");
        });
        assertThatThrownBy(() -> Sex.parse("")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Sex.parse("women")).isInstanceOf(InvalidValueException.class);
    }
}
