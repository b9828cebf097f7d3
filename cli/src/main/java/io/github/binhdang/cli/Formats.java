package io.github.binhdang.cli;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Location;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.indicators.GenderIndicators;
import io.github.binhdang.indicators.VietNamAreas;
import io.github.binhdang.serialization.csv.CsvReadResult;
import io.github.binhdang.serialization.csv.CsvRecords;
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
import io.github.binhdang.serialization.opensdg.OpenSdgMapping;
import io.github.binhdang.serialization.opensdg.OpenSdgProblem;
import io.github.binhdang.serialization.opensdg.OpenSdgReadResult;
import io.github.binhdang.serialization.opensdg.OpenSdgReader;
import io.github.binhdang.serialization.opensdg.OpenSdgWriter;
import io.github.binhdang.serialization.sdmx.SdmxReadResult;
import io.github.binhdang.serialization.sdmx.SdmxReader;
import io.github.binhdang.serialization.sdmx.SdmxStructure;
import io.github.binhdang.serialization.sdmx.SdmxVersion;
import io.github.binhdang.serialization.sdmx.SdmxWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The one place that tells a file's format and picks its reader and writer: CSV and JSON datasets, DHIS2
 * data value sets (JSON or CSV, with a code map), Excel workbooks ({@code .xlsx}, the first sheet,
 * through {@code serialization.excel}; datasets and scorecards are written as workbooks too, a validation
 * report is not), SDMX-CSV 1.0 and 2.0 through the UN global SDG structure ({@link SdmxStructure#sdg()}),
 * and Open SDG data, one {@code indicator_<id>.csv} per indicator, a file or a folder of them, through
 * {@link #openSdgMapping}. Everything that is wrong with a file before its content can be read (missing, a
 * directory, unreadable, UTF-16 without a byte order mark, an old {@code .xls} workbook, a format this
 * build does not read, an Open SDG file not named {@code indicator_<id>.csv}, a folder with none) is a
 * {@link UsageException} that names the file; what is wrong inside a file is a finding of its reader, in
 * the report.
 *
 * <p>How a file's format is told, unless {@code --from} names it: {@code .xlsx} (or a zip's first bytes)
 * is Excel; {@code .json} is a DHIS2 data value set when it has {@code "dataValues"}, else a dataset;
 * {@code .csv} is SDMX-CSV when its first header is {@code DATAFLOW} (1.0) or {@code STRUCTURE} (2.0), Open
 * SDG when its name is {@code indicator_<id>.csv} or its header runs from {@code Year} to {@code Value}
 * with no {@code indicator} column, a DHIS2 data value set when its header starts with
 * {@code dataelement}, else a tidy table; a folder is Open SDG data. Written formats: from the name
 * ({@code .csv}, {@code .json}, {@code .xlsx}, a folder for Open SDG) unless {@code --to} names one.
 */
final class Formats {

    /** The formats, told from a file's name and first bytes. */
    enum Kind {
        /** A tidy CSV table of observations. */
        CSV("CSV"),
        /** The binhdang dataset document. */
        JSON("JSON"),
        /** A DHIS2 data value set as JSON. */
        DHIS2_JSON("DHIS2 JSON"),
        /** A DHIS2 data value set as CSV. */
        DHIS2_CSV("DHIS2 CSV"),
        /** An Excel workbook ({@code .xlsx}): its first sheet, with the CSV table's columns. */
        EXCEL("Excel"),
        /** SDMX-CSV 1.0 or 2.0, through the UN global SDG structure. */
        SDMX("SDMX-CSV"),
        /** Open SDG data: one {@code indicator_<id>.csv} per indicator, a file or a folder of them. */
        OPEN_SDG("Open SDG");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        /** The format's name as users know it, the same in both languages. */
        String title() {
            return title;
        }
    }

    /** The formats {@code --from} and {@code --to} name. */
    enum Format {
        /** A tidy CSV table. */
        CSV("csv"),
        /** The binhdang JSON dataset. */
        JSON("json"),
        /** An Excel workbook. */
        EXCEL("xlsx"),
        /** A DHIS2 data value set, JSON or CSV by the file's name. */
        DHIS2("dhis2"),
        /** SDMX-CSV. */
        SDMX("sdmx"),
        /** Open SDG data files. */
        OPEN_SDG("open-sdg");

        private final String name;

        Format(String name) {
            this.name = name;
        }

        /** The format of a name given to {@code --from} or {@code --to}: {@code csv}, {@code open-sdg}, … */
        static Format parse(String text, String option, Texts t) {
            for (Format f : values()) {
                if (f.name.equalsIgnoreCase(text.strip()) || f.name().equalsIgnoreCase(text.strip())) {
                    return f;
                }
            }
            throw new UsageException(t.t("convert.badFormat", option, text));
        }
    }

    /** How a dataset is written: the format asked for, if any, and the options of SDMX and DHIS2. */
    record Output(@Nullable Format to, @Nullable Path dhis2Map, @Nullable Path sdmxMap, SdmxVersion sdmxVersion,
            String dataflow, List<Target> targets) {

        /** SDMX-CSV's dataflow when none is given: one of binhdang's own, not an official one. */
        static final String DATAFLOW = "BINHDANG:DF_BINHDANG(1.0)";

        static Output to(@Nullable Format to, @Nullable Path dhis2Map) {
            return new Output(to, dhis2Map, null, SdmxVersion.V2_0, DATAFLOW, List.of());
        }
    }

    /**
     * What reading a file gave: its observations, the findings of reading it, and lines for the user about
     * what was left aside (files of an Open SDG folder that are not data files).
     */
    record Input(Path file, Kind kind, Dataset dataset, ValidationReport report, long rows, List<String> notes) {

        Input(Path file, Kind kind, Dataset dataset, ValidationReport report, long rows) {
            this(file, kind, dataset, report, rows, List.of());
        }
    }

    private static final int SNIFF = 4096;
    private static final String OPEN_SDG_PREFIX = "indicator_";

    private Formats() {
    }

    /** Reads a file of any format this build reads, told from its name and first bytes; DHIS2 needs the code map. */
    static Input read(Path file, @Nullable Path dhis2Map, Texts t) {
        if (Files.isDirectory(file)) {
            throw new UsageException(t.t("error.directory", file.toString()));
        }
        return read(file, null, dhis2Map, t);
    }

    /**
     * Reads a file, or a folder of Open SDG data files, in the format given or told from its name and first
     * bytes; DHIS2 needs the code map.
     */
    static Input read(Path file, @Nullable Format from, @Nullable Path dhis2Map, Texts t) {
        return read(file, from, dhis2Map, null, t);
    }

    /**
     * Reads a file, or a folder of Open SDG data files, in the format given or told from its name and first
     * bytes; DHIS2 needs the code map; SDMX-CSV's codes go through the SDMX map if one is given
     * ({@link #sdmxStructure}).
     */
    static Input read(Path file, @Nullable Format from, @Nullable Path dhis2Map, @Nullable Path sdmxMap, Texts t) {
        if (Files.isDirectory(file) && (from == null || from == Format.OPEN_SDG)) {
            return readOpenSdg(file, openSdgFiles(file, t), t);
        }
        byte[] head = head(file, t);
        Kind kind = kindOf(file, head, from, t);
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
                case SDMX: {
                    SdmxReadResult r;
                    try (InputStream in = Files.newInputStream(file)) {
                        r = SdmxReader.of(sdmxStructure(sdmxMap, t)).withFileName(name).read(in);
                    }
                    return new Input(file, kind, r.dataset(), r.report(), r.rows());
                }
                case OPEN_SDG:
                    openSdgId(file, t);
                    return readOpenSdg(file, List.of(file), t);
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

    // Open SDG (issue 23, cliconvert).

    /**
     * The mapping of Open SDG ids for the built-in catalogue and any other codes: each indicator's id from
     * its SDG link, series labelled by code where several share one, dots for dashes where there is none
     * ({@link OpenSdgMapping.Builder#indicators}); rows of Viet Nam as a whole have no {@code GeoCode}, the
     * headline of a national site.
     *
     * @param others  codes beside the catalogue's, such as a dataset's own
     * @throws InvalidValueException if a code cannot be an Open SDG id or would have another's
     */
    static OpenSdgMapping openSdgMapping(Set<String> others) {
        return mapping(others).build();
    }

    private static OpenSdgMapping.Builder mapping(Set<String> others) {
        Set<String> codes = new LinkedHashSet<>();
        for (Indicator i : GenderIndicators.ALL) {
            codes.add(i.code());
        }
        codes.addAll(others);
        return OpenSdgMapping.builder().indicators(codes, GenderIndicators::sdgIndicator)
                .defaultArea(VietNamAreas.VIET_NAM.code());
    }

    /**
     * The mapping that reads data files: {@link #openSdgMapping} with the codes that the files' names give
     * (dashes kept) where the catalogue has no such code and no SDG indicator has that id, so that
     * {@code indicator_X-1.csv} reads as {@code X-1}; and a file named by a catalogue code that has an SDG
     * link, such as {@code indicator_POL-03.csv} (as the identity mapping writes it), reads as that code.
     */
    private static OpenSdgMapping openSdgReadMapping(Path where, List<Path> files, Texts t) {
        Set<String> others = new LinkedHashSet<>();
        Map<String, String> aliases = new LinkedHashMap<>();
        for (Path f : files) {
            String name = String.valueOf(f.getFileName());
            String code = name.substring(OPEN_SDG_PREFIX.length(), name.length() - ".csv".length());
            String id = OpenSdgReader.indicatorId(name);
            if (GenderIndicators.find(code).isPresent()) {
                if (GenderIndicators.sdgIndicator(code).isPresent()) {
                    aliases.put(id, code);
                }
            } else if (!code.equals(id) && GenderIndicators.findBySdg(id).isEmpty()
                    && GenderIndicators.find(id.replace('.', '-')).isEmpty()) {
                others.add(code);
            }
        }
        try {
            OpenSdgMapping.Builder b = mapping(others);
            aliases.forEach(b::indicator);
            return b.build();
        } catch (InvalidValueException e) {
            throw new UsageException(t.t("convert.openSdgCodes", where.toString(), e.message(t.locale())), e);
        }
    }

    /** The Open SDG id of a data file's name, or a usage error naming the file and the form it needs. */
    private static String openSdgId(Path file, Texts t) {
        try {
            return OpenSdgReader.indicatorId(String.valueOf(file.getFileName()));
        } catch (InvalidValueException e) {
            throw new UsageException(t.t("convert.openSdgName", file.toString()), e);
        }
    }

    /** The data files of an Open SDG folder, by name; a usage error when there is none. */
    static List<Path> openSdgFiles(Path folder, Texts t) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException(t.t("error.io", folder.toString(), String.valueOf(e.getMessage())), e);
        }
        List<Path> data = new ArrayList<>();
        for (Path f : files) {
            if (isOpenSdgName(String.valueOf(f.getFileName()))) {
                data.add(f);
            }
        }
        if (data.isEmpty()) {
            throw new UsageException(t.t("convert.openSdgEmpty", folder.toString()));
        }
        return data;
    }

    private static boolean isOpenSdgName(String name) {
        try {
            OpenSdgReader.indicatorId(name);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /**
     * Reads Open SDG data files into one dataset; a key that an earlier file gave is an
     * {@code opensdg.duplicate} error, left out. For a folder, the notes name its other files, left aside.
     */
    private static Input readOpenSdg(Path where, List<Path> files, Texts t) {
        OpenSdgReader reader = OpenSdgReader.of(openSdgReadMapping(where, files, t));
        Dataset.Builder all = Dataset.builder();
        List<Finding> findings = new ArrayList<>();
        long rows = 0;
        for (Path f : files) {
            String name = String.valueOf(f.getFileName());
            head(f, t);
            OpenSdgReadResult r;
            try {
                r = reader.read(f);
            } catch (UncheckedIOException e) {
                throw new UsageException(t.t("error.io", f.toString(), String.valueOf(e.getMessage())), e);
            }
            rows += r.rows();
            findings.addAll(r.report().findings());
            for (Observation o : r.dataset()) {
                if (all.contains(o.key())) {
                    findings.add(duplicate(o, name));
                } else {
                    all.add(o);
                }
            }
        }
        List<String> notes = new ArrayList<>();
        if (Files.isDirectory(where)) {
            try (Stream<Path> list = Files.list(where)) {
                list.sorted().filter(p -> !files.contains(p))
                        .forEach(p -> notes.add(t.t("convert.openSdgSkipped", p.toString())));
            } catch (IOException | UncheckedIOException e) {
                throw new UsageException(t.t("error.io", where.toString(), String.valueOf(e.getMessage())), e);
            }
        }
        return new Input(where, Kind.OPEN_SDG, all.build(), ValidationReport.of(findings), rows, List.copyOf(notes));
    }

    private static Finding duplicate(Observation o, String file) {
        String rule = "is left out: an earlier file has the same key";
        return new Finding(OpenSdgProblem.DUPLICATE.code(), Severity.ERROR, Location.of(o.key(), "").withFile(file), "",
                rule, Map.of("file", file, "key", o.key().toString()),
                BilingualText.of("{file}: {key} bị bỏ qua: một tệp trước đã có khóa này",
                        "{file}: {key} is left out: an earlier file has the same key"));
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
        return kindOf(file, head, null, t);
    }

    /** The format of a file: the one given, or told from its name and its first bytes. */
    static Kind kindOf(Path file, byte[] head, @Nullable Format from, Texts t) {
        String name = String.valueOf(file.getFileName());
        String lower = name.toLowerCase(Locale.ROOT);
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1) || lower.endsWith(".xls")) {
            throw new UsageException(t.t("error.xls", name));
        }
        if (startsWith(head, 'P', 'K', 3, 4) || lower.endsWith(".xlsx") || from == Format.EXCEL) {
            if (from == null && (lower.endsWith(".csv") || lower.endsWith(".json"))
                    || from != null && from != Format.EXCEL) {
                throw new UsageException(t.t("error.zip", name));
            }
            return Kind.EXCEL; // the Excel reader tells a damaged or encrypted workbook, or text, in a finding
        }
        boolean bom16 = startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF);
        boolean zeros = false;
        for (int i = 0; i < Math.min(4, head.length); i++) {
            zeros |= head[i] == 0;
        }
        boolean json = from == null ? lower.endsWith(".json")
                : from == Format.JSON || from == Format.DHIS2 && (lower.endsWith(".json") || firstChar(head) == '{');
        boolean csv = from == null ? lower.endsWith(".csv") : !json;
        if (!json && !csv) {
            throw new UsageException(t.t("error.format", name));
        }
        // The CSV reader reads UTF-16 with its byte order mark (spreadsheets' "Unicode text"); any other
        // text with zero bytes is UTF-16 or UTF-32 whose byte order is a guess. SDMX-CSV and Open SDG are UTF-8.
        boolean tidy = from == null || from == Format.CSV;
        if (zeros && !(csv && tidy && bom16 && !startsWith(head, 0xFF, 0xFE, 0, 0)) || (json || !tidy) && bom16) {
            throw new UsageException(t.t("error.utf16", name));
        }
        if (from != null) {
            return switch (from) {
                case CSV -> Kind.CSV;
                case JSON -> Kind.JSON;
                case DHIS2 -> json ? Kind.DHIS2_JSON : Kind.DHIS2_CSV;
                case SDMX -> Kind.SDMX;
                case OPEN_SDG -> Kind.OPEN_SDG;
                case EXCEL -> Kind.EXCEL;
            };
        }
        String text = new String(head, bom16 ? (head[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE
                : StandardCharsets.UTF_16BE) : StandardCharsets.UTF_8);
        if (json) {
            return text.contains("\"dataValues\"") ? Kind.DHIS2_JSON : Kind.JSON;
        }
        String first = text.replace("\uFEFF", "").strip();
        int end = first.indexOf('\n');
        List<String> header = headerFields(end < 0 ? first : first.substring(0, end));
        String lowerFirst = first.toLowerCase(Locale.ROOT);
        if (lowerFirst.startsWith("dataelement") || lowerFirst.startsWith("\"dataelement\"")) {
            return Kind.DHIS2_CSV;
        }
        String head0 = header.isEmpty() ? "" : sdmxId(header.get(0));
        Kind kind = Kind.CSV;
        if (head0.equals("DATAFLOW") || head0.equals("STRUCTURE")) {
            kind = Kind.SDMX;
        } else if (isOpenSdgName(name) || header.size() >= 2 && header.get(0).equals("Year")
                && header.get(header.size() - 1).equals("Value")
                && header.stream().noneMatch(h -> h.equalsIgnoreCase("indicator"))) {
            kind = Kind.OPEN_SDG;
        }
        if (kind != Kind.CSV && bom16) {
            throw new UsageException(t.t("error.utf16", name));
        }
        return kind;
    }

    private static int firstChar(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        return text.isEmpty() ? -1 : text.charAt(0);
    }

    /** The fields of a header line, split at commas or semicolons (SDMX-CSV in some locales), unquoted. */
    private static List<String> headerFields(String line) {
        List<String> fields = new ArrayList<>();
        for (String f : line.strip().split("[,;]", -1)) {
            String v = f.strip();
            if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                v = v.substring(1, v.length() - 1);
            }
            fields.add(v.strip());
        }
        return fields;
    }

    /** An SDMX-CSV header's id: the part before {@code ": "} (labels=both) and before a {@code [} separator. */
    private static String sdmxId(String header) {
        int colon = header.indexOf(':');
        String id = colon > 0 ? header.substring(0, colon) : header;
        int bracket = id.indexOf('[');
        return (bracket > 0 ? id.substring(0, bracket) : id).strip();
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

    /**
     * The format a dataset is written in: the one given, or told from the file's name; an existing folder is
     * Open SDG's. With a format given, the name's extension, if it has one of {@code .csv}, {@code .json} and
     * {@code .xlsx}, must agree with it, and tells DHIS2's JSON ({@code .json}) from its CSV.
     */
    static Kind outputKind(Path file, @Nullable Format to, Texts t) {
        String lower = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xls")) {
            throw new UsageException(t.t("error.xlsOut", file.toString()));
        }
        boolean folder = Files.isDirectory(file);
        // The name's own format, if it has one, must be the one asked for: out.json with --to csv is a slip.
        String named = folder ? null : lower.endsWith(".csv") ? "csv" : lower.endsWith(".json") ? "json"
                : lower.endsWith(".xlsx") ? "xlsx" : null;
        if (to == Format.OPEN_SDG || to == null && folder) {
            if (Files.exists(file) && !folder) {
                throw new UsageException(t.t("convert.openSdgOut", file.toString()));
            }
            if (named != null) {
                throw new UsageException(t.t("convert.toName", file.toString(), named, Format.OPEN_SDG.name));
            }
            return Kind.OPEN_SDG;
        }
        if (folder) {
            throw new UsageException(t.t("error.directory", file.toString()));
        }
        if (to != null) {
            boolean fits = switch (to) {
                case CSV, SDMX -> named == null || named.equals("csv");
                case DHIS2 -> named == null || !named.equals("xlsx");
                case JSON -> named == null || named.equals("json");
                case EXCEL -> named == null || named.equals("xlsx");
                case OPEN_SDG -> true;
            };
            if (!fits) {
                throw new UsageException(t.t("convert.toName", file.toString(), named, to.name));
            }
            return switch (to) {
                case CSV -> Kind.CSV;
                case JSON -> Kind.JSON;
                case EXCEL -> Kind.EXCEL;
                case SDMX -> Kind.SDMX;
                case DHIS2 -> lower.endsWith(".json") ? Kind.DHIS2_JSON : Kind.DHIS2_CSV;
                case OPEN_SDG -> Kind.OPEN_SDG;
            };
        }
        if (lower.endsWith(".xlsx")) {
            return Kind.EXCEL;
        }
        if (lower.endsWith(".csv")) {
            return Kind.CSV;
        }
        if (lower.endsWith(".json")) {
            return Kind.JSON;
        }
        throw new UsageException(t.t("convert.formatOut", file.toString()));
    }

    /** Writes a dataset; DHIS2 needs the code map and answers what it could not write. */
    static ValidationReport write(Dataset dataset, Path file, boolean dhis2, @Nullable Path dhis2Map, Texts t) {
        return write(dataset, file, outputKind(file, dhis2, t), Output.to(null, dhis2Map), t);
    }

    /**
     * Writes a dataset in the format given or told from the file's name; DHIS2 needs the code map; DHIS2,
     * SDMX-CSV and Open SDG answer what they could not write. Open SDG writes a folder of
     * {@code indicator_<id>.csv}, one per indicator ({@link #openSdgMapping}), and with the output's targets
     * each indicator's {@code meta/<id>.yml} with its {@code progress_calculation_options}.
     */
    static ValidationReport write(Dataset dataset, Path file, Output output, Texts t) {
        return write(dataset, file, outputKind(file, output.to(), t), output, t);
    }

    private static ValidationReport write(Dataset dataset, Path file, Kind kind, Output output, Texts t) {
        try {
            if (kind == Kind.OPEN_SDG) {
                return OpenSdgWriter.of(writeMapping(dataset, file, t)).writeAll(dataset, output.targets(), file);
            }
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
                case SDMX: {
                    SdmxWriter writer = sdmxWriter(output, t);
                    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        return writer.write(dataset, w);
                    }
                }
                default:
                    Dhis2Writer writer = Dhis2Writer.of(codeMap(output.dhis2Map(), file, t));
                    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        return kind == Kind.DHIS2_JSON ? writer.writeJson(dataset, w) : writer.writeCsv(dataset, w);
                    }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException(t.t("error.write", file.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * The SDMX structure: the UN global SDG structure ({@link SdmxStructure#sdg()}), whose indicator and area
     * codes are ours as they are; with an SDMX map, a CSV file {@code dimension,sdmx,code} whose rows map an
     * SDMX code of {@code SERIES}, {@code REF_AREA} or {@code UNIT_MEASURE} to our indicator, area or unit
     * code, such as {@code SERIES,SG_GEN_PARL,POL-03} and {@code REF_AREA,704,VN}. Once a dimension has a
     * row, codes of it with none are unknown codes ({@code sdmx.code} reading, {@code sdmx.unmapped}
     * writing). A map that cannot be read is a usage error naming its line.
     */
    static SdmxStructure sdmxStructure(@Nullable Path map, Texts t) {
        if (map == null) {
            return SdmxStructure.sdg();
        }
        head(map, t);
        String name = map.toString();
        SdmxStructure.Builder b = SdmxStructure.sdgBuilder();
        List<String> errors = new ArrayList<>();
        ValidationReport syntax;
        try (Reader r = Files.newBufferedReader(map, StandardCharsets.UTF_8)) {
            syntax = CsvRecords.read(r, ',', String.valueOf(map.getFileName()), new CsvRecords.Handler() {
                @Override
                public boolean header(int line, List<String> names) {
                    if (!names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList()
                            .equals(List.of("dimension", "sdmx", "code"))) {
                        errors.add(t.t("convert.sdmxMapHeader", name, String.valueOf(line)));
                        return false;
                    }
                    return true;
                }

                @Override
                public void row(int line, CsvRecords.Fields fields) {
                    String dimension = fields.get(0).strip();
                    String sdmx = fields.size() > 1 ? fields.get(1).strip() : "";
                    String code = fields.size() > 2 ? fields.get(2).strip() : "";
                    if (sdmx.isEmpty() || code.isEmpty()) {
                        errors.add(t.t("convert.sdmxMapRow", name, String.valueOf(line)));
                        return;
                    }
                    switch (dimension.toUpperCase(Locale.ROOT)) {
                        case "SERIES" -> b.indicator(sdmx, code);
                        case "REF_AREA" -> b.area(sdmx, code);
                        case "UNIT_MEASURE" -> {
                            var unit = io.github.binhdang.core.unit.Unit.find(code);
                            if (unit.isPresent()) {
                                b.unit(sdmx, unit.get());
                            } else {
                                errors.add(t.t("convert.sdmxMapUnit", name, String.valueOf(line), code));
                            }
                        }
                        default -> errors.add(t.t("convert.sdmxMapDimension", name, String.valueOf(line), dimension));
                    }
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException(t.t("error.io", name, String.valueOf(e.getMessage())), e);
        }
        if (errors.isEmpty() && !syntax.errors().isEmpty()) {
            errors.add(name + ": " + syntax.errors().get(0).message(t.locale()));
        }
        if (!errors.isEmpty()) {
            throw new UsageException(errors.get(0));
        }
        return b.build();
    }

    /** The SDMX-CSV writer of the output's version and dataflow, through the SDG structure and the SDMX map. */
    static SdmxWriter sdmxWriter(Output output, Texts t) {
        SdmxStructure structure = sdmxStructure(output.sdmxMap(), t);
        try {
            return SdmxWriter.of(structure, output.dataflow()).withVersion(output.sdmxVersion());
        } catch (InvalidValueException e) {
            throw new UsageException(t.t("convert.dataflow", output.dataflow()), e);
        }
    }

    /** The mapping that writes a dataset as Open SDG: the catalogue's and the dataset's own codes. */
    private static OpenSdgMapping writeMapping(Dataset dataset, Path folder, Texts t) {
        Set<String> others = new LinkedHashSet<>();
        for (String code : dataset.indicators()) {
            if (GenderIndicators.find(code).isEmpty()) {
                others.add(code);
            }
        }
        try {
            return openSdgMapping(others);
        } catch (InvalidValueException e) {
            throw new UsageException(t.t("convert.openSdgCodes", folder.toString(), e.message(t.locale())), e);
        }
    }

    /**
     * The Open SDG data files of a folder that are not among those just written: files from an earlier
     * conversion, left as they were, which a reader of the folder would read too.
     */
    static List<Path> openSdgOthers(Path folder, List<String> written) {
        List<Path> others = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.sorted().filter(p -> Files.isRegularFile(p) && isOpenSdgName(String.valueOf(p.getFileName()))
                    && !written.contains(String.valueOf(p.getFileName()))).forEach(others::add);
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
        return others;
    }

    /** The format a name asks for by its form: Open SDG's folder for a name that ends with a separator. */
    static @Nullable Format formatOfName(String name) {
        return name.endsWith("/") || name.endsWith(java.io.File.separator) ? Format.OPEN_SDG : null;
    }

    /** The files an Open SDG folder is given for a dataset, in the order written. */
    static List<String> openSdgFileNames(Dataset dataset, Path folder, Texts t) {
        List<String> names = new ArrayList<>();
        for (String id : OpenSdgWriter.of(writeMapping(dataset, folder, t)).ids(dataset)) {
            names.add(OpenSdgWriter.fileName(id));
        }
        return names;
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
