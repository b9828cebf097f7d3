package io.github.binhdang.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Domain;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.period.TermPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Objective;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counts and values worked out by hand from shared/reference/strategy-2011-2020.md, its additions and
 * docs/sources/strategy-facts.md (§2), not from the code.
 *
 * <p>7 objectives (CONFIRMED, additions §A). Targets per objective from the additions' table §C and §B:
 * 1 politics: Party committees, NA and People's Councils (split by body into two), key leaders = 4;
 * 2 economy: new jobs, business owners, rural women trained, loans = 4; 3 education: literacy as amended,
 * three measures (women 98 %, 14 provinces 94 %, ethnic minorities 90 %) = 3; 4 health: SRB, maternal
 * mortality, PMTCT, abortions = 4; 5 culture and information: stereotyped products, airtime (no number:
 * yes/no), radio and TV stations, grassroots columns = 4; 6 family and GBV: housework time, victims,
 * perpetrators, trafficking victims = 4; 7: none confirmed = 0. Total 23 targets for the 20 identified.
 *
 * <p>Milestones: 1.a 1, 1.b-QH 2, 1.b-HDND 2, 1.c 2; 2.a 1 (every year from 2011), 2.b 2, 2.c 2, 2.d 1;
 * 3.a-1..3 1 each; 4.a 2 (2015 and 2020), 4.b, 4.c, 4.d 1 each; 5.a to 5.d 1 each; 6.a 1, 6.b 2, 6.c 2,
 * 6.d 1: 7 + 6 + 3 + 5 + 4 + 6 = 31. Comparisons: ABOVE 3 ("trên": the two 2016–2021 terms, 1.c 2020),
 * AT_MOST 5 (SRB 2015 and 2020, maternal mortality, abortions, housework), EQUAL 1 (5.b yes/no), AT_LEAST
 * the other 22.
 */
class Strategy2011To2020Test {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void holdsSevenObjectivesAndTwentyThreeTargets() {
        assertThat(Strategy2011To2020.STRATEGY.objectives()).extracting(Objective::domain).containsExactly(
                Domain.POLITICS, Domain.ECONOMY_LABOUR, Domain.EDUCATION, Domain.HEALTH,
                Domain.INFORMATION_COMMUNICATION, Domain.FAMILY_GBV, Domain.STATE_MANAGEMENT);
        assertThat(Strategy2011To2020.STRATEGY.objectives()).extracting(o -> o.targets().size())
                .containsExactly(4, 4, 3, 4, 4, 4, 0);
        assertThat(Strategy2011To2020.STRATEGY.targets()).extracting(Target::code).containsExactly(
                "1.a", "1.b-QH", "1.b-HDND", "1.c", "2.a", "2.b", "2.c", "2.d", "3.a-1", "3.a-2", "3.a-3",
                "4.a", "4.b", "4.c", "4.d", "5.a", "5.b", "5.c", "5.d", "6.a", "6.b", "6.c", "6.d");
        assertThat(Strategy2011To2020.STRATEGY.objective(1).orElseThrow().targets()).containsExactly(
                Strategy2011To2020.TARGET_1_A, Strategy2011To2020.TARGET_1_B_QH, Strategy2011To2020.TARGET_1_B_HDND,
                Strategy2011To2020.TARGET_1_C);
        assertThat(Strategy2011To2020.STRATEGY)
                .hasToString("VN-NSGE-2011-2020 2011/2020 (7 objectives, 23 targets)");
        assertThat(Strategy2011To2020.STRATEGY.objective(8)).isEmpty();
    }

