package io.github.binhdang.core.period;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodKindTest {

    @ParameterizedTest
    @CsvSource({
        "2022, YEAR",
        "2022-S1, HALF_YEAR",
        "2022-Q3, QUARTER",
        "2022-M09, MONTH",
        "2021/2025, SPAN",
        "QH:2021/2026, TERM",
    })
    void eachTextFormHasItsKind(String text, PeriodKind kind) {
        assertThat(ReportingPeriod.parse(text).kind()).isEqualTo(kind);
    }
}
