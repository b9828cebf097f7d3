package io.github.binhdang.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.serialization.csv.CsvProblem.Kind;
import io.github.binhdang.serialization.json.DatasetJsonReader;
import io.github.binhdang.serialization.json.DatasetJsonWriter;
import io.github.binhdang.serialization.json.Fixtures;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, the CSV reader's limits: each is a located {@code csv.limit} problem naming the limit and
 * its setting in English and Vietnamese, the reader goes on with the next row, problems stay small
 * whatever the field, and rows read = observations kept + rows reported. Inputs are built here; expected
 * lines, columns and counts are worked out from them by hand.
 */
class CsvLimitsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String HEADER = "indicator,area,period,value,note\n";

    private static CsvReadResult read(DatasetCsvReader reader, String text) {
        return reader.read(new StringReader(text));
    }

    private static CsvReadResult read(CsvLimits limits, String text) {
        return read(DatasetCsvReader.defaults().withLimits(limits), text);
    }

    private static void assertCounted(CsvReadResult result, long rows) {
        assertThat(result.rowsRead()).as("rows read").isEqualTo(rows);
        assertThat(result.dataset().size() + result.rowsReported()).as("kept + reported").isEqualTo(rows);
    }

    /** The only problem, a limit, at a line and column, naming the limit in both languages. */
    private static CsvProblem onlyLimit(CsvReadResult result, int line, int column, String limit) {
        assertThat(result.problems()).hasSize(1);
        CsvProblem problem = result.problems().get(0);
        assertThat(problem.kind()).isEqualTo(Kind.LIMIT);
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.columnNumber()).isEqualTo(column);
        String setting = "CsvLimits.with" + Character.toUpperCase(limit.charAt(0)) + limit.substring(1);
        assertThat(problem.message()).contains("limit " + limit + " = ").contains(setting);
        Finding finding = result.report().findings().get(0);
        assertThat(finding.code()).isEqualTo("csv.limit");
        assertThat(finding.message(VI)).startsWith("Dòng " + line).contains("giới hạn " + limit + " = ")
                .contains(setting).doesNotContain(problem.message());
        return problem;
    }

    private static String digits(int n) {
        return "7".repeat(n);
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        CsvLimits limits = DatasetCsvReader.defaults().limits();

        assertThat(limits).isEqualTo(CsvLimits.defaults());
        assertThat(limits.maxRowLength()).isEqualTo(1_048_576);
        assertThat(limits.maxFieldLength()).isEqualTo(32_767);
        assertThat(limits.maxNumberDigits()).isEqualTo(100);
        assertThat(limits.maxBreakdownDimensions()).isEqualTo(32); // as JSON's
        assertThat(limits.maxRows()).isEqualTo(50_000_000);
        assertThat(limits.maxProblems()).isEqualTo(10_000);
        assertThat(limits.withMaxRows(5)).isNotEqualTo(limits).hasSameHashCodeAs(CsvLimits.defaults().withMaxRows(5));
        assertThatThrownBy(() -> limits.withMaxFieldLength(0)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("CsvLimits.maxFieldLength");
    }

    @Test
    void aFieldOverTheLimitIsALimitProblemAndTheNextRowIsRead() {
        String note = "x".repeat(101);
        CsvLimits limits = CsvLimits.defaults().withMaxFieldLength(100);

        // Unquoted, quoted, and quoted over two lines: each row 2 is left out, row 3 is read.
        for (String field : List.of(note, "\"" + note + "\"", "\"" + note.substring(1) + "\n\"")) {
            CsvReadResult result = read(limits, HEADER + "W_ENT,14,2017,1," + field + "\nW_ENT,15,2017,2,ok\n");

            CsvProblem problem = onlyLimit(result, 2, 5, "maxFieldLength");
            assertThat(problem.column()).isEqualTo("note");
            assertThat(problem.message()).startsWith("the field has 101 characters");
            assertThat(problem.value()).isEqualTo("x".repeat(80) + "… (101 chars)");
            assertThat(result.dataset().get(0).area()).isEqualTo("15");
            assertCounted(result, 2);
        }
    }

    @Test
    void aQuotedFieldOfAMillionCharactersIsCountedNotKept() {
        // Over the default 32,767: longer than the tokenizer's buffer of 65,536 characters.
        String huge = "\"" + "a\"\"b".repeat(250_000) + "\"";

        CsvReadResult result = read(DatasetCsvReader.defaults(), HEADER + "W_ENT,14,2017,1," + huge
                + "\nW_ENT,15,2017,2,ok\n");

        CsvProblem problem = onlyLimit(result, 2, 5, "maxFieldLength");
        // Each "a""b" is three characters read: a, a quote and b.
        assertThat(problem.message()).startsWith("the field has 750000 characters");
        assertThat(problem.value()).endsWith("… (750000 chars)").hasSizeLessThan(100);
        assertThat(result.dataset().size()).isEqualTo(1);
    }

    @Test
    void aRowOverTheLimitIsLeftOut() {
        String many = ",".repeat(500);
        CsvLimits limits = CsvLimits.defaults().withMaxRowLength(200);

        CsvReadResult result = read(limits, HEADER + "W_ENT,14,2017,1,a" + many + "\nW_ENT,15,2017,2,ok\n");

        CsvProblem problem = onlyLimit(result, 2, 0, "maxRowLength");
        // 17 characters, 500 commas and the line feed.
        assertThat(problem.message()).startsWith("the row has 518 characters");
        assertCounted(result, 2);
    }

    @Test
    void aQuoteThatRunsOverTheRowLimitIsReportedAndTheLinesAfterItAreReadAgain() {
        StringBuilder text = new StringBuilder(HEADER).append("W_ENT,14,2017,1,\"never closed\n");
        for (int area = 20; area < 30; area++) {
            text.append("W_ENT,").append(area).append(",2017,1,fine\n");
        }
        CsvLimits limits = CsvLimits.defaults().withMaxRowLength(100);

        CsvReadResult result = read(limits, text.toString());

        CsvProblem problem = onlyLimit(result, 2, 0, "maxRowLength");
        assertThat(problem.message()).startsWith("the row has more than 100 characters");
        // The ten rows after the quote's line are read again, all of them.
        assertThat(result.dataset().size()).isEqualTo(10);
        assertThat(result.dataset().get(0).area()).isEqualTo("20");
        assertCounted(result, 11);
    }

    @Test
    void aHeaderOfFiveMillionCharactersGivesOneShortProblem() {
        String header = "indicator,area,period,value," + "y".repeat(5_000_000) + "\n";

        CsvReadResult result = read(DatasetCsvReader.defaults(), header + "W_ENT,14,2017,1,a\n");

        assertThat(result.problems()).hasSize(1);
        CsvProblem problem = result.problems().get(0);
        assertThat(problem.kind()).isEqualTo(Kind.LIMIT);
        assertThat(problem.toString()).hasSizeLessThan(400);
        assertThat(result.report().findings().get(0).message(VI)).hasSizeLessThan(400);
        assertCounted(result, 0);
    }

    @Test
    void aNumberWithMoreDigitsThanTheLimitIsALimitProblem() {
        CsvReadResult result = read(DatasetCsvReader.defaults(), HEADER + "W_ENT,14,2017," + digits(101) + ",a\n"
                + "W_ENT,15,2017," + digits(100) + ",b\n");

        CsvProblem problem = onlyLimit(result, 2, 4, "maxNumberDigits");
        assertThat(problem.message()).startsWith("the number has 101 digits");
        assertThat(result.dataset().get(0).value()).hasValueSatisfying(v -> assertThat(v.precision()).isEqualTo(100));
        assertCounted(result, 2);

        // Digits with a qualifier and Vietnamese grouping count the same.
        CsvReadResult grouped = read(DatasetCsvReader.defaults().withLimits(CsvLimits.defaults().withMaxNumberDigits(6)),
                HEADER + "W_ENT,14,2017,\"gần 1.234.567\",a\n");
        assertThat(onlyLimit(grouped, 2, 4, "maxNumberDigits").message()).startsWith("the number has 7 digits");
    }

    @Test
    void aThousandRowsOfThirtyThousandDigitsAreEachALimitProblem() {
        StringBuilder text = new StringBuilder(HEADER);
        String value = digits(30_000);
        for (int row = 0; row < 1000; row++) {
            text.append("W_ENT,").append(row).append(",2017,").append(value).append(",a\n");
        }

        CsvReadResult result = read(DatasetCsvReader.defaults(), text.toString());

        assertThat(result.problems()).hasSize(1000).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Kind.LIMIT);
            assertThat(p.value()).hasSizeLessThan(100);
            assertThat(p.message()).hasSizeLessThan(200);
        });
        assertCounted(result, 1000);
    }

    @Test
    void aBreakdownWithMoreDimensionsThanTheLimitIsALimitProblem() {
        StringBuilder breakdown = new StringBuilder();
        for (int d = 0; d < 100_000; d++) {
            breakdown.append(d == 0 ? "" : ";").append("D").append(d).append("=c");
        }
        DatasetCsvReader reader = DatasetCsvReader.defaults()
                .withLimits(CsvLimits.defaults().withMaxFieldLength(2_000_000).withMaxRowLength(2_000_000));

        CsvReadResult result = read(reader, "indicator,area,period,value,breakdown\nW_ENT,14,2017,1," + breakdown
                + "\nW_ENT,14,2017,1,SEX=F;AGE_GROUP=15-24\n");

        CsvProblem problem = onlyLimit(result, 2, 5, "maxBreakdownDimensions");
        assertThat(problem.message()).startsWith("the breakdown has 100000 dimensions");
        assertThat(result.dataset().size()).isEqualTo(1);
        assertCounted(result, 2);
    }

    @Test
    void rowsAfterTheMostAreNotRead() {
        String text = HEADER + "W_ENT,1,2017,1,a\n\nW_ENT,2,2017,1,a\nW_ENT,3,2017,x,a\nW_ENT,4,2017,1,a\nW_ENT,5,2017,1,a\n";

        CsvReadResult result = read(CsvLimits.defaults().withMaxRows(3), text);

        // The blank line 3 is no row: the fourth row is on line 6.
        assertThat(result.problems()).extracting(CsvProblem::kind, CsvProblem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.VALUE, 5),
                        org.assertj.core.groups.Tuple.tuple(Kind.LIMIT, 6));
        assertThat(result.problems().get(1).message()).contains("more than 3 rows").contains("CsvLimits.withMaxRows");
        assertThat(result.dataset().size()).isEqualTo(2);
        assertCounted(result, 3);
    }

    @Test
    void problemsAfterTheMostAreCountedAndSummedUp() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int row = 0; row < 20; row++) {
            text.append("W_ENT,").append(row).append(",2017,").append(row % 4 == 0 ? "1" : "bad").append(",a\n");
        }

        CsvReadResult result = read(CsvLimits.defaults().withMaxProblems(5), text.toString());

        // 15 bad rows, on lines 3, 4, 5, 7, 8, 9, 11, …, 21: five kept, ten summed up from line 9 on.
        assertThat(result.problems()).hasSize(6);
        assertThat(result.problems().subList(0, 5)).extracting(CsvProblem::line).containsExactly(3, 4, 5, 7, 8);
        CsvProblem last = result.problems().get(5);
        assertThat(last.kind()).isEqualTo(Kind.LIMIT);
        assertThat(last.line()).isEqualTo(9);
        assertThat(last.message()).startsWith("10 more problems, on lines 9 to 21, are not listed")
                .contains("CsvLimits.withMaxProblems").contains("20 rows were read, 15 of them reported");
        assertThat(result.report().findings()).hasSize(6);
        assertThat(result.report().findings().get(5).message(VI)).contains("còn 10 lỗi khác");
        assertThat(result.dataset().size()).isEqualTo(5);
        assertCounted(result, 20);
    }

    @Test
    void aProblemKeepsAShortenedFieldOnceWhateverItsLength() {
        String unit = "u".repeat(20_000);
        String period = "2017-" + "9".repeat(20_000);

        CsvReadResult result = read(DatasetCsvReader.defaults(), "indicator,area,period,value,unit\n"
                + "W_ENT,14,2017,1," + unit + "\nW_ENT,15," + period + ",1,percent\n"
                + "W_ENT,16,2017,1,percent\nW_ENT,16,2017,1,percent\n");

        assertThat(result.problems()).hasSize(3).allSatisfy(p -> {
            assertThat(p.value()).hasSizeLessThan(100);
            assertThat(p.toString()).hasSizeLessThan(1500);
        });
        assertThat(result.problems().get(0).value()).isEqualTo("u".repeat(80) + "… (20000 chars)");
        assertThat(result.report().findings()).allSatisfy(f -> assertThat(f.message(VI)).hasSizeLessThan(1500));
        assertCounted(result, 4);
    }

    /** Issue 20: a caller's own unit read from JSON is written to CSV and read back with the dataset's units. */
    @Test
    void anApplicationsUnitReadFromJsonRoundTripsThroughCsv() {
        StringWriter json = new StringWriter();
        try (DatasetJsonWriter writer = DatasetJsonWriter.open(json)) {
            writer.writeAll(Dataset.of(List.of(Fixtures.fullObservation())));
        }
        Dataset fromJson = DatasetJsonReader.of().read(new StringReader(json.toString()));
        StringWriter csv = new StringWriter();
        DatasetCsvWriter.defaults().write(fromJson, csv);

        Reader text = new StringReader(csv.toString());
        CsvReadResult back = DatasetCsvReader.defaults().withUnits(DatasetCsvReader.unitsOf(fromJson)).read(text);

        assertThat(DatasetCsvReader.unitsOf(fromJson)).containsExactly(Fixtures.CLASSES);
        assertThat(back.problems()).isEmpty();
        assertThat(back.dataset()).isEqualTo(fromJson);
        // Without the units, the unit is a problem that lists the units known.
        assertThat(DatasetCsvReader.defaults().read(new StringReader(csv.toString())).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("the unit 'classes' is not known"));
    }
}
