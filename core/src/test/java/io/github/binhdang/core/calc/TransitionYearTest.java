package io.github.binhdang.core.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaDate;
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
import org.junit.jupiter.api.Test;

/**
 * Roll-ups of the year of the 2025 reform, both ways, on a small hierarchy that follows
 * shared/reference/provinces-2025.md: Sơn La (14) unchanged; the old Lào Cai (10) and Yên Bái (15) into
 * the new Lào Cai (15); Quảng Bình (44) and the old Quảng Trị (45) into the new Quảng Trị (44). The
 * figures (club counts) are made up; every total is worked out by hand in the comments.
 */
class TransitionYearTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    private static final YearPeriod Y2024 = YearPeriod.of(2024);
    private static final YearPeriod Y2025 = YearPeriod.of(2025);

    private static final Area NATION = Area.of("VN", BilingualText.of("Việt Nam", "Viet Nam"), AreaLevel.NATION);
    private static final Area SON_LA = province("14", "Sơn La");
    private static final Area OLD_LAO_CAI = province("10", "Lào Cai").withValidTo(JUNE_30);
    private static final Area YEN_BAI = province("15", "Yên Bái").withValidTo(JUNE_30);
    private static final Area LAO_CAI = province("15", "Lào Cai").withValidFrom(JULY_1);
    private static final Area QUANG_BINH = province("44", "Quảng Bình").withValidTo(JUNE_30);
    private static final Area OLD_QUANG_TRI = province("45", "Quảng Trị").withValidTo(JUNE_30);
    private static final Area QUANG_TRI = province("44", "Quảng Trị").withValidFrom(JULY_1);
    private static final AreaHierarchy H = AreaHierarchy.builder()
            .addAll(List.of(NATION, SON_LA, OLD_LAO_CAI, YEN_BAI, LAO_CAI, QUANG_BINH, OLD_QUANG_TRI, QUANG_TRI))
            .merge(OLD_LAO_CAI, LAO_CAI).merge(YEN_BAI, LAO_CAI)
            .merge(QUANG_BINH, QUANG_TRI).merge(OLD_QUANG_TRI, QUANG_TRI)
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
    void theNewUnits2025FiguresMakeACompleteNationalTotal() {
        // Reported for 2025 by the units that exist when the reports are made: 14, the new 15 and the new 44.
        Dataset data = Dataset.of(List.of(clubs("14", Y2025, 5), clubs("15", Y2025, 7), clubs("44", Y2025, 11)));

        // Read on 31 December 2025: the nation holds 14, 15 (Lào Cai) and 44 (Quảng Trị): 5 + 7 + 11 = 23, complete.
        AggregationResult atEnd = Aggregation.toParents(data, AggregationTest.ALL,
                AreaRollup.to(H, AreaLevel.PROVINCE, AreaLevel.NATION));
        assertThat(total(atEnd, "VN", Y2025)).isEqualByComparingTo("23");
        assertThat(atEnd.isComplete()).isTrue();

        // Read on 1 January 2025 instead: 15 is Yên Bái and 44 Quảng Bình, and the nation should hold
        // 14, 10, 15, 44 and 45: the same 23 from 3 of 5 parts, missing the old Lào Cai (10) and Quảng Trị (45).
        AggregationResult atStart = Aggregation.toParents(data, AggregationTest.ALL,
                AreaRollup.to(H, AreaLevel.PROVINCE, AreaLevel.NATION, AreaDate.PERIOD_START));
        assertThat(total(atStart, "VN", Y2025)).isEqualByComparingTo("23");
        assertThat(atStart.partials()).singleElement().satisfies(p -> {
            assertThat(p.present()).isEqualTo(3);
            assertThat(p.expected()).isEqualTo(5);
            assertThat(p.missing()).containsExactlyInAnyOrder("10", "45");
        });
    }

    @Test
    void code44In2025IsCarriedAsTheNewQuangTri() {
        // A 2025 figure for 44 carried onto the geography of 2026 stays on 44, now the new Quảng Trị, and
        // its total is complete: Quảng Trị's parts in 2025, read on 31 December, are just itself.
        Dataset data = Dataset.of(List.of(clubs("44", Y2025, 11)));
        AggregationResult r = Aggregation.toParents(data, AggregationTest.ALL,
                AreaRollup.onto(H, AreaLevel.PROVINCE, AreaLevel.PROVINCE, LocalDate.of(2026, 1, 1)));
        assertThat(total(r, "44", Y2025)).isEqualByComparingTo("11");
        assertThat(r.isComplete()).isTrue();
        // Read on 1 January, 44 is Quảng Bình: the new Quảng Trị's 2025 total should also hold 45, which
        // did not report.
        AggregationResult atStart = Aggregation.toParents(data, AggregationTest.ALL,
                AreaRollup.onto(H, AreaLevel.PROVINCE, AreaLevel.PROVINCE, LocalDate.of(2026, 1, 1),
                        AreaDate.PERIOD_START));
        assertThat(total(atStart, "44", Y2025)).isEqualByComparingTo("11");
        assertThat(atStart.partials()).singleElement().satisfies(p -> assertThat(p.missing()).containsExactly("45"));
    }

    @Test
    void anOldUnitsFigureForTheReformYearGoesToItsSuccessor() {
        // The old Lào Cai (10) reported its first half-year into a 2025 figure: read on 31 December it is
        // carried through its merge into the new Lào Cai, then the nation: 14 + 10 + 15 = 5 + 3 + 7 = 15.
        Dataset data = Dataset.of(List.of(clubs("14", Y2025, 5), clubs("10", Y2025, 3), clubs("15", Y2025, 7)));
        AggregationResult r = Aggregation.toParents(data, AggregationTest.ALL,
                AreaRollup.to(H, AreaLevel.PROVINCE, AreaLevel.NATION));
        assertThat(total(r, "VN", Y2025)).isEqualByComparingTo("15");
        // The nation's 2025 parts are 14, 15 and 44 (the units of 31 December); 44 did not report.
        assertThat(r.partials()).singleElement().satisfies(p -> assertThat(p.missing()).containsExactly("44"));
    }

    @Test
    void theOldUnits2024FiguresRollUpOntoTheNewOnes() {
        // 2024, by the five old units: 14 → 5; 10 → 2 and 15 (Yên Bái) → 3; 44 (Quảng Bình) → 4 and 45 → 6.
        Dataset data = Dataset.of(List.of(clubs("14", Y2024, 5), clubs("10", Y2024, 2), clubs("15", Y2024, 3),
                clubs("44", Y2024, 4), clubs("45", Y2024, 6)));
        AggregationResult r = Aggregation.toParents(data, AggregationTest.ALL,
                AreaRollup.onto(H, AreaLevel.PROVINCE, AreaLevel.PROVINCE, JULY_1));
        assertThat(total(r, "14", Y2024)).isEqualByComparingTo("5");
        assertThat(total(r, "15", Y2024)).isEqualByComparingTo("5");   // 2 + 3
        assertThat(total(r, "44", Y2024)).isEqualByComparingTo("10");  // 4 + 6
        assertThat(r.dataset().size()).isEqualTo(3);
        assertThat(r.isComplete()).isTrue();
        // Without the old Quảng Trị (45) the new Quảng Trị's 2024 total is 4, from 1 of its 2 parts.
        AggregationResult lacking = Aggregation.toParents(Dataset.of(data.asList().subList(0, 4)), AggregationTest.ALL,
                AreaRollup.onto(H, AreaLevel.PROVINCE, AreaLevel.PROVINCE, JULY_1));
        assertThat(total(lacking, "44", Y2024)).isEqualByComparingTo("4");
        assertThat(lacking.partials()).singleElement().satisfies(p -> {
            assertThat(p.present()).isEqualTo(1);
            assertThat(p.expected()).isEqualTo(2);
            assertThat(p.missing()).containsExactly("45");
        });
        // 2024 rolled up to the nation in its own geography: 5 + 2 + 3 + 4 + 6 = 20, complete either way.
        for (AreaDate date : AreaDate.values()) {
            AggregationResult national = Aggregation.toParents(data, AggregationTest.ALL,
                    AreaRollup.to(H, AreaLevel.PROVINCE, AreaLevel.NATION, date));
            assertThat(total(national, "VN", Y2024)).isEqualByComparingTo("20");
            assertThat(national.isComplete()).isTrue();
        }
    }
}
