package io.github.binhdang.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.indicator.Domain;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Objective;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.strategy.TargetReference;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A worked example of a localised plan: Sơn La's targets for 2018 as the provincial Department of
 * Labour, Invalids and Social Affairs set them (seed 000_a1e0dca6d795e10c.txt, the department's targets for
 * the year, reworded here): 80 %, 65 %, 100 %, 100 %, 100 %. The
 * plan localises the 2011–2020 strategy, in force in 2018. It is one province's plan, so it lives here,
 * not in the catalogue.
 *
 * <p>Which national target each serves:
 * <ul>
 *   <li>1.1 (80 % of officials, armed forces and students reached by communication on gender
 *       equality) and 1.2 (65 % of residents): the 2011–2020 culture and information objective (5), none
 *       of whose confirmed targets (stereotyped products, airtime, radio and TV stations, grassroots
 *       columns) counts people reached, so no link;</li>
 *   <li>2.1 (100 % of gender-equality staff trained) and 2.2 (100 % of people needing gender-equality
 *       support reach a service): no national target of the catalogue measures these (objective 7, state
 *       management, has no confirmed target); no link;</li>
 *   <li>3.1 (100 % of women deputies, managers, leaders and women in the leadership pool trained in
 *       gender equality and in management and leadership): it builds the pool from which key leaders
 *       come, so it serves 2011–2020 target 1.c, women among key leaders.</li>
 * </ul>
 * The grouping into three objectives is this test's, by domain; the seed does not number them. The
 * seed gives one-year targets; a {@link Strategy} spans two years or more, so the plan takes the span
 * of the strategy it localises.
 */
class SonLaPlanTest {

    private static final String SON_LA = VietNamAreas.SON_LA.code();

    private static Indicator share(String code, String vi, String en) {
        return Indicator.builder(code, BilingualText.of(vi, en), MeasureKind.PERCENTAGE, Unit.PERCENT).build();
    }

    private static Target.Builder target(String code, String vi, String en, String percent) {
        return Target.builder(code, BilingualText.of(vi, en), share("SL-" + code, vi, en))
                .milestone(Milestone.of(2018, Comparison.AT_LEAST, new BigDecimal(percent), Unit.PERCENT));
    }

    static final Target AWARENESS_OFFICIALS = target("1.1",
            "80% người làm việc trong cơ quan nhà nước, lực lượng vũ trang, học sinh và sinh viên được tiếp cận"
                    + " truyền thông về bình đẳng giới",
            "80% of officials, civil servants, public employees, workers, members of the armed forces and students"
                    + " reached by communication that raises awareness of gender equality", "80").build();

    static final Target AWARENESS_RESIDENTS = target("1.2",
            "65% người dân các khu dân cư được tiếp cận truyền thông về bình đẳng giới",
            "65% of residents of residential clusters reached by communication that raises awareness of gender"
                    + " equality", "65").build();

    static final Target STAFF_TRAINED = target("2.1",
            "100% cán bộ phụ trách bình đẳng giới, người xây dựng chính sách và cộng tác viên được tập huấn lại"
                    + " về giới",
            "All staff working on gender equality and the advancement of women, policy makers at all levels and"
                    + " gender-equality collaborators trained to update their knowledge of gender equality", "100")
            .build();

    static final Target SUPPORT_SERVICES = target("2.2",
            "100% người cần được giúp đỡ về giới có thể dùng tối thiểu một dịch vụ tư vấn hoặc trợ giúp",
            "Everyone who needs gender-equality support reaches at least one gender-equality counselling or"
                    + " support service", "100").build();

    static final Target WOMEN_LEADERS_TRAINED = target("3.1",
            "100% nữ đại biểu, nữ lãnh đạo, quản lý và nữ cán bộ quy hoạch cấp phòng trở lên được bồi dưỡng"
                    + " kiến thức giới và kỹ năng lãnh đạo",
            "All elected women deputies, women managers and leaders at all levels, and women in the leadership"
                    + " pool (division level and above) equipped with knowledge of gender equality and with"
                    + " management and leadership skills", "100")
            .serves(Strategy2011To2020.STRATEGY, "1.c")
            .build();

