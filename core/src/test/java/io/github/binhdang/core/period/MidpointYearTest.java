package io.github.binhdang.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

class MidpointYearTest {

    static Stream<Arguments> midpoints() {
        return Stream.of(
                // A year runs from t = year to t = year + 1.
                Arguments.of(YearPeriod.of(2021), 2021.5),
                Arguments.of(YearPeriod.of(2024), 2024.5),
                // 2021-01-01 (2021.0) to 2026-01-01 (2026.0).
                Arguments.of(SpanPeriod.ofClosed(2021, 2025), 2023.5),
                // 2016-01-01 to 2022-01-01.
                Arguments.of(TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021), 2019.0),
                // 2022-01-01 (2022.0) to 2022-07-01 (day 182: 2022 + 181/365); the middle is 2022 + 90.5/365.
                Arguments.of(HalfYearPeriod.of(2022, 1), 2022 + 90.5 / 365),
                // 2022-07-01 (2022 + 181/365) to 2022-10-01 (day 274: 2022 + 273/365): 2022 + 227/365.
                Arguments.of(QuarterPeriod.of(2022, 3), 2022 + 227.0 / 365),
                // 2024-02-01 (day 32 of 366) to 2024-03-01 (day 61): 2024 + (31 + 60) / 2 / 366.
                Arguments.of(MonthPeriod.of(2024, 2), 2024 + 45.5 / 366));
    }

    @ParameterizedTest(name = "{0} is at {1}")
    @MethodSource("midpoints")
    void placesAPeriodAtItsMidpointInFractionalYears(ReportingPeriod period, double expected) {
        assertThat(period.midpointYear()).isCloseTo(expected, within(1e-9));
    }
}
