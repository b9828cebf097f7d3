package io.github.binhdang.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 19, "nothing changed silently": rows and text the reader used to change or drop without a word. */
class CsvNothingSilentTest {

    private static final String HEADER = "indicator,area,period,value,note\n";

    private static CsvReadResult read(String text) {
        return DatasetCsvReader.defaults().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The rows reported: the distinct lines after the header's that have a problem. */
    static long rowsReported(CsvReadResult result) {
        return result.problems().stream().filter(p -> p.line() > 1).map(CsvProblem::line).distinct().count();
    }

    /** Rows read = observations kept + rows reported. */
    static void assertCounted(CsvReadResult result, int rows) {
        assertThat(result.dataset().size() + rowsReported(result)).as("kept + reported").isEqualTo(rows);
    }

    @Test
    void aRowWithFewerFieldsThanTheHeaderIsAProblemNotARowWithEmptyFields() {
        // Line 3 is a row broken in two by an unquoted line break in its note.
        CsvReadResult result = read(HEADER + "A,14,2019,1,ok\nB,14,2019,2,first half\nof the note\nC,14,2019,3,ok\n");

        assertThat(result.dataset()).extracting(Observation::indicator).containsExactly("A", "B", "C");
        assertThat(result.problems()).containsExactly(new CsvProblem(CsvProblem.Kind.FIELD_COUNT, 4, "", 0, "",
                "the row has 1 fields but the header has 5 columns; is a line break unquoted, or a separator missing?"));
        assertCounted(result, 4);
    }

    @Test
    void aQuotedFieldKeepsItsSpacesAndOnlyUnquotedFieldsAreTrimmed() {
        java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
        new CsvTokenizer(new CsvProblems()).read(new java.io.StringReader(HEADER
                + "A,14,2019,1,\"  two spaces  \"\nB , 14 ,2019, 2 ,  trimmed  \n"), '\0', new CsvTokenizer.Rows() {
                    @Override
                    public boolean header(int line, java.util.List<String> names) {
                        return true;
                    }

                    @Override
                    public void row(int line, CsvTokenizer.Fields fields) {
                        rows.add(fields.asList());
                    }
                });

        assertThat(rows).containsExactly(java.util.List.of("A", "14", "2019", "1", "  two spaces  "),
                java.util.List.of("B", "14", "2019", "2", "trimmed"));
        // What the model then makes of the text (it trims codes, sources and notes) is the model's business.
        CsvReadResult result = read(HEADER + "A,14,2019,1,\"  two spaces  \"\nB , 14 ,2019, 2 ,  trimmed  \n");
        assertThat(result.dataset()).extracting(Observation::indicator).containsExactly("A", "B");
        assertCounted(result, 2);
    }

    @Test
    void aFieldThatMerelyStartsWithAQuotedWordIsReadAsWritten() {
        CsvReadResult result = read("indicator,area,period,value,source\n"
                + "A,14,2019,1,\"Báo cáo\" số 12\n"
                + "B,14,2019,2,\"Báo cáo\"  số 13 \n"
                + "C,14,2019,3,\"Niên giám, 2019\" tập 2\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset()).extracting(o -> o.source().orElseThrow())
                .containsExactly("\"Báo cáo\" số 12", "\"Báo cáo\"  số 13", "\"Niên giám, 2019\" tập 2");
        assertCounted(result, 3);
    }

    @Test
    void aMissingClosingQuoteNamesItsColumnAndTheRowsBehindItAreRead() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 1000; i++) {
            csv.append("I").append(i).append(",14,2019,").append(i).append(',')
                    .append(i == 101 ? "\"never closed" : "ok").append('\n');
        }

        CsvReadResult result = read(csv.toString());

        // Row 101 is on line 102; the 899 rows behind it are read.
        assertThat(result.dataset().size()).isEqualTo(999);
        assertThat(result.dataset().get(100).indicator()).isEqualTo("I102");
        assertThat(result.problems()).containsExactly(new CsvProblem(CsvProblem.Kind.SYNTAX, 102, "note", 5, "",
                "the quote opened in column 5 is not closed; 1 line could not be read and the rows after it were"
                        + " read again"));
        assertCounted(result, 1000);
    }

