package io.github.binhdang.indicators;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
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
        return builder;
    }

    /**
     * Obtains the unit (the nation or a provincial-level unit) that has a code on a date:
     * {@code of("14", 2024-01-01)} is {@link #SON_LA}.
     *
     * @param code  the code, such as {@code "14"}, not null
     * @param date  the date, not null
     * @return the unit, not null
     * @throws InvalidValueException if no unit here has that code on that date; the message names the
     *     date, and {@link #provincesOn(LocalDate)} gives the units then in force
     */
    public static Area of(String code, LocalDate date) {
        return find(code, date).orElseThrow(() -> new InvalidValueException("VietNamAreas.code", "'" + code + "'",
                "names no unit in force on " + date + "; VietNamAreas.provincesOn(" + date + ") lists them"));
    }

    /**
     * Finds the unit (the nation or a provincial-level unit) that has a code on a date.
     *
     * <p>{@code find("15", 2024-01-01)} is Yên Bái; {@code find("15", 2025-07-01)} is the new Lào Cai;
     * {@code find("10", 2025-07-01)} is empty, as code 10 is no longer used.
     *
     * @param code  the code, such as {@code "14"}, not null
     * @param date  the date, not null
     * @return the unit, or empty if no unit here has that code on that date
     */
    public static Optional<Area> find(String code, LocalDate date) {
        return HIERARCHY.find(code, date);
    }

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
