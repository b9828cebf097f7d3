package io.github.binhdang.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table generated at build time from the three CSV files (the source of truth) against those files
 * read directly: the catalogue the first use reads must be the catalogue the files describe, area for
 * area and link for link, in the same orders.
 */
class CommuneTableTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

    @Test
    void theBuildShipsTheTable() throws Exception {
        try (InputStream in = CommuneCatalogue.class.getResourceAsStream(CommuneCatalogue.TABLE)) {
            assertThat(in).as("the build writes " + CommuneCatalogue.TABLE + " after compiling").isNotNull();
        }
    }

    @Test
    void theTableHoldsWhatTheCsvFilesSay() {
        AreaHierarchy fromFiles = CommuneCatalogue.load(null).hierarchy;
        AreaHierarchy fromTable = VietNamAreas.hierarchy();
        assertThat(fromTable).isNotSameAs(fromFiles);
        List<Area> areas = fromFiles.areas();
        // The nation, 10 unchanged units, Thừa Thiên Huế and Huế, 52 merged away and 23 formed (88), then
        // 696 districts, 10,035 old communes and 3,321 new units.
        assertThat(fromTable.areas()).hasSize(88 + 14_052).isEqualTo(areas);
        assertThat(fromTable.toString()).isEqualTo(fromFiles.toString());
        for (Area area : areas) {
            assertThat(fromTable.successors(area)).isEqualTo(fromFiles.successors(area));
            assertThat(fromTable.predecessorLinks(area)).isEqualTo(fromFiles.predecessorLinks(area));
            assertThat(fromTable.versions(area.code())).isEqualTo(fromFiles.versions(area.code()));
        }
        for (Area province : VietNamAreas.PROVINCES_63) {
            assertThat(fromTable.children(province, JUNE_30)).isEqualTo(fromFiles.children(province, JUNE_30));
        }
        for (Area province : VietNamAreas.PROVINCES_34) {
            assertThat(fromTable.children(province, JULY_1)).isEqualTo(fromFiles.children(province, JULY_1));
        }
        for (Area district : fromFiles.on(JUNE_30).areas(AreaLevel.DISTRICT)) {
            assertThat(fromTable.children(district, JUNE_30)).isEqualTo(fromFiles.children(district, JUNE_30));
        }
        for (String name : List.of("Tân Lập", "Xã Tân Lập", "Phường Ba Đình", "Sa Pa", "Xà Phìn", "Lào Cai")) {
            assertThat(fromTable.findByName(name)).isEqualTo(fromFiles.findByName(name));
            assertThat(fromTable.lookUp(name, JULY_1)).isEqualTo(fromFiles.lookUp(name, JULY_1));
            assertThat(fromTable.lookUp(name, JUNE_30)).isEqualTo(fromFiles.lookUp(name, JUNE_30));
        }
    }
}
