package io.github.binhdang.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How each kind of period moves along its own sequence: {@code plus}, {@code next}, {@code previous}.
 * The expected periods are counted by hand on the calendar.
 */
class PeriodSequenceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2022            |      1 | 2023
            2022            |     -1 | 2021
            2022            |   7977 | 9999
            2022            |   -122 | 1900
            2022-S1         |      1 | 2022-S2
            2022-S2         |      1 | 2023-S1
            2022-S1         |     -1 | 2021-S2
            2022-S1         |     -3 | 2020-S2
            2022-S1         |     20 | 2032-S1
            1900-S1         |  16199 | 9999-S2
            2022-Q3         |      1 | 2022-Q4
            2022-Q4         |      1 | 2023-Q1
            2022-Q1         |     -1 | 2021-Q4
            2022-Q1         |     -5 | 2020-Q4
            2022-Q3         |      6 | 2024-Q1
            2022-Q2         |    400 | 2122-Q2
            2022-M09        |      1 | 2022-M10
            2022-M12        |      1 | 2023-M01
            2022-M01        |     -1 | 2021-M12
            2022-M03        |    -15 | 2020-M12
            2022-M09        |     28 | 2025-M01
            2022-M09        |  12000 | 3022-M09
            1900-M01        |  97199 | 9999-M12
            2021/2025       |      1 | 2026/2030
            2021/2025       |     -1 | 2016/2020
            2021/2025       |     -2 | 2011/2015
            2018/2019       |      3 | 2024/2025
            2021/2030       |      1 | 2031/2040
            HDND:2016/2021  |      1 | HDND:2021/2026
            HDND:2016/2021  |     -1 | HDND:2011/2016
            HDND:2016/2021  |     -2 | HDND:2006/2011
            QH:2021/2026    |      3 | QH:2036/2041
            CAPUY:2020/2025 |    -20 | CAPUY:1920/1925
            """)
    void movesByWholePeriodsOfItsKind(String from, long periods, String to) {
        ReportingPeriod period = ReportingPeriod.parse(from);
        assertThat(period.plus(periods)).isEqualTo(ReportingPeriod.parse(to));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2022-S2        | 2023-S1        | 2022-S1
            2022-Q4        | 2023-Q1        | 2022-Q3
            2022-Q1        | 2022-Q2        | 2021-Q4
            2022-M12       | 2023-M01       | 2022-M11
            2022-M01       | 2022-M02       | 2021-M12
            2021/2025      | 2026/2030      | 2016/2020
            HDND:2016/2021 | HDND:2021/2026 | HDND:2011/2016
            """)
    void nextAndPreviousAreOneStep(String from, String next, String previous) {
        ReportingPeriod period = ReportingPeriod.parse(from);
        assertThat(period.next()).isEqualTo(ReportingPeriod.parse(next));
        assertThat(period.previous()).isEqualTo(ReportingPeriod.parse(previous));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022", "2022-S1", "2022-Q3", "2022-M09", "2021/2025", "HDND:2016/2021"})
    void plusZeroIsTheSamePeriod(String text) {
        ReportingPeriod period = ReportingPeriod.parse(text);
        assertThat(period.plus(0)).isSameAs(period);
    }

    @Test
    void eachKindKeepsItsType() {
        YearPeriod year = YearPeriod.of(2022).next();
        HalfYearPeriod half = HalfYearPeriod.of(2022, 2).next();
        QuarterPeriod quarter = QuarterPeriod.of(2022, 4).previous();
        MonthPeriod month = MonthPeriod.of(2022, 1).plus(-1);
        SpanPeriod span = SpanPeriod.ofClosed(2021, 2025).next();
        TermPeriod term = TermPeriod.of(TermBody.NATIONAL_ASSEMBLY, 2016, 2021).next();
        assertThat(year.year()).isEqualTo(2023);
        assertThat(half.half()).isEqualTo(1);
        assertThat(quarter.quarter()).isEqualTo(3);
        assertThat(month.month()).isEqualTo(12);
        assertThat(span.years()).isEqualTo(5);
        assertThat(term.body()).isEqualTo(TermBody.NATIONAL_ASSEMBLY);
    }

    @Test
    void movesByKindSpecificUnits() {
        assertThat(HalfYearPeriod.of(2022, 2).plusHalves(1)).isEqualTo(HalfYearPeriod.of(2023, 1));
        assertThat(HalfYearPeriod.of(2022, 1).plusYears(2)).isEqualTo(HalfYearPeriod.of(2024, 1));
        assertThat(QuarterPeriod.of(2022, 4).plusQuarters(-4)).isEqualTo(QuarterPeriod.of(2021, 4));
        assertThat(QuarterPeriod.of(2022, 3).plusYears(-1)).isEqualTo(QuarterPeriod.of(2021, 3));
        assertThat(MonthPeriod.of(2022, 11).plusMonths(3)).isEqualTo(MonthPeriod.of(2023, 2));
        assertThat(MonthPeriod.of(2024, 2).plusYears(1)).isEqualTo(MonthPeriod.of(2025, 2));
        assertThat(YearPeriod.of(2022).plus(-5)).isEqualTo(YearPeriod.of(2017));
    }

    @Test
    void plusYearsOfZeroIsTheSamePeriod() {
        HalfYearPeriod half = HalfYearPeriod.of(2022, 1);
        QuarterPeriod quarter = QuarterPeriod.of(2022, 1);
        MonthPeriod month = MonthPeriod.of(2022, 1);
        assertThat(half.plusYears(0)).isSameAs(half);
        assertThat(quarter.plusYears(0)).isSameAs(quarter);
        assertThat(month.plusYears(0)).isSameAs(month);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            9999            |                    1 | YearPeriod.year      | 10000
            1900            |                   -1 | YearPeriod.year      | 1899
            1900-S1         |                   -1 | HalfYearPeriod.year  | 1899
            9999-S2         |                    1 | HalfYearPeriod.year  | 10000
            9999-Q4         |                    1 | QuarterPeriod.year   | 10000
            1900-Q1         |                   -1 | QuarterPeriod.year   | 1899
            1900-M01        |                   -1 | MonthPeriod.year     | 1899
            9999-M12        |                    1 | MonthPeriod.year     | 10000
            2022-M09        |  9223372036854775807 | MonthPeriod.year     | 768614336404566673
            9995/9999       |                    1 | SpanPeriod.lastYear  | 10004
            1900/1904       |                   -1 | SpanPeriod.firstYear | 1895
            QH:9995/9999    |                    1 | TermPeriod.lastYear  | 10003
            QH:2021/2026    | -9223372036854775808 | TermPeriod.firstYear | -46116860184273877019
            """)
    void refusesToLeaveTheYearRange(String from, long periods, String field, String value) {
        ReportingPeriod period = ReportingPeriod.parse(from);
        assertThatThrownBy(() -> period.plus(periods))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.value()).isEqualTo(value);
                    assertThat(e.getMessage()).isEqualTo(field + ": " + value + " must be from 1900 to 9999");
                });
    }

    @Test
    void nextAndPreviousRefuseToLeaveTheYearRange() {
        assertThatThrownBy(() -> YearPeriod.of(9999).next()).isInstanceOf(InvalidValueException.class)
                .hasMessage("YearPeriod.year: 10000 must be from 1900 to 9999");
        assertThatThrownBy(() -> MonthPeriod.of(1900, 1).previous()).isInstanceOf(InvalidValueException.class)
                .hasMessage("MonthPeriod.year: 1899 must be from 1900 to 9999");
        assertThatThrownBy(() -> TermPeriod.of(TermBody.PEOPLES_COUNCIL, 1900, 1905).previous())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("TermPeriod.firstYear: 1895 must be from 1900 to 9999");
        assertThatThrownBy(() -> QuarterPeriod.of(9999, 1).plusYears(1)).isInstanceOf(InvalidValueException.class)
                .hasMessage("QuarterPeriod.year: 10000 must be from 1900 to 9999");
    }

    @Property
    void nextThenPreviousIsThePeriod(@ForAll("periods") ReportingPeriod period) {
        inRange(period::next).ifPresent(next -> assertThat(next.previous()).isEqualTo(period));
        inRange(period::previous).ifPresent(previous -> assertThat(previous.next()).isEqualTo(period));
    }

    @Property
    void movesAddUp(@ForAll("periods") ReportingPeriod period, @ForAll("steps") long n, @ForAll("steps") long m) {
        inRange(() -> period.plus(n)).ifPresent(moved -> {
            Optional<ReportingPeriod> twice = inRange(() -> moved.plus(m));
            Optional<ReportingPeriod> once = inRange(() -> period.plus(n + m));
            assertThat(twice).isEqualTo(once);
        });
    }

    @Property
    void nextFollowsOnOrSharesTheElectionYear(@ForAll("periods") ReportingPeriod period) {
        inRange(period::next).ifPresent(next -> {
            assertThat(next.kind()).isEqualTo(period.kind());
            if (period instanceof TermPeriod term) {
                assertThat(next.startYear()).isEqualTo(term.lastYear());
                assertThat(((TermPeriod) next).body()).isEqualTo(term.body());
            } else {
                assertThat(next.start()).isEqualTo(period.end().plusDays(1));
            }
            assertThat(next.end().getYear() - next.start().getYear())
                    .isEqualTo(period.end().getYear() - period.start().getYear());
        });
    }

    @Provide
    Arbitrary<ReportingPeriod> periods() {
        return Periods.any();
    }

    @Provide
    Arbitrary<Long> steps() {
        return Arbitraries.longs().between(-20_000, 20_000).edgeCases(c -> c.includeOnly(-1L, 0L, 1L));
    }

    private static Optional<ReportingPeriod> inRange(Supplier<ReportingPeriod> move) {
        try {
            return Optional.of(move.get());
        } catch (InvalidValueException outOfRange) {
            return Optional.empty();
        }
    }
}
