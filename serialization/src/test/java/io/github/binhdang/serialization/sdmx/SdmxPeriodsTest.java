package io.github.binhdang.serialization.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.TextParseException;
import io.github.binhdang.core.period.HalfYearPeriod;
import io.github.binhdang.core.period.MonthPeriod;
import io.github.binhdang.core.period.QuarterPeriod;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.period.TermPeriod;
import io.github.binhdang.core.period.YearPeriod;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** SDMX time periods, rows from the SDMX 2.1 time period forms (Section 6, "Time period"). */
class SdmxPeriodsTest {

    static Stream<Arguments> read() {
        return Stream.of(
                Arguments.of("2022", YearPeriod.of(2022)),
                Arguments.of("2022-A1", YearPeriod.of(2022)),
                Arguments.of("2022-S1", HalfYearPeriod.of(2022, 1)),
                Arguments.of("2022-Q3", QuarterPeriod.of(2022, 3)),
                Arguments.of("2022-M09", MonthPeriod.of(2022, 9)),
                Arguments.of("2022-09", MonthPeriod.of(2022, 9)),
                Arguments.of("2021-01-01/P5Y", SpanPeriod.ofClosed(2021, 2025)),
                Arguments.of("2022-01-01/P1Y", YearPeriod.of(2022)));
    }

    @ParameterizedTest
    @MethodSource
    void read(String text, ReportingPeriod expected) {
        assertThat(SdmxPeriods.parse(text)).isEqualTo(expected);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("2022-Q5", "quarter"),
                Arguments.of("2022-W05", "weeks"),
                Arguments.of("2022-D032", "days"),
                Arguments.of("2022-09-01", "dates"),
                Arguments.of("2016-05-22/P5Y", "1 January"),
                Arguments.of("2022Q3", "'-' after the year"),
                Arguments.of("22", "four digits"),
                Arguments.of("2022-X1", "not an SDMX time period"));
    }

    @ParameterizedTest
    @MethodSource
    void refused(String text, String reason) {
        assertThatThrownBy(() -> SdmxPeriods.parse(text)).isInstanceOf(TextParseException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void writesSpansAndTermsAsRangesOfTheirYears() {
        // The People's Council term 2016–2021 covers 1 January 2016 to 31 December 2021: six years.
        assertThat(SdmxPeriods.format(TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021))).isEqualTo("2016-01-01/P6Y");
        assertThat(SdmxPeriods.format(SpanPeriod.ofClosed(2021, 2025))).isEqualTo("2021-01-01/P5Y");
        assertThat(SdmxPeriods.format(QuarterPeriod.of(2022, 3))).isEqualTo("2022-Q3");
        assertThat(SdmxPeriods.format(MonthPeriod.of(2022, 9))).isEqualTo("2022-M09");
    }
}
