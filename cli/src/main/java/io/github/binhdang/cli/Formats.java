package io.github.binhdang.cli;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.serialization.csv.CsvReadResult;
import io.github.binhdang.serialization.csv.DatasetCsvReader;
import io.github.binhdang.serialization.csv.DatasetCsvWriter;
import io.github.binhdang.serialization.csv.ScorecardCsvWriter;
import io.github.binhdang.serialization.csv.ValidationCsvWriter;
import io.github.binhdang.serialization.dhis2.Dhis2CodeMap;
import io.github.binhdang.serialization.dhis2.Dhis2ReadResult;
import io.github.binhdang.serialization.dhis2.Dhis2Reader;
import io.github.binhdang.serialization.dhis2.Dhis2Writer;
import io.github.binhdang.serialization.excel.ExcelReadResult;
import io.github.binhdang.serialization.excel.ExcelReader;
import io.github.binhdang.serialization.excel.ExcelWriter;
import io.github.binhdang.serialization.json.BinhdangJson;
import io.github.binhdang.serialization.json.DatasetJsonReader;
import io.github.binhdang.serialization.json.DatasetJsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one place that tells a file's format and picks its reader and writer: CSV and JSON datasets, DHIS2
 * data value sets (JSON or CSV, with a code map) and Excel workbooks ({@code .xlsx}, the first sheet,
 * through {@code serialization.excel}; datasets and scorecards are written as workbooks too, a validation
 * report is not). Everything that is wrong with a file before its content can be read (missing, a
 * directory, unreadable, UTF-16 without a byte order mark, an old {@code .xls} workbook, a format this
 * build does not read) is a {@link UsageException} that names the file; what is wrong inside a workbook
 * (encrypted, damaged, a CSV renamed) is a finding of the Excel reader, in the report.
 */
final class Formats {

    /** The formats, told from a file's name and first bytes. */
    enum Kind {
        /** A tidy CSV table of observations. */
        CSV,
        /** The binhdang dataset document. */
        JSON,
        /** A DHIS2 data value set as JSON. */
        DHIS2_JSON,
        /** A DHIS2 data value set as CSV. */
        DHIS2_CSV,
        /** An Excel workbook ({@code .xlsx}): its first sheet, with the CSV table's columns. */
        EXCEL
    }

    /** What reading a file gave: its observations and the findings of reading it. */
    record Input(Path file, Kind kind, Dataset dataset, ValidationReport report, long rows) {
    }

    private static final int SNIFF = 4096;

    private Formats() {
    }

