package io.github.binhdang.serialization.opensdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.period.TermPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.strategy.Baseline;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.serialization.json.Fixtures;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Open SDG data: our dataset → one CSV per indicator → our dataset, a sample file written by hand from
 * sdg-build's column rules with a bad row of each kind, and the metadata's progress options.
 */
class OpenSdgTest {

    static final OpenSdgMapping MAPPING = OpenSdgMapping.builder()
            .defaultArea(Fixtures.SON_LA)
            .series("5.5.1", "Local government", "W_HDND")
            .series("5.5.1", "Enterprises", "W_ENT")
            .indicator("5.5.2", "LEADERS_F")
            .column("Sex", BreakdownDimension.SEX, Map.of("Female", "F", "Male", "M"))
            .build();

    static Dataset seed() {
        return Dataset.builder().addAll(Fixtures.sonLa2017())
                .add(Observation.builder("W_ENT", Fixtures.SON_LA, YearPeriod.of(2018)).value(new BigDecimal("15.1"))
                        .components(384, 2_539).qualifier(Qualifier.ABOUT).status(ObservationStatus.PROVISIONAL)
                        .unit(Unit.PERCENT).build())
                .add(Observation.builder("W_ENT", "10", SpanPeriod.ofClosed(2021, 2025)).value(new BigDecimal("16.0"))
                        .status(ObservationStatus.NOT_GIVEN).build())
                .add(Fixtures.fullObservation())
                .build();
    }

    @Test
    void roundTripThroughOneFilePerIndicator() {
        Dataset seed = seed();
        OpenSdgWriter writer = OpenSdgWriter.of(MAPPING);
        OpenSdgReader reader = OpenSdgReader.of(MAPPING).withUnits(List.of(Fixtures.CLASSES));
        List<Observation> back = new ArrayList<>();
        assertThat(writer.ids(seed)).containsExactly("5.5.1", "W_TRAINED", "DV_MODELS", "FAMILY_CLUBS", "DV_GROUPS",
                "ACT");
        for (String id : writer.ids(seed)) {
            StringWriter out = new StringWriter();
            assertThat(writer.write(seed, id, out).findings()).isEmpty();
            OpenSdgReadResult read = reader.read(id, OpenSdgWriter.fileName(id), new StringReader(out.toString()));
            assertThat(read.report().findings()).as(out.toString()).isEmpty();
            back.addAll(read.dataset().asList());
        }
        assertThat(back).containsExactlyInAnyOrderElementsOf(seed.asList());
    }

