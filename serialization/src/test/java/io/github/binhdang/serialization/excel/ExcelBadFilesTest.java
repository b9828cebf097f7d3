package io.github.binhdang.serialization.excel;

import static io.github.binhdang.serialization.excel.Xlsx.row;
import static io.github.binhdang.serialization.excel.Xlsx.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that is no workbook to read gets one finding, in English and Vietnamese, naming the file and what
 * to do, and no exception. The OLE2 files are only their first bytes as [MS-CFB] 2.2 gives the header's
 * signature, and, for the encrypted one, the name of the stream [MS-OFFCRYPTO] 2.3.4.4 says an encrypted
 * package is kept in, as the container's directory writes it (UTF-16LE).
 */
class ExcelBadFilesTest {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    @TempDir
    Path dir;

    private Finding only(byte[] bytes, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        ExcelReadResult result = ExcelReader.defaults().read(file);
        assertThat(result.dataset().isEmpty()).isTrue();
        assertThat(result.report().findings()).hasSize(1);
        Finding f = result.report().findings().get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.location().file()).contains(name);
        // The same from a stream.
        ExcelReadResult streamed = ExcelReader.defaults().read(new ByteArrayInputStream(bytes), name);
        assertThat(streamed.report().findings()).extracting(Finding::code).containsExactly(f.code());
        return f;
    }

    private static byte[] ole2(String... streams) {
        byte[] bytes = Arrays.copyOf(OLE2, 2048);
        int at = 1024;
        for (String stream : streams) {
            byte[] name = stream.getBytes(StandardCharsets.UTF_16LE);
            System.arraycopy(name, 0, bytes, at, name.length);
            at += 128;
        }
        return bytes;
    }

    @Test
    void legacyXls() throws IOException {
        Finding f = only(ole2("Workbook", "SummaryInformation"), "bao-cao.xls");
        assertThat(f.code()).isEqualTo("excel.legacy");
        assertThat(f.message()).isEqualTo("bao-cao.xls is an Excel 97-2003 workbook (.xls), which is not read: open it"
                + " in Excel or LibreOffice Calc and save it as an Excel workbook (.xlsx)");
        assertThat(f.message(Locale.forLanguageTag("vi"))).startsWith("bao-cao.xls là tệp Excel 97-2003 (.xls)");
    }

    @Test
    void passwordProtected() throws IOException {
        Finding f = only(ole2("EncryptionInfo", "EncryptedPackage"), "bao-cao.xlsx");
        assertThat(f.code()).isEqualTo("excel.encrypted");
        assertThat(f.message()).startsWith("bao-cao.xlsx is protected by a password and cannot be read: open it,"
                + " remove the password");
        assertThat(f.message(Locale.forLanguageTag("vi"))).startsWith("bao-cao.xlsx được đặt mật khẩu");
    }

    @Test
    void corruptZip() throws IOException {
        byte[] book = new Xlsx().sheet("Data", row(1, text("A1", "indicator"))).bytes();
        // The first 100 bytes of a real package: its signature, and nothing a zip reader can use.
        Finding f = only(Arrays.copyOf(book, 100), "cut.xlsx");
        assertThat(f.code()).isEqualTo("excel.corrupt");
        assertThat(f.message()).startsWith("cut.xlsx is not a readable .xlsx workbook (");
    }

    @Test
    void csvRenamed() throws IOException {
        Finding f = only("indicator,area,period,value\nW_ENT,14,2017,15.1\n".getBytes(StandardCharsets.UTF_8),
                "so-lieu.xlsx");
        assertThat(f.code()).isEqualTo("excel.text");
        assertThat(f.message()).startsWith("so-lieu.xlsx is a text file, not an .xlsx workbook (a .csv file renamed?)");
    }

    @Test
    void noSuchSheet() throws IOException {
        byte[] book = new Xlsx().sheet("Data", row(1, text("A1", "indicator"))).sheet("Notes").bytes();
        Path file = dir.resolve("son-la.xlsx");
        Files.write(file, book);
        ExcelReadResult result = ExcelReader.defaults().withSheet("Số liệu").read(file);
        assertThat(result.report().findings()).extracting(Finding::code).containsExactly("excel.sheet");
        assertThat(result.report().findings().get(0).message()).isEqualTo("son-la.xlsx has no sheet named \"Số liệu\":"
                + " its sheets are Data, Notes; name one of them, or leave the name out to read the first");
    }

    @Test
    void anEmptySheetSaysSo() {
        ExcelReadResult result = ExcelReader.defaults()
                .read(new ByteArrayInputStream(new Xlsx().sheet("Data").bytes()), "empty.xlsx");
        assertThat(result.report().findings()).extracting(Finding::code).containsExactly("csv.empty");
    }
}
