package io.github.binhdang.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.period.YearPeriod;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ObservationTest {

    private static final YearPeriod Y2017 = YearPeriod.of(2017);

    @Test
    void keepsWhatWasReportedEvenWhenItIsImpossible() {
        // A reported 105 % and a numerator above its denominator are findings for validation, not errors here.
        Observation o = Observation.builder("SHARE", "14", Y2017)
                .value(new BigDecimal("105")).components(2600, 2539).build();
        assertThat(o.value()).contains(new BigDecimal("105"));
        assertThat(o.numerator()).contains(new BigDecimal("2600"));
        Observation negative = Observation.builder("CLUBS", "14", Y2017).value(-3).build();
        assertThat(negative.value()).contains(new BigDecimal("-3"));
    }

    @Test
    void keepsThePublishedDigits() {
        Observation a = Observation.of("PC_SHARE", "14", Y2017, new BigDecimal("15.1"));
        Observation b = Observation.of("PC_SHARE", "14", Y2017, new BigDecimal("15.10"));
        assertThat(a).isNotEqualTo(b);
        assertThat(Observation.builder("PC_SHARE", "14", Y2017).value(38.89).build().value())
                .contains(new BigDecimal("38.89"));
    }

    @Test
    void refusesWhatCannotBeANumberOrAKey() {
        assertThatThrownBy(() -> Observation.builder("X", "14", Y2017).value(Double.NaN))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Observation.value");
                    assertThat(e.value()).isEqualTo("NaN");
                });
        assertThatThrownBy(() -> Observation.builder("X", "14", Y2017).value(Double.POSITIVE_INFINITY))
                .isInstanceOf(InvalidValueException.class).hasMessage("Observation.value: Infinity is not a finite number");
        assertThatThrownBy(() -> Observation.of(" ", "14", Y2017, BigDecimal.ONE))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("Observation.indicator"));
        assertThatThrownBy(() -> Observation.of("X", "", Y2017, BigDecimal.ONE))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("Observation.area"));
        assertThatThrownBy(() -> Observation.builder("X", "14", null))
                .isInstanceOf(NullPointerException.class).hasMessage("period");
        assertThatThrownBy(() -> Observation.builder("X", "14", Y2017).build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("Observation.value"));
    }

    @Test
    void approximateValuesKeepTheirQualifier() {
        Observation o = Observation.builder("PARTICIPANTS", "SAPA", Y2017).value(330)
                .qualifier(Qualifier.parse("hơn")).build();
        assertThat(o.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(o).hasToString("PARTICIPANTS/SAPA/2017/_T = more than 330");
        assertThat(Qualifier.parse("GẦN")).isEqualTo(Qualifier.NEARLY);
        assertThat(Qualifier.parse("ga\u0302\u0300n")).isEqualTo(Qualifier.NEARLY);
        assertThat(Qualifier.parse("")).isEqualTo(Qualifier.EXACT);
        assertThatThrownBy(() -> Qualifier.parse("roughly")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void codesAreNormalisedToNfc() {
        Observation nfd = Observation.of("X", "So\u031Bn La", Y2017, BigDecimal.ONE);
        assertThat(nfd.area()).isEqualTo("S\u01A1n La");
    }
}
