package io.github.binhdang.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.core.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provincial submission saved from a spreadsheet ({@code ;}, decimal commas, "Nữ"/"Nam", "sơ bộ")
 * with a dozen kinds of mistakes: every finding, the reader's and the validator's, names its line and
 * column in the file, although rows before it were left out.
 */
class SubmissionPositionsTest {

    private static final Indicator W_ENT = Indicator.builder("W_ENT",
            BilingualText.of("Tỷ lệ nữ làm chủ doanh nghiệp", "Female share of enterprise owners"),
            MeasureKind.PERCENTAGE, Unit.PERCENT).decimals(1).build();
    private static final Indicator EMPLOYED = Indicator.builder("EMPLOYED",
            BilingualText.of("Số người có việc làm", "Employed persons"), MeasureKind.COUNT, Unit.PERSONS)
            .breakdowns(BreakdownDimension.SEX).build();
    private static final ValidationContext CONTEXT = ValidationContext.of(List.of(W_ENT, EMPLOYED),
            AreaHierarchy.builder().addAll(List.of(
                    Area.of("VN", BilingualText.of("Việt Nam", "Viet Nam"), AreaLevel.NATION),
                    Area.of("14", BilingualText.of("Sơn La", "Son La"), AreaLevel.PROVINCE).withParent("VN")))
                    .build());

    // Columns: 1 indicator, 2 area, 3 period, 4 sex, 5 value, 6 numerator, 7 denominator, 8 unit,
    // 9 qualifier, 10 status, 11 note.
    private static final String FILE = String.join("\n",
            /* 1 */ "indicator;area;period;Sex;Value;numerator;denominator;unit;qualifier;status;note",
            /* 2 */ "W_ENT;14;2017;;15,1;384;2.539;%;;;",
            /* 3 */ "W_ENT;14;2018;;abc;;;;;;",
            /* 4 */ "W_ENT;14;2022-Q5;;16,2;;;;;;",
            /* 5 */ "W_ENT;14;2017;;15,2;;;;;;",
            /* 6 */ "EMPLOYED;14;2019;X;10;;;;;;",
            /* 7 */ "W_ENT;14;2019;;105;;;;;sơ bộ;",
            /* 8 */ ";14;2019;;1;;;;;;",
            /* 9 */ "W_ENT;14;2020;;;;;;;;",
            /* 10 */ "W_ENTX;14;2019;;12;;;;;;",
            /* 11 */ "W_ENT;99;2019;;12;;;;;;",
            /* 12 */ "W_ENT;14;2021;;12;;;ratio;;;",
            /* 13 */ "W_ENT;14;2022;;12;;;;maybe;;",
            /* 14 */ "W_ENT;14;2023;;12;;;;;;;;",
            /* 15 */ "EMPLOYED;14;2019;;25;;;;;;tổng",
            /* 16 */ "EMPLOYED;14;2019;Nữ;10;;;;;;",
            /* 17 */ "EMPLOYED;14;2019;Nam;12;;;;;;",
            /* 18 */ "W_ENT;14;2024;;;700;500;;;;") + "\n";

