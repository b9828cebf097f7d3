package io.github.binhdang.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuarterPeriodTest {

    @ParameterizedTest
    @CsvSource({
        "1, 2022-01-01, 2022-03-31, 2022-Q1",
        "2, 2022-04-01, 2022-06-30, 2022-Q2",
        "3, 2022-07-01, 2022-09-30, 2022-Q3",
        "4, 2022-10-01, 2022-12-31, 2022-Q4",
    })
    void runsOverThreeCalendarMonths(int quarter, LocalDate start, LocalDate end, String text) {
        QuarterPeriod period = QuarterPeriod.of(2022, quarter);
        assertThat(period.year()).isEqualTo(2022);
        assertThat(period.quarter()).isEqualTo(quarter);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.kind()).isEqualTo(PeriodKind.QUARTER);
        assertThat(period).hasToString(text);
    }

    @ParameterizedTest
    @CsvSource({"2022-01-01, 1", "2022-03-31, 1", "2022-04-01, 2", "2022-08-31, 3", "2022-12-31, 4"})
    void obtainsTheQuarterOfADate(LocalDate date, int quarter) {
        assertThat(QuarterPeriod.from(date)).isEqualTo(QuarterPeriod.of(2022, quarter));
    }

    @Test
    void refusesAFifthQuarter() {
        assertThatThrownBy(() -> QuarterPeriod.of(2022, 5))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("QuarterPeriod.quarter");
                    assertThat(e.value()).isEqualTo("5");
                    assertThat(e.getMessage()).isEqualTo("QuarterPeriod.quarter: 5 must be from 1 to 4");
                });
    }

    @Test
    void refusesAYearOutOfRange() {
        assertThatThrownBy(() -> QuarterPeriod.of(10000, 1))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("QuarterPeriod.year");
                    assertThat(e.value()).isEqualTo("10000");
                });
    }

    @Test
    void equalityGroups() {
        EqualityGroups.check(List.of(
                List.of(QuarterPeriod.of(2022, 3), QuarterPeriod.of(2022, 3), ReportingPeriod.parse("2022Q3")),
                List.of(QuarterPeriod.of(2022, 4)),
                List.of(QuarterPeriod.of(2023, 3)),
                List.of(MonthPeriod.of(2022, 3))));
    }
}
