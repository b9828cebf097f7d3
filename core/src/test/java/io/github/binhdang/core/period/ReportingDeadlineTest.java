package io.github.binhdang.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingDeadlineTest {

    private static final ReportingDeadline GE = ReportingDeadline.GENDER_EQUALITY_ANNUAL;

    // Worked out by hand: the report is that of the period's last year; its cut-off is 14 December of
    // that year (Decree 09/2019/NĐ-CP, Art. 12(4)); final by the next report's cut-off, a year later.
    @ParameterizedTest
    @CsvSource({
        "2024,           2024, 2024-12-14, 2025-12-14",
        "2024-S1,        2024, 2024-12-14, 2025-12-14",
        "2024-S2,        2024, 2024-12-14, 2025-12-14",
        "2024-Q4,        2024, 2024-12-14, 2025-12-14",
        "2024-M12,       2024, 2024-12-14, 2025-12-14",
        "2021/2025,      2025, 2025-12-14, 2026-12-14",
        "HDND:2016/2021, 2021, 2021-12-14, 2022-12-14",
        "9999,           9999, 9999-12-14, +10000-12-14",
    })
    void genderEqualityAnnualReport(String period, int report, LocalDate cutOff, String finalBy) {
        ReportingPeriod p = ReportingPeriod.parse(period);
        assertThat(GE.report(p)).isEqualTo(YearPeriod.of(report));
        assertThat(GE.cutOff(p)).isEqualTo(cutOff);
        assertThat(GE.finalBy(p)).isEqualTo(LocalDate.parse(finalBy));
    }

    @Test
    void aProvisional2024FigureIsOverdueFromTheDayAfter14December2025() {
        YearPeriod y2024 = YearPeriod.of(2024);
        assertThat(GE.isFinalDue(y2024, LocalDate.of(2025, 6, 30))).isFalse();
        assertThat(GE.isFinalDue(y2024, LocalDate.of(2025, 12, 14))).isFalse();
        assertThat(GE.isFinalDue(y2024, LocalDate.of(2025, 12, 15))).isTrue();
        assertThat(GE.isFinalDue(y2024, LocalDate.of(2026, 3, 1))).isTrue();
    }

    @Test
    void ofAnnualInTheStatisticalCalendar() {
        ReportingDeadline sameYear = ReportingDeadline.ofAnnual(ReportingCalendar.STATISTICAL, 0);
        assertThat(sameYear.cutOff(QuarterPeriod.of(2024, 2))).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(sameYear.finalBy(YearPeriod.of(2024))).isEqualTo(LocalDate.of(2024, 12, 31));
        ReportingDeadline twoLater = ReportingDeadline.ofAnnual(ReportingCalendar.ADMINISTRATIVE, 2);
        assertThat(twoLater.finalBy(YearPeriod.of(2024))).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void equalityAndText() {
        assertThat(ReportingDeadline.ofAnnual(ReportingCalendar.ADMINISTRATIVE, 1)).isEqualTo(GE)
                .hasSameHashCodeAs(GE);
        assertThat(ReportingDeadline.ofAnnual(ReportingCalendar.STATISTICAL, 1)).isNotEqualTo(GE);
        assertThat(ReportingDeadline.ofAnnual(ReportingCalendar.ADMINISTRATIVE, 2)).isNotEqualTo(GE);
        assertThat(GE).hasToString("ReportingDeadline[ADMINISTRATIVE, final 1 annual report later]");
        assertThat(ReportingDeadline.ofAnnual(ReportingCalendar.STATISTICAL, 0))
                .hasToString("ReportingDeadline[STATISTICAL, final 0 annual reports later]");
    }

    @Test
    void refusesANumberOfReportsOutOfRange() {
        assertThatThrownBy(() -> ReportingDeadline.ofAnnual(ReportingCalendar.ADMINISTRATIVE, 11))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("ReportingDeadline.laterReports");
                    assertThat(e.value()).isEqualTo("11");
                });
        assertThatThrownBy(() -> ReportingDeadline.ofAnnual(ReportingCalendar.ADMINISTRATIVE, -1))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReportingDeadline.ofAnnual(null, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> GE.cutOff(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> GE.isFinalDue(YearPeriod.of(2024), null)).isInstanceOf(NullPointerException.class);
    }
}