    @Test
    void everyFindingNamesItsLineAndColumnAfterRowsWereLeftOut(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("son-la-2019.csv");
        Files.writeString(file, FILE, StandardCharsets.UTF_8);
        CsvReadResult read = DatasetCsvReader.defaults().withNotation(NumberNotation.VIETNAMESE).read(file);
        ValidationReport checked = DatasetValidator.defaults().validate(read.dataset(), CONTEXT);
        ValidationReport all = read.report().plus(checked);

        // Worked out from the file above: the reader's problems first, in file order, then the validator's.
        assertThat(all.findings()).extracting(Finding::code, f -> f.location().line().getAsInt(),
                f -> f.location().column().getAsInt(), f -> f.location().header().orElse(""))
                .containsExactly(
                        tuple("csv.value", 3, 5, "Value"),          // abc is no number
                        tuple("csv.value", 4, 3, "period"),         // 2022-Q5
                        tuple("csv.duplicate", 5, 1, ""),           // the key of line 2 again
                        tuple("csv.value", 6, 4, "Sex"),            // X is no sex
                        tuple("csv.value", 8, 1, "indicator"),      // no indicator
                        tuple("csv.row", 9, 5, "Value"),            // no number at all
                        tuple("csv.value", 12, 8, "unit"),          // ratio is no unit
                        tuple("csv.value", 13, 9, "qualifier"),     // maybe is no qualifier
                        tuple("csv.fields", 14, 1, ""),             // 13 fields under 11 columns
                        // The validator's, row by row; every kept row but line 7's leaves its status empty.
                        tuple("status.given", 2, 10, "status"),
                        tuple("percentage.range", 7, 5, "Value"),   // 105 %
                        tuple("indicator.unknown", 10, 1, "indicator"),
                        tuple("status.given", 10, 10, "status"),
                        tuple("area.unknown", 11, 2, "area"),
                        tuple("status.given", 11, 10, "status"),
                        tuple("sex.sum", 15, 5, "Value"),           // 10 + 12 is not 25
                        tuple("status.given", 15, 10, "status"),
                        tuple("status.given", 16, 10, "status"),
                        tuple("status.given", 17, 10, "status"),
                        tuple("numerator.exceeds", 18, 6, "numerator"), // 700 of 500
                        tuple("status.given", 18, 10, "status"));
        assertThat(all.findings()).allSatisfy(f -> assertThat(f.location().file()).contains("son-la-2019.csv"));
        // The 105 % of line 7 is the dataset's second observation, but the sixth row after the header (lines
        // 2 to 6 before it, four of them left out): its index is its record as written, 5, not 1.
        Finding range = checked.findings().stream().filter(f -> f.code().equals("percentage.range")).findFirst()
                .orElseThrow();
        assertThat(read.dataset().find(range.location().key().orElseThrow())).isPresent();
        assertThat(read.dataset().position(1).orElseThrow().record()).isEqualTo(5);
        assertThat(range.location().index()).hasValue(5);
        assertThat(range.location()).hasToString(
                "W_ENT/14/2019/_T value (index 5, son-la-2019.csv line 7, column 5 \"Value\")");
        // A reader's problem keeps the field as written.
        assertThat(read.report().findings().get(0).location().written()).contains("abc");
        // The list of known units grows with the built-in units; its start and a Vietnamese symbol are checked.
        assertThat(read.report().findings().get(6).message()).startsWith("Line 12, column unit 'ratio': the unit"
                + " 'ratio' is not known; known units: fraction, percent (%), percentage_point (điểm %), per_100 (/100),")
                .contains(", persons (người), ").contains(", vnd_million (triệu đồng)");

        // Rows read = observations kept + rows reported: 17 rows under the header, 8 kept (lines 2, 7, 10, 11,
        // 15, 16, 17, 18), 9 reported (lines 3, 4, 5, 6, 8, 9, 12, 13, 14).
        Set<Integer> reported = new TreeSet<>();
        read.problems().forEach(p -> reported.add(p.line()));
        assertThat(read.dataset().size()).isEqualTo(8);
        assertThat(reported).containsExactly(3, 4, 5, 6, 8, 9, 12, 13, 14);
        assertThat(read.dataset().size() + reported.size()).isEqualTo(17);
    }

