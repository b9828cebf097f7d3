package io.github.binhdang.core.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table of its own: two made-up districts (codes 901, 902) under the old Lào Cai (10) and Yên Bái
 * (15) until 30 June 2025, five made-up communes under them, and three communes of the new Lào Cai
 * (15) from 1 July 2025 that took them in: 90001 and 90002 whole into 90101, 90003 split between 90101
 * and 90102, 90004 whole into 90103, and the district 902 whole into 90103 too. The same areas and
 * links added one by one make the hierarchy the table's must behave like.
 */
class AreaTableTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    private static final LocalDate[] DATES = {
        LocalDate.of(2020, 1, 1), JUNE_30, JULY_1, LocalDate.of(2026, 1, 1),
    };

    private static final Area OLD_LAO_CAI = province("10", "Lào Cai", "Lao Cai").withValidTo(JUNE_30);
    private static final Area YEN_BAI = province("15", "Yên Bái", "Yen Bai").withValidTo(JUNE_30);
    private static final Area LAO_CAI = province("15", "Lào Cai", "Lao Cai").withValidFrom(JULY_1);

    private static final Area D901 = Area.of("901", BilingualText.of("Huyện Thử Một", "Thu Mot District"),
            AreaLevel.DISTRICT).withKind(AreaKind.RURAL_DISTRICT).withParent("10").withValidTo(JUNE_30);
    private static final Area D902 = Area.of("902", BilingualText.of("Huyện Thử Hai"), AreaLevel.DISTRICT)
            .withParent("15").withValidTo(JUNE_30);
    private static final Area C1 = oldCommune("90001", "Xã Tân Lập", AreaKind.COMMUNE, "901");
    private static final Area C2 = oldCommune("90002", "Phường Tân Lập", AreaKind.WARD, "901");
    private static final Area C3 = oldCommune("90003", "Xã Xà Phìn", AreaKind.COMMUNE, "901");
    private static final Area C4 = oldCommune("90004", "Thị trấn Thử", AreaKind.TOWNSHIP, "902");
    private static final Area C5 = oldCommune("90101", "Xã Cũ", AreaKind.COMMUNE, "902");
    private static final Area N1 = newCommune("90101", "Phường Tân Lập", AreaKind.WARD);
    private static final Area N2 = newCommune("90102", "Xã Xà Phìn", AreaKind.COMMUNE);
    private static final Area N3 = newCommune("90103", "Đặc khu Thử", AreaKind.SPECIAL_ZONE);

    private static final List<Area> AREAS = List.of(D901, D902, C1, C2, C3, C4, C5, N1, N2, N3);
    private static final List<AreaLink> LINKS = List.of(
            AreaLink.of(C1, N1, LinkKind.FULL),
            AreaLink.of(C2, N1, LinkKind.FULL),
            AreaLink.of(C3, N1, LinkKind.PARTIAL),
            AreaLink.of(C3, N2, LinkKind.PARTIAL),
            AreaLink.of(C4, N3, LinkKind.FULL),
            AreaLink.of(C5, N2, LinkKind.FULL),
            AreaLink.of(D902, N3, LinkKind.FULL));

    private static Area province(String code, String vi, String en) {
        return Area.of(code, BilingualText.of(vi, en), AreaLevel.PROVINCE);
    }

    private static Area oldCommune(String code, String name, AreaKind kind, String district) {
        return Area.of(code, BilingualText.of(name), AreaLevel.COMMUNE).withKind(kind).withParent(district)
                .withValidTo(JUNE_30);
    }

    private static Area newCommune(String code, String name, AreaKind kind) {
        return Area.of(code, BilingualText.of(name), AreaLevel.COMMUNE).withKind(kind).withParent("15")
                .withValidFrom(JULY_1);
    }

    private static AreaHierarchy.Builder provinces() {
        return AreaHierarchy.builder().addAll(List.of(OLD_LAO_CAI, YEN_BAI, LAO_CAI))
                .merge(OLD_LAO_CAI, LAO_CAI).merge(YEN_BAI, LAO_CAI);
    }

    private static AreaHierarchy oneByOne() {
        return provinces().addAll(AREAS).linkAll(LINKS).build();
    }

    private static byte[] written(AreaTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.writeTo(out);
        return out.toByteArray();
    }

    private static AreaTable readBack() throws IOException {
        return AreaTable.read(new ByteArrayInputStream(written(AreaTable.of(AREAS, LINKS))));
    }

    @Test
    void aTableReadBackHoldsAreasEqualToThoseWrittenButMadeAnew() throws IOException {
        AreaHierarchy fromTable = provinces().addTable(readBack()).build();
        List<Area> areas = fromTable.areas();
        assertThat(areas).containsExactly(OLD_LAO_CAI, YEN_BAI, LAO_CAI, D901, D902, C1, C2, C3, C4, C5, N1, N2, N3);
        for (int i = 3; i < areas.size(); i++) {
            Area read = areas.get(i);
            Area given = AREAS.get(i - 3);
            assertThat(read).isNotSameAs(given).isEqualTo(given).hasSameHashCodeAs(given);
            assertThat(read.toString()).isEqualTo(given.toString());
            assertThat(read.name().en()).isEqualTo(given.name().en());
            // Made once, then kept.
            assertThat(fromTable.areas().get(i)).isSameAs(read);
        }
        assertThat(fromTable).hasToString("AreaHierarchy[13 areas, 9 links]");
    }

    @Test
    void aHierarchyWithATableAnswersAsOneWithTheSameAreasAddedOneByOne() throws IOException {
        AreaHierarchy expected = oneByOne();
        AreaHierarchy actual = provinces().addTable(readBack()).build();
        assertThat(actual.areas()).isEqualTo(expected.areas());
        assertThat(actual.toString()).isEqualTo(expected.toString());
        for (Area area : expected.areas()) {
            assertThat(actual.contains(area)).isTrue();
            assertThat(actual.versions(area.code())).isEqualTo(expected.versions(area.code()));
            assertThat(actual.successors(area)).isEqualTo(expected.successors(area));
            assertThat(actual.predecessorLinks(area)).isEqualTo(expected.predecessorLinks(area));
            assertThat(actual.mergedInto(area)).isEqualTo(expected.mergedInto(area));
            assertThat(actual.findByName(area.name().vi())).isEqualTo(expected.findByName(area.name().vi()));
            assertThat(actual.findByName(area.name().en())).isEqualTo(expected.findByName(area.name().en()));
            for (LocalDate date : DATES) {
                assertThat(actual.find(area.code(), date)).isEqualTo(expected.find(area.code(), date));
                assertThat(actual.children(area, date)).isEqualTo(expected.children(area, date));
                assertThat(actual.parent(area, date)).isEqualTo(expected.parent(area, date));
                assertThat(actual.successorOn(area, date)).isEqualTo(expected.successorOn(area, date));
                for (AreaLevel level : AreaLevel.values()) {
                    assertThat(actual.holderOn(area, level, date)).isEqualTo(expected.holderOn(area, level, date));
                }
                assertThat(actual.lookUp(area.name().vi(), date)).isEqualTo(expected.lookUp(area.name().vi(), date));
                assertThat(actual.lookUp(area, date)).isEqualTo(expected.lookUp(area, date));
                assertThat(actual.on(date).areas()).isEqualTo(expected.on(date).areas());
            }
        }
        assertThatThrownBy(() -> actual.of("90001", JULY_1)).isInstanceOf(InvalidValueException.class)
                .hasMessage("AreaHierarchy.code: '90001' names no area in force on 2025-07-01; it names " + C1
                        + ", merged into " + N1);
    }

    @Test
    void theTablesAnswersAreThoseOfItsAreasAndLinks() throws IOException {
        AreaHierarchy hierarchy = provinces().addTable(readBack()).build();
        // Worked out from the fixture: code 90101 is the old Xã Cũ until 30 June 2025, Phường Tân Lập after.
        assertThat(hierarchy.versions("90101")).containsExactly(C5, N1);
        assertThat(hierarchy.find("90101", JUNE_30)).contains(C5);
        assertThat(hierarchy.find("90101", JULY_1)).contains(N1);
        assertThat(hierarchy.find("9010", JULY_1)).isEmpty();
        assertThat(hierarchy.find("901011", JULY_1)).isEmpty();
        assertThat(hierarchy.children(D901, JUNE_30)).containsExactly(C1, C2, C3);
        assertThat(hierarchy.children(LAO_CAI, JULY_1)).containsExactly(N1, N2, N3);
        assertThat(hierarchy.children(OLD_LAO_CAI, JUNE_30)).containsExactly(D901);
        assertThat(hierarchy.predecessors(N1)).containsExactly(C1, C2, C3);
        assertThat(hierarchy.predecessors(N3)).containsExactly(C4, D902);
        assertThat(hierarchy.successors(C3)).extracting(AreaLink::to).containsExactly(N1, N2);
        assertThat(hierarchy.holderOn(C4, AreaLevel.PROVINCE, JULY_1)).contains(LAO_CAI);
        assertThat(hierarchy.holderOn(C1, AreaLevel.PROVINCE, JUNE_30)).contains(OLD_LAO_CAI);
        assertThat(hierarchy.findByName("Tan Lap")).containsExactly(C1, C2, N1);
        NameMatch tanLap = hierarchy.lookUp("Xã Tân Lập", JUNE_30);
        assertThat(tanLap.candidates()).extracting(NameMatch.Candidate::area).containsExactly(C1);
    }

    @Test
    void areasAndLinksAddedOneByOneGoBeforeAndAfterTheTablesAsDocumented() throws IOException {
        Area later = Area.of("90201", BilingualText.of("Xã Sau"), AreaLevel.COMMUNE).withParent("15")
                .withValidFrom(LocalDate.of(2026, 1, 1));
        AreaHierarchy hierarchy = provinces().addTable(readBack()).add(later).link(D901, LAO_CAI, LinkKind.FULL)
                .build();
        // The areas added one by one first, then the table's; a table area's own links first.
        assertThat(hierarchy.areas()).startsWith(OLD_LAO_CAI, YEN_BAI, LAO_CAI, later, D901);
        assertThat(hierarchy.successors(D901)).containsExactly(AreaLink.of(D901, LAO_CAI, LinkKind.FULL));
        assertThat(hierarchy.predecessors(LAO_CAI)).containsExactly(OLD_LAO_CAI, YEN_BAI, D901);
        assertThat(hierarchy.children(LAO_CAI, LocalDate.of(2026, 1, 1))).containsExactly(later, N1, N2, N3);
        // C1 went whole into N1 by the table's link: a second link is refused as for areas added one by one.
        assertThatThrownBy(() -> provinces().addTable(readBack()).link(C1, N2, LinkKind.FULL))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is already merged into " + N1);
    }

    @Test
    void aBuilderRefusesASecondTableAndAreasTheTableHas() throws IOException {
        AreaTable table = readBack();
        assertThatThrownBy(() -> provinces().addTable(table).addTable(table))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("a builder takes one table");
        assertThatThrownBy(() -> provinces().addTable(table).add(C1))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("AreaHierarchy.area: " + C1 + " is already added, in AreaTable[10 areas, 7 links]");
        Area overlapping = Area.of("90001", BilingualText.of("Xã Khác"), AreaLevel.COMMUNE).withValidTo(JUNE_30);
        assertThatThrownBy(() -> provinces().add(overlapping).addTable(table))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("overlaps " + C1);
    }

    @Test
    void buildChecksTheParentCodesOfATablesAreas() {
        AreaTable orphan = AreaTable.of(List.of(C1), List.of());
        assertThatThrownBy(() -> provinces().addTable(orphan).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("AreaHierarchy.parentCode: '901' of " + C1 + " names no area valid while the child is");
        Area top = Area.of("90101", BilingualText.of("Xã Trên"), AreaLevel.COMMUNE).withValidTo(JUNE_30);
        Area underCommune = Area.of("90009", BilingualText.of("Xã Dưới"), AreaLevel.COMMUNE).withParent("90101")
                .withValidTo(JUNE_30);
        AreaTable wrongLevel = AreaTable.of(List.of(top, underCommune), List.of());
        assertThatThrownBy(() -> AreaHierarchy.builder().addTable(wrongLevel).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("which is not above COMMUNE");
    }

    @Test
    void ofChecksAreasAndLinksAsABuilderDoes() {
        assertThatThrownBy(() -> AreaTable.of(List.of(C1, C1), List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessage("AreaTable.area: " + C1 + " is given twice");
        Area overlapping = Area.of("90001", BilingualText.of("Xã Khác"), AreaLevel.COMMUNE);
        assertThatThrownBy(() -> AreaTable.of(List.of(C1, overlapping), List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("AreaTable.order: '90001' has versions that overlap or are out of order");
        assertThatThrownBy(() -> AreaTable.of(List.of(C3, N1), List.of(AreaLink.of(C3, N1, LinkKind.PARTIAL))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("AreaTable.link: '90003' has a single partial link");
        assertThatThrownBy(() -> AreaTable.of(List.of(C3, N1, N2),
                List.of(AreaLink.of(C3, N1, LinkKind.FULL), AreaLink.of(C3, N2, LinkKind.PARTIAL))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("AreaTable.link: '90003' has a full link beside another");
        assertThatThrownBy(() -> AreaTable.of(List.of(C1), List.of(AreaLink.of(C1, N1, LinkKind.FULL))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("AreaTable.link.to: " + N1 + " is not one of the table's areas");
    }

    @Test
    void readRefusesDataThatIsNotAWholeTable() throws IOException {
        byte[] data = written(AreaTable.of(AREAS, LINKS));
        assertThatThrownBy(() -> AreaTable.read(new ByteArrayInputStream(Arrays.copyOf(data, data.length - 1))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("AreaTable.length: " + (data.length - 1) + " ends before the table does");
        assertThatThrownBy(() -> AreaTable.read(new ByteArrayInputStream(Arrays.copyOf(data, data.length + 2))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("AreaTable.length: " + (data.length + 2) + " has 2 bytes after the table's end");
        byte[] notATable = data.clone();
        notATable[0] = 'X';
        assertThatThrownBy(() -> AreaTable.read(new ByteArrayInputStream(notATable)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("AreaTable.magic: 58444154 is not 42444154: not an area table");
        byte[] later = data.clone();
        ByteBuffer.wrap(later).putInt(4, 2);
        assertThatThrownBy(() -> AreaTable.read(new ByteArrayInputStream(later)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("AreaTable.version: 2 is not 1, the version this class reads");
    }

    @Test
    void readRefusesLinksOutOfTimeAndCodesOutOfOrder() throws IOException {
        byte[] data = written(AreaTable.of(AREAS, LINKS));
        ByteBuffer buffer = ByteBuffer.wrap(data);
        // Find the link columns from the end: outStart (11 ints) and outLinks (7 ints) follow the kinds
        // (7 bytes), which follow linkTo and linkFrom (7 ints each).
        int linkTo = data.length - 4 * 7 - 4 * 11 - 7 - 4 * 7;
        byte[] backwards = data.clone();
        // The first link, C1 (row 2) -> N1 (row 7), made to go C1 -> C2 (row 3), which ends as C1 does.
        ByteBuffer.wrap(backwards).putInt(linkTo, 3);
        assertThat(buffer.getInt(linkTo)).isEqualTo(7);
        assertThatThrownBy(() -> AreaTable.read(new ByteArrayInputStream(backwards)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("AreaTable.link: '90001 -> 90002' does not go from an area with an end to one that"
                        + " starts after it");
        int byCode = linkTo - 4 * 7 - 4 * 10;
        byte[] unsorted = data.clone();
        int first = buffer.getInt(byCode);
        ByteBuffer.wrap(unsorted).putInt(byCode, buffer.getInt(byCode + 4)).putInt(byCode + 4, first);
        assertThatThrownBy(() -> AreaTable.read(new ByteArrayInputStream(unsorted)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is out of the order of codes");
    }
}
