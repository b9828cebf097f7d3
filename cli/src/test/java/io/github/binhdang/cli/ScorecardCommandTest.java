package io.github.binhdang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's scorecard by binhdang's method, worked out by hand from BinhdangMethod's rules: values
 * for 2022 and 2024 sit at 2022.5 and 2024.5, the 2025 milestone at 2025.5, so the least-squares line
 * through two points projects L + (L − F) / 2, and a target "needs acceleration" when the projection
 * covers half the way from F to the milestone.
 * <ul>
 *   <li>1.1: 40 % (100 of 250), 48 % (120 of 250): 52.00, (52 − 40) / (60 − 40) = 0.6: needs acceleration;</li>
 *   <li>2.1: 38.5, 42.1: 43.90, 5.4 / 11.5 = 0.47: off track;</li>
 *   <li>2.2 (below 30): 62.0, 58.4: 56.60, −5.4 / −32 = 0.17: off track;</li>
 *   <li>2.3: 21.0, 26.0: 28.50 ≥ 27: on track;</li>
 *   <li>3.1 (at most 1.7): 1.6: achieved;</li>
 *   <li>3.2a: 70, 65: the line falls, away from at least 80: regressing;</li>
 *   <li>the other 11 of the 17 targets: no data.</li>
 * </ul>
 */
class ScorecardCommandTest {

    @TempDir
    Path dir;

    @Test
    void theSampleInEnglish() {
        Run run = Run.of("scorecard", Run.sample().toString(), "--lang", "en");

        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("son-la-2024.csv: 5 errors, 0 warnings")
                .contains("Son La (14) · method binhdang")
                .containsPattern("1\\.1 +at least 60 % \\(2025\\) +48\\.00 % \\(2024\\) +Needs acceleration")
                .contains("reaches 52.00 % by 2025")
                .containsPattern("2\\.1 +at least 50 % \\(2025\\) +42\\.1 % \\(2024\\) +Off track")
                .contains("reaches 43.90 % by 2025")
                .containsPattern("2\\.2 +below 30 % \\(2025\\) +58\\.4 % \\(2024\\) +Off track")
                .containsPattern("2\\.3 +at least 27 % \\(2025\\) +26\\.0 % \\(2024\\) +On track")
                .contains("reaches 28.50 % by 2025")
                .containsPattern("3\\.1 +at most 1\\.7 \\(2025\\) +1\\.6 \\(2024\\) +Achieved")
                .containsPattern("3\\.2a +at least 80 % \\(2025\\) +65 % \\(2024\\) +Regressing")
                .contains("17 targets. Achieved: 1, On track: 1, Needs acceleration: 1, Off track: 2, Regressing: 1,"
                        + " No data: 11");
    }

    @Test
    void theSampleInVietnamese() {
        Run run = Run.of("scorecard", Run.sample().toString(), "--lang", "vi");

        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("Sơn La (14) · phương pháp binhdang")
                .containsPattern("1\\.1 +ít nhất 60 % \\(năm 2025\\) +48,00 % \\(năm 2024\\) +Cần đẩy nhanh")
                .contains("sẽ đạt 52,00% vào năm 2025")
                .contains("17 chỉ tiêu. Đã đạt: 1, Đúng tiến độ: 1, Cần đẩy nhanh: 1, Chệch tiến độ: 2, Đang đi lùi: 1,"
                        + " Chưa có số liệu: 11");
    }

    @Test
    void everyMethodGivesTheWholeScorecard() {
        for (String method : new String[] {"escap", "open-sdg"}) {
            Run run = Run.of("scorecard", Run.sample().toString(), "--method", method, "--lang", "en");
            assertThat(run.code()).isEqualTo(Main.FINDINGS);
            assertThat(run.out()).contains("method " + method).contains("17 targets.");
        }
    }

    @Test
    void filesChartsAndHtml() throws Exception {
        Path charts = dir.resolve("charts");
        Run run = Run.of("scorecard", Run.sample().toString(), "--lang", "vi", "--json", dir.resolve("s.json").toString(),
                "--csv", dir.resolve("s.csv").toString(), "--html", dir.resolve("s.html").toString(), "--chart",
                charts.toString());

        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(dir.resolve("s.json")).isNotEmptyFile();
        // A header and one row per target.
        assertThat(Files.readAllLines(dir.resolve("s.csv"))).hasSize(18);
        // The status chart and one chart per target with values: 1.1, 2.1, 2.2, 2.3, 3.1, 3.2a; SVG and PNG each.
        try (var files = Files.list(charts)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("status.png", "status.svg",
                    "target-1.1.png", "target-1.1.svg", "target-2.1.png", "target-2.1.svg", "target-2.2.png",
                    "target-2.2.svg", "target-2.3.png", "target-2.3.svg", "target-3.1.png", "target-3.1.svg",
                    "target-3.2a.png", "target-3.2a.svg");
        }
        String html = Files.readString(dir.resolve("s.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"vi\">").contains("@page { size: A4;")
                .contains("Cần đẩy nhanh").contains("Mẫu minh họa của binhdang").doesNotContain("<script")
                .doesNotContain(" src=").doesNotContain(" href=").doesNotContain("<?xml");
        // The status chart and six series charts, inline.
        assertThat(html.split("<svg ", -1)).hasSize(8);
        // No two charts of the page share a clip path's identifier.
        java.util.List<String> ids = java.util.regex.Pattern.compile("id=\"([^\"]+)\"").matcher(html).results()
                .map(m -> m.group(1)).toList();
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
    }

    /** A plan given as a strategy document (here the 2021–2030 strategy itself) is assessed as the built-in one. */
    @Test
    void aPlanAsJson() throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.json"), io.github.binhdang.serialization.json.BinhdangJson.mapper()
                .writeValueAsString(io.github.binhdang.indicators.Strategy2021To2030.STRATEGY));

        Run run = Run.of("scorecard", Run.sample().toString(), "--plan", plan.toString(), "--lang", "en");

        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("17 targets. Achieved: 1, On track: 1, Needs acceleration: 1, Off track: 2,"
                + " Regressing: 1, No data: 11");

        Path notAPlan = Files.writeString(dir.resolve("not-a-plan.json"), "{\"observations\": []}");
        Run bad = Run.of("scorecard", Run.sample().toString(), "--plan", notAPlan.toString(), "--lang", "en");
        assertThat(bad.code()).isEqualTo(Main.USAGE);
        assertThat(bad.err()).startsWith(notAPlan + ": not a strategy document");
    }

    /** The 17 targets as a workbook: a header row and a row per target, read back with FastExcel's reader. */
    @Test
    void theScorecardIsWrittenAsAWorkbook() throws Exception {
        Path xlsx = dir.resolve("s.xlsx");
        Run run = Run.of("scorecard", Run.sample().toString(), "--excel", xlsx.toString(), "--lang", "vi");
        assertThat(run.code()).isEqualTo(Main.FINDINGS); // the sample's five planted errors
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(xlsx.toFile());
                var rows = workbook.getFirstSheet().openStream()) {
            assertThat(rows.count()).isEqualTo(1 + 17);
        }
        Run xls = Run.of("scorecard", Run.sample().toString(), "--excel", dir.resolve("s.xls").toString(), "--lang", "en");
        assertThat(xls.code()).isEqualTo(Main.USAGE);
        assertThat(xls.err()).contains("s.xls");
    }
}
