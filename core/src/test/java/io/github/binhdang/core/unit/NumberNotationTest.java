package io.github.binhdang.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.TextParseException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberNotationTest {

    static Stream<Arguments> readable() {
        return Stream.of(
                // Vietnamese: the forms of the seed reports (Sơn La 2017, Quảng Bình 2022).
                Arguments.of(NumberNotation.VIETNAMESE, "38,89", "38.89"),
                Arguments.of(NumberNotation.VIETNAMESE, "125.525", "125525"),
                Arguments.of(NumberNotation.VIETNAMESE, "688.753", "688753"),
                Arguments.of(NumberNotation.VIETNAMESE, "2.449.433", "2449433"),
                Arguments.of(NumberNotation.VIETNAMESE, "1.234,5", "1234.5"),
                Arguments.of(NumberNotation.VIETNAMESE, "15,1", "15.1"),
                Arguments.of(NumberNotation.VIETNAMESE, "15,10", "15.10"),
                Arguments.of(NumberNotation.VIETNAMESE, "-4,61", "-4.61"),
                Arguments.of(NumberNotation.VIETNAMESE, "+5", "5"),
                Arguments.of(NumberNotation.VIETNAMESE, "1379", "1379"),
                Arguments.of(NumberNotation.VIETNAMESE, "123456789", "123456789"),
                Arguments.of(NumberNotation.VIETNAMESE, "02", "2"),
                Arguments.of(NumberNotation.VIETNAMESE, "0,5", "0.5"),
                Arguments.of(NumberNotation.VIETNAMESE, "0", "0"),
                Arguments.of(NumberNotation.VIETNAMESE, "2 449 433", "2449433"),
                Arguments.of(NumberNotation.VIETNAMESE, "2\u00A0449\u00A0433", "2449433"),
                Arguments.of(NumberNotation.VIETNAMESE, "1\u202F234,5", "1234.5"),
                Arguments.of(NumberNotation.VIETNAMESE, "  38,89\u00A0", "38.89"),
                Arguments.of(NumberNotation.VIETNAMESE, "\u202F\t-1.000.000,000\n", "-1000000.000"),
                // English: the visitor counters of the Sa Pa page.
                Arguments.of(NumberNotation.ENGLISH, "2,449,433.5", "2449433.5"),
                Arguments.of(NumberNotation.ENGLISH, "2,299,828", "2299828"),
                Arguments.of(NumberNotation.ENGLISH, "414,619", "414619"),
                Arguments.of(NumberNotation.ENGLISH, "38.89", "38.89"),
                Arguments.of(NumberNotation.ENGLISH, "-4.61", "-4.61"),
                Arguments.of(NumberNotation.ENGLISH, "2 449 433.5", "2449433.5"),
                Arguments.of(NumberNotation.ENGLISH, "15.10", "15.10"),
                // Plain
                Arguments.of(NumberNotation.PLAIN, "38.89", "38.89"),
                Arguments.of(NumberNotation.PLAIN, "-4.61", "-4.61"),
                Arguments.of(NumberNotation.PLAIN, "2449433", "2449433"),
                Arguments.of(NumberNotation.PLAIN, "0.000100", "0.000100"),
                Arguments.of(NumberNotation.PLAIN, " +7 ", "7"));
    }

    @ParameterizedTest
    @MethodSource("readable")
    void readsNumbersWithTheirScale(NumberNotation notation, String text, String expected) {
        BigDecimal value = notation.parse(text);
        // BigDecimal.equals compares the scale too: 15,10 must come back as 15.10, not 15.1.
        assertThat(value).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void keepsTheScaleAsWritten() {
        assertThat(NumberNotation.VIETNAMESE.parse("15,10").scale()).isEqualTo(2);
        assertThat(NumberNotation.VIETNAMESE.parse("15,1").scale()).isEqualTo(1);
        assertThat(NumberNotation.VIETNAMESE.parse("125.525").scale()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "VIETNAMESE | 15.1      | 3  | a group after a thousands separator must have exactly 3 digits",
        "VIETNAMESE | 1.2345    | 2  | a group after a thousands separator must have exactly 3 digits",
        "VIETNAMESE | 1.         | 2  | a group after a thousands separator must have exactly 3 digits",
        "VIETNAMESE | 50 abc    | 3  | a group after a thousands separator must have exactly 3 digits",
        "VIETNAMESE | 1234.567  | 0  | the first group before a thousands separator must have 1 to 3 digits",
        "VIETNAMESE | -1234.567 | 1  | the first group before a thousands separator must have 1 to 3 digits",
        "VIETNAMESE | 0.500     | 0  | a number with thousands separators must not start with 0",
        "VIETNAMESE | 1.234 567 | 5  | thousands separators must all be the same",
        "VIETNAMESE | 12,3,4    | 4  | unexpected character ','",
        "VIETNAMESE | 15,       | 3  | expected a digit after the decimal mark",
        "VIETNAMESE | \",5\"    | 0  | expected a digit",
        "VIETNAMESE | abc       | 0  | expected a digit",
        "VIETNAMESE | NaN       | 0  | expected a digit",
        "VIETNAMESE | Infinity  | 0  | expected a digit",
        "VIETNAMESE | -Infinity | 1  | expected a digit",
        "VIETNAMESE | -         | 1  | expected a digit",
        "VIETNAMESE | --5       | 1  | expected a digit",
        "VIETNAMESE | 1e5       | 1  | unexpected character 'e'",
        "VIETNAMESE | 12a       | 2  | unexpected character 'a'",
        "VIETNAMESE | 12%       | 2  | unexpected character '%'",
        "ENGLISH    | 38,89     | 3  | a group after a thousands separator must have exactly 3 digits",
        "ENGLISH    | 2,449,433,5 | 10 | a group after a thousands separator must have exactly 3 digits",
        "ENGLISH    | 1.2.3     | 3  | unexpected character '.'",
        "PLAIN      | 1,5       | 1  | unexpected character ','",
        "PLAIN      | 1 000     | 1  | unexpected character ' '",
        "PLAIN      | 1E+3      | 1  | unexpected character 'E'",
        "PLAIN      | 38,89     | 2  | unexpected character ','",
    })
    void refusesMalformedNumbersAtTheBadIndex(NumberNotation notation, String text, int index, String rule) {
        assertThatThrownBy(() -> notation.parse(text))
                .isInstanceOfSatisfying(TextParseException.class, e -> {
                    assertThat(e.field()).isEqualTo("NumberNotation." + notation.name());
                    assertThat(e.value()).isEqualTo(text);
                    assertThat(e.text()).isEqualTo(text);
                    assertThat(e.index()).isEqualTo(index);
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.getMessage())
                            .isEqualTo("Cannot parse '" + text + "' at index " + index + ": " + rule);
                });
    }

    @Test
    void indexesCountLeadingBlanks() {
        assertThatThrownBy(() -> NumberNotation.VIETNAMESE.parse(" 1.2"))
                .isInstanceOfSatisfying(TextParseException.class, e -> assertThat(e.index()).isEqualTo(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00A0"})
    void refusesEmptyText(String text) {
        for (NumberNotation notation : NumberNotation.values()) {
            assertThatThrownBy(() -> notation.parse(text))
                    .isInstanceOfSatisfying(TextParseException.class, e -> {
                        assertThat(e.index()).isEqualTo(text.length());
                        assertThat(e.rule()).isEqualTo("expected a number");
                    });
        }
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of(NumberNotation.VIETNAMESE, "38.89", "38,89"),
                Arguments.of(NumberNotation.VIETNAMESE, "125525", "125.525"),
                Arguments.of(NumberNotation.VIETNAMESE, "-4.61", "-4,61"),
                Arguments.of(NumberNotation.VIETNAMESE, "2449433.5", "2.449.433,5"),
                Arguments.of(NumberNotation.VIETNAMESE, "15.10", "15,10"),
                Arguments.of(NumberNotation.VIETNAMESE, "0", "0"),
                Arguments.of(NumberNotation.VIETNAMESE, "100", "100"),
                Arguments.of(NumberNotation.VIETNAMESE, "1000", "1.000"),
                Arguments.of(NumberNotation.VIETNAMESE, "0.000100", "0,000100"),
                Arguments.of(NumberNotation.VIETNAMESE, "-1234567.891", "-1.234.567,891"),
                Arguments.of(NumberNotation.VIETNAMESE, "1E+3", "1.000"),
                Arguments.of(NumberNotation.ENGLISH, "2449433.5", "2,449,433.5"),
                Arguments.of(NumberNotation.ENGLISH, "38.89", "38.89"),
                Arguments.of(NumberNotation.ENGLISH, "999", "999"),
                Arguments.of(NumberNotation.ENGLISH, "-1000", "-1,000"),
                Arguments.of(NumberNotation.ENGLISH, "123456.0001", "123,456.0001"),
                Arguments.of(NumberNotation.PLAIN, "2449433.5", "2449433.5"),
                Arguments.of(NumberNotation.PLAIN, "-4.61", "-4.61"),
                Arguments.of(NumberNotation.PLAIN, "1E+3", "1000"),
                Arguments.of(NumberNotation.PLAIN, "15.10", "15.10"));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void writesEveryDigitWithoutRounding(NumberNotation notation, String value, String expected) {
        assertThat(notation.format(new BigDecimal(value))).isEqualTo(expected);
    }

    @Property
    void readsBackWhatItWrites(@ForAll("decimals") BigDecimal value, @ForAll NumberNotation notation) {
        assertThat(notation.parse(notation.format(value))).isEqualTo(value);
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        BigInteger limit = BigInteger.TEN.pow(20);
        return Combinators.combine(
                        Arbitraries.bigIntegers().between(limit.negate(), limit),
                        Arbitraries.integers().between(0, 6))
                .as(BigDecimal::new);
    }
}