    @Test
    void aRecordSpanningLinesAndARowLeftOutMoveTheLineAndTheIndexApart() {
        // Record 0 spans lines 2 and 3 (a quoted note with a line break); record 1, line 4, is left out (abc);
        // record 2, line 5, is 105 %: the dataset's second observation (index 1), reported as record 2.
        String file = """
                indicator,area,period,value,note
                W_ENT,14,2017,15.1,"hai
                dòng"
                W_ENT,14,2018,abc,
                W_ENT,14,2019,105,
                """;
        CsvReadResult read = DatasetCsvReader.defaults().read(new java.io.StringReader(file));
        assertThat(read.problems()).extracting(CsvProblem::line).containsExactly(4);
        assertThat(read.dataset().size()).isEqualTo(2);
        ValidationReport checked = DatasetValidator.defaults().validate(read.dataset(), CONTEXT);
        assertThat(checked.findings()).extracting(Finding::code, f -> f.location().index().getAsInt(),
                f -> f.location().line().getAsInt(), f -> f.location().column().getAsInt())
                .containsExactly(tuple("percentage.range", 2, 5, 4));
    }

    @Test
    void aRowWhoseQuoteIsNeverClosedCountsAsARecord() {
        // Line 2 opens a quote it never closes: one row reported (record 0), and line 3 read again as record 1.
        String file = """
                indicator,area,period,value,note
                W_ENT,14,2017,15.1,"mở
                W_ENT,14,2019,105,
                """;
        CsvReadResult read = DatasetCsvReader.defaults().read(new java.io.StringReader(file));
        assertThat(read.problems()).extracting(p -> p.kind().code(), CsvProblem::line)
                .containsExactly(tuple("csv.syntax", 2));
        ValidationReport checked = DatasetValidator.defaults().validate(read.dataset(), CONTEXT);
        assertThat(checked.findings()).extracting(Finding::code, f -> f.location().index().getAsInt(),
                f -> f.location().line().getAsInt())
                .containsExactly(tuple("percentage.range", 1, 3));
    }

    @Test
    void aSheetsRowsAreRecordsTooButABlankRowIsNone() {
        // Sheet rows: 1 the header, 2 kept (record 0), 3 blank (no row), 4 abc (record 1, left out), 5 105 %
        // (record 2), the dataset's second observation: the finding's index is 2, its cell D5.
        TableRows rows = DatasetCsvReader.defaults().tableRows("son-la.xlsx", "Số liệu");
        rows.header(1, List.of("Mã chỉ tiêu", "Mã địa bàn", "Kỳ báo cáo", "Giá trị"));
        rows.row(2, List.of("W_ENT", "14", "2017", "15.1"));
        rows.row(3, List.of("", "", "", ""));
        rows.row(4, List.of("W_ENT", "14", "2018", "abc"));
        rows.row(5, List.of("W_ENT", "14", "2019", "105"));
        CsvReadResult read = rows.result();
        assertThat(read.problems()).extracting(CsvProblem::line).containsExactly(4);
        ValidationReport checked = DatasetValidator.defaults().validate(read.dataset(), CONTEXT);
        assertThat(checked.findings()).extracting(Finding::code, f -> f.location().index().getAsInt())
                .containsExactly(tuple("percentage.range", 2));
        assertThat(checked.findings().get(0).location()).hasToString(
                "W_ENT/14/2019/_T value (index 2, son-la.xlsx 'Số liệu'!D5 \"Giá trị\")");
    }

    @Test
    void aStreamHasNoFileNameButTheLines() {
        CsvReadResult read = DatasetCsvReader.defaults().withNotation(NumberNotation.VIETNAMESE)
                .read(new java.io.ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)));
        ValidationReport checked = DatasetValidator.defaults().validate(read.dataset(), CONTEXT);
        assertThat(checked.findings()).extracting(f -> f.location().line().getAsInt())
                .containsExactly(2, 7, 10, 10, 11, 11, 15, 15, 16, 17, 18, 18);
        assertThat(checked.findings()).allSatisfy(f -> assertThat(f.location().file()).isEmpty());
        assertThat(read.dataset().source().orElseThrow().name()).isEmpty();
        assertThat(checked.findings().get(1).message(Locale.forLanguageTag("vi")))
                .isEqualTo("105 % nằm ngoài khoảng 0–100 của một tỷ lệ phần trăm");
    }
}
