package io.github.binhdang.core.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GenderMeasuresTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void femaleShareOfATotal() {
        // 12 women and 19 men: 12 / 31 = 0.38709... -> 38.71 %.
        assertThat(GenderMeasures.femaleShare(d("12"), d("19"), 2).value()).isEqualTo(d("38.71"));
        // 384 women owners of 2,539 enterprises: 384 / (384 + 2,155) -> 15.1 %.
        assertThat(GenderMeasures.femaleShare(d("384"), d("2155"), 1).value()).isEqualTo(d("15.1"));
        assertThat(GenderMeasures.femaleShare(d("0"), d("0"), 1).reason()).contains(NoDataReason.ZERO_DENOMINATOR);
    }

    @Test
    void gapParityAndRatio() {
        Computed gap = GenderMeasures.gap(d("45.2"), d("50.1"), Unit.PERCENT);
        assertThat(gap.value()).isEqualTo(d("-4.9"));
        assertThat(gap.unit()).isEqualTo(Unit.PERCENTAGE_POINT);
        assertThat(GenderMeasures.gap(d("3.4"), d("2.0"), Unit.HOURS).unit()).isEqualTo(Unit.HOURS);
        // 45.2 / 50.1 = 0.90219... -> 0.902.
        assertThat(GenderMeasures.parityIndex(d("45.2"), d("50.1"), 3).value()).isEqualTo(d("0.902"));
        assertThat(GenderMeasures.parityIndex(d("1"), d("0"), 3).reason()).contains(NoDataReason.ZERO_DENOMINATOR);
        // 100 girls per 112 boys: 100 / 112 × 100 = 89.2857 -> 89.3 women per 100 men.
        assertThat(GenderMeasures.womenPer100Men(d("100"), d("112"), 1).value()).isEqualTo(d("89.3"));
    }

    @Test
    void femaleShareFromADataset() {
        Indicator members = Indicator.builder("PC_MEMBERS", BilingualText.of("Đại biểu HĐND", "People's Council members"),
                MeasureKind.COUNT, Unit.PERSONS).build();
        YearPeriod y = YearPeriod.of(2021);
        Dataset d = Dataset.builder()
                .add(Observation.builder("PC_MEMBERS", "14", y).sex(Sex.FEMALE).value(21).build())
                .add(Observation.builder("PC_MEMBERS", "14", y).sex(Sex.MALE).value(33).build())
                .build();
        // 21 of 54 = 0.38888... -> 38.89 %.
        assertThat(GenderMeasures.femaleShare(d, members, "14", y, 2).value()).isEqualTo(d("38.89"));
        assertThat(GenderMeasures.femaleShare(d, members, "15", y, 2).reason()).contains(NoDataReason.MISSING_BREAKDOWN);
    }
}
