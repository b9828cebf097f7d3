package io.github.binhdang.core.period;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.BilingualText;
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

    @ParameterizedTest
    @CsvSource({
        "YEAR, năm, year",
        "HALF_YEAR, 6 tháng, half-year",
        "QUARTER, quý, quarter",
        "MONTH, tháng, month",
        "SPAN, giai đoạn, span of years",
        "TERM, nhiệm kỳ, term",
    })
    void namesItselfInBothLanguages(PeriodKind kind, String vi, String en) {
        assertThat(kind.title()).isEqualTo(BilingualText.of(vi, en));
    }
}
