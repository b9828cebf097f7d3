package io.github.binhdang.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaKind;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.area.AreaLink;
import io.github.binhdang.core.area.LinkKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

/** The JSON of an area hierarchy's kinds and links: splits and merges both survive a round trip. */
class AreaHierarchyJsonTest {

    private static final JsonMapper MAPPER = BinhdangJson.mapper();
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 7, 1);

    private static final Area PROVINCE = Area.of("01", BilingualText.of("Hà Nội", "Ha Noi"), AreaLevel.PROVINCE)
            .withKind(AreaKind.CENTRAL_CITY);
    /** The old township, split between the two new units. */
    private static final Area OLD_TOWNSHIP = Area.of("00001", BilingualText.of("Thị trấn A"), AreaLevel.COMMUNE)
            .withKind(AreaKind.TOWNSHIP).withParent("01").withValidTo(LAST_DAY);
    /** The old commune, merged whole into the new ward. */
    private static final Area OLD_COMMUNE = Area.of("00002", BilingualText.of("Xã B"), AreaLevel.COMMUNE)
            .withKind(AreaKind.COMMUNE).withParent("01").withValidTo(LAST_DAY);
    private static final Area NEW_WARD = Area.of("10001", BilingualText.of("Phường C"), AreaLevel.COMMUNE)
            .withKind(AreaKind.WARD).withParent("01").withValidFrom(FIRST_DAY);
    private static final Area NEW_COMMUNE = Area.of("10002", BilingualText.of("Xã D"), AreaLevel.COMMUNE)
            .withKind(AreaKind.COMMUNE).withParent("01").withValidFrom(FIRST_DAY);
    /** An area without a kind, written without one. */
    private static final Area PLAIN = Area.of("02", BilingualText.of("Hà Giang", "Ha Giang"), AreaLevel.PROVINCE);

    private static AreaHierarchy split() {
        return AreaHierarchy.builder().add(PROVINCE).add(OLD_TOWNSHIP).add(OLD_COMMUNE).add(NEW_WARD).add(NEW_COMMUNE)
                .add(PLAIN)
                .link(OLD_TOWNSHIP, NEW_WARD, LinkKind.PARTIAL)
                .link(OLD_TOWNSHIP, NEW_COMMUNE, LinkKind.PARTIAL)
                .merge(OLD_COMMUNE, NEW_WARD)
                .build();
    }

    private static final String AREAS = "{\"areas\":["
            + "{\"code\":\"01\",\"name\":{\"vi\":\"Hà Nội\",\"en\":\"Ha Noi\"},\"level\":\"PROVINCE\",\"kind\":\"CENTRAL_CITY\"},"
            + "{\"code\":\"00001\",\"name\":{\"vi\":\"Thị trấn A\",\"en\":\"Thị trấn A\"},\"level\":\"COMMUNE\","
            + "\"kind\":\"TOWNSHIP\",\"parentCode\":\"01\",\"validTo\":\"2025-06-30\"},"
            + "{\"code\":\"10001\",\"name\":{\"vi\":\"Phường C\",\"en\":\"Phường C\"},\"level\":\"COMMUNE\","
            + "\"kind\":\"WARD\",\"parentCode\":\"01\",\"validFrom\":\"2025-07-01\"},"
            + "{\"code\":\"10002\",\"name\":{\"vi\":\"Xã D\",\"en\":\"Xã D\"},\"level\":\"COMMUNE\","
            + "\"kind\":\"COMMUNE\",\"parentCode\":\"01\",\"validFrom\":\"2025-07-01\"}]";

    private static String link(String from, String to, String kind) {
        return "{\"from\":{\"code\":\"" + from + "\",\"validTo\":\"2025-06-30\"},"
                + "\"to\":{\"code\":\"" + to + "\",\"validFrom\":\"2025-07-01\"},\"kind\":\"" + kind + "\"}";
    }

    @Test
    void aSplitAndAMergeKeepTheirKindsAndTheAreasTheirs() {
        AreaHierarchy hierarchy = split();

        String json = MAPPER.writeValueAsString(hierarchy);
        AreaHierarchy back = MAPPER.readValue(json, AreaHierarchy.class);

        assertThat(json).contains("\"links\":[" + link("00001", "10001", "PARTIAL") + ","
                + link("00001", "10002", "PARTIAL") + "," + link("00002", "10001", "FULL") + "]");
        assertThat(json).contains("\"kind\":\"TOWNSHIP\"").doesNotContain("merges");
        assertThat(back.areas()).isEqualTo(hierarchy.areas());
        for (Area area : hierarchy.areas()) {
            assertThat(back.successors(area)).isEqualTo(hierarchy.successors(area));
            assertThat(back.predecessorLinks(area)).isEqualTo(hierarchy.predecessorLinks(area));
            assertThat(back.mergedInto(area)).isEqualTo(hierarchy.mergedInto(area));
        }
        assertThat(back.successors(OLD_TOWNSHIP)).containsExactly(
                AreaLink.of(OLD_TOWNSHIP, NEW_WARD, LinkKind.PARTIAL),
                AreaLink.of(OLD_TOWNSHIP, NEW_COMMUNE, LinkKind.PARTIAL));
        assertThat(back.mergedInto(OLD_TOWNSHIP)).isEmpty();
        assertThat(back.mergedInto(OLD_COMMUNE)).contains(NEW_WARD);
        assertThat(back.areas().get(1).kind()).contains(AreaKind.TOWNSHIP);
        assertThat(back.areas().get(5).kind()).isEmpty();
        assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);
    }

    @Test
    void theOldMergesFormIsReadAsFullLinks() {
        String json = "{\"areas\":["
                + "{\"code\":\"10\",\"name\":{\"vi\":\"Lào Cai\",\"en\":\"Lao Cai\"},\"level\":\"PROVINCE\",\"validTo\":\"2025-06-30\"},"
                + "{\"code\":\"15\",\"name\":{\"vi\":\"Lào Cai\",\"en\":\"Lao Cai\"},\"level\":\"PROVINCE\",\"validFrom\":\"2025-07-01\"}],"
                + "\"merges\":[{\"predecessor\":{\"code\":\"10\",\"validTo\":\"2025-06-30\"},"
                + "\"successor\":{\"code\":\"15\",\"validFrom\":\"2025-07-01\"}}]}";

        AreaHierarchy back = MAPPER.readValue(json, AreaHierarchy.class);

        Area oldLaoCai = back.areas().get(0);
        Area newLaoCai = back.areas().get(1);
        assertThat(back.successors(oldLaoCai)).containsExactly(AreaLink.of(oldLaoCai, newLaoCai, LinkKind.FULL));
        assertThat(back.mergedInto(oldLaoCai)).contains(newLaoCai);
        assertThat(MAPPER.writeValueAsString(back)).contains("\"links\":[{\"from\":{\"code\":\"10\",\"validTo\":\"2025-06-30\"},"
                + "\"to\":{\"code\":\"15\",\"validFrom\":\"2025-07-01\"},\"kind\":\"FULL\"}]");
    }

    @Test
    void anUnknownLinkKindIsNamedWithItsPath() {
        String json = AREAS + ",\"links\":[" + link("00001", "10001", "PARTIAL") + ","
                + link("00001", "10002", "HALF") + "]}";

        assertThatThrownBy(() -> MAPPER.readValue(json, AreaHierarchy.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
                    assertThat(e.getOriginalMessage()).isEqualTo("LinkKind: 'HALF' is not one of FULL, PARTIAL");
                    assertThat(e.getPathReference()).endsWith("AreaHierarchy[\"links\"]->java.util.ArrayList[1]"
                            + "->io.github.binhdang.serialization.json.AreaJson$Link[\"kind\"]");
                    assertThat(e.getLocation().getLineNr()).isEqualTo(1);
                });
    }

    @Test
    void anUnknownAreaKindIsNamedWithItsPath() {
        String json = AREAS.replace("\"kind\":\"WARD\"", "\"kind\":\"VILLAGE\"") + "}";

        assertThatThrownBy(() -> MAPPER.readValue(json, AreaHierarchy.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
                    assertThat(e.getOriginalMessage()).startsWith("AreaKind: 'VILLAGE' is not one of PROVINCE, ");
                    assertThat(e.getPathReference()).endsWith("AreaHierarchy[\"areas\"]->java.util.ArrayList[2]"
                            + "->io.github.binhdang.core.area.Area[\"kind\"]");
                });
    }

    @Test
    void aKindOfAnotherLevelIsRefused() {
        String json = AREAS.replace("\"kind\":\"WARD\"", "\"kind\":\"TOWN\"") + "}";

        assertThatThrownBy(() -> MAPPER.readValue(json, AreaHierarchy.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
                    assertThat(e.getOriginalMessage()).isEqualTo("Area.kind: TOWN is a type of DISTRICT, not of COMMUNE");
                    assertThat(e.getPathReference()).contains("AreaHierarchy[\"areas\"]->java.util.ArrayList[2]");
                });
    }

    @Test
    void aLinkToAnAreaNotInTheFileNamesTheLink() {
        String json = AREAS + ",\"links\":[" + link("00001", "10001", "PARTIAL") + ","
                + link("00001", "10009", "PARTIAL") + "]}";

        assertThatThrownBy(() -> MAPPER.readValue(json, AreaHierarchy.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
                    assertThat(e.getOriginalMessage())
                            .isEqualTo("AreaHierarchy.to: 10009 from 2025-07-01 names no area of the hierarchy's areas");
                    assertThat(e.getPathReference())
                            .isEqualTo("io.github.binhdang.core.area.AreaHierarchy[\"links\"]->java.util.ArrayList[1]");
                    assertThat(e.getCause()).isInstanceOf(InvalidValueException.class);
                });
    }

    @Test
    void aSplitWithASinglePartialLinkNamesThatLink() {
        String json = AREAS + ",\"links\":[" + link("00001", "10002", "PARTIAL") + "]}";

        assertThatThrownBy(() -> MAPPER.readValue(json, AreaHierarchy.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
                    assertThat(e.getOriginalMessage()).startsWith("AreaHierarchy.predecessor: 00001 ")
                            .contains("has a single partial link");
                    assertThat(e.getPathReference())
                            .isEqualTo("io.github.binhdang.core.area.AreaHierarchy[\"links\"]->java.util.ArrayList[0]");
                });
    }

    @Test
    void aLinkWithoutItsKindIsRefused() {
        String json = AREAS + ",\"links\":[" + link("00001", "10002", "PARTIAL").replace(",\"kind\":\"PARTIAL\"", "")
                + "]}";

        assertThatThrownBy(() -> MAPPER.readValue(json, AreaHierarchy.class))
                .hasMessageStartingWith("missing required property 'kind' of Link");
    }

    // Round trips (issue 20): a new ward that took in a whole commune first and part of a township later,
    // listed after the township, came back with its two predecessors swapped.

    private static AreaHierarchy mergedBeforeSplit() {
        return AreaHierarchy.builder().add(PROVINCE).add(OLD_TOWNSHIP).add(OLD_COMMUNE).add(NEW_WARD).add(NEW_COMMUNE)
                .add(PLAIN)
                .merge(OLD_COMMUNE, NEW_WARD)
                .link(OLD_TOWNSHIP, NEW_COMMUNE, LinkKind.PARTIAL)
                .link(OLD_TOWNSHIP, NEW_WARD, LinkKind.PARTIAL)
                .build();
    }

    @Test
    void aHierarchyWithLinksOfBothKindsRoundTripsThroughJson() {
        for (AreaHierarchy hierarchy : java.util.List.of(split(), mergedBeforeSplit())) {
            String json = MAPPER.writeValueAsString(hierarchy);
            AreaHierarchy back = MAPPER.readValue(json, AreaHierarchy.class);

            assertThat(back.areas()).isEqualTo(hierarchy.areas());
            for (Area area : hierarchy.areas()) {
                assertThat(back.successors(area)).as("successors of %s", area).isEqualTo(hierarchy.successors(area));
                assertThat(back.predecessorLinks(area)).as("predecessor links of %s", area)
                        .isEqualTo(hierarchy.predecessorLinks(area));
            }
            assertThat(back.toString()).isEqualTo(hierarchy.toString());
            assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);
        }
    }

    @Test
    void theNewWardKeepsTheOrderItsPredecessorsWereLinkedIn() {
        AreaHierarchy back = MAPPER.readValue(MAPPER.writeValueAsString(mergedBeforeSplit()), AreaHierarchy.class);

        assertThat(back.predecessorLinks(NEW_WARD)).containsExactly(new AreaLink(OLD_COMMUNE, NEW_WARD, LinkKind.FULL),
                new AreaLink(OLD_TOWNSHIP, NEW_WARD, LinkKind.PARTIAL));
        assertThat(back.successors(OLD_TOWNSHIP)).containsExactly(
                new AreaLink(OLD_TOWNSHIP, NEW_COMMUNE, LinkKind.PARTIAL),
                new AreaLink(OLD_TOWNSHIP, NEW_WARD, LinkKind.PARTIAL));
    }

    /**
     * JSON whose links keep the orders the model keeps writes back the same. (The model keeps each area's
     * links in order but not the order between links of unrelated areas, so other JSON of the same
     * hierarchy writes back in this order.)
     */
    @Test
    void jsonWithLinksInTheWritersOrderWritesBackTheSame() {
        String json = AREAS.replace("]", ",{\"code\":\"00002\",\"name\":{\"vi\":\"Xã B\",\"en\":\"Xã B\"},"
                + "\"level\":\"COMMUNE\",\"kind\":\"COMMUNE\",\"parentCode\":\"01\",\"validTo\":\"2025-06-30\"}]")
                + ",\"links\":[" + link("00001", "10002", "PARTIAL") + "," + link("00002", "10001", "FULL") + ","
                + link("00001", "10001", "PARTIAL") + "]}";

        AreaHierarchy read = MAPPER.readValue(json, AreaHierarchy.class);

        assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);
    }
}
