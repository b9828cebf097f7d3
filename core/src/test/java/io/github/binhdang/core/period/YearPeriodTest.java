package io.github.binhdang.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YearPeriodTest {

    @Test
    void runsFromFirstOfJanuaryToThirtyFirstOfDecember() {
        YearPeriod year = YearPeriod.of(2022);
        assertThat(year.year()).isEqualTo(2022);
        assertThat(year.start()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(year.kind()).isEqualTo(PeriodKind.YEAR);
        assertThat(year).hasToString("2022");
    }

    @Test
    void combinesWithHalvesQuartersAndMonths() {
        YearPeriod year = YearPeriod.of(2022);
        assertThat(year.atHalf(1)).isEqualTo(HalfYearPeriod.of(2022, 1));
        assertThat(year.atQuarter(3)).isEqualTo(QuarterPeriod.of(2022, 3));
        assertThat(year.atMonth(9)).isEqualTo(MonthPeriod.of(2022, 9));
    }

    @Test
    void shiftsByYears() {
        assertThat(YearPeriod.of(2022).plusYears(3)).isEqualTo(YearPeriod.of(2025));
        assertThat(YearPeriod.of(2022).plusYears(-122)).isEqualTo(YearPeriod.of(1900));
        assertThat(YearPeriod.of(2022).plusYears(0)).isEqualTo(YearPeriod.of(2022));
    }

    @Test
    void refusesAShiftOutOfRange() {
        assertThatThrownBy(() -> YearPeriod.of(9999).plusYears(1))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("YearPeriod.year");
                    assertThat(e.value()).isEqualTo("10000");
                    assertThat(e.getMessage()).isEqualTo("YearPeriod.year: 10000 must be from 1900 to 9999");
                });
        assertThatThrownBy(() -> YearPeriod.of(2022).plusYears(Long.MAX_VALUE))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.value()).isEqualTo("9223372036854777829"));
    }

    @Test
    void obtainsTheYearOfADate() {
        assertThat(YearPeriod.from(LocalDate.of(2022, 7, 15))).isEqualTo(YearPeriod.of(2022));
    }

    @ParameterizedTest
    @ValueSource(ints = {1899, 10000, 0, -1})
    void refusesYearsOutOfRange(int year) {
        assertThatThrownBy(() -> YearPeriod.of(year))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("YearPeriod.year");
                    assertThat(e.value()).isEqualTo(Integer.toString(year));
                    assertThat(e.getMessage()).isEqualTo("YearPeriod.year: " + year + " must be from 1900 to 9999");
                });
    }

    @Test
    void refusesTheYearOfAnOldDate() {
        assertThatThrownBy(() -> YearPeriod.from(LocalDate.of(1899, 12, 31)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("YearPeriod.year: 1899 must be from 1900 to 9999");
    }

    @Test
    void equalityGroups() {
        EqualityGroups.check(List.of(
                List.of(YearPeriod.of(2022), YearPeriod.of(2022), ReportingPeriod.parse("2022")),
                List.of(YearPeriod.of(2023), YearPeriod.of(2022).plusYears(1)),
                List.of(SpanPeriod.ofClosed(2022, 2023)),
                List.of(HalfYearPeriod.of(2022, 1))));
    }
}
