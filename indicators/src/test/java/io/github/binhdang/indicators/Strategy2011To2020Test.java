package io.github.binhdang.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.indicator.Domain;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.period.TermPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Counts and values worked out by hand from shared/reference/strategy-2011-2020.md and
 * docs/sources/strategy-facts.md (§2), not from the code.
 *
 * <p>Only objective 1's number is confirmed ("3 chỉ tiêu của mục tiêu 1", gas.hoasen.edu.vn); objective
 * 2's number is "probable", 3, 4 and 7 unknown, 5 and 6 "inferred". A strategy numbers objectives
 * without gaps, so there is 1 objective. Its 3 targets (Party committees; NA and People's Councils;
 * key leaders), the second split by body, give 4 targets.
 */
class Strategy2011To2020Test {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void holdsOneObjectiveAndFourTargets() {
        assertThat(Strategy2011To2020.STRATEGY.objectives()).hasSize(1);
        assertThat(Strategy2011To2020.OBJECTIVE_1.domain()).isEqualTo(Domain.POLITICS);
        assertThat(Strategy2011To2020.STRATEGY.targets()).extracting(Target::code)
                .containsExactly("1.a", "1.b-QH", "1.b-HDND", "1.c");
        assertThat(Strategy2011To2020.STRATEGY.targets()).containsExactly(Strategy2011To2020.TARGET_1_A,
                Strategy2011To2020.TARGET_1_B_QH, Strategy2011To2020.TARGET_1_B_HDND, Strategy2011To2020.TARGET_1_C);
        assertThat(Strategy2011To2020.STRATEGY.objective(2)).isEmpty();
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
    void noTextIsTheDecisionsOwnWording() {
        for (Target target : Strategy2011To2020.STRATEGY.targets()) {
            assertThat(Strategy2011To2020.isVerbatim(target.code())).isFalse();
        }
        assertThatThrownBy(() -> Strategy2011To2020.isVerbatim("2.b"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Strategy2011To2020.targetCode");
                    assertThat(e.value()).isEqualTo("'2.b'");
                })
                .hasMessage("Strategy2011To2020.targetCode: '2.b' is not a target of strategy VN-NSGE-2011-2020");
    }
}
