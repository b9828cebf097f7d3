package io.github.binhdang.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.period.ReportingPeriod;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, CSV injection tried in a real spreadsheet program: files the writers wrote with hostile
 * cells are opened by LibreOffice Calc (headless, its CSV import with formulas evaluated, UTF-8) and
 * saved as flat OpenDocument ({@code .fods}, plain XML), in which a cell that holds a formula has a
 * {@code table:formula} attribute. No cell may have one, and a negative value must be a number cell.
 * A file written with neutralising switched off must give formulas, so that the test can see one.
 *
 * <p>Off by default: run with the Maven profile {@code libreoffice}
 * ({@code mvn -B -P libreoffice -pl serialization -am test -Dtest=LibreOfficeFormulaTest
 * -Dsurefire.failIfNoSpecifiedTests=false}, CONTRIBUTING.md); skipped, with a message, when
 * {@code soffice} is not installed ({@code apt-get install libreoffice-calc-nogui}).
 */
@EnabledIfSystemProperty(named = "binhdang.libreoffice", matches = "true")
class LibreOfficeFormulaTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://example.invalid\",\"Bấm vào đây\")";
    private static final Pattern CELL = Pattern.compile(
            "<table:table-cell\\b([^>]*?)(?:/>|>(.*?)</table:table-cell>)", Pattern.DOTALL);

    /** A cell of the saved sheet: its attributes and its text. */
    private record Cell(String attributes, String text) {
        boolean isString() {
            return attributes.contains("office:value-type=\"string\"");
        }
    }

    private static Observation row(String area, String source, String note, String value) {
        return Observation.builder("W_ENT", area, ReportingPeriod.parse("2017")).value(new BigDecimal(value))
                .source(source).note(note).build();
    }

    private static Dataset hostile() {
        return Dataset.of(List.of(row("14", HYPERLINK, "+1+1", "-3.5"), row("15", "-2+3", "@SUM(A1)", "2"),
                row("16", "=1+1", "'=1", "-0.25")));
    }

    private static String soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return "";
    }

    /** Converts CSV files to flat OpenDocument with LibreOffice, as a person opening them would see them. */
    private static void convert(Path dir, List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(soffice(), "-env:UserInstallation=" + dir.resolve("profile")
                .toUri(), "--headless", "--norestore", "--infilter=CSV:44,34,76,1", "--convert-to", "fods",
                "--outdir", dir.toString()));
        files.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("soffice did not finish in 5 minutes");
        }
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
    }

    private static List<Cell> cells(Path fods) throws IOException {
        String xml = Files.readString(fods, StandardCharsets.UTF_8);
        List<Cell> cells = new ArrayList<>();
        Matcher m = CELL.matcher(xml);
        while (m.find()) {
            String body = m.group(2) == null ? "" : m.group(2);
            String text = body.replace("<text:tab/>", "\t").replaceAll("<[^>]+>", "").replace("&apos;", "'")
                    .replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
            cells.add(new Cell(m.group(1), text));
        }
        return cells;
    }

    private static long formulas(List<Cell> cells) {
        return cells.stream().filter(c -> c.attributes().contains("table:formula")).count();
    }

    @Test
    void noCellOfAWrittenFileOpensAsAFormula(@TempDir Path dir) throws IOException, InterruptedException {
        Assumptions.assumeTrue(!soffice().isEmpty(), "soffice is not installed: apt-get install libreoffice-calc-nogui");
        Path dataset = dir.resolve("dataset.csv");
        DatasetCsvWriter.defaults().write(hostile(), dataset);
        // An observation's text is stripped of blanks around it, so a tab or a carriage return before a
        // formula is tried in the rows both writers write with.
        Path rows = dir.resolve("rows.csv");
        try (Writer out = Files.newBufferedWriter(rows)) {
            new CsvRows(out, ',', true, 3).write("a", "b", "c", "number", "e");
            new CsvRows(out, ',', true, 3).write("\t=1", "\r=1", " =1+1", "-3.5", "-2+3");
        }
        Path raw = dir.resolve("raw.csv");
        DatasetCsvWriter.defaults().withFormulaEscaping(false).write(hostile(), raw);

        convert(dir, List.of(dataset, rows, raw));

        List<Cell> written = cells(dir.resolve("dataset.fods"));
        assertThat(formulas(written)).as("cells holding a formula").isZero();
        assertThat(written).filteredOn(c -> c.text().equals("'" + HYPERLINK)).singleElement()
                .satisfies(c -> assertThat(c.isString()).isTrue());
        for (String text : List.of("'+1+1", "'-2+3", "'@SUM(A1)", "'=1+1", "''=1")) {
            assertThat(written).filteredOn(c -> c.text().equals(text)).as(text).singleElement()
                    .satisfies(c -> assertThat(c.isString()).isTrue());
        }
        assertThat(written).filteredOn(c -> c.attributes().contains("office:value-type=\"float\""))
                .extracting(c -> c.attributes().replaceAll(".*office:value=\"([^\"]*)\".*", "$1"))
                .contains("-3.5", "-0.25");
        List<Cell> tabbed = cells(dir.resolve("rows.fods"));
        assertThat(formulas(tabbed)).as("cells holding a formula").isZero();
        assertThat(tabbed).filteredOn(c -> c.attributes().contains("office:value=\"-3.5\"")).hasSize(1);
        assertThat(tabbed).filteredOn(c -> c.text().equals("'-2+3")).hasSize(1);
        // Without neutralising, the same file opens with live formulas: the test sees them.
        assertThat(formulas(cells(dir.resolve("raw.fods")))).as("cells holding a formula").isPositive();
    }
}