    @Test
    void aStrayQuoteClosedByALaterLinesQuoteDoesNotSwallowTheLinesBetween() {
        CsvReadResult result = read(HEADER
                + "A,14,2019,1,ok\n"
                + "B,14,2019,2,\"stray\n"
                + "C,14,2019,3,ok\n"
                + "D,14,2019,4,\"x, y\"\n"
                + "E,14,2019,5,\"x\" and more\n");

        assertThat(result.dataset()).extracting(Observation::indicator).containsExactly("A", "C", "D", "E");
        assertThat(result.dataset().get(2).note()).contains("x, y");
        assertThat(result.problems()).extracting(CsvProblem::line, CsvProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "note"));
        assertCounted(result, 5);
    }

    @Test
    void aQuotedLineBreakInARowOfTheHeadersWidthIsStillOneField() {
        CsvReadResult result = read(HEADER + "A,14,2019,1,\"two\nlines\"\nB,14,2019,2,ok\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().get(0).note()).contains("two\nlines");
        assertThat(result.dataset().get(1).indicator()).isEqualTo("B");
    }

    @Test
    void utf16WithAByteOrderMarkIsDecoded() {
        String text = "indicator;area;period;value;note\nA;14;2019;1;Sơn La\nB;14;2019;2;Nữ\n";
        for (Charset charset : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            byte[] body = text.getBytes(charset);
            byte[] file = new byte[body.length + 2];
            boolean little = charset == StandardCharsets.UTF_16LE;
            file[0] = (byte) (little ? 0xFF : 0xFE);
            file[1] = (byte) (little ? 0xFE : 0xFF);
            System.arraycopy(body, 0, file, 2, body.length);

            CsvReadResult result = DatasetCsvReader.defaults().read(new ByteArrayInputStream(file));

            assertThat(result.problems()).as(charset.name()).isEmpty();
            assertThat(result.dataset()).extracting(o -> o.note().orElseThrow()).containsExactly("Sơn La", "Nữ");
        }
    }

    @Test
    void utf16WithoutAByteOrderMarkIsOneProblemNamingTheEncoding() {
        byte[] file = (HEADER + "A,14,2019,1,ok\n").getBytes(StandardCharsets.UTF_16LE);

        CsvReadResult result = DatasetCsvReader.defaults().read(new ByteArrayInputStream(file));

        assertThat(result.dataset().size()).isZero();
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).message()).contains("UTF-16LE");
    }

    @Test
    void utf32IsOneProblemNamingTheEncoding() {
        byte[] body = (HEADER + "A,14,2019,1,ok\n").getBytes(Charset.forName("UTF-32LE"));
        byte[] file = new byte[body.length + 4];
        file[0] = (byte) 0xFF;
        file[1] = (byte) 0xFE;
        System.arraycopy(body, 0, file, 4, body.length);

        CsvReadResult result = DatasetCsvReader.defaults().read(new ByteArrayInputStream(file));

        assertThat(result.dataset().size()).isZero();
        assertThat(result.problems()).extracting(CsvProblem::message).containsExactly(
                "the file looks like UTF-32LE, which is not read: save it as \"CSV UTF-8\"");
    }

    @Test
    void anUnknownColumnIsAWarningSinceTheRowsWereRead() {
        CsvReadResult result = read("indicator,area,period,value,colour\nA,14,2019,1,red\n");

        assertThat(result.dataset().size()).isEqualTo(1);
        assertThat(result.report().findings()).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertCounted(result, 1);
    }

    @Test
    void readingGoesOnAfterEveryBadRowAndEveryRowIsCounted() {
        String csv = HEADER
                + "A,14,2019,1,ok\n"
                + "B,14,2019\n"                      // short
                + "C,14,2019,x,ok\n"                 // not a number
                + "D,14,2019,4,ok,extra\n"           // long
                + "E,14,2019,5,\"Báo cáo\" số 12\n"  // read as written
                + "F,14,2019,6,\"open\n"             // never closed
                + "G,14,2019,7,ok\n";

        CsvReadResult result = read(csv);

        assertThat(result.dataset()).extracting(Observation::indicator).containsExactly("A", "E", "G");
        assertThat(result.problems().stream().map(CsvProblem::line).collect(Collectors.toList()))
                .containsExactly(3, 4, 5, 7);
        assertCounted(result, 7);
    }

    @Test
    void textReadInSmallPiecesOrPastTheBufferGivesTheSameRowsAndProblems() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 6000; i++) {
            String note = switch (i % 5) {
                case 0 -> "\"a, \"\"quoted\"\" note\"";
                case 1 -> "\"two\r\nlines\"";
                case 2 -> "  padded  ";
                case 3 -> i == 4003 ? "\"never closed" : "\"Báo cáo\" số " + i;
                default -> "";
            };
            csv.append("I").append(i).append(",14,2019,").append(i).append(',').append(note)
                    .append(i % 2 == 0 ? "\r\n" : "\n");
        }
        String text = csv.toString();
        CsvReadResult whole = DatasetCsvReader.defaults().read(new java.io.StringReader(text));
        java.io.Reader trickle = new java.io.FilterReader(new java.io.StringReader(text)) {
            @Override
            public int read(char[] chars, int offset, int length) throws java.io.IOException {
                return super.read(chars, offset, Math.min(length, 7));
            }
        };
        CsvReadResult pieces = DatasetCsvReader.defaults().read(trickle);

        assertThat(whole.dataset().size()).isEqualTo(5999);
        // Row 4,003 begins on line 4,805: the header, 4,002 rows and 801 quoted line breaks before it.
        assertThat(whole.problems()).extracting(CsvProblem::line).containsExactly(4805);
        assertThat(whole.dataset().get(4).note()).contains("a, \"quoted\" note");
        assertThat(whole.dataset().get(0).note()).contains("two\r\nlines");
        assertThat(pieces.dataset()).isEqualTo(whole.dataset());
        assertThat(pieces.problems()).isEqualTo(whole.problems());
        assertCounted(whole, 6000);
    }
}
