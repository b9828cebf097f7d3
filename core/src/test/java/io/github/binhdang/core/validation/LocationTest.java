package io.github.binhdang.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.period.YearPeriod;
import org.junit.jupiter.api.Test;

class LocationTest {

    private static final ObservationKey KEY = new ObservationKey("W_ENT", "14", YearPeriod.of(2017), Breakdown.TOTAL);

    @Test
    void anObservationsField() {
        Location l = Location.of(KEY, "value").withIndex(3);
        assertThat(l.key()).contains(KEY);
        assertThat(l.subject()).isEqualTo("W_ENT/14/2017/_T");
        assertThat(l.indicator()).contains("W_ENT");
        assertThat(l.area()).contains("14");
        assertThat(l.period()).contains(YearPeriod.of(2017));
        assertThat(l.path()).isEqualTo("value");
        assertThat(l.index()).hasValue(3);
        assertThat(l.line()).isEmpty();
        assertThat(l).hasToString("W_ENT/14/2017/_T value (index 3)");
        assertThat(l.withPosition(5, 12)).hasToString("W_ENT/14/2017/_T value (index 3, line 5, column 12)");
        assertThat(l.withPath("numerator").path()).isEqualTo("numerator");
    }

    @Test
    void otherSubjects() {
        Location target = Location.of("VN-NSGE-2021-2030/2.3", "milestones[2030].value").withIndicator("W_ENT");
        assertThat(target.key()).isEmpty();
        assertThat(target.period()).isEmpty();
        assertThat(target.indicator()).contains("W_ENT");
        assertThat(target.area()).isEmpty();
        assertThat(target).hasToString("VN-NSGE-2021-2030/2.3 milestones[2030].value");
        assertThat(Location.ofIndex(4)).hasToString("#4");
        assertThat(Location.ofIndex(4).index()).hasValue(4);
        assertThat(Location.of("plan", "")).hasToString("plan");
    }

    @Test
    void equalityCoversEveryPart() {
        Location a = Location.of(KEY, "value");
        assertThat(a).isEqualTo(Location.of(KEY, "value")).hasSameHashCodeAs(Location.of(KEY, "value"))
                .isNotEqualTo(a.withIndex(0)).isNotEqualTo(a.withPath("unit"))
                .isNotEqualTo(a.withPosition(1, 1)).isNotEqualTo(Location.of(KEY.toString(), "value"));
    }

    @Test
    void refusesImpossiblePositions() {
        assertThatThrownBy(() -> Location.ofIndex(-1)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("Location.index");
            assertThat(e.value()).isEqualTo("-1");
            assertThat(e).hasMessage("Location.index: -1 must not be negative");
        });
        assertThatThrownBy(() -> Location.of(KEY, "").withPosition(0, 1))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e).hasMessage("Location.line: 0 must be 1 or more"));
        assertThatThrownBy(() -> Location.of(KEY, "").withPosition(1, 0))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e).hasMessage("Location.column: 0 must be 1 or more"));
        assertThatThrownBy(() -> Location.of(" ", "")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("Location.subject"));
    }
}
