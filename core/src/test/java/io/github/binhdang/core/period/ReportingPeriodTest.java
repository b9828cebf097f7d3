package io.github.binhdang.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.TextParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportingPeriodTest {

    static Stream<Arguments> acceptedForms() {
        return Stream.of(
                Arguments.of("2022", YearPeriod.of(2022)),
                Arguments.of("2022-S1", HalfYearPeriod.of(2022, 1)),
                Arguments.of("2022-S2", HalfYearPeriod.of(2022, 2)),
                Arguments.of("2022-Q3", QuarterPeriod.of(2022, 3)),
                Arguments.of("2022-M09", MonthPeriod.of(2022, 9)),
                Arguments.of("2022-M12", MonthPeriod.of(2022, 12)),
                Arguments.of("2021/2025", SpanPeriod.ofClosed(2021, 2025)),
                Arguments.of("HDND:2016/2021", TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021)),
                Arguments.of("QH:2021/2026", TermPeriod.of(TermBody.NATIONAL_ASSEMBLY, 2021, 2026)),
                Arguments.of("CAPUY:2020/2025", TermPeriod.of(TermBody.PARTY_COMMITTEE, 2020, 2025)),
                // DHIS2 forms
                Arguments.of("2022S1", HalfYearPeriod.of(2022, 1)),
                Arguments.of("2022Q3", QuarterPeriod.of(2022, 3)),
                Arguments.of("202209", MonthPeriod.of(2022, 9)),
                Arguments.of("202201", MonthPeriod.of(2022, 1)),
                // SDMX forms
                Arguments.of("2021-01-01/P5Y", SpanPeriod.ofClosed(2021, 2025)),
                Arguments.of("2018-01-01/P2Y", SpanPeriod.ofClosed(2018, 2019)),
                Arguments.of("2022-01-01/P1Y", YearPeriod.of(2022)),
                // whitespace around the text
                Arguments.of("  2022-Q3\t", QuarterPeriod.of(2022, 3)),
                Arguments.of("\n2021/2025 ", SpanPeriod.ofClosed(2021, 2025)),
                // the ends of the year range
                Arguments.of("1900", YearPeriod.of(1900)),
                Arguments.of("9999-M12", MonthPeriod.of(9999, 12)));
    }

    @ParameterizedTest
    @MethodSource("acceptedForms")
    void parsesEveryAcceptedForm(String text, ReportingPeriod expected) {
        assertThat(ReportingPeriod.parse(text)).isEqualTo(expected);
    }

    static Stream<Arguments> badText() {
        return Stream.of(
                Arguments.of("2022-Q5", 6, "quarter must be 1 to 4"),
                Arguments.of("2022-Q0", 6, "quarter must be 1 to 4"),
                Arguments.of("2022-Q", 6, "quarter must be 1 to 4"),
                Arguments.of("2022-Q10", 6, "quarter must be 1 to 4"),
                Arguments.of("2022Q5", 5, "quarter must be 1 to 4"),
                Arguments.of("2022-S3", 6, "half-year must be 1 or 2"),
                Arguments.of("2022-M13", 6, "month must be 01 to 12"),
                Arguments.of("2022-M9", 6, "month must be 01 to 12"),
                Arguments.of("202213", 4, "month must be 01 to 12"),
                Arguments.of("2025/2021", 5, "end year 2021 precedes start year 2025"),
                Arguments.of("2022/2022", 5, "a span covers two or more years; write 2022 for one year"),
                Arguments.of("HDND:2016/2016", 10,
                        "a term lasts at least one year; end year must be after start year"),
                Arguments.of("HDND:2021/2016", 10, "end year 2016 precedes start year 2021"),
                Arguments.of("XYZ:2016/2021", 0, "term body must be HDND, QH or CAPUY"),
                Arguments.of("hdnd:2016/2021", 0, "term body must be HDND, QH or CAPUY"),
                Arguments.of("abc", 0,
                        "expected a year such as 2022 or a term body code (HDND, QH or CAPUY) and ':'"),
                Arguments.of("", 0, "text is empty; expected a period such as 2022, 2022-Q3 or 2021/2025"),
                Arguments.of("   ", 0, "text is empty; expected a period such as 2022, 2022-Q3 or 2021/2025"),
                Arguments.of("1899", 0, "year must have 4 digits, from 1900 to 9999"),
                Arguments.of("10000", 0, "year must have 4 digits, from 1900 to 9999"),
                Arguments.of("22", 0, "year must have 4 digits, from 1900 to 9999"),
                Arguments.of("2022-X1", 5, "expected 'S', 'Q', 'M' or a date after '-'"),
                Arguments.of("2022-", 5, "expected 'S', 'Q', 'M' or a date after '-'"),
                Arguments.of("2022.Q3", 4, "expected '-', '/', 'S', 'Q' or the end after the year"),
                Arguments.of("2022-Q3x", 7, "unexpected text after the period"),
                // the index counts leading whitespace
                Arguments.of("  2022-Q5", 8, "quarter must be 1 to 4"),
                // SDMX
                Arguments.of("2021-02-01/P5Y", 6, "an SDMX period must start on 1 January, as in 2021-01-01/P5Y"),
                Arguments.of("2021-01-15/P5Y", 8, "an SDMX period must start on 1 January, as in 2021-01-01/P5Y"),
                Arguments.of("2021-01-01/P5M", 13, "duration must be whole years (PnY)"),
                Arguments.of("2021-01-01/P0Y", 12, "number of years must be at least 1"),
                Arguments.of("2021-01-01/PY", 12, "expected a number of years from 1 to 4 digits, as in P5Y"),
                Arguments.of("2021-01-01", 10, "expected '/P' and a number of years, as in 2021-01-01/P5Y"),
                Arguments.of("9999-01-01/P2Y", 12, "the period would end after 9999"));
    }

    @ParameterizedTest
    @MethodSource("badText")
    void refusesBadTextAtTheOffendingIndex(String text, int index, String rule) {
        assertThatThrownBy(() -> ReportingPeriod.parse(text))
                .isInstanceOfSatisfying(TextParseException.class, e -> {
                    assertThat(e.field()).isEqualTo("ReportingPeriod");
                    assertThat(e.value()).isEqualTo(text);
                    assertThat(e.text()).isEqualTo(text);
                    assertThat(e.index()).isEqualTo(index);
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.getMessage())
                            .isEqualTo("Cannot parse '" + text + "' at index " + index + ": " + rule);
                });
    }

    @Test
    void quarterFiveMessageMatchesTheHouseExample() {
        assertThatThrownBy(() -> ReportingPeriod.parse("2022-Q5"))
                .hasMessage("Cannot parse '2022-Q5' at index 6: quarter must be 1 to 4");
    }

    @Test
    void refusesNullText() {
        assertThatThrownBy(() -> ReportingPeriod.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void containsPeriodsWhollyInside() {
        assertThat(YearPeriod.of(2022).contains(QuarterPeriod.of(2022, 3))).isTrue();
        assertThat(SpanPeriod.ofClosed(2021, 2025).contains(YearPeriod.of(2023))).isTrue();
        assertThat(SpanPeriod.ofClosed(2021, 2025).contains(SpanPeriod.ofClosed(2021, 2025))).isTrue();
        assertThat(HalfYearPeriod.of(2022, 1).contains(QuarterPeriod.of(2022, 3))).isFalse();
        assertThat(HalfYearPeriod.of(2022, 1).contains(QuarterPeriod.of(2022, 2))).isTrue();
        assertThat(QuarterPeriod.of(2022, 3).contains(YearPeriod.of(2022))).isFalse();
        assertThat(SpanPeriod.ofClosed(2021, 2025).contains(YearPeriod.of(2026))).isFalse();
    }

    @Test
    void containsDaysBothEndsIncluded() {
        assertThat(YearPeriod.of(2022).contains(LocalDate.of(2022, 6, 30))).isTrue();
        assertThat(YearPeriod.of(2022).contains(LocalDate.of(2022, 1, 1))).isTrue();
        assertThat(YearPeriod.of(2022).contains(LocalDate.of(2022, 12, 31))).isTrue();
        assertThat(YearPeriod.of(2022).contains(LocalDate.of(2021, 12, 31))).isFalse();
        assertThat(HalfYearPeriod.of(2022, 1).contains(LocalDate.of(2022, 7, 1))).isFalse();
    }

    @Test
    void overlapsWhenADayIsShared() {
        TermPeriod earlier = TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2011, 2016);
        TermPeriod later = TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021);
        assertThat(earlier.overlaps(later)).isTrue();
        assertThat(later.overlaps(earlier)).isTrue();
        assertThat(HalfYearPeriod.of(2022, 1).overlaps(QuarterPeriod.of(2022, 3))).isFalse();
        assertThat(SpanPeriod.ofClosed(2016, 2020).overlaps(SpanPeriod.ofClosed(2021, 2025))).isFalse();
        assertThat(SpanPeriod.ofClosed(2016, 2021).overlaps(SpanPeriod.ofClosed(2021, 2025))).isTrue();
    }

    @Test
    void startAndEndYears() {
        assertThat(SpanPeriod.ofClosed(2021, 2025).startYear()).isEqualTo(2021);
        assertThat(SpanPeriod.ofClosed(2021, 2025).endYear()).isEqualTo(2025);
        assertThat(MonthPeriod.of(2022, 9).startYear()).isEqualTo(2022);
        assertThat(MonthPeriod.of(2022, 9).endYear()).isEqualTo(2022);
    }

    @Test
    void toDateRangeGivesTheCalendarDays() {
        assertThat(QuarterPeriod.of(2022, 3).toDateRange())
                .isEqualTo(new DateRange(LocalDate.of(2022, 7, 1), LocalDate.of(2022, 9, 30)));
    }

    @Test
    void ordersByStartThenEndThenKindThenBody() {
        // Expected order worked out by hand from the rule: start, then end, then kind, then body.
        List<ReportingPeriod> expected = List.of(
                SpanPeriod.ofClosed(2016, 2021),                           // 2016-01-01..2021-12-31 SPAN
                TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021),       // same days, TERM, HDND
                TermPeriod.of(TermBody.NATIONAL_ASSEMBLY, 2016, 2021),     // same days, TERM, QH
                SpanPeriod.ofClosed(2021, 2025),                           // 2021-01-01..2025-12-31
                MonthPeriod.of(2022, 1),                                   // 2022-01-01..2022-01-31
                QuarterPeriod.of(2022, 1),                                 // 2022-01-01..2022-03-31
                HalfYearPeriod.of(2022, 1),                                // 2022-01-01..2022-06-30
                YearPeriod.of(2022),                                       // 2022-01-01..2022-12-31
                MonthPeriod.of(2022, 2),                                   // 2022-02-01..2022-02-28
                QuarterPeriod.of(2022, 3),                                 // 2022-07-01..2022-09-30
                HalfYearPeriod.of(2022, 2),                                // 2022-07-01..2022-12-31
                YearPeriod.of(2023));
        List<ReportingPeriod> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.swap(shuffled, 2, 7);
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Property
    void parseReadsBackTheCanonicalText(@ForAll("periods") ReportingPeriod period) {
        assertThat(ReportingPeriod.parse(period.toString())).isEqualTo(period);
    }

    @Property
    void compareToIsConsistentWithEquals(@ForAll("periods") ReportingPeriod a, @ForAll("periods") ReportingPeriod b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    }

    @Property
    void startIsNeverAfterEnd(@ForAll("periods") ReportingPeriod period) {
        assertThat(period.start()).isBeforeOrEqualTo(period.end());
        assertThat(period.contains(period)).isTrue();
        assertThat(period.kind().name()).isNotEmpty();
    }

    @Provide
    Arbitrary<ReportingPeriod> periods() {
        return Periods.any();
    }
}
