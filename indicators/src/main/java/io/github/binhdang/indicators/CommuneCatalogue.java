package io.github.binhdang.indicators;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaKind;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.area.LinkKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The districts and communes of Viet Nam and the links across the reform of 1 July 2025, read once
 * from the resources of this module on first use.
 *
 * <p>The resources are the three files of the project's reference folder {@code shared/reference/communes}
 * ({@code communes-2025.csv}, {@code communes-before-2025.csv}, {@code commune-links-2025.csv}), copied
 * byte for byte (the jar deflates them), so that their provenance stays checkable by comparing the files;
 * their sources, decisions and caveats are in that folder's README and in {@link VietNamAreas}.
 */
final class CommuneCatalogue {

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
    final List<Area> districts;
    final List<Area> communesBefore;
    final List<Area> communesAfter;
    final Map<String, String> resolutions;

    private CommuneCatalogue(AreaHierarchy hierarchy, List<Area> districts, List<Area> communesBefore,
            List<Area> communesAfter, Map<String, String> resolutions) {
        this.hierarchy = hierarchy;
        this.districts = districts;
        this.communesBefore = communesBefore;
        this.communesAfter = communesAfter;
        this.resolutions = resolutions;
    }

    // Initialisation-on-demand holder: the JVM loads the catalogue once, on the first call of
    // instance(), and publishes it safely to every thread.
    private static final class Holder {
        static final CommuneCatalogue INSTANCE = load(null);
    }

    static CommuneCatalogue instance() {
        return Holder.INSTANCE;
    }

