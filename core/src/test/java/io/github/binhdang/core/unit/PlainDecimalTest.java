package io.github.binhdang.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.TextParseException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlainDecimalTest {

    // Text, unscaled and scale worked out by hand: the digits without the point, and how many follow it.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0                   | 0                   | 0",
            "7                   | 7                   | 0",
            "38.89               | 3889                | 2",
            "12.30               | 1230                | 2",
            "-0.5                | -5                  | 1",
            "+4                  | 4                   | 0",
            "-4.61               | -461                | 2",
            "007                 | 7                   | 0",
            "000.050             | 50                  | 3",
            "-0.000              | 0                   | 3",
            "-0                  | 0                   | 0",
            // 18 digits, the most read here: 10^18 - 1, and the same with a point and a sign.
            "999999999999999999  | 999999999999999999  | 0",
            "-99999999999.9999999 | -999999999999999999 | 7",
            "0.00000000000000001 | 1                   | 17",
            "123456789012345678  | 123456789012345678  | 0"})
    void readsTheCommonForm(String text, long unscaled, int scale) {
        PlainDecimal number = new PlainDecimal();

        assertThat(number.read(text)).isTrue();

        assertThat(number.unscaled()).isEqualTo(unscaled);
        assertThat(number.scale()).isEqualTo(scale);
        assertThat(number.toBigDecimal()).isEqualTo(new BigDecimal(text));
    }

    // Not the common form: blanks, a point first or last, two points, an exponent, grouping, letters,
    // a sign alone or twice, 19 and 20 digits (with or without leading zeros or a point).
    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", ".", "1.", ".5", "-.5", "1.2.3", "1e5", "1E+3", "1,5", "1 000",
            " 7", "7 ", "--1", "+-1", "x", "NaN", "Infinity", "0x10", "١٢",
            "1234567890123456789", "-1234567890123456789", "12345678901234567890", "0000000000000000001",
            "1234567890.123456789"})
    void leavesEverythingElseToTheNotation(String text) {
        PlainDecimal number = new PlainDecimal();
        number.read("15.10");

        assertThat(number.read(text)).isFalse();

        // What it held stays.
        assertThat(number.unscaled()).isEqualTo(1510);
        assertThat(number.scale()).isEqualTo(2);
    }

    @Test
    void nineteenAndTwentyDigitsAreReadByThePlainNotationWithEveryDigit() {
        assertThat(NumberNotation.PLAIN.parse("1234567890123456789")).isEqualTo(new BigDecimal("1234567890123456789"));
        assertThat(NumberNotation.PLAIN.parse("-12345678901234567890.5"))
                .isEqualTo(new BigDecimal("-12345678901234567890.5"));
        // Nineteen nines overflow a long; read whole.
        assertThat(NumberNotation.PLAIN.parse("9999999999999999999").toPlainString()).isEqualTo("9999999999999999999");
    }

    @Test
    void theNotationRefusesWhatTheCommonFormLeavesWhenItIsNoNumber() {
        assertThatThrownBy(() -> NumberNotation.PLAIN.parse("1."))
                .isInstanceOfSatisfying(TextParseException.class, e -> assertThat(e.index()).isEqualTo(2));
        assertThatThrownBy(() -> NumberNotation.PLAIN.parse("1e5"))
                .isInstanceOfSatisfying(TextParseException.class, e -> assertThat(e.index()).isEqualTo(1));
        assertThatThrownBy(() -> NumberNotation.PLAIN.parse(".5"))
                .isInstanceOfSatisfying(TextParseException.class, e -> assertThat(e.index()).isEqualTo(0));
    }

    @Test
    void theCommonFormGivesThePlainNotationsNumberScaleIncluded() {
        for (String text : new String[] {"15.10", "-0.000", "007", "+4", "999999999999999999"}) {
            PlainDecimal number = new PlainDecimal();
            assertThat(number.read(text)).isTrue();
            BigDecimal read = number.toBigDecimal();
            assertThat(read).isEqualTo(NumberNotation.PLAIN.parse(text));
            assertThat(read.scale()).isEqualTo(NumberNotation.PLAIN.parse(" " + text + " ").scale());
        }
    }

    @Test
    void aNewReaderHoldsZero() {
        PlainDecimal number = new PlainDecimal();

        assertThat(number.toBigDecimal()).isEqualTo(BigDecimal.ZERO);
    }
}