    @Test
    void yearFirstValueLastTheTotalIsTheHeadline() {
        StringWriter out = new StringWriter();
        OpenSdgWriter.of(MAPPING).write(seed(), "5.5.1", out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Year,Series,Units,GeoCode,COUNCIL_LEVEL,COMMENT_OBS,Value");
        // 38.89 % for the People's Council term 2016–2021: its first year, the term in COMMENT_OBS.
        assertThat(lines.get(1)).isEqualTo("2016,Local government,percent,,PROVINCE,\"binhdang:period=HDND:2016/2021;"
                + "source=" + Fixtures.SOURCE + "\",38.89");
        // 384 of 2,539 enterprises, about 15.1 %, provisional: the headline row (no disaggregation).
        assertThat(lines).contains("2018,Enterprises,percent,,,binhdang:qualifier=about;status=provisional;"
                + "numerator=384;denominator=2539,15.1");
        assertThat(OpenSdgWriter.fileName("5.5.1")).isEqualTo("indicator_5-5-1.csv");
        assertThat(OpenSdgReader.indicatorId("indicator_5-5-1.csv")).isEqualTo("5.5.1");
        assertThatThrownBy(() -> OpenSdgReader.indicatorId("5-5-1.csv")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void everyBadRowIsAFindingOnItsLine() throws Exception {
        OpenSdgMapping mapping = OpenSdgMapping.builder().defaultArea("14")
                .series("5.5.1", "Local government", "W_HDND")
                .column("Sex", BreakdownDimension.SEX, Map.of("Female", "F", "Male", "M")).build();
        OpenSdgReadResult read;
        try (var in = new InputStreamReader(OpenSdgTest.class.getResourceAsStream("indicator_5-5-1.csv"),
                StandardCharsets.UTF_8)) {
            read = OpenSdgReader.of(mapping).read("5.5.1", "indicator_5-5-1.csv", in);
        }
        assertThat(read.rows()).isEqualTo(13);
        assertThat(read.dataset().asList()).containsExactly(
                Observation.of("W_HDND", "14", YearPeriod.of(2021), new BigDecimal("38.89")),
                Observation.builder("W_HDND", "14", YearPeriod.of(2021)).breakdown(Breakdown.FEMALE)
                        .value(new BigDecimal("40.2")).build(),
                Observation.of("W_HDND", "10", TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021),
                        new BigDecimal("27.5")),
                Observation.builder("W_HDND", "14", YearPeriod.of(2023)).value(new BigDecimal("15.1"))
                        .components(384, 2_539).qualifier(Qualifier.ABOUT).status(ObservationStatus.PROVISIONAL)
                        .build());
        assertThat(read.report().findings()).extracting(Finding::code, f -> f.location().line().orElse(0),
                f -> f.location().column().orElse(0), Finding::value).containsExactly(
                tuple("opensdg.code", 4, 4, "Other"),
                tuple("opensdg.code", 5, 2, "Parliament"),
                tuple("opensdg.period", 6, 1, "2021-22"),
                tuple("opensdg.value", 7, 6, "khoảng 40"),
                tuple("opensdg.duplicate", 8, 1, ""),
                tuple("opensdg.period", 10, 1, "2017"),
                tuple("opensdg.missing", 11, 6, ""),
                tuple("opensdg.comment", 12, 5, "binhdang:numerator=x"),
                tuple("csv.fields", 14, 1, ""));
        assertThat(read.dataset().size() + read.report().findings().size()).isEqualTo(read.rows());
        assertThat(read.report().findings().get(3).message()).isEqualTo("indicator_5-5-1.csv, line 7, column Value (6)"
                + " 'khoảng 40': is not a number: Open SDG writes a value as plain digits with a point, such as 38.89");
    }

    @Test
    void progressOptionsFromTargets(@TempDir Path dir) throws Exception {
        Target women = Target.builder("1.b", BilingualText.of("Nữ lãnh đạo", "Women leaders"), Fixtures.leaders())
                .milestone(Milestone.of(2025, Comparison.AT_LEAST, new BigDecimal("35"), Unit.PERCENT))
                .baseline(Baseline.of(YearPeriod.of(2020), new BigDecimal("26.7"))).build();
        Target gap = Target.builder("2.c", BilingualText.of("Khoảng cách", "Gap"), Fixtures.leaders())
                .milestone(Milestone.of(2030, Comparison.ABOUT, new BigDecimal("20"), Unit.PERCENT))
                .baseline(Baseline.of(YearPeriod.of(2021), new BigDecimal("26.7"))).build();
        StringWriter out = new StringWriter();
        assertThat(OpenSdgWriter.of(MAPPING).writeMetadata("5.5.2", List.of(women, gap), out).findings()).isEmpty();
        // At least 35 by 2025 from 26.7 in 2020 rises; about 20 by 2030 from 26.7 falls.
        assertThat(out.toString()).isEqualTo("""
                auto_progress_calculation: true
                progress_calculation_options:
                - direction: positive
                  base_year: 2020
                  target_year: 2025
                  target: 35
                - direction: negative
                  base_year: 2021
                  target_year: 2030
                  target: 20
                """);
        Dataset data = Dataset.builder().add(Observation.of("LEADERS_F", "14", YearPeriod.of(2022),
                new BigDecimal("28.1"))).build();
        assertThat(OpenSdgWriter.of(MAPPING).writeAll(data, List.of(women), dir).findings()).isEmpty();
        assertThat(Files.readString(dir.resolve("indicator_5-5-2.csv"))).isEqualTo("Year,Value\n2022,28.1\n");
        assertThat(Files.readString(dir.resolve("meta/5-5-2.yml"))).startsWith("auto_progress_calculation: true\n");
    }

    @Test
    void everyCodeIsInThePackageTable() throws Exception {
        String table = Files.readString(Path.of("src/main/java/io/github/binhdang/serialization/opensdg/package-info.java"),
                StandardCharsets.UTF_8);
        for (OpenSdgProblem p : OpenSdgProblem.values()) {
            assertThat(table).as(p.code()).contains("<tr><td>{@code " + p.code() + "}</td>").contains(p.vietnamese());
        }
    }

    @Test
    void aFormulaLikeTextIsNeutralisedAsInTheTidyCsvAndReadBackAsItWas() {
        // OWASP's CSV injection advice, by the tidy CSV's rule: the note written with an apostrophe before it,
        // the negative value as it is.
        String link = "=HYPERLINK(\"http://example.invalid\",\"Bấm vào đây\")";
        Dataset data = Dataset.builder()
                .add(Observation.builder("W_ENT", Fixtures.SON_LA, YearPeriod.of(2019)).value(new BigDecimal("-3.5"))
                        .note(link).build())
                .build();
        StringWriter out = new StringWriter();
        assertThat(OpenSdgWriter.of(MAPPING).write(data, "5.5.1", out).findings()).isEmpty();
        String text = out.toString();
        assertThat(text.lines().toList().get(1)).isEqualTo("2019,Enterprises,\"'=HYPERLINK(\"\"http://example.invalid"
                + "\"\",\"\"Bấm vào đây\"\")\",-3.5");
        OpenSdgReadResult read = OpenSdgReader.of(MAPPING).read("5.5.1", "", new StringReader(text));
        assertThat(read.report().findings()).isEmpty();
        assertThat(read.dataset()).isEqualTo(data);
        StringWriter plain = new StringWriter();
        OpenSdgWriter.of(MAPPING).withFormulaEscaping(false).write(data, "5.5.1", plain);
        assertThat(plain.toString()).contains(",\"=HYPERLINK(");
    }

    @Test
    void aFileThatIsNotUtf8IsOneFindingNamingTheFileAndWhatToDo(@TempDir Path dir) throws Exception {
        // "Doanh nghiệp" with ệ as Windows-1258 writes it (0xD2 then the combining dot below, 0xF2): not UTF-8.
        byte[] text = "Year,Series,Value\n2017,Enterprises,15.1\n2018,Doanh nghi\u00d2\u00f2p,16\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("indicator_5-5-1.csv");
        Files.write(file, text);
        OpenSdgReadResult read = OpenSdgReader.of(MAPPING).read(file);
        assertThat(read.dataset().isEmpty()).isTrue();
        assertThat(read.report().findings()).hasSize(1);
        Finding f = read.report().findings().get(0);
        assertThat(f.code()).isEqualTo("csv.encoding");
        assertThat(f.location().file()).contains("indicator_5-5-1.csv");
        assertThat(f.message()).contains("indicator_5-5-1.csv").contains("save it as \"CSV UTF-8\"");
        assertThat(f.message(java.util.Locale.forLanguageTag("vi"))).contains("hãy lưu lại tệp dưới dạng \"CSV UTF-8\"");
        // UTF-16 with its byte order mark, as a spreadsheet saves "Unicode text", the same.
        Files.write(file, "\uFEFFYear,Value\n2017,1\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(OpenSdgReader.of(MAPPING).read(file).report().findings()).extracting(Finding::code)
                .containsExactly("csv.encoding");
        // A UTF-8 file with a byte order mark reads.
        Files.write(file, "\uFEFFYear,Series,Value\n2017,Enterprises,15.1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(OpenSdgReader.of(MAPPING).read(file).dataset().size()).isEqualTo(1);
    }
}
