package io.github.binhdang.core.data.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.period.YearPeriod;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DatasetAccessTest {

    @Test
    void theAccessorIsRegisteredOnceAndASecondRegistrationIsRefused() {
        Dataset d = Dataset.of(java.util.List.of(Observation.of("W_ENT", "14", YearPeriod.of(2017), new BigDecimal("15.1"))));
        // Dataset registered itself when its class was initialised: its columns are readable.
        assertThat(DatasetAccess.columns(d).size()).isEqualTo(1);
        assertThatThrownBy(() -> DatasetAccess.register(dataset -> new ObservationTable(0), table -> Dataset.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("registered once");
        // The first registration still answers.
        assertThat(DatasetAccess.columns(d).value(0)).isEqualTo(new BigDecimal("15.1"));
    }
}
