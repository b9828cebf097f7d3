package io.github.binhdang.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static final LocalDate DEC_15 = LocalDate.of(2021, 12, 15);
    private static final LocalDate DEC_14 = LocalDate.of(2022, 12, 14);

    @Test
    void containsBothEnds() {
        DateRange window = new DateRange(DEC_15, DEC_14);
        assertThat(window.contains(DEC_15)).isTrue();
        assertThat(window.contains(DEC_14)).isTrue();
        assertThat(window.contains(LocalDate.of(2021, 12, 14))).isFalse();
        assertThat(window.contains(LocalDate.of(2022, 12, 15))).isFalse();
        assertThat(window).hasToString("2021-12-15/2022-12-14");
    }

    @Test
    void allowsOneDay() {
        assertThat(new DateRange(DEC_15, DEC_15).contains(DEC_15)).isTrue();
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> new DateRange(DEC_14, DEC_15))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("DateRange.end");
                    assertThat(e.value()).isEqualTo("2021-12-15");
                    assertThat(e.getMessage()).isEqualTo("DateRange.end: 2021-12-15 precedes start 2022-12-14");
                });
    }

    @Test
    void refusesNulls() {
        assertThatThrownBy(() -> new DateRange(null, DEC_14)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DateRange(DEC_15, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void equalityGroups() {
        EqualityGroups.check(List.of(
                List.of(new DateRange(DEC_15, DEC_14), new DateRange(LocalDate.of(2021, 12, 15), DEC_14)),
                List.of(new DateRange(DEC_15, DEC_15)),
                List.of(new DateRange(DEC_14, DEC_14))));
    }
}
