package io.github.binhdang.core.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Links with kinds. The split is the one of shared/reference/communes/commune-links-2025.csv for
 * 00007 Phường Cống Vị (Ba Đình, Hà Nội): partial into 00008 Phường Ngọc Hà and 00025 Phường Giảng Võ
 * (rows "00007,01,00025,01,partial" and "00007,01,00008,01,partial"); 00006 Phường Vĩnh Phúc went in
 * whole into Ngọc Hà ("00006,01,00008,01,full").
 */
class AreaLinkTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

    private static final Area CONG_VI = ward("00007", "Phường Cống Vị").withValidTo(JUNE_30);
    private static final Area VINH_PHUC = ward("00006", "Phường Vĩnh Phúc").withValidTo(JUNE_30);
    private static final Area NGOC_HA = ward("00008", "Phường Ngọc Hà").withValidFrom(JULY_1);
    private static final Area GIANG_VO = ward("00025", "Phường Giảng Võ").withValidFrom(JULY_1);

    private static final AreaHierarchy HIERARCHY = AreaHierarchy.builder()
            .add(CONG_VI).add(VINH_PHUC).add(NGOC_HA).add(GIANG_VO)
            .link(VINH_PHUC, NGOC_HA, LinkKind.FULL)
            .link(CONG_VI, NGOC_HA, LinkKind.PARTIAL)
            .link(CONG_VI, GIANG_VO, LinkKind.PARTIAL)
            .build();

    private static Area ward(String code, String name) {
        return Area.of(code, BilingualText.of(name), AreaLevel.COMMUNE);
    }

    @Test
    void aSplitUnitHasAPartialLinkToEachPart() {
        assertThat(HIERARCHY.successors(CONG_VI)).containsExactly(
                AreaLink.of(CONG_VI, NGOC_HA, LinkKind.PARTIAL), AreaLink.of(CONG_VI, GIANG_VO, LinkKind.PARTIAL));
        assertThat(HIERARCHY.mergedInto(CONG_VI)).isEmpty();
        assertThat(HIERARCHY.successorOn(CONG_VI, JULY_1)).isEmpty();
        assertThat(HIERARCHY.successorOn(CONG_VI, JUNE_30)).contains(CONG_VI);
    }

    @Test
    void aUnitThatWentInWholeHasOneFullLink() {
        assertThat(HIERARCHY.successors(VINH_PHUC)).containsExactly(AreaLink.of(VINH_PHUC, NGOC_HA, LinkKind.FULL));
        assertThat(HIERARCHY.mergedInto(VINH_PHUC)).contains(NGOC_HA);
        assertThat(HIERARCHY.successorOn(VINH_PHUC, JULY_1)).contains(NGOC_HA);
        assertThat(HIERARCHY.successors(NGOC_HA)).isEmpty();
    }

    @Test
    void predecessorsCarryTheirKinds() {
        assertThat(HIERARCHY.predecessorLinks(NGOC_HA)).extracting(AreaLink::from, AreaLink::kind)
                .containsExactly(
                        tuple(VINH_PHUC, LinkKind.FULL),
                        tuple(CONG_VI, LinkKind.PARTIAL));
        assertThat(HIERARCHY.predecessors(NGOC_HA)).containsExactly(VINH_PHUC, CONG_VI);
        assertThat(HIERARCHY.predecessors(GIANG_VO)).containsExactly(CONG_VI);
        assertThat(HIERARCHY.predecessorLinks(CONG_VI)).isEmpty();
        assertThat(HIERARCHY).hasToString("AreaHierarchy[4 areas, 3 links]");
    }

    @Test
    void aLinkHasATextFormAndKnowsItsKind() {
        AreaLink link = AreaLink.of(CONG_VI, GIANG_VO, LinkKind.PARTIAL);
        assertThat(link.isFull()).isFalse();
        assertThat(link).hasToString("00007 Phường Cống Vị (COMMUNE, ..2025-06-30)"
                + " -> 00025 Phường Giảng Võ (COMMUNE, 2025-07-01..) PARTIAL");
        assertThat(LinkKind.PARTIAL.title().vi()).isEqualTo("Một phần");
        assertThat(LinkKind.of("FULL")).isEqualTo(LinkKind.FULL);
        assertThat(LinkKind.find("HALF")).isEmpty();
    }

    @Test
    void aLinkRefusesAnOldAreaWithoutAnEndOrANewOneStartingTooEarly() {
        Area open = ward("00001", "Phường Phúc Xá");
        assertThatThrownBy(() -> AreaLink.of(open, GIANG_VO, LinkKind.FULL))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "AreaLink.from: 00001 Phường Phúc Xá (COMMUNE) has no validTo, so cannot have been merged or split"));
        assertThatThrownBy(() -> AreaLink.of(CONG_VI, NGOC_HA.withValidFrom(JUNE_30), LinkKind.FULL))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("AreaLink.to"));
    }

    @Test
    void refusesAFullLinkBesideAPartialOne() {
        AreaHierarchy.Builder builder = AreaHierarchy.builder().add(CONG_VI).add(NGOC_HA).add(GIANG_VO)
                .link(CONG_VI, NGOC_HA, LinkKind.PARTIAL);
        assertThatThrownBy(() -> builder.link(CONG_VI, GIANG_VO, LinkKind.FULL))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "AreaHierarchy.predecessor: 00007 Phường Cống Vị (COMMUNE, ..2025-06-30) is already split"
                        + " (a partial link to 00008 Phường Ngọc Hà (COMMUNE, 2025-07-01..)), so cannot also go"
                        + " in whole into 00025 Phường Giảng Võ (COMMUNE, 2025-07-01..)"));
        assertThatThrownBy(() -> builder.link(CONG_VI, NGOC_HA, LinkKind.PARTIAL))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).endsWith(
                        "is already linked to 00008 Phường Ngọc Hà (COMMUNE, 2025-07-01..)"));
    }

    @Test
    void refusesAPartialLinkAfterAFullOne() {
        AreaHierarchy.Builder builder = AreaHierarchy.builder().add(CONG_VI).add(NGOC_HA).add(GIANG_VO)
                .link(CONG_VI, NGOC_HA, LinkKind.FULL);
        assertThatThrownBy(() -> builder.link(CONG_VI, GIANG_VO, LinkKind.PARTIAL))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).endsWith(
                        "is already merged into 00008 Phường Ngọc Hà (COMMUNE, 2025-07-01..)"));
    }

    @Test
    void buildRefusesASplitWithOnePart() {
        AreaHierarchy.Builder builder = AreaHierarchy.builder().add(CONG_VI).add(NGOC_HA)
                .link(CONG_VI, NGOC_HA, LinkKind.PARTIAL);
        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "AreaHierarchy.predecessor: 00007 Phường Cống Vị (COMMUNE, ..2025-06-30) has a single partial"
                        + " link, to 00008 Phường Ngọc Hà (COMMUNE, 2025-07-01..); a unit split between new ones"
                        + " has two partial links or more"));
    }

    @Test
    void linkAllRecordsEachLink() {
        AreaHierarchy hierarchy = AreaHierarchy.builder().add(CONG_VI).add(NGOC_HA).add(GIANG_VO)
                .linkAll(HIERARCHY.successors(CONG_VI)).build();
        assertThat(hierarchy.successors(CONG_VI)).isEqualTo(HIERARCHY.successors(CONG_VI));
    }
}
