package io.github.binhdang.serialization.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.period.TermPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.progress.Assessment;
import io.github.binhdang.core.progress.ProgressStatus;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.progress.ScorecardRow;
import io.github.binhdang.core.progress.SeriesPoint;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.serialization.csv.DatasetCsvReader;
import io.github.binhdang.serialization.csv.DatasetCsvWriter;
import io.github.binhdang.serialization.json.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Our dataset → workbook → our dataset is the same dataset: the Sơn La 2017 seed (People's Council shares
 * for the 2016–2021 term, 38.89 % at province level; 384 of 2,539 women-owned enterprises), an "about"
 * provisional figure of 384 of 2,539, and an observation with every optional field (15.10 and 2539.0 keep
 * their trailing zeros through the cells' formats).
 */
class ExcelRoundTripTest {

    static Dataset seed() {
        return Dataset.builder().addAll(Fixtures.sonLa2017())
                .add(Observation.builder("W_ENT", Fixtures.SON_LA, YearPeriod.of(2018)).value(new BigDecimal("15.1"))
                        .components(384, 2_539).qualifier(Qualifier.ABOUT).status(ObservationStatus.PROVISIONAL)
                        .unit(Unit.PERCENT).build())
                .add(Fixtures.fullObservation())
                .build();
    }

    private static ExcelReader reader() {
        return ExcelReader.defaults().withTable(DatasetCsvReader.defaults().withUnits(List.of(Fixtures.CLASSES)));
    }

    private static byte[] write(ExcelWriter writer, Dataset dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(dataset, out);
        return out.toByteArray();
    }

    @Test
    void aTidySheetReadsBackEqualWithEnglishOrVietnameseHeaders() {
        Dataset seed = seed();
        for (boolean vietnamese : new boolean[] {false, true}) {
            byte[] book = write(ExcelWriter.defaults().withVietnameseHeaders(vietnamese), seed);
            ExcelReadResult read = reader().read(new ByteArrayInputStream(book), "son-la.xlsx");
            assertThat(read.report().findings()).isEmpty();
            assertThat(read.dataset()).isEqualTo(seed);
        }
        ExcelReadResult read = reader().read(new ByteArrayInputStream(write(ExcelWriter.defaults(), seed)), "");
        Observation council = read.dataset().get(0);
        assertThat(council.period()).isEqualTo(TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021));
        assertThat(council.value()).contains(new BigDecimal("38.89"));
        Observation about = read.dataset().get(8);
        assertThat(about.numerator()).contains(new BigDecimal("384"));
        assertThat(about.denominator()).contains(new BigDecimal("2539"));
        assertThat(about.qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(about.status()).isEqualTo(ObservationStatus.PROVISIONAL);
    }

    @Test
    void aNumberOfMoreDigitsThanACellKeepsIsWrittenAsTextAndReadsBackExactly() {
        // 19 significant digits, more than the 15 to 17 a double keeps.
        Dataset many = Dataset.builder().add(Observation.builder("GDP", "14", YearPeriod.of(2017))
                .value(new BigDecimal("1234567.123456789012")).build()).build();
        ExcelReadResult read = reader().read(new ByteArrayInputStream(write(ExcelWriter.defaults(), many)), "");
        assertThat(read.report().findings()).isEmpty();
        assertThat(read.dataset()).isEqualTo(many);
    }

    @Test
    void aSheetPerIndicatorReadsBackIndicatorByIndicator() throws IOException {
        Dataset seed = seed();
        byte[] book = write(ExcelWriter.defaults().withSheetPerIndicator(true), seed);
        List<String> names = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(book))) {
            workbook.getSheets().forEach(s -> names.add(s.getName()));
        }
        assertThat(names).containsExactly("W_HDND", "W_TRAINED", "W_ENT", "DV_MODELS", "FAMILY_CLUBS", "DV_GROUPS",
                "ACT");
        Dataset.Builder all = Dataset.builder();
        for (String name : names) {
            ExcelReadResult read = reader().withSheet(name).read(new ByteArrayInputStream(book), "");
            assertThat(read.report().findings()).isEmpty();
            read.dataset().forEach(o -> assertThat(o.indicator()).isEqualTo(name));
            all.addAll(read.dataset());
        }
        assertThat(Dataset.of(seed.stream().sorted((a, b) -> names.indexOf(a.indicator())
                - names.indexOf(b.indicator())).toList())).isEqualTo(all.build());
    }

    @Test
    void theHeadersAreTheCsvWritersAndTheSheetIsStyledAndFrozen() throws IOException {
        StringWriter csv = new StringWriter();
        DatasetCsvWriter.defaults().write(Dataset.builder().build(), csv);
        assertThat(String.join(",", ExcelWriter.ENGLISH)).isEqualTo(csv.toString().strip());
        String sheet = part(write(ExcelWriter.defaults(), seed()), "xl/worksheets/sheet1.xml");
        // The pane below row 1 is frozen (ECMA-376 18.3.1.66), and the header has a filter over its 10 rows.
        assertThat(sheet).contains("state=\"frozen\"").contains("ySplit=\"1\"").contains("<autoFilter ref=\"A1:L11\"");
        String styles = part(write(ExcelWriter.defaults(), seed()), "xl/styles.xml");
        assertThat(styles).contains("<b/>").contains("D9E1F2").contains("formatCode=\"#,##0.00\"")
                .contains("formatCode=\"#,##0.0\"");
    }

    @Test
    void scorecardsAsASheetWithTheIndicatorsDecimals() throws IOException {
        Target t23 = Fixtures.nationalStrategy().objectives().get(1).targets().get(0);
        Assessment a = Assessment.builder("escap", "2.3", t23.milestones().get(0))
                .latest(SeriesPoint.of(YearPeriod.of(2017), new BigDecimal("15.1")))
                .score(new BigDecimal("0.495"))
                .build(ProgressStatus.NEEDS_ACCELERATION, BilingualText.of("Chậm", "Slow"));
        Scorecard card = Scorecard.ofRows("VN-NSGE-2021-2030", "14", Breakdown.TOTAL, "escap",
                List.of(new ScorecardRow(t23, a)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelWriter.defaults().withVietnameseHeaders(true).writeScorecards(List.of(card), out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Đánh giá");
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Chiến lược");
            assertThat(rows.get(1).getCellText(4)).isEqualTo("2.3");
            assertThat(rows.get(1).getCellAsNumber(9)).contains(new BigDecimal("15.1"));
            assertThat(rows.get(1).getCellAsNumber(11)).contains(new BigDecimal("0.495"));
            assertThat(rows.get(1).getCellText(14)).isEqualTo("NEEDS_ACCELERATION");
        }
        String styles = part(out.toByteArray(), "xl/styles.xml");
        String decimals = t23.indicator().decimals() == 0 ? "#,##0\""
                : "#,##0." + "0".repeat(t23.indicator().decimals()) + "\"";
        assertThat(styles).contains("formatCode=\"" + decimals);
    }

    @Test
    void theLibraryIsOnTheModulePathUnderItsOwnModuleNames() {
        assertThat(ReadableWorkbook.class.getModule().getName()).isEqualTo("org.dhatim.fastexcel.reader");
        assertThat(org.dhatim.fastexcel.Workbook.class.getModule().getName()).isEqualTo("org.dhatim.fastexcel");
        assertThat(ExcelReader.class.getModule().getName()).isEqualTo("io.github.binhdang.serialization");
    }

    private static String part(byte[] zip, String name) throws IOException {
        Path file = Files.createTempFile("excel", ".xlsx");
        try {
            Files.write(file, zip);
            try (ZipFile in = new ZipFile(file.toFile())) {
                ZipEntry e = in.getEntry(name);
                assertThat(e).as(name).isNotNull();
                return new String(in.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }
}
