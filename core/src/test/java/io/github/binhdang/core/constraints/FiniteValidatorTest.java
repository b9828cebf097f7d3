package io.github.binhdang.core.constraints;

import static io.github.binhdang.core.constraints.Beans.VI;
import static io.github.binhdang.core.constraints.Beans.messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FiniteValidatorTest {

    public static final class Raw {
        @Finite
        public final Double value;
        @Finite
        public final Float other;

        Raw(Double value, Float other) {
            this.value = value;
            this.other = other;
        }
    }

    @Test
    void nanAndInfinitiesAreNotFinite() {
        assertThat(messages(new Raw(15.1, 1f), Locale.ENGLISH)).isEmpty();
        assertThat(messages(new Raw(null, null), Locale.ENGLISH)).isEmpty();
        Raw bad = new Raw(Double.NaN, Float.NEGATIVE_INFINITY);
        assertThat(messages(bad, Locale.ENGLISH)).containsExactly(
                "other: -Infinity is not a finite number", "value: NaN is not a finite number");
        assertThat(messages(bad, VI)).containsExactly(
                "other: -Infinity không phải là một số hữu hạn", "value: NaN không phải là một số hữu hạn");
    }
}
