package io.github.binhdang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options that validate, scorecard and aggregate share ({@link InputOptions}, {@link ReportOption}):
 * the same names, the same help in either language, the same report.
 */
class SharedOptionsTest {

    private static final List<String> COMMANDS = List.of("validate", "scorecard", "aggregate");

    @TempDir
    Path dir;

    /** The help with its wrapped lines joined. */
    private static String flat(Run help) {
        return help.out().replaceAll("\\s+", " ");
    }

    @Test
    void everyCommandHasTheSameOptionsAndHelpInEnglish() {
        for (String command : COMMANDS) {
            Run help = Run.of(command, "--help", "--lang", "en");
            assertThat(help.code()).as(command).isZero();
            assertThat(flat(help)).as(command).contains("FILE...").contains("--plan=PLAN.json").contains("--dhis2-map=MAP")
                    .contains("--report=REPORT.json|csv")
                    .contains("The submissions or datasets: CSV, JSON, Excel (.xlsx) or DHIS2, one or more.")
                    .contains("Write the whole validation report to this file (JSON or CSV).");
        }
    }

    @Test
    void everyCommandHasTheSameOptionsAndHelpInVietnamese() {
        for (String command : COMMANDS) {
            Run help = Run.of(command, "--help", "--lang", "vi");
            assertThat(flat(help)).as(command).contains("--plan=PLAN.json")
                    .contains("Các tệp số liệu: CSV, JSON, Excel (.xlsx) hoặc DHIS2, một tệp trở lên.")
                    .contains("Ghi toàn bộ báo cáo kiểm tra vào tệp này (JSON hoặc CSV).");
        }
    }

    /** --chart is one option of both commands that draw charts, each with its own help of what it draws. */
    @Test
    void chartsAreDrawnByScorecardAndAggregateEachWithItsHelp() {
        assertThat(flat(Run.of("scorecard", "--help", "--lang", "en"))).contains("--chart=DIR Write the charts (SVG and"
                + " PNG) into this folder.");
        assertThat(flat(Run.of("aggregate", "--help", "--lang", "en"))).contains("--chart=DIR Write a chart of each"
                + " indicator by province (SVG and PNG) into this folder.");
        assertThat(flat(Run.of("aggregate", "--help", "--lang", "vi"))).contains("--chart=DIR Ghi biểu đồ từng chỉ tiêu"
                + " theo tỉnh (SVG và PNG) vào thư mục này.");
        assertThat(flat(Run.of("validate", "--help", "--lang", "en"))).doesNotContain("--chart");
    }

    /**
     * The sample's five errors (ValidateCommandTest counts them by hand) are in the report of each command
     * that reads it; aggregate adds a note for each of the two it leaves out of the totals (Excluded): ECO-05's
     * 140 % at line 13 and FAM-07's numerator 30 above its denominator 25 at line 14, both Sơn La's figures
     * of catalogue indicators. The other three (area 99, indicator ECO-99, the 2024-Q5 row not read) were
     * never to be added up.
     */
    @Test
    void aggregateWritesTheSameReportAsValidate() throws Exception {
        Path validated = dir.resolve("validate.csv");
        Path aggregated = dir.resolve("aggregate.csv");

        Run validate = Run.of("validate", Run.sample().toString(), "--report", validated.toString(), "--lang", "en");
        Run aggregate = Run.of("aggregate", Run.sample().toString(), "--report", aggregated.toString(), "--lang", "en");

        assertThat(validate.code()).isEqualTo(Main.FINDINGS);
        assertThat(aggregate.code()).isEqualTo(Main.FINDINGS);
        assertThat(aggregate.out()).contains("Written: " + aggregated);
        List<String> rows = Files.readAllLines(aggregated);
        assertThat(rows).hasSize(1 + 5 + 2).containsAll(Files.readAllLines(validated));
        assertThat(rows).filteredOn(r -> r.contains(Excluded.AGGREGATE_CODE)).hasSize(2)
                .anyMatch(r -> r.startsWith("son-la-2024.csv,13,") && r.contains("(percentage.range)"))
                .anyMatch(r -> r.startsWith("son-la-2024.csv,14,") && r.contains("(numerator.exceeds)"));
        assertThat(aggregate.out()).contains("2 observations with errors are left out of the totals");
    }
}
