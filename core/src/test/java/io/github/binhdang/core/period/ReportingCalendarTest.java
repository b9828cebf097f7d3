package io.github.binhdang.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingCalendarTest {

    // Windows worked out by hand from Decree 09/2019/NĐ-CP, Art. 12 (15th to 14th), as copied by State
    // Bank Circular 09/2019/TT-NHNN (second half-year: 15/6 to 14/12), and for spans and terms from the
    // annual rule applied to the first and last year.
    @ParameterizedTest
    @CsvSource({
        "2022,           2021-12-15, 2022-12-14",
        "2022-S1,        2021-12-15, 2022-06-14",
        "2022-S2,        2022-06-15, 2022-12-14",
        "2024-S2,        2024-06-15, 2024-12-14",
        "2022-Q1,        2021-12-15, 2022-03-14",
        "2022-Q2,        2022-03-15, 2022-06-14",
        "2022-Q3,        2022-06-15, 2022-09-14",
        "2022-Q4,        2022-09-15, 2022-12-14",
        "2022-M01,       2021-12-15, 2022-01-14",
        "2022-M03,       2022-02-15, 2022-03-14",
        "2022-M07,       2022-06-15, 2022-07-14",
        "2022-M12,       2022-11-15, 2022-12-14",
        "2021/2025,      2020-12-15, 2025-12-14",
        "HDND:2016/2021, 2015-12-15, 2021-12-14",
        "1900,           1899-12-15, 1900-12-14",
    })
    void administrativeWindowsRunFromThe15thToThe14th(String period, LocalDate start, LocalDate end) {
        assertThat(ReportingCalendar.ADMINISTRATIVE.cutOffWindow(ReportingPeriod.parse(period)))
                .isEqualTo(new DateRange(start, end));
    }

    @Test
    void theTwoHalfYearsTileTheAdministrativeYear() {
        // 15/12–14/6 and 15/6–14/12: together the annual window, with no day missing or repeated.
        DateRange first = ReportingCalendar.ADMINISTRATIVE.cutOffWindow(HalfYearPeriod.of(2022, 1));
        DateRange second = ReportingCalendar.ADMINISTRATIVE.cutOffWindow(HalfYearPeriod.of(2022, 2));
        DateRange year = ReportingCalendar.ADMINISTRATIVE.cutOffWindow(YearPeriod.of(2022));
        assertThat(first.start()).isEqualTo(year.start());
        assertThat(second.start()).isEqualTo(first.end().plusDays(1));
        assertThat(second.end()).isEqualTo(year.end());
    }

    @ParameterizedTest
    @CsvSource({
        "ADMINISTRATIVE, 2024,    2024-12-14",
        "ADMINISTRATIVE, 2024-S2, 2024-12-14",
        "ADMINISTRATIVE, 2024-S1, 2024-06-14",
        "ADMINISTRATIVE, 2024-M02, 2024-02-14",
        "STATISTICAL,    2024,    2024-12-31",
        "STATISTICAL,    2024-M02, 2024-02-29",
    })
    void cutOffIsTheLastDayOfTheWindow(ReportingCalendar calendar, String period, LocalDate cutOff) {
        assertThat(calendar.cutOff(ReportingPeriod.parse(period))).isEqualTo(cutOff);
    }

    @ParameterizedTest
    @CsvSource({
        "2022,           2022-01-01, 2022-12-31",
        "2022-S1,        2022-01-01, 2022-06-30",
        "2022-S2,        2022-07-01, 2022-12-31",
        "2022-Q3,        2022-07-01, 2022-09-30",
        "2024-M02,       2024-02-01, 2024-02-29",
        "2021/2025,      2021-01-01, 2025-12-31",
        "HDND:2016/2021, 2016-01-01, 2021-12-31",
    })
    void statisticalWindowsAreTheCalendarDays(String period, LocalDate start, LocalDate end) {
        assertThat(ReportingCalendar.STATISTICAL.cutOffWindow(ReportingPeriod.parse(period)))
                .isEqualTo(new DateRange(start, end));
    }

    @Test
    void refusesANullPeriod() {
        assertThatThrownBy(() -> ReportingCalendar.STATISTICAL.cutOffWindow(null))
                .isInstanceOf(NullPointerException.class);
    }
}
