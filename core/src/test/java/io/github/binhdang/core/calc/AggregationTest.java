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
        Dataset sparse = Aggregation.toParents(data, ALL, rollup, 0).requireComplete();
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
}
