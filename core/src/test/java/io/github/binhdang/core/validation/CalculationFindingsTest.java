package io.github.binhdang.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.calc.AggregationResult;
import io.github.binhdang.core.calc.NoDataReason;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.progress.SkippedObservation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CalculationFindingsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void partialAndRefusedTotalsAreFindingsOfTheSameReport() {
        ObservationKey total = ObservationKey.parse("W_ENT/VN/2017/_T");
        ObservationKey share = ObservationKey.parse("PC_SHARE/VN/2017/_T");
        AggregationResult result = new AggregationResult(Dataset.empty(),
                List.of(new AggregationResult.Partial(total, 33, 34, List.of("10"))),
                List.of(new AggregationResult.Refusal(share, NoDataReason.MISSING_COMPONENT, "2 parts without numerator")));

        ValidationReport report = CalculationFindings.of(result);

        assertThat(report.findings()).extracting(Finding::code, Finding::severity, f -> f.location().subject(),
                f -> f.location().path()).containsExactly(
                        tuple("aggregation.partial", Severity.WARNING, "W_ENT/VN/2017/_T", "value"),
                        tuple("aggregation.refused", Severity.ERROR, "PC_SHARE/VN/2017/_T", "value"));
        assertThat(report.findings().get(0).message())
                .isEqualTo("The total W_ENT/VN/2017/_T holds 33 of its 34 parts; missing: 10");
        assertThat(report.findings().get(0).message(VI))
                .isEqualTo("Tổng W_ENT/VN/2017/_T chỉ có 33 trong 34 thành phần; còn thiếu: 10");
        assertThat(report.findings().get(1).message()).isEqualTo("No total PC_SHARE/VN/2017/_T could be formed:"
                + " A numerator or denominator is missing (2 parts without numerator)");
        assertThat(report.findings().get(1).message(VI)).isEqualTo("Không tính được tổng PC_SHARE/VN/2017/_T:"
                + " Thiếu tử số hoặc mẫu số (2 parts without numerator)");
        assertThat(CalculationFindings.of(new AggregationResult(Dataset.empty(), List.of(), List.of())).isEmpty())
                .isTrue();
    }

    @Test
    void aSkippedObservationIsAWarningInEitherLanguage() {
        SkippedObservation skipped = new SkippedObservation(ObservationKey.parse("W_ENT/14/2017/_T"),
                BilingualText.of("không có giá trị và mẫu số bằng 0", "no value and a zero denominator"));

        Finding finding = CalculationFindings.ofSkipped(List.of(skipped)).findings().get(0);

        assertThat(finding.code()).isEqualTo("progress.skipped");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).isEqualTo("W_ENT/14/2017/_T gives no point of the series:"
                + " no value and a zero denominator");
        assertThat(finding.message(VI)).isEqualTo("W_ENT/14/2017/_T không cho được điểm nào của chuỗi số liệu:"
                + " không có giá trị và mẫu số bằng 0");
    }
}
