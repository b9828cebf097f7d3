package io.github.binhdang.core.validation;

import static io.github.binhdang.core.validation.Fixtures.CONTEXT;
import static io.github.binhdang.core.validation.Fixtures.DV_MODELS;
import static io.github.binhdang.core.validation.Fixtures.EMPLOYED;
import static io.github.binhdang.core.validation.Fixtures.LFPR;
import static io.github.binhdang.core.validation.Fixtures.W_ENT;
import static io.github.binhdang.core.validation.Fixtures.Y2016;
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
    void aTotalRateIsComparedWithTheRangeItsApproximatePartsAllow() {
        // Women 40 and men "about 45" (40.5 to 49.5): a total lies between them only from 40 to 49.5.
        Observation women = obs(LFPR, "14", Y2017).sex(Sex.FEMALE).value(40).build();
        Observation men = obs(LFPR, "14", Y2017).sex(Sex.MALE).value(45).qualifier(Qualifier.ABOUT).build();
        List<Finding> found = findings("sex.between", List.of(women, men,
                obs(LFPR, "14", Y2017).value(60).qualifier(Qualifier.MORE_THAN).build()));
        assertThat(found).hasSize(1);
        assertFinding(found.get(0), "sex.between", Severity.ERROR, "LFPR/14/2017/_T", "value", "60",
                "The total more than 60 is not between the women's (40) and the men's (about 45)",
                "Giá trị chung hơn 60 không nằm giữa giá trị của nữ (40) và của nam (khoảng 45)");
        // 49.5 may be between; "about 52" (46.8 to 57.2) may be too; an exact 50 is not.
        assertThat(findings("sex.between", List.of(women, men, obs(LFPR, "14", Y2017).value(49.5).build())))
                .isEmpty();
        assertThat(findings("sex.between", List.of(women, men,
                obs(LFPR, "14", Y2017).value(52).qualifier(Qualifier.ABOUT).build()))).isEmpty();
        assertThat(findings("sex.between", List.of(women, men, obs(LFPR, "14", Y2017).value(50).build())))
                .hasSize(1);
        // A wider tolerance is a parameter of the rule: with 20 %, "about 45" allows up to 54.
        DatasetValidator wide = DatasetValidator.of(RuleSet.defaults().withParameter("sex.between", "about",
                BigDecimal.valueOf(20)));
        assertThat(wide.validate(List.of(women, men, obs(LFPR, "14", Y2017).value(50).build()), CONTEXT)
                .findings()).extracting(Finding::code).doesNotContain("sex.between");
    }

    @Test
    void anAreaIsComparedWithTheRangeItsApproximateChildrenAllow() {
        // Under Viet Nam in 2017: 14 "about 30" (27 to 33), 10 exactly 20, 15 exactly 25: 72 to 78.
        List<Observation> children = List.of(
                obs(DV_MODELS, "14", Y2017).value(30).qualifier(Qualifier.ABOUT).build(),
                obs(DV_MODELS, "10", Y2017).value(20).build(),
                obs(DV_MODELS, "15", Y2017).value(25).build());
        List<Observation> rows = new java.util.ArrayList<>(children);
        rows.add(obs(DV_MODELS, "VN", Y2017).value(100).build());
        List<Finding> found = findings("area.sum", rows);
        assertThat(found).hasSize(1);
        assertFinding(found.get(0), "area.sum", Severity.ERROR, "DV_MODELS/VN/2017/_T", "value", "100",
                "The 3 areas under VN Viet Nam add up to 72–78 (value), not to its own 100",
                "Tổng giá trị của 3 đơn vị trực thuộc VN Việt Nam là 72–78, khác với số của chính đơn vị này là 100");
        rows.set(3, obs(DV_MODELS, "VN", Y2017).value(78).build());
        assertThat(findings("area.sum", rows)).isEmpty();
        rows.set(3, obs(DV_MODELS, "VN", Y2017).value(80).qualifier(Qualifier.NEARLY).build()); // 72 to 80
        assertThat(findings("area.sum", rows)).isEmpty();
        rows.set(3, obs(DV_MODELS, "VN", Y2017).value(70).qualifier(Qualifier.AT_MOST).build());
        assertThat(findings("area.sum", rows)).hasSize(1);
    }

    @Test
    void aChangeWithAnApproximateValueIsTheLeastChangeTheRangesAllow() {
        // 2016 "about 10" (9 to 11), 2017 exactly 20: at least (20 − 11) / 11 = 81.8 % (rounded half up).
        Observation before = obs(DV_MODELS, "14", Y2016).value(10).qualifier(Qualifier.ABOUT).build();
        List<Finding> found = findings("change.jump", List.of(before, obs(DV_MODELS, "14", Y2017).value(20).build()));
        assertThat(found).hasSize(1);
        assertFinding(found.get(0), "change.jump", Severity.WARNING, "DV_MODELS/14/2017/_T", "value", "20",
                "20 is a change of at least 81.8 % from about 10 in 2016, more than 50 %",
                "20 thay đổi ít nhất 81,8 % so với khoảng 10 của kỳ 2016, vượt ngưỡng 50 %");
        // 16: at least (16 − 11) / 11 = 45.5 %, within 50 % (exactly 10 to 16 would be 60 %).
        assertThat(findings("change.jump", List.of(before, obs(DV_MODELS, "14", Y2017).value(16).build()))).isEmpty();
        // A fall: 100, then "nearly 40" (36 to 40): at least (100 − 40) / 100, a change of −60 %.
        List<Finding> fall = findings("change.jump", List.of(obs(DV_MODELS, "14", Y2016).value(100).build(),
                obs(DV_MODELS, "14", Y2017).value(40).qualifier(Qualifier.NEARLY).build()));
        assertThat(fall).extracting(f -> f.message(java.util.Locale.ENGLISH))
                .containsExactly("nearly 40 is a change of at least -60.0 % from 100 in 2016, more than 50 %");
        // Ranges that meet allow no change at all; "less than 5" before may be 0, so no ratio is known.
        assertThat(findings("change.jump", List.of(before,
                obs(DV_MODELS, "14", Y2017).value(12).qualifier(Qualifier.ABOUT).build()))).isEmpty();
        assertThat(findings("change.jump", List.of(obs(DV_MODELS, "14", Y2016).value(5).qualifier(Qualifier.LESS_THAN)
                .build(), obs(DV_MODELS, "14", Y2017).value(50).build()))).isEmpty();
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
