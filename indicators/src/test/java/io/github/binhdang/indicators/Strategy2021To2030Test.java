package io.github.binhdang.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.indicator.Domain;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Objective;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counts and values worked out by hand from shared/reference/strategy-2021-2030.md, its additions and
 * docs/sources/strategy-facts.md (§1), not from the code.
 *
 * <p>Targets included per objective, from those files (additions §C, "Count check"): objective 1: 1.1
 * (CONFIRMED) = 1; objective 2: 2.1, 2.2, 2.3 (CONFIRMED) = 3; objective 3: 3.1, 3.2 (two measures, so
 * two targets), 3.3 and 3.4 (CONFIRMED; "objective 3 has 4") = 5; objective 4: sex ratio at birth,
 * maternal mortality, the pilot of health care for gay, bisexual and transgender people (PARTIAL) = 3;
 * objective 5: ethnic-minority primary completion, gender content in curricula (a yes/no target), women
 * among master's holders, women among doctorate holders (PARTIAL) = 4; objective 6: 6.1 (CONFIRMED) = 1.
 * Total 17 targets, for 16 of the Resolution's 20 chỉ tiêu (15 if master's and doctorates are one).
 *
 * <p>Milestones: two for each target but 3.3, 5.b and 5.c, which hold from 2025 onward with one:
 * 14 × 2 + 3 = 31. Comparisons counted from the rows below: AT_LEAST 20 (1.1 ×2, 2.1, 2.3 ×2, 3.2a ×2,
 * 3.2b ×2, 3.3, 3.4 ×2, 4.c ×2, 5.a, 5.c, 5.d ×2, 6.1 ×2), ABOUT 4 (2.1, 4.a ×2, 5.a), BELOW 3 (2.2 ×2,
 * 4.b), AT_MOST 3 (3.1 ×2, 4.b), EQUAL 1 (5.b, yes/no).
 */
class Strategy2021To2030Test {

    private static final Target[] CONSTANTS = {
        Strategy2021To2030.TARGET_1_1, Strategy2021To2030.TARGET_2_1, Strategy2021To2030.TARGET_2_2,
        Strategy2021To2030.TARGET_2_3, Strategy2021To2030.TARGET_3_1, Strategy2021To2030.TARGET_3_2A,
        Strategy2021To2030.TARGET_3_2B, Strategy2021To2030.TARGET_3_3, Strategy2021To2030.TARGET_3_4,
        Strategy2021To2030.TARGET_4_A, Strategy2021To2030.TARGET_4_B, Strategy2021To2030.TARGET_4_C,
        Strategy2021To2030.TARGET_5_A, Strategy2021To2030.TARGET_5_B, Strategy2021To2030.TARGET_5_C,
        Strategy2021To2030.TARGET_5_D, Strategy2021To2030.TARGET_6_1,
    };

    @Test
    void theSexRatioAtBirthIsAboutItsValuesToHalfAUnit() {
        // VGP (06/03/2021): "about 111 boys per 100 girls by 2025 and 109 by 2030"; no source gives a tolerance,
        // so each milestone is judged to half a unit of its last written digit: 110.5 to 111.5, 108.5 to 109.5.
        Milestone by2025 = Strategy2021To2030.TARGET_4_A.milestones().get(0);
        Milestone by2030 = Strategy2021To2030.TARGET_4_A.milestones().get(1);
        assertThat(by2025.hasOwnTolerance()).isFalse();
        assertThat(by2025.tolerance()).isEqualByComparingTo("0.5");
        assertThat(by2030.tolerance()).isEqualByComparingTo("0.5");
        assertThat(by2025.isWithinTolerance(new BigDecimal("111.5"))).isTrue();
        assertThat(by2025.isWithinTolerance(new BigDecimal("111.8"))).isFalse();
        assertThat(by2025.isWithinTolerance(new BigDecimal("115"))).isFalse();
        assertThat(by2030.isWithinTolerance(new BigDecimal("110.7"))).isFalse();
    }

