package io.github.binhdang.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.calc.NoDataReason;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.indicator.Direction;
import io.github.binhdang.core.indicator.Domain;
import io.github.binhdang.core.indicator.Frequency;
import io.github.binhdang.core.period.PeriodKind;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.progress.ProgressStatus;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.StandardRule;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one naming rule for closed sets: {@code of(code)} throws naming the field and the codes,
 * {@code find(code)} is empty. The expected messages list the codes as declared.
 */
class CodesTest {

    /** Each type: its of, its find, a known code and its constant, an unknown code, the message. */
    static Stream<Arguments> types() {
        return Stream.of(
                row(AreaLevel::of, AreaLevel::find, "PROVINCE", AreaLevel.PROVINCE, "province",
                        "AreaLevel.code: 'province' must be one of NATION, PROVINCE, DISTRICT, COMMUNE"),
                row(ProgressStatus::of, ProgressStatus::find, "ON_TRACK", ProgressStatus.ON_TRACK, "Đã đạt",
                        "ProgressStatus.code: 'Đã đạt' must be one of ACHIEVED, ON_TRACK, NEEDS_ACCELERATION,"
                                + " OFF_TRACK, REGRESSING, NO_DATA"),
                row(MeasureKind::of, MeasureKind::find, "RATIO", MeasureKind.RATIO, "RATE",
                        "MeasureKind.code: 'RATE' must be one of COUNT, PERCENTAGE, RATIO, TIMES, MEAN, AMOUNT, YES_NO"),
                row(NoDataReason::of, NoDataReason::find, "ZERO_DENOMINATOR", NoDataReason.ZERO_DENOMINATOR, "",
                        "NoDataReason.code: '' must be one of MISSING_COMPONENT, ZERO_DENOMINATOR, MISSING_VALUE,"
                                + " MIXED_UNITS, MISSING_BREAKDOWN, UNDEFINED, SPLIT_WITHOUT_SHARES"),
                row(Severity::of, Severity::find, "WARNING", Severity.WARNING, "FATAL",
                        "Severity.code: 'FATAL' must be one of ERROR, WARNING, INFO"),
                row(Domain::of, Domain::find, "HEALTH", Domain.HEALTH, "Y tế",
                        "Domain.code: 'Y tế' must be one of POLITICS, ECONOMY_LABOUR, FAMILY_GBV, HEALTH, EDUCATION,"
                                + " INFORMATION_COMMUNICATION, STATE_MANAGEMENT"),
                row(Frequency::of, Frequency::find, "PER_TERM", Frequency.PER_TERM, "YEARLY",
                        "Frequency.code: 'YEARLY' must be one of MONTHLY, QUARTERLY, HALF_YEARLY, ANNUAL, BIENNIAL,"
                                + " FIVE_YEARLY, TEN_YEARLY, PER_TERM, TERM_START"),
                row(Comparison::of, Comparison::find, "AT_MOST", Comparison.AT_MOST, "≤",
                        "Comparison.code: '≤' must be one of AT_LEAST, AT_MOST, BELOW, ABOVE, ABOUT, EQUAL"),
                row(PeriodKind::of, PeriodKind::find, "HALF_YEAR", PeriodKind.HALF_YEAR, "SEMESTER",
                        "PeriodKind.code: 'SEMESTER' must be one of YEAR, HALF_YEAR, QUARTER, MONTH, SPAN, TERM"),
                row(Qualifier::of, Qualifier::find, "NEARLY", Qualifier.NEARLY, "gần",
                        "Qualifier.code: 'gần' must be one of EXACT, NEARLY, MORE_THAN, ABOUT, AT_MOST, AT_LEAST,"
                                + " LESS_THAN"),
                row(Direction.Kind::of, Direction.Kind::find, "DECREASE", Direction.Kind.DECREASE, "down",
                        "Direction.Kind.code: 'down' must be one of INCREASE, DECREASE, TOWARDS"),
                row(TermBody::of, TermBody::find, "QH", TermBody.NATIONAL_ASSEMBLY, "NATIONAL_ASSEMBLY",
                        "TermBody.code: 'NATIONAL_ASSEMBLY' must be one of HDND, QH, CAPUY"),
                row(Unit::of, Unit::find, "vnd_million", Unit.MILLION_VND, "%",
                        "Unit.code: '%' must be one of fraction, percent, percentage_point, per_100, per_1000,"
                                + " per_100000, times, persons, count, hours, years, vnd, vnd_thousand, vnd_million,"
                                + " vnd_billion, yes_no"),
                row(StandardRule::of, StandardRule::find, "sex.sum", StandardRule.SEX_SUM, "SEX_SUM",
                        "StandardRule.code: 'SEX_SUM' must be one of input.null, key.duplicate, indicator.unknown,"
                                + " area.unknown, area.period, period.kind, period.span, unit.mismatch,"
                                + " breakdown.dimension, count.integer, percentage.range, value.minimum,"
                                + " component.negative, denominator.zero, numerator.exceeds, value.components,"
                                + " value.plausible, value.approximate, sex.sum, sex.between, area.sum, change.jump,"
                                + " target.direction, target.comparison, value.missing, value.finite,"
                                + " rule.failed, status.provisional, period.before, target.reference, area.changed,"
                                + " value.components.approximate, status.given"));
    }

    private static <T> Arguments row(Function<String, T> of, Function<String, Optional<T>> find, String code,
                                     T constant, String unknown, String message) {
        return Arguments.of(of, find, code, constant, unknown, message);
    }

    @ParameterizedTest
    @MethodSource("types")
    <T> void ofAndFindReadTheCode(Function<String, T> of, Function<String, Optional<T>> find, String code,
                                  T constant, String unknown, String message) {
        assertThat(of.apply(code)).isSameAs(constant);
        assertThat(find.apply(code)).containsSame(constant);
    }

    @ParameterizedTest
    @MethodSource("types")
    <T> void anUnknownCodeIsEmptyOrNamesTheCodes(Function<String, T> of, Function<String, Optional<T>> find,
                                                 String code, T constant, String unknown, String message) {
        assertThat(find.apply(unknown)).isEmpty();
        assertThatThrownBy(() -> of.apply(unknown))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo(message.substring(0, message.indexOf(':')));
                    assertThat(e.value()).isEqualTo("'" + unknown + "'");
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    @Test
    void everyConstantIsFoundByItsName() {
        for (Severity s : Severity.values()) {
            assertThat(Severity.of(s.name())).isSameAs(s);
        }
        for (ProgressStatus s : ProgressStatus.values()) {
            assertThat(ProgressStatus.find(s.name())).containsSame(s);
        }
        for (StandardRule r : StandardRule.values()) {
            assertThat(StandardRule.of(r.code())).isSameAs(r);
        }
    }

    @Test
    void qualifierParseStaysTheLenientReader() {
        assertThat(Qualifier.parse("gần")).isEqualTo(Qualifier.NEARLY);
        assertThat(Qualifier.parse("nearly")).isEqualTo(Qualifier.NEARLY);
        assertThat(Qualifier.of("NEARLY")).isEqualTo(Qualifier.NEARLY);
        assertThat(Qualifier.find("nearly")).isEmpty();
    }

    @Test
    void refusesANullCode() {
        assertThatThrownBy(() -> Severity.of(nullCode())).isInstanceOf(NullPointerException.class)
                .hasMessage("Severity.code");
        assertThatThrownBy(() -> Severity.find(nullCode())).isInstanceOf(NullPointerException.class);
    }

    private static String nullCode() {
        return null;
    }
}
