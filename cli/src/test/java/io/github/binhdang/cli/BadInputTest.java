package io.github.binhdang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input: one line on the error stream naming the file and what is wrong, exit code 2, no stack trace. */
class BadInputTest {

    @TempDir
    Path dir;

    private static void oneLine(Run run, String... parts) {
        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ")
                .contains(parts);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingFile() {
        Path missing = dir.resolve("missing.csv");
        oneLine(Run.of("validate", missing.toString(), "--lang", "en"), missing.toString(), "no such file");
        oneLine(Run.of("validate", missing.toString(), "--lang", "vi"), missing.toString(), "không có tệp này");
    }

    @Test
    void aDirectory() {
        oneLine(Run.of("validate", dir.toString(), "--lang", "en"), dir.toString(), "is a directory");
    }

    @Test
    void utf16WithoutByteOrderMark() throws Exception {
        Path file = Files.write(dir.resolve("utf16.csv"),
                "indicator,area,period,value\nECO-01,14,2024,42.1\n".getBytes(StandardCharsets.UTF_16LE));
        oneLine(Run.of("validate", file.toString(), "--lang", "en"), "utf16.csv", "UTF-16");
    }

    @Test
    void utf16Json() throws Exception {
        Path file = Files.write(dir.resolve("data.json"), "{\"observations\":[]}".getBytes(StandardCharsets.UTF_16));
        oneLine(Run.of("scorecard", file.toString(), "--lang", "en"), "data.json", "UTF-16");
    }

    @Test
    void anOldExcelWorkbookSavedAsCsv() throws Exception {
        // The first bytes of every Excel 97-2003 workbook (an OLE2 compound file), under a .csv name.
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        Path file = Files.write(dir.resolve("bao-cao.csv"), ole);
        oneLine(Run.of("validate", file.toString(), "--lang", "en"), "bao-cao.csv", ".xls", "CSV UTF-8");
        oneLine(Run.of("validate", file.toString(), "--lang", "vi"), "bao-cao.csv", "Excel 97-2003");
    }

    /** A cut-off workbook is read by the Excel reader, whose finding names the file: a report, exit 1. */
    @Test
    void aDamagedWorkbookIsAFindingOfTheExcelReader() throws Exception {
        Path file = Files.write(dir.resolve("bao-cao.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        Run run = Run.of("validate", file.toString(), "--lang", "en");
        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("bao-cao.xlsx").contains("1 error,");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void anOldExcelWorkbookIsNotWritten() {
        oneLine(Run.of("convert", Run.sample().toString(), dir.resolve("out.xls").toString(), "--lang", "en"),
                "out.xls", "use .xlsx");
    }

    @Test
    void anUnknownOption() {
        oneLine(Run.of("validate", "--colour", Run.sample().toString(), "--lang", "en"), "--colour", "validate --help");
    }

    @Test
    void anUnknownMethod() {
        oneLine(Run.of("scorecard", Run.sample().toString(), "--method", "average", "--lang", "en"), "average",
                "binhdang, escap or open-sdg");
    }

    @Test
    void notJson() throws Exception {
        Path file = Files.writeString(dir.resolve("x.json"), "{\"observations\": [ {\"indicator\": }");
        oneLine(Run.of("convert", file.toString(), dir.resolve("y.csv").toString(), "--lang", "en"), "x.json",
                "line:column 1:");
    }

    /** Without --lang, the system's language: Vietnamese on a Vietnamese system, English on any other. */
    @Test
    void theDefaultLanguageIsTheSystems() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("vi-VN"));
            oneLine(Run.of("validate", dir.toString()), "là thư mục");
            java.util.Locale.setDefault(java.util.Locale.FRANCE);
            oneLine(Run.of("validate", dir.toString()), "is a directory");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void debugShowsTheStackTrace() {
        Run run = Run.of("validate", dir.resolve("missing.csv").toString(), "--lang", "en", "--debug");
        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("no such file").contains("UsageException").contains("\tat ");
    }
}
