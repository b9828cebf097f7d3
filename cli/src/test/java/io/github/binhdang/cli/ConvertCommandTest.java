package io.github.binhdang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.period.TermPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.indicators.GenderIndicators;
import io.github.binhdang.serialization.json.DatasetJsonReader;
import io.github.binhdang.serialization.json.DatasetJsonWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** convert to and from SDMX-CSV and Open SDG: the formats told apart, the round trips, the bad input. */
class ConvertCommandTest {

    @TempDir
    Path dir;

    /**
     * One national 2024 figure for every indicator of the catalogue in its own unit, and what Open SDG and
     * SDMX-CSV have no column for: Sơn La's People's Council term 2016–2021 share 38.89 %, 384 of 2,539
     * enterprises owned by women, about 15.1 %, provisional, a figure by sex and a figure of a province.
     */
    static Dataset everyIndicator() {
        Dataset.Builder b = Dataset.builder();
        int i = 0;
        for (Indicator indicator : GenderIndicators.ALL) {
            i++;
            b.add(Observation.builder(indicator.code(), "VN", YearPeriod.of(2024)).value(BigDecimal.valueOf(i * 10 + 1, 1))
                    .unit(indicator.unit()).source("Mẫu kiểm thử").build());
        }
        b.add(Observation.builder("POL-04", "14", TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021))
                .value(new BigDecimal("38.89")).build());
        b.add(Observation.builder("POL-03", "VN", TermPeriod.of(TermBody.NATIONAL_ASSEMBLY, 2021, 2026))
                .value(new BigDecimal("30.26")).build());
        b.add(Observation.builder("ECO-05", "14", YearPeriod.of(2018)).value(new BigDecimal("15.1")).components(384, 2_539)
                .qualifier(Qualifier.ABOUT).status(ObservationStatus.PROVISIONAL).note("gần 15 %; ước tính").build());
        b.add(Observation.builder("ECO-04", "VN", YearPeriod.of(2023)).breakdown(Breakdown.of(Sex.FEMALE))
                .value(new BigDecimal("800000")).build());
        b.add(Observation.builder("ECO-04", "VN", YearPeriod.of(2023)).breakdown(Breakdown.of(Sex.MALE))
                .value(new BigDecimal("900000")).build());
        return b.build();
    }

    private Path json(Dataset dataset, String name) throws Exception {
        Path file = dir.resolve(name);
        try (DatasetJsonWriter w = DatasetJsonWriter.open(file)) {
            w.writeAll(dataset);
        }
        return file;
    }

    private static List<Observation> read(Path json) throws Exception {
        return DatasetJsonReader.of().read(json).asList();
    }

    @Test
    void everyIndicatorThroughAnOpenSdgFolderAndBack() throws Exception {
        Dataset seed = everyIndicator();
        Path folder = dir.resolve("open-sdg");

        Run out = Run.of("convert", json(seed, "seed.json").toString(), folder + "/", "--lang", "en");

        assertThat(out.code()).as(out.out() + out.err()).isEqualTo(Main.ACCEPTED);
        // The SDG links of sdg5.md: 5.5.1 and 5.5.2 are shared (series by code), 5.4.1 and 3.1.1 are one
        // indicator's; every other code names its own file with its dashes. 34 indicators, 30 files.
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(32).contains("indicator_5-5-1.csv",
                    "indicator_5-5-2.csv", "indicator_5-4-1.csv", "indicator_3-1-1.csv", "indicator_POL-02.csv",
                    "indicator_ECO-05.csv", "indicator_INF-05.csv");
        }
        assertThat(out.out()).contains("32 files written into " + folder)
                .contains((seed.size()) + " observations read from seed.json").contains("; 0 errors");
        assertThat(Files.readAllLines(folder.resolve("indicator_5-5-1.csv"))).first().asString()
                .startsWith("Year,Series,");
        assertThat(Files.readString(folder.resolve("indicator_5-5-1.csv"))).contains(",POL-03,").contains(",POL-04,");
        // Sơn La's term is in the comment form: Year is the term's first year.
        assertThat(Files.readString(folder.resolve("indicator_5-5-1.csv"))).contains("2016,POL-04,")
                .contains("binhdang:period=HDND:2016/2021");

        Run back = Run.of("convert", folder.toString(), dir.resolve("back.json").toString(), "--lang", "en");

        assertThat(back.code()).as(back.out()).isEqualTo(Main.ACCEPTED);
        assertThat(read(dir.resolve("back.json"))).containsExactlyInAnyOrderElementsOf(seed.asList());
    }

    @Test
    void everyIndicatorThroughSdmxCsvBothVersions() throws Exception {
        Dataset seed = everyIndicator();
        for (String version : List.of("1.0", "2.0")) {
            Path sdmx = dir.resolve("sdmx-" + version + ".csv");
            Run out = Run.of("convert", json(seed, "seed.json").toString(), sdmx.toString(), "--to", "sdmx",
                    "--sdmx-version", version, "--lang", "en");
            assertThat(out.code()).as(out.out()).isEqualTo(Main.ACCEPTED);
            assertThat(Files.readAllLines(sdmx).get(0)).startsWith(version.equals("1.0") ? "DATAFLOW,FREQ,"
                    : "STRUCTURE,STRUCTURE_ID,ACTION,FREQ,");
            assertThat(Files.readAllLines(sdmx).get(1)).startsWith(version.equals("1.0") ? "BINHDANG:DF_BINHDANG(1.0),A,"
                    : "dataflow,BINHDANG:DF_BINHDANG(1.0),I,A,");

            // Told from its first column, read through the SDG structure.
            Path back = dir.resolve("back-" + version + ".json");
            Run in = Run.of("convert", sdmx.toString(), back.toString(), "--lang", "en");
            assertThat(in.code()).as(in.out()).isEqualTo(Main.ACCEPTED);
            assertThat(read(back)).containsExactlyInAnyOrderElementsOf(seed.asList());
        }
    }

    @Test
    void theSdmxRowOfAFigureWrittenByHand() throws Exception {
        Path csv = Files.writeString(dir.resolve("in.csv"), """
                indicator,area,period,value,unit
                ECO-01,14,2024,42.1,percent
                """);
        Path sdmx = dir.resolve("out.csv");

        Run run = Run.of("convert", csv.toString(), sdmx.toString(), "--to", "sdmx", "--sdmx-dataflow",
                "VNM:DF_SDG_VN(1.0)", "--lang", "en");

        assertThat(run.code()).isEqualTo(Main.ACCEPTED);
        // FREQ A, REPORTING_TYPE N, SERIES ECO-01, REF_AREA 14, the breakdowns total (_T), TIME_PERIOD 2024,
        // 42.1 in per cent (PT), multiplier 0, final (A, the status of a figure that gives none), no comment.
        assertThat(Files.readAllLines(sdmx)).containsExactly(
                "STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REPORTING_TYPE,SERIES,REF_AREA,SEX,AGE,URBANISATION,"
                        + "INCOME_WEALTH_QUANTILE,EDUCATION_LEV,OCCUPATION,CUST_BREAKDOWN,COMPOSITE_BREAKDOWN,"
                        + "DISABILITY_STATUS,ACTIVITY,PRODUCT,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,"
                        + "COMMENT_OBS",
                "dataflow,VNM:DF_SDG_VN(1.0),I,A,N,ECO-01,14,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,2024,42.1,PT,0,A,");
    }

    @Test
    void anSdmxMapTurnsTheSdmxCodesOfAnotherProducerIntoOurs() throws Exception {
        // A map a user writes for a file that names series and areas by the producer's own codes.
        Path map = Files.writeString(dir.resolve("sdmx-map.csv"), """
                dimension,sdmx,code
                SERIES,SG_GEN_PARL,POL-03
                REF_AREA,704,VN
                UNIT_MEASURE,PT,percent
                """);
        Path un = Files.writeString(dir.resolve("un.csv"), """
                DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA,SEX,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE
                UNSD:DF_SDG_GLH(1.0),A,G,SG_GEN_PARL,704,_T,2024,30.26,PT
                UNSD:DF_SDG_GLH(1.0),A,N,SG_GEN_PARL,704,_T,2023,30.26,PT
                UNSD:DF_SDG_GLH(1.0),A,N,SL_TLF_UEM,704,_T,2024,2.2,PT
                """);
        Path ours = dir.resolve("ours.csv");

        Run in = Run.of("convert", un.toString(), ours.toString(), "--sdmx-map", map.toString(), "--lang", "en");

        // REPORTING_TYPE G (global) is not the structure's N; SL_TLF_UEM is not in the map: two errors.
        assertThat(in.code()).isEqualTo(Main.FINDINGS);
        assertThat(in.out()).contains("1 observation read from un.csv").contains("; 2 errors").contains("SL_TLF_UEM");
        assertThat(Files.readAllLines(ours)).element(1).asString().startsWith("POL-03,VN,2023,_T,30.26,");

        Path back = dir.resolve("back.csv");
        Run out = Run.of("convert", ours.toString(), back.toString(), "--to", "sdmx", "--sdmx-map", map.toString(),
                "--lang", "en");
        assertThat(out.code()).isEqualTo(Main.ACCEPTED);
        assertThat(Files.readAllLines(back)).element(1).asString().contains(",A,N,SG_GEN_PARL,704,_T,")
                .contains(",2023,30.26,PT,0,A,");

        Path bad = Files.writeString(dir.resolve("bad-map.csv"), "dimension,sdmx,code\nINDICATOR,SG_GEN_PARL,POL-03\n");
        assertOneLine(Run.of("convert", un.toString(), ours.toString(), "--sdmx-map", bad.toString(), "--lang", "en"),
                bad + ": line 2: INDICATOR is not a dimension of the map; use SERIES, REF_AREA or UNIT_MEASURE");
        Path header = Files.writeString(dir.resolve("header-map.csv"), "type,uid,code\nSERIES,X,POL-03\n");
        assertOneLine(Run.of("convert", un.toString(), ours.toString(), "--sdmx-map", header.toString(), "--lang",
                "vi"), header + ": dòng 1: dòng tiêu đề của bảng đối chiếu SDMX phải là dimension,sdmx,code");
    }

    @Test
    void sdmxFindingsArePrintedAndCounted() throws Exception {
        // A row of SDMX-CSV 1.0 written by hand with a bad period, and one with a delete action in 2.0.
        Path v1 = Files.writeString(dir.resolve("unsd.csv"), """
                DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA,SEX,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE
                UNSD:DF_SDG_GLH(1.0),A,N,ECO-01,14,_T,2024,42.1,PT
                UNSD:DF_SDG_GLH(1.0),A,N,ECO-01,14,_T,2022-Q5,40,PT
                """);

        Run run = Run.of("convert", v1.toString(), dir.resolve("out.csv").toString(), "--lang", "en");

        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("2022-Q5").contains("1 observation read from unsd.csv").contains("; 1 error" + System.lineSeparator());
        assertThat(Files.readAllLines(dir.resolve("out.csv"))).hasSize(2).element(1).asString()
                .startsWith("ECO-01,14,2024,_T,42.1,");

        Run vi = Run.of("convert", v1.toString(), dir.resolve("out.csv").toString(), "--lang", "vi");
        assertThat(vi.out()).contains("Đã đọc 1 số liệu từ unsd.csv").contains("; 1 lỗi");
    }

    @Test
    void whatSdmxCannotHoldIsAFindingOfTheWriter() throws Exception {
        // The SDG structure has no dimension for ethnicity: that row is not written, and the finding says so.
        Path csv = Files.writeString(dir.resolve("in.csv"), """
                indicator,area,period,ethnicity,value
                EDU-01,14,2024,Thai,88.5
                EDU-01,14,2023,,87.0
                """);

        Run run = Run.of("convert", csv.toString(), dir.resolve("out.csv").toString(), "--to", "sdmx", "--lang", "en");

        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("ETHNICITY").contains("; 1 error" + System.lineSeparator());
        assertThat(Files.readAllLines(dir.resolve("out.csv"))).hasSize(2);
    }

    @Test
    void openSdgFilesAreToldByNameOrHeaderOrFrom() throws Exception {
        Path byName = Files.writeString(dir.resolve("indicator_ECO-01.csv"), "Year,GeoCode,Value\n2024,14,42.1\n");
        Path byHeader = Files.writeString(dir.resolve("eco-01.csv"), "Year,GeoCode,Value\n2024,14,42.1\n");
        Path given = Files.writeString(dir.resolve("indicator_5-4-1.txt"), "Year,Value\n2024,1.6\n");

        Run one = Run.of("convert", byName.toString(), dir.resolve("a.csv").toString(), "--lang", "en");
        assertThat(one.code()).as(one.out() + one.err()).isEqualTo(Main.ACCEPTED);
        assertThat(Files.readAllLines(dir.resolve("a.csv"))).element(1).asString().startsWith("ECO-01,14,2024,_T,42.1,");

        // Told from its header, but its name cannot give the indicator: one line, exit 2.
        Run two = Run.of("convert", byHeader.toString(), dir.resolve("b.csv").toString(), "--lang", "en");
        assertThat(two.code()).isEqualTo(Main.USAGE);
        assertThat(two.err().strip()).isEqualTo(byHeader + ": not named as an Open SDG data file; name it"
                + " indicator_<id>.csv, such as indicator_5-5-1.csv");
        assertThat(two.out()).isEmpty();

        Run three = Run.of("convert", given.toString(), dir.resolve("c.csv").toString(), "--from", "open-sdg",
                "--lang", "vi");
        assertThat(three.code()).isEqualTo(Main.USAGE);
        assertThat(three.err().strip()).startsWith(given + ": tên không theo dạng tệp số liệu Open SDG");
    }

    @Test
    void fromNamesTheFormatWhenTheFileCannot() throws Exception {
        Path txt = Files.writeString(dir.resolve("export.txt"), """
                STRUCTURE,STRUCTURE_ID,ACTION,SERIES,REF_AREA,TIME_PERIOD,OBS_VALUE
                dataflow,VNM:DF_X(1.0),I,ECO-01,14,2024,42.1
                """);
        assertOneLine(Run.of("convert", txt.toString(), dir.resolve("a.csv").toString(), "--lang", "en"),
                "export.txt: cannot tell the format from the name");
        Run sdmx = Run.of("convert", txt.toString(), dir.resolve("a.csv").toString(), "--from", "sdmx", "--lang", "en");
        assertThat(sdmx.code()).isEqualTo(Main.ACCEPTED);
        assertThat(Files.readAllLines(dir.resolve("a.csv"))).element(1).asString().startsWith("ECO-01,14,2024,_T,42.1,");

        // A tidy table that happens to bear an Open SDG name is read as one with --from csv.
        Path tidy = Files.writeString(dir.resolve("indicator_ECO-01.csv"), "indicator,area,period,value\nECO-01,14,2024,42.1\n");
        Run csv = Run.of("convert", tidy.toString(), dir.resolve("b.json").toString(), "--from", "CSV", "--lang", "en");
        assertThat(csv.code()).as(csv.out() + csv.err()).isEqualTo(Main.ACCEPTED);
        assertThat(csv.out()).contains("1 observation read from indicator_ECO-01.csv");
    }

    @Test
    void aFolderWithOtherFilesAndAFileOfTheIdentityMapping() throws Exception {
        // indicator_POL-03.csv is how session 7's identity mapping named POL-03; it still reads as POL-03. The
        // README is told and left aside; so is the meta folder.
        Path folder = Files.createDirectories(dir.resolve("data"));
        Files.writeString(folder.resolve("indicator_POL-03.csv"), "Year,Value\n2024,30.26\n");
        Files.writeString(folder.resolve("indicator_X-1.csv"), "Year,GeoCode,Value\n2024,14,5\n");
        Files.writeString(folder.resolve("README.md"), "data\n");
        Files.createDirectories(folder.resolve("meta"));

        Run run = Run.of("convert", folder.toString(), dir.resolve("out.csv").toString(), "--lang", "en");

        assertThat(run.code()).as(run.out()).isEqualTo(Main.ACCEPTED);
        assertThat(run.out()).contains(folder.resolve("README.md") + ": not an Open SDG data file (indicator_<id>.csv);"
                + " left aside").contains(folder.resolve("meta") + ": not an Open SDG data file");
        assertThat(Files.readAllLines(dir.resolve("out.csv"))).hasSize(3).anySatisfy(l -> assertThat(l)
                .startsWith("POL-03,VN,2024,_T,30.26,")).anySatisfy(l -> assertThat(l).startsWith("X-1,14,2024,_T,5,"));
    }

    @Test
    void dataFilesFromBeforeInTheFolderAreNamed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("site-data"));
        Path old = Files.writeString(folder.resolve("indicator_ECO-02.csv"), "Year,Value\n2020,60\n");
        Path csv = Files.writeString(dir.resolve("in.csv"), "indicator,area,period,value\nECO-01,VN,2024,42.1\n");

        Run run = Run.of("convert", csv.toString(), folder.toString(), "--lang", "en");

        assertThat(run.code()).isEqualTo(Main.ACCEPTED);
        assertThat(run.out()).contains(old + ": an Open SDG data file from before, not of this dataset; left as it was")
                .contains("1 file written into " + folder);
        assertThat(Files.readAllLines(folder.resolve("indicator_ECO-01.csv"))).containsExactly("Year,Value", "2024,42.1");
    }

    @Test
    void withAStrategyEachIndicatorGetsItsProgressOptions() throws Exception {
        Path csv = Files.writeString(dir.resolve("in.csv"), "indicator,area,period,value\nFAM-01,VN,2024,1.9\n");
        Path folder = dir.resolve("site");

        Run run = Run.of("convert", csv.toString(), folder + "/", "--strategy", "VN-NSGE-2021-2030", "--lang", "en");

        assertThat(run.code()).as(run.out()).isEqualTo(Main.ACCEPTED);
        // Resolution 28/NQ-CP, objective 3 target 1: women's unpaid care time down to 1.7 times men's by 2025
        // and 1.4 times by 2030: the last milestone, falling.
        assertThat(Files.readString(folder.resolve("meta/5-4-1.yml"))).contains("auto_progress_calculation: true")
                .contains("- direction: negative").contains("  target_year: 2030").contains("  target: 1.4");

        assertOneLine(Run.of("convert", csv.toString(), folder + "/", "--strategy", "VN-X", "--lang", "en"),
                "No strategy VN-X; see: binhdang catalogue strategies");
    }

    @Test
    void aKeyInTwoFilesOfAFolderIsAnError() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("data"));
        Files.writeString(folder.resolve("indicator_POL-03.csv"), "Year,Value\n2024,30.26\n");
        Files.writeString(folder.resolve("indicator_5-5-1.csv"), "Year,Series,Value\n2024,POL-03,30.3\n");

        Run run = Run.of("convert", folder.toString(), dir.resolve("out.csv").toString(), "--lang", "en");

        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("indicator_POL-03.csv: POL-03").contains("is left out: an earlier file has the"
                + " same key").contains("1 observation read from data").contains("; 1 error" + System.lineSeparator());
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "x");
        assertOneLine(Run.of("convert", empty.toString(), dir.resolve("o.csv").toString(), "--lang", "en"),
                empty + ": no Open SDG data file (indicator_<id>.csv) in this folder");
        assertOneLine(Run.of("convert", empty.toString(), dir.resolve("o.csv").toString(), "--lang", "vi"),
                empty + ": thư mục không có tệp số liệu Open SDG nào (indicator_<mã>.csv)");

        // An SDMX-CSV file of another structure: no SERIES column, so no row can be read.
        Path other = Files.writeString(dir.resolve("other.csv"), """
                DATAFLOW,FREQ,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE
                ESTAT:DF_X(1.0),A,X1,VN,2024,5
                """);
        Run unknown = Run.of("convert", other.toString(), dir.resolve("o.json").toString(), "--lang", "en");
        assertOneLine(unknown, other + ": not read as SDMX-CSV: ", "SERIES", "; nothing written");
        assertThat(dir.resolve("o.json")).doesNotExist();

        assertOneLine(Run.of("convert", Run.sample().toString(), dir.resolve("o.csv").toString(), "--to", "sdmx-ml",
                "--lang", "en"), "--to sdmx-ml: not a format; use csv, json, xlsx, dhis2, sdmx or open-sdg");
        assertOneLine(Run.of("convert", Run.sample().toString(), dir.resolve("o.csv").toString(), "--to", "sdmx",
                "--sdmx-version", "3.0", "--lang", "en"), "--sdmx-version 3.0: use 1.0 or 2.0");
        assertOneLine(Run.of("convert", Run.sample().toString(), dir.resolve("o.csv").toString(), "--to", "sdmx",
                "--sdmx-dataflow", "DF_X", "--lang", "en"), "--sdmx-dataflow DF_X: not a dataflow");
        // POL.02 would have the Open SDG id of the catalogue's POL-02, and read back as POL-02.
        Path dotted = Files.writeString(dir.resolve("dotted.csv"), "indicator,area,period,value\nPOL.02,VN,2024,5\n");
        assertOneLine(Run.of("convert", dotted.toString(), dir.resolve("dotted").toString(), "--to", "open-sdg",
                "--lang", "en"), "dotted: cannot be Open SDG data: 'POL.02' would have the Open SDG id POL.02 of POL-02");
        assertThat(dir.resolve("dotted")).doesNotExist();
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertOneLine(Run.of("convert", Run.sample().toString(), file.toString(), "--to", "open-sdg", "--lang", "en"),
                file + ": is a file; Open SDG data are written into a folder");
        assertOneLine(Run.of("convert", Run.sample().toString(), dir.resolve("out.txt").toString(), "--lang", "en"),
                "out.txt: cannot tell the format from the name", "--to open-sdg");
        assertOneLine(Run.of("convert", Run.sample().toString(), dir.resolve("o.json").toString(), "--to", "csv",
                "--lang", "en"), "o.json: a .json name, but --to csv; name the file for its format");
        assertOneLine(Run.of("convert", Run.sample().toString(), dir.resolve("o.json").toString(), "--to", "sdmx",
                "--lang", "vi"), "o.json: tên có đuôi .json nhưng --to sdmx");
        assertOneLine(Run.of("convert", Run.sample().toString(), dir.resolve("site.csv").toString(), "--to", "open-sdg",
                "--lang", "en"), "site.csv: a .csv name, but --to open-sdg");
        assertOneLine(Run.of("convert", Run.sample().toString(), dir.resolve("o.csv").toString(), "--to-dhis2",
                "--to", "sdmx", "--lang", "en"), "--to-dhis2 and --to sdmx: choose one");
    }

    private static void assertOneLine(Run run, String... parts) {
        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(Main.USAGE);
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception").contains(parts);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void validateReadsSdmxCsvAndOpenSdgFilesThroughTheSameFormats() throws Exception {
        Path sdmx = Files.writeString(dir.resolve("unsd.csv"), """
                STRUCTURE,STRUCTURE_ID,ACTION,SERIES,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE
                dataflow,UNSD:DF_SDG_GLH(1.0),I,ECO-01,14,2024,42.1,PT
                dataflow,UNSD:DF_SDG_GLH(1.0),I,ECO-01,14,2023,41.0,PT
                """);
        Path openSdg = Files.writeString(dir.resolve("indicator_5-4-1.csv"), "Year,GeoCode,Value\n2024,14,1.6\n");

        Run run = Run.of("validate", sdmx.toString(), openSdg.toString(), "--lang", "en");

        assertThat(run.code()).as(run.out() + run.err()).isNotEqualTo(Main.USAGE);
        assertThat(run.out()).contains("unsd.csv: 2 rows read, 2 observations")
                .contains("indicator_5-4-1.csv: 1 row read, 1 observation");
    }

    @Test
    void toDhis2IsTheNewNameOfToDhis2() throws Exception {
        Path map = Files.writeString(dir.resolve("map.csv"), """
                type,uid,code
                dataElement,fbfJHSPpUQD,ECO-01
                orgUnit,ImspTQPwCqd,14
                """);
        Path csv = Files.writeString(dir.resolve("in.csv"), "indicator,area,period,value\nECO-01,14,2024,42.1\n");
        Path out = dir.resolve("set.json");

        Run run = Run.of("convert", csv.toString(), out.toString(), "--to", "dhis2", "--dhis2-map", map.toString(),
                "--lang", "en");

        assertThat(run.code()).isEqualTo(Main.ACCEPTED);
        assertThat(Files.readString(out)).contains("\"dataElement\":\"fbfJHSPpUQD\"").contains("\"value\":\"42.1\"");
    }

    @Test
    void theHelpTellsEachFormatInBothLanguages() {
        Run en = Run.of("convert", "--help", "--lang", "en");
        assertThat(en.out()).contains("--from=FORMAT").contains("--to=FORMAT").contains("--sdmx-version=1.0|2.0")
                .contains("open-sdg").contains("SDMX-CSV").contains("Deprecated: the same as --to dhis2");
        Run vi = Run.of("convert", "--help", "--lang", "vi");
        assertThat(vi.out()).contains("--from=FORMAT").contains("Định dạng cần ghi").contains("open-sdg")
                .contains("Không còn dùng: giống --to dhis2");
    }
}
