package io.github.binhdang.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.serialization.json.Fixtures;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's case end to end: a provincial file of 2026 in which the figure for 2024 is still marked
 * "sơ bộ". The status column reaches {@code status.provisional}, which finds it once the application
 * says what day the file is judged on.
 */
class ProvisionalFiguresTest {

    private static final Indicator OWNERS = Indicator.builder("W_ENT",
            BilingualText.of("Tỷ lệ nữ làm chủ doanh nghiệp", "Female share of enterprise owners"),
            MeasureKind.PERCENTAGE, Unit.PERCENT).decimals(1).build();

    private static final String FILE = "indicator,area,period,value,status\n"
            + "W_ENT,14,2023,14.8,chính thức\n"
            + "W_ENT,14,2024,15.1,sơ bộ\n"
            + "W_ENT,14,2025,15.6,sơ bộ\n";

    @Test
    void aProvisional2024FigureInA2026FileIsAWarning() {
        CsvReadResult read = DatasetCsvReader.defaults().read(new StringReader(FILE));
        assertThat(read.problems()).isEmpty();
        ValidationContext context = ValidationContext.of(List.of(OWNERS), Fixtures.laoCaiMerger());

        // Without a day nothing is overdue; as of 1 March 2026 the 2024 figure is (final by 14 December 2025),
        // the 2025 one not yet (14 December 2026).
        assertThat(DatasetValidator.defaults().validate(read.dataset(), context).findings()).isEmpty();
        ValidationReport report = DatasetValidator.defaults()
                .validate(read.dataset(), context.withAsOf(LocalDate.of(2026, 3, 1)));

        assertThat(report.findings()).hasSize(1);
        Finding f = report.findings().get(0);
        assertThat(f.code()).isEqualTo("status.provisional");
        assertThat(f.location().index()).hasValue(1);
        assertThat(f.message(Locale.forLanguageTag("vi"))).isEqualTo("Giá trị của chỉ tiêu W_ENT kỳ 2024 vẫn là số"
                + " liệu sơ bộ vào ngày 01/03/2026: lẽ ra phải là số liệu chính thức chậm nhất vào ngày 14/12/2025,"
                + " thời điểm chốt số liệu của báo cáo năm 2025");
        assertThat(report.isAcceptable()).isTrue();
    }
}
