package io.github.binhdang.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.area.LinkKind;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.period.YearPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Carrying 2024 figures onto the communes of 1 July 2025, on a made-up hierarchy: C1 and C2 went whole
 * into C3; C6 was split between C3 and C7; C4 was unchanged. Figures are made up; totals worked out by
 * hand in the comments.
 */
class CarryTest {

    private static final LocalDate LAST = LocalDate.of(2025, 6, 30);
    private static final LocalDate FIRST = LAST.plusDays(1);
    private static final YearPeriod Y2024 = YearPeriod.of(2024);
    private static final Area C1 = commune("C1", "Xuân Sơn").withValidTo(LAST);
    private static final Area C2 = commune("C2", "Lập Thạch").withValidTo(LAST);
    private static final Area C6 = commune("C6", "Tân Lập").withValidTo(LAST);
    private static final Area C4 = commune("C4", "Hòa Bình");
    private static final Area C3 = commune("C3", "Xuân Lập").withValidFrom(FIRST);
    private static final Area C7 = commune("C7", "Tân Minh").withValidFrom(FIRST);
    private static final AreaHierarchy H = AreaHierarchy.builder().addAll(List.of(C1, C2, C6, C4, C3, C7))
            .merge(C1, C3).merge(C2, C3).link(C6, C3, LinkKind.PARTIAL).link(C6, C7, LinkKind.PARTIAL).build();

    private static Area commune(String code, String name) {
        return Area.of(code, BilingualText.of(name), AreaLevel.COMMUNE);
    }

    private static Observation clubs(String area, long value) {
        return Observation.builder("CLUBS", area, Y2024).value(value).build();
    }

    private static final Dataset CLUBS = Dataset.of(List.of(clubs("C1", 4), clubs("C2", 5), clubs("C6", 10),
            clubs("C4", 3)));

    private static Observation total(AggregationResult r, String indicator, String area) {
        return r.dataset().find(indicator, area, Y2024, Breakdown.TOTAL).orElseThrow();
    }

