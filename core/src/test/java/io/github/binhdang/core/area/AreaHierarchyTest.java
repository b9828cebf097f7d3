package io.github.binhdang.core.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Facts from shared/reference/provinces-2025.md: old Lào Cai (10) and Yên Bái (15) were in force
 * until 30 June 2025 and merged into the new Lào Cai (15) from 1 July 2025; Sơn La (14) and Hà Nội (01)
 * were unchanged; the district level ended on 30 June 2025. Sa Pa's district code 088 is the GSO list's
 * (used as a fixture only); codes starting with 9000 are made up for the test.
 */
class AreaHierarchyTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    private static final LocalDate Y2022 = LocalDate.of(2022, 6, 30);
    private static final LocalDate Y2024 = LocalDate.of(2024, 1, 1);
    private static final LocalDate Y2026 = LocalDate.of(2026, 1, 1);

    private static final Area OLD_LAO_CAI = province("10", "Lào Cai", "Lao Cai").withValidTo(JUNE_30);
    private static final Area YEN_BAI = province("15", "Yên Bái", "Yen Bai").withValidTo(JUNE_30);
    private static final Area LAO_CAI = province("15", "Lào Cai", "Lao Cai").withValidFrom(JULY_1);
    private static final Area SON_LA = province("14", "Sơn La", "Son La");
    private static final Area HA_NOI = province("01", "Thành phố Hà Nội", "Ha Noi");
    private static final Area SA_PA = Area.of("088", BilingualText.of("Thị xã Sa Pa", "Sa Pa Town"), AreaLevel.DISTRICT)
            .withParent("10").withValidTo(JUNE_30);

    private static final AreaHierarchy HIERARCHY = AreaHierarchy.builder()
            .addAll(List.of(OLD_LAO_CAI, YEN_BAI, LAO_CAI, SON_LA, HA_NOI, SA_PA))
            .merge(OLD_LAO_CAI, LAO_CAI)
            .merge(YEN_BAI, LAO_CAI)
            .build();

    private static Area province(String code, String vi, String en) {
        return Area.of(code, BilingualText.of(vi, en), AreaLevel.PROVINCE);
    }

    private static Area commune(String code, String name) {
        return Area.of(code, BilingualText.of(name), AreaLevel.COMMUNE);
    }

    // ---- codes and dates

    @Test
    void aReusedCodeIsFoundByDate() {
        assertThat(HIERARCHY.find("15", Y2024)).contains(YEN_BAI);
        assertThat(HIERARCHY.find("15", JUNE_30)).contains(YEN_BAI);
        assertThat(HIERARCHY.find("15", JULY_1)).contains(LAO_CAI);
        assertThat(HIERARCHY.find("10", Y2024)).contains(OLD_LAO_CAI);
        assertThat(HIERARCHY.find("10", JULY_1)).isEmpty();
        assertThat(HIERARCHY.find("99", Y2024)).isEmpty();
    }

    @Test
    void anUnchangedProvinceIsValidThroughout() {
        assertThat(HIERARCHY.find("14", LocalDate.of(2008, 8, 1))).contains(SON_LA);
        assertThat(HIERARCHY.find("14", Y2026)).contains(SON_LA);
        assertThat(SON_LA.isValidThroughout(LocalDate.of(2008, 8, 1), Y2026)).isTrue();
        assertThat(HIERARCHY.successorOn(SON_LA, Y2026)).contains(SON_LA);
        assertThat(HIERARCHY.predecessors(SON_LA)).isEmpty();
        assertThat(HIERARCHY.versions("14")).containsExactly(SON_LA);
    }

    @Test
    void versionsAreOldestFirstWhateverTheInsertionOrder() {
        AreaHierarchy reversed = AreaHierarchy.builder().add(LAO_CAI).add(YEN_BAI).build();
        assertThat(reversed.versions("15")).containsExactly(YEN_BAI, LAO_CAI);
        assertThat(reversed.areas()).containsExactly(LAO_CAI, YEN_BAI);
        assertThat(HIERARCHY.versions("15")).containsExactly(YEN_BAI, LAO_CAI);
        assertThat(HIERARCHY.versions("99")).isEmpty();
    }

    @Test
    void areasKeepTheInsertionOrderAndCannotBeChanged() {
        assertThat(HIERARCHY.areas()).containsExactly(OLD_LAO_CAI, YEN_BAI, LAO_CAI, SON_LA, HA_NOI, SA_PA);
        assertThatThrownBy(() -> HIERARCHY.areas().add(SON_LA)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> HIERARCHY.versions("15").clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void laterBuilderChangesDoNotReachABuiltHierarchy() {
        AreaHierarchy.Builder builder = AreaHierarchy.builder().add(SON_LA);
        AreaHierarchy first = builder.build();
        builder.add(HA_NOI);
        assertThat(first.areas()).containsExactly(SON_LA);
        assertThat(first.find("01", Y2024)).isEmpty();
        assertThat(builder.build().areas()).containsExactly(SON_LA, HA_NOI);
    }

    // ---- parents and children

    @Test
    void childrenOfOldLaoCaiIn2022IncludeSaPa() {
        assertThat(HIERARCHY.children(OLD_LAO_CAI, Y2022)).containsExactly(SA_PA);
        assertThat(HIERARCHY.children(OLD_LAO_CAI, JULY_1)).isEmpty();
        assertThat(HIERARCHY.children(LAO_CAI, Y2026)).isEmpty();
        assertThat(HIERARCHY.children(SON_LA, Y2022)).isEmpty();
    }

    @Test
    void parentIsResolvedOnTheDate() {
        assertThat(HIERARCHY.parent(SA_PA, Y2022)).contains(OLD_LAO_CAI);
        // Code 10 names nothing after the reform.
        assertThat(HIERARCHY.parent(SA_PA, Y2026)).isEmpty();
        assertThat(HIERARCHY.parent(SON_LA, Y2022)).isEmpty();
    }

    @Test
    void aParentCodeFollowsItsCodeAcrossVersions() {
        // A commune under code 15 for its whole life is held by Yên Bái before the merger and by the new Lào Cai after.
        Area commune = commune("90001", "Xã Thử").withParent("15");
        AreaHierarchy hierarchy = AreaHierarchy.builder().add(YEN_BAI).add(LAO_CAI).add(commune).build();
        assertThat(hierarchy.parent(commune, Y2024)).contains(YEN_BAI);
        assertThat(hierarchy.parent(commune, Y2026)).contains(LAO_CAI);
        assertThat(hierarchy.children(YEN_BAI, Y2024)).containsExactly(commune);
        assertThat(hierarchy.children(LAO_CAI, Y2026)).containsExactly(commune);
        assertThat(hierarchy.children(LAO_CAI, Y2024)).isEmpty();
    }

    // ---- merges

    @Test
    void predecessorsOfTheNewLaoCai() {
        assertThat(HIERARCHY.predecessors(LAO_CAI)).containsExactly(OLD_LAO_CAI, YEN_BAI);
        assertThat(HIERARCHY.predecessors(OLD_LAO_CAI)).isEmpty();
        assertThat(HIERARCHY.mergedInto(OLD_LAO_CAI)).contains(LAO_CAI);
        assertThat(HIERARCHY.mergedInto(YEN_BAI)).contains(LAO_CAI);
        assertThat(HIERARCHY.mergedInto(LAO_CAI)).isEmpty();
    }

    @ParameterizedTest(name = "old Lào Cai on {0}")
    @CsvSource({
        "2022-06-30, 10",
        "2025-06-30, 10",
        "2025-07-01, 15",
        "2026-01-01, 15",
    })
    void oldLaoCaiIsCarriedForward(LocalDate date, String code) {
        assertThat(HIERARCHY.successorOn(OLD_LAO_CAI, date)).map(Area::code).contains(code);
        assertThat(HIERARCHY.successorOn(OLD_LAO_CAI, date)).map(a -> a.name().vi()).contains("Lào Cai");
    }

    @Test
    void successorOnIsEmptyBeforeTheStartOrWithoutAMerge() {
        assertThat(HIERARCHY.successorOn(LAO_CAI, Y2024)).isEmpty();
        assertThat(HIERARCHY.successorOn(SA_PA, Y2026)).isEmpty();
        assertThat(HIERARCHY.successorOn(YEN_BAI, Y2026)).contains(LAO_CAI);
    }

    @Test
    void successorOnFollowsSeveralStepsAndRespectsGaps() {
        // Made-up chain: A to 2010-12-31, B 2011-01-01..2020-12-31, then a gap, C from 2021-03-01.
        Area a = commune("90001", "A").withValidTo(LocalDate.of(2010, 12, 31));
        Area b = commune("90002", "B").withValidity(LocalDate.of(2011, 1, 1), LocalDate.of(2020, 12, 31));
        Area c = commune("90003", "C").withValidFrom(LocalDate.of(2021, 3, 1));
        AreaHierarchy chain = AreaHierarchy.builder().add(a).add(b).add(c).merge(b, c).merge(a, b).build();
        assertThat(chain.successorOn(a, LocalDate.of(2010, 12, 31))).contains(a);
        assertThat(chain.successorOn(a, LocalDate.of(2015, 1, 1))).contains(b);
        assertThat(chain.successorOn(a, LocalDate.of(2021, 1, 15))).isEmpty();
        assertThat(chain.successorOn(a, LocalDate.of(2021, 3, 1))).contains(c);
        assertThat(chain.successorOn(a, Y2026)).contains(c);
        assertThat(chain.successorOn(b, LocalDate.of(2010, 1, 1))).isEmpty();
        assertThat(chain.holderOn(a, AreaLevel.COMMUNE, Y2026)).contains(c);
    }

    // ---- holderOn

    @Test
    void saPaIsHeldByTheNewLaoCaiAfterTheReform() {
        assertThat(HIERARCHY.holderOn(SA_PA, AreaLevel.PROVINCE, Y2026)).contains(LAO_CAI);
        assertThat(HIERARCHY.holderOn(SA_PA, AreaLevel.PROVINCE, JULY_1)).contains(LAO_CAI);
    }

    @Test
    void saPaIsHeldByOldLaoCaiBeforeTheReform() {
        assertThat(HIERARCHY.holderOn(SA_PA, AreaLevel.PROVINCE, Y2022)).contains(OLD_LAO_CAI);
        assertThat(HIERARCHY.holderOn(SA_PA, AreaLevel.PROVINCE, JUNE_30)).contains(OLD_LAO_CAI);
    }

    @Test
    void holderAtTheAreasOwnLevelIsTheAreaCarriedForward() {
        assertThat(HIERARCHY.holderOn(SA_PA, AreaLevel.DISTRICT, Y2022)).contains(SA_PA);
        // No district exists after 30 June 2025.
        assertThat(HIERARCHY.holderOn(SA_PA, AreaLevel.DISTRICT, Y2026)).isEmpty();
        assertThat(HIERARCHY.holderOn(YEN_BAI, AreaLevel.PROVINCE, Y2026)).contains(LAO_CAI);
        assertThat(HIERARCHY.holderOn(SON_LA, AreaLevel.PROVINCE, Y2026)).contains(SON_LA);
    }

    @Test
    void holderOnIsEmptyWhenNothingCanHoldIt() {
        // below the area's level
        assertThat(HIERARCHY.holderOn(SA_PA, AreaLevel.COMMUNE, Y2022)).isEmpty();
        // no parent to climb to
        assertThat(HIERARCHY.holderOn(SA_PA, AreaLevel.NATION, Y2022)).isEmpty();
        // before the area existed
        assertThat(HIERARCHY.holderOn(LAO_CAI, AreaLevel.PROVINCE, Y2024)).isEmpty();
    }

    @Test
    void aCommuneMergedIn2025IsCarriedForwardBeforeClimbing() {
        // Made-up communes: one under Sa Pa until the reform, merged into one directly under the new Lào Cai.
        Area oldCommune = commune("90001", "Xã Cũ").withParent("088").withValidTo(JUNE_30);
        Area newCommune = commune("90002", "Xã Mới").withParent("15").withValidFrom(JULY_1);
        AreaHierarchy hierarchy = AreaHierarchy.builder()
                .addAll(HIERARCHY.areas()).add(oldCommune).add(newCommune)
                .merge(OLD_LAO_CAI, LAO_CAI).merge(YEN_BAI, LAO_CAI).merge(oldCommune, newCommune)
                .build();
        assertThat(hierarchy.holderOn(oldCommune, AreaLevel.COMMUNE, Y2026)).contains(newCommune);
        assertThat(hierarchy.holderOn(oldCommune, AreaLevel.PROVINCE, Y2026)).contains(LAO_CAI);
        assertThat(hierarchy.holderOn(oldCommune, AreaLevel.DISTRICT, Y2022)).contains(SA_PA);
        assertThat(hierarchy.holderOn(oldCommune, AreaLevel.PROVINCE, Y2022)).contains(OLD_LAO_CAI);
        // a 2025 commune sits directly under its province: there is no district to find
        assertThat(hierarchy.holderOn(newCommune, AreaLevel.DISTRICT, Y2026)).isEmpty();
        assertThat(hierarchy.children(LAO_CAI, Y2026)).containsExactly(newCommune);
        assertThat(hierarchy.children(SA_PA, Y2022)).containsExactly(oldCommune);
    }

    // ---- names

    @ParameterizedTest(name = "''{0}'' folds to ''{1}''")
    @CsvSource({
        "Sơn La,                son la",
        "So\u031Bn La,          son la",
        "SON LA,                son la",
        "son la,                son la",
        "Tỉnh Sơn La,           son la",
        "Thành phố Hà Nội,      ha noi",
        "Ha Noi,                ha noi",
        "TP. Hồ Chí Minh,       ho chi minh",
        "TP.Hồ Chí Minh,        ho chi minh",
        "Tp Hồ Chí Minh,        ho chi minh",
        "Bà Rịa – Vũng Tàu,     ba ria vung tau",
        "Bà Rịa-Vũng Tàu,       ba ria vung tau",
        "' Đắk   Lắk ',         dak lak",
        "ĐẮK LẮK,               dak lak",
        "Hòa Bình,              hoa binh",
        "Hoà Bình,              hoa binh",
        "Huyện Đồng Văn,        dong van",
        "Quận 1,                1",
        "Thị xã Sa Pa,          sa pa",
        "Thị trấn Sa Pa,        sa pa",
        "Phường Sa Pa,          sa pa",
        "Xã Tân Phú,            tan phu",
        "Đặc khu Phú Quốc,      phu quoc",
        "Thị xã,                thi xa",
        "Xã,                    xa",
        "Tỉnh Thành phố Huế,    thanh pho hue",
    })
    void foldName(String name, String key) {
        assertThat(AreaHierarchy.foldName(name)).isEqualTo(key);
    }

    @Test
    void foldNameTakesAnyCharSequence() {
        assertThat(AreaHierarchy.foldName(new StringBuilder("Tỉnh Yên Bái"))).isEqualTo("yen bai");
        assertThat(AreaHierarchy.foldName("")).isEmpty();
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource({"Sơn La", "So\u031Bn La", "SON LA", "son la", "Tỉnh Sơn La"})
    void findsSonLaByAnyWritingOfItsName(String name) {
        assertThat(HIERARCHY.findByName(name)).containsExactly(SON_LA);
        assertThat(HIERARCHY.findByName(name, Y2026)).contains(SON_LA);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource({"Thành phố Hà Nội", "Ha Noi", "Hà Nội", "TP Hà Nội"})
    void findsHaNoiByEitherName(String name) {
        assertThat(HIERARCHY.findByName(name, Y2024)).contains(HA_NOI);
    }

    @Test
    void aNameSharedOverTimeIsToldApartByDate() {
        assertThat(HIERARCHY.findByName("Lào Cai")).containsExactly(OLD_LAO_CAI, LAO_CAI);
        assertThat(HIERARCHY.findByName("lao cai", Y2024)).contains(OLD_LAO_CAI);
        assertThat(HIERARCHY.findByName("Tỉnh Lào Cai", JULY_1)).contains(LAO_CAI);
        assertThat(HIERARCHY.findByName("Yên Bái", Y2024)).contains(YEN_BAI);
        assertThat(HIERARCHY.findByName("Yên Bái", Y2026)).isEmpty();
        assertThat(HIERARCHY.findByName("Sa Pa Town", Y2022)).contains(SA_PA);
        assertThat(HIERARCHY.findByName("Hà Giang")).isEmpty();
        assertThat(HIERARCHY.findByName("Hà Giang", Y2022)).isEmpty();
    }

    @Test
    void anAmbiguousNameListsTheCandidates() {
        Area first = commune("90001", "Tân Phú").withValidFrom(JULY_1);
        Area second = commune("90002", "Xã Tân Phú").withValidFrom(JULY_1);
        Area ended = commune("90003", "Tân Phú").withValidTo(JUNE_30);
        AreaHierarchy hierarchy = AreaHierarchy.builder().add(first).add(ended).add(second).build();
        assertThat(hierarchy.findByName("Tân Phú")).containsExactly(first, ended, second);
        assertThat(hierarchy.findByName("Tân Phú", Y2024)).contains(ended);
        assertThatThrownBy(() -> hierarchy.findByName("tan phu", Y2026))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("AreaHierarchy.name");
                    assertThat(e.value()).isEqualTo("'tan phu'");
                    assertThat(e.getMessage()).isEqualTo("AreaHierarchy.name: 'tan phu' matches several areas valid"
                            + " on 2026-01-01: 90001 Tân Phú (COMMUNE, 2025-07-01..);"
                            + " 90002 Xã Tân Phú (COMMUNE, 2025-07-01..)");
                });
    }

    @Test
    void aLevelTellsAProvinceFromItsLikeNamedCity() {
        Area city = Area.of("080", BilingualText.of("Thành phố Lào Cai", "Lao Cai City"), AreaLevel.DISTRICT)
                .withParent("10").withValidTo(JUNE_30);
        AreaHierarchy hierarchy = AreaHierarchy.builder().add(OLD_LAO_CAI).add(city).build();
        assertThat(hierarchy.findByName("Lào Cai", AreaLevel.PROVINCE, Y2022)).contains(OLD_LAO_CAI);
        assertThat(hierarchy.findByName("Lào Cai", AreaLevel.DISTRICT, Y2022)).contains(city);
        assertThat(hierarchy.findByName("Lào Cai", AreaLevel.COMMUNE, Y2022)).isEmpty();
        assertThatThrownBy(() -> hierarchy.findByName("Lào Cai", Y2022))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "AreaHierarchy.name: 'Lào Cai' matches several areas valid on 2022-06-30:"
                                + " 10 Lào Cai (PROVINCE, ..2025-06-30);"
                                + " 080 Thành phố Lào Cai (DISTRICT, ..2025-06-30, parent 10)"));
    }

    @Property
    void foldingIgnoresNormalFormAndCase(
            @ForAll @StringLength(max = 24) @Chars({'a', 'ă', 'â', 'đ', 'e', 'ê', 'o', 'ô', 'ơ', 'u', 'ư', 'ạ', 'ầ',
                'ế', 'ở', 'ữ', 'ỳ', 'Đ', 'Ơ', 'Ư', 'n', 'h', 't', ' ', '-', '\u2013'}) String name) {
        String key = AreaHierarchy.foldName(name);
        assertThat(AreaHierarchy.foldName(Normalizer.normalize(name, Normalizer.Form.NFD))).isEqualTo(key);
        assertThat(AreaHierarchy.foldName(name.toUpperCase(Locale.ROOT))).isEqualTo(key);
        assertThat(key).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ").matches("[a-z ]*");
    }

    // ---- builder rules

    @Test
    void refusesTheSameAreaTwice() {
        AreaHierarchy.Builder builder = AreaHierarchy.builder().add(SON_LA);
        assertThatThrownBy(() -> builder.add(province("14", "Sơn La", "Son La")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("AreaHierarchy.area");
                    assertThat(e.value()).isEqualTo("14 Sơn La (PROVINCE)");
                    assertThat(e.getMessage()).isEqualTo("AreaHierarchy.area: 14 Sơn La (PROVINCE) is already added");
                });
    }

    @Test
    void refusesOverlappingVersionsOfACode() {
        AreaHierarchy.Builder builder = AreaHierarchy.builder().add(YEN_BAI.withValidTo(JULY_1));
        assertThatThrownBy(() -> builder.add(LAO_CAI))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("AreaHierarchy.area");
                    assertThat(e.value()).isEqualTo("15 Lào Cai (PROVINCE, 2025-07-01..)");
                    assertThat(e.getMessage()).isEqualTo("AreaHierarchy.area: 15 Lào Cai (PROVINCE, 2025-07-01..)"
                            + " overlaps 15 Yên Bái (PROVINCE, ..2025-07-01), another version of code 15");
                });
        // Adjacent versions are fine.
        AreaHierarchy.builder().add(YEN_BAI).add(LAO_CAI).build();
    }

    @Test
    void refusesAMergeOfAnAreaNotAdded() {
        AreaHierarchy.Builder builder = AreaHierarchy.builder().add(LAO_CAI);
        assertThatThrownBy(() -> builder.merge(YEN_BAI, LAO_CAI))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("AreaHierarchy.predecessor");
                    assertThat(e.value()).isEqualTo("15 Yên Bái (PROVINCE, ..2025-06-30)");
                    assertThat(e.getMessage()).isEqualTo(
                            "AreaHierarchy.predecessor: 15 Yên Bái (PROVINCE, ..2025-06-30) has not been added");
                });
        AreaHierarchy.Builder other = AreaHierarchy.builder().add(YEN_BAI);
        assertThatThrownBy(() -> other.merge(YEN_BAI, LAO_CAI))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("AreaHierarchy.successor");
                    assertThat(e.value()).isEqualTo("15 Lào Cai (PROVINCE, 2025-07-01..)");
                    assertThat(e.getMessage()).isEqualTo(
                            "AreaHierarchy.successor: 15 Lào Cai (PROVINCE, 2025-07-01..) has not been added");
                });
    }

    @Test
    void refusesAMergeFromAnAreaWithNoEnd() {
        AreaHierarchy.Builder builder = AreaHierarchy.builder().add(SON_LA).add(LAO_CAI);
        assertThatThrownBy(() -> builder.merge(SON_LA, LAO_CAI))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("AreaHierarchy.predecessor");
                    assertThat(e.value()).isEqualTo("14 Sơn La (PROVINCE)");
                    assertThat(e.getMessage()).isEqualTo(
                            "AreaHierarchy.predecessor: 14 Sơn La (PROVINCE) has no validTo, so cannot have been merged");
                });
    }

    @Test
    void refusesAMergeIntoAnAreaWithNoStart() {
        AreaHierarchy.Builder builder = AreaHierarchy.builder().add(YEN_BAI).add(SON_LA);
        assertThatThrownBy(() -> builder.merge(YEN_BAI, SON_LA))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("AreaHierarchy.successor");
                    assertThat(e.value()).isEqualTo("14 Sơn La (PROVINCE)");
                    assertThat(e.getMessage()).isEqualTo(
                            "AreaHierarchy.successor: 14 Sơn La (PROVINCE) has no validFrom, so cannot follow a merge");
                });
    }

    @Test
    void refusesASuccessorThatDoesNotStartAfterThePredecessorEnds() {
        Area early = LAO_CAI.withValidFrom(JUNE_30);
        AreaHierarchy.Builder builder = AreaHierarchy.builder().add(OLD_LAO_CAI).add(early);
        assertThatThrownBy(() -> builder.merge(OLD_LAO_CAI, early))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("AreaHierarchy.successor");
                    assertThat(e.value()).isEqualTo("15 Lào Cai (PROVINCE, 2025-06-30..)");
                    assertThat(e.getMessage()).isEqualTo("AreaHierarchy.successor: 15 Lào Cai (PROVINCE, 2025-06-30..)"
                            + " does not start after 2025-06-30, the validTo of its predecessor"
                            + " 10 Lào Cai (PROVINCE, ..2025-06-30)");
                });
    }

    @Test
    void refusesASecondSuccessor() {
        Area other = province("16", "Khác", "Other").withValidFrom(JULY_1);
        AreaHierarchy.Builder builder = AreaHierarchy.builder().add(OLD_LAO_CAI).add(LAO_CAI).add(other)
                .merge(OLD_LAO_CAI, LAO_CAI);
        assertThatThrownBy(() -> builder.merge(OLD_LAO_CAI, other))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("AreaHierarchy.predecessor");
                    assertThat(e.value()).isEqualTo("10 Lào Cai (PROVINCE, ..2025-06-30)");
                    assertThat(e.getMessage()).isEqualTo("AreaHierarchy.predecessor: 10 Lào Cai (PROVINCE, ..2025-06-30)"
                            + " is already merged into 15 Lào Cai (PROVINCE, 2025-07-01..)");
                });
    }

    @Test
    void refusesAParentCodeThatNamesNoArea() {
        AreaHierarchy.Builder builder = AreaHierarchy.builder().add(SA_PA.withParent("99"));
        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("AreaHierarchy.parentCode");
                    assertThat(e.value()).isEqualTo("'99'");
                    assertThat(e.getMessage()).isEqualTo("AreaHierarchy.parentCode: '99' of"
                            + " 088 Thị xã Sa Pa (DISTRICT, ..2025-06-30, parent 99) names no area valid while the child is");
                });
    }

    @Test
    void refusesAParentCodeThatNamesNoAreaAtTheSameTime() {
        // Sa Pa under code 15, but only the new Lào Cai (from 2025-07-01) has that code here.
        AreaHierarchy.Builder builder = AreaHierarchy.builder().add(LAO_CAI).add(SA_PA.withParent("15"));
        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("AreaHierarchy.parentCode");
                    assertThat(e.value()).isEqualTo("'15'");
                    assertThat(e.getMessage()).isEqualTo("AreaHierarchy.parentCode: '15' of"
                            + " 088 Thị xã Sa Pa (DISTRICT, ..2025-06-30, parent 15) names no area valid while the child is");
                });
    }

    @Test
    void refusesAParentThatIsNotAbove() {
        Area province = province("20", "Lạng Sơn", "Lang Son").withParent("088");
        AreaHierarchy.Builder builder = AreaHierarchy.builder().add(OLD_LAO_CAI).add(SA_PA).add(province);
        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("AreaHierarchy.parentCode");
                    assertThat(e.value()).isEqualTo("'088'");
                    assertThat(e.getMessage()).isEqualTo("AreaHierarchy.parentCode: '088' of"
                            + " 20 Lạng Sơn (PROVINCE, parent 088) names 088 Thị xã Sa Pa (DISTRICT, ..2025-06-30,"
                            + " parent 10), which is not above PROVINCE");
                });
        Area sameLevel = commune("90001", "A").withParent("90002");
        AreaHierarchy.Builder flat = AreaHierarchy.builder().add(sameLevel).add(commune("90002", "B"));
        assertThatThrownBy(flat::build)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("AreaHierarchy.parentCode");
                    assertThat(e.value()).isEqualTo("'90002'");
                    assertThat(e.rule()).isEqualTo("of 90001 A (COMMUNE, parent 90002) names 90002 B (COMMUNE),"
                            + " which is not above COMMUNE");
                });
    }

    @Test
    void queriesRefuseAnAreaFromElsewhere() {
        Area stranger = province("02", "Hà Giang", "Ha Giang").withValidTo(JUNE_30);
        assertThat(HIERARCHY.contains(stranger)).isFalse();
        assertThat(HIERARCHY.contains(SON_LA)).isTrue();
        // equal in code but not in every field: still a stranger
        assertThat(HIERARCHY.contains(SON_LA.withValidFrom(Y2024))).isFalse();
        List<Runnable> queries = List.of(
                () -> HIERARCHY.children(stranger, Y2024),
                () -> HIERARCHY.parent(stranger, Y2024),
                () -> HIERARCHY.successorOn(stranger, Y2024),
                () -> HIERARCHY.holderOn(stranger, AreaLevel.PROVINCE, Y2024),
                () -> HIERARCHY.predecessors(stranger),
                () -> HIERARCHY.mergedInto(stranger));
        for (Runnable query : queries) {
            assertThatThrownBy(query::run)
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("AreaHierarchy.area");
                        assertThat(e.value()).isEqualTo("02 Hà Giang (PROVINCE, ..2025-06-30)");
                        assertThat(e.getMessage()).isEqualTo(
                                "AreaHierarchy.area: 02 Hà Giang (PROVINCE, ..2025-06-30) is not in this hierarchy");
                    });
        }
    }

    @Test
    void summaryCountsAreasAndMerges() {
        assertThat(HIERARCHY).hasToString("AreaHierarchy[6 areas, 2 links]");
    }
}
