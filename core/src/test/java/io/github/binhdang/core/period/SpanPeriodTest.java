package io.github.binhdang.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanPeriodTest {

    @Test
    void runsFromTheFirstYearsFirstDayToTheLastYearsLastDay() {
        SpanPeriod phase = SpanPeriod.ofClosed(2021, 2025);
        assertThat(phase.firstYear()).isEqualTo(2021);
        assertThat(phase.lastYear()).isEqualTo(2025);
        assertThat(phase.years()).isEqualTo(5);
        assertThat(phase.start()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(phase.end()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(phase.kind()).isEqualTo(PeriodKind.SPAN);
        assertThat(phase).hasToString("2021/2025");
    }

    @Test
    void twoYearsReportedTogether() {
        SpanPeriod pair = SpanPeriod.ofClosed(2018, 2019);
        assertThat(pair.years()).isEqualTo(2);
        assertThat(pair.contains(YearPeriod.of(2018))).isTrue();
        assertThat(pair.contains(YearPeriod.of(2019))).isTrue();
    }

    @Test
    void refusesASpanThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> SpanPeriod.ofClosed(2025, 2021))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("SpanPeriod.lastYear");
                    assertThat(e.value()).isEqualTo("2021");
                    assertThat(e.getMessage()).isEqualTo("SpanPeriod.lastYear: 2021 precedes firstYear 2025");
                });
    }

    @Test
    void refusesASpanOfOneYear() {
        assertThatThrownBy(() -> SpanPeriod.ofClosed(2022, 2022))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("SpanPeriod.lastYear");
                    assertThat(e.value()).isEqualTo("2022");
                    assertThat(e.getMessage()).isEqualTo("SpanPeriod.lastYear: 2022 equals firstYear;"
                            + " a single year is a YearPeriod, use YearPeriod.of(2022)");
                });
    }

    @Test
    void refusesYearsOutOfRange() {
        assertThatThrownBy(() -> SpanPeriod.ofClosed(1899, 1905))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("SpanPeriod.firstYear");
                    assertThat(e.value()).isEqualTo("1899");
                });
        assertThatThrownBy(() -> SpanPeriod.ofClosed(9998, 10000))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("SpanPeriod.lastYear");
                    assertThat(e.value()).isEqualTo("10000");
                });
    }

    @Test
    void equalityGroups() {
        EqualityGroups.check(List.of(
                List.of(SpanPeriod.ofClosed(2021, 2025), SpanPeriod.ofClosed(2021, 2025),
                        ReportingPeriod.parse("2021-01-01/P5Y")),
                List.of(SpanPeriod.ofClosed(2021, 2030)),
                List.of(SpanPeriod.ofClosed(2026, 2030)),
                List.of(TermPeriod.of(TermBody.NATIONAL_ASSEMBLY, 2021, 2025))));
    }
}