    // Every milestone, from the reference files: target, period ("2015", or a term), comparison, value, unit.
    @ParameterizedTest
    @CsvSource({
        "1.a,      CAPUY:2016-2020, AT_LEAST, 25,  percent",
        "1.b-QH,   QH:2011-2015,    AT_LEAST, 30,  percent",
        "1.b-QH,   QH:2016-2021,    ABOVE,    35,  percent",
        "1.b-HDND, HDND:2011-2015,  AT_LEAST, 30,  percent",
        "1.b-HDND, HDND:2016-2021,  ABOVE,    35,  percent",
        "1.c,      2015,            AT_LEAST, 80,  percent",
        "1.c,      2020,            ABOVE,    95,  percent",
        "2.a,      2011,            AT_LEAST, 40,  percent",
        "2.b,      2015,            AT_LEAST, 30,  percent",
        "2.b,      2020,            AT_LEAST, 35,  percent",
        "2.c,      2015,            AT_LEAST, 25,  percent",
        "2.c,      2020,            AT_LEAST, 50,  percent",
        "2.d,      2015,            AT_LEAST, 80,  percent",
        "3.a-1,    2020,            AT_LEAST, 98,  percent",
        "3.a-2,    2020,            AT_LEAST, 94,  percent",
        "3.a-3,    2020,            AT_LEAST, 90,  percent",
        "4.a,      2015,            AT_MOST,  113, per_100",
        "4.a,      2020,            AT_MOST,  115, per_100",
        "4.b,      2020,            AT_MOST,  52,  per_100000",
        "4.c,      2020,            AT_LEAST, 50,  percent",
        "4.d,      2020,            AT_MOST,  25,  per_100",
        "5.a,      2015,            AT_LEAST, 60,  percent",
        "5.b,      2015,            EQUAL,    1,   yes_no",
        "5.c,      2015,            AT_LEAST, 90,  percent",
        "5.d,      2020,            AT_LEAST, 2,   count",
        "6.a,      2015,            AT_MOST,  2,   times",
        "6.b,      2015,            AT_LEAST, 40,  percent",
        "6.b,      2020,            AT_LEAST, 50,  percent",
        "6.c,      2015,            AT_LEAST, 70,  percent",
        "6.c,      2020,            AT_LEAST, 75,  percent",
        "6.d,      2015,            AT_LEAST, 100, percent",
    })
    void everyMilestoneHasItsPublishedValue(String code, String period, Comparison comparison, String value,
            String unit) {
        Target target = Strategy2011To2020.STRATEGY.target(code).orElseThrow();
        Milestone milestone = target.milestones().stream()
                .filter(m -> m.period().equals(period.contains(":") ? term(period) : YearPeriod.of(Integer.parseInt(period))))
                .findFirst().orElseThrow();
        assertThat(milestone.comparison()).isEqualTo(comparison);
        assertThat(milestone.value()).isEqualTo(d(value));
        assertThat(milestone.unit()).isEqualTo(Unit.find(unit).orElseThrow());
    }

    private static TermPeriod term(String text) {
        String[] bodyAndYears = text.split(":");
        String[] years = bodyAndYears[1].split("-");
        return TermPeriod.of(TermBody.of(bodyAndYears[0]), Integer.parseInt(years[0]), Integer.parseInt(years[1]));
    }

    @Test
    void theCsvRowsAboveCoverEveryMilestone() {
        assertThat(Strategy2011To2020.STRATEGY.targets().stream().mapToInt(t -> t.milestones().size()).sum())
                .isEqualTo(31);
        Map<Comparison, Long> counts = Strategy2011To2020.STRATEGY.targets().stream()
                .flatMap(t -> t.milestones().stream())
                .collect(Collectors.groupingBy(Milestone::comparison, () -> new EnumMap<>(Comparison.class),
                        Collectors.counting()));
        assertThat(counts).containsExactly(Map.entry(Comparison.AT_LEAST, 22L), Map.entry(Comparison.AT_MOST, 5L),
                Map.entry(Comparison.ABOVE, 3L), Map.entry(Comparison.EQUAL, 1L));
    }

    @Test
    void newJobsHoldEveryYearForEachSex() {
        Milestone m = Strategy2011To2020.TARGET_2_A.milestones().get(0);
        assertThat(m.isOnward()).isTrue();
        assertThat(Strategy2011To2020.TARGET_2_A.indicator().isBrokenDownBy(BreakdownDimension.SEX)).isTrue();
    }

    @Test
    void theDecision800AmendmentsAreMarked() {
        assertThat(Strategy2011To2020.STRATEGY.targets().stream().map(Target::code)
                .filter(Strategy2011To2020::isAmended)).containsExactly("3.a-1", "3.a-2", "3.a-3", "5.d", "6.b", "6.c");
    }

    @Test
    void objectiveSevenIsThereWithoutTargets() {
        Objective seven = Strategy2011To2020.STRATEGY.objective(7).orElseThrow();
        assertThat(seven.targets()).isEmpty();
        assertThat(seven.title().en()).isEqualTo("Objective 7 (title not confirmed)");
    }

