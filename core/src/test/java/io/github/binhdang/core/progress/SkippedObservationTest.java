package io.github.binhdang.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.period.YearPeriod;
import org.junit.jupiter.api.Test;

class SkippedObservationTest {

    private static final ObservationKey KEY = new ObservationKey("SHARE", "14", YearPeriod.of(2022), Breakdown.TOTAL);

    @Test
    void holdsTheKeyAndTheReason() {
        SkippedObservation s = new SkippedObservation(KEY, BilingualText.of("mẫu số bằng 0", "zero denominator"));
        assertThat(s.key()).isEqualTo(KEY);
        assertThat(s.reason().en()).isEqualTo("zero denominator");
    }

    @Test
    void refusesMissingParts() {
        assertThatThrownBy(() -> new SkippedObservation(KEY, null))
                .isInstanceOf(NullPointerException.class).hasMessage("reason");
    }
}
