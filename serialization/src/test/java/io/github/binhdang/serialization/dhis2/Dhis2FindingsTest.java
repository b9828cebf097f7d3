package io.github.binhdang.serialization.dhis2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.TextParseException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Severity;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every data value ends as an observation or a located finding; each finding has its code and place. */
class Dhis2FindingsTest {

    private static final Dhis2Reader READER = Dhis2Reader.of(Dhis2RoundTripTest.MAP).withFileName("set.json");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private static List<String> codes(Dhis2ReadResult read) {
        return read.report().findings().stream().map(f -> f.severity() + " " + f.code() + " "
                + f.location().path()).toList();
    }

    /** The data values with an error, by index, and the observations make up the whole set. */
    private static void assertNothingSilent(Dhis2ReadResult read) {
        Set<Integer> failed = new TreeSet<>();
        for (Finding f : read.report().errors()) {
            f.location().index().ifPresent(failed::add);
        }
        assertThat(read.dataset().size() + failed.size()).isEqualTo(read.dataValues());
    }

    @Test
    void brokenJsonKeepsTheDataValuesBeforeItAndSaysWhere() {
        String json = "{\"dataValues\": [\n"
                + "{\"dataElement\": \"deWENT00001\", \"period\": \"2017\", \"orgUnit\": \"ouSonLa0014\", \"value\": \"15.1\"},\n"
                + "{\"dataElement\": \"deWENT00001\", \"period\": \"2018\" \"orgUnit\": \"ouSonLa0014\"}\n]}";
        Dhis2ReadResult read = READER.readJson(new StringReader(json));
        assertThat(read.dataset().size()).isEqualTo(1);
        assertThat(codes(read)).containsExactly("ERROR json.syntax ");
        Finding syntax = read.report().findings().get(0);
        assertThat(syntax.location().line()).hasValue(3);
        assertThat(syntax.location().file()).hasValue("set.json");
    }

    @Test
    void anUnknownPropertyIsAWarningAndTheDataValueIsRead() {
        String json = "{\"dataValues\": [{\"dataElement\": \"deWENT00001\", \"period\": \"2017\", \"orgUnit\":"
                + " \"ouSonLa0014\", \"value\": \"15.1\", \"colour\": \"red\"}]}";
        Dhis2ReadResult read = READER.readJson(new StringReader(json));
        assertThat(read.dataset().size()).isEqualTo(1);
        assertThat(codes(read)).containsExactly("WARNING json.unknown ");
        assertThat(read.report().findings().get(0).location().subject()).isEqualTo("$.dataValues[0].colour");
    }

    @Test
    void eachBadPropertyIsItsOwnFindingAndNoDataValueIsLost() {
        String csv = String.join("\n",
                "dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,lastupdated,comment,followup",
                "deWENT00001,2022July,ouSonLa0014,,,15.1,,,,",
                "deUnknown01,2017,ouSonLa0014,cocNope0001,,15.1,,,,maybe",
                "deWENT00001,2017,ouSonLa0014,,,,,,,",
                "deWENT00001,2017,ouSonLa0014,,notAUid,15.1,,,binhdang:qualifier=roughly,",
                "deWENT00001,2017,ouSonLa0014",
                "deWENT00001,2017,ouSonLa0014,,,15.1,,,,");
        Dhis2ReadResult read = READER.readCsv(new StringReader(csv));
        assertThat(codes(read)).containsExactly(
                "ERROR dhis2.period period",
                "ERROR dhis2.code dataElement", "ERROR dhis2.code categoryOptionCombo", "ERROR dhis2.value followup",
                "ERROR dhis2.missing value",
                "ERROR dhis2.code attributeOptionCombo", "ERROR dhis2.comment comment",
                "ERROR csv.fields ");
        assertThat(read.dataValues()).isEqualTo(6);
        assertThat(read.dataset().size()).isEqualTo(1);
        assertNothingSilent(read);
        Finding period = read.report().findings().get(0);
        assertThat(period.location().line()).hasValue(2);
        assertThat(period.location().column()).hasValue(2);
        assertThat(period.message()).isEqualTo("data value #0 (line 2, column 2), period '2022July': cannot be read"
                + " as a DHIS2 period: a DHIS2 financial year (from April, July, October or November) starts in another"
                + " month than January, and the model has no such period");
        assertThat(period.message(VI)).startsWith("giá trị dữ liệu #0 (dòng 2, cột 2), period “2022July”: không đọc"
                + " được là kỳ báo cáo DHIS2");
        assertThat(read.report().findings().get(6).message()).contains("'roughly'", "comment.qualifier");
    }