    @Test
    void holdsSixObjectivesAndSeventeenTargets() {
        assertThat(Strategy2021To2030.STRATEGY.objectives()).hasSize(6);
        assertThat(Strategy2021To2030.STRATEGY.objectives()).extracting(o -> o.targets().size())
                .containsExactly(1, 3, 5, 3, 4, 1);
        assertThat(Strategy2021To2030.STRATEGY.targets()).hasSize(17);
        assertThat(Strategy2021To2030.STRATEGY.targets()).containsExactly(CONSTANTS);
        assertThat(Strategy2021To2030.STRATEGY.targets()).extracting(Target::code).containsExactly(
                "1.1", "2.1", "2.2", "2.3", "3.1", "3.2a", "3.2b", "3.3", "3.4", "4.a", "4.b", "4.c", "5.a", "5.b", "5.c",
                "5.d", "6.1");
        assertThat(Strategy2021To2030.STRATEGY)
                .hasToString("VN-NSGE-2021-2030 2021/2030 (6 objectives, 17 targets)");
    }

    @Test
    void objectivesHaveTheirDomains() {
        assertThat(Strategy2021To2030.STRATEGY.objectives()).extracting(Objective::domain).containsExactly(
                Domain.POLITICS, Domain.ECONOMY_LABOUR, Domain.FAMILY_GBV, Domain.HEALTH, Domain.EDUCATION,
                Domain.INFORMATION_COMMUNICATION);
        assertThat(Strategy2021To2030.OBJECTIVE_3.title().vi())
                .isEqualTo("Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới");
        assertThat(Strategy2021To2030.STRATEGY.objective(2)).contains(Strategy2021To2030.OBJECTIVE_2);
        assertThat(Strategy2021To2030.STRATEGY.objective(7)).isEmpty();
    }

    @Test
    void citesResolution28() {
        assertThat(Strategy2021To2030.STRATEGY.code()).isEqualTo("VN-NSGE-2021-2030");
        assertThat(Strategy2021To2030.STRATEGY.span()).isEqualTo(SpanPeriod.ofClosed(2021, 2030));
        assertThat(Strategy2021To2030.STRATEGY.legalBasis()).hasValueSatisfying(basis -> {
            assertThat(basis.documentNumber()).isEqualTo("28/NQ-CP");
            assertThat(basis.issuer().vi()).isEqualTo("Chính phủ");
            assertThat(basis.date()).isEqualTo(LocalDate.of(2021, 3, 3));
        });
    }

    // Every milestone, read from the reference files: target, year, comparison, value, unit.
    @ParameterizedTest
    @CsvSource({
        "1.1,  2025, AT_LEAST, 60,  percent",
        "1.1,  2030, AT_LEAST, 75,  percent",
        "2.1,  2025, AT_LEAST, 50,  percent",
        "2.1,  2030, ABOUT,    60,  percent",
        "2.2,  2025, BELOW,    30,  percent",
        "2.2,  2030, BELOW,    25,  percent",
        "2.3,  2025, AT_LEAST, 27,  percent",
        "2.3,  2030, AT_LEAST, 30,  percent",
        "3.1,  2025, AT_MOST,  1.7, times",
        "3.1,  2030, AT_MOST,  1.4, times",
        "3.2a, 2025, AT_LEAST, 80,  percent",
        "3.2a, 2030, AT_LEAST, 90,  percent",
        "3.2b, 2025, AT_LEAST, 50,  percent",
        "3.2b, 2030, AT_LEAST, 70,  percent",
        "3.3,  2025, AT_LEAST, 100, percent",
        "3.4,  2025, AT_LEAST, 70,  percent",
        "3.4,  2030, AT_LEAST, 100, percent",
        "4.a,  2025, ABOUT,    111, per_100",
        "4.a,  2030, ABOUT,    109, per_100",
        "4.b,  2025, AT_MOST,  42,  per_100000",
        "4.b,  2030, BELOW,    42,  per_100000",
        "4.c,  2025, AT_LEAST, 40,  percent",
        "4.c,  2030, AT_LEAST, 70,  percent",
        "5.a,  2025, AT_LEAST, 90,  percent",
        "5.a,  2030, ABOUT,    99,  percent",
        "5.b,  2025, EQUAL,    1,   yes_no",
        "5.c,  2025, AT_LEAST, 50,  percent",
        "5.d,  2025, AT_LEAST, 30,  percent",
        "5.d,  2030, AT_LEAST, 35,  percent",
        "6.1,  2025, AT_LEAST, 60,  percent",
        "6.1,  2030, AT_LEAST, 80,  percent",
    })
    void everyMilestoneHasItsPublishedValue(String code, int year, Comparison comparison, String value,
            String unit) {
        Milestone milestone = Strategy2021To2030.STRATEGY.target(code).orElseThrow().milestone(year).orElseThrow();
        assertThat(milestone.comparison()).isEqualTo(comparison);
        assertThat(milestone.value()).isEqualTo(new BigDecimal(value));
        assertThat(milestone.unit()).isEqualTo(Unit.find(unit).orElseThrow());
        assertThat(milestone.period()).isEqualTo(YearPeriod.of(year));
    }