    @Test
    void citesDecision2351AndItsAmendment() {
        assertThat(Strategy2011To2020.STRATEGY.span()).isEqualTo(SpanPeriod.ofClosed(2011, 2020));
        assertThat(Strategy2011To2020.STRATEGY.legalBasis()).hasValueSatisfying(basis -> {
            assertThat(basis.documentNumber()).isEqualTo("2351/QĐ-TTg");
            assertThat(basis.issuer().en()).isEqualTo("Prime Minister");
            assertThat(basis.date()).isEqualTo(LocalDate.of(2010, 12, 24));
        });
        assertThat(Strategy2011To2020.AMENDED_BY.documentNumber()).isEqualTo("800/QĐ-TTg");
        assertThat(Strategy2011To2020.AMENDED_BY.date()).isEqualTo(LocalDate.of(2018, 7, 2));
    }

    @Test
    void partyCommitteesTwentyFivePercentOrMoreInTheTerm() {
        Milestone only = Strategy2011To2020.TARGET_1_A.milestones().get(0);
        assertThat(Strategy2011To2020.TARGET_1_A.milestones()).hasSize(1);
        assertThat(only.period()).isEqualTo(TermPeriod.of(TermBody.PARTY_COMMITTEE, 2016, 2020));
        assertThat(only.comparison()).isEqualTo(Comparison.AT_LEAST);
        assertThat(only.value()).isEqualTo(d("25"));
    }

    @Test
    void electedBodiesThirtyThenMoreThanThirtyFivePercentPerTerm() {
        Target assembly = Strategy2011To2020.TARGET_1_B_QH;
        assertThat(assembly.milestones()).extracting(Milestone::period).containsExactly(
                TermPeriod.of(TermBody.NATIONAL_ASSEMBLY, 2011, 2015),
                TermPeriod.of(TermBody.NATIONAL_ASSEMBLY, 2016, 2021));
        assertThat(assembly.milestones()).extracting(Milestone::comparison)
                .containsExactly(Comparison.AT_LEAST, Comparison.ABOVE);
        assertThat(assembly.milestones()).extracting(Milestone::value).containsExactly(d("30"), d("35"));
        // The term's last year finds the milestone.
        assertThat(assembly.milestone(2021).map(Milestone::value)).contains(d("35"));

        Target councils = Strategy2011To2020.TARGET_1_B_HDND;
        assertThat(councils.milestones()).extracting(Milestone::period).containsExactly(
                TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2011, 2015),
                TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021));
        assertThat(councils.milestones()).extracting(Milestone::value).containsExactly(d("30"), d("35"));
        assertThat(councils.text()).isEqualTo(assembly.text());
        assertThat(councils.indicator()).isSameAs(GenderIndicators.PEOPLES_COUNCIL_FEMALE);
    }

    @Test
    void keyLeadersEightyThenMoreThanNinetyFivePercent() {
        Target target = Strategy2011To2020.TARGET_1_C;
        assertThat(target.milestones()).extracting(Milestone::period)
                .containsExactly(YearPeriod.of(2015), YearPeriod.of(2020));
        assertThat(target.milestones()).extracting(Milestone::comparison)
                .containsExactly(Comparison.AT_LEAST, Comparison.ABOVE);
        assertThat(target.milestones()).extracting(Milestone::value).containsExactly(d("80"), d("95"));
        assertThat(target.milestones()).extracting(Milestone::unit).containsOnly(Unit.PERCENT);
        // The same indicator as 2021–2030 target 1.1: one series across both strategies.
        assertThat(target.indicator()).isSameAs(Strategy2021To2030.TARGET_1_1.indicator());
    }

    @Test
    void onlyTheBusinessOwnersTextIsTheDecisionsOwnWording() {
        assertThat(Strategy2011To2020.STRATEGY.targets().stream().map(Target::code)
                .filter(Strategy2011To2020::isVerbatim)).containsExactly("2.b");
        assertThatThrownBy(() -> Strategy2011To2020.isVerbatim("2.e"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Strategy2011To2020.targetCode");
                    assertThat(e.value()).isEqualTo("'2.e'");
                })
                .hasMessage("Strategy2011To2020.targetCode: '2.e' is not a target of strategy VN-NSGE-2011-2020");
        assertThatThrownBy(() -> Strategy2011To2020.isAmended("7.1")).isInstanceOf(InvalidValueException.class);
    }
}
