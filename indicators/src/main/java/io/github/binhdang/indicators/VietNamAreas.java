package io.github.binhdang.indicators;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.area.AreasOn;
import io.github.binhdang.core.area.LinkKind;
import io.github.binhdang.core.area.NameMatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The nation and its provincial-level units (provinces and centrally-run cities): the 63 in force
 * until 30 June 2025 and the 34 in force from 1 July 2025, with each old unit linked to the new unit
 * it became part of.
 *
 * <h2>Legal basis and sources</h2>
 * <ul>
 *   <li>The 34 units: Resolution 202/2025/QH15 of the National Assembly (Quốc hội), 12 June 2025, on
 *       reorganising provincial-level administrative units, in force from 1 July 2025. Its article text
 *       was not read; which old units form each new one is taken from the annex of Resolution
 *       60-NQ/TW of the Party Central Committee, 12 April 2025 (sections I, unchanged, and II, merged),
 *       which news reports say Resolution 202/2025/QH15 adopted unchanged.</li>
 *   <li>The 2025 codes: official letter 915/CTK-CSCL of the Statistics Office (Cục Thống kê), as
 *       transcribed in GitHub {@code dvhcvn/20250701}, {@code input/docs/915_CTK-CSCL.csv}.</li>
 *   <li>The codes in force until 30 June 2025: the national list of administrative units (Decision
 *       124/2004/QĐ-TTg of the Prime Minister, 8 July 2004, and its updates, kept by the General
 *       Statistics Office), checked against GitHub {@code daohoangson/dvhcvn}.</li>
 *   <li>All of the above as collected in {@code provinces-2008.csv}, {@code provinces-2025.csv} and
 *       {@code provinces-2025.md} of the project's reference files; the codes and names here are those
 *       files' rows, and the tests compare every row.</li>
 * </ul>
 *
 * <h2>How the units are modelled</h2>
 * <ul>
 *   <li>Names. The Vietnamese name is written as letter 915 writes it: a province without the word
 *       "Tỉnh", a centrally-run city with "Thành phố" ("Sơn La", "Thành phố Hà Nội"); the 2008 list's
 *       "Tỉnh Sơn La" is therefore "Sơn La" here. The English name is the reference files'
 *       diacritic-free rendering ("Son La", "Ho Chi Minh City"), not an official English name.
 *       {@link AreaHierarchy#foldName} drops "Tỉnh" and "Thành phố" when names are looked up, so either
 *       form finds the unit.</li>
 *   <li>The 23 units formed by merger are new versions valid from 1 July 2025; the 52 old units
 *       merged into them are valid until 30 June 2025 and linked with
 *       {@link AreaHierarchy.Builder#merge}. A merged unit keeps the code of one of its parts, so a code
 *       needs a date: {@code 15} is Yên Bái until 30 June 2025 and the new Lào Cai after.</li>
 *   <li>The 10 units the reform left untouched in name and territory (Hà Nội, Cao Bằng, Điện Biên,
 *       Lai Châu, Sơn La, Lạng Sơn, Quảng Ninh, Thanh Hóa, Nghệ An, Hà Tĩnh) are one version each,
 *       valid throughout and never merged: a series for Sơn La needs no carrying across 1 July 2025.
 *       Splitting them into two versions joined by a one-to-one merge would say that something
 *       happened to them on that day, which nothing in the sources says.</li>
 *   <li>Huế, the eleventh unchanged unit, was renamed before the reform: the 2008 list gives
 *       "Tỉnh Thừa Thiên Huế (Thành phố Huế from 2025-01-01)". So Thừa Thiên Huế is valid until
 *       31 December 2024, and Thành phố Huế from 1 January 2025 onward, through the reform, linked to it
 *       as a renamed continuation. The date is the reference file's; the resolution that set it was not
 *       read (a news report, doanhnghiephoinhap.vn, describes its announcement on 29 December).</li>
 *   <li>The start of the 63 units is left open: the catalogue does not say when each came into being.
 *       Every province's parent is the nation, {@link #VIET_NAM}.</li>
 * </ul>
 *
 * <h2>Districts and communes</h2>
 * The constants here are the nation and the provincial-level units, in {@link #HIERARCHY}. The 696
 * district-level units and 10,035 communes, wards and townships in force until 30 June 2025, the
 * 3,321 communes, wards and special zones from 1 July 2025, and the full or partial link of every old
 * unit to the new ones are in {@link #hierarchy()}, read from this module's resources on first use;
 * {@link #on(LocalDate)} views them on a date, {@link #of(String, LocalDate)} and
 * {@link #find(String, LocalDate)} take any code, and
 * {@link #lookUp(CharSequence, AreaLevel, LocalDate)} takes names as people write them.
 *
 * <p>An application adds its own districts and communes to {@link #builder()}, which comes preloaded
 * with every unit here: a district of the old Lào Cai names parent {@code "10"} and ends on 30 June
 * 2025, a commune of the new Lào Cai names parent {@code "15"} and starts on 1 July 2025.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class VietNamAreas {

    /** The last day of the 63 provincial-level units: 30 June 2025. */
    public static final LocalDate LAST_DAY_OF_63_UNITS = LocalDate.of(2025, 6, 30);

    /** The first day of the 34 provincial-level units (Resolution 202/2025/QH15): 1 July 2025. */
    public static final LocalDate FIRST_DAY_OF_34_UNITS = LocalDate.of(2025, 7, 1);

    // From provinces-2008.csv: "Tỉnh Thừa Thiên Huế (Thành phố Huế from 2025-01-01)".
    private static final LocalDate HUE_CITY_FROM = LocalDate.of(2025, 1, 1);

    private static final String NATION_CODE = "VN";

    /** The nation, code {@code "VN"}, valid throughout; the parent of every province. */
    public static final Area VIET_NAM = Area.of(NATION_CODE, BilingualText.of("Việt Nam", "Viet Nam"),
            AreaLevel.NATION);

    // Code, Vietnamese name, English (diacritic-free) name. Unchanged in name and territory (Huế apart).
    private static final String[][] UNCHANGED = {
        {"01", "Thành phố Hà Nội", "Ha Noi"},
        {"04", "Cao Bằng", "Cao Bang"},
        {"11", "Điện Biên", "Dien Bien"},
        {"12", "Lai Châu", "Lai Chau"},
        {"14", "Sơn La", "Son La"},
        {"20", "Lạng Sơn", "Lang Son"},
        {"22", "Quảng Ninh", "Quang Ninh"},
        {"38", "Thanh Hóa", "Thanh Hoa"},
        {"40", "Nghệ An", "Nghe An"},
        {"42", "Hà Tĩnh", "Ha Tinh"},
    };

    // Code until 30 June 2025, names, and the 2025 code of the unit it became part of on 1 July 2025.
    private static final String[][] MERGED_AWAY = {
        {"02", "Hà Giang", "Ha Giang", "08"},
        {"06", "Bắc Kạn", "Bac Kan", "19"},
        {"08", "Tuyên Quang", "Tuyen Quang", "08"},
        {"10", "Lào Cai", "Lao Cai", "15"},
        {"15", "Yên Bái", "Yen Bai", "15"},
        {"17", "Hòa Bình", "Hoa Binh", "25"},
        {"19", "Thái Nguyên", "Thai Nguyen", "19"},
        {"24", "Bắc Giang", "Bac Giang", "24"},
        {"25", "Phú Thọ", "Phu Tho", "25"},
        {"26", "Vĩnh Phúc", "Vinh Phuc", "25"},
        {"27", "Bắc Ninh", "Bac Ninh", "24"},
        {"30", "Hải Dương", "Hai Duong", "31"},
        {"31", "Thành phố Hải Phòng", "Hai Phong", "31"},
        {"33", "Hưng Yên", "Hung Yen", "33"},
        {"34", "Thái Bình", "Thai Binh", "33"},
        {"35", "Hà Nam", "Ha Nam", "37"},
        {"36", "Nam Định", "Nam Dinh", "37"},
        {"37", "Ninh Bình", "Ninh Binh", "37"},
        {"44", "Quảng Bình", "Quang Binh", "44"},
        {"45", "Quảng Trị", "Quang Tri", "44"},
        {"48", "Thành phố Đà Nẵng", "Da Nang", "48"},
        {"49", "Quảng Nam", "Quang Nam", "48"},
        {"51", "Quảng Ngãi", "Quang Ngai", "51"},
        {"52", "Bình Định", "Binh Dinh", "52"},
        {"54", "Phú Yên", "Phu Yen", "66"},
        {"56", "Khánh Hòa", "Khanh Hoa", "56"},
        {"58", "Ninh Thuận", "Ninh Thuan", "56"},
        {"60", "Bình Thuận", "Binh Thuan", "68"},
        {"62", "Kon Tum", "Kon Tum", "51"},
        {"64", "Gia Lai", "Gia Lai", "52"},
        {"66", "Đắk Lắk", "Dak Lak", "66"},
        {"67", "Đắk Nông", "Dak Nong", "68"},
        {"68", "Lâm Đồng", "Lam Dong", "68"},
        {"70", "Bình Phước", "Binh Phuoc", "75"},
        {"72", "Tây Ninh", "Tay Ninh", "80"},
        {"74", "Bình Dương", "Binh Duong", "79"},
        {"75", "Đồng Nai", "Dong Nai", "75"},
        {"77", "Bà Rịa - Vũng Tàu", "Ba Ria - Vung Tau", "79"},
        {"79", "Thành phố Hồ Chí Minh", "Ho Chi Minh City", "79"},
        {"80", "Long An", "Long An", "80"},
        {"82", "Tiền Giang", "Tien Giang", "82"},
        {"83", "Bến Tre", "Ben Tre", "86"},
        {"84", "Trà Vinh", "Tra Vinh", "86"},
        {"86", "Vĩnh Long", "Vinh Long", "86"},
        {"87", "Đồng Tháp", "Dong Thap", "82"},
        {"89", "An Giang", "An Giang", "91"},
        {"91", "Kiên Giang", "Kien Giang", "91"},
        {"92", "Thành phố Cần Thơ", "Can Tho", "92"},
        {"93", "Hậu Giang", "Hau Giang", "92"},
        {"94", "Sóc Trăng", "Soc Trang", "92"},
        {"95", "Bạc Liêu", "Bac Lieu", "96"},
        {"96", "Cà Mau", "Ca Mau", "96"},
    };

    // Code from 1 July 2025 and names of the 23 units formed by merger.
    private static final String[][] FORMED = {
        {"08", "Tuyên Quang", "Tuyen Quang"},
        {"15", "Lào Cai", "Lao Cai"},
        {"19", "Thái Nguyên", "Thai Nguyen"},
        {"24", "Bắc Ninh", "Bac Ninh"},
        {"25", "Phú Thọ", "Phu Tho"},
        {"31", "Thành phố Hải Phòng", "Hai Phong"},
        {"33", "Hưng Yên", "Hung Yen"},
        {"37", "Ninh Bình", "Ninh Binh"},
        {"44", "Quảng Trị", "Quang Tri"},
        {"48", "Thành phố Đà Nẵng", "Da Nang"},
        {"51", "Quảng Ngãi", "Quang Ngai"},
        {"52", "Gia Lai", "Gia Lai"},
        {"56", "Khánh Hòa", "Khanh Hoa"},
        {"66", "Đắk Lắk", "Dak Lak"},
        {"68", "Lâm Đồng", "Lam Dong"},
        {"75", "Đồng Nai", "Dong Nai"},
        {"79", "Thành phố Hồ Chí Minh", "Ho Chi Minh City"},
        {"80", "Tây Ninh", "Tay Ninh"},
        {"82", "Đồng Tháp", "Dong Thap"},
        {"86", "Vĩnh Long", "Vinh Long"},
        {"91", "An Giang", "An Giang"},
        {"92", "Thành phố Cần Thơ", "Can Tho"},
        {"96", "Cà Mau", "Ca Mau"},
    };

    private static final Comparator<Area> BY_CODE = Comparator.comparing(Area::code);

    /**
     * Common names of provincial-level units that their names do not fold to: each alias, as people
     * write it, and the name it stands for. Run-together forms ("Hanoi", "Danang", "Kontum", "Daklak")
     * and spelling with other diacritics or tone placement need no entry: folding finds them. Every
     * hierarchy of {@link #builder()} has them ({@link AreaHierarchy.Builder#alias(String, String)}).
     * (Declared before the provinces, whose hierarchy is built with them.)
     */
    public static final Map<String, String> PROVINCE_ALIASES = Map.ofEntries(
            Map.entry("TP HCM", "Thành phố Hồ Chí Minh"),
            Map.entry("TP.HCM", "Thành phố Hồ Chí Minh"),
            Map.entry("TPHCM", "Thành phố Hồ Chí Minh"),
            Map.entry("HCM", "Thành phố Hồ Chí Minh"),
            Map.entry("HCMC", "Thành phố Hồ Chí Minh"),
            Map.entry("Ho Chi Minh City", "Thành phố Hồ Chí Minh"),
            Map.entry("Sài Gòn", "Thành phố Hồ Chí Minh"),
            Map.entry("TP HN", "Thành phố Hà Nội"),
            Map.entry("TPHN", "Thành phố Hà Nội"),
            Map.entry("Đắc Lắc", "Đắk Lắk"),
            Map.entry("Đắk Lắc", "Đắk Lắk"),
            Map.entry("Bắc Cạn", "Bắc Kạn"),
            Map.entry("BR-VT", "Bà Rịa - Vũng Tàu"),
            Map.entry("BRVT", "Bà Rịa - Vũng Tàu"),
            Map.entry("TT Huế", "Thừa Thiên Huế"),
            Map.entry("TTH", "Thừa Thiên Huế"),
            Map.entry("Đắc Nông", "Đắk Nông"));

    /** Thừa Thiên Huế (code {@code 46}), a province until 31 December 2024, when it was renamed. */
    public static final Area THUA_THIEN_HUE = province("46", "Thừa Thiên Huế", "Thua Thien Hue")
            .withValidTo(HUE_CITY_FROM.minusDays(1));

    /** Thành phố Huế (code {@code 46}), a centrally-run city from 1 January 2025, unchanged by the 2025 reform. */
    public static final Area HUE = province("46", "Thành phố Huế", "Hue").withValidFrom(HUE_CITY_FROM);

    // The units in force on 30 June 2025 and on 1 July 2025, by code; every area, nation first, then
    // by code (older version first); and each old unit with the unit it became part of. Filled once
    // below and never changed.
    private static final Map<String, Area> UNTIL_REFORM;
    private static final Map<String, Area> FROM_REFORM;
    private static final List<Area> ALL;
    private static final List<List<Area>> MERGES;

    static {
        Map<String, Area> until = new HashMap<>();
        Map<String, Area> from = new HashMap<>();
        for (String[] row : UNCHANGED) {
            Area area = province(row[0], row[1], row[2]);
            until.put(area.code(), area);
            from.put(area.code(), area);
        }
        until.put(HUE.code(), HUE);
        from.put(HUE.code(), HUE);
        for (String[] row : FORMED) {
            from.put(row[0], province(row[0], row[1], row[2]).withValidFrom(FIRST_DAY_OF_34_UNITS));
        }
        List<Area> provinces = new ArrayList<>(List.of(THUA_THIEN_HUE));
        List<List<Area>> merges = new ArrayList<>(List.of(List.of(THUA_THIEN_HUE, HUE)));
        for (String[] row : MERGED_AWAY) {
            Area old = province(row[0], row[1], row[2]).withValidTo(LAST_DAY_OF_63_UNITS);
            until.put(old.code(), old);
            merges.add(List.of(old, Objects.requireNonNull(from.get(row[3]), row[3])));
        }
        provinces.addAll(until.values());
        for (Area area : from.values()) {
            if (!until.containsValue(area)) {
                provinces.add(area);
            }
        }
        provinces.sort(BY_CODE.thenComparing(a -> a.validFrom().orElse(LocalDate.MIN)));
        provinces.add(0, VIET_NAM);
        UNTIL_REFORM = Map.copyOf(until);
        FROM_REFORM = Map.copyOf(from);
        ALL = List.copyOf(provinces);
        MERGES = List.copyOf(merges);
    }

    /**
     * The 63 provincial-level units in force on 30 June 2025, in code order. Huế is the city
     * {@link #HUE}; on dates before 2025 it was {@link #THUA_THIEN_HUE}.
     */
    public static final List<Area> PROVINCES_63 = sortedValues(UNTIL_REFORM);

    /** The 34 provincial-level units in force from 1 July 2025, in code order. */
    public static final List<Area> PROVINCES_34 = sortedValues(FROM_REFORM);

    /** Hà Nội (code {@code 01}), a centrally-run city unchanged by the 2025 reform. */
    public static final Area HA_NOI = UNTIL_REFORM.get("01");

    /** Sơn La (code {@code 14}), unchanged by the 2025 reform and never merged: one version throughout. */
    public static final Area SON_LA = UNTIL_REFORM.get("14");

    /** The old Lào Cai (code {@code 10}), until 30 June 2025; part of {@link #LAO_CAI_2025} after. */
    public static final Area LAO_CAI_2008 = UNTIL_REFORM.get("10");

    /** Yên Bái (code {@code 15}), until 30 June 2025; part of {@link #LAO_CAI_2025} after. */
    public static final Area YEN_BAI_2008 = UNTIL_REFORM.get("15");

    /** The new Lào Cai (code {@code 15}, Yên Bái's old code), from 1 July 2025: old Lào Cai and Yên Bái. */
    public static final Area LAO_CAI_2025 = FROM_REFORM.get("15");

    /** Quảng Bình (code {@code 44}), until 30 June 2025; part of {@link #QUANG_TRI_2025} after. */
    public static final Area QUANG_BINH_2008 = UNTIL_REFORM.get("44");

    /** The old Quảng Trị (code {@code 45}), until 30 June 2025; part of {@link #QUANG_TRI_2025} after. */
    public static final Area QUANG_TRI_2008 = UNTIL_REFORM.get("45");

    /** The new Quảng Trị (code {@code 44}, Quảng Bình's old code), from 1 July 2025: Quảng Trị and Quảng Bình. */
    public static final Area QUANG_TRI_2025 = FROM_REFORM.get("44");

    /** Bắc Giang (code {@code 24}), until 30 June 2025; part of {@link #BAC_NINH_2025} after. */
    public static final Area BAC_GIANG_2008 = UNTIL_REFORM.get("24");

    /** The old Bắc Ninh (code {@code 27}), until 30 June 2025; part of {@link #BAC_NINH_2025} after. */
    public static final Area BAC_NINH_2008 = UNTIL_REFORM.get("27");

    /** The new Bắc Ninh (code {@code 24}, Bắc Giang's old code), from 1 July 2025: Bắc Ninh and Bắc Giang. */
    public static final Area BAC_NINH_2025 = FROM_REFORM.get("24");

    /**
     * The hierarchy of the nation and all its provincial-level units, with the merges of 1 July 2025
     * and the renaming of Thừa Thiên Huế. {@code HIERARCHY.successorOn(LAO_CAI_2008, 2026-01-01)} is
     * {@link #LAO_CAI_2025}.
     */
    public static final AreaHierarchy HIERARCHY = builder().build();

    private VietNamAreas() {
    }

    private static Area province(String code, String vi, String en) {
        return Area.of(code, BilingualText.of(vi, en), AreaLevel.PROVINCE).withParent(NATION_CODE);
    }

    private static List<Area> sortedValues(Map<String, Area> byCode) {
        List<Area> list = new ArrayList<>(byCode.values());
        list.sort(BY_CODE);
        return List.copyOf(list);
    }

    /**
     * Starts a hierarchy builder holding the nation, every provincial-level unit here and their merges,
     * to which an application adds its own districts and communes (and merges between them) before
     * building. Each call gives a new builder.
     *
     * <p>For example a district-level town under the old Lào Cai:
     * <pre>
     * AreaHierarchy mine = VietNamAreas.builder()
     *         .add(Area.of("088", BilingualText.of("Thị xã Sa Pa", "Sa Pa Town"), AreaLevel.DISTRICT)
     *                 .withParent("10").withValidTo(VietNamAreas.LAST_DAY_OF_63_UNITS))
     *         .build();
     * </pre>
     *
     * @return a new builder, not null
     */
    public static AreaHierarchy.Builder builder() {
        AreaHierarchy.Builder builder = AreaHierarchy.builder().addAll(ALL);
        for (List<Area> merge : MERGES) {
            builder.merge(merge.get(0), merge.get(1));
        }
        PROVINCE_ALIASES.forEach(builder::alias);
        return builder;
    }

    /**
     * Obtains the unit that has a code on a date: the nation, a province (2-digit code), a district
     * (3-digit, until 30 June 2025) or a commune-level unit (5-digit). {@code of("14", 2024-01-01)} is
     * {@link #SON_LA}; {@code of("00004", 2025-07-01)} is Phường Ba Đình, and on 2025-06-30 Phường Trúc
     * Bạch. Only a district or commune code loads the commune catalogue.
     *
     * @param code  the code, such as {@code "14"} or {@code "00004"}, not null
     * @param date  the date, not null
     * @return the unit, not null
     * @throws InvalidValueException if no unit has that code on that date; the message names the code
     *     and the date and says what the code names on other dates and where that unit went ("it names
     *     10 Lào Cai (PROVINCE, ..2025-06-30, parent VN), merged into 15 Lào Cai …"), or, for a code never
     *     used, that {@link #on(LocalDate)} lists the units in force
     */
    public static Area of(String code, LocalDate date) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(date, "date");
        AreaHierarchy hierarchy = hierarchyFor(code);
        Optional<Area> found = hierarchy.find(code, date);
        if (found.isPresent()) {
            return found.get();
        }
        if (hierarchy.versions(code).isEmpty()) {
            throw new InvalidValueException("VietNamAreas.code", "'" + code + "'", "names no unit on any date"
                    + " (asked on " + date + "); VietNamAreas.on(" + date + ") lists the units in force then");
        }
        String rule;
        try {
            hierarchy.of(code, date);
            throw new IllegalStateException("unreachable");
        } catch (InvalidValueException e) {
            rule = e.rule().replace("names no area in force", "names no unit in force");
        }
        if (IA_MO_1027_CODE.equals(code)) {
            rule += "; letter 1027/CTK-CSCL writes " + IA_MO_1027_CODE + " for Xã Ia Mơ, whose code is "
                    + IA_MO_CODE + " (Decision 19/2025/QĐ-TTg as its copies give it)";
        }
        throw new InvalidValueException("VietNamAreas.code", "'" + code + "'", rule);
    }

    /**
     * Finds the unit that has a code on a date: the nation, a province, a district or a commune-level
     * unit, as {@link #of(String, LocalDate)} tells them apart.
     *
     * <p>{@code find("15", 2024-01-01)} is Yên Bái; {@code find("15", 2025-07-01)} is the new Lào Cai;
     * {@code find("10", 2025-07-01)} is empty, as code 10 is no longer used.
     *
     * @param code  the code, such as {@code "14"}, not null
     * @param date  the date, not null
     * @return the unit, or empty if no unit has that code on that date
     */
    public static Optional<Area> find(String code, LocalDate date) {
        Objects.requireNonNull(code, "code");
        return hierarchyFor(code).find(code, date);
    }

    // Province codes (and the nation's) need only the constants; longer codes need the catalogue.
    private static AreaHierarchy hierarchyFor(String code) {
        return code.length() <= 2 ? HIERARCHY : hierarchy();
    }

    /**
     * Returns the hierarchy of every unit: the nation, the provincial-level units, the 696 district-level
     * units and the 10,035 communes, wards and townships in force on 30 June 2025, the 3,321 communes,
     * wards and special zones from 1 July 2025, and the links between them, each full or partial.
     *
     * <p>It is read from the module's resources on the first call (the initialisation-on-demand holder
     * idiom, so safely once across threads) and kept; until then only {@link #HIERARCHY}, the provinces,
     * is in memory. The first call reads a table generated at build time from the three CSV files with a
     * few bulk reads, and each district and commune is made only when it is first asked for: about 50 ms
     * of CPU on a cold JVM (the provinces' start about 40 ms more) and 1 MB of heap; issue 17's budget is
     * 100 ms and 5 MB for both, and the heap stays under 5 MB once every unit and link has been made. See
     * benchmarks/README.md.
     *
     * <h4>Sources and decisions</h4>
     * The data are the project's reference files {@code shared/reference/communes/}, derived from GitHub
     * {@code dvhcvn/20250701} (commit dd94887, MIT licence, see NOTICE): the 2025 units and codes from
     * Annex I of letter 1027/CTK-CSCL of the Statistics Office (25 June 2025) and, per province, the NA
     * Standing Committee Resolutions 1654/NQ-UBTVQH15 to 1687/NQ-UBTVQH15 (16 June 2025); the units until
     * 30 June 2025 from the General Statistics Office list after its updates of 1 March 2025; the links
     * from the resolutions' clauses. With these decisions of the reference README:
     * <ul>
     *   <li>D1: Xã Ia Mơ (Gia Lai) has code 23938, not the 23737 of the transcribed letter 1027; 23737 is
     *       the old Xã Ia Mơ Nông, merged into Xã Ia Ly (23734). {@link #of} says so when asked for 23737
     *       after the reform.</li>
     *   <li>D2: twelve units of the upstream old list that were abolished before 30 June 2025 (such as
     *       07732 Xã Nham Sơn) are left out.</li>
     *   <li>D3: 25 old units have links corrected from the resolution texts.</li>
     *   <li>The five island districts without communes (Bạch Long Vĩ 318, Cồn Cỏ 471, Hoàng Sa 498, Lý Sơn
     *       536, Côn Đảo 755) are district-level units here, each linked in full to its special zone;
     *       the reference gives no type for them, so they have none. The other 691 districts are those
     *       that held the communes.</li>
     *   <li>New units start on 1 July 2025, when they began work; the resolutions were adopted on
     *       16 June 2025.</li>
     * </ul>
     * 441 old units are split between two to five new ones ({@link LinkKind#PARTIAL} links): figures
     * carried across the reform need shares for them. Later changes (Đồng Nai's ten communes that became
     * wards in 2026) are not included.
     *
     * @return the hierarchy of every unit, not null
     */
    public static AreaHierarchy hierarchy() {
        return CommuneCatalogue.hierarchy();
    }

    /**
     * Returns a view of every unit on a date: {@code on(2025-07-01).areas(AreaLevel.COMMUNE)} gives the
     * 3,321 commune-level units, {@code on(2025-06-30).areas(AreaLevel.DISTRICT)} the 696 district-level
     * ones, {@code on(date).children(province)} a province's units, {@code on(date).find(code)} what a
     * code names then.
     *
     * @param date  the date, not null
     * @return the view of {@link #hierarchy()} on that date, not null
     */
    public static AreasOn on(LocalDate date) {
        return hierarchy().on(date);
    }

    /**
     * Returns the resolution of the National Assembly Standing Committee that set the commune-level
     * units of a province from 1 July 2025: {@code "1656/NQ-UBTVQH15"} for Hà Nội.
     *
     * @param province  one of the 34 units of {@link #PROVINCES_34}, not null
     * @return the resolution number, not null
     * @throws InvalidValueException if the area is not one of the 34 units
     */
    public static String communeResolution(Area province) {
        Objects.requireNonNull(province, "province");
        String resolution = CommuneCatalogue.resolutionsByProvince().get(province.code());
        if (resolution == null || !PROVINCES_34.contains(province)) {
            throw new InvalidValueException("VietNamAreas.province", province, "is not one of the 34 units from "
                    + FIRST_DAY_OF_34_UNITS);
        }
        return resolution;
    }

    /**
     * Builds the hierarchy of {@link #hierarchy()} with a caller's own links between the communes of
     * 30 June 2025 and those of 1 July 2025, in place of the shipped ones, after checking them.
     *
     * <p>The file has the columns of the shipped {@code commune-links-2025.csv}, with a header row and
     * no quoting: {@code old_code,old_province_code,new_code,new_province_code,kind,old_level}, kind
     * {@code full} or {@code partial}, old level {@code commune} or {@code district}.
     *
     * @param links  the link file, UTF-8 text, not null; read to its end, not closed
     * @return the hierarchy, not null
     * @throws InvalidValueException if a row names an old code not in force on 30 June 2025 or a new one
     *     not in force on 1 July 2025, links a unit to a unit of a province that did not take in its
     *     own, gives province codes that are not those of its units, or has another kind or level; if a
     *     commune in force on 30 June 2025 is linked to no successor; or if a unit has one partial link
     *     only or a full link beside another. The message names the code, the line and what is valid.
     */
    public static AreaHierarchy hierarchyWithLinks(java.io.Reader links) {
        Objects.requireNonNull(links, "links");
        return CommuneCatalogue.load(links).hierarchy;
    }

    /**
     * Looks a name up among the units of a level on a date, as people write it: with or without
     * diacritics, prefixes ("Tỉnh", "Thành phố", "TP.", "Xã", "Phường"…), in NFC or NFD, with either tone
     * placement, either apostrophe, look-alike and invisible characters, run together ("Hanoi"), or as a
     * common alias of a province ("TP HCM", "HCMC", "Sài Gòn", "Đắc Lắc", "Bắc Cạn", "BR-VT"…; the
     * table is {@link #PROVINCE_ALIASES}), or a commune's name as the 2025 resolutions spell it ("Sà
     * Phìn" for Xã Xà Phìn, "Can Hồ" for Xã Kan Hồ; {@link #COMMUNE_ALIASES}). A name that is an alias
     * is looked up both as written and as the name it stands for, and every unit found is a candidate,
     * with a note saying how the name was read ("'HCMC' is read as Thành phố Hồ Chí Minh"). The aliases are
     * recorded in the hierarchies themselves ({@link AreaHierarchy.Builder#alias}), so
     * {@code on(date).lookUp(name)} and {@link #HIERARCHY}{@code .lookUp} find them too.
     * See {@link AreaHierarchy#foldName} and {@link AreaHierarchy#lookUp(CharSequence, AreaLevel, LocalDate)}.
     *
     * <p>A name of a unit that ended before the date answers with its successor and a note ("Bắc Giang
     * was merged into Bắc Ninh on 1 July 2025"); a name of several units ("Xã Tân Lập") answers with all
     * of them and their provinces. Province-level look-ups need only the constants; other levels load
     * the commune catalogue.
     *
     * @param name   the name, not null
     * @param level  the level, not null
     * @param date   the date, not null
     * @return the match with every candidate, not null
     */
    public static NameMatch lookUp(CharSequence name, AreaLevel level, LocalDate date) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(date, "date");
        // The aliases are the hierarchies' own (AreaHierarchy.Builder.alias), so that on(date).lookUp
        // finds them too: one mechanism.
        AreaHierarchy hierarchy = level == AreaLevel.PROVINCE || level == AreaLevel.NATION ? HIERARCHY : hierarchy();
        return hierarchy.lookUp(name, level, date);
    }

    /**
     * Spellings of commune-level units that their names do not fold to, for the units in force until
     * 30 June 2025: each spelling as the 2025 resolutions write it, and the code of the unit it stands
     * for, whose name is written otherwise in the national list (a code, not that name, as other
     * units may share the name: there are three Xã Kim Chung). {@link #lookUp} and
     * {@code on(date).lookUp} find a unit under
     * either spelling: "Sà Phìn" on 30 June 2025 finds Xã Xà Phìn (00736), and on 1 July 2025 the unit
     * it went into; "Kim Trung" on 30 June 2025 finds both Xã Kim Trung (14695, Ninh Bình) and Xã Kim
     * Chung (12664, Thái Bình, which Resolution 1666/NQ-UBTVQH15 writes Kim Trung), never one of them
     * alone. The name as the national list writes it is given beside each entry.
     *
     * <p>Source: the old units whose national-list name is not found in the clause of the resolution
     * that forms their new unit (62 links, listed by {@code derive.py} of the reference folder
     * {@code shared/reference/communes}, README caveat 3(b)); each clause was read in the resolution's
     * transcription in GitHub {@code dvhcvn/20250701} ({@code input/docs/16xx_NQ-UBTVQH15.md}, commit
     * dd94887), and the resolution and clause are given beside each entry. Left out: the differences
     * that folding already makes alike (Quí/Quý, Sĩ/Sỹ, Vỹ/Vĩ, Ly/Li, Mi/Mỵ, Phường 4/IV, NT/Nông
     * trường, Hòa Tú II/2), the renames (Krông Na to Buôn Đôn, Bà Gia to Đạ Huoai 3), the four communes
     * of Kiên Hải (the clause names the district) and Ninh Thạnh Lợi (a clause without a name).
     */
    public static final Map<String, String> COMMUNE_ALIASES = Map.ofEntries(
            Map.entry("Xã Sà Phìn", "00736"), // Xã Xà Phìn, 1684/NQ-UBTVQH15 k.46
            Map.entry("Xã Sủng Cháng", "00829"), // Xã Sủng Tráng, 1684 k.55
            Map.entry("Xã Sán Sả Hồ", "01060"), // Xã Sán Xả Hồ, 1684 k.99
            Map.entry("Xã Sá Tổng", "03178"), // Xã Xá Tổng, 1661 k.43
            Map.entry("Xã Huổi Lếch", "03177"), // Xã Huổi Lếnh, 1661 k.3
            Map.entry("Xã Sín Chải", "03223"), // Xã Xín Chải, 1661 k.17
            Map.entry("Xã Lản Nhì Thàng", "03391"), // Xã Lả Nhì Thàng, 1670 k.36
            Map.entry("Xã Can Hồ", "03469"), // Xã Kan Hồ, 1670 k.31
            Map.entry("Xã Hua Bum", "03460"), // Xã Hua Bun, 1670 k.28
            Map.entry("Xã Tung Qua Lìn", "03565"), // Xã Tông Qua Lìn, 1670 k.15
            Map.entry("Xã Nong Lay", "03754"), // Xã Noong Lay, 1681 k.13
            Map.entry("Xã Nà Bó", "04136"), // Xã Nà Pó, 1681 k.48
            Map.entry("Xã Pú Bẩu", "04174"), // Xã Pú Pẩu, 1681 k.50
            Map.entry("Xã Nàn Sín", "02836"), // Xã Nàn Xín, 1673 k.81
            Map.entry("Thị trấn Nông trường Phong Hải", "02902"), // Thị trấn N.T Phong Hải, 1673 k.41
            Map.entry("Xã Nậm Dạng", "03073"), // Xã Nậm Rạng, 1673 k.53
            Map.entry("Xã Dế Xu Phình", "04486"), // Xã Dế Su Phình, 1673 k.3
            Map.entry("Xã Hát Lừu", "04618"), // Xã Hát Lìu, 1673 k.6
            Map.entry("Xã Tà Xi Láng", "04603"), // Xã Tà Si Láng, its 2025 name in letter 1027
            Map.entry("Xã Sa Lý", "07540"), // Xã Xa Lý, 1658 k.35
            Map.entry("Xã Xăm Khòe", "05245"), // Xã Săm Khóe, 1676 k.120
            Map.entry("Xã Kim Trung", "12664"), // Xã Kim Chung, 1666 k.71
            Map.entry("Xã Zuôih", "20701"), // Xã Zuôich, 1659 k.73
            Map.entry("Xã Tà Bhing", "20710"), // Xã Tà Bhinh, 1659 k.72
            Map.entry("Xã Đăk Plô", "23344"), // Xã Đắk Blô, 1677 k.69
            Map.entry("Xã Ngọk Lây", "23404"), // Xã Ngọc Lây, 1677 k.63
            Map.entry("Xã Ngọk Yêu", "23413"), // Xã Ngọc Yêu, 1677 k.63
            Map.entry("Xã Măng Bút", "23458"), // Xã Măng Buk, 1677 k.80
            Map.entry("Xã Đak Rong", "23644"), // Xã Đăk Roong, 1664 k.67
            Map.entry("Xã Ia Mrơn", "24031"), // Xã Ia Ma Rơn, 1664 k.80
            Map.entry("Xã Ia Dreh", "24100"), // Xã Ia HDreh, 1664 k.83
            Map.entry("Xã Ea H'đing", "24274"), // Xã Ea H'đinh, 1660 k.12
            Map.entry("Xã Cư Yang", "24409"), // Xã Cư Jang, 1660 k.33
            Map.entry("Xã Đắk N'Drung", "24727"), // Xã Đắk N'Dung, 1671 k.89
            Map.entry("Xã N' Thôn Hạ", "24973")); // Xã N'Thol Hạ, 1671 k.8

    // Decision D1 of the reference README: letter 1027 writes 23737 for Xã Ia Mơ, whose code is 23938.
    private static final String IA_MO_1027_CODE = "23737";
    private static final String IA_MO_CODE = "23938";

    /**
     * Finds the unit whose Vietnamese or English name matches on a date, with or without diacritics,
     * in any case, in NFC or NFD, with or without "Tỉnh" or "Thành phố" ({@link AreaHierarchy#foldName}).
     *
     * <p>"Sơn La", "SON LA" and "Tỉnh Sơn La" find {@link #SON_LA}; "Lào Cai" on 2024-01-01 finds
     * {@link #LAO_CAI_2008} and on 2025-07-01 {@link #LAO_CAI_2025}.
     *
     * @param name  the name, not null
     * @param date  the date, not null
     * @return the unit, or empty if none matches on that date
     * @throws InvalidValueException if several units match on that date (not the case among the units
     *     here, but possible in a hierarchy an application extends); the message lists them
     */
    public static Optional<Area> findByName(CharSequence name, LocalDate date) {
        return HIERARCHY.findByName(name, date);
    }

    /**
     * Returns the provincial-level units in force on a date, in code order: the 63 on or before
     * 30 June 2025 (with Thừa Thiên Huế before 2025, Thành phố Huế after), the 34 from 1 July 2025.
     *
     * @param date  the date, not null
     * @return the units, unmodifiable, not null
     */
    public static List<Area> provincesOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        List<Area> provinces = new ArrayList<>(63);
        for (Area area : ALL) {
            if (area.level() == AreaLevel.PROVINCE && area.isValidOn(date)) {
                provinces.add(area);
            }
        }
        return List.copyOf(provinces);
    }
}
