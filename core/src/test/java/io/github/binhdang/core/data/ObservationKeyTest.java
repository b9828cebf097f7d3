package io.github.binhdang.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.TextParseException;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.period.TermPeriod;
import io.github.binhdang.core.period.YearPeriod;
import org.junit.jupiter.api.Test;

/** The text form of a key: what toString writes, parse reads back, periods with a '/' included. */
class ObservationKeyTest {

    @Test
    void parseReadsWhatToStringWrites() {
        ObservationKey total = new ObservationKey("W_ENT", "14", YearPeriod.of(2017), Breakdown.TOTAL);
        ObservationKey term = new ObservationKey("PC_SHARE", "14", TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021),
                Breakdown.FEMALE);
        ObservationKey span = new ObservationKey("EDU.1", "VN", SpanPeriod.ofClosed(2021, 2025), Breakdown.MALE);
        assertThat(total.toString()).isEqualTo("W_ENT/14/2017/_T");
        assertThat(ObservationKey.parse("W_ENT/14/2017/_T")).isEqualTo(total);
        assertThat(ObservationKey.parse("PC_SHARE/14/HDND:2016/2021/SEX=F")).isEqualTo(term);
        assertThat(ObservationKey.parse(span.toString())).isEqualTo(span);
    }

    @Test
    void badTextIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> ObservationKey.parse("W_ENT/14/2017"))
                .isInstanceOf(TextParseException.class)
                .hasMessageContaining("expected indicator/area/period/breakdown");
        assertThatThrownBy(() -> ObservationKey.parse("/14/2017/_T"))
                .isInstanceOfSatisfying(TextParseException.class, e -> assertThat(e.index()).isZero());
        // "W_ENT/14/" is 9 characters; the period "2022-Q5" fails at its own index 6, so at 15.
        assertThatThrownBy(() -> ObservationKey.parse("W_ENT/14/2022-Q5/_T"))
                .isInstanceOfSatisfying(TextParseException.class, e -> assertThat(e.index()).isEqualTo(15));
    }
}
