package io.github.binhdang.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaKind;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.area.AreaLink;
import io.github.binhdang.core.area.AreasOn;
import io.github.binhdang.core.area.LinkKind;
import io.github.binhdang.core.area.NameMatch;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The commune catalogue against the reference files shared/reference/communes/*.csv. Every expected
 * count was worked out with awk over those files, not read from this code: e.g.
 * {@code awk -F, 'NR>1{print $3}' communes-2025.csv | sort | uniq -c} gives 2,621 xa, 687 phuong and
 * 13 dac_khu; {@code awk -F, 'NR>1{n[$1]++} END{for(c in n) h[n[c]]++; ...}' commune-links-2025.csv}
 * gives 9,599 old units with one link, 369 with two, 55 with three, 16 with four and 1 with five.
 */
class VietNamCommunesTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    private static final LocalDate Y2026 = LocalDate.of(2026, 1, 1);
    private static final AreaHierarchy H = VietNamAreas.hierarchy();

    @Test
    void onTheFirstDayThereAre3321CommuneLevelUnitsByKind() {
        AreasOn after = VietNamAreas.on(JULY_1);
        assertThat(after.areas(AreaLevel.COMMUNE)).hasSize(3_321);
        assertThat(after.areas(AreaKind.COMMUNE)).hasSize(2_621);
        assertThat(after.areas(AreaKind.WARD)).hasSize(687);
        assertThat(after.areas(AreaKind.SPECIAL_ZONE)).hasSize(13);
        assertThat(after.areas(AreaKind.TOWNSHIP)).isEmpty();
        assertThat(after.areas(AreaLevel.DISTRICT)).isEmpty();
        assertThat(after.areas(AreaLevel.PROVINCE)).hasSize(34);
    }

    @Test
    void onTheLastDayThereAre10035CommunesIn691DistrictsAndFiveIslandDistricts() {
        AreasOn before = VietNamAreas.on(JUNE_30);
        assertThat(before.areas(AreaLevel.COMMUNE)).hasSize(10_035);
        assertThat(before.areas(AreaKind.COMMUNE)).hasSize(7_692);
        assertThat(before.areas(AreaKind.WARD)).hasSize(1_726);
        assertThat(before.areas(AreaKind.TOWNSHIP)).hasSize(617);
        assertThat(before.areas(AreaKind.SPECIAL_ZONE)).isEmpty();
        List<Area> districts = before.areas(AreaLevel.DISTRICT);
        assertThat(districts).hasSize(696);
        assertThat(districts.stream().filter(d -> !before.children(d).isEmpty())).hasSize(691);
        assertThat(districts.stream().filter(d -> before.children(d).isEmpty()))
                .extracting(Area::code).containsExactlyInAnyOrder("318", "471", "498", "536", "755");
        // awk -F, 'NR>1{print $4","$5}' communes-before-2025.csv | sort -u, counted by prefix.
        assertThat(before.areas(AreaKind.RURAL_DISTRICT)).hasSize(503);
        assertThat(before.areas(AreaKind.URBAN_DISTRICT)).hasSize(49);
        assertThat(before.areas(AreaKind.CITY)).hasSize(87);
        assertThat(before.areas(AreaKind.TOWN)).hasSize(52);
        assertThat(before.areas(AreaLevel.PROVINCE)).hasSize(63);
    }

    // Code, total, xã, phường, đặc khu: awk -F, 'NR>1{t[$4]++; k[$4","$3]++} ...' communes-2025.csv.
    @ParameterizedTest(name = "province {0}: {1} units")
    @CsvSource({
        "01, 126, 75, 51, 0",
        "04, 56, 53, 3, 0",
        "08, 124, 117, 7, 0",
        "11, 45, 42, 3, 0",
        "12, 38, 36, 2, 0",
        "14, 75, 67, 8, 0",
        "15, 99, 89, 10, 0",
        "19, 92, 77, 15, 0",
        "20, 65, 61, 4, 0",
        "22, 54, 22, 30, 2",
        "24, 99, 66, 33, 0",
        "25, 148, 133, 15, 0",
        "31, 114, 67, 45, 2",
        "33, 104, 93, 11, 0",
        "37, 129, 97, 32, 0",
        "38, 166, 147, 19, 0",
        "40, 130, 119, 11, 0",
        "42, 69, 60, 9, 0",
        "44, 78, 69, 8, 1",
        "46, 40, 19, 21, 0",
        "48, 94, 70, 23, 1",
        "51, 96, 86, 9, 1",
        "52, 135, 110, 25, 0",
        "56, 65, 48, 16, 1",
        "66, 102, 88, 14, 0",
        "68, 124, 103, 20, 1",
        "75, 95, 72, 23, 0",
        "79, 168, 54, 113, 1",
        "80, 96, 82, 14, 0",
        "82, 102, 82, 20, 0",
        "86, 124, 105, 19, 0",
        "91, 102, 85, 14, 3",
        "92, 103, 72, 31, 0",
        "96, 64, 55, 9, 0",
    })
    void eachOfThe34UnitsHasItsCommunesByKind(String code, int total, int xa, int phuong, int dacKhu) {
        AreasOn after = VietNamAreas.on(JULY_1);
        List<Area> children = after.children(after.of(code));
        assertThat(children).hasSize(total);
        assertThat(children).filteredOn(a -> a.kind().orElseThrow() == AreaKind.COMMUNE).hasSize(xa);
        assertThat(children).filteredOn(a -> a.kind().orElseThrow() == AreaKind.WARD).hasSize(phuong);
        assertThat(children).filteredOn(a -> a.kind().orElseThrow() == AreaKind.SPECIAL_ZONE).hasSize(dacKhu);
    }

    @Test
    void the34TotalsAddUpAndEveryUnitHasAResolution() {
        AreasOn after = VietNamAreas.on(JULY_1);
        int sum = 0;
        for (Area province : VietNamAreas.PROVINCES_34) {
            sum += after.children(province).size();
            assertThat(VietNamAreas.communeResolution(province)).matches("16[5-8][0-9]/NQ-UBTVQH15");
        }
        assertThat(sum).isEqualTo(3_321);
        assertThat(VietNamAreas.communeResolution(VietNamAreas.HA_NOI)).isEqualTo("1656/NQ-UBTVQH15");
        assertThatThrownBy(() -> VietNamAreas.communeResolution(VietNamAreas.BAC_GIANG_2008))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void everyOldUnitIsLinkedAndSplitsAreCountedByParts() {
        Map<Integer, Integer> byParts = new TreeMap<>();
        int full = 0;
        int partial = 0;
        AreasOn before = VietNamAreas.on(JUNE_30);
        List<Area> old = new java.util.ArrayList<>(before.areas(AreaLevel.COMMUNE));
        old.addAll(before.areas(AreaLevel.DISTRICT).stream().filter(d -> before.children(d).isEmpty()).toList());
        for (Area unit : old) {
            List<AreaLink> links = H.successors(unit);
            assertThat(links).as("links of %s", unit).isNotEmpty();
            byParts.merge(links.size(), 1, Integer::sum);
            for (AreaLink link : links) {
                if (link.isFull()) {
                    full++;
                } else {
                    partial++;
                }
            }
        }
        assertThat(full).isEqualTo(9_599);
        assertThat(partial).isEqualTo(972);
        assertThat(byParts).isEqualTo(Map.of(1, 9_599, 2, 369, 3, 55, 4, 16, 5, 1));
        // Every new unit has at least one predecessor (3,321 distinct new codes in the link file).
        for (Area unit : VietNamAreas.on(JULY_1).areas(AreaLevel.COMMUNE)) {
            assertThat(H.predecessorLinks(unit)).as("predecessors of %s", unit).isNotEmpty();
        }
    }

    @Test
    void aReusedCommuneCodeNamesTwoUnits() {
        // communes-before-2025.csv: 00004 Phường Trúc Bạch; communes-2025.csv: 00004 Phường Ba Đình.
        assertThat(VietNamAreas.of("00004", JUNE_30).name().vi()).isEqualTo("Phường Trúc Bạch");
        assertThat(VietNamAreas.of("00004", JULY_1).name().vi()).isEqualTo("Phường Ba Đình");
        assertThat(VietNamAreas.of("00004", JULY_1).parentCode()).contains("01");
        assertThat(VietNamAreas.of("00004", JUNE_30).parentCode()).contains("001");
        assertThat(VietNamAreas.of("001", JUNE_30).name().vi()).isEqualTo("Quận Ba Đình");
        assertThat(VietNamAreas.find("001", JULY_1)).isEmpty();
    }

    @Test
    void aSplitCommuneHasPartialLinksToItsParts() {
        // commune-links-2025.csv: 00007 -> 00008 partial, 00007 -> 00025 partial; 00006 -> 00008 full.
        Area congVi = VietNamAreas.of("00007", JUNE_30);
        assertThat(H.successors(congVi)).extracting(l -> l.to().code(), AreaLink::kind)
                .containsExactlyInAnyOrder(tuple("00008", LinkKind.PARTIAL), tuple("00025", LinkKind.PARTIAL));
        assertThat(H.successors(VietNamAreas.of("00006", JUNE_30))).extracting(l -> l.to().code(), AreaLink::kind)
                .containsExactly(tuple("00008", LinkKind.FULL));
    }

    @Test
    void decisionD1IaMoIs23938And23737SaysSo() {
        assertThat(VietNamAreas.of("23938", JULY_1).name().vi()).isEqualTo("Xã Ia Mơ");
        assertThat(VietNamAreas.find("23737", JULY_1)).isEmpty();
        assertThat(VietNamAreas.of("23737", JUNE_30).name().vi()).isEqualTo("Xã Ia Mơ Nông");
        assertThatThrownBy(() -> VietNamAreas.of("23737", JULY_1))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "VietNamAreas.code: '23737' names no unit in force on 2025-07-01; it names"
                        + " 23737 Xã Ia Mơ Nông (COMMUNE, ..2025-06-30, parent 627), merged into"
                        + " 23734 Xã Ia Ly (COMMUNE, 2025-07-01.., parent 52); letter 1027/CTK-CSCL writes 23737"
                        + " for Xã Ia Mơ, whose code is 23938 (Decision 19/2025/QĐ-TTg as its copies give it)"));
    }

    @Test
    void decisionD2TheTwelveAbolishedUnitsAreNotThere() {
        for (String code : List.of("07693", "07732", "07744", "16387", "16411", "18448", "20176", "20674",
                "25102", "25174", "25177", "25186")) {
            assertThat(VietNamAreas.find(code, JUNE_30)).as(code).isEmpty();
        }
        // 16408 Xã Đông Khê is kept.
        assertThat(VietNamAreas.of("16408", JUNE_30).name().vi()).isEqualTo("Xã Đông Khê");
        assertThatThrownBy(() -> VietNamAreas.of("07732", JUNE_30)).isInstanceOfSatisfying(
                InvalidValueException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "VietNamAreas.code: '07732' names no unit on any date (asked on 2025-06-30);"
                        + " VietNamAreas.on(2025-06-30) lists the units in force then"));
    }

    @Test
    void decisionD3CorrectedLinks() {
        // README D3: 13768 Xã Quang Trung (Vụ Bản) -> 13753 Xã Hiển Khánh, full;
        // 04012 Xã Chiềng Hắc -> only 03980 Phường Mộc Châu, full.
        assertThat(H.successors(VietNamAreas.of("13768", JUNE_30))).extracting(l -> l.to().code(), AreaLink::kind)
                .containsExactly(tuple("13753", LinkKind.FULL));
        assertThat(H.successors(VietNamAreas.of("04012", JUNE_30))).extracting(l -> l.to().code(), AreaLink::kind)
                .containsExactly(tuple("03980", LinkKind.FULL));
    }

    @Test
    void islandDistrictsBecameSpecialZonesWhole() {
        Area conDao = VietNamAreas.of("755", JUNE_30);
        assertThat(conDao.level()).isEqualTo(AreaLevel.DISTRICT);
        assertThat(H.successors(conDao)).extracting(l -> l.to().code(), AreaLink::kind)
                .containsExactly(tuple("26732", LinkKind.FULL));
        assertThat(VietNamAreas.of("26732", JULY_1).kind()).contains(AreaKind.SPECIAL_ZONE);
        // Côn Đảo was under Bà Rịa - Vũng Tàu (77) and its special zone is in Hồ Chí Minh City (79).
        assertThat(H.holderOn(conDao, AreaLevel.PROVINCE, Y2026)).contains(VietNamAreas.of("79", Y2026));
    }

    @Test
    void aCommuneIsHeldByItsProvinceAcrossTheReform() {
        Area truc = VietNamAreas.of("00004", JUNE_30);
        assertThat(H.holderOn(truc, AreaLevel.DISTRICT, JUNE_30).map(Area::code)).contains("001");
        assertThat(H.holderOn(truc, AreaLevel.PROVINCE, JUNE_30)).contains(VietNamAreas.HA_NOI);
    }

    // ---- names

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
        "TP HCM|79",
        "TP.HCM|79",
        "TPHCM|79",
        "HCMC|79",
        "Sài Gòn|79",
        "Thành phố Hồ Chí Minh|79",
        "Hà Nội|01",
        "Hanoi|01",
        "HA NOI|01",
        "Đà Nẵng|48",
        "Danang|48",
        "\u00D0à Nẵng|48",
        "Đắk Lắk|66",
        "Daklak|66",
        "Đắc Lắc|66",
        "Tỉnh Đắk Lắk|66",
        "Thanh Hoá|38",
        "Khánh Hoà|56",
        "\uFEFFSơn La|14",
        "Sơn\u200B La|14",
    })
    void provinceNamesAsPeopleWriteThem(String name, String code) {
        NameMatch match = VietNamAreas.lookUp(name, AreaLevel.PROVINCE, JULY_1);
        assertThat(match.area().code()).isEqualTo(code);
    }

    @ParameterizedTest(name = "''{0}'' on 2025-06-30 is {1}")
    @CsvSource(delimiter = '|', value = {
        "Kon Tum|62",
        "Kontum|62",
        "Bắc Kạn|06",
        "Bắc Cạn|06",
        "Bà Rịa – Vũng Tàu|77",
        "BR-VT|77",
        "Ba Ria-Vung Tau|77",
    })
    void oldProvinceNamesAsPeopleWriteThem(String name, String code) {
        assertThat(VietNamAreas.lookUp(name, AreaLevel.PROVINCE, JUNE_30).area().code()).isEqualTo(code);
    }

    @Test
    void anAliasSaysHowItWasRead() {
        NameMatch match = VietNamAreas.lookUp("HCMC", AreaLevel.PROVINCE, JULY_1);
        assertThat(match.notes()).containsExactly(BilingualText.of(
                "'HCMC' được hiểu là Thành phố Hồ Chí Minh", "'HCMC' is read as Thành phố Hồ Chí Minh"));
    }

    @Test
    void aProvinceNameAfterItsEndGivesTheSuccessorAndSaysSo() {
        NameMatch match = VietNamAreas.lookUp("Bắc Giang", AreaLevel.PROVINCE, Y2026);
        assertThat(match.area()).isEqualTo(VietNamAreas.BAC_NINH_2025);
        assertThat(match.notes()).extracting(BilingualText::en)
                .containsExactly("Bắc Giang was merged into Bắc Ninh on 1 July 2025");
        NameMatch kontum = VietNamAreas.lookUp("Kontum", AreaLevel.PROVINCE, Y2026);
        assertThat(kontum.area().code()).isEqualTo("51");
        assertThat(kontum.notes()).extracting(BilingualText::en)
                .containsExactly("Kon Tum was merged into Quảng Ngãi on 1 July 2025");
    }

    @Test
    void anAmbiguousCommuneNameGivesEveryCandidateWithItsProvince() {
        // communes-2025.csv: Xã Tân Lập 19462 (44), 23134 (68), 25489 (80).
        NameMatch match = VietNamAreas.lookUp("Xã Tân Lập", AreaLevel.COMMUNE, JULY_1);
        assertThat(match.isAmbiguous()).isTrue();
        assertThat(match.candidates()).extracting(c -> c.area().code(), c -> c.province().code())
                .containsExactlyInAnyOrder(tuple("19462", "44"), tuple("23134", "68"), tuple("25489", "80"));
        assertThatThrownBy(match::area).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.getMessage()).startsWith(
                        "NameMatch.name: 'Xã Tân Lập' names 3 units in force on 2025-07-01, so a code or a province is needed:")
                        .contains("in Quảng Trị").contains("in Lâm Đồng").contains("in Tây Ninh"));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "Xã M'Drắk",
        "Xã M’Drắk",
        "M\u2019DRAK",
        "xa m'drak",
    })
    void communeNamesWithEitherApostrophe(String name) {
        // communes-2025.csv: 24412,Xã M'Drắk,xa,66.
        assertThat(VietNamAreas.lookUp(name, AreaLevel.COMMUNE, JULY_1).area().code()).isEqualTo("24412");
    }

    // ---- commune aliases: spellings of the 2025 resolutions that folding does not make alike.
    // Worked out from communes-before-2025.csv, communes-2025.csv and commune-links-2025.csv:
    // 00736,Xã Xà Phìn,xa,026,Huyện Đồng Văn,02 links to 00733 (Xã Sà Phìn, 08) in full;
    // 03469,Xã Kan Hồ,xa,...,12 links to 03433 (Xã Bum Tở, 12) in full; 12664,Xã Kim Chung (Huyện
    // Hưng Hà, 34) and 14695,Xã Kim Trung (Huyện Kim Sơn, 37); 24409,Xã Cư Jang (Huyện Ea Kar, 66).

    @ParameterizedTest(name = "''{0}'' on 2025-06-30 is {1}")
    @CsvSource(delimiter = '|', value = {
        "Sà Phìn|00736|02",
        "Xã Sà Phìn|00736|02",
        "xa sa phin|00736|02",
        "Xã Xà Phìn|00736|02",
        "Can Hồ|03469|12",
        "Kan Hồ|03469|12",
        "Cư Yang|24409|66",
        "Thị trấn Nông trường Phong Hải|02902|10",
        "N' Thôn Hạ|24973|68",
    })
    void aCommuneIsFoundUnderTheResolutionsSpelling(String name, String code, String province) {
        NameMatch match = VietNamAreas.lookUp(name, AreaLevel.COMMUNE, JUNE_30);
        assertThat(match.candidates()).extracting(c -> c.area().code(), c -> c.province().code())
                .containsExactly(tuple(code, province));
    }

    @Test
    void anAliasSaysHowTheCommuneNameWasRead() {
        NameMatch match = VietNamAreas.lookUp("Sà Phìn", AreaLevel.COMMUNE, JUNE_30);
        assertThat(match.notes()).containsExactly(BilingualText.of(
                "'Sà Phìn' được hiểu là Xã Xà Phìn (00736)", "'Sà Phìn' is read as Xã Xà Phìn (00736)"));
    }

    @Test
    void anAliasThatIsAlsoANameGivesEveryUnitItNames() {
        // Kim Trung names Xã Kim Trung of Ninh Bình and, as Resolution 1666 writes it, Xã Kim Chung of
        // Thái Bình: both are candidates, neither is chosen.
        NameMatch match = VietNamAreas.lookUp("Kim Trung", AreaLevel.COMMUNE, JUNE_30);
        assertThat(match.isAmbiguous()).isTrue();
        assertThat(match.candidates()).extracting(c -> c.area().code(), c -> c.province().code())
                .containsExactly(tuple("14695", "37"), tuple("12664", "34"));
        assertThat(match.notes()).extracting(BilingualText::en)
                .containsExactly("'Kim Trung' is also read as Xã Kim Chung (12664)");
    }

    @Test
    void anAliasAfterTheReformGivesTheSuccessorOnce() {
        // On 2025-07-01 Sà Phìn is the new 00733 itself, and the old Xà Phìn went into it: one candidate.
        NameMatch saPhin = VietNamAreas.lookUp("Sà Phìn", AreaLevel.COMMUNE, JULY_1);
        assertThat(saPhin.areas()).extracting(Area::code).containsExactly("00733");
        assertThat(saPhin.notes()).isEmpty();
        // Can Hồ names no unit in force: as Kan Hồ, it went into Xã Bum Tở.
        NameMatch canHo = VietNamAreas.lookUp("Can Hồ", AreaLevel.COMMUNE, JULY_1);
        assertThat(canHo.areas()).extracting(Area::code).containsExactly("03433");
        assertThat(canHo.notes()).extracting(BilingualText::en).containsExactly(
                "'Can Hồ' is read as Xã Kan Hồ (03469)", "Xã Kan Hồ was merged into Xã Bum Tở on 1 July 2025");
    }

    @Test
    void everyCommuneAliasStandsForACommuneInForceOnTheLastDayThatItsNameDoesNotFoldTo() {
        assertThat(VietNamAreas.COMMUNE_ALIASES).hasSize(35);
        for (Map.Entry<String, String> alias : VietNamAreas.COMMUNE_ALIASES.entrySet()) {
            Area unit = H.of(alias.getValue(), JUNE_30);
            assertThat(unit.level()).isEqualTo(AreaLevel.COMMUNE);
            assertThat(AreaHierarchy.foldName(alias.getKey())).as(alias.getKey())
                    .isNotEqualTo(AreaHierarchy.foldName(unit.name().vi()));
        }
    }

    @Test
    void aSplitCommuneNameAfterTheReformGivesEveryPart() {
        NameMatch match = VietNamAreas.on(JULY_1).lookUp("Phường Cống Vị", AreaLevel.COMMUNE);
        assertThat(match.areas()).extracting(Area::code).containsExactlyInAnyOrder("00008", "00025");
        assertThat(match.notes()).hasSize(1);
    }

    // ---- a caller's link file

    private static final String HEADER = "old_code,old_province_code,new_code,new_province_code,kind,old_level\n";

    private static String shippedLinksWithout(String oldCode) throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (Area unit : VietNamAreas.on(JUNE_30).areas()) {
            if (unit.level() == AreaLevel.PROVINCE || unit.code().equals(oldCode)) {
                continue;
            }
            for (AreaLink link : H.successors(unit)) {
                String level = unit.level() == AreaLevel.DISTRICT ? "district" : "commune";
                String oldProvince = H.holderOn(unit, AreaLevel.PROVINCE, JUNE_30).orElseThrow().code();
                text.append(unit.code()).append(',').append(oldProvince).append(',').append(link.to().code())
                        .append(',').append(link.to().parentCode().orElseThrow()).append(',')
                        .append(link.isFull() ? "full" : "partial").append(',').append(level).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void aCallersLinkFileIsChecked() throws Exception {
        String all = shippedLinksWithout("none");
        AreaHierarchy mine = VietNamAreas.hierarchyWithLinks(new StringReader(all));
        assertThat(mine.successors(mine.of("00007", JUNE_30))).hasSize(2);

        assertThatThrownBy(() -> VietNamAreas.hierarchyWithLinks(new StringReader(shippedLinksWithout("00001"))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "the link file.old_code: '00001' (Phường Phúc Xá, in force until 2025-06-30) is linked to no"
                        + " successor; every commune in force on 2025-06-30 needs one on 2025-07-01"));
        // 00001 Phường Phúc Xá (Hà Nội) linked to 24412 Xã M'Drắk (Đắk Lắk).
        String otherProvince = HEADER + "00001,01,24412,66,full,commune\n";
        assertThatThrownBy(() -> VietNamAreas.hierarchyWithLinks(new StringReader(otherProvince)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "the link file.new_code: '24412' is Xã M'Drắk of Đắk Lắk, but the old unit 00001 Phường Phúc Xá"
                        + " of Thành phố Hà Nội can only go into a unit of Thành phố Hà Nội (code 01) on 2025-07-01"
                        + " (line 2)"));
        String unknown = HEADER + "99999,01,00004,01,full,commune\n";
        assertThatThrownBy(() -> VietNamAreas.hierarchyWithLinks(new StringReader(unknown)))
                .hasMessage("the link file.old_code: '99999' names no commune in force on 2025-06-30 (line 2)");
        String unknownNew = HEADER + "00001,01,00001,01,full,commune\n";
        assertThatThrownBy(() -> VietNamAreas.hierarchyWithLinks(new StringReader(unknownNew)))
                .hasMessage("the link file.new_code: '00001' names no commune-level unit in force on 2025-07-01"
                        + " (line 2, old code 00001)");
    }

    @Test
    void theShippedLinkFilePassesTheChecksOfACallersFile() throws Exception {
        // The shipped links are not checked against the provinces on every load; read as a caller's
        // file, they are, row by row.
        String shipped;
        try (InputStream in = VietNamAreas.class.getResourceAsStream("commune-links-2025.csv")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        AreaHierarchy checked = VietNamAreas.hierarchyWithLinks(new StringReader(shipped));
        assertThat(checked.toString()).isEqualTo(H.toString());
        for (Area unit : VietNamAreas.on(JUNE_30).areas()) {
            assertThat(checked.successors(unit)).isEqualTo(H.successors(unit));
        }
    }

    @Test
    void aCallersLinkFileMayEndItsLinesWithCrLfAndHaveEmptyLines() throws Exception {
        String all = shippedLinksWithout("none").replace("\n", "\r\n").replace(HEADER.strip() + "\r\n",
                HEADER.strip() + "\r\n\r\n");
        AreaHierarchy mine = VietNamAreas.hierarchyWithLinks(new StringReader(all));
        assertThat(mine.successors(mine.of("00007", JUNE_30))).hasSize(2);
    }

    @Test
    void aCallersLinkFileOfTheWrongShapeIsRefusedWithItsLine() {
        // Line 1 the header, line 2 empty, line 3 the row.
        assertThatThrownBy(() -> VietNamAreas.hierarchyWithLinks(new StringReader(HEADER + "\r\n00001,01,00097,01,full\r\n")))
                .hasMessage("the link file: 00001,01,00097,01,full has fewer than 6 columns (line 3)");
        assertThatThrownBy(() -> VietNamAreas.hierarchyWithLinks(new StringReader(HEADER + "\n00001,01,00097,01,full,commune,x")))
                .hasMessage("the link file: 00001,01,00097,01,full,commune,x has more than 6 columns (line 3)");
        assertThatThrownBy(() -> VietNamAreas.hierarchyWithLinks(new StringReader(HEADER + "00001,01,00097,01,full,ward\n")))
                .hasMessage("the link file.old_level: ward is neither commune nor district (line 2)");
        assertThatThrownBy(() -> VietNamAreas.hierarchyWithLinks(new StringReader(HEADER + "00001,01,00097,01,whole,commune\n")))
                .hasMessage("the link file.kind: whole is neither full nor partial (line 2)");
        // Codes are compared whole: "1" is not "00001", nor is "000001".
        assertThatThrownBy(() -> VietNamAreas.hierarchyWithLinks(new StringReader(HEADER + "1,01,00097,01,full,commune\n")))
                .hasMessage("the link file.old_code: '1' names no commune in force on 2025-06-30 (line 2)");
        assertThatThrownBy(() -> VietNamAreas.hierarchyWithLinks(new StringReader(HEADER + "00001,01,000097,01,full,commune\n")))
                .hasMessage("the link file.new_code: '000097' names no commune-level unit in force on 2025-07-01"
                        + " (line 2, old code 00001)");
        assertThatThrownBy(() -> VietNamAreas.hierarchyWithLinks(new StringReader(HEADER + "00001,1,00097,01,full,commune\n")))
                .hasMessage("the link file.old_province_code: 1/01 disagrees with the provinces of 00001 and 00097, 01/01"
                        + " (line 2)");
    }

    @Test
    void theViewOnADateFindsAliasesAsLookUpDoes() {
        // Issue 17: aliases worked through VietNamAreas.lookUp only; they are the hierarchy's own now.
        NameMatch hcmc = VietNamAreas.on(JULY_1).lookUp("HCMC");
        assertThat(hcmc.areas()).extracting(Area::code).containsExactly("79");
        assertThat(hcmc.notes()).extracting(BilingualText::en)
                .containsExactly("'HCMC' is read as Thành phố Hồ Chí Minh");
        NameMatch saPhin = VietNamAreas.on(JUNE_30).lookUp("Sà Phìn", AreaLevel.COMMUNE);
        assertThat(saPhin).isEqualTo(VietNamAreas.lookUp("Sà Phìn", AreaLevel.COMMUNE, JUNE_30));
        assertThat(saPhin.areas()).extracting(Area::code).containsExactly("00736");
        NameMatch canHo = VietNamAreas.on(JULY_1).lookUp("Can Hồ");
        assertThat(canHo.areas()).extracting(Area::code).containsExactly("03433");
        assertThat(VietNamAreas.HIERARCHY.on(JULY_1).lookUp("Bắc Cạn").areas()).extracting(Area::code)
                .containsExactly("19");
    }

    @Test
    void anUnprefixedNameThatStartsLikeAPrefixFindsItsCommune() {
        // communes-before-2025.csv: 00736,Xã Xà Phìn (Đồng Văn, 02); 07540,Xã Xa Lý (Bắc Giang, 24).
        assertThat(VietNamAreas.lookUp("Xà Phìn", AreaLevel.COMMUNE, JUNE_30).areas()).extracting(Area::code)
                .containsExactly("00736");
        assertThat(VietNamAreas.lookUp("Xa Lý", AreaLevel.COMMUNE, JUNE_30).areas()).extracting(Area::code)
                .containsExactly("07540");
    }

    @Test
    void theCatalogueIsLoadedOnce() {
        assertThat(VietNamAreas.hierarchy()).isSameAs(H);
        Map<String, Integer> codes = new HashMap<>();
        for (Area area : H.areas()) {
            codes.merge(area.code() + "@" + area.validFrom().orElse(null), 1, Integer::sum);
        }
        assertThat(codes.values()).allMatch(n -> n == 1);
    }
}
