package io.github.binhdang.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.indicators.VietNamAreas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module README's example, run as written; the README's code block must be this method's body. */
class ReadmeExampleTest {

    static final String EXAMPLE = """
            ExtractionContext context = ExtractionContext.of(ReportingPeriod.parse("2022"), VietNamAreas.QUANG_BINH_2008)
                    .withSource("Sở LĐ-TB&XH Quảng Bình, kết quả năm 2022");
            List<Candidate> candidates = ReportExtractor.extract(
                    "Sở mở 04 lớp tập huấn nghiệp vụ, thu hút gần 400 người theo học.", context);
            Indicator classes = Indicator.builder("QB-CLASSES", BilingualText.of("Lớp bồi dưỡng", "Classes"),
                    MeasureKind.COUNT, Unit.COUNT).build();
            Indicator people = Indicator.builder("QB-TRAINEES", BilingualText.of("Người tham gia", "Trainees"),
                    MeasureKind.COUNT, Unit.PERSONS).build();
            Dataset dataset = ReportExtractor.toDataset(candidates,
                    List.of(Choice.of(candidates.get(0), classes), Choice.of(candidates.get(1), people)));
            ValidationReport report = DatasetValidator.defaults().validate(dataset,
                    ValidationContext.of(List.of(classes, people), VietNamAreas.HIERARCHY));
            """;

    @Test
    void theExampleRunsAsTheReadmeShowsIt() throws IOException {
        ExtractionContext context = ExtractionContext.of(ReportingPeriod.parse("2022"), VietNamAreas.QUANG_BINH_2008)
                .withSource("Sở LĐ-TB&XH Quảng Bình, kết quả năm 2022");
        List<Candidate> candidates = ReportExtractor.extract(
                "Sở mở 04 lớp tập huấn nghiệp vụ, thu hút gần 400 người theo học.", context);
        Indicator classes = Indicator.builder("QB-CLASSES", BilingualText.of("Lớp bồi dưỡng", "Classes"),
                MeasureKind.COUNT, Unit.COUNT).build();
        Indicator people = Indicator.builder("QB-TRAINEES", BilingualText.of("Người tham gia", "Trainees"),
                MeasureKind.COUNT, Unit.PERSONS).build();
        Dataset dataset = ReportExtractor.toDataset(candidates,
                List.of(Choice.of(candidates.get(0), classes), Choice.of(candidates.get(1), people)));
        ValidationReport report = DatasetValidator.defaults().validate(dataset,
                ValidationContext.of(List.of(classes, people), VietNamAreas.HIERARCHY));

        assertThat(report.errors()).isEmpty();
        assertThat(dataset.size()).isEqualTo(2);
        assertThat(candidates.get(1).qualifier()).isEqualTo(Qualifier.NEARLY);
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```java\n") + "```java\n".length();
        assertThat(readme.substring(start, readme.indexOf("```", start))).isEqualTo(EXAMPLE);
    }
}
