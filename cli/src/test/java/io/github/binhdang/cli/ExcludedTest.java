package io.github.binhdang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.progress.ProgressStatus;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.progress.ScorecardRow;
import io.github.binhdang.serialization.json.BinhdangJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scorecard does not score an observation in which validation found an error ({@link Excluded}), and
 * says so: in a line, in its target's reason, in the report.
 *
 * <p>Target 2.1 of the 2021–2030 strategy: women's share of wage work (ECO-01) at least 50 % by 2025. Sơn
 * La reported 38.5 % for 2022 and 105 % for 2024; 105 % is outside 0–100, an error (percentage.range).
 * Scored with it, 105 meets "at least 50": achieved. Without it, the one value 38.5 of 2022 is below 50
 * with the milestone ahead, and a single value gives no trend: needs acceleration (BinhdangMethod's rules 2
 * and 4), the change needed (50 − 38.5) / (2025.5 − 2022.5) = 3.83 points a year.
 */
class ExcludedTest {

    @TempDir
    Path dir;

    private Path data() throws Exception {
        return Files.write(dir.resolve("son-la.csv"), List.of("indicator,area,period,value,unit",
                "ECO-01,14,2022,38.5,percent", "ECO-01,14,2024,105,percent"));
    }

    @Test
    void theRowWithAnErrorIsNotScoredInEnglish() throws Exception {
        Path report = dir.resolve("report.csv");
        Run run = Run.of("scorecard", data().toString(), "--lang", "en", "--report", report.toString());

        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("son-la.csv: 1 error, 0 warnings")
                .contains("1 observation with an error is left out of the scorecard, as a figure known to be wrong is"
                        + " not scored (see the findings): ECO-01 · Son La (14) · 2024 (son-la.csv, line 3)")
                .containsPattern("2\\.1 +at least 50 % \\(2025\\) +38\\.5 % \\(2022\\) +Needs acceleration")
                .contains("+3.83 percentage points a year")
                .contains("1 observation was skipped (2024: validation found an error in it (percentage.range), not"
                        + " scored)")
                .doesNotContain("Achieved: 1");
        // The error and the note on the row that it is left out, at line 3 of the file.
        List<String> rows = Files.readAllLines(report);
        assertThat(rows).hasSize(1 + 2);
        assertThat(rows).anyMatch(r -> r.contains("scorecard.excluded") && r.startsWith("son-la.csv,3,")
                && r.contains("Left out of the scorecard: validation found an error in this observation"
                        + " (percentage.range)"));
    }

    @Test
    void theRowWithAnErrorIsNotScoredInVietnamese() throws Exception {
        Run run = Run.of("scorecard", data().toString(), "--lang", "vi");

        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("1 số liệu có lỗi không được đưa vào bảng đánh giá")
                .contains("ECO-01 · Sơn La (14) · năm 2024")
                .containsPattern("2\\.1 +ít nhất 50 % \\(năm 2025\\) +38,5 % \\(năm 2022\\) +Cần đẩy nhanh")
                .contains("có lỗi khi kiểm tra (percentage.range), không tính");
    }

    /**
     * The scorecard with the left-out observation in its row reads back from its JSON: the reader rebuilds a
     * row's reason only when one sentence at its end lists every skipped observation.
     */
    @Test
    void theMarkedScorecardReadsBackFromJson() throws Exception {
        Path json = dir.resolve("s.json");
        Run run = Run.of("scorecard", data().toString(), "--lang", "en", "--json", json.toString());
        assertThat(run.code()).isEqualTo(Main.FINDINGS);

        Scorecard[] read = BinhdangJson.mapper().readValue(json.toFile(), Scorecard[].class);
        ScorecardRow row = read[0].row("2.1").orElseThrow();
        assertThat(row.status()).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
        assertThat(row.assessment().skipped()).singleElement()
                .satisfies(s -> assertThat(s.key().period()).hasToString("2024"));
    }

    /**
     * The sample's five errors are all in rows that no target of the 2021–2030 strategy reads for Sơn La:
     * ECO-05 and FAM-07 are not indicators of its targets, area 99 is not Sơn La, ECO-99 is no indicator,
     * and the 2024-Q5 row was not read. Nothing is left out of the scorecard, and the report holds the five
     * errors alone.
     */
    @Test
    void errorsInRowsNoTargetReadsLeaveNothingOut() throws Exception {
        Path report = dir.resolve("sample.csv");
        Run run = Run.of("scorecard", Run.sample().toString(), "--lang", "en", "--report", report.toString());

        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).doesNotContain("left out").doesNotContain("skipped");
        assertThat(Files.readAllLines(report)).hasSize(1 + 5).noneMatch(r -> r.contains(Excluded.CODE));
    }

    /** Without the error, the same two values: 105 meets at least 50, achieved. */
    @Test
    void withoutAnErrorNothingIsLeftOut() throws Exception {
        Path clean = Files.write(dir.resolve("clean.csv"), List.of("indicator,area,period,value,unit",
                "ECO-01,14,2022,38.5,percent", "ECO-01,14,2024,50.5,percent"));
        Run run = Run.of("scorecard", clean.toString(), "--lang", "en");

        assertThat(run.code()).isEqualTo(Main.ACCEPTED);
        assertThat(run.out()).doesNotContain("left out")
                .containsPattern("2\\.1 +at least 50 % \\(2025\\) +50\\.5 % \\(2024\\) +Achieved");
    }
}
