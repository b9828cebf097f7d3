package io.github.binhdang.core.progress;

import static io.github.binhdang.core.progress.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.period.HalfYearPeriod;
import io.github.binhdang.core.period.YearPeriod;
import org.junit.jupiter.api.Test;

class SeriesPointTest {

    @Test
    void holdsAPeriodAValueAndAQualifier() {
        SeriesPoint p = SeriesPoint.of(YearPeriod.of(2023), d("50.0"));
        assertThat(p.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(p).hasToString("2023: 50.0");
        assertThat(new SeriesPoint(HalfYearPeriod.of(2021, 1), d("330"), Qualifier.MORE_THAN))
                .hasToString("2021-S1: more than 330");
        assertThat(p).isEqualTo(SeriesPoint.of(YearPeriod.of(2023), d("50.0")))
                .isNotEqualTo(SeriesPoint.of(YearPeriod.of(2023), d("50")));
    }

    @Test
    void refusesMissingParts() {
        assertThatThrownBy(() -> new SeriesPoint(YearPeriod.of(2023), d("1"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("qualifier");
        assertThatThrownBy(() -> SeriesPoint.of(null, d("1")))
                .isInstanceOf(NullPointerException.class).hasMessage("period");
    }
}
