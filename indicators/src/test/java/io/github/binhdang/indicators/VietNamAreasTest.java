package io.github.binhdang.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the catalogue against the two CSVs of the reference files, copied unchanged into the test
 * resources (provinces-2008.csv, 63 rows; provinces-2025.csv, 34 rows): every row's code, names and
 * merger link. The CSVs write provinces of the 2008 list as "Tỉnh X"; the catalogue writes them "X",
 * as letter 915/CTK-CSCL does, so the expected name drops a leading "Tỉnh ".
 */
class VietNamAreasTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    private static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate Y2026 = LocalDate.of(2026, 1, 1);
    // "Tỉnh Thừa Thiên Huế (Thành phố Huế from 2025-01-01)"
    private static final Pattern RENAMED = Pattern.compile("(.+) \\((.+) from (\\d{4}-\\d{2}-\\d{2})\\)");

    private static final AreaHierarchy H = VietNamAreas.HIERARCHY;

    static List<String[]> rows(String file) {
        InputStream in = Objects.requireNonNull(VietNamAreasTest.class.getResourceAsStream(file), file);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    // No field of these files holds a comma.
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Each row is one argument: a String[] would otherwise be spread over the parameters.
    static Stream<Arguments> rows2008() {
        return rows("provinces-2008.csv").stream().map(row -> Arguments.of((Object) row));
    }

    static Stream<Arguments> rows2025() {
        return rows("provinces-2025.csv").stream().map(row -> Arguments.of((Object) row));
    }

    private static String withoutTinh(String name) {
        return name.startsWith("Tỉnh ") ? name.substring("Tỉnh ".length()) : name;
    }

    @Test
    void theFilesHoldSixtyThreeAndThirtyFourRows() {
        assertThat(rows("provinces-2008.csv")).hasSize(63);
        assertThat(rows("provinces-2025.csv")).hasSize(34);
        assertThat(VietNamAreas.PROVINCES_63).hasSize(63);
        assertThat(VietNamAreas.PROVINCES_34).hasSize(34);
        assertThat(VietNamAreas.provincesOn(JUNE_30)).isEqualTo(VietNamAreas.PROVINCES_63);
        assertThat(VietNamAreas.provincesOn(JULY_1)).isEqualTo(VietNamAreas.PROVINCES_34);
        assertThat(VietNamAreas.provincesOn(Y2020)).hasSize(63);
    }

    // code_2008,name_vi,name_ascii,type,became_part_of_2025_code,became_part_of_2025_name
    @ParameterizedTest
    @MethodSource("rows2008")
    void everyOldProvinceHasItsCodeNamesAndSuccessor(String[] row) {
        String code = row[0];
        Matcher renamed = RENAMED.matcher(row[1]);
        Area onLastDay = H.find(code, JUNE_30).orElseThrow();
        assertThat(VietNamAreas.PROVINCES_63).contains(onLastDay);
        assertThat(onLastDay.level()).isEqualTo(AreaLevel.PROVINCE);
        assertThat(onLastDay.parentCode()).contains("VN");
        if (renamed.matches()) {
            // Thừa Thiên Huế: one name before the date in the file, the other from it.
            LocalDate from = LocalDate.parse(renamed.group(3));
            Area before = H.find(code, from.minusDays(1)).orElseThrow();
            assertThat(before.name()).isEqualTo(BilingualText.of(withoutTinh(renamed.group(1)), row[2]));
            assertThat(onLastDay.name().vi()).isEqualTo(renamed.group(2));
            assertThat(onLastDay.validFrom()).contains(from);
            assertThat(H.mergedInto(before)).contains(onLastDay);
        } else {
            assertThat(onLastDay.name()).isEqualTo(BilingualText.of(withoutTinh(row[1]), row[2]));
            assertThat(H.find(code, Y2020)).contains(onLastDay);
        }
        Area successor = H.successorOn(onLastDay, JULY_1).orElseThrow();
        assertThat(successor.code()).isEqualTo(row[4]);
        assertThat(successor.name().vi()).isEqualTo(row[5]);
        assertThat(VietNamAreas.PROVINCES_34).contains(successor);
    }

    // stt,code_2025,name_vi,name_ascii,type,merged_from_2008_codes,merged_from_names,status,centre
    @ParameterizedTest
    @MethodSource("rows2025")
    void everyNewUnitHasItsCodeNamesAndPredecessors(String[] row) {
        String code = row[1];
        Area unit = H.find(code, JULY_1).orElseThrow();
        assertThat(unit.name()).isEqualTo(BilingualText.of(row[2], row[3]));
        assertThat(unit.validTo()).isEmpty();
        List<String> parts = Arrays.asList(row[5].split(";"));
        if (row[7].equals("unchanged")) {
            assertThat(parts).containsExactly(code);
            // One version through the reform: the unit of 30 June is the unit of 1 July.
            assertThat(H.find(code, JUNE_30)).contains(unit);
            assertThat(H.mergedInto(unit)).isEmpty();
        } else {
            assertThat(row[7]).isEqualTo("merged");
            assertThat(unit.validFrom()).contains(JULY_1);
            assertThat(H.predecessors(unit)).extracting(Area::code).containsExactlyInAnyOrderElementsOf(parts);
            for (Area old : H.predecessors(unit)) {
                assertThat(old.validTo()).contains(JUNE_30);
            }
        }
    }

    @Test
    void laoCaiAndYenBaiBecameTheNewLaoCai() {
        assertThat(VietNamAreas.LAO_CAI_2008.code()).isEqualTo("10");
        assertThat(VietNamAreas.YEN_BAI_2008.code()).isEqualTo("15");
        assertThat(VietNamAreas.LAO_CAI_2025.code()).isEqualTo("15");
        assertThat(H.mergedInto(VietNamAreas.LAO_CAI_2008)).contains(VietNamAreas.LAO_CAI_2025);
        assertThat(H.mergedInto(VietNamAreas.YEN_BAI_2008)).contains(VietNamAreas.LAO_CAI_2025);
        assertThat(H.predecessors(VietNamAreas.LAO_CAI_2025))
                .containsExactly(VietNamAreas.LAO_CAI_2008, VietNamAreas.YEN_BAI_2008);
        // Code 15 names Yên Bái on the last day and the new Lào Cai on the first.
        assertThat(VietNamAreas.find("15", JUNE_30)).contains(VietNamAreas.YEN_BAI_2008);
        assertThat(VietNamAreas.find("15", JULY_1)).contains(VietNamAreas.LAO_CAI_2025);
        assertThat(VietNamAreas.find("10", JULY_1)).isEmpty();
        assertThat(VietNamAreas.of("15", JULY_1)).isSameAs(VietNamAreas.LAO_CAI_2025);
        assertThatThrownBy(() -> VietNamAreas.of("10", JULY_1))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("VietNamAreas.code");
                    assertThat(e.value()).isEqualTo("'10'");
                    assertThat(e.getMessage()).isEqualTo("VietNamAreas.code: '10' names no unit in force on 2025-07-01;"
                            + " it names 10 Lào Cai (PROVINCE, ..2025-06-30, parent VN), merged into"
                            + " 15 Lào Cai (PROVINCE, 2025-07-01.., parent VN)");
                });
        assertThat(H.successorOn(VietNamAreas.LAO_CAI_2008, Y2026)).contains(VietNamAreas.LAO_CAI_2025);
        assertThat(H.successorOn(VietNamAreas.LAO_CAI_2008, Y2020)).contains(VietNamAreas.LAO_CAI_2008);
    }

    @Test
    void quangBinhBecamePartOfQuangTri() {
        assertThat(VietNamAreas.QUANG_BINH_2008.code()).isEqualTo("44");
        assertThat(VietNamAreas.QUANG_TRI_2008.code()).isEqualTo("45");
        assertThat(VietNamAreas.QUANG_TRI_2025.code()).isEqualTo("44");
        assertThat(VietNamAreas.QUANG_TRI_2025.name().vi()).isEqualTo("Quảng Trị");
        assertThat(H.mergedInto(VietNamAreas.QUANG_BINH_2008)).contains(VietNamAreas.QUANG_TRI_2025);
        assertThat(H.mergedInto(VietNamAreas.QUANG_TRI_2008)).contains(VietNamAreas.QUANG_TRI_2025);
        assertThat(VietNamAreas.find("44", JUNE_30)).contains(VietNamAreas.QUANG_BINH_2008);
        assertThat(VietNamAreas.find("45", JULY_1)).isEmpty();
    }

    @Test
    void bacGiangBecamePartOfBacNinh() {
        assertThat(VietNamAreas.BAC_GIANG_2008.code()).isEqualTo("24");
        assertThat(VietNamAreas.BAC_NINH_2008.code()).isEqualTo("27");
        assertThat(VietNamAreas.BAC_NINH_2025.code()).isEqualTo("24");
        assertThat(H.mergedInto(VietNamAreas.BAC_GIANG_2008)).contains(VietNamAreas.BAC_NINH_2025);
        assertThat(H.mergedInto(VietNamAreas.BAC_NINH_2008)).contains(VietNamAreas.BAC_NINH_2025);
        assertThat(H.predecessors(VietNamAreas.BAC_NINH_2025))
                .containsExactlyInAnyOrder(VietNamAreas.BAC_GIANG_2008, VietNamAreas.BAC_NINH_2008);
    }

    @Test
    void sonLaWasNotMerged() {
        Area sonLa = VietNamAreas.SON_LA;
        assertThat(sonLa.code()).isEqualTo("14");
        assertThat(sonLa.validFrom()).isEmpty();
        assertThat(sonLa.validTo()).isEmpty();
        assertThat(H.mergedInto(sonLa)).isEmpty();
        assertThat(H.predecessors(sonLa)).isEmpty();
        assertThat(H.versions("14")).containsExactly(sonLa);
        assertThat(H.successorOn(sonLa, Y2026)).contains(sonLa);
        assertThat(VietNamAreas.PROVINCES_63).contains(sonLa);
        assertThat(VietNamAreas.PROVINCES_34).contains(sonLa);
    }

    @Test
    void hueWasRenamedBeforeTheReformAndKeptThrough() {
        assertThat(VietNamAreas.find("46", LocalDate.of(2024, 12, 31))).contains(VietNamAreas.THUA_THIEN_HUE);
        assertThat(VietNamAreas.find("46", LocalDate.of(2025, 1, 1))).contains(VietNamAreas.HUE);
        assertThat(VietNamAreas.find("46", JULY_1)).contains(VietNamAreas.HUE);
        assertThat(H.mergedInto(VietNamAreas.THUA_THIEN_HUE)).contains(VietNamAreas.HUE);
        assertThat(VietNamAreas.findByName("Huế", JULY_1)).contains(VietNamAreas.HUE);
        assertThat(VietNamAreas.findByName("Thừa Thiên Huế", LocalDate.of(2024, 6, 1)))
                .contains(VietNamAreas.THUA_THIEN_HUE);
    }

    @Test
    void theNationHoldsEveryProvince() {
        assertThat(VietNamAreas.VIET_NAM.code()).isEqualTo("VN");
        assertThat(VietNamAreas.VIET_NAM.level()).isEqualTo(AreaLevel.NATION);
        assertThat(H.children(VietNamAreas.VIET_NAM, JUNE_30)).hasSize(63);
        assertThat(H.children(VietNamAreas.VIET_NAM, JULY_1)).hasSize(34);
        assertThat(H.holderOn(VietNamAreas.BAC_GIANG_2008, AreaLevel.NATION, Y2020)).contains(VietNamAreas.VIET_NAM);
        // The 11 unchanged units are shared by both lists; Thừa Thiên Huế is one more version of code 46.
        assertThat(H.areas()).hasSize(1 + 63 + 34 - 11 + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sơn La", "SƠN LA", "son la", "Son La", "Tỉnh Sơn La"})
    void sonLaIsFoundByNameInAnyForm(String name) {
        assertThat(VietNamAreas.findByName(name, JULY_1)).contains(VietNamAreas.SON_LA);
        String nfd = Normalizer.normalize(name, Normalizer.Form.NFD);
        assertThat(VietNamAreas.findByName(nfd, Y2020)).contains(VietNamAreas.SON_LA);
    }

    @Test
    void sonLaTypedInNfdIsFound() {
        String nfd = "So\u031Bn La"; // o + combining horn
        assertThat(Normalizer.isNormalized(nfd, Normalizer.Form.NFC)).isFalse();
        assertThat(VietNamAreas.findByName(nfd, JUNE_30)).contains(VietNamAreas.SON_LA);
    }

    @Test
    void aNameIsFoundByDate() {
        assertThat(VietNamAreas.findByName("Lào Cai", Y2020)).contains(VietNamAreas.LAO_CAI_2008);
        assertThat(VietNamAreas.findByName("lao cai", Y2026)).contains(VietNamAreas.LAO_CAI_2025);
        assertThat(VietNamAreas.findByName("Yên Bái", Y2026)).isEmpty();
        assertThat(VietNamAreas.findByName("Ho Chi Minh City", Y2026).map(Area::code)).contains("79");
        assertThat(VietNamAreas.findByName("Atlantis", Y2026)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"99", "03", "VN-14", "10"})
    void anUnknownCodeOnADateIsEmpty(String code) {
        assertThat(VietNamAreas.find(code, JULY_1)).isEmpty();
    }

    @Test
    void anApplicationAddsItsOwnDistrictsAndCommunes() {
        // Codes 9001-9003 are the application's own, made up for the test.
        Area saPa = Area.of("9001", BilingualText.of("Thị xã Sa Pa", "Sa Pa Town"), AreaLevel.DISTRICT)
                .withParent("10").withValidTo(JUNE_30);
        Area laoCaiCity = Area.of("9002", BilingualText.of("Thành phố Lào Cai", "Lao Cai City"), AreaLevel.DISTRICT)
                .withParent("10").withValidTo(JUNE_30);
        Area commune = Area.of("9003", BilingualText.of("Xã Chiềng Sinh"), AreaLevel.COMMUNE)
                .withParent("14").withValidFrom(JULY_1);
        AreaHierarchy mine = VietNamAreas.builder().add(saPa).add(laoCaiCity).add(commune).build();

        assertThat(mine.parent(saPa, Y2020)).contains(VietNamAreas.LAO_CAI_2008);
        assertThat(mine.holderOn(saPa, AreaLevel.PROVINCE, Y2026)).contains(VietNamAreas.LAO_CAI_2025);
        assertThat(mine.parent(commune, Y2026)).contains(VietNamAreas.SON_LA);
        assertThat(mine.children(VietNamAreas.LAO_CAI_2008, Y2020)).containsExactly(saPa, laoCaiCity);
        // The catalogue's own hierarchy is untouched, and each builder is new.
        assertThat(VietNamAreas.HIERARCHY.contains(saPa)).isFalse();
        assertThat(VietNamAreas.builder().build().areas()).hasSameSizeAs(VietNamAreas.HIERARCHY.areas());

        // "Lào Cai" now names the province and the city in it: ambiguous, unless the level is given.
        assertThatThrownBy(() -> mine.findByName("Lào Cai", Y2020))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("AreaHierarchy.name");
                    assertThat(e.value()).isEqualTo("'Lào Cai'");
                })
                .hasMessageContaining("matches several areas valid on 2020-01-01")
                .hasMessageContaining("10 Lào Cai (PROVINCE")
                .hasMessageContaining("9002 Thành phố Lào Cai (DISTRICT");
        assertThat(mine.findByName("Lào Cai", AreaLevel.PROVINCE, Y2020)).contains(VietNamAreas.LAO_CAI_2008);
        // After the reform the city has ended, so the name is no longer ambiguous.
        assertThat(mine.findByName("Lào Cai", Y2026)).contains(VietNamAreas.LAO_CAI_2025);
    }

    @Test
    void anApplicationCannotAddAUnitTwice() {
        assertThatThrownBy(() -> VietNamAreas.builder().add(VietNamAreas.SON_LA))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("AreaHierarchy.area"))
                .hasMessageContaining("is already added");
    }

    @Test
    void namesAreInNfc() {
        for (Area area : H.areas()) {
            assertThat(Normalizer.isNormalized(area.name().vi(), Normalizer.Form.NFC)).as(area.toString()).isTrue();
        }
    }
}