    @Test
    void theCsvRowsAboveCoverEveryMilestone() {
        // 31 rows: two milestones for each of the 17 targets but 3.3, 5.b and 5.c, which have one.
        assertThat(Strategy2021To2030.STRATEGY.targets().stream().mapToInt(t -> t.milestones().size()).sum())
                .isEqualTo(31);
        Map<Comparison, Long> counts = Strategy2021To2030.STRATEGY.targets().stream()
                .flatMap(t -> t.milestones().stream())
                .collect(Collectors.groupingBy(Milestone::comparison, () -> new EnumMap<>(Comparison.class),
                        Collectors.counting()));
        assertThat(counts).containsExactly(Map.entry(Comparison.AT_LEAST, 20L), Map.entry(Comparison.AT_MOST, 3L),
                Map.entry(Comparison.BELOW, 3L), Map.entry(Comparison.ABOUT, 4L), Map.entry(Comparison.EQUAL, 1L));
        assertThat(Strategy2021To2030.STRATEGY.targets().stream().flatMap(t -> t.milestones().stream())
                .filter(Milestone::isOnward).count()).isEqualTo(3);
    }

    @Test
    void curriculaIsAYesNoTargetFrom2025Onward() {
        Target target = Strategy2021To2030.TARGET_5_B;
        assertThat(target.milestones()).containsExactly(Milestone.metFromYearOnward(2025));
        assertThat(target.milestones().get(0).isYesNo()).isTrue();
        assertThat(target.indicator().unit()).isEqualTo(Unit.YES_NO);
        assertThat(target.text().vi()).startsWith("Từ năm 2025 trở đi nội dung về giới, bình đẳng giới");
    }

    @Test
    void mastersFrom2025OnwardAndDoctorates30Then35() {
        Milestone masters = Strategy2021To2030.TARGET_5_C.milestones().get(0);
        assertThat(masters.isOnward()).isTrue();
        assertThat(masters).hasToString("2025+: ≥ 50 percent");
        assertThat(Strategy2021To2030.TARGET_5_D).hasToString("5.d [2025: ≥ 30 percent, 2030: ≥ 35 percent]");
    }

    @Test
    void lgbtPilotCountsProvincesWhoseNumberChangedIn2025() {
        assertThat(Strategy2021To2030.TARGET_4_C).hasToString("4.c [2025: ≥ 40 percent, 2030: ≥ 70 percent]");
        assertThat(Strategy2021To2030.TARGET_4_C.indicator().denominator().orElseThrow().vi())
                .contains("63 đến 30/6/2025, 34 từ 1/7/2025");
        assertThat(Strategy2021To2030.TARGET_4_C.indicator().levels()).containsExactly(AreaLevel.NATION);
    }

