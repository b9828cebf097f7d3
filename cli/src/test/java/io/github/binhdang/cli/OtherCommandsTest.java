package io.github.binhdang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.serialization.json.DatasetJsonReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherCommandsTest {

    @TempDir
    Path dir;

    /**
     * Sơn La 120 of 250 and Hà Nội 300 of 600 add up to 420 of 850 = 49.41 % (49.4117…, half up to the
     * indicator's 2 decimals), not the mean of 48 % and 50 %; in 2024 the nation had 63 provinces, 61
     * of them missing here.
     */
    @Test
    void aggregateSumsComponentsAndSaysWhatIsMissing() {
        Run run = Run.of("aggregate", Run.resource("provinces-2024.csv").toString(), "--lang", "en");

        assertThat(run.code()).isEqualTo(Main.ACCEPTED);
        assertThat(run.out()).contains("Provinces into the nation: 2 figures, 1 total")
                .contains("POL-01 · Viet Nam (VN) · 2024: partial, 2 of 63 areas; missing: ")
                .contains("Lai Chau (12)")
                .contains("POL-01 · Viet Nam (VN) · 2024: 420/850 = 49.41");
    }

    /** By province: Sơn La 120 of 250 = 48 %, Hà Nội 300 of 600 = 50 %, one bar each. */
    @Test
    void aggregateChartsEachIndicatorByProvince() throws Exception {
        Path charts = dir.resolve("charts");
        Run run = Run.of("aggregate", Run.resource("provinces-2024.csv").toString(), "--chart", charts.toString(),
                "--lang", "vi");

        assertThat(run.code()).isEqualTo(Main.ACCEPTED);
        assertThat(run.out()).contains("Đã ghi 2 tệp biểu đồ");
        String svg = Files.readString(charts.resolve("area-POL-01-2024.svg"));
        assertThat(svg.split("fill:rgb\\(106,27,154\\)", -1)).hasSize(3);
        assertThat(charts.resolve("area-POL-01-2024.png")).isNotEmptyFile();
    }

    /** Carried onto the 34 units of 1 July 2025, Sơn La and Hà Nội are 2 of the 34 (both kept their codes). */
    @Test
    void aggregateOntoTheUnitsOfTheReform() {
        Run run = Run.of("aggregate", Run.resource("provinces-2024.csv").toString(), "--reform", "--lang", "vi",
                "--out", dir.resolve("totals.csv").toString());

        assertThat(run.code()).isEqualTo(Main.ACCEPTED);
        assertThat(run.out()).contains("chưa đủ, 2/34 địa bàn").contains("420/850 = 49,41");
        assertThat(dir.resolve("totals.csv")).isNotEmptyFile();
    }

    @Test
    void convertCsvToJsonAndBack() throws Exception {
        Path json = dir.resolve("son-la.json");
        Run run = Run.of("convert", Run.sample().toString(), json.toString(), "--lang", "en");

        // The row whose period cannot be read is reported and left out; the 15 others are written.
        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("15 observations read from son-la-2024.csv").contains("; 1 error" + System.lineSeparator());
        assertThat(DatasetJsonReader.of().read(json).size()).isEqualTo(15);

        Path csv = dir.resolve("back.csv");
        Run back = Run.of("convert", json.toString(), csv.toString(), "--lang", "vi");
        assertThat(back.code()).isEqualTo(Main.ACCEPTED);
        assertThat(back.out()).contains("Đã đọc 15 số liệu");
        assertThat(Files.readAllLines(csv)).hasSize(16);
    }

    /**
     * The sample's 15 readable rows (one row's period cannot be read) written as a workbook and read back
     * from it: the same 15 observations, so the dataset equals the one read from the CSV.
     */
    @Test
    void convertCsvToExcelAndBack() throws Exception {
        Path xlsx = dir.resolve("son-la.xlsx");
        Run run = Run.of("convert", Run.sample().toString(), xlsx.toString(), "--lang", "en");
        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(xlsx).isNotEmptyFile();

        Path json = dir.resolve("back.json");
        Run back = Run.of("convert", xlsx.toString(), json.toString(), "--lang", "en");
        assertThat(back.code()).isEqualTo(Main.ACCEPTED);
        assertThat(back.out()).contains("15 observations read from son-la.xlsx");
        assertThat(DatasetJsonReader.of().read(json))
                .isEqualTo(io.github.binhdang.serialization.csv.DatasetCsvReader.defaults().read(Run.sample()).dataset());
    }

    @Test
    void catalogueFindsAreasByNameAsPeopleWriteThem() {
        Run run = Run.of("catalogue", "areas", "Son La", "--date", "2025-07-01", "--lang", "en");
        assertThat(run.code()).isEqualTo(Main.ACCEPTED);
        assertThat(run.out()).contains("14  Son La · PROVINCE");

        Run merged = Run.of("catalogue", "areas", "Bac Giang", "--date", "2025-07-01", "--lang", "vi");
        assertThat(merged.out()).contains("Bắc Ninh");

        Run code = Run.of("catalogue", "areas", "14", "--lang", "vi");
        assertThat(code.out()).contains("14  Sơn La");
    }

    @Test
    void catalogueListsStrategiesTargetsAndIndicators() {
        assertThat(Run.of("catalogue", "strategies", "--lang", "en").out()).contains("VN-NSGE-2021-2030")
                .contains("VN-NSGE-2011-2020").contains("2 found");
        assertThat(Run.of("catalogue", "targets", "--strategy", "VN-NSGE-2021-2030", "--lang", "en").out())
                .contains("17 found").contains("VN-NSGE-2021-2030 1.1  [POL-01]");
        assertThat(Run.of("catalogue", "indicators", "lao dong nu", "--lang", "vi").out()).contains("ECO-01  Tỷ lệ lao động nữ làm công hưởng lương");
    }

    @Test
    void helpAndVersion() {
        Run help = Run.of("--help", "--lang", "vi");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("validate").contains("scorecard").contains("aggregate").contains("convert")
                .contains("catalogue").contains("Mã thoát").contains("--lang");
        Run sub = Run.of("scorecard", "--help", "--lang", "en");
        assertThat(sub.code()).isZero();
        assertThat(sub.out()).contains("Assess every target of a strategy").contains("--method")
                .contains("binhdang, escap or open-sdg").contains("--html");
        assertThat(Run.of("help", "validate", "--lang", "vi").out()).contains("Kiểm tra số liệu gửi lên");
        Run version = Run.of("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("binhdang ");
    }
}
