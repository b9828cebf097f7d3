package io.github.binhdang.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AggregationTest {

    static final Indicator SHARE = Indicator.builder("SHARE", BilingualText.of("Tỷ lệ", "Share"),
            MeasureKind.PERCENTAGE, Unit.PERCENT).build();
    static final Indicator CLUBS = Indicator.builder("CLUBS", BilingualText.of("Câu lạc bộ", "Clubs"),
            MeasureKind.COUNT, Unit.COUNT).build();
    static final Indicator BUDGET = Indicator.builder("BUDGET", BilingualText.of("Kinh phí", "Budget"),
            MeasureKind.AMOUNT, Unit.MILLION_VND).build();
    static final List<Indicator> ALL = List.of(SHARE, CLUBS, BUDGET);
    static final YearPeriod Y2022 = YearPeriod.of(2022);
    static final AreaRollup TO_NATION = AreaRollup.of(Map.of("A", "VN", "B", "VN", "C", "VN"));

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static Observation share(String area, long num, long den) {
        return Observation.builder("SHARE", area, Y2022).components(num, den).build();
    }

    @Test
    void sumsNumeratorsAndDenominatorsInsteadOfAveragingPercentages() {
        // 10 of 100 (10 %) and 90 of 300 (30 %): the total is 100 of 400 = 25 %, not the average 20 %.
        Dataset data = Dataset.of(List.of(share("A", 10, 100), share("B", 90, 300), share("C", 0, 0)));
        AggregationResult r = Aggregation.toParents(data, ALL, TO_NATION);
        Observation total = r.dataset().find("SHARE", "VN", Y2022, Breakdown.TOTAL).orElseThrow();
        assertThat(total.numerator()).contains(d("100"));
        assertThat(total.denominator()).contains(d("400"));
        assertThat(total.value()).contains(d("25.00"));
        assertThat(total.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(total.status()).isEqualTo(ObservationStatus.FINAL);
        assertThat(r.isComplete()).isTrue();
    }

    @Test
    void saysWhichPartIsMissing() {
        Dataset data = Dataset.of(List.of(share("A", 10, 100), share("C", 5, 50)));
        AggregationResult r = Aggregation.toParents(data, ALL, TO_NATION);
        assertThat(r.partials()).singleElement().satisfies(p -> {
            assertThat(p.present()).isEqualTo(2);
            assertThat(p.expected()).isEqualTo(3);
            assertThat(p.missing()).containsExactly("B");
        });
        Observation total = r.dataset().get(0);
        assertThat(total.value()).contains(d("10.00"));
        assertThat(total.note()).contains("partial: 2 of 3; missing B");
        assertThatThrownBy(r::requireComplete)
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Aggregation.total: SHARE/VN/2022/_T holds 2 of 3 parts, missing [B]; 1 totals are partial");
    }

    @Test
    void refusesPercentagesReportedWithoutComponents() {
        Dataset data = Dataset.of(List.of(share("A", 10, 100),
                Observation.of("SHARE", "B", Y2022, d("30")), share("C", 1, 10)));
        AggregationResult r = Aggregation.toParents(data, ALL, TO_NATION);
        assertThat(r.dataset().isEmpty()).isTrue();
        assertThat(r.refused()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(NoDataReason.MISSING_COMPONENT);
            assertThat(f.detail()).startsWith("1 of 3 parts have no numerator and denominator");
        });
        Dataset unknown = Dataset.of(List.of(Observation.of("OTHER", "A", Y2022, d("1"))));
        assertThat(Aggregation.toParents(unknown, ALL, TO_NATION).refused())
                .singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo(NoDataReason.UNDEFINED));
    }

    @Test
    void sumsCountsAndMoneyAtTheirCommonScaleAndKeepsQualifiers() {
        Dataset data = Dataset.of(List.of(
                Observation.builder("CLUBS", "A", Y2022).value(65).build(),
                Observation.builder("CLUBS", "B", Y2022).value(225).build(),
                Observation.builder("CLUBS", "C", Y2022).numerator(d("170")).build(),
                Observation.builder("BUDGET", "A", Y2022).value(d("1.5")).qualifier(Qualifier.NEARLY).build(),
                Observation.builder("BUDGET", "B", Y2022).value(d("2")).qualifier(Qualifier.NEARLY).build(),
                Observation.builder("BUDGET", "C", Y2022).value(d("0.25")).qualifier(Qualifier.NEARLY)
                        .status(ObservationStatus.PROVISIONAL).build()));
        Dataset totals = Aggregation.toParents(data, ALL, TO_NATION).requireComplete();
        Observation clubs = totals.find("CLUBS", "VN", Y2022, Breakdown.TOTAL).orElseThrow();
        assertThat(clubs.value()).contains(d("460"));
        assertThat(clubs.qualifier()).isEqualTo(Qualifier.EXACT);
        Observation budget = totals.find("BUDGET", "VN", Y2022, Breakdown.TOTAL).orElseThrow();
        // 1.5 + 2 + 0.25 = 3.75, all "nearly", one provisional.
        assertThat(budget.value()).contains(d("3.75"));
        assertThat(budget.qualifier()).isEqualTo(Qualifier.NEARLY);
        assertThat(budget.status()).isEqualTo(ObservationStatus.PROVISIONAL);

        Dataset mixed = Dataset.of(List.of(
                Observation.builder("CLUBS", "A", Y2022).value(400).qualifier(Qualifier.NEARLY).build(),
                Observation.builder("CLUBS", "B", Y2022).value(300).build(),
                Observation.builder("CLUBS", "C", Y2022).value(1).build()));
        assertThat(Aggregation.toParents(mixed, ALL, TO_NATION).dataset().get(0).qualifier()).isEqualTo(Qualifier.ABOUT);
    }

    @Test
    void sumsThatOverflowALongStayExact() {
        Dataset data = Dataset.of(List.of(
                Observation.of("BUDGET", "A", Y2022, BigDecimal.valueOf(9_000_000_000_000_000_000L)),
                Observation.of("BUDGET", "B", Y2022, BigDecimal.valueOf(9_000_000_000_000_000_000L)),
                Observation.of("BUDGET", "C", Y2022, d("0.000000000000000000001"))));
        Observation total = Aggregation.toParents(data, ALL, TO_NATION).dataset().get(0);
        assertThat(total.value()).contains(d("18000000000000000000.000000000000000000001"));
    }

    @Test
    void addsSexesIntoTheirTotal() {
        Dataset data = Dataset.of(List.of(
                Observation.builder("SHARE", "A", Y2022).sex(Sex.FEMALE).components(10, 100).build(),
                Observation.builder("SHARE", "A", Y2022).sex(Sex.MALE).components(90, 300).build(),
                Observation.builder("SHARE", "B", Y2022).sex(Sex.FEMALE).components(1, 4).build(),
                Observation.builder("CLUBS", "A", Y2022).sex(Sex.FEMALE).value(12).build(),
                Observation.builder("CLUBS", "A", Y2022).sex(Sex.MALE).value(19).build()));
        AggregationResult r = Aggregation.toTotal(data, ALL, BreakdownDimension.SEX);
        assertThat(r.dataset().find("SHARE", "A", Y2022, Breakdown.TOTAL).flatMap(Observation::value))
                .contains(d("25.00"));
        assertThat(r.dataset().find("CLUBS", "A", Y2022, Breakdown.TOTAL).flatMap(Observation::value))
                .contains(d("31"));
        assertThat(r.partials()).singleElement().satisfies(p -> {
            assertThat(p.key().area()).isEqualTo("B");
            assertThat(p.missing()).containsExactly("M");
        });
    }

    @Test
    void theSparseGroupIndexGivesTheSameTotalsAsTheDenseOne() {
        Dataset.Builder b = Dataset.builder();
        for (int area = 0; area < 40; area++) {
            for (int year = 2015; year < 2025; year++) {
                // 1 + 2 + ... so that every total differs; area c's numerator is c + year - 2015.
                b.add(Observation.builder("SHARE", String.valueOf((char) ('A' + area % 3)) + area, YearPeriod.of(year))
                        .components(area + year - 2015, 100).build());
            }
        }
        Dataset data = b.build();
        java.util.Map<String, String> parents = new java.util.HashMap<>();
        for (int area = 0; area < 40; area++) {
            parents.put(String.valueOf((char) ('A' + area % 3)) + area, "P" + area % 3);
        }
        AreaRollup rollup = AreaRollup.of(parents);
        Dataset dense = Aggregation.toParents(data, ALL, rollup).requireComplete();
        Dataset sparse = Aggregation.toParents(data, ALL, rollup, AggregationOptions.DEFAULTS.withDenseLimit(0))
                .requireComplete();
        assertThat(sparse.size()).isEqualTo(30);
        assertThat(new java.util.HashSet<>(sparse.asList())).isEqualTo(new java.util.HashSet<>(dense.asList()));
        // P0 in 2015 holds areas 0, 3, ..., 39: numerators 0 + 3 + ... + 39 = 273 of 14 × 100.
        Observation p0 = sparse.find("SHARE", "P0", YearPeriod.of(2015), Breakdown.TOTAL).orElseThrow();
        assertThat(p0.numerator()).contains(d("273"));
        assertThat(p0.denominator()).contains(d("1400"));
        assertThat(p0.value()).contains(d("19.50"));
    }

    @Test
    void carriesOldProvincesOntoTheUnitTheyMergedInto() {
        LocalDate lastDay = LocalDate.of(2025, 6, 30);
        LocalDate firstDay = LocalDate.of(2025, 7, 1);
        Area nation = Area.of("VN", BilingualText.of("Việt Nam", "Viet Nam"), AreaLevel.NATION);
        Area oldLaoCai = Area.of("10", BilingualText.of("Lào Cai"), AreaLevel.PROVINCE).withParent("VN")
                .withValidTo(lastDay);
        Area yenBai = Area.of("15", BilingualText.of("Yên Bái"), AreaLevel.PROVINCE).withParent("VN").withValidTo(lastDay);
        Area newLaoCai = Area.of("15", BilingualText.of("Lào Cai"), AreaLevel.PROVINCE).withParent("VN")
                .withValidFrom(firstDay);
        Area sonLa = Area.of("14", BilingualText.of("Sơn La"), AreaLevel.PROVINCE).withParent("VN");
        AreaHierarchy h = AreaHierarchy.builder().add(nation).add(oldLaoCai).add(yenBai).add(newLaoCai).add(sonLa)
                .merge(oldLaoCai, newLaoCai).merge(yenBai, newLaoCai).build();
        Dataset data = Dataset.of(List.of(share("10", 20, 100), share("15", 30, 100), share("14", 5, 10)));

        AggregationResult today = Aggregation.toParents(data, ALL,
                AreaRollup.onto(h, AreaLevel.PROVINCE, AreaLevel.PROVINCE, LocalDate.of(2026, 1, 1)));
        Observation merged = today.dataset().find("SHARE", "15", Y2022, Breakdown.TOTAL).orElseThrow();
        assertThat(merged.numerator()).contains(d("50"));
        assertThat(merged.denominator()).contains(d("200"));
        assertThat(today.dataset().find("SHARE", "14", Y2022, Breakdown.TOTAL).flatMap(Observation::value))
                .contains(d("50.00"));
        assertThat(today.isComplete()).isTrue();

        AggregationResult national = Aggregation.toParents(data, ALL, AreaRollup.to(h, AreaLevel.PROVINCE, AreaLevel.NATION));
        assertThat(national.dataset().find("SHARE", "VN", Y2022, Breakdown.TOTAL).flatMap(Observation::value))
                .contains(d("26.19")); // 2022 geography: 20 + 30 + 5 of 100 + 100 + 10 = 55 / 210 = 0.261904...
        assertThat(national.isComplete()).isTrue();
    }

    /** Both paths on the same data: the same totals, partials and refusals, dense and sparse, up and across. */
    private static void assertPathsAgree(Dataset data, AreaRollup rollup) {
        for (long denseLimit : new long[] {GroupIndex.DENSE_LIMIT, 0}) {
            AggregationOptions fastOptions = AggregationOptions.DEFAULTS.withDenseLimit(denseLimit);
            AggregationOptions generalOptions = fastOptions.withoutFastPath();
            AggregationResult fast = Aggregation.toParents(data, ALL, rollup, fastOptions);
            AggregationResult general = Aggregation.toParents(data, ALL, rollup, generalOptions);
            assertThat(new java.util.HashSet<>(fast.dataset().asList()))
                    .isEqualTo(new java.util.HashSet<>(general.dataset().asList()));
            assertThat(fast.partials()).containsExactlyInAnyOrderElementsOf(general.partials());
            assertThat(fast.refused()).containsExactlyInAnyOrderElementsOf(general.refused());
            AggregationResult fastSex = Aggregation.toTotal(data, ALL, BreakdownDimension.SEX, fastOptions);
            AggregationResult generalSex = Aggregation.toTotal(data, ALL, BreakdownDimension.SEX, generalOptions);
            assertThat(new java.util.HashSet<>(fastSex.dataset().asList()))
                    .isEqualTo(new java.util.HashSet<>(generalSex.dataset().asList()));
            assertThat(fastSex.partials()).containsExactlyInAnyOrderElementsOf(generalSex.partials());
            assertThat(fastSex.refused()).containsExactlyInAnyOrderElementsOf(generalSex.refused());
        }
    }

    @Test
    void theFastPathGivesTheGeneralPathsTotals() {
        // SHARE: one scale, exact, final: the fast path. BUDGET: three scales: the general path, summed at
        // scale 2. CLUBS: one row "nearly": the general path, to track the qualifier.
        Dataset data = Dataset.of(List.of(
                share("A", 1, 400), share("B", 0, 400), share("C", 7, 9),
                Observation.builder("BUDGET", "A", Y2022).value(d("1.5")).build(),
                Observation.builder("BUDGET", "B", Y2022).value(d("2")).build(),
                Observation.builder("BUDGET", "C", Y2022).value(d("0.25")).build(),
                Observation.builder("CLUBS", "A", Y2022).value(4).qualifier(Qualifier.NEARLY).build(),
                Observation.builder("CLUBS", "B", Y2022).value(5).build()));
        AggregationResult r = Aggregation.toParents(data, ALL, TO_NATION);
        // 1 + 0 + 7 = 8 of 400 + 400 + 9 = 809: 0.98887... % gives 0.99.
        Observation share = r.dataset().find("SHARE", "VN", Y2022, Breakdown.TOTAL).orElseThrow();
        assertThat(share.numerator()).contains(d("8"));
        assertThat(share.denominator()).contains(d("809"));
        assertThat(share.value()).contains(d("0.99"));
        assertThat(share.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(share.status()).isEqualTo(ObservationStatus.FINAL);
        assertThat(r.dataset().find("BUDGET", "VN", Y2022, Breakdown.TOTAL).flatMap(Observation::value))
                .contains(d("3.75"));
        Observation clubs = r.dataset().find("CLUBS", "VN", Y2022, Breakdown.TOTAL).orElseThrow();
        assertThat(clubs.value()).contains(d("9"));
        assertThat(clubs.qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(r.partials()).singleElement().satisfies(p -> assertThat(p.missing()).containsExactly("C"));
        assertPathsAgree(data, TO_NATION);
    }

    @Test
    void theFastPathRoundsHalfUpAsTheGeneralPathDoes() {
        // 1 of 400 and 0 of 400: 1 of 800 = 0.125 %, half up at two decimals: 0.13. 3 of 1,600 = 0.1875 %: 0.19.
        Dataset data = Dataset.of(List.of(share("A", 1, 400), share("B", 0, 400), share("C", 0, 0)));
        assertThat(Aggregation.toParents(data, ALL, TO_NATION).dataset().get(0).value()).contains(d("0.13"));
        Dataset other = Dataset.of(List.of(share("A", 3, 800), share("B", 0, 800), share("C", 0, 0)));
        assertThat(Aggregation.toParents(other, ALL, TO_NATION).dataset().get(0).value()).contains(d("0.19"));
        // A zero denominator gives no value on either path.
        Dataset zero = Dataset.of(List.of(share("A", 0, 0), share("B", 0, 0), share("C", 0, 0)));
        assertThat(Aggregation.toParents(zero, ALL, TO_NATION).dataset().get(0).value()).isEmpty();
        assertPathsAgree(data, TO_NATION);
        assertPathsAgree(zero, TO_NATION);
    }

    @Test
    void numbersThatCouldOverflowTakeTheGeneralPath() {
        // Two rows of 5e18: their bound (2 × 5e18) passes a long, so BUDGET is summed with every check and
        // its total continues in BigDecimal; SHARE, small, still takes the fast path.
        BigDecimal five = BigDecimal.valueOf(5_000_000_000_000_000_000L);
        Dataset data = Dataset.of(List.of(
                Observation.of("BUDGET", "A", Y2022, five), Observation.of("BUDGET", "B", Y2022, five),
                Observation.of("BUDGET", "C", Y2022, d("1")),
                share("A", 1, 2), share("B", 1, 2), share("C", 1, 2)));
        AggregationResult r = Aggregation.toParents(data, ALL, TO_NATION);
        assertThat(r.dataset().find("BUDGET", "VN", Y2022, Breakdown.TOTAL).flatMap(Observation::value))
                .contains(d("10000000000000000001"));
        assertThat(r.dataset().find("SHARE", "VN", Y2022, Breakdown.TOTAL).flatMap(Observation::value))
                .contains(d("50.00"));
        assertPathsAgree(data, TO_NATION);
    }

    @Test
    void absentComponentsAndValuesTakeTheGeneralPath() {
        Dataset data = Dataset.of(List.of(
                share("A", 1, 2), Observation.builder("SHARE", "B", Y2022).numerator(d("1")).build(),
                share("C", 1, 2),
                Observation.builder("CLUBS", "A", Y2022).value(3).build(),
                Observation.builder("CLUBS", "B", Y2022).numerator(d("4")).build()));
        AggregationResult r = Aggregation.toParents(data, ALL, TO_NATION);
        assertThat(r.refused()).singleElement().satisfies(f -> assertThat(f.reason())
                .isEqualTo(NoDataReason.MISSING_COMPONENT));
        assertThat(r.dataset().find("CLUBS", "VN", Y2022, Breakdown.TOTAL).flatMap(Observation::value))
                .contains(d("7"));
        assertPathsAgree(data, TO_NATION);
    }

    /** Random rows: scales 0 to 20, absent components, qualifiers, statuses, numbers near a long's limit. */
    @Property(tries = 200)
    void theFastAndGeneralPathsAgreeOnAnyRows(@ForAll("rows") List<Observation> rows) {
        Map<io.github.binhdang.core.data.ObservationKey, Observation> unique = new java.util.LinkedHashMap<>();
        rows.forEach(o -> unique.putIfAbsent(o.key(), o));
        Dataset data = Dataset.of(List.copyOf(unique.values()));
        assertPathsAgree(data, AreaRollup.of(Map.of("A", "VN", "B", "VN", "C", "VN", "D", "X")));
    }

    @Provide
    Arbitrary<List<Observation>> rows() {
        Arbitrary<BigDecimal> number = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.longs().between(0, 5_000), Arbitraries.integers().between(0, 3))
                        .as(BigDecimal::valueOf),
                Combinators.combine(Arbitraries.longs().between(0, 20_000), Arbitraries.just(0))
                        .as(BigDecimal::valueOf),
                Combinators.combine(Arbitraries.longs().between(Long.MAX_VALUE / 3, Long.MAX_VALUE),
                        Arbitraries.integers().between(0, 20)).as(BigDecimal::valueOf));
        Arbitrary<String> indicator = Arbitraries.of("SHARE", "CLUBS", "BUDGET", "OTHER");
        Arbitrary<String> area = Arbitraries.of("A", "B", "C", "D", "E");
        Arbitrary<Sex> sex = Arbitraries.of(Sex.FEMALE, Sex.MALE);
        Arbitrary<Integer> shape = Arbitraries.integers().between(0, 9);
        Arbitrary<Qualifier> qualifier = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(8, Qualifier.EXACT), net.jqwik.api.Tuple.of(1, Qualifier.NEARLY),
                net.jqwik.api.Tuple.of(1, Qualifier.ABOUT));
        Arbitrary<ObservationStatus> status = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(8, ObservationStatus.FINAL),
                net.jqwik.api.Tuple.of(1, ObservationStatus.PROVISIONAL));
        return Combinators.combine(indicator, area, sex, shape, number, number)
                .as((ind, ar, sx, sh, n, dn) -> {
                    Observation.Builder b = Observation.builder(ind, ar, Y2022).sex(sx);
                    // Mostly whole components or a value; now and then a numerator alone.
                    if (sh < 6) {
                        b.components(n, dn);
                    } else if (sh < 9) {
                        b.value(n);
                    } else {
                        b.numerator(n);
                    }
                    return b;
                })
                .flatMap(b -> Combinators.combine(qualifier, status)
                        .as((q, st) -> b.qualifier(q).status(st).build()))
                .list().ofMaxSize(40);
    }

    static final Indicator DEATHS = Indicator.builder("DEATHS", BilingualText.of("Tử vong mẹ", "Maternal deaths"),
            MeasureKind.RATIO, Unit.PER_100000).decimals(0).build();
    static final Indicator CARE = Indicator.builder("CARE", BilingualText.of("Giờ chăm sóc", "Care hours"),
            MeasureKind.TIMES, Unit.TIMES).decimals(3).build();

    /** Quotients in long arithmetic round as BigDecimal does: any sign, scale, multiplier and decimals. */
    @Property(tries = 300)
    void quotientsOfSummedComponentsRoundAsBigDecimalDoes(@ForAll("components") List<Observation> rows) {
        Map<io.github.binhdang.core.data.ObservationKey, Observation> unique = new java.util.LinkedHashMap<>();
        rows.forEach(o -> unique.putIfAbsent(o.key(), o));
        Dataset data = Dataset.of(List.copyOf(unique.values()));
        List<Indicator> all = List.of(SHARE, DEATHS, CARE);
        AreaRollup rollup = AreaRollup.of(Map.of("A", "VN", "B", "VN", "C", "VN"));
        AggregationResult fast = Aggregation.toParents(data, all, rollup, AggregationOptions.DEFAULTS);
        AggregationResult reference = Aggregation.toParents(data, all, rollup,
                AggregationOptions.DEFAULTS.withoutFastPath());
        assertThat(fast.dataset().asList()).containsExactlyInAnyOrderElementsOf(reference.dataset().asList());
    }

    @Provide
    Arbitrary<List<Observation>> components() {
        // One scale per indicator and column, so that the fast path is taken; the scale varies by try.
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3))
                .flatAs((ns, ds) -> Combinators.combine(Arbitraries.of("SHARE", "DEATHS", "CARE"),
                                Arbitraries.of("A", "B", "C"), Arbitraries.of(Sex.FEMALE, Sex.MALE),
                                Arbitraries.longs().between(-1_000_000, 1_000_000), Arbitraries.longs().between(1, 1_000_000))
                        .as((ind, ar, sx, n, dn) -> Observation.builder(ind, ar, Y2022).sex(sx)
                                .components(BigDecimal.valueOf(n, ns), BigDecimal.valueOf(dn, ds)).build())
                        .list().ofMaxSize(30));
    }

    @Test
    void valuesAndComponentsSumApartOnTheBranchFreeLoop() {
        // Every indicator on the fast path, none with numbers beside the ones it sums: the loop adds
        // numerator + value and denominator for every row without asking its indicator.
        Dataset data = Dataset.of(List.of(
                Observation.builder("SHARE", "A", Y2022).sex(Sex.FEMALE).components(10, 100).build(),
                Observation.builder("SHARE", "B", Y2022).sex(Sex.FEMALE).components(90, 300).build(),
                Observation.builder("SHARE", "C", Y2022).sex(Sex.FEMALE).components(0, 100).build(),
                Observation.builder("CLUBS", "A", Y2022).sex(Sex.MALE).value(12).build(),
                Observation.builder("CLUBS", "B", Y2022).sex(Sex.MALE).value(19).build(),
                Observation.builder("CLUBS", "C", Y2022).sex(Sex.MALE).value(0).build(),
                Observation.builder("BUDGET", "A", Y2022).value(d("1.5")).build(),
                Observation.builder("BUDGET", "B", Y2022).value(d("0.5")).build(),
                Observation.builder("BUDGET", "C", Y2022).value(d("2.0")).build()));
        Dataset totals = Aggregation.toParents(data, ALL, TO_NATION).requireComplete();
        // 100 of 500 = 20 %; 12 + 19 + 0 = 31 clubs; 1.5 + 0.5 + 2.0 = 4.0.
        Observation share = totals.find("SHARE", "VN", Y2022, Breakdown.of(Sex.FEMALE)).orElseThrow();
        assertThat(share.numerator()).contains(d("100"));
        assertThat(share.denominator()).contains(d("500"));
        assertThat(share.value()).contains(d("20.00"));
        assertThat(totals.find("CLUBS", "VN", Y2022, Breakdown.of(Sex.MALE)).orElseThrow().value()).contains(d("31"));
        Observation budget = totals.find("BUDGET", "VN", Y2022, Breakdown.TOTAL).orElseThrow();
        assertThat(budget.value()).contains(d("4.0"));
        assertThat(budget.numerator()).isEmpty();
        assertPathsAgree(data, TO_NATION);
    }

    /**
     * Random rows of one indicator with random decimals (0 to 6) and unit, and numerators and
     * denominators of random scales (one per column, or one per row): every total's value is
     * {@link Values#fromComponents} of its summed components, which are the sums worked out here.
     */
    @Property(tries = 1000)
    void eachTotalsValueIsValuesFromItsSummedComponents(@ForAll("rateCase") RateCase c) {
        Map<io.github.binhdang.core.data.ObservationKey, Observation> unique = new java.util.LinkedHashMap<>();
        c.rows().forEach(o -> unique.putIfAbsent(o.key(), o));
        Dataset data = Dataset.of(List.copyOf(unique.values()));
        AggregationResult r = Aggregation.toParents(data, List.of(c.indicator()), TO_NATION);
        for (Breakdown b : List.of(Breakdown.of(Sex.FEMALE), Breakdown.of(Sex.MALE))) {
            BigDecimal num = BigDecimal.ZERO;
            BigDecimal den = BigDecimal.ZERO;
            boolean any = false;
            for (Observation o : unique.values()) {
                if (o.breakdown().equals(b)) {
                    num = num.add(o.numerator().orElseThrow());
                    den = den.add(o.denominator().orElseThrow());
                    any = true;
                }
            }
            java.util.Optional<Observation> total = r.dataset().find("R", "VN", Y2022, b);
            assertThat(total.isPresent()).isEqualTo(any);
            if (any) {
                assertThat(total.get().numerator().orElseThrow()).isEqualByComparingTo(num);
                assertThat(total.get().denominator().orElseThrow()).isEqualByComparingTo(den);
                assertThat(total.get().value()).isEqualTo(Values.fromComponents(c.indicator(), num, den).toOptional());
            }
        }
    }

    /** An indicator and rows of it. */
    record RateCase(Indicator indicator, List<Observation> rows) {
    }

    @Provide
    Arbitrary<RateCase> rateCase() {
        Arbitrary<Indicator> indicator = Combinators.combine(
                Arbitraries.of(Unit.PERCENT, Unit.PER_100, Unit.PER_1000, Unit.PER_100000, Unit.FRACTION, Unit.TIMES,
                        Unit.of("hours")),
                Arbitraries.integers().between(0, 6))
                .as((unit, decimals) -> Indicator.builder("R", BilingualText.of("Tỷ lệ", "Rate"),
                        unit.equals(Unit.PERCENT) ? MeasureKind.PERCENTAGE : unit.equals(Unit.TIMES) ? MeasureKind.TIMES
                                : unit.equals(Unit.of("hours")) ? MeasureKind.MEAN : MeasureKind.RATIO,
                        unit).decimals(decimals).build());
        // Per try: one scale per column (the fast path) or a scale per row (the checked path).
        Arbitrary<List<Observation>> rows = Combinators.combine(Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 4), Arbitraries.of(true, false))
                .flatAs((ns, ds, oneScale) -> Combinators.combine(Arbitraries.of("A", "B", "C"),
                                Arbitraries.of(Sex.FEMALE, Sex.MALE), Arbitraries.longs().between(-2_000_000, 2_000_000),
                                Arbitraries.longs().between(0, 2_000_000), Arbitraries.integers().between(0, 4),
                                Arbitraries.integers().between(0, 4))
                        .as((ar, sx, n, dn, rns, rds) -> Observation.builder("R", ar, Y2022).sex(sx)
                                .components(BigDecimal.valueOf(n, oneScale ? ns : rns),
                                        BigDecimal.valueOf(dn, oneScale ? ds : rds)).build())
                        .list().ofMinSize(1).ofMaxSize(6));
        return Combinators.combine(indicator, rows).as(RateCase::new);
    }

    /**
     * 100,000 rows, each of its own area, over 60,000 months: areas × periods is 6 billion, which no
     * array holds, yet the work grows with the rows. Row r is area "A" + r, month number r % 60,000
     * from January 1950, rolled into "P" + r % 10 with components r % 97 of 100 + r % 13; rows r and
     * r + 60,000 share their month and their parent.
     */
    @Test
    void aggregatesRowsOfDistinctAreasAndPeriodsInMemoryBoundedByTheRows() {
        int rows = 100_000;
        int months = 60_000;
        Dataset.Builder b = Dataset.builder();
        Map<String, List<String>> children = new java.util.HashMap<>();
        for (int r = 0; r < rows; r++) {
            io.github.binhdang.core.period.MonthPeriod m = month(r % months);
            b.add(Observation.builder("SHARE", "A" + r, m).components(r % 97, 100 + r % 13).build());
            children.computeIfAbsent("P" + r % 10 + "/" + m, k -> new java.util.ArrayList<>()).add("A" + r);
        }
        Dataset data = b.build();
        AreaRollup rollup = new AreaRollup() {
            @Override
            public java.util.Optional<String> parentOf(String area, io.github.binhdang.core.period.ReportingPeriod period) {
                return java.util.Optional.of("P" + Integer.parseInt(area.substring(1)) % 10);
            }

            @Override
            public List<String> childrenOf(String parent, io.github.binhdang.core.period.ReportingPeriod period) {
                return children.getOrDefault(parent + "/" + period, List.of());
            }
        };
        for (AggregationOptions options : List.of(AggregationOptions.DEFAULTS,
                AggregationOptions.DEFAULTS.withDenseLimit(0), AggregationOptions.DEFAULTS.withoutFastPath())) {
            Dataset totals = Aggregation.toParents(data, ALL, rollup, options).requireComplete();
            assertThat(totals.size()).isEqualTo(months);
            // Month 5 (June 1950): rows 5 and 60,005 in P5: 5 + 59 of 105 + 110 = 64 / 215 = 29.767… %.
            Observation june1950 = totals.find("SHARE", "P5", month(5), Breakdown.TOTAL).orElseThrow();
            assertThat(june1950.numerator()).contains(d("64"));
            assertThat(june1950.denominator()).contains(d("215"));
            assertThat(june1950.value()).contains(d("29.77"));
            // Month 39,999 (April 5283): rows 39,999 and 99,999 in P9: 35 + 89 of 111 + 103 = 124 / 214 = 57.943… %.
            Observation last = totals.find("SHARE", "P9", month(39_999), Breakdown.TOTAL).orElseThrow();
            assertThat(last.numerator()).contains(d("124"));
            assertThat(last.denominator()).contains(d("214"));
            assertThat(last.value()).contains(d("57.94"));
            // Month 45,000 (January 5700): row 45,000 alone, in P0: 89 of 107 = 83.177… %.
            assertThat(totals.find("SHARE", "P0", month(45_000), Breakdown.TOTAL).flatMap(Observation::value))
                    .contains(d("83.18"));
        }
    }

    private static io.github.binhdang.core.period.MonthPeriod month(int number) {
        return io.github.binhdang.core.period.MonthPeriod.of(1950 + number / 12, number % 12 + 1);
    }

    /**
     * 40 areas × 10 years (400 source cells) into 3 parents × 10 years (30 totals of one indicator):
     * at and just below each limit, the array and the hash of cells, the dense and the sparse groups, all
     * give the same totals. Area c's numerator in year y is c + y − 2015, of 100.
     */
    @Test
    void theDenseAndSparseIndicesAgreeAtTheirBoundaries() {
        Dataset.Builder b = Dataset.builder();
        Map<String, String> parents = new java.util.HashMap<>();
        for (int area = 0; area < 40; area++) {
            parents.put("C" + area, "P" + area % 3);
            for (int year = 2015; year < 2025; year++) {
                b.add(Observation.builder("SHARE", "C" + area, YearPeriod.of(year)).components(area + year - 2015, 100)
                        .build());
            }
        }
        Dataset data = b.build();
        AreaRollup rollup = AreaRollup.of(parents);
        for (long limit : new long[] {400, 399, 30, 29, 0}) {
            Dataset totals = Aggregation.toParents(data, ALL, rollup, AggregationOptions.DEFAULTS.withDenseLimit(limit))
                    .requireComplete();
            assertThat(totals.size()).as("limit %d", limit).isEqualTo(30);
            // P0 in 2015: areas 0, 3, ..., 39, numerators 0 + 3 + ... + 39 = 273 of 14 × 100 = 19.5 %.
            assertThat(totals.find("SHARE", "P0", YearPeriod.of(2015), Breakdown.TOTAL).flatMap(Observation::value))
                    .as("limit %d", limit).contains(d("19.50"));
            // P1 in 2020: areas 1, 4, ..., 37 (13), numerators 247 + 13 × 5 = 312 of 1,300 = 24 %.
            Observation p1 = totals.find("SHARE", "P1", YearPeriod.of(2020), Breakdown.TOTAL).orElseThrow();
            assertThat(p1.numerator()).contains(d("312"));
            assertThat(p1.denominator()).contains(d("1300"));
            assertThat(p1.value()).contains(d("24.00"));
        }
    }

    @Test
    void approximateAndProvisionalRowsKeepTheFastPathAndMarkTheirTotals() {
        // Every indicator of one scale, none overflowing: the fast path, though some rows are "nearly",
        // "more than" or provisional. Each total's qualifier and status come from its own rows.
        Dataset data = Dataset.of(List.of(
                Observation.builder("SHARE", "A", Y2022).sex(Sex.FEMALE).components(10, 100).qualifier(Qualifier.NEARLY)
                        .build(),
                Observation.builder("SHARE", "B", Y2022).sex(Sex.FEMALE).components(90, 300).qualifier(Qualifier.NEARLY)
                        .status(ObservationStatus.PROVISIONAL).build(),
                Observation.builder("SHARE", "C", Y2022).sex(Sex.FEMALE).components(0, 100).qualifier(Qualifier.NEARLY)
                        .build(),
                Observation.builder("CLUBS", "A", Y2022).sex(Sex.MALE).value(12).build(),
                Observation.builder("CLUBS", "B", Y2022).sex(Sex.MALE).value(19).qualifier(Qualifier.MORE_THAN).build(),
                Observation.builder("CLUBS", "C", Y2022).sex(Sex.MALE).value(0).build(),
                Observation.builder("BUDGET", "A", Y2022).value(d("1.5")).build(),
                Observation.builder("BUDGET", "B", Y2022).value(d("0.5")).build(),
                Observation.builder("BUDGET", "C", Y2022).value(d("2.0")).build()));
        Dataset totals = Aggregation.toParents(data, ALL, TO_NATION).requireComplete();
        // All three "nearly", one provisional: 100 of 500 = 20 %, nearly, provisional.
        Observation share = totals.find("SHARE", "VN", Y2022, Breakdown.of(Sex.FEMALE)).orElseThrow();
        assertThat(share.value()).contains(d("20.00"));
        assertThat(share.qualifier()).isEqualTo(Qualifier.NEARLY);
        assertThat(share.status()).isEqualTo(ObservationStatus.PROVISIONAL);
        // Exact and "more than": about 31, final.
        Observation clubs = totals.find("CLUBS", "VN", Y2022, Breakdown.of(Sex.MALE)).orElseThrow();
        assertThat(clubs.value()).contains(d("31"));
        assertThat(clubs.qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(clubs.status()).isEqualTo(ObservationStatus.FINAL);
        Observation budget = totals.find("BUDGET", "VN", Y2022, Breakdown.TOTAL).orElseThrow();
        assertThat(budget.value()).contains(d("4.0"));
        assertThat(budget.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(budget.status()).isEqualTo(ObservationStatus.FINAL);
        assertPathsAgree(data, TO_NATION);
        // The same beside an indicator on the checked path (BUDGET of two scales): the loop that asks each
        // row's indicator.
        Dataset mixed = Dataset.of(java.util.stream.Stream.concat(data.asList().stream()
                        .filter(o -> !o.indicator().equals("BUDGET")),
                java.util.stream.Stream.of(Observation.builder("BUDGET", "A", Y2022).value(d("1.5")).build(),
                        Observation.builder("BUDGET", "B", Y2022).value(d("2")).build(),
                        Observation.builder("BUDGET", "C", Y2022).value(d("0.25")).build())).toList());
        Dataset mixedTotals = Aggregation.toParents(mixed, ALL, TO_NATION).requireComplete();
        assertThat(mixedTotals.find("SHARE", "VN", Y2022, Breakdown.of(Sex.FEMALE)).orElseThrow().qualifier())
                .isEqualTo(Qualifier.NEARLY);
        assertThat(mixedTotals.find("CLUBS", "VN", Y2022, Breakdown.of(Sex.MALE)).orElseThrow().qualifier())
                .isEqualTo(Qualifier.ABOUT);
        assertThat(mixedTotals.find("BUDGET", "VN", Y2022, Breakdown.TOTAL).flatMap(Observation::value))
                .contains(d("3.75"));
        assertPathsAgree(mixed, TO_NATION);
    }

    @Test
    void componentsOfSeveralScalesAreSummedAtTheLargest() {
        // 1.5 of 10, 2 of 10.0 and 0.25 of 4, one "nearly": 3.75 of 24.0 = 15.625 %, 15.63 half up, nearly
        // and exact: about. Then C without a denominator: the total is refused, never averaged.
        Dataset data = Dataset.of(List.of(
                Observation.builder("SHARE", "A", Y2022).components(d("1.5"), d("10")).build(),
                Observation.builder("SHARE", "B", Y2022).components(d("2"), d("10.0")).qualifier(Qualifier.NEARLY)
                        .build(),
                Observation.builder("SHARE", "C", Y2022).components(d("0.25"), d("4")).build()));
        Observation total = Aggregation.toParents(data, ALL, TO_NATION).requireComplete().get(0);
        assertThat(total.numerator()).contains(d("3.75"));
        assertThat(total.denominator()).contains(d("24.0"));
        assertThat(total.value()).contains(d("15.63"));
        assertThat(total.qualifier()).isEqualTo(Qualifier.ABOUT);
        assertPathsAgree(data, TO_NATION);
        Dataset lacking = Dataset.of(List.of(data.get(0), data.get(1),
                Observation.builder("SHARE", "C", Y2022).numerator(d("0.25")).build()));
        assertThat(Aggregation.toParents(lacking, ALL, TO_NATION).refused()).singleElement()
                .satisfies(f -> assertThat(f.detail()).startsWith("1 of 3 parts have no numerator and denominator"));
        assertPathsAgree(lacking, TO_NATION);
    }

    @Test
    void scaledComponentsBesideCleanValuesShareOneLoop() {
        // SHARE has numerators of two scales (so it is scaled) and, for women, a part without a denominator;
        // CLUBS are plain counts. Worked by hand: SHARE, both sexes: 1.5 of 10 and 2 of 10.0 (nearly) give
        // 3.5 of 20.0, 17.5 %, about; women: 1 of 2 and 0.5 without a denominator, refused; CLUBS: 3 + 4 + 5
        // = 12, exact.
        Dataset data = Dataset.of(List.of(
                Observation.builder("SHARE", "A", Y2022).components(d("1.5"), d("10")).build(),
                Observation.builder("SHARE", "B", Y2022).components(d("2"), d("10.0")).qualifier(Qualifier.NEARLY)
                        .build(),
                Observation.builder("SHARE", "A", Y2022).sex(Sex.FEMALE).components(1, 2).build(),
                Observation.builder("SHARE", "B", Y2022).sex(Sex.FEMALE).numerator(d("0.5")).build(),
                Observation.builder("CLUBS", "A", Y2022).value(3).build(),
                Observation.builder("CLUBS", "B", Y2022).value(4).build(),
                Observation.builder("CLUBS", "C", Y2022).value(5).build()));
        AggregationResult result = Aggregation.toParents(data, ALL, TO_NATION);
        assertThat(result.refused()).singleElement().satisfies(f -> {
            assertThat(f.key().breakdown()).isEqualTo(Breakdown.of(Sex.FEMALE));
            assertThat(f.detail()).startsWith("1 of 2 parts have no numerator and denominator");
        });
        Dataset totals = result.dataset();
        assertThat(totals.size()).isEqualTo(2);
        Observation share = totals.find("SHARE", "VN", Y2022, Breakdown.TOTAL).orElseThrow();
        assertThat(share.numerator()).contains(d("3.5"));
        assertThat(share.denominator()).contains(d("20.0"));
        assertThat(share.value().orElseThrow()).isEqualByComparingTo("17.5");
        assertThat(share.qualifier()).isEqualTo(Qualifier.ABOUT);
        Observation clubs = totals.find("CLUBS", "VN", Y2022, Breakdown.TOTAL).orElseThrow();
        assertThat(clubs.value()).contains(d("12"));
        assertThat(clubs.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(totals.find("SHARE", "VN", Y2022, Breakdown.of(Sex.FEMALE))).isEmpty();
        assertPathsAgree(data, TO_NATION);
    }
}
