package io.github.binhdang.serialization.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.serialization.csv.DatasetCsvReader;
import io.github.binhdang.serialization.json.Fixtures;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: a workbook saved by a real spreadsheet program. LibreOffice Calc (headless) saves our sheet,
 * {@code son-la-2017.fods}, as {@code .xlsx}, and the reader reads it, as it reads the copy kept beside it
 * ({@link ExcelLibreOfficeFileTest}); a workbook our writer wrote is saved again by LibreOffice and still
 * reads back to the same dataset.
 *
 * <p>Off by default: run with the Maven profile {@code libreoffice} ({@code mvn -B -P libreoffice -pl
 * serialization -am test -Dtest=LibreOfficeExcelTest -Dsurefire.failIfNoSpecifiedTests=false},
 * CONTRIBUTING.md); skipped, with a message, when {@code soffice} is not installed
 * ({@code apt-get install libreoffice-calc-nogui}).
 */
@EnabledIfSystemProperty(named = "binhdang.libreoffice", matches = "true")
class LibreOfficeExcelTest {

    private static String soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return "";
    }

    private static void convert(Path dir, Path file, String outdir) throws IOException, InterruptedException {
        Path out = dir.resolve(outdir);
        Files.createDirectories(out);
        List<String> command = List.of(soffice(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", out.toString(), file.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("soffice did not finish in 5 minutes");
        }
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
    }

    @Test
    void aSheetSavedByLibreOfficeReads(@TempDir Path dir) throws IOException, InterruptedException {
        Assumptions.assumeTrue(!soffice().isEmpty(), "soffice is not installed: apt-get install libreoffice-calc-nogui");
        Path fods = dir.resolve("son-la-2017.fods");
        try (InputStream in = LibreOfficeExcelTest.class.getResourceAsStream("son-la-2017.fods")) {
            Files.copy(in, fods);
        }
        convert(dir, fods, "saved");
        ExcelLibreOfficeFileTest.assertSonLa(ExcelReader.defaults().withSheet("Số liệu")
                .read(dir.resolve("saved/son-la-2017.xlsx")));
    }

    @Test
    void aWorkbookWeWroteSavedAgainByLibreOfficeReadsBackEqual(@TempDir Path dir)
            throws IOException, InterruptedException {
        Assumptions.assumeTrue(!soffice().isEmpty(), "soffice is not installed: apt-get install libreoffice-calc-nogui");
        Path ours = dir.resolve("son-la.xlsx");
        ExcelWriter.defaults().withVietnameseHeaders(true).write(ExcelRoundTripTest.seed(), ours);
        convert(dir, ours, "saved");
        ExcelReadResult read = ExcelReader.defaults()
                .withTable(DatasetCsvReader.defaults().withUnits(List.of(Fixtures.CLASSES)))
                .read(dir.resolve("saved/son-la.xlsx"));
        assertThat(read.report().findings()).isEmpty();
        assertThat(read.dataset()).isEqualTo(ExcelRoundTripTest.seed());
    }
}
