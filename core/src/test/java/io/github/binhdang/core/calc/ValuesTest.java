package io.github.binhdang.core.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValuesTest {

    static final Indicator SHARE = Indicator.builder("SHARE", BilingualText.of("Tỷ lệ", "Share"),
            MeasureKind.PERCENTAGE, Unit.PERCENT).build();
    static final Indicator SRB = Indicator.builder("SRB", BilingualText.of("Tỷ số giới tính khi sinh", "Sex ratio at birth"),
            MeasureKind.RATIO, Unit.PER_100).decimals(1).build();
    static final Indicator MMR = Indicator.builder("MMR", BilingualText.of("Tỷ số tử vong mẹ", "Maternal mortality ratio"),
            MeasureKind.RATIO, Unit.PER_100000).decimals(1).build();
    static final Indicator CARE = Indicator.builder("CARE", BilingualText.of("Số giờ", "Unpaid care hours, women over men"),
            MeasureKind.TIMES, Unit.TIMES).decimals(1).build();
    static final Indicator CLUBS = Indicator.builder("CLUBS", BilingualText.of("Câu lạc bộ", "Clubs"),
            MeasureKind.COUNT, Unit.COUNT).build();

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void computesEachMeasureKindFromItsComponents() {
        // Seed 000 (Sơn La 2017): 125,525 / 688,753 = 0.1822496... -> 18.22 %; 384 / 2,539 = 0.1512406... -> 15.12 %.
        assertThat(Values.fromComponents(SHARE, d("125525"), d("688753")).value()).isEqualByComparingTo("18.22");
        assertThat(Values.fromComponents(SHARE, d("384"), d("2539")).value()).isEqualTo(d("15.12"));
        // 1,120 boys for 1,000 girls -> 112.0 boys per 100 girls.
        assertThat(Values.fromComponents(SRB, d("1120"), d("1000")).value()).isEqualTo(d("112.0"));
        // 46 deaths in 1,000,000 live births -> 4.6 per 100,000.
        assertThat(Values.fromComponents(MMR, d("46"), d("1000000")).value()).isEqualTo(d("4.6"));
        // 3.4 hours against 2.0 hours -> 1.7 times.
        assertThat(Values.fromComponents(CARE, d("3.4"), d("2.0")).value()).isEqualTo(d("1.7"));
        assertThat(Values.fromComponents(SHARE, d("384"), d("2539")).unit()).isEqualTo(Unit.PERCENT);
    }

    @Test
    void aZeroDenominatorGivesNoDataNotAnException() {
        Computed c = Values.fromComponents(SHARE, d("0"), d("0"));
        assertThat(c.isPresent()).isFalse();
        assertThat(c.reason()).contains(NoDataReason.ZERO_DENOMINATOR);
        assertThat(c).hasToString("no data: ZERO_DENOMINATOR (0 of 0)");
        assertThat(Values.fromComponents(CLUBS, d("1"), d("2")).reason()).contains(NoDataReason.UNDEFINED);
    }

    @Test
    void aReportedValueIsKeptAndCheckedAgainstItsComponents() {
        YearPeriod y = YearPeriod.of(2017);
        Observation published = Observation.builder("SHARE", "14", y).value(d("15.1")).components(384, 2539).build();
        assertThat(Values.of(SHARE, published).value()).isEqualTo(d("15.1"));
        Values.ComponentCheck ok = Values.check(SHARE, published).orElseThrow();
        assertThat(ok.agrees()).isTrue();
        assertThat(ok.computed()).isEqualTo(d("15.1"));

        Observation wrong = Observation.builder("SHARE", "14", y).value(d("15.2")).components(384, 2539).build();
        Values.ComponentCheck bad = Values.check(SHARE, wrong).orElseThrow();
        assertThat(bad.agrees()).isFalse();
        assertThat(bad.difference()).isEqualTo(d("0.1"));

        // Compared at the reported value's own decimals, beyond the indicator's 2: 15.124 agrees, 15.13
        // (15.125 to 15.135) does not, though both round to 15.12.
        assertThat(Values.check(SHARE, Observation.builder("SHARE", "14", y).value(d("15.124")).components(384, 2539)
                .build()).orElseThrow().agrees()).isTrue();
        Values.ComponentCheck beyond = Values.check(SHARE,
                Observation.builder("SHARE", "14", y).value(d("15.13")).components(384, 2539).build()).orElseThrow();
        assertThat(beyond.agrees()).isFalse();
        assertThat(beyond.computed()).isEqualTo(d("15.12"));

        Observation componentsOnly = Observation.builder("SHARE", "14", y).components(125_525, 688_753).build();
        assertThat(Values.of(SHARE, componentsOnly).value()).isEqualTo(d("18.22"));
        assertThat(Values.check(SHARE, componentsOnly)).isEmpty();

        Observation numeratorOnly = Observation.builder("SHARE", "14", y).numerator(d("3")).build();
        assertThat(Values.of(SHARE, numeratorOnly).reason()).contains(NoDataReason.MISSING_COMPONENT);
        Observation count = Observation.builder("CLUBS", "14", y).numerator(d("225")).build();
        assertThat(Values.of(CLUBS, count).value()).isEqualTo(d("225"));
    }

    @Test
    void aValuePublishedWithMoreDecimalsThanItsIndicatorIsComparedAtItsOwn() {
        // SHARE1 is published to 1 decimal; 384 / 2,539 = 15.12406… %. 15.1 and 15.12 agree; 15.13 claims
        // 15.125 to 15.135 and disagrees, though it rounds to the indicator's 15.1.
        Indicator share1 = Indicator.builder("SHARE1", BilingualText.of("Tỷ lệ", "Share"), MeasureKind.PERCENTAGE,
                Unit.PERCENT).decimals(1).build();
        YearPeriod y = YearPeriod.of(2017);
        for (String agreeing : new String[] {"15", "15.1", "15.12"}) {
            Observation o = Observation.builder("SHARE1", "14", y).value(d(agreeing)).components(384, 2539).build();
            assertThat(Values.check(share1, o).orElseThrow().agrees()).as(agreeing).isTrue();
        }
        Observation o = Observation.builder("SHARE1", "14", y).value(d("15.13")).components(384, 2539).build();
        Values.ComponentCheck c = Values.check(share1, o).orElseThrow();
        assertThat(c.agrees()).isFalse();
        assertThat(c.computed()).isEqualTo(d("15.12"));
        assertThat(c.difference()).isEqualTo(d("0.01"));
    }

    @Test
    void aValueIsCheckedInTheUnitItIsStatedIn() {
        // 1,120 boys for 1,000 girls, stated per 1,000: 1120.0, where the indicator's per 100 gives 112.0.
        Observation o = Observation.builder("SRB", "14", YearPeriod.of(2017)).value(d("1120.0")).unit(Unit.PER_1000)
                .components(1120, 1000).build();
        assertThat(Values.check(SRB, o).orElseThrow().agrees()).isTrue();
        assertThat(Values.check(SRB, o).orElseThrow().computed()).isEqualTo(d("1120.0"));
    }
}
