package io.github.binhdang.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsTest {

    // Each expected value is worked by hand: look at the digit after the last kept one; 5 or more
    // rounds away from zero. The expected text carries the expected scale.
    @ParameterizedTest
    @CsvSource({
        "15.1245, 2, 15.12",   // 4 after 15.12 rounds down; rounding once, not via 15.125
        "15.125, 2, 15.13",
        "18.2250, 1, 18.2",    // 2 after 18.2
        "18.25, 1, 18.3",
        "-4.615, 2, -4.62",    // half up is away from zero
        "38.885, 2, 38.89",
        "2.5, 0, 3",           // not banker's rounding
        "0.5, 0, 1",
        "-0.5, 0, -1",
        "15.1, 3, 15.100",     // widening keeps the value, adds the scale
        "15.1240645923, 1, 15.1",
        "0.049, 1, 0.0",
        "99.995, 2, 100.00",
        "7, 0, 7",
    })
    void roundsHalfUp(String value, int decimals, String expected) {
        assertThat(Decimals.roundHalfUp(new BigDecimal(value), decimals)).isEqualTo(new BigDecimal(expected));
    }

    // Quotients: 384 / 2539 = 0.15124..., 125525 / 688753 = 0.18224..., 1/8 = 0.125, 10/4 = 2.5.
    @ParameterizedTest
    @CsvSource({
        "384, 2539, 4, 0.1512",
        "384, 2539, 3, 0.151",
        "125525, 688753, 4, 0.1822",
        "1, 3, 2, 0.33",
        "2, 3, 2, 0.67",
        "1, 8, 2, 0.13",
        "-1, 8, 2, -0.13",
        "10, 4, 0, 3",
        "10, 4, 2, 2.50",
        "7, 7, 0, 1",
        "0, 5, 1, 0.0",
    })
    void dividesAndRoundsOnce(String numerator, String denominator, int decimals, String expected) {
        assertThat(Decimals.divide(new BigDecimal(numerator), new BigDecimal(denominator), decimals))
                .isEqualTo(new BigDecimal(expected));
    }

    // Sơn La 2017: 384 women-owned enterprises of 2,539 published as 15,1 %; 125,525 trained
    // female workers of 688,753 (18.2249...%). 23 of 50,000 per 100,000 = 46; 1,120 of 1,000 per 100 = 112.
    @ParameterizedTest
    @CsvSource({
        "384, 2539, 100, 1, 15.1",
        "384, 2539, 100, 2, 15.12",
        "125525, 688753, 100, 2, 18.22",
        "125525, 688753, 100, 1, 18.2",
        "23, 50000, 100000, 1, 46.0",
        "1120, 1000, 100, 0, 112",
    })
    void computesRatesPerN(String numerator, String denominator, String per, int decimals, String expected) {
        assertThat(Decimals.rate(new BigDecimal(numerator), new BigDecimal(denominator), new BigDecimal(per),
                decimals)).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void rateMultipliesBeforeItRounds() {
        // 1/3 rounded to 2 decimals is 0.33, times 100 would be 33.00; the rate is 33.33.
        assertThat(Decimals.rate(BigDecimal.ONE, new BigDecimal("3"), new BigDecimal("100"), 2))
                .isEqualTo(new BigDecimal("33.33"));
    }

    @ParameterizedTest
    @CsvSource({"0", "0.00", "-0.0"})
    void refusesAZeroDenominator(String zero) {
        BigDecimal denominator = new BigDecimal(zero);
        assertThatThrownBy(() -> Decimals.divide(BigDecimal.ONE, denominator, 2))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Decimals.denominator");
                    assertThat(e.value()).isEqualTo(denominator.toPlainString());
                    assertThat(e.getMessage())
                            .isEqualTo("Decimals.denominator: " + denominator.toPlainString() + " must not be zero");
                });
        assertThatThrownBy(() -> Decimals.rate(BigDecimal.ONE, denominator, BigDecimal.TEN, 2))
                .isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @CsvSource({"-1", "65"})
    void refusesDecimalsOutOfRange(int decimals) {
        assertThatThrownBy(() -> Decimals.roundHalfUp(BigDecimal.ONE, decimals))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Decimals.decimals");
                    assertThat(e.value()).isEqualTo(String.valueOf(decimals));
                    assertThat(e.getMessage()).isEqualTo("Decimals.decimals: " + decimals + " must be from 0 to 64");
                });
        assertThatThrownBy(() -> Decimals.divide(BigDecimal.ONE, BigDecimal.ONE, decimals))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void tellsWholeNumbersWhateverTheScale() {
        assertThat(Decimals.isWhole(new BigDecimal("12.0"))).isTrue();
        assertThat(Decimals.isWhole(new BigDecimal("1E+3"))).isTrue();
        assertThat(Decimals.isWhole(new BigDecimal("0.000"))).isTrue();
        assertThat(Decimals.isWhole(new BigDecimal("2.5"))).isFalse();
        assertThat(Decimals.isWhole(new BigDecimal("-0.01"))).isFalse();
    }
}
