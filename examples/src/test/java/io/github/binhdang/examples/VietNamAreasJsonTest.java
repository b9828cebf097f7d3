package io.github.binhdang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLink;
import io.github.binhdang.core.area.LinkKind;
import io.github.binhdang.indicators.VietNamAreas;
import io.github.binhdang.serialization.json.BinhdangJson;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The commune catalogue survives a JSON round trip: every area with its kind, and every full or partial
 * link of the 2025 reform.
 */
class VietNamAreasJsonTest {

    private static final JsonMapper MAPPER = BinhdangJson.mapper();

    @Test
    void theCommuneHierarchyKeepsItsAreasKindsAndSplits() {
        AreaHierarchy hierarchy = VietNamAreas.hierarchy();

        AreaHierarchy back = MAPPER.readValue(MAPPER.writeValueAsString(hierarchy), AreaHierarchy.class);

        assertThat(back.areas()).isEqualTo(hierarchy.areas());
        int partial = 0;
        Set<Area> split = new HashSet<>();
        for (Area area : hierarchy.areas()) {
            assertThat(back.successors(area)).as("successors of %s", area).isEqualTo(hierarchy.successors(area));
            assertThat(back.predecessorLinks(area)).as("predecessors of %s", area)
                    .containsExactlyInAnyOrderElementsOf(hierarchy.predecessorLinks(area));
            for (AreaLink link : back.successors(area)) {
                if (link.kind() == LinkKind.PARTIAL) {
                    partial++;
                    split.add(area);
                }
            }
        }
        // shared/reference/communes/commune-links-2025.csv has 972 rows of kind "partial", from 441
        // distinct old_code values (counted with awk); the provinces have full links only.
        assertThat(partial).isEqualTo(972);
        assertThat(split).hasSize(441);
    }
}
