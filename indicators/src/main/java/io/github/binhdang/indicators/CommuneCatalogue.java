package io.github.binhdang.indicators;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaKind;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.area.AreaLink;
import io.github.binhdang.core.area.AreaTable;
import io.github.binhdang.core.area.LinkKind;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The districts and communes of Viet Nam and the links across the reform of 1 July 2025, read once
 * from the resources of this module on first use.
 *
 * <p>The source of truth is the three files of the project's reference folder {@code shared/reference/communes}
 * ({@code communes-2025.csv}, {@code communes-before-2025.csv}, {@code commune-links-2025.csv}), copied
 * byte for byte (the jar deflates them), so that their provenance stays checkable by comparing the files;
 * their sources, decisions and caveats are in that folder's README and in {@link VietNamAreas}.
 *
 * <p>The build reads them with {@link #load} (every check included) and writes their areas and links as
 * an {@link AreaTable}, the resource {@value #TABLE}, by running {@link #main} after compiling (the
 * indicators POM, exec-maven-plugin at {@code process-classes}); the file is generated, never committed.
 * The first use reads that table with a few bulk reads and makes each area only when it is asked for,
 * where reading the CSV files made all 14,052 areas and 10,571 links at once. Without the table (a build
 * that skipped the step) the CSV files are read instead, with the same result, more slowly; a test holds
 * the two equal.
 */
final class CommuneCatalogue {

    /** The resource of the table generated at build time from the three CSV files. */
    static final String TABLE = "communes.table";

    static final LocalDate LAST_DAY = VietNamAreas.LAST_DAY_OF_63_UNITS;
    static final LocalDate FIRST_DAY = VietNamAreas.FIRST_DAY_OF_34_UNITS;

    // The five island districts that had no communes and became special zones whole (README,
    // "old_level"): code and name as the README gives them, without a type, which it does not give.
    private static final String[][] ISLAND_DISTRICTS = {
        {"318", "Bạch Long Vĩ", "31"},
        {"471", "Cồn Cỏ", "45"},
        {"498", "Hoàng Sa", "48"},
        {"536", "Lý Sơn", "51"},
        {"755", "Côn Đảo", "77"},
    };

    final AreaHierarchy hierarchy;
    // The areas and links beyond the provinces, in the order of the files: districts, communes until
    // 30 June 2025, units from 1 July 2025; links as recorded. What the table is made of.
    final List<Area> areas;
    final List<AreaLink> links;

    private CommuneCatalogue(AreaHierarchy hierarchy, List<Area> areas, List<AreaLink> links) {
        this.hierarchy = hierarchy;
        this.areas = areas;
        this.links = links;
    }

    // Initialisation-on-demand holders: the JVM loads each once, on first use, and publishes it safely
    // to every thread.
    private static final class Holder {
        static final AreaHierarchy HIERARCHY = shipped();
    }

    private static final class Resolutions {
        static final Map<String, String> BY_PROVINCE = resolutions();
    }

    /** The hierarchy of every unit, read from the table, or from the CSV files if there is no table. */
    static AreaHierarchy hierarchy() {
        return Holder.HIERARCHY;
    }

    /** The resolution that set the commune-level units of each of the 34 units, by code. */
    static Map<String, String> resolutionsByProvince() {
        return Resolutions.BY_PROVINCE;
    }

    private static AreaHierarchy shipped() {
        try (InputStream in = CommuneCatalogue.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                return load(null).hierarchy;
            }
            return withCommuneAliases(VietNamAreas.builder().addTable(AreaTable.read(in))).build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TABLE, e);
        }
    }

    // The spellings of the 2025 resolutions for the units in force until 30 June 2025, as aliases of
    // those units (VietNamAreas.COMMUNE_ALIASES).
    private static AreaHierarchy.Builder withCommuneAliases(AreaHierarchy.Builder builder) {
        VietNamAreas.COMMUNE_ALIASES.forEach((alias, code) -> builder.alias(alias, code, LAST_DAY));
        return builder;
    }

    private static Map<String, String> resolutions() {
        Map<String, String> resolutions = new HashMap<>(64);
        forEachRow(read("communes-2025.csv"), "communes-2025.csv", 6, (line, f) -> {
            String province = f.field(3);
            if (!resolutions.containsKey(province)) {
                resolutions.put(province, f.field(4));
            }
        });
        return Map.copyOf(resolutions);
    }

    /**
     * Writes the table of the shipped files: run by the build after compiling.
     *
     * @param args  the file to write
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: CommuneCatalogue <file to write the table to>");
        }
        CommuneCatalogue catalogue = load(null);
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            AreaTable.of(catalogue.areas, catalogue.links).writeTo(out);
        }
    }

    /**
     * Reads the shipped files, with the shipped links or a caller's link file in the same format.
     *
     * <p>Every row of a caller's link file is checked against the provinces of its two units; the
     * shipped file is checked so by a test ({@code VietNamCommunesTest}) instead of on every load,
     * where the check was a fifth of the time spent on the links.
     *
     * @param links  the link file, or null for the shipped one
     */
    static CommuneCatalogue load(@Nullable Reader links) {
        Map<String, String> strings = new HashMap<>(2048);
        List<Area> after = new ArrayList<>(3321);
        forEachRow(read("communes-2025.csv"), "communes-2025.csv", 6, (line, f) -> {
            AreaKind kind = kind(f, 2, "communes-2025.csv", line);
            String province = canonical(strings, f.field(3));
            after.add(Area.of(f.field(0), BilingualText.of(f.field(1)), AreaLevel.COMMUNE).withKind(kind)
                    .withParent(province).withValidFrom(FIRST_DAY));
        });
        Map<String, Area> districtsByCode = new HashMap<>(1024);
        List<Area> districts = new ArrayList<>(700);
        List<Area> before = new ArrayList<>(10035);
        Area[] lastDistrict = new Area[1];
        forEachRow(read("communes-before-2025.csv"), "communes-before-2025.csv", 7, (line, f) -> {
            // The rows come grouped by district: most rows name the district of the row before.
            Area district = lastDistrict[0];
            if (district == null || !f.is(3, district.code())) {
                String code = f.field(3);
                district = districtsByCode.get(code);
                if (district == null) {
                    String name = f.field(4);
                    AreaKind districtKind = AreaKind.fromName(name, AreaLevel.DISTRICT).orElseThrow(
                            () -> new InvalidValueException("communes-before-2025.csv.district_name", name,
                                    "starts with no district type (line " + line + ")"));
                    district = Area.of(code, BilingualText.of(name), AreaLevel.DISTRICT).withKind(districtKind)
                            .withParent(canonical(strings, f.field(5))).withValidTo(LAST_DAY);
                    districtsByCode.put(code, district);
                    districts.add(district);
                }
                lastDistrict[0] = district;
            }
            before.add(Area.of(f.field(0), BilingualText.of(f.field(1)), AreaLevel.COMMUNE)
                    .withKind(kind(f, 2, "communes-before-2025.csv", line))
                    .withParent(district.code()).withValidTo(LAST_DAY));
        });
        for (String[] island : ISLAND_DISTRICTS) {
            Area district = Area.of(island[0], BilingualText.of(island[1]), AreaLevel.DISTRICT)
                    .withParent(canonical(strings, island[2])).withValidTo(LAST_DAY);
            districtsByCode.put(island[0], district);
            districts.add(district);
        }
        AreaHierarchy.Builder builder = VietNamAreas.builder().addAll(districts).addAll(before).addAll(after);
        AreaHierarchy provinces = VietNamAreas.HIERARCHY;
        CodeIndex oldByCode = new CodeIndex(before);
        CodeIndex newByCode = new CodeIndex(after);
        boolean[] linked = new boolean[before.size()];
        // Looked up once per district or province, not once per link.
        Map<String, Area> oldProvinces = new HashMap<>(1024);
        Map<String, Area> newProvinces = new HashMap<>(64);
        Map<Area, Area> heirs = new HashMap<>(128);
        List<AreaLink> recorded = new ArrayList<>(10_571);
        String source = links == null ? "commune-links-2025.csv" : "the link file";
        forEachRow(links == null ? read("commune-links-2025.csv") : read(links, source), source, 6, (line, f) -> {
            boolean isDistrict = f.is(5, "district");
            if (!isDistrict && !f.is(5, "commune")) {
                throw new InvalidValueException(source + ".old_level", f.field(5),
                        "is neither commune nor district (line " + line + ")");
            }
            int oldIndex = isDistrict ? -1 : oldByCode.indexOf(f, 0);
            Area old = isDistrict ? districtsByCode.get(f.field(0)) : oldIndex < 0 ? null : before.get(oldIndex);
            if (old == null) {
                throw new InvalidValueException(source + ".old_code", "'" + f.field(0) + "'",
                        "names no " + f.field(5) + " in force on " + LAST_DAY + " (line " + line + ")");
            }
            int newIndex = newByCode.indexOf(f, 2);
            if (newIndex < 0) {
                throw new InvalidValueException(source + ".new_code", "'" + f.field(2) + "'",
                        "names no commune-level unit in force on " + FIRST_DAY + " (line " + line + ", old code "
                        + f.field(0) + ")");
            }
            Area successor = after.get(newIndex);
            if (links == null) {
                LinkKind kind = linkKind(f, source, line);
                builder.link(old, successor, kind);
                recorded.add(AreaLink.of(old, successor, kind));
                if (oldIndex >= 0) {
                    linked[oldIndex] = true;
                }
                return;
            }
            Area oldProvince = oldProvinces.get(old.parentCode().orElseThrow());
            if (oldProvince == null) {
                oldProvince = provinceOf(old, districtsByCode);
                oldProvinces.put(old.parentCode().orElseThrow(), oldProvince);
            }
            String newParent = successor.parentCode().orElseThrow();
            Area newProvince = newProvinces.get(newParent);
            if (newProvince == null) {
                newProvince = provinces.of(newParent, FIRST_DAY);
                newProvinces.put(newParent, newProvince);
            }
            Area heir = heirs.get(oldProvince);
            if (heir == null) {
                heir = provinces.successorOn(oldProvince, FIRST_DAY).orElseThrow();
                heirs.put(oldProvince, heir);
            }
            if (!heir.equals(newProvince)) {
                throw new InvalidValueException(source + ".new_code", "'" + f.field(2) + "'",
                        "is " + successor.name().vi() + " of " + newProvince.name().vi() + ", but the old unit "
                        + old.code() + " " + old.name().vi() + " of " + oldProvince.name().vi() + " can only go into a unit of "
                        + heir.name().vi() + " (code " + heir.code() + ") on " + FIRST_DAY + " (line " + line + ")");
            }
            if (!f.is(1, oldProvince.code()) || !f.is(3, newProvince.code())) {
                throw new InvalidValueException(source + ".old_province_code", f.field(1) + "/" + f.field(3),
                        "disagrees with the provinces of " + old.code() + " and " + successor.code() + ", "
                        + oldProvince.code() + "/" + newProvince.code() + " (line " + line + ")");
            }
            LinkKind kind = linkKind(f, source, line);
            builder.link(old, successor, kind);
            recorded.add(AreaLink.of(old, successor, kind));
            if (oldIndex >= 0) {
                linked[oldIndex] = true;
            }
        });
        for (int i = 0; i < linked.length; i++) {
            if (!linked[i]) {
                Area commune = before.get(i);
                throw new InvalidValueException(source + ".old_code", "'" + commune.code() + "'",
                        "(" + commune.name().vi() + ", in force until " + LAST_DAY + ") is linked to no successor;"
                        + " every commune in force on " + LAST_DAY + " needs one on " + FIRST_DAY);
            }
        }
        List<Area> areas = new ArrayList<>(districts.size() + before.size() + after.size());
        areas.addAll(districts);
        areas.addAll(before);
        areas.addAll(after);
        return new CommuneCatalogue(withCommuneAliases(builder).build(), List.copyOf(areas), List.copyOf(recorded));
    }

    private static Area provinceOf(Area old, Map<String, Area> districtsByCode) {
        String parent = old.parentCode().orElseThrow();
        if (old.level() == AreaLevel.COMMUNE) {
            parent = districtsByCode.get(parent).parentCode().orElseThrow();
        }
        return VietNamAreas.HIERARCHY.of(parent, LAST_DAY);
    }

    private static String canonical(Map<String, String> strings, String value) {
        String known = strings.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    private static AreaKind kind(Row row, int field, String file, int line) {
        for (int i = 0; i < KIND_WORDS.length; i++) {
            if (row.is(field, KIND_WORDS[i])) {
                return KINDS[i];
            }
        }
        return kind(row.field(field), file, line);
    }

    private static final String[] KIND_WORDS = {"xa", "phuong", "thi_tran", "dac_khu"};
    private static final AreaKind[] KINDS = {AreaKind.COMMUNE, AreaKind.WARD, AreaKind.TOWNSHIP, AreaKind.SPECIAL_ZONE};

    private static AreaKind kind(String type, String file, int line) {
        switch (type) {
            case "xa":
                return AreaKind.COMMUNE;
            case "phuong":
                return AreaKind.WARD;
            case "thi_tran":
                return AreaKind.TOWNSHIP;
            case "dac_khu":
                return AreaKind.SPECIAL_ZONE;
            default:
                throw new InvalidValueException(file + ".type", type,
                        "is none of xa, phuong, thi_tran, dac_khu (line " + line + ")");
        }
    }

    private static LinkKind linkKind(Row row, String file, int line) {
        if (row.is(4, "full")) {
            return LinkKind.FULL;
        }
        if (row.is(4, "partial")) {
            return LinkKind.PARTIAL;
        }
        return linkKind(row.field(4), file, line);
    }

    private static LinkKind linkKind(String kind, String file, int line) {
        switch (kind) {
            case "full":
                return LinkKind.FULL;
            case "partial":
                return LinkKind.PARTIAL;
            default:
                throw new InvalidValueException(file + ".kind", kind, "is neither full nor partial (line " + line + ")");
        }
    }

    // A shipped resource, whole: the files are small (at most 660 KB), and one decoding of the whole
    // file is much cheaper on a cold JVM than a reader's line by line.
    private static String read(String resource) {
        try (InputStream in = CommuneCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + resource + " is missing from binhdang-indicators");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    // A caller's file, whole, its lines ended by '\n' whatever ended them ("\r\n", "\r" or "\n").
    private static String read(Reader reader, String file) {
        StringBuilder text = new StringBuilder(1 << 16);
        try (BufferedReader in = new BufferedReader(reader, 1 << 15)) {
            String line;
            while ((line = in.readLine()) != null) {
                text.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return text.toString();
    }

    // Where a row's fields are in the text of its file: a row is read without cutting it into strings,
    // and only the fields that are kept become strings.
    private static final class Row {
        private final String text;
        private final int[] starts;
        private final int[] ends;

        Row(String text, int columns) {
            this.text = text;
            this.starts = new int[columns];
            this.ends = new int[columns];
        }

        String field(int i) {
            return text.substring(starts[i], ends[i]);
        }

        boolean is(int i, String value) {
            return ends[i] - starts[i] == value.length() && text.startsWith(value, starts[i]);
        }

        // The field's value if it is one to five ASCII digits, else -1.
        int number(int i) {
            int length = ends[i] - starts[i];
            if (length == 0 || length > 5) {
                return -1;
            }
            int value = 0;
            for (int k = starts[i]; k < ends[i]; k++) {
                char c = text.charAt(k);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
    }

    // The positions of areas in a list by code: by number for codes of five digits (all the shipped
    // ones), by map for any other.
    private static final class CodeIndex {
        // One more than the position, so that the zero of a new array means no area.
        private final int[] byNumber = new int[100_000];
        private final Map<String, Integer> others = new HashMap<>();

        CodeIndex(List<Area> areas) {
            for (int i = 0; i < areas.size(); i++) {
                String code = areas.get(i).code();
                int number = code.length() == 5 ? number(code) : -1;
                if (number >= 0) {
                    byNumber[number] = i + 1;
                } else {
                    others.put(code, i);
                }
            }
        }

        private static int number(String code) {
            int value = 0;
            for (int k = 0; k < code.length(); k++) {
                char c = code.charAt(k);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }

        int indexOf(Row row, int field) {
            if (row.ends[field] - row.starts[field] == 5) {
                int number = row.number(field);
                if (number >= 0) {
                    return byNumber[number] - 1;
                }
            }
            return others.isEmpty() ? -1 : others.getOrDefault(row.field(field), -1);
        }
    }

    private interface RowHandler {
        void row(int line, Row row);
    }

    // Reads a CSV file without quoting (none of the files quotes) whose lines end with '\n', skipping
    // its header row and empty rows.
    private static void forEachRow(String text, String file, int columns, RowHandler handler) {
        Row row = new Row(text, columns);
        int length = text.length();
        int eol = text.indexOf('\n');
        int pos = eol < 0 ? length : eol + 1;
        int line = 1;
        while (pos < length) {
            line++;
            eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = length;
            }
            if (eol > pos) {
                int start = pos;
                for (int i = 0; i < columns; i++) {
                    int comma = text.indexOf(',', start);
                    if (comma > eol) {
                        comma = -1;
                    }
                    if (i == columns - 1) {
                        if (comma >= 0) {
                            throw new InvalidValueException(file, text.substring(pos, eol),
                                    "has more than " + columns + " columns (line " + line + ")");
                        }
                        row.starts[i] = start;
                        row.ends[i] = eol;
                    } else {
                        if (comma < 0) {
                            throw new InvalidValueException(file, text.substring(pos, eol),
                                    "has fewer than " + columns + " columns (line " + line + ")");
                        }
                        row.starts[i] = start;
                        row.ends[i] = comma;
                        start = comma + 1;
                    }
                }
                handler.row(line, row);
            }
            pos = eol + 1;
        }
    }
}
