package io.github.binhdang.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Vietnamese words of report text that {@link Qualifier#parse} reads (issue 25). */
class QualifierTest {

    // Rows by hand from the words' meaning: "ngót 400" is a little under 400, "xấp xỉ" and "chừng" about,
    // "tối thiểu" at least; "15% trở lên" is 15 % or more, "trở xuống" or less.
    @ParameterizedTest
    @CsvSource({"ngót, NEARLY", "xấp xỉ, ABOUT", "Xấp Xỉ, ABOUT", "chừng, ABOUT", "khoảng chừng, ABOUT",
        "tối thiểu, AT_LEAST", "trở lên, AT_LEAST", "trở xuống, AT_MOST", "dưới, LESS_THAN", "ít nhất, AT_LEAST",
        // A negated bound: "không dưới 45%" (not under 45 %) is 45 % or more, "không nhiều hơn 3" (not more than 3)
        // at most 3.
        "không dưới, AT_LEAST", "không ít hơn, AT_LEAST", "không thấp hơn, AT_LEAST", "không nhiều hơn, AT_MOST",
        "không cao hơn, AT_MOST"})
    void readsTheWordsOfReportText(String word, Qualifier expected) {
        assertThat(Qualifier.parse(word)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"xa\u0302\u0301p xi\u0309, ABOUT", "to\u0302\u0301i thie\u0302\u0309u, AT_LEAST"})
    void readsTheWordsInNfdToo(String word, Qualifier expected) {
        assertThat(Qualifier.parse(word)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"trở", "lên", "gần như"})
    void refusesPartsAndOtherWords(String word) {
        assertThatThrownBy(() -> Qualifier.parse(word)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is not a qualifier");
    }
}