    /** Reads a file of any format this build reads; DHIS2 needs the code map. */
    static Input read(Path file, @Nullable Path dhis2Map, Texts t) {
        byte[] head = head(file, t);
        Kind kind = kindOf(file, head, t);
        String name = String.valueOf(file.getFileName());
        try {
            switch (kind) {
                case CSV: {
                    CsvReadResult r = DatasetCsvReader.defaults().read(file);
                    return new Input(file, kind, r.dataset(), r.report(), r.rowsRead());
                }
                case JSON: {
                    Dataset d = DatasetJsonReader.of().read(file);
                    return new Input(file, kind, d, ValidationReport.empty(), d.size());
                }
                case DHIS2_JSON:
                case DHIS2_CSV: {
                    Dhis2Reader reader = Dhis2Reader.of(codeMap(dhis2Map, file, t)).withFileName(name);
                    Dhis2ReadResult r;
                    try (InputStream in = Files.newInputStream(file)) {
                        r = kind == Kind.DHIS2_JSON ? reader.readJson(in) : reader.readCsv(in);
                    }
                    return new Input(file, kind, r.dataset(), r.report(), r.dataValues());
                }
                default: {
                    ExcelReadResult r = ExcelReader.defaults().read(file);
                    return new Input(file, kind, r.dataset(), r.report(), r.rowsRead());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException(t.t("error.io", name, String.valueOf(e.getMessage())), e);
        } catch (tools.jackson.core.JacksonException e) {
            throw new UsageException(t.t("error.json", name, e.getOriginalMessage(), location(e)), e);
        }
    }

    private static String location(tools.jackson.core.JacksonException e) {
        var l = e.getLocation();
        return l == null ? "?" : l.getLineNr() + ":" + l.getColumnNr();
    }

    /** The first bytes of a file, after the checks that it is a readable file. */
    static byte[] head(Path file, Texts t) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new UsageException(t.t("error.directory", name));
        }
        if (!Files.exists(file)) {
            throw new UsageException(t.t("error.notFound", name));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF);
        } catch (IOException e) {
            throw new UsageException(t.t("error.io", name, String.valueOf(e.getMessage())), e);
        }
    }

    /** The format of a file from its name and its first bytes. */
    static Kind kindOf(Path file, byte[] head, Texts t) {
        String name = String.valueOf(file.getFileName());
        String lower = name.toLowerCase(Locale.ROOT);
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1) || lower.endsWith(".xls")) {
            throw new UsageException(t.t("error.xls", name));
        }
        if (startsWith(head, 'P', 'K', 3, 4) || lower.endsWith(".xlsx")) {
            if (lower.endsWith(".csv") || lower.endsWith(".json")) {
                throw new UsageException(t.t("error.zip", name));
            }
            return Kind.EXCEL; // the Excel reader tells a damaged or encrypted workbook, or text, in a finding
        }
        boolean bom16 = startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF);
        boolean zeros = false;
        for (int i = 0; i < Math.min(4, head.length); i++) {
            zeros |= head[i] == 0;
        }
        boolean json = lower.endsWith(".json");
        boolean csv = lower.endsWith(".csv");
        if (!json && !csv) {
            throw new UsageException(t.t("error.format", name));
        }
        // The CSV reader reads UTF-16 with its byte order mark (spreadsheets' "Unicode text"); any other
        // text with zero bytes is UTF-16 or UTF-32 whose byte order is a guess.
        if (zeros && !(csv && bom16 && !startsWith(head, 0xFF, 0xFE, 0, 0)) || json && bom16) {
            throw new UsageException(t.t("error.utf16", name));
        }
        String text = new String(head, bom16 ? (head[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE
                : StandardCharsets.UTF_16BE) : StandardCharsets.UTF_8);
        if (json) {
            return text.contains("\"dataValues\"") ? Kind.DHIS2_JSON : Kind.JSON;
        }
        String first = text.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        return first.startsWith("dataelement") || first.startsWith("\"dataelement\"") ? Kind.DHIS2_CSV : Kind.CSV;
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static Dhis2CodeMap codeMap(@Nullable Path map, Path file, Texts t) {
        if (map == null) {
            throw new UsageException(t.t("error.dhis2Map", String.valueOf(file.getFileName())));
        }
        head(map, t);
        try (Reader r = Files.newBufferedReader(map, StandardCharsets.UTF_8)) {
            return map.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? Dhis2CodeMap.parseJson(r)
                    : Dhis2CodeMap.parseCsv(r);
        } catch (IOException e) {
            throw new UsageException(t.t("error.io", map.toString(), String.valueOf(e.getMessage())), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(t.t("error.dhis2MapBad", map.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /** The format a dataset is written in, from the file's name, or DHIS2 when asked for. */
    static Kind outputKind(Path file, boolean dhis2, Texts t) {
        String lower = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xls")) {
            throw new UsageException(t.t("error.xlsOut", file.toString()));
        }
        if (lower.endsWith(".xlsx")) {
            if (dhis2) {
                throw new UsageException(t.t("error.formatOut", file.toString()));
            }
            return Kind.EXCEL;
        }
        if (lower.endsWith(".csv")) {
            return dhis2 ? Kind.DHIS2_CSV : Kind.CSV;
        }
        if (lower.endsWith(".json")) {
            return dhis2 ? Kind.DHIS2_JSON : Kind.JSON;
        }
        throw new UsageException(t.t("error.formatOut", file.toString()));
    }

    /** Writes a dataset; DHIS2 needs the code map and answers what it could not write. */
    static ValidationReport write(Dataset dataset, Path file, boolean dhis2, @Nullable Path dhis2Map, Texts t) {
        Kind kind = outputKind(file, dhis2, t);
        try {
            createParent(file);
            switch (kind) {
                case CSV:
                    DatasetCsvWriter.defaults().write(dataset, file);
                    return ValidationReport.empty();
                case JSON:
                    try (DatasetJsonWriter w = DatasetJsonWriter.open(file)) {
                        w.writeAll(dataset);
                    }
                    return ValidationReport.empty();
                case EXCEL:
                    ExcelWriter.defaults().withVietnameseHeaders(t.isVietnamese()).write(dataset, file);
                    return ValidationReport.empty();
                default:
                    Dhis2Writer writer = Dhis2Writer.of(codeMap(dhis2Map, file, t));
                    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        return kind == Kind.DHIS2_JSON ? writer.writeJson(dataset, w) : writer.writeCsv(dataset, w);
                    }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException(t.t("error.write", file.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /** Writes a validation report as JSON or CSV, from the file's name. */
    static void writeReport(ValidationReport report, Path file, Texts t) {
        String lower = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            throw new UsageException(t.t("error.excelOut", file.toString()));
        }
        if (lower.endsWith(".json")) {
            writeText(file, BinhdangJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report), t);
        } else if (lower.endsWith(".csv")) {
            try {
                createParent(file);
                ValidationCsvWriter.defaults().write(report, file);
            } catch (IOException | UncheckedIOException e) {
                throw new UsageException(t.t("error.write", file.toString(), String.valueOf(e.getMessage())), e);
            }
        } else {
            throw new UsageException(t.t("error.formatOut", file.toString()));
        }
    }

    /** Writes scorecards as JSON, CSV or an Excel workbook, from the file's name. */
    static void writeScorecards(List<Scorecard> cards, Path file, Texts t) {
        String lower = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            try {
                createParent(file);
                ExcelWriter.defaults().withVietnameseHeaders(t.isVietnamese()).writeScorecards(cards, file);
            } catch (IOException | UncheckedIOException e) {
                throw new UsageException(t.t("error.write", file.toString(), String.valueOf(e.getMessage())), e);
            }
        } else if (lower.endsWith(".json")) {
            writeText(file, BinhdangJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(cards), t);
        } else if (lower.endsWith(".csv")) {
            try {
                createParent(file);
                ScorecardCsvWriter.defaults().write(cards, file);
            } catch (IOException | UncheckedIOException e) {
                throw new UsageException(t.t("error.write", file.toString(), String.valueOf(e.getMessage())), e);
            }
        } else {
            throw new UsageException(t.t("error.formatOut", file.toString()));
        }
    }

    static void writeText(Path file, String text, Texts t) {
        try {
            createParent(file);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException(t.t("error.write", file.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