    @Test
    void aHeaderThatIsNotDhis2sIsAWarningAndAFirstDataRowIsReadWithOne() {
        Dhis2ReadResult header = READER.readCsv(new StringReader(
                "indicator,year,area,sex,attr,value\ndeWENT00001,2017,ouSonLa0014,,,15.1"));
        assertThat(codes(header)).containsExactly("WARNING dhis2.header ");
        assertThat(header.report().findings().get(0).location().column()).hasValue(1);
        assertThat(header.dataset().size()).isEqualTo(1);
        Dhis2ReadResult noHeader = READER.readCsv(new StringReader("deWENT00001,2017,ouSonLa0014,,,15.1"));
        assertThat(codes(noHeader)).containsExactly("WARNING dhis2.header ");
        assertThat(noHeader.dataset().size()).isEqualTo(1);
    }

    @Test
    void anUnclosedQuoteIsTheCsvReadersFinding() {
        Dhis2ReadResult read = READER.readCsv(new StringReader(String.join("\n",
                "dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,lastupdated,comment,followup",
                "deWENT00001,2017,ouSonLa0014,,,15.1,,,\"not closed,",
                "deWENT00001,2018,ouSonLa0014,,,16.1,,,,")));
        assertThat(codes(read)).contains("ERROR csv.syntax comment");
        assertThat(read.dataset().find("W_ENT", "14", YearPeriod.of(2018), Breakdown.TOTAL)).isPresent();
    }

    @Test
    void theWriterNamesWhatItCannotWriteAndWritesTheRest() {
        Dataset dataset = Dataset.builder()
                .add(Observation.of("W_ENT", "14", YearPeriod.of(2017), new BigDecimal("15.1")))
                .add(Observation.of("W_ENT", "99", YearPeriod.of(2017), new BigDecimal("12.0")))
                .build();
        StringWriter out = new StringWriter();
        List<Finding> findings = Dhis2Writer.of(Dhis2RoundTripTest.MAP).writeCsv(dataset, out).findings();
        assertThat(findings).extracting(Finding::code, f -> f.location().index().getAsInt(), Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dhis2.unmapped", 1, Severity.ERROR));
        assertThat(findings.get(0).message()).isEqualTo("observation W_ENT/99/2017/_T (#1): is not written: the code"
                + " map has no DHIS2 identifier for the area 99");
        assertThat(out.toString().lines()).hasSize(2);
    }

    @Test
    void theCodeMapRefusesWhatIsNotOneToOneOrNotAUid() {
        assertThatThrownBy(() -> Dhis2CodeMap.builder().orgUnit("ouSonLa0014", "14").orgUnit("ouSonLa0015", "14"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("is mapped to ouSonLa0014 already");
        assertThatThrownBy(() -> Dhis2CodeMap.builder().dataElement("1bad", "W_ENT"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("is not a DHIS2 UID");
        assertThatThrownBy(() -> Dhis2CodeMap.parseCsv(new StringReader(
                "type,uid,code\ndataElement,deWENT00001,W_ENT\nindicator,deWENT00002,W_X")))
                .isInstanceOf(TextParseException.class).hasMessageContaining("line 3");
        Dhis2CodeMap map = Dhis2CodeMap.builder().build();
        assertThat(map.breakdown(Dhis2CodeMap.DEFAULT_COMBO)).contains(Breakdown.TOTAL);
        assertThat(map.attributeOptionCombo()).isEqualTo("HllvX50cXC0");
    }

    @Test
    void aCommentOfTheFormEscapesItsSeparators() {
        Observation noted = Observation.builder("W_ENT", "14", YearPeriod.of(2017)).value(new BigDecimal("15.1"))
                .note("a;b=c 100% done").build();
        Observation plain = Observation.builder("W_ENT", "14", YearPeriod.of(2018)).value(new BigDecimal("15.2"))
                .note("đã kiểm tra").build();
        assertThat(Dhis2Comment.format(noted, false)).isEqualTo("a;b=c 100% done");
        assertThat(Dhis2Comment.format(noted.toBuilder().status(io.github.binhdang.core.data.ObservationStatus.ESTIMATED)
                .build(), false)).isEqualTo("binhdang:status=estimated;note=a%3Bb%3Dc 100%25 done");
        assertThat(Dhis2Comment.format(plain, false)).isEqualTo("đã kiểm tra");
        assertThat(Dhis2Comment.parse("binhdang:note=a%3Bb%3Dc 100%25 done", List.of()).note)
                .isEqualTo("a;b=c 100% done");
    }
}
