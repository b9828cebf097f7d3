package io.github.binhdang.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** "About" as the milestone writes it: half a unit of its last written digit, unless the target says. */
class MilestoneToleranceTest {

    private static Milestone about(String value) {
        return Milestone.of(2025, Comparison.ABOUT, new BigDecimal(value), Unit.PER_100);
    }

    @ParameterizedTest(name = "about {0}: ± {1}")
    @CsvSource({"111, 0.5", "111.0, 0.05", "60.25, 0.005", "1E+3, 5E+2"})
    void theDefaultIsHalfAUnitOfTheLastWrittenDigit(String value, String tolerance) {
        assertThat(about(value).tolerance()).isEqualByComparingTo(tolerance);
        assertThat(about(value).hasOwnTolerance()).isFalse();
    }

    @Test
    void aTargetMaySetItsOwnAndItIsPartOfTheMilestone() {
        Milestone own = about("111").withTolerance(new BigDecimal("1"));
        assertThat(own.tolerance()).isEqualByComparingTo("1");
        assertThat(own.hasOwnTolerance()).isTrue();
        assertThat(own.isWithinTolerance(new BigDecimal("111.8"))).isTrue();
        assertThat(about("111").isWithinTolerance(new BigDecimal("111.8"))).isFalse();
        assertThat(about("111").isWithinTolerance(new BigDecimal("115"))).isFalse();
        assertThat(own).isNotEqualTo(about("111")).hasToString("2025: ≈ 111 ± 1 per_100");
        assertThat(about("111").withTolerance(new BigDecimal("1"))).isEqualTo(own).hasSameHashCodeAs(own);
        assertThat(about("111")).hasToString("2025: ≈ 111 per_100");
    }

    @Test
    void refusesANegativeToleranceOrOneOnAnotherComparison() {
        assertThatThrownBy(() -> about("111").withTolerance(new BigDecimal("-0.1")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Milestone.tolerance");
                    assertThat(e.value()).isEqualTo("-0.1");
                });
        Milestone atMost = Milestone.of(2025, Comparison.AT_MOST, new BigDecimal("111"), Unit.PER_100);
        assertThatThrownBy(() -> atMost.withTolerance(BigDecimal.ONE))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e).hasMessage("Milestone.tolerance: 1 applies only to an ABOUT milestone,"
                                + " not AT_MOST"));
    }
}
