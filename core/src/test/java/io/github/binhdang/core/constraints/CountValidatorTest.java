package io.github.binhdang.core.constraints;

import static io.github.binhdang.core.constraints.Beans.VI;
import static io.github.binhdang.core.constraints.Beans.messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountValidatorTest {

    /** Groups: the count of clubs is checked only on submission. */
    interface OnSubmit {
    }

    public static final class Counts {
        @Count
        public final Long models;
        @Count(groups = OnSubmit.class)
        public final BigDecimal clubs;

        Counts(Long models, BigDecimal clubs) {
            this.models = models;
            this.clubs = clubs;
        }
    }

    @ParameterizedTest
    @CsvSource({"0, true", "65, true", "12.0, true", "12.5, false", "-1, false"})
    void countsAreWholeAndNotNegative(String value, boolean valid) {
        assertThat(messages(new Counts(null, new BigDecimal(value)), Locale.ENGLISH, OnSubmit.class).isEmpty())
                .isEqualTo(valid);
    }

    @Test
    void messagesInBothLanguagesAndGroups() {
        Counts bad = new Counts(-3L, new BigDecimal("2.5"));
        assertThat(messages(bad, Locale.ENGLISH)).containsExactly("models: -3 is not a count: a whole number, 0 or more");
        assertThat(messages(bad, VI, OnSubmit.class))
                .containsExactly("clubs: 2.5 không phải là số đếm: phải là số nguyên, từ 0 trở lên");
        assertThat(messages(new Counts(null, null), Locale.ENGLISH, OnSubmit.class)).isEmpty();
    }
}
