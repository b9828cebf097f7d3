package io.github.binhdang.core.progress;

import static io.github.binhdang.core.progress.Fixtures.d;
import static io.github.binhdang.core.progress.Fixtures.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeriesTest {

    private static final Indicator WORKERS = Indicator.builder("WORKERS",
            BilingualText.of("Số lao động nữ", "Women workers"), MeasureKind.COUNT, Unit.PERSONS).build();

    private static final Indicator PER_MILLE = Indicator.builder("PM",
            BilingualText.of("Tỷ suất", "Rate per 1,000"), MeasureKind.RATIO, Unit.PER_1000).decimals(1).build();

    private static Observation.Builder obs(String indicator, int year) {
        return Observation.builder(indicator, "14", YearPeriod.of(year));
    }

    @Test
    void takesReportedValuesAsTheyAreAndComputesTheOthersFromTheirComponents() {
        // 384 of 2,539 per 100: exactly 15.124064592359196534068530917684 (34 digits, by hand), shown 15.1 at
        // 1 decimal. 5,600 boys per 5,000 girls per 100: exactly 112, shown 112.00 at 2 decimals.
        Dataset data = Dataset.builder()
                .add(obs("SHARE", 2018).components(384, 2539).build())
                .add(obs("SHARE", 2017).value(d("15.10")).build())
                .add(obs("SRB", 2017).components(5600, 5000).build())
                .build();
        Series share = Series.of(Fixtures.SHARE, data, "14", Breakdown.TOTAL);
        assertThat(share.points()).containsExactly(p(2017, "15.10"), new SeriesPoint(YearPeriod.of(2018),
                d("15.12406459235919653406853091768413"), Qualifier.EXACT, d("15.1")));
        assertThat(share.skipped()).isEmpty();
        assertThat(Series.of(Fixtures.SRB_111, data, "14", Breakdown.TOTAL).points())
                .containsExactly(new SeriesPoint(YearPeriod.of(2017), d("112"), Qualifier.EXACT, d("112.00")));
    }

    @Test
    void takesTheNumeratorOfACountAndKeepsTheQualifier() {
        Dataset data = Dataset.builder()
                .add(obs("WORKERS", 2020).components(d("125525"), d("688753")).build())
                .add(obs("WORKERS", 2021).numerator(d("130000")).qualifier(Qualifier.NEARLY).build())
                .build();
        assertThat(Series.of(WORKERS, data, "14", Breakdown.TOTAL).points())
                .containsExactly(p(2020, "125525"), p(2021, "130000", Qualifier.NEARLY));
    }

    @Test
    void convertsAValueStatedInAnotherUnitOfTheSameBase() {
        // 12.5 % = 0.125 = 125 per 1,000.
        Dataset data = Dataset.builder().add(obs("PM", 2020).value(d("12.5")).unit(Unit.PERCENT).build()).build();
        assertThat(Series.of(PER_MILLE, data, "14", Breakdown.TOTAL).points()).containsExactly(p(2020, "125"));
    }

    @Test
    void skipsWhatGivesNoValueAndSaysWhy() {
        Dataset data = Dataset.builder()
                .add(obs("SHARE", 2019).components(5, 0).build())
                .add(obs("SHARE", 2020).numerator(d("5")).build())
                .add(obs("SHARE", 2021).denominator(d("5")).build())
                .add(obs("SHARE", 2022).value(d("3")).unit(Unit.PERSONS).build())
                .add(obs("SHARE", 2023).value(d("50.0")).build())
                .build();
        Series s = Series.of(Fixtures.SIXTY, data, "14", Breakdown.TOTAL);
        assertThat(s.points()).containsExactly(p(2023, "50.0"));
        assertThat(s.skipped()).extracting(k -> k.key().period().toString())
                .containsExactly("2019", "2020", "2021", "2022");
        assertThat(s.skipped()).extracting(SkippedObservation::reason).containsExactly(
                BilingualText.of("không có giá trị và mẫu số bằng 0", "no value and a zero denominator"),
                BilingualText.of("không có giá trị và thiếu mẫu số", "no value and no denominator"),
                BilingualText.of("không có giá trị và thiếu tử số", "no value and no numerator"),
                BilingualText.of("đơn vị persons không quy đổi được sang đơn vị percent của chỉ tiêu",
                        "the unit persons cannot be converted into the indicator's unit percent"));
        assertThat(s.skipped().get(0).key())
                .isEqualTo(new ObservationKey("SHARE", "14", YearPeriod.of(2019), Breakdown.TOTAL));
        assertThat(s.skipped()).extracting(SkippedObservation::reasonKey).containsExactly(
                "binhdang.progress.skip.zeroDenominator", "binhdang.progress.skip.noDenominator",
                "binhdang.progress.skip.noNumerator", "binhdang.progress.skip.unit");
        assertThat(s.skipped().get(3).reasonArguments()).containsExactly(
                Map.entry("unit", "persons"), Map.entry("indicatorUnit", "percent"));
    }

    @Test
    void keepsOnlyTheAreaAndBreakdownAskedForInOrderOfPeriods() {
        Dataset data = Dataset.builder()
                .add(obs("SHARE", 2023).value(d("50.0")).build())
                .add(obs("SHARE", 2021).value(d("40.0")).build())
                .add(obs("SHARE", 2022).value(d("45.0")).breakdown(Breakdown.FEMALE).build())
                .add(Observation.of("SHARE", "15", YearPeriod.of(2022), d("99.0")))
                .add(obs("OTHER", 2022).value(d("1")).build())
                .build();
        assertThat(Series.of(Fixtures.SHARE, data, "14", Breakdown.TOTAL).points())
                .containsExactly(p(2021, "40.0"), p(2023, "50.0"));
        assertThat(Series.of(Fixtures.SHARE, data, "14", Breakdown.FEMALE).points()).containsExactly(p(2022, "45.0"));
        assertThat(Series.of(Fixtures.SHARE, data, "16", Breakdown.TOTAL).isEmpty()).isTrue();
        assertThat(Series.of(Fixtures.SHARE, Dataset.empty(), "14", Breakdown.TOTAL))
                .isEqualTo(new Series(List.of(), List.of()));
    }

    @Test
    void sortsPointsAndRefusesTwoForOnePeriod() {
        assertThat(Series.of(p(2023, "2"), p(2021, "1")).points()).containsExactly(p(2021, "1"), p(2023, "2"));
        assertThatThrownBy(() -> Series.of(p(2023, "2"), p(2023, "1")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Series.points");
                    assertThat(e.value()).isEqualTo("2023");
                    assertThat(e).hasMessage("Series.points: 2023 holds two values for one period");
                });
    }

    @Test
    void refusesABlankArea() {
        assertThatThrownBy(() -> Series.of(Fixtures.SHARE, Dataset.empty(), " ", Breakdown.TOTAL))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Series.area");
                    assertThat(e.value()).isEqualTo("' '");
                });
    }
}
