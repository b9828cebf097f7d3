package io.github.binhdang.core.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Codes on dates, views and names. Facts: provinces-2025.md (Bắc Giang 24 and Bắc Ninh 27 merged into
 * Bắc Ninh 24 on 1 July 2025); commune-links-2025.csv (00007 Phường Cống Vị split between 00008 Phường
 * Ngọc Hà and 00025 Phường Giảng Võ). The two "Xã Tân Lập" under 90001 and 90002 are made up.
 */
class AreaLookUpTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    private static final LocalDate Y2026 = LocalDate.of(2026, 1, 1);

    private static final Area BAC_GIANG = province("24", "Bắc Giang").withValidTo(JUNE_30);
    private static final Area OLD_BAC_NINH = province("27", "Bắc Ninh").withValidTo(JUNE_30);
    private static final Area BAC_NINH = province("24", "Bắc Ninh").withValidFrom(JULY_1);
    private static final Area HA_NOI = province("01", "Thành phố Hà Nội");
    private static final Area CONG_VI = ward("00007", "Phường Cống Vị").withParent("01").withValidTo(JUNE_30);
    private static final Area NGOC_HA = ward("00008", "Phường Ngọc Hà").withParent("01").withValidFrom(JULY_1);
    private static final Area GIANG_VO = ward("00025", "Phường Giảng Võ").withParent("01").withValidFrom(JULY_1);
    private static final Area TAN_LAP_1 = commune("90001", "Xã Tân Lập").withParent("01").withValidFrom(JULY_1);
    private static final Area TAN_LAP_2 = commune("90002", "Xã Tân Lập").withParent("24").withValidFrom(JULY_1);

    private static final AreaHierarchy HIERARCHY = AreaHierarchy.builder()
            .addAll(List.of(BAC_GIANG, OLD_BAC_NINH, BAC_NINH, HA_NOI, CONG_VI, NGOC_HA, GIANG_VO, TAN_LAP_1, TAN_LAP_2))
            .merge(BAC_GIANG, BAC_NINH).merge(OLD_BAC_NINH, BAC_NINH)
            .link(CONG_VI, NGOC_HA, LinkKind.PARTIAL).link(CONG_VI, GIANG_VO, LinkKind.PARTIAL)
            .build();

    private static Area province(String code, String name) {
        return Area.of(code, BilingualText.of(name), AreaLevel.PROVINCE);
    }

    private static Area ward(String code, String name) {
        return Area.of(code, BilingualText.of(name), AreaLevel.COMMUNE).withKind(AreaKind.WARD);
    }

    private static Area commune(String code, String name) {
        return Area.of(code, BilingualText.of(name), AreaLevel.COMMUNE).withKind(AreaKind.COMMUNE);
    }

    @Test
    void ofSaysWhatACodeNamesOnOtherDates() {
        assertThat(HIERARCHY.of("24", JUNE_30)).isEqualTo(BAC_GIANG);
        assertThatThrownBy(() -> HIERARCHY.of("27", JULY_1))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "AreaHierarchy.code: '27' names no area in force on 2025-07-01; it names"
                        + " 27 Bắc Ninh (PROVINCE, ..2025-06-30), merged into 24 Bắc Ninh (PROVINCE, 2025-07-01..)"));
        assertThatThrownBy(() -> HIERARCHY.of("00007", JULY_1))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).endsWith(
                        "split between 00008 Phường Ngọc Hà (COMMUNE, 2025-07-01.., parent 01),"
                        + " 00025 Phường Giảng Võ (COMMUNE, 2025-07-01.., parent 01)"));
        assertThatThrownBy(() -> HIERARCHY.of("99", JULY_1))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "AreaHierarchy.code: '99' names no area on any date (asked on 2025-07-01)"));
    }

    @Test
    void aViewOnADateListsWhatIsInForce() {
        AreasOn before = HIERARCHY.on(JUNE_30);
        AreasOn after = HIERARCHY.on(JULY_1);
        assertThat(before.date()).isEqualTo(JUNE_30);
        assertThat(before.areas(AreaLevel.PROVINCE)).containsExactly(BAC_GIANG, OLD_BAC_NINH, HA_NOI);
        assertThat(after.areas(AreaLevel.PROVINCE)).containsExactly(BAC_NINH, HA_NOI);
        assertThat(after.areas(AreaKind.WARD)).containsExactly(NGOC_HA, GIANG_VO);
        assertThat(after.areas()).hasSize(6);
        assertThat(after.find("24")).contains(BAC_NINH);
        assertThat(after.of("00008")).isEqualTo(NGOC_HA);
        assertThat(after.children(HA_NOI)).containsExactly(NGOC_HA, GIANG_VO, TAN_LAP_1);
        assertThat(before.children(HA_NOI)).containsExactly(CONG_VI);
        assertThat(after.parent(TAN_LAP_2)).contains(BAC_NINH);
        assertThat(after.hierarchy()).isSameAs(HIERARCHY);
    }

    @Test
    void aNameOfAnEndedUnitAnswersWithItsSuccessorAndSaysSo() {
        NameMatch match = HIERARCHY.lookUp("Bắc Giang", Y2026);
        assertThat(match.area()).isEqualTo(BAC_NINH);
        assertThat(match.notes()).containsExactly(BilingualText.of(
                "Bắc Giang đã được sáp nhập vào Bắc Ninh từ ngày 1 tháng 7 năm 2025",
                "Bắc Giang was merged into Bắc Ninh on 1 July 2025"));
        assertThat(HIERARCHY.lookUp("Bắc Giang", JUNE_30).notes()).isEmpty();
        assertThat(HIERARCHY.lookUp("Bắc Giang", JUNE_30).area()).isEqualTo(BAC_GIANG);
    }

    @Test
    void aNameOfASplitUnitAnswersWithEveryPart() {
        NameMatch match = HIERARCHY.lookUp("phuong cong vi", JULY_1);
        assertThat(match.areas()).containsExactly(NGOC_HA, GIANG_VO);
        assertThat(match.notes()).extracting(BilingualText::en)
                .containsExactly("Phường Cống Vị was split between Phường Ngọc Hà, Phường Giảng Võ on 1 July 2025");
    }

    @Test
    void aNameOfSeveralUnitsGivesThemAllWithTheirProvinces() {
        NameMatch match = HIERARCHY.lookUp("Xã Tân Lập", JULY_1);
        assertThat(match.isAmbiguous()).isTrue();
        assertThat(match.candidates()).extracting(NameMatch.Candidate::area, NameMatch.Candidate::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TAN_LAP_1, HA_NOI),
                        org.assertj.core.groups.Tuple.tuple(TAN_LAP_2, BAC_NINH));
        assertThatThrownBy(match::area)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "NameMatch.name: 'Xã Tân Lập' names 2 units in force on 2025-07-01, so a code or a province"
                        + " is needed: 90001 Xã Tân Lập (COMMUNE, 2025-07-01.., parent 01) in Thành phố Hà Nội;"
                        + " 90002 Xã Tân Lập (COMMUNE, 2025-07-01.., parent 24) in Bắc Ninh"));
        assertThat(HIERARCHY.lookUp("Tân Lập", AreaLevel.PROVINCE, JULY_1).isFound()).isFalse();
        assertThatThrownBy(() -> HIERARCHY.lookUp("Nowhere", JULY_1).area())
                .hasMessage("NameMatch.name: 'Nowhere' names no unit in force on 2025-07-01");
    }

    @Test
    void aUnitLookedUpOnADateIsItselfOrItsSuccessors() {
        // Only the unit given, not the other units of its name (there are two Tân Lập).
        assertThat(HIERARCHY.lookUp(TAN_LAP_2, JULY_1).areas()).containsExactly(TAN_LAP_2);
        assertThat(HIERARCHY.lookUp(TAN_LAP_2, JUNE_30).isFound()).isFalse();
        NameMatch split = HIERARCHY.lookUp(CONG_VI, JULY_1);
        assertThat(split.name()).isEqualTo("Phường Cống Vị");
        assertThat(split.areas()).containsExactly(NGOC_HA, GIANG_VO);
        assertThat(split.notes()).extracting(BilingualText::en)
                .containsExactly("Phường Cống Vị was split between Phường Ngọc Hà, Phường Giảng Võ on 1 July 2025");
        assertThatThrownBy(() -> HIERARCHY.lookUp(TAN_LAP_2.withValidTo(Y2026), JULY_1))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("is not in this hierarchy");
    }

    @Test
    void aBuilderChangedAfterBuildLeavesTheHierarchyAsItWas() {
        AreaHierarchy.Builder builder = AreaHierarchy.builder().addAll(List.of(BAC_GIANG, BAC_NINH, HA_NOI));
        AreaHierarchy first = builder.build();
        Area extra = commune("90003", "Xã Tân Lập").withParent("01");
        builder.add(extra).merge(BAC_GIANG, BAC_NINH);
        AreaHierarchy second = builder.build();
        assertThat(first.areas()).containsExactly(BAC_GIANG, BAC_NINH, HA_NOI);
        assertThat(first.successors(BAC_GIANG)).isEmpty();
        assertThat(first.predecessorLinks(BAC_NINH)).isEmpty();
        assertThat(first.children(HA_NOI, JULY_1)).isEmpty();
        assertThat(first.toString()).isEqualTo("AreaHierarchy[3 areas, 0 links]");
        assertThat(second.areas()).containsExactly(BAC_GIANG, BAC_NINH, HA_NOI, extra);
        assertThat(second.predecessors(BAC_NINH)).containsExactly(BAC_GIANG);
        assertThat(second.children(HA_NOI, JULY_1)).containsExactly(extra);
        assertThat(second.toString()).isEqualTo("AreaHierarchy[4 areas, 1 links]");
    }

    @Test
    void versionsAreOldestFirstWhateverTheOrderAdded() {
        AreaHierarchy h = AreaHierarchy.builder().addAll(List.of(BAC_NINH, OLD_BAC_NINH, BAC_GIANG)).build();
        assertThat(h.versions("24")).containsExactly(BAC_GIANG, BAC_NINH);
        assertThatThrownBy(() -> h.versions("24").add(HA_NOI)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void runTogetherNamesAreFound() {
        assertThat(HIERARCHY.lookUp("Hanoi", JULY_1).area()).isEqualTo(HA_NOI);
        assertThat(HIERARCHY.lookUp("BACNINH", JULY_1).area()).isEqualTo(BAC_NINH);
    }

    @Test
    void theNameIndexIsBuiltOnceForConcurrentCallers() throws Exception {
        AreaHierarchy fresh = AreaHierarchy.builder().addAll(HIERARCHY.areas()).build();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Area>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> fresh.findByName("Tân Lập")));
            }
            for (java.util.concurrent.Future<List<Area>> answer : answers) {
                assertThat(answer.get()).containsExactly(TAN_LAP_1, TAN_LAP_2);
            }
        } finally {
            pool.shutdown();
        }
    }

    @ParameterizedTest(name = "''{0}'' folds to ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "M'Drắk|mdrak",
        "M’Drắk|mdrak",
        "Huyện M\u2018Drắk|mdrak",
        "\u00D0ắk Lắk|dak lak",
        "Đắk\u200B Lắk|dak lak",
        "\uFEFFSơn La|son la",
        "Thủy Nguyên|thuy nguyen",
        "Thuỷ Nguyên|thuy nguyen",
        "Xã Quý Sơn|qui son",
        "Xã Quí Sơn|qui son",
        "Xã Sỹ Bình|si binh",
        "Xã Sĩ Bình|si binh",
        "Kỳ Lợi|ki loi",
        "Phường IV|4",
        "Phường 4|4",
        "Xã NT Việt Lâm|nong truong viet lam",
        "Xã Nông trường Việt Lâm|nong truong viet lam",
        "Hòa Bình|hoa binh",
        "Thùy Vy|thuy vi",
        "Quận 1|1",
        "Thị xã|thi xa",
    })
    void foldNameMakesWrittenVariantsAlike(String name, String key) {
        assertThat(AreaHierarchy.foldName(name)).isEqualTo(key);
    }
}
