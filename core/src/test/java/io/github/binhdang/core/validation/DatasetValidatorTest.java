package io.github.binhdang.core.validation;

import static io.github.binhdang.core.validation.Fixtures.CONTEXT;
import static io.github.binhdang.core.validation.Fixtures.DV_GROUPS;
import static io.github.binhdang.core.validation.Fixtures.DV_MODELS;
import static io.github.binhdang.core.validation.Fixtures.EMPLOYED;
import static io.github.binhdang.core.validation.Fixtures.FAMILY_CLUBS;
import static io.github.binhdang.core.validation.Fixtures.PARTY_WOMEN;
import static io.github.binhdang.core.validation.Fixtures.PC_SHARE;
import static io.github.binhdang.core.validation.Fixtures.PC_SHARE_COMMUNE;
import static io.github.binhdang.core.validation.Fixtures.PC_SHARE_DISTRICT;
import static io.github.binhdang.core.validation.Fixtures.TRAINED_OFFICIALS;
import static io.github.binhdang.core.validation.Fixtures.VI;
import static io.github.binhdang.core.validation.Fixtures.W_ENT;
import static io.github.binhdang.core.validation.Fixtures.W_TRAINED;
import static io.github.binhdang.core.validation.Fixtures.Y2017;
import static io.github.binhdang.core.validation.Fixtures.Y2026;
import static io.github.binhdang.core.validation.Fixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.period.TermPeriod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DatasetValidatorTest {

    private static final DatasetValidator VALIDATOR = DatasetValidator.defaults();

    /**
     * Seed 000 (Sơn La, 2017): 384 women owners of 2,539 enterprises, 15.1 %; 125,525 trained of 688,753
     * employed women (18.22 %: 12,552,500 / 688,753 = 18.2249…, worked out by hand, not published in the
     * seed); women 38.89 % of provincial, 34.77 % of district and 31.8 % of commune People's Council
     * deputies in the 2016–2021 term; 12 women in the provincial party committee, term 2015–2020; 65
     * models and 170 groups against domestic violence, 225 family clubs, 286 officials trained.
     */
    static Dataset sonLa2017() {
        TermPeriod council = TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021);
        return Dataset.of(List.of(
                Observation.builder(W_ENT.code(), "14", Y2017).value(dec("15.1")).components(384, 2539).build(),
                Observation.builder(W_TRAINED.code(), "14", Y2017).value(dec("18.22")).components(125_525, 688_753)
                        .build(),
                Observation.of(PC_SHARE.code(), "14", council, dec("38.89")),
                Observation.of(PC_SHARE_DISTRICT.code(), "14", council, dec("34.77")),
                Observation.of(PC_SHARE_COMMUNE.code(), "14", council, dec("31.8")),
                Observation.builder(PARTY_WOMEN.code(), "14", TermPeriod.of(TermBody.PARTY_COMMITTEE, 2015, 2020))
                        .value(12).build(),
                Observation.builder(DV_MODELS.code(), "14", Y2017).value(65).build(),
                Observation.builder(FAMILY_CLUBS.code(), "14", Y2017).value(225).build(),
                Observation.builder(DV_GROUPS.code(), "14", Y2017).value(170).build(),
                Observation.builder(TRAINED_OFFICIALS.code(), "14", Y2017).value(286).build()));
    }

    @Test
    void seedSonLa2017HasNoError() {
        ValidationContext context = CONTEXT.withStrategy(StandardRuleTest.strategy2011to2020());
        ValidationReport report = VALIDATOR.validate(sonLa2017(), context);
        assertThat(report.isAcceptable()).isTrue();
        assertThat(report.findings()).isEmpty();
    }

    /** A submission with exactly six problems, one of each kind the issue names. */
    static List<Observation> brokenSubmission() {
        return List.of(
                Observation.builder(W_ENT.code(), "14", Y2017).value(105).build(),                      // 0: 105 %
                Observation.builder(W_TRAINED.code(), "14", Y2017).components(700_000, 688_753).build(), // 1
                Observation.builder(EMPLOYED.code(), "14", Y2017).value(25).build(),                    // 2: total
                Observation.builder(EMPLOYED.code(), "14", Y2017).sex(Sex.FEMALE).value(10).build(),    // 3
                Observation.builder(EMPLOYED.code(), "14", Y2017).sex(Sex.MALE).value(12).build(),      // 4
                Observation.builder("W_ENTX", "14", Y2017).value(dec("15.1")).build(),                 // 5
                Observation.builder(DV_MODELS.code(), "10", Y2026).value(20).build(),                   // 6: merged
                Observation.builder(DV_MODELS.code(), "14", Y2017).value(65).build(),                   // 7
                Observation.builder(DV_MODELS.code(), "14", Y2017).value(65).build());                  // 8: again
    }

    @Test
    void brokenSubmissionGetsExactlyItsFindings() {
        ValidationReport report = VALIDATOR.validate(brokenSubmission(), CONTEXT);
        assertThat(report.isAcceptable()).isFalse();
        assertThat(report.findings())
                .extracting(Finding::code, f -> f.location().subject(), f -> f.location().path(),
                        f -> f.location().index().getAsInt(), Finding::value)
                .containsExactly(
                        tuple("percentage.range", "W_ENT/14/2017/_T", "value", 0, "105"),
                        tuple("numerator.exceeds", "W_TRAINED/14/2017/_T", "numerator", 1, "700000"),
                        tuple("sex.sum", "EMPLOYED/14/2017/_T", "value", 2, "25"),
                        tuple("indicator.unknown", "W_ENTX/14/2017/_T", "indicator", 5, "W_ENTX"),
                        tuple("area.period", "DV_MODELS/10/2026/_T", "area", 6, "10"),
                        tuple("key.duplicate", "DV_MODELS/14/2017/_T", "key", 8, "DV_MODELS/14/2017/_T"));
        assertThat(report.count(Severity.ERROR)).isEqualTo(6);
        assertThat(report.findings()).extracting(f -> f.message(VI)).containsExactly(
                "105 % nằm ngoài khoảng 0–100 của một tỷ lệ phần trăm",
                "Tử số 700.000 lớn hơn mẫu số 688.753: một tỷ lệ không thể vượt quá tổng thể",
                "Tổng giá trị của nữ (10) và nam (12) là 22, khác với tổng số 25",
                "Chỉ tiêu W_ENTX không có trong danh mục chỉ tiêu; có phải là W_ENT?",
                "Đơn vị hành chính 10 Lào Cai không có hiệu lực trong kỳ 2026; thời gian hiệu lực: ../2025-06-30;"
                        + " đơn vị kế thừa: 15 Lào Cai",
                "DV_MODELS/14/2017/_T được báo cáo hai lần: dòng 9 trùng với dòng 8");
        assertThat(report.findings()).extracting(f -> f.message(Locale.ENGLISH)).containsExactly(
                "105 % is outside 0–100, the range of a percentage",
                "The numerator 700,000 is above the denominator 688,753: a share cannot exceed the whole",
                "Women's value 10 and men's value 12 add up to 22, not to the total 25",
                "Indicator W_ENTX is not in the catalogue; did you mean W_ENT?",
                "Area 10 Lao Cai was not in force in 2026; it was in force ../2025-06-30; it was succeeded by 15 Lao Cai",
                "DV_MODELS/14/2017/_T is reported twice: row 9 repeats row 8");
    }

    @Test
    void aDatasetAndTheSameListGiveTheSameFindings() {
        List<Observation> rows = new ArrayList<>(brokenSubmission().subList(0, 8));
        assertThat(VALIDATOR.validate(Dataset.of(rows), CONTEXT)).isEqualTo(VALIDATOR.validate(rows, CONTEXT));
    }

    @Test
    void aSingleObservationHasNoIndex() {
        ValidationReport report = VALIDATOR.validate(brokenSubmission().get(0), CONTEXT);
        assertThat(report.findings()).hasSize(1);
        assertThat(report.findings().get(0).location().index()).isEmpty();
        assertThat(report.findings().get(0).location()).hasToString("W_ENT/14/2017/_T value");
    }

    @Test
    void nothingThrowsForBadData() {
        List<Observation> rows = Arrays.asList(null, null, Observation.of("??", "??", Y2017, dec("-1")));
        ValidationReport report = VALIDATOR.validate(rows, CONTEXT);
        assertThat(report.findings()).extracting(Finding::code)
                .containsExactly("input.null", "input.null", "indicator.unknown", "area.unknown");
        assertThat(VALIDATOR.validate(List.of(), CONTEXT)).isSameAs(ValidationReport.empty());
        assertThatThrownBy(() -> VALIDATOR.validate((Dataset) null, CONTEXT)).isInstanceOf(NullPointerException.class)
                .hasMessage("dataset");
    }

    @Test
    void sameValidatorFromEightThreadsGivesIdenticalResults() throws Exception {
        List<Observation> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.addAll(brokenSubmission());
        }
        ValidationContext context = CONTEXT.withStrategy(StandardRuleTest.strategy2011to2020());
        ValidationReport expected = VALIDATOR.validate(rows, context);
        ValidationReport expectedSeed = VALIDATOR.validate(sonLa2017(), context);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<ValidationReport>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Callable<List<ValidationReport>> task = () -> {
                    start.await();
                    List<ValidationReport> reports = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        reports.add(VALIDATOR.validate(rows, context));
                        reports.add(VALIDATOR.validate(sonLa2017(), context));
                    }
                    return reports;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<List<ValidationReport>> f : futures) {
                List<ValidationReport> reports = f.get(2, TimeUnit.MINUTES);
                for (int i = 0; i < reports.size(); i += 2) {
                    assertThat(reports.get(i)).isEqualTo(expected);
                    assertThat(reports.get(i + 1)).isEqualTo(expectedSeed);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        // 4,500 rows hold 8 distinct keys: every other row repeats one.
        assertThat(expected.byCode().get("key.duplicate")).hasSize(4500 - 8);
    }

    @Test
    void aReportOfOneHundredThousandFindingsIsWhole() {
        Dataset.Builder builder = Dataset.builder(100_000);
        for (int i = 0; i < 100_000; i++) {
            builder.add(Observation.of(W_ENT.code(), "X" + i, Y2017, dec("15.1")));
        }
        ValidationReport report = VALIDATOR.validate(builder.build(), CONTEXT);
        assertThat(report.size()).isEqualTo(100_000);
        assertThat(report.count(Severity.ERROR)).isEqualTo(100_000);
        assertThat(report.findings().get(0).location().index()).hasValue(0);
        assertThat(report.findings().get(99_999).location().index()).hasValue(99_999);
        assertThat(report.findings().get(99_999).message()).isEqualTo("Area X99999 is not in the list of administrative units");
        assertThat(report.byCode()).containsOnlyKeys("area.unknown");
    }

    @Test
    void switchedOffRulesFindNothing() {
        DatasetValidator quiet = DatasetValidator.of(RuleSet.defaults().without("percentage.range")
                .without("key.duplicate").withSeverity("sex.sum", Severity.WARNING));
        ValidationReport report = quiet.validate(brokenSubmission(), CONTEXT);
        assertThat(report.findings()).extracting(Finding::code, Finding::severity).containsExactly(
                tuple("numerator.exceeds", Severity.ERROR),
                tuple("sex.sum", Severity.WARNING),
                tuple("indicator.unknown", Severity.ERROR),
                tuple("area.period", Severity.ERROR));
        assertThat(DatasetValidator.of(RuleSet.empty()).validate(brokenSubmission(), CONTEXT).isEmpty()).isTrue();
        assertThat(quiet.rules().contains("percentage.range")).isFalse();
        assertThat(DatasetValidator.defaults().rules()).isEqualTo(RuleSet.defaults());
    }
}
