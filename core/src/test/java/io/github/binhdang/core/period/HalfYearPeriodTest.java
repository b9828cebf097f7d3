package io.github.binhdang.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HalfYearPeriodTest {

    @ParameterizedTest
    @CsvSource({
        "2022, 1, 2022-01-01, 2022-06-30, 2022-S1",
        "2022, 2, 2022-07-01, 2022-12-31, 2022-S2",
    })
    void runsOverSixCalendarMonths(int year, int half, LocalDate start, LocalDate end, String text) {
        HalfYearPeriod period = HalfYearPeriod.of(year, half);
        assertThat(period.year()).isEqualTo(year);
        assertThat(period.half()).isEqualTo(half);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.kind()).isEqualTo(PeriodKind.HALF_YEAR);
        assertThat(period).hasToString(text);
    }

    @ParameterizedTest
    @CsvSource({"2022-01-01, 1", "2022-06-30, 1", "2022-07-01, 2", "2022-12-31, 2"})
    void obtainsTheHalfOfADate(LocalDate date, int half) {
        assertThat(HalfYearPeriod.from(date)).isEqualTo(HalfYearPeriod.of(2022, half));
    }

    @Test
    void refusesAThirdHalf() {
        assertThatThrownBy(() -> HalfYearPeriod.of(2022, 3))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("HalfYearPeriod.half");
                    assertThat(e.value()).isEqualTo("3");
                    assertThat(e.getMessage()).isEqualTo("HalfYearPeriod.half: 3 must be from 1 to 2");
                });
    }

    @Test
    void refusesAYearOutOfRange() {
        assertThatThrownBy(() -> HalfYearPeriod.of(1899, 1))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("HalfYearPeriod.year");
                    assertThat(e.value()).isEqualTo("1899");
                });
    }

    @Test
    void equalityGroups() {
        EqualityGroups.check(List.of(
                List.of(HalfYearPeriod.of(2022, 1), HalfYearPeriod.of(2022, 1), ReportingPeriod.parse("2022S1")),
                List.of(HalfYearPeriod.of(2022, 2), HalfYearPeriod.from(LocalDate.of(2022, 8, 1))),
                List.of(HalfYearPeriod.of(2023, 1)),
                List.of(QuarterPeriod.of(2022, 1))));
    }
}
