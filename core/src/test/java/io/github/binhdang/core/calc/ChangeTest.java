package io.github.binhdang.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChangeTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void peoplesCouncilShareBetweenTermsIsAChangeInPoints() {
        // Seed 000: 38.89 % in 2016–2021, "up 4.61" against 2011–2016, so 34.28 % before.
        Change c = Change.between(ReportingPeriod.parse("HDND:2011/2016"), d("34.28"),
                ReportingPeriod.parse("HDND:2016/2021"), d("38.89"), Unit.PERCENT);
        assertThat(c.absolute()).isEqualTo(d("4.61"));
        assertThat(c.absoluteUnit()).isEqualTo(Unit.PERCENTAGE_POINT);
        // Midpoints 2014.0 and 2019.0.
        assertThat(c.years()).isEqualTo(5.0);
        // 4.61 / 34.28 = 0.134480... -> 13.45 %.
        assertThat(c.relative(2).value()).isEqualTo(d("13.45"));
        // 4.61 / 5 = 0.922 -> 0.92 points a year.
        assertThat(c.averageAnnual(2).value()).isEqualTo(d("0.92"));
    }

    @Test
    void compoundAnnualGrowth() {
        // 40 in 2021 to 50 in 2023: sqrt(1.25) - 1 = 0.1180339... -> 11.80 % a year.
        Change c = Change.between(YearPeriod.of(2021), d("40"), YearPeriod.of(2023), d("50"), Unit.PERCENT);
        assertThat(c.years()).isEqualTo(2.0);
        assertThat(c.compoundAnnualGrowthRate(2).value()).isEqualTo(d("11.80"));
        assertThat(c.averageAnnual(1).value()).isEqualTo(d("5.0"));
        Change fromZero = Change.between(YearPeriod.of(2021), d("0"), YearPeriod.of(2023), d("5"), Unit.COUNT);
        assertThat(fromZero.compoundAnnualGrowthRate(2).reason()).contains(NoDataReason.UNDEFINED);
        assertThat(fromZero.relative(2).reason()).contains(NoDataReason.ZERO_DENOMINATOR);
    }

    @Test
    void refusesPeriodsOutOfOrder() {
        assertThatThrownBy(() -> Change.between(YearPeriod.of(2023), d("1"), YearPeriod.of(2021), d("2"), Unit.COUNT))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Change.to");
                    assertThat(e.value()).isEqualTo("2021");
                });
    }
}
