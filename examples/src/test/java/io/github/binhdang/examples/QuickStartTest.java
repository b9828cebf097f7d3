package io.github.binhdang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.calc.Computed;
import io.github.binhdang.core.calc.Values;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.DateRange;
import io.github.binhdang.core.period.ReportingCalendar;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.indicators.GenderIndicators;
import io.github.binhdang.indicators.VietNamAreas;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps README.md's quick start and main example true. */
class QuickStartTest {

    @Test
    void theReadmeQuickStartGivesWhatItsCommentsSay() {
        ReportingPeriod year = ReportingPeriod.parse("2017");
        Indicator owners = GenderIndicators.of("ECO-03");
        Dataset sonLa = Dataset.builder()
                .add(Observation.builder(owners.code(), VietNamAreas.SON_LA.code(), year).components(384, 2_539).build())
                .build();
        Observation o = sonLa.find(owners.code(), "14", year, Breakdown.TOTAL).orElseThrow();
        Computed share = Values.of(owners, o);
        assertThat(NumberNotation.VIETNAMESE.format(share.value()) + " %").isEqualTo("15,12 %");
        ValidationReport report = DatasetValidator.defaults()
                .validate(sonLa, ValidationContext.of(GenderIndicators.ALL, VietNamAreas.HIERARCHY));
        assertThat(report.isAcceptable()).isTrue();
        assertThat(ReportingCalendar.ADMINISTRATIVE.cutOffWindow(year))
                .isEqualTo(new DateRange(LocalDate.of(2016, 12, 15), LocalDate.of(2017, 12, 14)));
    }

    @Test
    void theMainExampleRunsEveryReport(@TempDir Path dir) {
        String printed = ExampleRun.vietnamese(Main::report, dir);
        // 125,525 / 688,753 = 18.22 % and 384 / 2,539 = 15.12 %, shown as seed 000 prints them.
        assertThat(printed).contains("125.525/688.753 = 18,2 %").contains("báo cáo ghi 15,1 %");
        assertThat(printed).contains("Sơn La", "Sa Pa", "Quảng Bình", "Bắc Giang", "chương trình của tỉnh",
                "bảng theo dõi toàn quốc");
        assertThat(printed.indexOf("bảng theo dõi toàn quốc")).isGreaterThan(printed.indexOf("chương trình của tỉnh"));
    }
}
