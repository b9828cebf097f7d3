package io.github.binhdang.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthPeriodTest {

    @ParameterizedTest
    @CsvSource({
        "2022, 9, 2022-09-01, 2022-09-30, 2022-M09",
        "2022, 12, 2022-12-01, 2022-12-31, 2022-M12",
        "2024, 2, 2024-02-01, 2024-02-29, 2024-M02",
        "2023, 2, 2023-02-01, 2023-02-28, 2023-M02",
        "1900, 2, 1900-02-01, 1900-02-28, 1900-M02",
    })
    void runsOverOneCalendarMonth(int year, int month, LocalDate start, LocalDate end, String text) {
        MonthPeriod period = MonthPeriod.of(year, month);
        assertThat(period.year()).isEqualTo(year);
        assertThat(period.month()).isEqualTo(month);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.kind()).isEqualTo(PeriodKind.MONTH);
        assertThat(period).hasToString(text);
    }

    @Test
    void obtainsTheMonthOfADate() {
        assertThat(MonthPeriod.from(LocalDate.of(2024, 2, 29))).isEqualTo(MonthPeriod.of(2024, 2));
    }

    @Test
    void refusesAThirteenthMonth() {
        assertThatThrownBy(() -> MonthPeriod.of(2022, 13))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("MonthPeriod.month");
                    assertThat(e.value()).isEqualTo("13");
                    assertThat(e.getMessage()).isEqualTo("MonthPeriod.month: 13 must be from 1 to 12");
                });
    }

    @Test
    void refusesAYearOutOfRange() {
        assertThatThrownBy(() -> MonthPeriod.of(1899, 12))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("MonthPeriod.year");
                    assertThat(e.value()).isEqualTo("1899");
                });
    }

    @Test
    void equalityGroups() {
        EqualityGroups.check(List.of(
                List.of(MonthPeriod.of(2022, 9), MonthPeriod.of(2022, 9), ReportingPeriod.parse("202209")),
                List.of(MonthPeriod.of(2022, 10)),
                List.of(MonthPeriod.of(2021, 9)),
                List.of(QuarterPeriod.of(2022, 3))));
    }
}
