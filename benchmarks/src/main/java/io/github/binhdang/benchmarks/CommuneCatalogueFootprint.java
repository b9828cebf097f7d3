package io.github.binhdang.benchmarks;

import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.indicators.VietNamAreas;
import org.openjdk.jol.info.GraphLayout;

/**
 * Issue 17: the heap the commune catalogue retains, measured by walking the object graph of
 * {@link VietNamAreas#hierarchy()} with JOL, beside that of the province-only
 * {@link VietNamAreas#HIERARCHY}, then again once the name index is built by a first look-up by name, and
 * once every lazily built index is, and once every area and link is made.
 * Budget: 5 MB.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.github.binhdang.benchmarks.CommuneCatalogueFootprint}.
 */
public final class CommuneCatalogueFootprint {

    private CommuneCatalogueFootprint() {
    }

    /**
     * Measures and prints.
     *
     * @param args  none
     */
    public static void main(String[] args) {
        // JOL cannot ask Unsafe for the field offsets of records (AreaLink is one).
        System.setProperty("jol.magicFieldOffset", "true");
        long provinces = GraphLayout.parseInstance(VietNamAreas.HIERARCHY).totalSize();
        AreaHierarchy all = VietNamAreas.hierarchy();
        GraphLayout layout = GraphLayout.parseInstance(all);
        System.out.printf("Provinces only (VietNamAreas.HIERARCHY): %,d bytes%n", provinces);
        System.out.printf("Whole catalogue (VietNamAreas.hierarchy()): %,d bytes in %,d objects, %,d areas%n",
                layout.totalSize(), layout.totalCount(), all.areas().size());
        System.out.println(layout.toFootprint());
        // The name index is built on the first look-up by name.
        all.findByName("Tân Lập");
        GraphLayout withNames = GraphLayout.parseInstance(all);
        System.out.printf("After the first look-up by name (name index built): %,d bytes in %,d objects%n",
                withNames.totalSize(), withNames.totalCount());
        // The parent and predecessor indexes are built on first use too.
        Area laoCai = VietNamAreas.LAO_CAI_2025;
        all.children(laoCai, VietNamAreas.FIRST_DAY_OF_34_UNITS);
        all.predecessorLinks(laoCai);
        GraphLayout withAll = GraphLayout.parseInstance(all);
        System.out.printf("After children and predecessorLinks too (every index built): %,d bytes in %,d objects%n",
                withAll.totalSize(), withAll.totalCount());
        // The areas and links of the catalogue's table are made on first use too: every one of them now.
        for (Area area : all.areas()) {
            all.successors(area);
            all.predecessorLinks(area);
        }
        GraphLayout everything = GraphLayout.parseInstance(all);
        System.out.printf("After every area and link is made (areas(), successors, predecessorLinks): %,d bytes"
                + " in %,d objects%n", everything.totalSize(), everything.totalCount());
    }
}