    /**
     * Reads the shipped files, with the shipped links or a caller's link file in the same format.
     *
     * @param links  the link file, or null for the shipped one
     */
    static CommuneCatalogue load(@Nullable Reader links) {
        Map<String, String> strings = new HashMap<>(2048);
        Map<String, String> resolutions = new HashMap<>(64);
        List<Area> after = new ArrayList<>(3321);
        forEachRow(open("communes-2025.csv"), "communes-2025.csv", 6, (line, f) -> {
            AreaKind kind = kind(f[2], "communes-2025.csv", line);
            String province = canonical(strings, f[3]);
            resolutions.putIfAbsent(province, f[4]);
            after.add(Area.of(f[0], BilingualText.of(f[1]), AreaLevel.COMMUNE).withKind(kind)
                    .withParent(province).withValidFrom(FIRST_DAY));
        });
        Map<String, Area> districtsByCode = new HashMap<>(1024);
        List<Area> districts = new ArrayList<>(700);
        List<Area> before = new ArrayList<>(10035);
        forEachRow(open("communes-before-2025.csv"), "communes-before-2025.csv", 7, (line, f) -> {
            Area district = districtsByCode.get(f[3]);
            if (district == null) {
                String code = f[3];
                AreaKind districtKind = AreaKind.fromName(f[4], AreaLevel.DISTRICT).orElseThrow(
                        () -> new InvalidValueException("communes-before-2025.csv.district_name", f[4],
                                "starts with no district type (line " + line + ")"));
                district = Area.of(code, BilingualText.of(f[4]), AreaLevel.DISTRICT).withKind(districtKind)
                        .withParent(canonical(strings, f[5])).withValidTo(LAST_DAY);
                districtsByCode.put(code, district);
                districts.add(district);
            }
            before.add(Area.of(f[0], BilingualText.of(f[1]), AreaLevel.COMMUNE)
                    .withKind(kind(f[2], "communes-before-2025.csv", line))
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
        Map<String, Area> oldByCode = new HashMap<>(16384);
        for (Area commune : before) {
            oldByCode.put(commune.code(), commune);
        }
        Map<String, Area> newByCode = new HashMap<>(4096);
        for (Area commune : after) {
            newByCode.put(commune.code(), commune);
        }
        Set<Area> linked = new HashSet<>(16384);
        // Looked up once per district or province, not once per link.
        Map<String, Area> oldProvinces = new HashMap<>(1024);
        Map<String, Area> newProvinces = new HashMap<>(64);
        Map<Area, Area> heirs = new HashMap<>(128);
        String source = links == null ? "commune-links-2025.csv" : "the link file";
        forEachRow(links == null ? open("commune-links-2025.csv") : links, source, 6, (line, f) -> {
            boolean isDistrict = "district".equals(f[5]);
            if (!isDistrict && !"commune".equals(f[5])) {
                throw new InvalidValueException(source + ".old_level", f[5],
                        "is neither commune nor district (line " + line + ")");
            }
            Area old = isDistrict ? districtsByCode.get(f[0]) : oldByCode.get(f[0]);
            if (old == null) {
                throw new InvalidValueException(source + ".old_code", "'" + f[0] + "'",
                        "names no " + f[5] + " in force on " + LAST_DAY + " (line " + line + ")");
            }
            Area successor = newByCode.get(f[2]);
            if (successor == null) {
                throw new InvalidValueException(source + ".new_code", "'" + f[2] + "'",
                        "names no commune-level unit in force on " + FIRST_DAY + " (line " + line + ", old code "
                        + f[0] + ")");
            }
            Area oldProvince = oldProvinces.computeIfAbsent(old.parentCode().orElseThrow(),
                    parent -> provinceOf(old, districtsByCode));
            Area newProvince = newProvinces.computeIfAbsent(successor.parentCode().orElseThrow(),
                    code -> provinces.of(code, FIRST_DAY));
            Area heir = heirs.computeIfAbsent(oldProvince, province -> provinces.successorOn(province, FIRST_DAY).orElseThrow());
            if (!heir.equals(newProvince)) {
                throw new InvalidValueException(source + ".new_code", "'" + f[2] + "'",
                        "is " + successor.name().vi() + " of " + newProvince.name().vi() + ", but the old unit "
                        + old.code() + " " + old.name().vi() + " of " + oldProvince.name().vi() + " can only go into a unit of "
                        + heir.name().vi() + " (code " + heir.code() + ") on " + FIRST_DAY + " (line " + line + ")");
            }
            if (!f[1].equals(oldProvince.code()) || !f[3].equals(newProvince.code())) {
                throw new InvalidValueException(source + ".old_province_code", f[1] + "/" + f[3],
                        "disagrees with the provinces of " + old.code() + " and " + successor.code() + ", "
                        + oldProvince.code() + "/" + newProvince.code() + " (line " + line + ")");
            }
            builder.link(old, successor, linkKind(f[4], source, line));
            linked.add(old);
        });
        for (Area commune : before) {
            if (!linked.contains(commune)) {
                throw new InvalidValueException(source + ".old_code", "'" + commune.code() + "'",
                        "(" + commune.name().vi() + ", in force until " + LAST_DAY + ") is linked to no successor;"
                        + " every commune in force on " + LAST_DAY + " needs one on " + FIRST_DAY);
            }
        }
        return new CommuneCatalogue(builder.build(), List.copyOf(districts), List.copyOf(before),
                List.copyOf(after), Map.copyOf(resolutions));
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

    private static Reader open(String resource) {
        InputStream in = CommuneCatalogue.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The resource " + resource + " is missing from binhdang-indicators");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private interface RowHandler {
        void row(int line, String[] fields);
    }

    // Reads a CSV file without quoting (none of the files quotes), skipping its header row.
    private static void forEachRow(Reader reader, String file, int columns, RowHandler handler) {
        try (BufferedReader in = new BufferedReader(reader, 1 << 15)) {
            String text = in.readLine();
            int line = 1;
            String[] fields = new String[columns];
            while ((text = in.readLine()) != null) {
                line++;
                if (text.isEmpty()) {
                    continue;
                }
                int start = 0;
                for (int i = 0; i < columns; i++) {
                    int comma = text.indexOf(',', start);
                    if (i == columns - 1) {
                        if (comma >= 0) {
                            throw new InvalidValueException(file, text, "has more than " + columns + " columns (line " + line + ")");
                        }
                        fields[i] = text.substring(start);
                    } else {
                        if (comma < 0) {
                            throw new InvalidValueException(file, text, "has fewer than " + columns + " columns (line " + line + ")");
                        }
                        fields[i] = text.substring(start, comma);
                        start = comma + 1;
                    }
                }
                handler.row(line, fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
