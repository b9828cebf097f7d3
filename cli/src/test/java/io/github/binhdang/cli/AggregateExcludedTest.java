package io.github.binhdang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aggregate} does not add into a total an observation in which validation found an error
 * ({@link Excluded}, as a scorecard does not score it), and says how many and where.
 *
 * <p>The figures, by hand: POL-01 (a share) for 2024, Hà Nội (01) 300 of 600. Sơn La (14) wrote 300 of 250,
 * a numerator above its denominator (numerator.exceeds, an error). Added with it, the nation would be
 * (300 + 300) / (600 + 250) = 600/850 = 70.59 %; without it, 300/600 = 50 %. Where Sơn La's correct
 * 120 of 250 is the one kept, the nation is (300 + 120) / (600 + 250) = 420/850 = 49.41 %.
 */
class AggregateExcludedTest {

    private static final String HEADER = "indicator,area,period,numerator,denominator,unit";
    private static final String HA_NOI = "POL-01,01,2024,300,600,percent";
    private static final String SON_LA_WRONG = "POL-01,14,2024,300,250,percent";
    private static final String SON_LA = "POL-01,14,2024,120,250,percent";

    @TempDir
    Path dir;

    @Test
    void theObservationWithAnErrorIsNotAddedUpInEnglish() throws Exception {
        Path file = Files.write(dir.resolve("provinces.csv"), List.of(HEADER, SON_LA_WRONG, HA_NOI));
        Path report = dir.resolve("report.csv");
        Run run = Run.of("aggregate", file.toString(), "--lang", "en", "--report", report.toString());

        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("1 observation with an error is left out of the totals, as a figure known to"
                        + " be wrong is not added up (see the findings): POL-01 · Son La (14) · 2024 (provinces.csv,"
                        + " line 2)")
                .contains("Provinces into the nation: 1 figure, 1 total")
                .contains("POL-01 · Viet Nam (VN) · 2024: 300/600 = 50")
                .doesNotContain("600/850");
        // The error and the note that the observation is left out, both at line 2 of the file.
        List<String> rows = Files.readAllLines(report);
        assertThat(rows).anyMatch(r -> r.contains("numerator.exceeds") && r.startsWith("provinces.csv,2,"));
        assertThat(rows).anyMatch(r -> r.contains(Excluded.AGGREGATE_CODE) && r.startsWith("provinces.csv,2,")
                && r.contains("Left out of the totals: validation found an error in this observation"
                        + " (numerator.exceeds)"));
    }

    @Test
    void theObservationWithAnErrorIsNotAddedUpInVietnamese() throws Exception {
        Path file = Files.write(dir.resolve("provinces.csv"), List.of(HEADER, SON_LA_WRONG, HA_NOI));
        Run run = Run.of("aggregate", file.toString(), "--lang", "vi");

        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("1 số liệu có lỗi không được cộng vào tổng")
                .contains("POL-01 · Sơn La (14) · năm 2024 (provinces.csv, dòng 2)")
                .contains("300/600 = 50");
    }

    /**
     * The same key in two files: the merge keeps the first file's copy and drops the second's. An error in
     * the dropped copy leaves the kept one in the total (49.41 %), and an error in the kept copy leaves it
     * out (50 %), though the other file's copy of that key has none.
     */
    @Test
    void anErrorLeavesOutOnlyTheCopyOfItsOwnFile() throws Exception {
        Path right = Files.write(dir.resolve("a.csv"), List.of(HEADER, SON_LA, HA_NOI));
        Path wrong = Files.write(dir.resolve("b.csv"), List.of(HEADER, SON_LA_WRONG));

        Run keptIsRight = Run.of("aggregate", right.toString(), wrong.toString(), "--lang", "en");
        assertThat(keptIsRight.code()).isEqualTo(Main.FINDINGS); // b.csv's error is still reported
        assertThat(keptIsRight.out()).doesNotContain("left out").contains("POL-01 · Viet Nam (VN) · 2024: 420/850 = 49.41");

        Run keptIsWrong = Run.of("aggregate", wrong.toString(), right.toString(), "--lang", "en");
        assertThat(keptIsWrong.out()).contains("1 observation with an error is left out of the totals")
                .contains("(b.csv, line 2)").contains("POL-01 · Viet Nam (VN) · 2024: 300/600 = 50");
    }

    /**
     * In one file, the same key twice: the reader keeps the first row and reports the second, by key and
     * line; that error names the second row's line, so the first row, read and correct, is added up.
     */
    @Test
    void anErrorOnASecondRowOfTheSameKeyLeavesTheFirstIn() throws Exception {
        Path file = Files.write(dir.resolve("twice.csv"), List.of(HEADER, SON_LA, SON_LA_WRONG, HA_NOI));
        Run run = Run.of("aggregate", file.toString(), "--lang", "en");

        assertThat(run.code()).isEqualTo(Main.FINDINGS); // the second row is an error
        assertThat(run.out()).doesNotContain("left out").contains("POL-01 · Viet Nam (VN) · 2024: 420/850 = 49.41");
    }
}
