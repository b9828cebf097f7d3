package io.github.binhdang.core.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Aggregation is split-invariant where it adds: a dataset cut into any parts, each part aggregated and
 * the parts' totals aggregated again, gives the totals of the whole dataset aggregated at once. That
 * holds for what is summed (counts and amounts, and the numerators and denominators of percentages,
 * whose value is divided once at the end), for the qualifier (exact, nearly, about combine
 * associatively) and for the status (the least final part). It does not hold for what a total says it
 * lacks ({@code partials}: a part lacks areas the whole has) nor for percentages reported as values
 * alone (refused without weights), so those are left out here.
 */
class AggregationSplitPropertiesTest {

    static final Indicator SHARE = Indicator.builder("SHARE", BilingualText.of("Tỷ lệ", "Share"),
            MeasureKind.PERCENTAGE, Unit.PERCENT).decimals(2).build();
    static final Indicator CLUBS = Indicator.builder("CLUBS", BilingualText.of("Câu lạc bộ", "Clubs"),
            MeasureKind.COUNT, Unit.COUNT).build();
    static final Indicator BUDGET = Indicator.builder("BUDGET", BilingualText.of("Kinh phí", "Budget"),
            MeasureKind.AMOUNT, Unit.MILLION_VND).build();
    static final List<Indicator> ALL = List.of(SHARE, CLUBS, BUDGET);

    /** Six areas in two parents. */
    static final Map<String, String> PARENT = Map.of("A1", "P1", "A2", "P1", "A3", "P1", "B1", "P2", "B2", "P2",
            "B3", "P2");

    record Piece(Observation observation, int part) {
    }

    @Provide
    Arbitrary<List<Piece>> pieces() {
        Arbitrary<String> areas = Arbitraries.of(PARENT.keySet().stream().sorted().toList());
        Arbitrary<Integer> years = Arbitraries.integers().between(2020, 2022);
        Arbitrary<Breakdown> breakdowns = Arbitraries.of(Breakdown.TOTAL, Breakdown.TOTAL.with(Sex.FEMALE),
                Breakdown.TOTAL.with(BreakdownDimension.AGE_GROUP, "15-24"));
        Arbitrary<Long> counts = Arbitraries.oneOf(Arbitraries.longs().between(0, 1_000_000),
                Arbitraries.longs().between(Long.MAX_VALUE / 4, Long.MAX_VALUE / 2));
        Arbitrary<BigDecimal> amounts = Combinators.combine(
                Arbitraries.oneOf(Arbitraries.longs().between(0, 10_000_000).map(BigInteger::valueOf),
                        Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(30))),
                Arbitraries.integers().between(0, 6)).as(BigDecimal::new);
        Arbitrary<long[]> components = Combinators.combine(Arbitraries.longs().between(1, 1_000_000),
                Arbitraries.doubles().between(0, 1)).as((den, share) -> new long[] {(long) (den * share), den});
        Arbitrary<Map.Entry<String, Observation.Builder>> keys = Combinators
                .combine(Arbitraries.of(ALL), areas, years, breakdowns).as((ind, area, year, b) -> Map.entry(ind.code(),
                        Observation.builder(ind.code(), area, YearPeriod.of(year)).breakdown(b)));
        Arbitrary<Observation> observations = Combinators.combine(keys, counts, amounts, components,
                Arbitraries.of(Qualifier.EXACT, Qualifier.NEARLY, Qualifier.ABOUT),
                Arbitraries.of(ObservationStatus.class)).as((key, count, amount, parts, qualifier, status) -> {
                    String indicator = key.getKey();
                    Observation.Builder b = key.getValue();
                    if (indicator.equals(SHARE.code())) {
                        b.components(parts[0], parts[1]).unit(Unit.PERCENT);
                    } else if (indicator.equals(CLUBS.code())) {
                        b.value(count).unit(Unit.COUNT);
                    } else {
                        b.value(amount).unit(Unit.MILLION_VND);
                    }
                    return b.qualifier(qualifier).status(status).build();
                });
        return Combinators.combine(observations, Arbitraries.integers().between(0, 3)).as(Piece::new).list()
                .ofMaxSize(60).map(list -> {
                    Set<ObservationKey> seen = new HashSet<>();
                    List<Piece> unique = new ArrayList<>();
                    for (Piece piece : list) {
                        if (seen.add(piece.observation().key())) {
                            unique.add(piece);
                        }
                    }
                    return unique;
                });
    }

    @Property(tries = 1000)
    void totalsOfPartsAddUpToTheTotalOfTheWhole(@ForAll("pieces") List<Piece> pieces) {
        Dataset whole = Dataset.of(pieces.stream().map(Piece::observation).toList());
        Map<String, String> regroup = new HashMap<>();
        List<Observation> partTotals = new ArrayList<>();
        for (int part = 0; part < 4; part++) {
            int p = part;
            Dataset slice = Dataset.of(pieces.stream().filter(x -> x.part() == p).map(Piece::observation).toList());
            for (Observation total : Aggregation.toParents(slice, ALL, AreaRollup.of(PARENT)).dataset()) {
                // Each part's total stands as an area of its own ("P1_0"), which the second pass adds into P1.
                String area = total.area() + "_" + part;
                regroup.put(area, total.area());
                partTotals.add(relabel(total, area));
            }
        }
        Map<ObservationKey, Observation> once = byKey(Aggregation.toParents(whole, ALL, AreaRollup.of(PARENT)).dataset());
        Map<ObservationKey, Observation> twice = byKey(
                Aggregation.toParents(Dataset.of(partTotals), ALL, AreaRollup.of(regroup)).dataset());

        assertThat(twice.keySet()).isEqualTo(once.keySet());
        once.forEach((key, expected) -> {
            Observation actual = twice.get(key);
            assertThat(numeric(actual.value())).as("value of %s", key).isEqualTo(numeric(expected.value()));
            assertThat(numeric(actual.numerator())).as("numerator of %s", key).isEqualTo(numeric(expected.numerator()));
            assertThat(numeric(actual.denominator())).as("denominator of %s", key)
                    .isEqualTo(numeric(expected.denominator()));
            assertThat(actual.qualifier()).as("qualifier of %s", key).isEqualTo(expected.qualifier());
            assertThat(actual.status()).as("status of %s", key).isEqualTo(expected.status());
        });
    }

    private static Observation relabel(Observation o, String area) {
        Observation.Builder b = Observation.builder(o.indicator(), area, o.period()).breakdown(o.breakdown())
                .qualifier(o.qualifier()).status(o.status());
        o.value().ifPresent(b::value);
        o.numerator().ifPresent(b::numerator);
        o.denominator().ifPresent(b::denominator);
        o.unit().ifPresent(b::unit);
        return b.build();
    }

    private static Map<ObservationKey, Observation> byKey(Dataset dataset) {
        Map<ObservationKey, Observation> map = new TreeMap<>(java.util.Comparator.comparing(ObservationKey::toString));
        dataset.forEach(o -> map.put(o.key(), o));
        return map;
    }

    /** The number without trailing zeros: a part summed at a smaller scale writes 3.5 where the whole writes 3.50. */
    private static Optional<BigDecimal> numeric(Optional<BigDecimal> value) {
        return value.map(v -> v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros());
    }
}
