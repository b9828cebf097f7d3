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
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.YearPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link AreaRollup#on}: figures already on the units of a date, rolled up by that date's geography
 * whatever their period. The small hierarchy follows shared/reference/provinces-2025.md as
 * TransitionYearTest's does (Sơn La 14 unchanged; the old Lào Cai 10 and Yên Bái 15 into the new Lào Cai
 * 15; Quảng Bình 44 and the old Quảng Trị 45 into the new Quảng Trị 44), with two made-up communes: Sa Pa
 * ward under the old Lào Cai until 30 June 2025, merged into a new commune "C2" of the new Lào Cai formed
 * on 1 July 2025. The figures are made up; every total is worked out by hand in the comments.
 */
class AreaRollupTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    private static final YearPeriod Y2024 = YearPeriod.of(2024);

    private static final Area NATION = Area.of("VN", BilingualText.of("Việt Nam", "Viet Nam"), AreaLevel.NATION);
    private static final Area SON_LA = province("14", "Sơn La");
    private static final Area OLD_LAO_CAI = province("10", "Lào Cai").withValidTo(JUNE_30);
    private static final Area YEN_BAI = province("15", "Yên Bái").withValidTo(JUNE_30);
    private static final Area LAO_CAI = province("15", "Lào Cai").withValidFrom(JULY_1);
    private static final Area QUANG_BINH = province("44", "Quảng Bình").withValidTo(JUNE_30);
    private static final Area OLD_QUANG_TRI = province("45", "Quảng Trị").withValidTo(JUNE_30);
    private static final Area QUANG_TRI = province("44", "Quảng Trị").withValidFrom(JULY_1);
    private static final Area OLD_COMMUNE = Area.of("C1", BilingualText.of("Sa Pa"), AreaLevel.COMMUNE)
            .withParent("10").withValidTo(JUNE_30);
    private static final Area NEW_COMMUNE = Area.of("C2", BilingualText.of("Sa Pa"), AreaLevel.COMMUNE)
            .withParent("15").withValidFrom(JULY_1);
    private static final AreaHierarchy H = AreaHierarchy.builder()
            .addAll(List.of(NATION, SON_LA, OLD_LAO_CAI, YEN_BAI, LAO_CAI, QUANG_BINH, OLD_QUANG_TRI, QUANG_TRI,
                    OLD_COMMUNE, NEW_COMMUNE))
            .merge(OLD_LAO_CAI, LAO_CAI).merge(YEN_BAI, LAO_CAI)
            .merge(QUANG_BINH, QUANG_TRI).merge(OLD_QUANG_TRI, QUANG_TRI)
            .merge(OLD_COMMUNE, NEW_COMMUNE)
            .build();

    private static Area province(String code, String name) {
        return Area.of(code, BilingualText.of(name), AreaLevel.PROVINCE).withParent("VN");
    }

    private static Observation clubs(String area, ReportingPeriod period, long value) {
        return Observation.builder("CLUBS", area, period).value(value).build();
    }

    private static BigDecimal total(AggregationResult result, String area, ReportingPeriod period) {
        return result.dataset().find("CLUBS", area, period, Breakdown.TOTAL).flatMap(Observation::value).orElseThrow();
    }

    @Test
    void theUnitsOfTheDateAndTheirParentsOnIt() {
        AreaRollup rollup = AreaRollup.on(H, AreaLevel.PROVINCE, AreaLevel.NATION, JULY_1);
        // In force on 1 July 2025: 14, the new 15 and the new 44; the old 10 and 45 are not.
        assertThat(rollup.childrenOf("VN", Y2024)).containsExactly("14", "15", "44");
        assertThat(rollup.parentOf("15", Y2024)).contains("VN");
        assertThat(rollup.parentOf("10", Y2024)).isEmpty();
        assertThat(rollup.parentOf("45", YearPeriod.of(2026))).isEmpty();
        // The same answer for every period: the codes are read on the date.
        assertThat(rollup.childrenOf("VN", YearPeriod.of(2019))).containsExactly("14", "15", "44");
    }

    @Test
    void a2024TotalOnTheNewUnitsIsComplete() {
        // 2024 figures carried onto the units of 1 July 2025: 14 → 5, 15 (new Lào Cai: 2 + 3) → 5,
        // 44 (new Quảng Trị: 4 + 6) → 10. The nation: 5 + 5 + 10 = 20, complete with 3 of 3 units.
        Dataset data = Dataset.of(List.of(clubs("14", Y2024, 5), clubs("15", Y2024, 5), clubs("44", Y2024, 10)));
        AggregationResult on = Aggregation.toParents(data, AggregationTest.ALL,
                AreaRollup.on(H, AreaLevel.PROVINCE, AreaLevel.NATION, JULY_1));
        assertThat(total(on, "VN", Y2024)).isEqualByComparingTo("20");
        assertThat(on.isComplete()).isTrue();

        // Read by the figures' own period instead, 15 is Yên Bái and 44 Quảng Bình in 2024, and the
        // nation should hold the five old units: the same 20, missing 10 and 45.
        AggregationResult byPeriod = Aggregation.toParents(data, AggregationTest.ALL,
                AreaRollup.to(H, AreaLevel.PROVINCE, AreaLevel.NATION));
        assertThat(total(byPeriod, "VN", Y2024)).isEqualByComparingTo("20");
        assertThat(byPeriod.partials()).singleElement()
                .satisfies(p -> assertThat(p.missing()).containsExactlyInAnyOrder("10", "45"));
    }

    @Test
    void aCommuneFormedOnTheDateCarriesA2024Figure() {
        // The new commune C2 did not exist in 2024; carried there, its 2024 figure (7) goes into the new
        // Lào Cai (15), which has no other commune: 7, complete.
        Dataset data = Dataset.of(List.of(clubs("C2", Y2024, 7)));
        AggregationResult on = Aggregation.toParents(data, AggregationTest.ALL,
                AreaRollup.on(H, AreaLevel.COMMUNE, AreaLevel.PROVINCE, JULY_1));
        assertThat(total(on, "15", Y2024)).isEqualByComparingTo("7");
        assertThat(on.isComplete()).isTrue();
        // onto reads C2 on 2024's last day, when no version of it was in force: no parent.
        assertThat(AreaRollup.onto(H, AreaLevel.COMMUNE, AreaLevel.PROVINCE, JULY_1).parentOf("C2", Y2024))
                .isEqualTo(Optional.empty());
        // The old commune C1 is not in force on the date: not rolled up by on.
        assertThat(AreaRollup.on(H, AreaLevel.COMMUNE, AreaLevel.PROVINCE, JULY_1).parentOf("C1", Y2024)).isEmpty();
    }

    @Test
    void theParentLevelMustBeAbove() {
        assertThatThrownBy(() -> AreaRollup.on(H, AreaLevel.PROVINCE, AreaLevel.PROVINCE, JULY_1))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("AreaRollup.parentLevel");
                    assertThat(e.value()).isEqualTo("PROVINCE");
                });
    }
}