    @Test
    void withoutSharesASplitUnitIsListedAndNeverAssignedToOneSuccessor() {
        AggregationResult r = Carry.onto(CLUBS, AggregationTest.ALL, H, AreaLevel.COMMUNE, FIRST);
        // C3 holds C1 and C2 (4 + 5 = 9) and should hold part of C6, which it lacks: 2 of 3 parts.
        assertThat(total(r, "CLUBS", "C3").value()).contains(new BigDecimal("9"));
        assertThat(r.partials()).singleElement().satisfies(p -> {
            assertThat(p.key().area()).isEqualTo("C3");
            assertThat(p.present()).isEqualTo(2);
            assertThat(p.expected()).isEqualTo(3);
            assertThat(p.missing()).containsExactly("C6");
        });
        // C7's only part is C6's: no total, refused with the reason.
        assertThat(r.dataset().find("CLUBS", "C7", Y2024, Breakdown.TOTAL)).isEmpty();
        assertThat(r.refused()).singleElement().satisfies(f -> {
            assertThat(f.key().area()).isEqualTo("C7");
            assertThat(f.reason()).isEqualTo(NoDataReason.SPLIT_WITHOUT_SHARES);
            assertThat(f.detail()).isEqualTo("C6 Tân Lập (COMMUNE, ..2025-06-30) was split between C3, C7"
                    + " and no shares were given");
        });
        assertThat(r.splits()).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo(clubs("C6", 10).key());
            assertThat(s.area()).isEqualTo("C6");
            assertThat(s.successors()).containsExactly("C3", "C7");
        });
        // C4, unchanged, is carried as it is.
        assertThat(total(r, "CLUBS", "C4").value()).contains(new BigDecimal("3"));
        assertThat(r.isComplete()).isFalse();
        assertThatThrownBy(r::requireComplete).isInstanceOf(InvalidValueException.class)
                .hasMessage("Aggregation.source: CLUBS/C6/2024/_T was not carried: C6 was split between C3, C7"
                        + " and no shares were given; 1 figures not carried");
    }

    @Test
    void withSharesEachSuccessorGetsItsPartAsAnEstimate() {
        SplitShares shares = SplitShares.builder().share("C6", "C3", "0.6").share("C6", "C7", "0.4").build();
        AggregationResult r = Carry.onto(CLUBS, AggregationTest.ALL, H, AreaLevel.COMMUNE, FIRST, shares);
        // C3: 4 + 5 + 0.6 × 10 = 15; C7: 0.4 × 10 = 4; both estimated, as they hold a share.
        Observation c3 = total(r, "CLUBS", "C3");
        assertThat(c3.value().orElseThrow()).isEqualByComparingTo("15");
        assertThat(c3.status()).isEqualTo(ObservationStatus.ESTIMATED);
        Observation c7 = total(r, "CLUBS", "C7");
        assertThat(c7.value().orElseThrow()).isEqualByComparingTo("4");
        assertThat(c7.status()).isEqualTo(ObservationStatus.ESTIMATED);
        assertThat(total(r, "CLUBS", "C4").status()).isEqualTo(ObservationStatus.FINAL);
        assertThat(r.isComplete()).isTrue();
        // Without C6's figure, C3 and C7 lack its part, named by the old unit's code.
        AggregationResult lacking = Carry.onto(Dataset.of(List.of(clubs("C1", 4), clubs("C2", 5))),
                AggregationTest.ALL, H, AreaLevel.COMMUNE, FIRST, shares);
        assertThat(lacking.partials()).singleElement().satisfies(p -> assertThat(p.missing()).containsExactly("C6"));
    }

    @Test
    void percentagesCarryTheirSharedComponents() {
        // C1 10 of 100; C6 30 of 200, split 0.5 / 0.5. C3: 10 + 15 = 25 of 100 + 100 = 200, 12.5 %;
        // C7: 15 of 100, 15 %.
        Dataset data = Dataset.of(List.of(
                Observation.builder("SHARE", "C1", Y2024).components(10, 100).build(),
                Observation.builder("SHARE", "C6", Y2024).components(30, 200).build()));
        SplitShares halves = SplitShares.builder().share("C6", "C3", "0.5").share("C6", "C7", "0.5").build();
        AggregationResult r = Carry.onto(data, AggregationTest.ALL, H, AreaLevel.COMMUNE, FIRST, halves);
        Observation c3 = total(r, "SHARE", "C3");
        assertThat(c3.numerator().orElseThrow()).isEqualByComparingTo("25");
        assertThat(c3.denominator().orElseThrow()).isEqualByComparingTo("200");
        assertThat(c3.value().orElseThrow()).isEqualByComparingTo("12.5");
        assertThat(total(r, "SHARE", "C7").value().orElseThrow()).isEqualByComparingTo("15");
        // C3 should also hold C2, which did not report this indicator.
        assertThat(r.partials()).singleElement().satisfies(p -> assertThat(p.missing()).containsExactly("C2"));
    }

    @Test
    void sharesMustAddUpToOneAndFitTheLinks() {
        assertThatThrownBy(() -> SplitShares.builder().share("C6", "C3", "0.5").share("C6", "C7", "0.4").build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("SplitShares.share: C6 has shares {C3=0.5, C7=0.4} that add up to 0.9, not 1 (tolerance 0.001)");
        // Three thirds written to 0.1 % add up to 0.999, within the default tolerance; to 1 %, 0.99, is not.
        assertThat(SplitShares.builder().share("X", "A", "0.333").share("X", "B", "0.333").share("X", "C", "0.333")
                .build().of("X")).hasSize(3);
        assertThatThrownBy(() -> SplitShares.builder().share("X", "A", "0.33").share("X", "B", "0.33")
                .share("X", "C", "0.33").build()).isInstanceOf(InvalidValueException.class);
        assertThat(SplitShares.builder().share("X", "A", "0.33").share("X", "B", "0.33").share("X", "C", "0.33")
                .tolerance(new BigDecimal("0.01")).build().covers("X")).isTrue();
        assertThatThrownBy(() -> SplitShares.builder().share("C6", "C3", "0")).isInstanceOf(InvalidValueException.class)
                .hasMessage("SplitShares.share: 0 of C6 in C3 must be above 0 and at most 1");

        SplitShares elsewhere = SplitShares.builder().share("C6", "C3", "0.5").share("C6", "C4", "0.5").build();
        assertThatThrownBy(() -> Carry.onto(CLUBS, AggregationTest.ALL, H, AreaLevel.COMMUNE, FIRST, elsewhere))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("SplitShares.share: C6 has shares for [C3, C4] but was split between [C3, C7]");
        SplitShares whole = SplitShares.builder().share("C1", "C3", "1").build();
        assertThatThrownBy(() -> Carry.onto(CLUBS, AggregationTest.ALL, H, AreaLevel.COMMUNE, FIRST, whole))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("SplitShares.share: C1 was not split between units in force on 2025-07-01, so takes no shares");
    }
}
