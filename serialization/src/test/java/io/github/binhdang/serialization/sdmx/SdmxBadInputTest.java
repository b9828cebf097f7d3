package io.github.binhdang.serialization.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Severity;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Sample files written by hand from the SDMX-CSV field guide: every row ends as an observation or a
 * located finding, and reading goes on after a bad row.
 */
class SdmxBadInputTest {

    static final SdmxStructure STRUCTURE = SdmxStructure.sdgBuilder()
            .indicator("SG_GEN_LOCG", "W_HDND")
            .indicator("SG_GEN_ENT", "W_ENT_COUNT")
            .area("VN-14", "14")
            .build();

    private static SdmxReadResult read(String name) {
        InputStream in = SdmxBadInputTest.class.getResourceAsStream(name);
        return SdmxReader.of(STRUCTURE).withFileName(name).read(in);
    }

    @Test
    void everyBadRowIsAFindingOnItsLineAndTheOthersAreRead() {
        SdmxReadResult read = read("bad-rows-2.0.csv");
        assertThat(read.version()).contains(SdmxVersion.V2_0);
        assertThat(read.rows()).isEqualTo(15);
        // Line 2: 38.89 % for 2021. Line 13: 0.384 thousand (UNIT_MULT 3) is 384 enterprises, estimated.
        assertThat(read.dataset().asList()).containsExactly(
                Observation.builder("W_HDND", "14", YearPeriod.of(2021)).value(new BigDecimal("38.89"))
                        .unit(Unit.PERCENT).build(),
                Observation.builder("W_ENT_COUNT", "14", YearPeriod.of(2017)).breakdown(Breakdown.FEMALE)
                        .value(384).unit(Unit.COUNT).status(ObservationStatus.ESTIMATED).build());
        assertThat(read.report().findings()).extracting(Finding::code, f -> f.location().line().orElse(0),
                f -> f.location().column().orElse(0), Finding::value).containsExactly(
                tuple("sdmx.code", 3, 4, "SG_GEN_XXXX"),
                tuple("sdmx.period", 4, 7, "2022-Q5"),
                tuple("sdmx.period", 5, 7, "2022-W05"),
                tuple("sdmx.value", 6, 8, "gần 40"),
                tuple("sdmx.duplicate", 7, 1, ""),
                tuple("sdmx.delete", 8, 3, "D"),
                tuple("sdmx.action", 9, 3, "X"),
                tuple("sdmx.code", 10, 11, "Z"),
                tuple("sdmx.code", 11, 6, "X"),
                tuple("sdmx.comment", 12, 12, "binhdang:qualifier=sometimes"),
                tuple("sdmx.period", 14, 7, "2016-05-22/P5Y"),
                tuple("sdmx.missing", 15, 8, ""),
                tuple("csv.fields", 16, 1, ""));
        // Rows in = observations + rows with a finding: 15 = 2 + 13.
        assertThat(read.dataset().size() + read.report().findings().size()).isEqualTo(read.rows());
        Finding delete = read.report().findings().get(5);
        assertThat(delete.severity()).isEqualTo(Severity.WARNING);
        assertThat(delete.location().file()).contains("bad-rows-2.0.csv");
        Finding week = read.report().findings().get(2);
        assertThat(week.message()).isEqualTo("bad-rows-2.0.csv, line 5, column TIME_PERIOD (7) '2022-W05': cannot be"
                + " read as an SDMX time period: has no period in the model: weeks, days and dates cannot be held;"
                + " report by month, quarter, half-year or year");
        assertThat(read.report().findings().get(3).message(Locale.forLanguageTag("vi"))).isEqualTo(
                "bad-rows-2.0.csv, dòng 6, cột OBS_VALUE (8) “gần 40”: không phải là số: SDMX ghi giá trị bằng chữ số"
                        + " với dấu chấm thập phân, như 38.89");
    }

    @Test
    void labelsBothAndSemicolonsAndTimeDetail() {
        SdmxReadResult read = read("labels-both-1.0.csv");
        assertThat(read.report().findings()).isEmpty();
        assertThat(read.version()).contains(SdmxVersion.V1_0);
        // TIME_DETAIL 2016-2021 holds the TIME_PERIOD 2021: the observation is for the span 2016–2021.
        assertThat(read.dataset().asList()).containsExactly(
                Observation.builder("W_HDND", "14", SpanPeriod.ofClosed(2016, 2021)).breakdown(Breakdown.FEMALE)
                        .value(new BigDecimal("38.89")).unit(Unit.PERCENT).note("Nhiệm kỳ 2016–2021").build(),
                Observation.builder("W_HDND", "14", YearPeriod.of(2021))
                        .breakdown(Breakdown.FEMALE.with(BreakdownDimension.AGE_GROUP, "15-24"))
                        .value(new BigDecimal("12.5")).unit(Unit.PERCENT).status(ObservationStatus.PROVISIONAL).build());
    }

    @Test
    void aMissingColumnIsOneFindingAndTheRowsNotReadAreCounted() {
        SdmxReadResult read = read("missing-column-2.0.csv");
        assertThat(read.dataset().isEmpty()).isTrue();
        assertThat(read.rows()).isEqualTo(2);
        assertThat(read.report().findings()).extracting(Finding::code).containsExactly("sdmx.header", "sdmx.header");
        assertThat(read.report().findings().get(0).message()).contains("has no column REF_AREA");
        assertThat(read.report().findings().get(1).message()).contains("2 rows after the header are not read");
    }

    @Test
    void notSdmxCsvAtAll() {
        SdmxReadResult read = SdmxReader.of(STRUCTURE).read(new java.io.StringReader("Year,Value\n2021,38.89\n"));
        assertThat(read.version()).isEmpty();
        assertThat(read.report().findings()).extracting(Finding::code).containsExactly("sdmx.header", "sdmx.header");
    }

    @Test
    void bytesThatAreNotUtf8AreOneFindingNamingTheFileNotTextChangedUnseen() {
        // "Sơn La" as Windows-1258 writes ơ (0xF5): not UTF-8, which would have become U+FFFD in the note.
        byte[] bytes = ("STRUCTURE,STRUCTURE_ID,ACTION,SERIES,REF_AREA,TIME_PERIOD,OBS_VALUE,COMMENT_OBS\n"
                + "dataflow,VNM:DF(1.0),I,W_ENT,14,2017,15.1,S\u00f5n La\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        SdmxReadResult read = SdmxReader.of(STRUCTURE).withFileName("vn-sdg5.csv")
                .read(new java.io.ByteArrayInputStream(bytes));
        assertThat(read.dataset().isEmpty()).isTrue();
        assertThat(read.version()).isEmpty();
        assertThat(read.report().findings()).extracting(Finding::code).containsExactly("csv.encoding");
        assertThat(read.report().findings().get(0).message()).contains("vn-sdg5.csv").contains("\"CSV UTF-8\"");
    }
}
