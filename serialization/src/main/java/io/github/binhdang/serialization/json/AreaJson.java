package io.github.binhdang.serialization.json;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaKind;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.area.AreaLink;
import io.github.binhdang.core.area.LinkKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * The JSON of areas and area hierarchies. The format is described in the package documentation.
 */
final class AreaJson {

    private static final List<Object> AREA = List.of("code", "name", "level", "kind", "parentCode", "validFrom",
            "validTo");
    private static final List<Object> HIERARCHY = List.of("areas", "links", "merges");
    private static final List<Object> LINK = List.of("from", "to", "kind");
    private static final List<Object> MERGE = List.of("predecessor", "successor");
    private static final List<Object> AREA_REF = List.of("code", "validFrom", "validTo");

    private AreaJson() {
    }

    static void writeArea(Area area, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("code", area.code());
        ValueJson.writeBilingual("name", area.name(), g);
        g.writeStringProperty("level", area.level().name());
        area.kind().ifPresent(kind -> g.writeStringProperty("kind", kind.name()));
        area.parentCode().ifPresent(code -> g.writeStringProperty("parentCode", code));
        area.validFrom().ifPresent(date -> g.writeStringProperty("validFrom", date.toString()));
        area.validTo().ifPresent(date -> g.writeStringProperty("validTo", date.toString()));
        g.writeEndObject();
    }

