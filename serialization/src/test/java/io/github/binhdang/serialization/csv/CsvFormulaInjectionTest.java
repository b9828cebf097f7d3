package io.github.binhdang.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.progress.Assessment;
import io.github.binhdang.core.progress.ProgressStatus;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.progress.ScorecardRow;
import io.github.binhdang.core.progress.SeriesPoint;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.serialization.json.Fixtures;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Issue 20, CSV injection: text a spreadsheet would run as a formula is written neutralised (OWASP: an
 * apostrophe before it, the field quoted), numbers stay numbers, every text reads back as it was, and no
 * path from a file read to a file written gives a cell that starts a formula. Expected outputs are
 * worked out by hand from the rule in {@link Formulas}; written files are read back cell by cell with
 * Jackson's CSV parser, a reader independent of ours.
 */
class CsvFormulaInjectionTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://example.invalid\",\"Bấm vào đây\")";

    private static Observation row(String area, String source, String note, String value) {
        return Observation.builder("W_ENT", area, ReportingPeriod.parse("2017")).value(new BigDecimal(value))
                .source(source).note(note).build();
    }

    private static String write(DatasetCsvWriter writer, Dataset dataset) {
        StringWriter out = new StringWriter();
        writer.write(dataset, out);
        return out.toString();
    }

    /** The cells of each row after the header, as a spreadsheet's CSV import sees them. */
    private static List<List<String>> cells(String csv) {
        List<List<String>> rows = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(',');
        try (JsonParser p = new CsvMapper().reader(schema).createParser(csv)) {
            List<String> current = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    current = new ArrayList<>();
                } else if (t == JsonToken.END_ARRAY && current != null) {
                    rows.add(current);
                } else if (t == JsonToken.VALUE_STRING && current != null) {
                    current.add(p.getString());
                }
            }
        }
        return rows.subList(1, rows.size());
    }

    /** Whether a spreadsheet could take a cell for a formula: its first non-blank is = + - @, or it starts with a tab or CR. */
    private static boolean startsFormula(String cell) {
        if (cell.startsWith("\t") || cell.startsWith("\r")) {
            return true;
        }
        String s = cell.stripLeading();
        return !s.isEmpty() && "=+-@＝＋－＠".indexOf(s.charAt(0)) >= 0;
    }

    /** Asserts that no text cell of a written observation table starts a formula; value columns hold numbers. */
    private static void assertNoFormula(String csv) {
        for (List<String> row : cells(csv)) {
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                if (i >= 4 && i <= 6) {
                    assertThat(cell).as("a number cell").matches("|-?[0-9]+(\\.[0-9]+)?");
                } else {
                    assertThat(startsFormula(cell)).as("cell %d %s", i, cell).isFalse();
                }
            }
        }
    }

    @Example
    void formulaLikeTextIsWrittenQuotedWithAnApostropheAndNumbersAsTheyAre() {
        Dataset dataset = Dataset.of(List.of(row("14", HYPERLINK, "+1+1", "-3.5"), row("15", "-2+3", "@SUM(A1)", "2"),
                row("16", "\t=1", "\r=1", "0"), row("17", " =1", "'=1", "1"), row("18", "''", "'abc", "1")));

        String csv = write(DatasetCsvWriter.defaults(), dataset);

        assertThat(csv).isEqualTo("indicator,area,period,breakdown,value,numerator,denominator,unit,qualifier,"
                + "status,source,note\n"
                + "W_ENT,14,2017,_T,-3.5,,,,EXACT,FINAL,"
                + "\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"Bấm vào đây\"\")\",\"'+1+1\"\n"
                + "W_ENT,15,2017,_T,2,,,,EXACT,FINAL,\"'-2+3\",\"'@SUM(A1)\"\n"
                // An observation's source and note are stripped of blanks around them.
                + "W_ENT,16,2017,_T,0,,,,EXACT,FINAL,\"'=1\",\"'=1\"\n"
                + "W_ENT,17,2017,_T,1,,,,EXACT,FINAL,\"'=1\",\"''=1\"\n"
                + "W_ENT,18,2017,_T,1,,,,EXACT,FINAL,\"'''\",'abc\n");
        assertNoFormula(csv);
        CsvReadResult back = DatasetCsvReader.defaults().read(new StringReader(csv));
        assertThat(back.problems()).isEmpty();
        assertThat(back.dataset()).isEqualTo(dataset);
    }

    /** Cells with blanks or control characters before the formula, as rows of the writers hold them. */
    @Example
    void aTabACarriageReturnOrBlanksBeforeAFormulaAreNeutralisedToo() throws java.io.IOException {
        StringWriter out = new StringWriter();

        new CsvRows(out, ',', true, 2).write("\t=1", "\r=1", "-3.5", " =1", "\n@A1", "a=1", "'");

        assertThat(out.toString()).isEqualTo("\"'\t=1\",\"'\r=1\",-3.5,\"' =1\",\"'\n@A1\",a=1,'\n");
        StringWriter raw = new StringWriter();
        new CsvRows(raw, ',', false, 2).write("\t=1", "'\t=1", "'x");
        assertThat(raw.toString()).isEqualTo("\"\t=1\",\"''\t=1\",'x\n");
    }

    @Example
    void switchedOffFormulaLikeTextIsWrittenAsItIsAndStillReadsBack() {
        Dataset dataset = Dataset.of(List.of(row("14", "=1+1", "'=1", "-3.5"), row("15", "'abc", "''", "1")));

        String csv = write(DatasetCsvWriter.defaults().withFormulaEscaping(false), dataset);

        assertThat(csv).endsWith("W_ENT,14,2017,_T,-3.5,,,,EXACT,FINAL,=1+1,\"''=1\"\n"
                + "W_ENT,15,2017,_T,1,,,,EXACT,FINAL,'abc,\"'''\"\n");
        CsvReadResult back = DatasetCsvReader.defaults().read(new StringReader(csv));
        assertThat(back.problems()).isEmpty();
        assertThat(back.dataset()).isEqualTo(dataset);
    }

    @Example
    void vietnameseNegativeNumbersStayNumbers() {
        Dataset dataset = Dataset.of(List.of(row("14", "-", "=", "-4.61")));

        String csv = write(DatasetCsvWriter.defaults().withSeparator(';').withNotation(NumberNotation.VIETNAMESE), dataset);

        assertThat(csv).endsWith("W_ENT;14;2017;_T;-4,61;;;;EXACT;FINAL;\"'-\";\"'=\"\n");
    }

    /**
     * A leading tab, carriage return or space of an unquoted field is trimmed when read, so {@code \t=1+1}
     * is read as {@code =1+1}; the writer neutralises whatever the dataset holds, so what is written again
     * starts no formula.
     */
    @Example
    void readingAndWritingAgainNeverGivesALiveFormula() {
        String file = "indicator,area,period,value,source,note\n"
                + "W_ENT,14,2017,1,\t=1+1,\"\r=2+2\"\n"
                + "W_ENT,15,2017,2, =HYPERLINK(\"x\"),\" @SUM(A1)\"\n"
                + "W_ENT,16,2017,-3.5,\"-2+3\",'=1\n"
                + "W_ENT,17,2017,4,\"\t+1\",'-1\n";

        CsvReadResult read = DatasetCsvReader.defaults().read(new StringReader(file));

        assertThat(read.problems()).isEmpty();
        assertThat(read.dataset().get(0).source()).contains("=1+1");
        assertThat(read.dataset().get(2).note()).contains("=1");
        String csv = write(DatasetCsvWriter.defaults(), read.dataset());
        assertNoFormula(csv);
        assertThat(cells(csv).get(0).subList(10, 12)).containsExactly("'=1+1", "'=2+2");
        assertThat(cells(csv).get(2).get(4)).isEqualTo("-3.5");
        assertThat(DatasetCsvReader.defaults().read(new StringReader(csv)).dataset()).isEqualTo(read.dataset());
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("=+-@'\t\r\n \"a1,;＝").ofMinLength(1).ofMaxLength(6),
                // U+FFFD stands for bytes that are not UTF-8, which the reader reports.
                Arbitraries.strings().ofMinLength(1).ofMaxLength(8).filter(s -> s.indexOf('\uFFFD') < 0));
    }

    /** Any source and note, read back as written, and no text cell of the file starts a formula. */
    @Property(tries = 1000)
    void anyTextRoundTripsAndStartsNoFormula(@ForAll("hostile") String source, @ForAll("hostile") String note,
            @ForAll boolean escape) {
        Dataset dataset = Dataset.of(List.of(row("14", source, note, "-1.5")));

        String csv = write(DatasetCsvWriter.defaults().withFormulaEscaping(escape), dataset);

        if (escape) {
            assertNoFormula(csv);
        }
        CsvReadResult back = DatasetCsvReader.defaults().read(new StringReader(csv));
        // A source or note of blanks only is no text: the reader reads a blank field as absent.
        if (!source.isBlank() && !note.isBlank()) {
            assertThat(back.problems()).isEmpty();
            assertThat(back.dataset()).isEqualTo(dataset);
        }
    }

    @Example
    void scorecardTextIsNeutralisedAndItsNumbersStayNumbers() {
        Target target = Fixtures.nationalStrategy().objectives().get(1).targets().get(0);
        Assessment a = Assessment.builder("escap", "2.3", target.milestones().get(0))
                .latest(SeriesPoint.of(YearPeriod.of(2017), new BigDecimal("-15.1")))
                .score(new BigDecimal("-0.5"))
                .category(BilingualText.of("@SUM(A1)", HYPERLINK))
                .build(ProgressStatus.NEEDS_ACCELERATION, BilingualText.of("-2+3", "+1+1"));
        Scorecard card = Scorecard.ofRows("VN-NSGE-2021-2030", "14", Breakdown.TOTAL, "escap",
                List.of(new ScorecardRow(target, a)));
        StringWriter out = new StringWriter();

        ScorecardCsvWriter.defaults().write(List.of(card), out);

        assertThat(out.toString()).endsWith(",2017,-15.1,false,-0.5,\"'@SUM(A1)\","
                + "\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"Bấm vào đây\"\")\",NEEDS_ACCELERATION,"
                + "\"'-2+3\",\"'+1+1\",,,\n");
        StringWriter raw = new StringWriter();
        ScorecardCsvWriter.defaults().withFormulaEscaping(false).write(List.of(card), raw);
        assertThat(raw.toString()).endsWith(",NEEDS_ACCELERATION,-2+3,+1+1,,,\n");
    }
}
