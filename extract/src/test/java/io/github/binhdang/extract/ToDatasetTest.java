package io.github.binhdang.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.indicators.GenderIndicators;
import io.github.binhdang.indicators.VietNamAreas;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Candidates accepted into observations, then validated as any dataset is. */
class ToDatasetTest {

    static final Indicator CLASSES = Indicator.builder("QB-CLASSES", BilingualText.of("Lớp bồi dưỡng", "Classes"),
            MeasureKind.COUNT, Unit.COUNT).build();
    static final Indicator TRAINEES = Indicator.builder("QB-TRAINEES", BilingualText.of("Người tham gia", "Trainees"),
            MeasureKind.COUNT, Unit.PERSONS).build();
    static final Indicator BOOKS_COST = Indicator.builder("QB-BOOKS-COST", BilingualText.of("Kinh phí in sách",
            "Cost of books"), MeasureKind.AMOUNT, Unit.VND).build();

    static final String QUANG_BINH = "Sở mở 04 lớp tập huấn nghiệp vụ, thu hút gần 400 người theo học. Kinh phí"
            + " in tài liệu tuyên truyền nhân Tháng hành động năm 2022 của Sở hết gần 50 triệu đồng.";

    @Test
    void turnsChosenCandidatesIntoProvisionalObservationsThatValidate() {
        ExtractionContext context = ExtractionContext.of(ReportingPeriod.parse("2022"), VietNamAreas.QUANG_BINH_2008)
                .withSource("Sở LĐ-TB&XH Quảng Bình, kết quả năm 2022");
        List<Candidate> candidates = ReportExtractor.extract(QUANG_BINH, context);
        assertThat(candidates).extracting(Candidate::written).containsExactly("04", "400", "50");
        Dataset dataset = ReportExtractor.toDataset(candidates, List.of(Choice.of(candidates.get(0), CLASSES),
                Choice.of(candidates.get(1), TRAINEES).confirm(), Choice.of(candidates.get(2), BOOKS_COST)));

        List<Observation> observations = new ArrayList<>();
        dataset.forEach(observations::add);
        assertThat(observations).hasSize(3);
        Observation classes = observations.get(0);
        assertThat(classes.indicator()).isEqualTo("QB-CLASSES");
        assertThat(classes.area()).isEqualTo(VietNamAreas.QUANG_BINH_2008.code());
        assertThat(classes.period()).isEqualTo(ReportingPeriod.parse("2022"));
        assertThat(classes.value()).contains(new BigDecimal("4"));
        assertThat(classes.status()).isEqualTo(ObservationStatus.PROVISIONAL);
        assertThat(classes.note()).contains("Sở mở 04 lớp tập huấn nghiệp vụ, thu hút gần 400 người theo học.");
        assertThat(classes.source()).contains("Sở LĐ-TB&XH Quảng Bình, kết quả năm 2022");
        Observation trainees = observations.get(1);
        assertThat(trainees.qualifier()).isEqualTo(Qualifier.NEARLY);
        assertThat(trainees.status()).isEqualTo(ObservationStatus.FINAL);
        // 50 million dong is 50 × 1,000,000 dong.
        assertThat(observations.get(2).value()).contains(new BigDecimal("50000000"));
        assertThat(observations.get(2).qualifier()).isEqualTo(Qualifier.NEARLY);
        // The second sentence has 93 characters, more than 80: the note is its excerpt (Excerpt.of).
        assertThat(observations.get(2).note()).hasValueSatisfying(n -> assertThat(n).endsWith("… (93 chars)"));

        ValidationReport report = DatasetValidator.defaults().validate(dataset,
                ValidationContext.of(List.of(CLASSES, TRAINEES, BOOKS_COST), VietNamAreas.HIERARCHY));
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void aCandidateMappedToTheCatalogueIsAcceptedAsItIs() {
        String text = "Trong số 2.539 doanh nghiệp của tỉnh có 384 doanh nghiệp do nữ làm chủ, chiếm 15,1%.";
        List<Candidate> candidates = ReportExtractor.extract(text,
                ExtractionContext.of(ReportingPeriod.parse("2017"), VietNamAreas.SON_LA));
        Candidate share = candidates.get(2);
        assertThat(share.indicator()).contains(GenderIndicators.ENTERPRISE_OWNERS_FEMALE.code());
        Dataset dataset = ReportExtractor.toDataset(candidates, List.of(Choice.of(share)));
        Observation o = dataset.iterator().next();
        assertThat(o.indicator()).isEqualTo("ECO-05");
        assertThat(o.value()).contains(new BigDecimal("15.1"));
        ValidationReport report = DatasetValidator.defaults().validate(dataset,
                ValidationContext.of(GenderIndicators.ALL, VietNamAreas.HIERARCHY));
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void refusesTargetsUnfitUnitsAndForeignCandidates() {
        ExtractionContext context = ExtractionContext.of(ReportingPeriod.parse("2017"), VietNamAreas.SON_LA);
        List<Candidate> target = ReportExtractor.extract("Phấn đấu 65% người dân được truyền thông.", context);
        assertThatThrownBy(() -> Choice.of(target.get(0), GenderIndicators.GENDER_EQUALITY_KNOWLEDGE))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Choice.candidate")
                .hasMessageContaining("is a target");
        List<Candidate> share = ReportExtractor.extract("Tỷ lệ hộ tham gia chiếm 40%.", context);
        assertThatThrownBy(() -> ReportExtractor.toDataset(share, List.of(Choice.of(share.get(0), CLASSES))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("cannot be a value of QB-CLASSES");
        List<Candidate> other = ReportExtractor.extract("Tổ chức 3 lớp.", context);
        assertThatThrownBy(() -> ReportExtractor.toDataset(share, List.of(Choice.of(other.get(0), CLASSES))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("is not one of the candidates");
        List<Candidate> unmapped = ReportExtractor.extract("Tổ chức 3 lớp.", context);
        assertThatThrownBy(() -> Choice.of(unmapped.get(0))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("has no indicator found");
    }
}
