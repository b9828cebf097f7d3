package io.github.binhdang.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermPeriodTest {

    @Test
    void runsFromTheFirstYearsFirstDayToTheLastYearsLastDay() {
        TermPeriod term = TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021);
        assertThat(term.body()).isEqualTo(TermBody.PEOPLES_COUNCIL);
        assertThat(term.firstYear()).isEqualTo(2016);
        assertThat(term.lastYear()).isEqualTo(2021);
        assertThat(term.start()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(term.end()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(term.kind()).isEqualTo(PeriodKind.TERM);
        assertThat(term).hasToString("HDND:2016/2021");
    }

    @Test
    void consecutiveTermsShareTheirBoundaryYear() {
        TermPeriod earlier = TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2011, 2016);
        TermPeriod later = TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021);
        assertThat(earlier.contains(LocalDate.of(2016, 5, 22))).isTrue();
        assertThat(later.contains(LocalDate.of(2016, 5, 22))).isTrue();
        assertThat(earlier.overlaps(later)).isTrue();
    }

    @Test
    void refusesATermOfZeroYears() {
        assertThatThrownBy(() -> TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2016))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("TermPeriod.lastYear");
                    assertThat(e.value()).isEqualTo("2016");
                    assertThat(e.getMessage())
                            .isEqualTo("TermPeriod.lastYear: 2016 equals firstYear; a term lasts at least one year");
                });
    }

    @Test
    void refusesATermThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> TermPeriod.of(TermBody.NATIONAL_ASSEMBLY, 2021, 2016))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("TermPeriod.lastYear");
                    assertThat(e.getMessage()).isEqualTo("TermPeriod.lastYear: 2016 precedes firstYear 2021");
                });
    }

    @Test
    void refusesYearsOutOfRange() {
        assertThatThrownBy(() -> TermPeriod.of(TermBody.NATIONAL_ASSEMBLY, 1899, 1904))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("TermPeriod.firstYear"));
        assertThatThrownBy(() -> TermPeriod.of(TermBody.NATIONAL_ASSEMBLY, 9998, 10000))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("TermPeriod.lastYear"));
    }

    @Test
    void refusesANullBody() {
        assertThatThrownBy(() -> TermPeriod.of(null, 2016, 2021)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void equalityGroups() {
        EqualityGroups.check(List.of(
                List.of(TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021),
                        TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021),
                        ReportingPeriod.parse("HDND:2016/2021")),
                List.of(TermPeriod.of(TermBody.NATIONAL_ASSEMBLY, 2016, 2021)),
                List.of(TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2021, 2026)),
                List.of(SpanPeriod.ofClosed(2016, 2021))));
    }
}
