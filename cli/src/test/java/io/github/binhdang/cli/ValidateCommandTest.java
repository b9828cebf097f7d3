package io.github.binhdang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    /**
     * The sample's five deliberate mistakes (samples/README.md), each one error on its line and column:
     * counted by hand from the file.
     */
    @Test
    void theSampleHasFiveErrorsOnTheirLinesInEnglish() {
        Run run = Run.of("validate", Run.sample().toString(), "--lang", "en");

        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("== son-la-2024.csv: 16 rows read, 15 observations")
                .contains("Error (line 13, column 4): 140 % is outside 0–100")
                .contains("Error (line 14, column 5): The numerator 30 is above the denominator 25")
                .contains("99 · ECO-01").contains("Error (line 15, column 2): Area 99")
                .contains("Error (line 16, column 3)").contains("'2024-Q5'")
                .contains("Error (line 17, column 1): Indicator ECO-99")
                .contains("5 errors, 0 warnings, 0 notes")
                .contains("Not accepted");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theSampleHasFiveErrorsInVietnamese() {
        Run run = Run.of("--lang", "vi", "validate", Run.sample().toString());

        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("đã đọc 16 dòng, 15 số liệu").contains("Sơn La (14) · ECO-99")
                .contains("Lỗi (dòng 14, cột 5): Tử số 30 lớn hơn mẫu số 25")
                .contains("5 lỗi, 0 cảnh báo, 0 thông tin").contains("Chưa chấp nhận");
    }

    @Test
    void theSampleWithoutItsMistakesIsAccepted() throws Exception {
        List<String> lines = Files.readAllLines(Run.sample());
        Path clean = Files.write(dir.resolve("clean.csv"), lines.subList(0, 12));

        Run run = Run.of("validate", clean.toString(), "--lang", "en", "--report", dir.resolve("r.json").toString());

        assertThat(run.code()).isEqualTo(Main.ACCEPTED);
        assertThat(run.out()).contains("11 rows read, 11 observations").contains("0 errors, 0 warnings, 0 notes")
                .contains("Accepted");
        assertThat(Files.readString(dir.resolve("r.json"))).contains("findings");
    }

    @Test
    void theWholeReportIsWrittenForASubmissionWithErrors() throws Exception {
        Path report = dir.resolve("report.json");

        Run run = Run.of("validate", Run.sample().toString(), "--lang", "en", "--report", report.toString());

        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        String json = Files.readString(report);
        assertThat(json.split("\"severity\"", -1)).hasSize(6);

        // The same five findings as a CSV table: the header and a row each, with file, line and column.
        Path csv = dir.resolve("report.csv");
        assertThat(Run.of("validate", Run.sample().toString(), "--report", csv.toString()).code()).isEqualTo(Main.FINDINGS);
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(6);
        assertThat(rows).anyMatch(r -> r.startsWith("son-la-2024.csv,14,5,14,FAM-07,2024,"))
                .anyMatch(r -> r.startsWith("son-la-2024.csv,15,2,99,ECO-01,2024,"));
    }
}
