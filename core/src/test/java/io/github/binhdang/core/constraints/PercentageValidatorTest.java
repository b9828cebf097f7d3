package io.github.binhdang.core.constraints;

import static io.github.binhdang.core.constraints.Beans.VI;
import static io.github.binhdang.core.constraints.Beans.messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentageValidatorTest {

    public static final class Shares {
        @Percentage
        public final BigDecimal exact;
        @Percentage
        public final Double measured;
        public final List<@Percentage Integer> whole;

        Shares(BigDecimal exact, Double measured, List<Integer> whole) {
            this.exact = exact;
            this.measured = measured;
            this.whole = whole;
        }
    }

    @ParameterizedTest
    @CsvSource({"0, true", "100, true", "38.89, true", "100.0, true", "-0.01, false", "100.01, false", "105, false"})
    void percentagesAreFrom0To100(String value, boolean valid) {
        assertThat(messages(new Shares(new BigDecimal(value), null, List.of()), Locale.ENGLISH).isEmpty())
                .isEqualTo(valid);
    }

    @Test
    void nullIsValidAndNaNIsNot() {
        assertThat(messages(new Shares(null, null, List.of()), Locale.ENGLISH)).isEmpty();
        assertThat(messages(new Shares(null, Double.NaN, List.of()), Locale.ENGLISH))
                .containsExactly("measured: NaN is not a percentage from 0 to 100");
    }

    @Test
    void messagesInBothLanguages() {
        Shares bad = new Shares(new BigDecimal("105"), 100.5, List.of(50, -1));
        assertThat(messages(bad, Locale.ENGLISH)).containsExactly(
                "exact: 105 is not a percentage from 0 to 100",
                "measured: 100.5 is not a percentage from 0 to 100",
                "whole[1].<list element>: -1 is not a percentage from 0 to 100");
        assertThat(messages(bad, VI)).containsExactly(
                "exact: 105 không phải là tỷ lệ phần trăm từ 0 đến 100",
                "measured: 100.5 không phải là tỷ lệ phần trăm từ 0 đến 100",
                "whole[1].<list element>: -1 không phải là tỷ lệ phần trăm từ 0 đến 100");
    }
}
