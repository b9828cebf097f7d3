package io.github.binhdang.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DatasetTest {

    private static final YearPeriod Y2017 = YearPeriod.of(2017);

    @Test
    void refusesASecondObservationForTheSameKey() {
        Dataset.Builder b = Dataset.builder()
                .add(Observation.of("W_ENT", "14", Y2017, new BigDecimal("15.1")));
        Observation again = Observation.of("W_ENT", "14", Y2017, new BigDecimal("15.2"));
        assertThatThrownBy(() -> b.add(again))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Dataset.observation");
                    assertThat(e.value()).isEqualTo("W_ENT/14/2017/_T");
                    assertThat(e.rule()).contains("observation 0");
                });
        Dataset d = b.build();
        assertThat(d.size()).isEqualTo(1);
        assertThat(d.get(0).value()).contains(new BigDecimal("15.1"));
    }

    @Test
    void sameCodesWithAnotherBreakdownOrPeriodAreDifferentKeys() {
        Dataset d = Dataset.builder()
                .add(Observation.builder("PC", "14", Y2017).sex(Sex.FEMALE).value(12).build())
                .add(Observation.builder("PC", "14", Y2017).sex(Sex.MALE).value(40).build())
                .add(Observation.builder("PC", "14", YearPeriod.of(2018)).sex(Sex.FEMALE).value(13).build())
                .build();
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.find("PC", "14", Y2017, Breakdown.MALE).flatMap(Observation::value)).contains(new BigDecimal("40"));
        assertThat(d.find("PC", "14", Y2017, Breakdown.TOTAL)).isEmpty();
        assertThat(d.find("NONE", "14", Y2017, Breakdown.TOTAL)).isEmpty();
        assertThat(d.indicators()).containsExactly("PC");
        assertThat(d.periods()).containsExactly(Y2017, YearPeriod.of(2018));
    }

    @Test
    void rebuildsEveryFieldExactly() {
        Observation full = Observation.builder("TRAINED_F", "14", Y2017)
                .breakdown(Breakdown.FEMALE)
                .value(new BigDecimal("18.22"))
                .components(125_525, 688_753)
                .unit(Unit.PERCENT)
                .qualifier(Qualifier.ABOUT)
                .status(ObservationStatus.PROVISIONAL)
                .source("Sở LĐ-TB&XH Sơn La")
                .note("computed")
                .build();
        Observation huge = Observation.builder("BUDGET", "14", Y2017)
                .value(new BigDecimal("123456789012345678901234567890.5")).build();
        Observation negativeScale = Observation.builder("BUDGET", "15", Y2017).value(new BigDecimal("5E+3")).build();
        Observation deepScale = Observation.builder("BUDGET", "16", Y2017)
                .value(new BigDecimal("0.000000000000000000000000000000123")).build();
        Observation onlyNumerator = Observation.builder("CLUBS", "14", Y2017).numerator(BigDecimal.valueOf(225)).build();
        Dataset d = Dataset.of(List.of(full, huge, negativeScale, deepScale, onlyNumerator));
        assertThat(d.asList()).containsExactly(full, huge, negativeScale, deepScale, onlyNumerator);
        assertThat(d.get(2).value().orElseThrow().scale()).isEqualTo(-3);
        assertThat(d.get(4).value()).isEmpty();
    }

    @Test
    void buildIsASnapshot() {
        Dataset.Builder b = Dataset.builder().add(Observation.of("A", "1", Y2017, BigDecimal.ONE));
        Dataset first = b.build();
        b.add(Observation.of("A", "2", Y2017, BigDecimal.TEN));
        assertThat(first.size()).isEqualTo(1);
        assertThat(b.build().size()).isEqualTo(2);
        assertThat(first.contains(new ObservationKey("A", "2", Y2017, Breakdown.TOTAL))).isFalse();
    }

    @Test
    void findsEveryKeyAfterTheIndexGrows() {
        Dataset.Builder b = Dataset.builder();
        for (int area = 0; area < 3_000; area++) {
            for (int year = 2015; year < 2020; year++) {
                b.add(Observation.builder("IND", "A" + area, YearPeriod.of(year)).components(area, 3_000).build());
            }
        }
        Dataset d = b.build();
        assertThat(d.size()).isEqualTo(15_000);
        for (int area = 0; area < 3_000; area += 7) {
            Observation o = d.find("IND", "A" + area, YearPeriod.of(2017), Breakdown.TOTAL).orElseThrow();
            assertThat(o.numerator()).contains(BigDecimal.valueOf(area));
        }
        assertThat(d.find("IND", "A3000", YearPeriod.of(2017), Breakdown.TOTAL)).isEmpty();
    }

    @Property(tries = 200)
    void holdsExactlyWhatWasAdded(@ForAll("observations") List<Observation> observations) {
        List<Observation> unique = new ArrayList<>();
        Dataset.Builder b = Dataset.builder();
        for (Observation o : observations) {
            if (!b.contains(o.key())) {
                b.add(o);
                unique.add(o);
            }
        }
        Dataset d = b.build();
        assertThat(d.asList()).isEqualTo(unique);
        for (Observation o : unique) {
            assertThat(d.find(o.key())).contains(o);
        }
    }

    @Provide
    Arbitrary<List<Observation>> observations() {
        Arbitrary<BigDecimal> decimals = Combinators.combine(
                        Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
                        Arbitraries.integers().between(-2, 8))
                .as(BigDecimal::valueOf);
        Arbitrary<ReportingPeriod> periods = Arbitraries.integers().between(2010, 2030).map(YearPeriod::of);
        Arbitrary<Observation> one = Combinators.combine(
                        Arbitraries.of("A", "B", "C"), Arbitraries.of("01", "14", "15"), periods,
                        Arbitraries.of(Breakdown.TOTAL, Breakdown.FEMALE, Breakdown.MALE), decimals,
                        decimals.injectNull(0.3), Arbitraries.of(Qualifier.class))
                .as((ind, area, period, brk, value, num, q) -> {
                    Observation.Builder ob = Observation.builder(ind, area, period).breakdown(brk).value(value)
                            .qualifier(q);
                    if (num != null) {
                        ob.components(num, value);
                    }
                    return ob.build();
                });
        return one.list().ofMaxSize(40);
    }
}
