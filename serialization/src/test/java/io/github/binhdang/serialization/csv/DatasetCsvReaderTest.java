package io.github.binhdang.serialization.csv;

import io.github.binhdang.serialization.csv.CsvProblem.Kind;
import static io.github.binhdang.serialization.json.Fixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.serialization.json.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCsvReaderTest {

    private static final DatasetCsvReader READER = DatasetCsvReader.defaults();

    private static CsvReadResult read(DatasetCsvReader reader, String text) {
        return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static CsvReadResult read(String text) {
        return read(READER, text);
    }

    private static Observation notGiven(Observation o) {
        return o.toBuilder().status(ObservationStatus.NOT_GIVEN).build();
    }

    private static Observation plain(String indicator, String period, String value) {
        return Observation.of(indicator, "14", ReportingPeriod.parse(period), dec(value));
    }

    @Test
    void readsAPlainCommaSeparatedTable() {
        CsvReadResult result = read("indicator,area,period,value,numerator,denominator,unit\n"
                + "W_ENT,14,2017,15.1,384,2539,percent\n"
                + "DV_MODELS,14,2017,65,,,count\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.hasProblems()).isFalse();
        assertThat(result.dataset()).isEqualTo(Dataset.of(List.of(
                Observation.builder("W_ENT", "14", ReportingPeriod.parse("2017")).value(dec("15.1"))
                        .components(384, 2539).unit(Unit.PERCENT).build(),
                Observation.builder("DV_MODELS", "14", ReportingPeriod.parse("2017")).value(65).unit(Unit.COUNT).build())));
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "indicator,area,period,value\nW_ENT,14,2017,15.1\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(body, 0, file, 3, body.length);

        CsvReadResult result = READER.read(new ByteArrayInputStream(file));

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset()).containsExactly(plain("W_ENT", "2017", "15.1"));
        assertThat(READER.read(new StringReader("\uFEFFindicator,area,period,value\nW_ENT,14,2017,15.1\n")).dataset())
                .containsExactly(plain("W_ENT", "2017", "15.1"));
    }

    @Test
    void semicolonsAreFoundFromTheHeader() {
        CsvReadResult result = read("indicator;area;period;value;source\nW_ENT;14;2017;15.1;Báo cáo, năm 2017\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().get(0).source()).contains("Báo cáo, năm 2017");
    }

    @Test
    void vietnameseNotationReadsDecimalCommasAndThousandDots() {
        DatasetCsvReader vietnamese = READER.withNotation(NumberNotation.VIETNAMESE);

        CsvReadResult result = read(vietnamese, "indicator;area;period;breakdown;value;numerator;denominator\n"
                + "W_HDND;14;HDND:2016/2021;COUNCIL_LEVEL=PROVINCE;38,89;;\n"
                + "W_TRAINED;14;2017;SEX=F;;125.525;688.753\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().get(0).value()).contains(dec("38.89"));
        assertThat(result.dataset().get(1).numerator()).contains(dec("125525"));
        assertThat(result.dataset().get(1).denominator()).contains(dec("688753"));
        assertThat(result.dataset().get(1).breakdown()).isEqualTo(Breakdown.FEMALE);
    }

    @Test
    void aQuotedDecimalCommaWorksWithCommaSeparators() {
        CsvReadResult result = read(READER.withNotation(NumberNotation.VIETNAMESE),
                "indicator,area,period,value\nW_ENT,14,2017,\"15,1\"\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().get(0).value()).contains(dec("15.1"));
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        CsvReadResult result = read("indicator,area,period,value,source,note\n"
                + "W_ENT,14,2017,15.1,\"Báo cáo số 12, ngày 5/1/2018\",\"say \"\"gần\"\"\nnext line\"\n"
                + "DV_MODELS,14,2017,65,,\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().get(0).source()).contains("Báo cáo số 12, ngày 5/1/2018");
        assertThat(result.dataset().get(0).note()).contains("say \"gần\"\nnext line");
        assertThat(result.dataset().size()).isEqualTo(2);
    }

    @Test
    void aMissingRequiredColumnIsNamedAndNoRowIsRead() {
        CsvReadResult result = read("indicator,area,value\nW_ENT,14,15.1\n");

        assertThat(result.dataset().isEmpty()).isTrue();
        assertThat(result.problems()).containsExactly(new CsvProblem(Kind.HEADER, 1, "period", 0, "",
                "missing required column 'period'; the header has: indicator, area, value"));
    }

    @Test
    void aValueOrANumeratorColumnIsRequired() {
        CsvReadResult result = read("indicator,area,period,denominator\nW_ENT,14,2017,2539\n");

        assertThat(result.problems()).extracting(CsvProblem::message).containsExactly(
                "missing required column 'value' (or 'numerator'): a row needs a value or its numerator;"
                        + " the header has: indicator, area, period, denominator");
    }

    @Test
    void aBadNumberOnLineSevenIsReportedOnLineSevenAndTheOtherRowsAreRead() {
        String csv = "indicator,area,period,value\n"   // line 1
                + "A,14,2017,1\n"                     // line 2
                + "B,14,2017,2\n"                     // line 3
                + "C,14,2017,3\n"                     // line 4
                + "D,14,2017,4\n"                     // line 5
                + "E,14,2017,5\n"                     // line 6
                + "F,14,2017,12.3.4\n"                // line 7
                + "G,14,2017,7\n";                    // line 8

        CsvReadResult result = read(csv);

        assertThat(result.problems()).containsExactly(new CsvProblem(Kind.VALUE, 7, "value", 4, "12.3.4",
                "cannot be read as a number: unexpected character '.', at character 5"));
        assertThat(result.problems().get(0)).hasToString(
                "line 7, column value (4), '12.3.4': cannot be read as a number: unexpected character '.', at character 5");
        assertThat(result.dataset()).extracting(Observation::indicator).containsExactly("A", "B", "C", "D", "E", "G");
    }

    @Test
    void linesCountPhysicalLinesAcrossQuotedLineBreaksAndBlankLines() {
        String csv = "indicator,area,period,value,note\n"  // line 1
                + "A,14,2017,1,\"one\ntwo\nthree\"\n"          // lines 2-4
                + "\n"                                          // line 5
                + "B,14,2017-Q5,2,\n";                          // line 6

        assertThat(read(csv).problems()).extracting(CsvProblem::line).containsExactly(6);
    }

    @Test
    void anEmptyFileIsOneProblem() {
        for (String empty : List.of("", "\uFEFF", "\n\n")) {
            CsvReadResult result = read(empty);

            assertThat(result.dataset().isEmpty()).isTrue();
            assertThat(result.problems()).containsExactly(new CsvProblem(Kind.EMPTY, 1, "", 0, "", "the file is empty: its first"
                    + " line must be a header naming the columns indicator, area, period and value (or numerator)"));
        }
    }

    @Test
    void aHeaderAloneIsAnEmptyDatasetWithoutProblems() {
        CsvReadResult result = read("indicator,area,period,value\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().isEmpty()).isTrue();
    }

    @Test
    void decomposedTextIsReadInNfc() {
        String nfd = Normalizer.normalize("Sơn La", Normalizer.Form.NFD);
        String note = Normalizer.normalize("Tỷ lệ nữ", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Sơn La");

        CsvReadResult result = read("indicator,area,period,value,note\nW_ENT," + nfd + ",2017,15.1," + note + "\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().get(0).area()).isEqualTo("Sơn La");
        assertThat(result.dataset().get(0).note()).contains("Tỷ lệ nữ");
    }

    @Test
    void notANumberIsAProblem() {
        CsvReadResult result = read("indicator,area,period,value\nW_ENT,14,2017,NaN\nW_ENT,14,2018,Infinity\n");

        assertThat(result.problems()).containsExactly(
                new CsvProblem(Kind.VALUE, 2, "value", 4, "NaN", "cannot be read as a number: expected a digit"),
                new CsvProblem(Kind.VALUE, 3, "value", 4, "Infinity", "cannot be read as a number: expected a digit"));
        assertThat(result.dataset().isEmpty()).isTrue();
    }

    @Test
    void qualifiersAreReadInEnglishOrVietnameseAndAnUnknownOneIsAProblem() {
        CsvReadResult result = read("indicator,area,period,value,qualifier\n"
                + "A,14,2017,400,gần\n"
                + "B,14,2017,330,MORE_THAN\n"
                + "C,14,2017,10,maybe\n"
                + "D,14,2017,10,\n");

        assertThat(result.dataset()).extracting(Observation::qualifier)
                .containsExactly(Qualifier.NEARLY, Qualifier.MORE_THAN, Qualifier.EXACT);
        assertThat(result.problems()).containsExactly(new CsvProblem(Kind.VALUE, 4, "qualifier", 5, "maybe",
                "'maybe' is not a qualifier: use EXACT, NEARLY, MORE_THAN, ABOUT, AT_MOST, AT_LEAST,"
                        + " LESS_THAN or the Vietnamese word"));
    }

    @Test
    void aDuplicateRowIsAProblemNamingTheFirstLine() {
        CsvReadResult result = read("indicator,area,period,value\n"
                + "W_ENT,14,2017,15.1\n"
                + "DV_MODELS,14,2017,65\n"
                + "W_ENT,14,2017,15.2\n");

        assertThat(result.dataset()).extracting(Observation::indicator).containsExactly("W_ENT", "DV_MODELS");
        assertThat(result.problems()).containsExactly(new CsvProblem(Kind.DUPLICATE, 4, "", 0, "W_ENT/14/2017/_T",
                "duplicates the key W_ENT/14/2017/_T of the row on line 2; a dataset holds one value per key"));
    }

    @Test
    void plainNumbersKeepTheirDigitsAndScale() {
        CsvReadResult result = read("indicator,area,period,value\n"
                + "A,14,2017,12.30\n"
                + "B,14,2017,-0.5\n"
                + "C,14,2017,007\n"
                + "D,14,2017,123456789012345678\n"
                + "E,14,2017,1234567890123456789.25\n"
                + "F,14,2017,+4\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().asList()).extracting(o -> o.value().orElseThrow()).containsExactly(
                new java.math.BigDecimal("12.30"), new java.math.BigDecimal("-0.5"), new java.math.BigDecimal("7"),
                new java.math.BigDecimal("123456789012345678"), new java.math.BigDecimal("1234567890123456789.25"),
                new java.math.BigDecimal("4"));
    }

    @Test
    void plainNumbersThatAreNotNumbersAreProblemsOnEveryRow() {
        CsvReadResult result = read("indicator,area,period,value\n"
                + "A,14,2017,1.\n"
                + "B,14,2017,.5\n"
                + "C,14,2017,1.2.3\n");

        assertThat(result.dataset().isEmpty()).isTrue();
        assertThat(result.problems()).extracting(CsvProblem::line).containsExactly(2, 3, 4);
        assertThat(result.problems()).extracting(CsvProblem::column).containsOnly("value");
    }

    @Test
    void aPeriodThatFailsIsAProblemOnEachRowThatHasIt() {
        CsvReadResult result = read("indicator,area,period,value\n"
                + "A,14,2022-Q5,1\n"
                + "B,14,2022-Q5,2\n"
                + "C,14,2022-Q4,3\n");

        assertThat(result.problems()).extracting(CsvProblem::line).containsExactly(2, 3);
        assertThat(result.dataset().size()).isEqualTo(1);
    }

    @Test
    void breakdownsThatCycleThenBreakTheirOrderAreReadAsWrittenEachTime() {
        String nfd = Normalizer.normalize("ETHNICITY=Thái", Normalizer.Form.NFD);
        // Three breakdown texts in a cycle, then out of order, then one written with spaces and one in NFD
        // that mean texts met before, and a bad one on two rows in a row (each row reports it).
        String[] written = {"SEX=F", "SEX=M", "AGE_GROUP=15", "SEX=F", "SEX=M", "AGE_GROUP=15",
                "SEX=M", "AGE_GROUP=15", "SEX=F", " SEX=M ", "SEX=", "SEX=", "ETHNICITY=Thái", nfd, "AGE_GROUP=15"};
        StringBuilder text = new StringBuilder("indicator,area,period,breakdown,value\n");
        for (int i = 0; i < written.length; i++) {
            text.append("IND,14,").append(2010 + i).append(",\"").append(written[i]).append("\",").append(i).append('\n');
        }

        CsvReadResult result = read(text.toString());

        assertThat(result.problems()).extracting(CsvProblem::line).containsExactly(12, 13);
        Dataset.Builder expected = Dataset.builder();
        for (int i = 0; i < written.length; i++) {
            if (i != 10 && i != 11) {
                String breakdown = i == 13 ? "ETHNICITY=Thái" : written[i].strip();
                expected.add(Observation.builder("IND", "14", ReportingPeriod.parse(Integer.toString(2010 + i)))
                        .breakdown(Breakdown.parse(breakdown)).value(i).build());
            }
        }
        assertThat(result.dataset()).isEqualTo(expected.build());
    }

    @Test
    void aDuplicateAmongManyRowsNamesTheLineOfTheFirst() {
        StringBuilder text = new StringBuilder("indicator,area,period,sex,value\n");
        for (int area = 10; area < 60; area++) {
            for (int year = 2015; year < 2025; year++) {
                text.append("W_ENT,").append(area).append(',').append(year).append(",F,1\n");
                text.append("W_ENT,").append(area).append(',').append(year).append(",M,1\n");
            }
        }
        // Line 1 is the header; area 37's 2020 row for men is on line 2 + 2 × (27 × 10 + 5) + 1 = 553.
        text.append("W_ENT,37,2020,Nam,2\n");
        // After the first repeat: a new key on line 1003, then repeats of it and of line 2's key.
        text.append("W_ENT,60,2015,F,1\n");
        text.append("W_ENT,60,2015,F,3\n");
        text.append("W_ENT,10,2015,F,3\n");

        CsvReadResult result = read(text.toString());

        assertThat(result.dataset().size()).isEqualTo(1001);
        assertThat(result.problems()).extracting(CsvProblem::line).containsExactly(1002, 1004, 1005);
        assertThat(result.problems()).extracting(CsvProblem::message).containsExactly(
                "duplicates the key W_ENT/37/2020/SEX=M of the row on line 553; a dataset holds one value per key",
                "duplicates the key W_ENT/60/2015/SEX=F of the row on line 1003; a dataset holds one value per key",
                "duplicates the key W_ENT/10/2015/SEX=F of the row on line 2; a dataset holds one value per key");
    }

    @Test
    void dimensionColumnsBuildTheBreakdown() {
        CsvReadResult result = read("Indicator,AREA,period,value,sex,age_group,Residence,ethnicity\n"
                + "W,14,2019,1,F,15-24,RURAL,\n"
                + "W,14,2019,2,Nữ,,,KINH\n"
                + "W,14,2019,3,,,,\n"
                + "W,14,2019,4,X,,,\n");

        assertThat(result.dataset()).extracting(Observation::breakdown).containsExactly(
                Breakdown.FEMALE.with(BreakdownDimension.AGE_GROUP, "15-24").with(BreakdownDimension.RESIDENCE, "RURAL"),
                Breakdown.FEMALE.with(BreakdownDimension.ETHNICITY, "KINH"),
                Breakdown.TOTAL);
        assertThat(result.problems()).extracting(CsvProblem::line, CsvProblem::column, CsvProblem::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "sex", "X"));
    }

    @Test
    void breakdownAndDimensionColumnsCannotBeMixed() {
        CsvReadResult result = read("indicator,area,period,value,breakdown,sex\nW,14,2019,1,_T,F\n");

        assertThat(result.dataset().isEmpty()).isTrue();
        assertThat(result.problems()).containsExactly(new CsvProblem(Kind.HEADER, 1, "sex", 6, "",
                "column 'sex' cannot be used with column 'breakdown'; give the breakdown in one way only"));
    }

    @Test
    void anUnknownColumnIsReportedAndTheRowsAreStillRead() {
        CsvReadResult result = read("indicator,area,period,value,colour\nW,14,2019,1,red\n");

        assertThat(result.dataset().size()).isEqualTo(1);
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).line()).isEqualTo(1);
        assertThat(result.problems().get(0).column()).isEqualTo("colour");
        assertThat(result.problems().get(0).columnNumber()).isEqualTo(5);
        assertThat(result.problems().get(0).message()).startsWith("unknown column 'colour' is not read");
    }

    @Test
    void aColumnGivenTwiceStopsTheRows() {
        CsvReadResult result = read("indicator,area,period,value,Value\nW,14,2019,1,2\n");

        assertThat(result.dataset().isEmpty()).isTrue();
        assertThat(result.problems()).containsExactly(new CsvProblem(Kind.HEADER, 1, "Value", 5, "Value",
                "column 'value' is given twice, as column 4 and column 5"));
    }

    @Test
    void anUnquotedDecimalCommaGivesTooManyFields() {
        CsvReadResult result = read(READER.withNotation(NumberNotation.VIETNAMESE),
                "indicator,area,period,value\nW,14,2019,38,89\nW,14,2020,\"38,89\"\n");

        assertThat(result.dataset().size()).isEqualTo(1);
        assertThat(result.problems()).containsExactly(new CsvProblem(Kind.FIELD_COUNT, 2, "", 0, "",
                "the row has 5 fields but the header has 4 columns; is a separator or a decimal comma unquoted?"));
    }

    @Test
    void everyBadFieldOfARowIsReported() {
        CsvReadResult result = read("indicator,area,period,value,status,unit\n,14,2022-Q5,x,DONE,kg\n");

        assertThat(result.problems()).extracting(CsvProblem::column)
                .containsExactly("indicator", "period", "value", "unit", "status");
        assertThat(result.problems().get(0).message()).isEqualTo("is empty; every row needs an indicator");
        assertThat(result.problems().get(1).message()).isEqualTo(
                "cannot be read as a period: quarter must be 1 to 4, at character 7");
    }

    @Test
    void aRowNeedsANumber() {
        CsvReadResult result = read("indicator,area,period,value,numerator\nW,14,2019,,\n");

        assertThat(result.problems()).containsExactly(new CsvProblem(Kind.ROW, 2, "value", 4, "",
                "the row has no value, numerator or denominator"));
    }

    @Test
    void unitsAreReadByCodeOrSymbolAndStatusesInEitherLanguage() {
        CsvReadResult result = read(READER.withUnits(List.of(Fixtures.CLASSES)),
                "indicator,area,period,value,unit,status\n"
                        + "A,14,2019,1,%,sơ bộ\n"
                        + "B,14,2019,2,người,ESTIMATED\n"
                        + "C,14,2019,3,lớp,\n"
                        + "D,14,2019,4,vnd_million,final\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset()).extracting(o -> o.unit().orElseThrow())
                .containsExactly(Unit.PERCENT, Unit.PERSONS, Fixtures.CLASSES, Unit.MILLION_VND);
        // An empty status cell is not given, which is not final.
        assertThat(result.dataset()).extracting(Observation::status).containsExactly(ObservationStatus.PROVISIONAL,
                ObservationStatus.ESTIMATED, ObservationStatus.NOT_GIVEN, ObservationStatus.FINAL);
    }

    @Test
    void bytesThatAreNotUtf8AreAProblemOfTheirRow() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("indicator,area,period,value,note\nA,14,2019,1,ok\n".getBytes(StandardCharsets.UTF_8));
        // "Nữ" in Windows-1258 is 4E FE: not UTF-8.
        file.writeBytes(new byte[] {'B', ',', '1', '4', ',', '2', '0', '1', '9', ',', '2', ',', 'N', (byte) 0xFE, '\n'});
        file.writeBytes("C,14,2019,3,ok\n".getBytes(StandardCharsets.UTF_8));

        CsvReadResult result = READER.read(new ByteArrayInputStream(file.toByteArray()));

        assertThat(result.dataset()).extracting(Observation::indicator).containsExactly("A", "C");
        assertThat(result.problems()).containsExactly(new CsvProblem(Kind.ENCODING, 3, "note", 5, "N\uFFFD",
                "is not valid UTF-8 (shown as U+FFFD): save the file as \"CSV UTF-8\""));
    }

    @Test
    void anUnclosedQuoteOnTheLastRowIsAProblemOfThatRowAndKeepsTheRowsBefore() {
        CsvReadResult result = read("indicator,area,period,value,note\nA,14,2019,1,ok\nB,14,2019,2,\"never closed\n");

        assertThat(result.dataset()).extracting(Observation::indicator).containsExactly("A");
        assertThat(result.problems()).containsExactly(new CsvProblem(CsvProblem.Kind.SYNTAX, 3, "note", 5, "",
                "the quote opened in column 5 is not closed; 1 line could not be read and the rows after it were"
                        + " read again"));
    }

    @Test
    void aSeparatorCanBeForced() {
        CsvReadResult result = read(READER.withSeparator(';'), "indicator;area;period;value;note\nW;14;2019;1;a,b\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().get(0).note()).contains("a,b");
    }

    @Test
    void readsAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("son-la.csv");
        Files.writeString(file, "indicator,area,period,value\nW_ENT,14,2017,15.1\n");

        assertThat(READER.read(file).dataset()).containsExactly(plain("W_ENT", "2017", "15.1"));
    }

    @Test
    void trickyRowsGiveTheDatasetThatObservationsWouldAndEveryProblem() {
        String nfdArea = Normalizer.normalize("Sơn La", Normalizer.Form.NFD);
        String nfdNote = Normalizer.normalize("ghi chú", Normalizer.Form.NFD);
        String csv = "indicator,area,period,breakdown,value,numerator,denominator,unit,qualifier,status,source,note\n"
                + "W_ENT,14,2017,SEX=F,15.10,384,2539,percent,,FINAL,,\n"
                + "W_ENT,14,2017,SEX=M,15.1,12345678901234567890,0.5,percent,nearly,PROVISIONAL,  Niên giám ,\n"
                + "W_ENT, 14 ,2018,SEX=M,-0.000,,,,,estimated,," + nfdNote + "\n"
                + "W_ENT,14,2018,SEX=M,7,,,,,,,\n"
                + "W_ENT," + nfdArea + ",2019,,1.0000000000000000000000000000001,,,,,,,\n"
                + "W_ENT,Sơn La,2019,,2,,,,,,,\n"
                + "W_ENT,14,2019,,12.3.4,,,,,,,\n"
                + "W_ENT,14,2020,,12.3.4,,,,,,,\n"
                + "W_ENT,14,2021,,999999999999999999,,,,,,,\n"
                + "W_ENT,14,2022,,-9999999999999999999,,,,,,,\n";

        CsvReadResult result = read(csv);

        ReportingPeriod y2017 = ReportingPeriod.parse("2017");
        assertThat(result.dataset()).isEqualTo(Dataset.of(List.of(
                Observation.builder("W_ENT", "14", y2017).breakdown(Breakdown.FEMALE).value(dec("15.10"))
                        .components(384, 2539).unit(Unit.PERCENT).build(),
                Observation.builder("W_ENT", "14", y2017).breakdown(Breakdown.MALE).value(dec("15.1"))
                        .components(dec("12345678901234567890"), dec("0.5")).unit(Unit.PERCENT)
                        .qualifier(Qualifier.NEARLY).status(ObservationStatus.PROVISIONAL).source("Niên giám").build(),
                Observation.builder("W_ENT", "14", ReportingPeriod.parse("2018")).breakdown(Breakdown.MALE)
                        .value(dec("0.000")).status(ObservationStatus.ESTIMATED).note("ghi chú").build(),
                notGiven(Observation.of("W_ENT", "Sơn La", ReportingPeriod.parse("2019"),
                        dec("1.0000000000000000000000000000001"))),
                notGiven(Observation.of("W_ENT", "14", ReportingPeriod.parse("2021"), dec("999999999999999999"))),
                notGiven(Observation.of("W_ENT", "14", ReportingPeriod.parse("2022"), dec("-9999999999999999999"))))));
        assertThat(result.dataset().get(2).note()).contains("ghi chú");
        assertThat(result.dataset().get(2).value().orElseThrow().scale()).isEqualTo(3);
        assertThat(result.problems()).extracting(CsvProblem::line, CsvProblem::column, CsvProblem::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "", "W_ENT/14/2018/SEX=M"),
                        org.assertj.core.groups.Tuple.tuple(7, "", "W_ENT/Sơn La/2019/_T"),
                        org.assertj.core.groups.Tuple.tuple(8, "value", "12.3.4"),
                        org.assertj.core.groups.Tuple.tuple(9, "value", "12.3.4"));
        assertThat(result.problems().get(0).message()).isEqualTo(
                "duplicates the key W_ENT/14/2018/SEX=M of the row on line 4; a dataset holds one value per key");
        assertThat(result.problems().get(1).message()).isEqualTo(
                "duplicates the key W_ENT/Sơn La/2019/_T of the row on line 6; a dataset holds one value per key");
    }
}