    static Area readArea(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, Area.class, AREA);
        String code = null;
        BilingualText name = null;
        AreaLevel level = null;
        AreaKind kind = null;
        String parentCode = null;
        LocalDate validFrom = null;
        LocalDate validTo = null;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "code":
                    code = f.readText();
                    break;
                case "name":
                    name = f.read(ValueJson::readBilingual);
                    break;
                case "level":
                    level = f.read(ValueJson.enumReader(AreaLevel.class));
                    break;
                case "kind":
                    kind = f.read(ValueJson.enumReader(AreaKind.class));
                    break;
                case "parentCode":
                    parentCode = f.readText();
                    break;
                case "validFrom":
                    validFrom = f.readDate();
                    break;
                case "validTo":
                    validTo = f.readDate();
                    break;
                default:
                    f.unknown();
            }
        }
        String checkedCode = f.require(code, "code");
        BilingualText checkedName = f.require(name, "name");
        AreaLevel checkedLevel = f.require(level, "level");
        AreaKind type = kind;
        String parent = parentCode;
        LocalDate from = validFrom;
        LocalDate to = validTo;
        return f.build(() -> {
            Area area = Area.of(checkedCode, checkedName, checkedLevel);
            if (type != null) {
                area = area.withKind(type);
            }
            if (parent != null) {
                area = area.withParent(parent);
            }
            if (from != null && to != null) {
                area = area.withValidity(from, to);
            } else if (from != null) {
                area = area.withValidFrom(from);
            } else if (to != null) {
                area = area.withValidTo(to);
            }
            return area;
        });
    }

    // A hierarchy: its areas, and its links naming each area by code and the date that tells its
    // versions apart (the old area by its last day, the new one by its first), with the link's kind.
    // The "merges" of earlier versions, links without a kind, are still read, as full links.

    static void writeHierarchy(AreaHierarchy hierarchy, JsonGenerator g) {
        g.writeStartObject();
        g.writeName("areas");
        g.writeStartArray();
        for (Area area : hierarchy.areas()) {
            writeArea(area, g);
        }
        g.writeEndArray();
        boolean started = false;
        for (AreaLink link : linkOrder(hierarchy)) {
            if (!started) {
                g.writeName("links");
                g.writeStartArray();
                started = true;
            }
            g.writeStartObject();
            g.writeName("from");
            writeRef(link.from().code(), "validTo", link.from().validTo().orElseThrow(), g);
            g.writeName("to");
            writeRef(link.to().code(), "validFrom", link.to().validFrom().orElseThrow(), g);
            g.writeStringProperty("kind", link.kind().name());
            g.writeEndObject();
        }
        if (started) {
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /**
     * Orders the links so that reading them back records each area's successors and each area's
     * predecessor links in the hierarchy's own orders: the links from one area in the order of
     * {@link AreaHierarchy#successors(Area)}, and the links into one area in the order of
     * {@link AreaHierarchy#predecessorLinks(Area)}. Writing the links area by area kept only the first
     * order (two predecessors of a new area came back swapped whenever the later-listed old area had been
     * linked first). The order in which the links were recorded meets both, so the two orders form no
     * cycle; among the links free to go next, the one that comes first area by area goes first, so a
     * hierarchy read from this writer's JSON writes back the same JSON.
     */
    static List<AreaLink> linkOrder(AreaHierarchy hierarchy) {
        List<AreaLink> byArea = new ArrayList<>();
        for (Area area : hierarchy.areas()) {
            byArea.addAll(hierarchy.successors(area));
        }
        int n = byArea.size();
        Map<AreaLink, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(byArea.get(i), i);
        }
        // next[i]: the links that must come after link i; waiting[i]: how many must come before it.
        int[] waiting = new int[n];
        List<List<Integer>> next = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            next.add(new ArrayList<>(2));
        }
        for (Area area : hierarchy.areas()) {
            List<AreaLink> from = hierarchy.successors(area);
            for (int i = 1; i < from.size(); i++) {
                int before = index.get(from.get(i - 1));
                int after = index.get(from.get(i));
                next.get(before).add(after);
                waiting[after]++;
            }
            List<AreaLink> into = hierarchy.predecessorLinks(area);
            for (int i = 1; i < into.size(); i++) {
                int before = index.get(into.get(i - 1));
                int after = index.get(into.get(i));
                next.get(before).add(after);
                waiting[after]++;
            }
        }
        PriorityQueue<Integer> free = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) {
                free.add(i);
            }
        }
        List<AreaLink> order = new ArrayList<>(n);
        while (!free.isEmpty()) {
            int i = free.poll();
            order.add(byArea.get(i));
            for (int after : next.get(i)) {
                if (--waiting[after] == 0) {
                    free.add(after);
                }
            }
        }
        return order;
    }

    private static void writeRef(String code, String dateName, LocalDate date, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("code", code);
        g.writeStringProperty(dateName, date.toString());
        g.writeEndObject();
    }

    /** An area named in a link: a code and one of its dates. */
    private record AreaRef(String code, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {

        Area resolve(Map<String, List<Area>> byCode, String field) {
            for (Area area : byCode.getOrDefault(code, List.of())) {
                if ((validFrom == null || area.validFrom().filter(validFrom::equals).isPresent())
                        && (validTo == null || area.validTo().filter(validTo::equals).isPresent())) {
                    return area;
                }
            }
            throw new InvalidValueException(field, this, "names no area of the hierarchy's areas");
        }

        @Override
        public String toString() {
            return code + (validFrom == null ? "" : " from " + validFrom) + (validTo == null ? "" : " to " + validTo);
        }
    }

    /** A link as read: its two areas and its kind. */
    private record Link(AreaRef from, AreaRef to, LinkKind kind) {
    }

    /**
     * A link and where it stands, for errors: the property ("links" or "merges"), the array read
     * there, the link's index in it, and the names its two areas have in that form.
     */
    private record Placed(Link link, String property, List<Link> array, int index, String fromName,
            String toName) {
    }

    static AreaHierarchy readHierarchy(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, AreaHierarchy.class, HIERARCHY);
        List<Area> areas = null;
        List<Link> links = List.of();
        List<Link> merges = List.of();
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "areas":
                    areas = f.list(AreaJson::readArea);
                    break;
                case "links":
                    links = f.list(AreaJson::readLink);
                    break;
                case "merges":
                    merges = f.list(AreaJson::readMerge);
                    break;
                default:
                    f.unknown();
            }
        }
        List<Area> checkedAreas = f.require(areas, "areas");
        List<Placed> placed = new ArrayList<>(merges.size() + links.size());
        for (int i = 0; i < merges.size(); i++) {
            placed.add(new Placed(merges.get(i), "merges", merges, i, "predecessor", "successor"));
        }
        for (int i = 0; i < links.size(); i++) {
            placed.add(new Placed(links.get(i), "links", links, i, "from", "to"));
        }
        AreaHierarchy.Builder builder = f.build(() -> AreaHierarchy.builder().addAll(checkedAreas));
        // The areas by code, so that resolving the commune catalogue's 10,000 links is not 10,000 scans.
        Map<String, List<Area>> byCode = new HashMap<>();
        for (Area area : checkedAreas) {
            byCode.computeIfAbsent(area.code(), k -> new ArrayList<>(2)).add(area);
        }
        Map<Area, Placed> firstFrom = new HashMap<>();
        for (Placed link : placed) {
            Area from;
            Area to;
            try {
                from = link.link().from().resolve(byCode, "AreaHierarchy." + link.fromName());
                to = link.link().to().resolve(byCode, "AreaHierarchy." + link.toName());
                builder.link(from, to, link.link().kind());
            } catch (InvalidValueException e) {
                throw at(p, e, link);
            }
            firstFrom.putIfAbsent(from, link);
        }
        try {
            return builder.build();
        } catch (InvalidValueException e) {
            // A refusal that names an old area (a split with a single partial link) points at its link.
            for (Map.Entry<Area, Placed> entry : firstFrom.entrySet()) {
                if (entry.getKey().toString().equals(e.value())) {
                    throw at(p, e, entry.getValue());
                }
            }
            throw JsonFields.invalid(p, AreaHierarchy.class, e);
        }
    }

    /** The error for a link the model refuses, with the link's place: {@code AreaHierarchy["links"]->[3]}. */
    private static DatabindException at(JsonParser p, InvalidValueException e, Placed link) {
        DatabindException error = JsonFields.invalid(p, Link.class, e);
        error.prependPath(link.array(), link.index());
        error.prependPath(AreaHierarchy.class, link.property());
        return error;
    }

    private static Link readLink(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, Link.class, LINK);
        AreaRef from = null;
        AreaRef to = null;
        LinkKind kind = null;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "from":
                    from = f.read(AreaJson::readRef);
                    break;
                case "to":
                    to = f.read(AreaJson::readRef);
                    break;
                case "kind":
                    kind = f.read(ValueJson.enumReader(LinkKind.class));
                    break;
                default:
                    f.unknown();
            }
        }
        AreaRef checkedFrom = f.require(from, "from");
        AreaRef checkedTo = f.require(to, "to");
        LinkKind checkedKind = f.require(kind, "kind");
        f.require(checkedFrom.validTo(), "from.validTo");
        f.require(checkedTo.validFrom(), "to.validFrom");
        return new Link(checkedFrom, checkedTo, checkedKind);
    }

    private static Link readMerge(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, Link.class, MERGE);
        AreaRef predecessor = null;
        AreaRef successor = null;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "predecessor":
                    predecessor = f.read(AreaJson::readRef);
                    break;
                case "successor":
                    successor = f.read(AreaJson::readRef);
                    break;
                default:
                    f.unknown();
            }
        }
        AreaRef checkedPredecessor = f.require(predecessor, "predecessor");
        AreaRef checkedSuccessor = f.require(successor, "successor");
        f.require(checkedPredecessor.validTo(), "predecessor.validTo");
        f.require(checkedSuccessor.validFrom(), "successor.validFrom");
        return new Link(checkedPredecessor, checkedSuccessor, LinkKind.FULL);
    }

    private static AreaRef readRef(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, Area.class, AREA_REF);
        String code = null;
        LocalDate validFrom = null;
        LocalDate validTo = null;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "code":
                    code = f.readText();
                    break;
                case "validFrom":
                    validFrom = f.readDate();
                    break;
                case "validTo":
                    validTo = f.readDate();
                    break;
                default:
                    f.unknown();
            }
        }
        return new AreaRef(f.require(code, "code"), validFrom, validTo);
    }
}
