package io.github.binhdang.core.validation;

import static io.github.binhdang.core.validation.Fixtures.CONTEXT;
import static io.github.binhdang.core.validation.Fixtures.DV_MODELS;
import static io.github.binhdang.core.validation.Fixtures.EMPLOYED;
import static io.github.binhdang.core.validation.Fixtures.W_ENT;
import static io.github.binhdang.core.validation.Fixtures.Y2017;
import static io.github.binhdang.core.validation.Fixtures.assertFinding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: a qualifier sharpens a check instead of switching it off. Bounds worked out by hand from
 * the tolerances StandardRule documents (10 % of the value for "nearly" and "about").
 */
class QualifierChecksTest {

    private static final DatasetValidator VALIDATOR = DatasetValidator.defaults();

    private static Observation.Builder obs(Indicator indicator, String area, ReportingPeriod period) {
        return Observation.builder(indicator.code(), area, period);
    }

    private static List<Finding> findings(String code, List<Observation> rows) {
        // As a list (the object path) and as a dataset (the columnar path): the same findings.
        List<Finding> fromList = of(code, VALIDATOR.validate(rows, CONTEXT));
        List<Finding> fromDataset = of(code, VALIDATOR.validate(Dataset.of(rows), CONTEXT));
        assertThat(fromDataset).extracting(Finding::code, Finding::severity, Finding::value)
                .containsExactlyElementsOf(fromList.stream().map(f -> org.assertj.core.groups.Tuple.tuple(
                        f.code(), f.severity(), f.value())).toList());
        return fromList;
    }

    private static List<Finding> of(String code, ValidationReport report) {
        return report.findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void moreThanAHundredPerCentIsNoShare() {
        Observation o = obs(W_ENT, "14", Y2017).value(100).qualifier(Qualifier.MORE_THAN).build();
        List<Finding> found = findings("percentage.range", List.of(o));
        assertThat(found).hasSize(1);
        assertFinding(found.get(0), "percentage.range", Severity.ERROR, "W_ENT/14/2017/_T", "value", "100",
                "more than 100 % is outside 0–100, the range of a percentage",
                "hơn 100 % nằm ngoài khoảng 0–100 của một tỷ lệ phần trăm");
        // At least 100 % may be 100 %; more than 99 % may be 99.5 %.
        assertThat(findings("percentage.range", List.of(
                obs(W_ENT, "14", Y2017).value(100).qualifier(Qualifier.AT_LEAST).build(),
                obs(W_ENT, "15", Y2017).value(99).qualifier(Qualifier.MORE_THAN).build()))).isEmpty();
    }

    @Test
    void lessThanZeroIsNoShareAndNoCount() {
        Observation share = obs(W_ENT, "14", Y2017).value(0).qualifier(Qualifier.LESS_THAN).build();
        assertThat(findings("percentage.range", List.of(share))).extracting(Finding::severity)
                .containsExactly(Severity.ERROR);
        Observation count = obs(DV_MODELS, "14", Y2017).value(0).qualifier(Qualifier.LESS_THAN).build();
        List<Finding> found = findings("count.integer", List.of(count));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).message(java.util.Locale.ENGLISH))
                .isEqualTo("less than 0 is not a count: a count is a whole number, 0 or more");
        // Less than 1 may be 0.
        assertThat(findings("count.integer", List.of(
                obs(DV_MODELS, "14", Y2017).value(1).qualifier(Qualifier.LESS_THAN).build()))).isEmpty();
    }

    @Test
    void nearlyFortyFiveAgainstComponentsGivingFortyIsAWarningWithTheTolerance() {
        // 40 of 100 is 40 %; "nearly 45" allows 40.5 to 45.
        Observation o = obs(W_ENT, "14", Y2017).value(45).components(40, 100).qualifier(Qualifier.NEARLY).build();
        List<Finding> found = findings("value.components.approximate", List.of(o));
        assertThat(found).hasSize(1);
        assertFinding(found.get(0), "value.components.approximate", Severity.WARNING, "W_ENT/14/2017/_T", "value",
                "45", "The value nearly 45 does not fit the numerator 40 and the denominator 100, which give 40"
                        + " (tolerance 10 %)",
                "Giá trị gần 45 không khớp với tử số 40 và mẫu số 100; tính lại được 40 (dung sai 10 %)");
        // 41 of 100 is within; and a wider tolerance lets 40 pass.
        assertThat(findings("value.components.approximate", List.of(
                obs(W_ENT, "14", Y2017).value(45).components(41, 100).qualifier(Qualifier.NEARLY).build()))).isEmpty();
        DatasetValidator wide = DatasetValidator.of(RuleSet.defaults()
                .withParameter("value.components.approximate", "nearly", BigDecimal.valueOf(15)));
        assertThat(of("value.components.approximate", wide.validate(o, CONTEXT))).isEmpty();
        // The exact rule still does not hold an approximate value to its components.
        assertThat(findings("value.components", List.of(o))).isEmpty();
    }

    @Test
    void sexPartsWithAnApproximatePartAreCheckedAsARange() {
        // Women "about 4,300" (3,870 to 4,730) and men 4,600 make 8,470 to 9,330: never 10,000.
        List<Observation> rows = List.of(
                obs(EMPLOYED, "14", Y2017).value(10_000).build(),
                obs(EMPLOYED, "14", Y2017).sex(Sex.FEMALE).value(4_300).qualifier(Qualifier.ABOUT).build(),
                obs(EMPLOYED, "14", Y2017).sex(Sex.MALE).value(4_600).build());
        List<Finding> found = findings("sex.sum", rows);
        assertThat(found).hasSize(1);
        assertFinding(found.get(0), "sex.sum", Severity.ERROR, "EMPLOYED/14/2017/_T", "value", "10000",
                "Women's value about 4,300 and men's value 4,600 add up to 8,470–9,330, not to the total 10,000",
                "Tổng giá trị của nữ (khoảng 4.300) và nam (4.600) là 8.470–9.330, khác với tổng số 10.000");
        // A total of 9,000 is within; so is "more than 8,000", but not "less than 8,000".
        assertThat(findings("sex.sum", List.of(rows.get(1), rows.get(2),
                obs(EMPLOYED, "14", Y2017).value(9_000).build()))).isEmpty();
        assertThat(findings("sex.sum", List.of(rows.get(1), rows.get(2),
                obs(EMPLOYED, "14", Y2017).value(8_000).qualifier(Qualifier.MORE_THAN).build()))).isEmpty();
        assertThat(findings("sex.sum", List.of(rows.get(1), rows.get(2),
                obs(EMPLOYED, "14", Y2017).value(8_000).qualifier(Qualifier.LESS_THAN).build()))).hasSize(1);
    }

    @Test
    void anEmptyStatusIsInformationThatARuleSetCanRequire() {
        Observation o = obs(DV_MODELS, "14", Y2017).value(3).status(ObservationStatus.NOT_GIVEN).build();
        List<Finding> found = findings("status.given", List.of(o));
        assertThat(found).extracting(Finding::severity).containsExactly(Severity.INFO);
        assertThat(found.get(0).message(java.util.Locale.ENGLISH))
                .isEqualTo("The status is not given: final, provisional or estimated?");
        DatasetValidator strict = DatasetValidator.of(RuleSet.defaults().withSeverity("status.given", Severity.ERROR));
        assertThat(strict.validate(o, CONTEXT).errors()).extracting(Finding::code).containsExactly("status.given");
        assertThat(findings("status.given", List.of(obs(DV_MODELS, "14", Y2017).value(3).build()))).isEmpty();
    }
}