    @Test
    void womenDirectorsAndOwnersAtLeast27Then30() {
        Target target = Strategy2021To2030.TARGET_2_3;
        assertThat(target.milestones()).extracting(Milestone::year).containsExactly(2025, 2030);
        assertThat(target.milestones()).extracting(Milestone::value)
                .containsExactly(new BigDecimal("27"), new BigDecimal("30"));
        assertThat(target.milestones()).extracting(Milestone::comparison)
                .containsOnly(Comparison.AT_LEAST);
        assertThat(target.indicator()).isSameAs(GenderIndicators.ENTERPRISE_LEADERS_FEMALE);
        assertThat(target.text().vi()).contains("đạt ít nhất 27% vào năm 2025 và 30% vào năm 2030");
    }

    @Test
    void unpaidCareReducedTo1point7Then1point4Times() {
        Target target = Strategy2021To2030.TARGET_3_1;
        assertThat(target).hasToString("3.1 [2025: ≤ 1.7 times, 2030: ≤ 1.4 times]");
        assertThat(target.indicator().unit()).isEqualTo(Unit.TIMES);
        // Published in Vietnamese notation, decimal comma.
        assertThat(target.text().vi()).contains("còn 1,7 lần vào năm 2025 và 1,4 lần vào năm 2030");
    }

    @Test
    void traffickingVictimsAllSupportedFrom2025Onward() {
        Target target = Strategy2021To2030.TARGET_3_3;
        assertThat(target.milestones()).hasSize(1);
        Milestone milestone = target.milestones().get(0);
        assertThat(milestone.isOnward()).isTrue();
        assertThat(milestone.year()).isEqualTo(2025);
        assertThat(milestone.value()).isEqualTo(new BigDecimal("100"));
        assertThat(target.milestone(2030)).isEmpty();
        assertThat(target.text().vi()).startsWith("Từ năm 2025 trở đi, 100%");
    }

    @Test
    void target3point2IsSplitIntoVictimsAndPerpetrators() {
        String a = Strategy2021To2030.TARGET_3_2A.text().vi();
        String b = Strategy2021To2030.TARGET_3_2B.text().vi();
        assertThat(a).contains("người bị bạo lực").doesNotContain("người gây bạo lực");
        assertThat(b).contains("người gây bạo lực").doesNotContain("người bị bạo lực");
        assertThat(Strategy2021To2030.TARGET_3_2A.indicator()).isNotEqualTo(Strategy2021To2030.TARGET_3_2B.indicator());
    }

    @Test
    void onlyTheTargetsWhoseWordingWasReadAreVerbatim() {
        List<String> notVerbatim = Strategy2021To2030.STRATEGY.targets().stream().map(Target::code)
                .filter(code -> !Strategy2021To2030.isVerbatim(code)).toList();
        assertThat(notVerbatim).containsExactly("4.a", "4.b", "4.c", "5.a", "5.b", "5.c", "5.d");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.2", "4.1", "7.1", "x"})
    void anUnknownTargetIsEmptyOrRefused(String code) {
        assertThat(Strategy2021To2030.STRATEGY.target(code)).isEmpty();
        assertThatThrownBy(() -> Strategy2021To2030.isVerbatim(code))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Strategy2021To2030.targetCode");
                    assertThat(e.value()).isEqualTo("'" + code + "'");
                })
                .hasMessage("Strategy2021To2030.targetCode: '" + code
                        + "' is not a target of strategy VN-NSGE-2021-2030");
    }

    @Test
    void textsAreInNfcAndNonBlank() {
        for (Target target : Strategy2021To2030.STRATEGY.targets()) {
            assertThat(Normalizer.isNormalized(target.text().vi(), Normalizer.Form.NFC)).isTrue();
            assertThat(target.text().en()).isNotBlank();
            assertThat(GenderIndicators.ALL).as(target.code()).contains(target.indicator());
        }
    }
}
