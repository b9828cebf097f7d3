package io.github.binhdang.core.validation;

import static io.github.binhdang.core.validation.Fixtures.AREAS;
import static io.github.binhdang.core.validation.Fixtures.INDICATORS;
import static io.github.binhdang.core.validation.Fixtures.W_ENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.AreaDate;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationContextTest {

    @Test
    void findsIndicatorsByCode() {
        ValidationContext c = ValidationContext.of(INDICATORS, AREAS);
        assertThat(c.indicator("W_ENT")).contains(W_ENT);
        assertThat(c.indicator("NOPE")).isEmpty();
        assertThat(c.indicators()).containsExactlyElementsOf(INDICATORS);
        assertThat(c.areas()).isSameAs(AREAS);
        assertThat(c.strategy()).isEmpty();
        assertThat(ValidationContext.of(List.of(W_ENT, W_ENT), AREAS).indicators()).containsExactly(W_ENT);
    }

    @Test
    void aStrategyBringsItsIndicators() {
        Strategy s = StandardRuleTest.strategy2011to2020();
        ValidationContext c = ValidationContext.of(s, AREAS);
        assertThat(c.strategy()).contains(s);
        assertThat(c.indicators()).containsExactly(W_ENT);
        assertThat(c.withIndicators(INDICATORS).indicators()).hasSize(INDICATORS.size());
        assertThat(c).isEqualTo(ValidationContext.of(s, AREAS)).hasSameHashCodeAs(ValidationContext.of(s, AREAS));
        assertThat(c.toString()).startsWith("ValidationContext[1 indicators, AreaHierarchy[").endsWith(
                ", strategy VN-NSGE-2011-2020]");
    }

    @Test
    void readsAreasAtThePeriodsEndUnlessToldTheStart() {
        ValidationContext c = ValidationContext.of(INDICATORS, AREAS);
        assertThat(c.areaDate()).isEqualTo(AreaDate.PERIOD_END);
        ValidationContext atStart = c.withAreaDate(AreaDate.PERIOD_START);
        assertThat(atStart.areaDate()).isEqualTo(AreaDate.PERIOD_START);
        assertThat(atStart).isNotEqualTo(c).isEqualTo(c.withAreaDate(AreaDate.PERIOD_START));
        assertThat(atStart.withIndicators(List.of(W_ENT)).areaDate()).isEqualTo(AreaDate.PERIOD_START);
        assertThat(atStart.withAreaDate(AreaDate.PERIOD_END)).isEqualTo(c).hasSameHashCodeAs(c);
        assertThat(c.toString()).doesNotContain("areas read at");
        assertThat(atStart.toString()).endsWith(", areas read at PERIOD_START]");
    }

    @Test
    void refusesTwoIndicatorsOfOneCode() {
        Indicator other = Indicator.builder("W_ENT", BilingualText.of("Khác", "Other"), MeasureKind.COUNT, Unit.COUNT).build();
        assertThatThrownBy(() -> ValidationContext.of(List.of(W_ENT, other), AREAS))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("ValidationContext.indicators");
                    assertThat(e.value()).isEqualTo("W_ENT");
                    assertThat(e).hasMessage("ValidationContext.indicators: W_ENT is the code of two different indicators");
                });
    }
}
