package io.github.binhdang.core.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueChecksTest {

    @Test
    void decimalReadsEveryNumberExactly() {
        assertThat(ValueChecks.decimal(new BigDecimal("15.10"))).contains(new BigDecimal("15.10"));
        assertThat(ValueChecks.decimal(38.89)).contains(new BigDecimal("38.89"));
        assertThat(ValueChecks.decimal(2539)).contains(new BigDecimal("2539"));
        assertThat(ValueChecks.decimal(688_753L)).contains(new BigDecimal("688753"));
        assertThat(ValueChecks.decimal(BigInteger.TEN)).contains(BigDecimal.TEN);
        assertThat(ValueChecks.decimal(new AtomicLong(5))).contains(new BigDecimal("5"));
        assertThat(ValueChecks.decimal(Double.NaN)).isEmpty();
        assertThat(ValueChecks.decimal(Float.POSITIVE_INFINITY)).isEmpty();
        assertThat(ValueChecks.isFinite(1.5f)).isTrue();
        assertThat(ValueChecks.isFinite(Double.NEGATIVE_INFINITY)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        // unit, value, valid: the bounds and wholeness Unit.requireValid applies
        "percent, 100, true", "percent, 100.5, false", "percent, -1, false",
        "persons, 12.0, true", "persons, 12.5, false", "persons, -1, false",
        "per_100, 112, true", "per_100, -0.1, false",
        "vnd_million, -50, true",
    })
    void validInAUnitAsRequireValidJudges(String unit, String value, boolean valid) {
        assertThat(ValueChecks.isValidIn(Unit.find(unit).orElseThrow(), new BigDecimal(value))).isEqualTo(valid);
    }

    @Test
    void wholeNumbersWhateverTheScale() {
        assertThat(ValueChecks.isWhole(new BigDecimal("1E+3"))).isTrue();
        assertThat(ValueChecks.isWhole(new BigDecimal("0.00"))).isTrue();
        assertThat(ValueChecks.isWhole(new BigDecimal("12.010"))).isFalse();
        assertThat(ValueChecks.isPercentage(new BigDecimal("38.89"))).isTrue();
        assertThat(ValueChecks.isCount(new BigDecimal("65"))).isTrue();
    }

    @Test
    void periodTextErrorsGiveTheIndex() {
        assertThat(ValueChecks.periodTextError("2022-Q5")).hasValue(6);
        assertThat(ValueChecks.periodTextError("2022-Q3")).isEmpty();
        assertThat(ValueChecks.isCode("14")).isTrue();
        assertThat(ValueChecks.isCode("Sơn La")).isFalse();
    }
}