    static final Strategy PLAN = Strategy.builder("VN-14-BDG-2018",
                    BilingualText.of("Mục tiêu bình đẳng giới năm 2018 của tỉnh Sơn La",
                            "Sơn La's gender-equality targets for 2018"),
                    SpanPeriod.ofClosed(2011, 2020))
            .localises(Strategy2011To2020.STRATEGY, SON_LA)
            .objective(Objective.of(1, Domain.INFORMATION_COMMUNICATION,
                    BilingualText.of("Truyền thông về bình đẳng giới",
                            "Communication on gender equality"),
                    AWARENESS_OFFICIALS, AWARENESS_RESIDENTS))
            .objective(Objective.of(2, Domain.STATE_MANAGEMENT,
                    BilingualText.of("Năng lực và dịch vụ về bình đẳng giới", "Gender-equality capacity and services"),
                    STAFF_TRAINED, SUPPORT_SERVICES))
            .objective(Objective.of(3, Domain.POLITICS,
                    BilingualText.of("Phụ nữ tham gia lãnh đạo, quản lý", "Women in leadership and management"),
                    WOMEN_LEADERS_TRAINED))
            .build();

    @Test
    void localisesTheNationalStrategyForSonLa() {
        assertThat(PLAN.localises()).contains(Strategy2011To2020.CODE);
        assertThat(PLAN.area()).contains("14");
        assertThat(VietNamAreas.find(PLAN.area().orElseThrow(), LocalDate.of(2018, 1, 1)))
                .contains(VietNamAreas.SON_LA);
        assertThat(PLAN.targets()).hasSize(5);
    }

    @Test
    void holdsTheSeedsValuesFor2018() {
        assertThat(PLAN.targets()).extracting(t -> t.milestone(2018).orElseThrow().value())
                .containsExactly(new BigDecimal("80"), new BigDecimal("65"), new BigDecimal("100"),
                        new BigDecimal("100"), new BigDecimal("100"));
    }

    @Test
    void theWomenLeadersTargetServesNationalTarget1c() {
        TargetReference serves = WOMEN_LEADERS_TRAINED.serves().orElseThrow();
        assertThat(serves).isEqualTo(new TargetReference("VN-NSGE-2011-2020", "1.c"));
        assertThat(VietNamStrategies.findTarget(serves)).contains(Strategy2011To2020.TARGET_1_C);
        assertThat(PLAN.targets()).filteredOn(t -> t.serves().isPresent()).containsExactly(WOMEN_LEADERS_TRAINED);
    }

    @Test
    void aTargetCannotServeANationalTargetTheCatalogueLacks() {
        // The culture and information objective of 2011–2020 has four confirmed targets, 5.a to 5.d.
        assertThatThrownBy(() -> target("1.1", "x", "x", "80").serves(Strategy2011To2020.STRATEGY, "5.e"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Target.serves");
                    assertThat(e.value()).isEqualTo("5.e");
                })
                .hasMessage("Target.serves: 5.e is not a target of strategy VN-NSGE-2011-2020");
        Target unchecked = target("1.1", "x", "x", "80")
                .serves(new TargetReference(Strategy2011To2020.CODE, "5.e")).build();
        assertThatThrownBy(() -> Strategy.builder("VN-14-X", BilingualText.of("x"), SpanPeriod.ofClosed(2011, 2020))
                        .localises(Strategy2011To2020.STRATEGY, SON_LA)
                        .objective(Objective.of(1, Domain.POLITICS, BilingualText.of("x"), unchecked))
                        .build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("Target.serves"))
                .hasMessageContaining("is not a target of strategy VN-NSGE-2011-2020");
    }
}
