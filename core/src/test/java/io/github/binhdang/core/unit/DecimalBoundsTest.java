package io.github.binhdang.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.index.Share;
import io.github.binhdang.core.indicator.Direction;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.progress.SeriesPoint;
import io.github.binhdang.core.strategy.Baseline;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bounds every value keeps (at most 100 significant digits, a scale from -1000 to 1000), so that no
 * value costs more than a few hundred characters to print: {@code 1E+999999999} would take a gigabyte.
 */
// Guards only against a hang (a value printed as a gigabyte); generous, as shared machines run loaded.
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DecimalBoundsTest {

    private static final BigDecimal HUGE = new BigDecimal("1E+999999999");
    private static final BigDecimal TINY = new BigDecimal("1E-999999999");

    @ParameterizedTest
    @ValueSource(strings = {"38.89", "15.10", "0", "-4.61", "1E+3", "1E+100", "1E-100", "1E+1000", "1E-1000", "12000000000000000",
            "0.1234567890123456789012345678901234567890123456789012345678901234"})
    void theModelsValuesAreWithinTheBounds(String text) {
        BigDecimal value = new BigDecimal(text);

        assertThat(Decimals.isBounded(value)).isTrue();
        assertThat(Decimals.requireBounded("Observation.value", value)).isSameAs(value);
    }

    @Test
    void theBoundsAreOneHundredDigitsAndAScaleOfOneThousandEitherWay() {
        assertThat(Decimals.isBounded(new BigDecimal("9".repeat(100)))).isTrue();
        assertThat(Decimals.isBounded(new BigDecimal("9".repeat(101)))).isFalse();
        assertThat(Decimals.isBounded(new BigDecimal("1E+1001"))).isFalse();
        assertThat(Decimals.isBounded(new BigDecimal("1E-1001"))).isFalse();
        assertThat(Decimals.isBounded(HUGE)).isFalse();
        assertThat(Decimals.isBounded(TINY)).isFalse();
    }

    @Test
    void aValueBeyondTheBoundsIsRefusedWithItsScientificForm() {
        assertThatThrownBy(() -> Decimals.requireBounded("Observation.value", HUGE))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Observation.value");
                    assertThat(e.value()).isEqualTo("1E+999999999");
                    assertThat(e.getMessage()).isEqualTo("Observation.value: 1E+999999999 has 1 significant digits and"
                            + " a scale of -999999999; a value has at most 100 significant digits and a scale from"
                            + " -1000 to 1000");
                });
    }

    @Test
    void aMillionDigitValueIsQuotedShort() {
        BigDecimal million = new BigDecimal(java.math.BigInteger.ONE.shiftLeft(3_321_929));

        assertThatThrownBy(() -> Decimals.requireBounded("Quantity.value", million))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.getMessage()).startsWith("Quantity.value: (about 1000000 digits) has about"
                                + " 1000000 significant digits and a scale of 0;"));
    }

    @Test
    void observationsQuantitiesAndTargetsRefuseAbsurdValuesWhereTheyEnter() {
        YearPeriod year = YearPeriod.of(2020);
        assertThatThrownBy(() -> Observation.of("A", "1", year, HUGE)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Observation.value: 1E+999999999 has 1 significant digits");
        assertThatThrownBy(() -> Observation.builder("A", "1", year).components(BigDecimal.ONE, TINY).build())
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Observation.denominator: 1E-999999999");
        assertThatThrownBy(() -> Quantity.of(HUGE, Unit.PERSONS)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Quantity.value: 1E+999999999");
        assertThatThrownBy(() -> Baseline.of(year, HUGE)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Direction.within(BigDecimal.ONE, HUGE)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> SeriesPoint.of(year, TINY)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void formattingRefusesInsteadOfAllocating() {
        for (NumberNotation notation : NumberNotation.values()) {
            assertThatThrownBy(() -> notation.format(HUGE)).isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("NumberNotation.value: 1E+999999999");
        }
        assertThat(NumberNotation.VIETNAMESE.format(new BigDecimal("1E+100")))
                .hasSize(1 + 100 + 33).startsWith("10.000.000");
    }

    @Test
    void aRefusalElsewhereQuotesTheValueShort() {
        assertThatThrownBy(() -> Share.ofPercent(HUGE)).isInstanceOf(InvalidValueException.class)
                .hasMessage("Share.percent: 1E+999999999 is above 100 %");
    }
}
