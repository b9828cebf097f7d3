package io.github.binhdang.serialization.json;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The JSON of areas and area hierarchies. The format is described in the package documentation.
 */
final class AreaJson {

    private static final List<Object> AREA = List.of("code", "name", "level", "parentCode", "validFrom", "validTo");
    private static final List<Object> HIERARCHY = List.of("areas", "merges");
    private static final List<Object> MERGE = List.of("predecessor", "successor");
    private static final List<Object> AREA_REF = List.of("code", "validFrom", "validTo");

    private AreaJson() {
    }

    static void writeArea(Area area, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("code", area.code());
        ValueJson.writeBilingual("name", area.name(), g);
        g.writeStringProperty("level", area.level().name());
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
        String parent = parentCode;
        LocalDate from = validFrom;
        LocalDate to = validTo;
        return f.build(() -> {
            Area area = Area.of(checkedCode, checkedName, checkedLevel);
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

    // A hierarchy: its areas, and its merges naming each area by code and the date that tells its
    // versions apart (a predecessor by its last day, a successor by its first).

    static void writeHierarchy(AreaHierarchy hierarchy, JsonGenerator g) {
        g.writeStartObject();
        g.writeName("areas");
        g.writeStartArray();
        for (Area area : hierarchy.areas()) {
            writeArea(area, g);
        }
        g.writeEndArray();
        List<Area[]> merges = new ArrayList<>();
        for (Area area : hierarchy.areas()) {
            hierarchy.mergedInto(area).ifPresent(successor -> merges.add(new Area[] {area, successor}));
        }
        if (!merges.isEmpty()) {
            g.writeName("merges");
            g.writeStartArray();
            for (Area[] merge : merges) {
                g.writeStartObject();
                g.writeName("predecessor");
                g.writeStartObject();
                g.writeStringProperty("code", merge[0].code());
                g.writeStringProperty("validTo", merge[0].validTo().orElseThrow().toString());
                g.writeEndObject();
                g.writeName("successor");
                g.writeStartObject();
                g.writeStringProperty("code", merge[1].code());
                g.writeStringProperty("validFrom", merge[1].validFrom().orElseThrow().toString());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** An area named in a merge: a code and one of its dates. */
    private record AreaRef(String code, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {

        Area resolve(List<Area> areas, String role) {
            for (Area area : areas) {
                if (area.code().equals(code)
                        && (validFrom == null || area.validFrom().filter(validFrom::equals).isPresent())
                        && (validTo == null || area.validTo().filter(validTo::equals).isPresent())) {
                    return area;
                }
            }
            throw new InvalidValueException("AreaHierarchy." + role, this,
                    "names no area of the hierarchy's areas");
        }

        @Override
        public String toString() {
            return code + (validFrom == null ? "" : " from " + validFrom) + (validTo == null ? "" : " to " + validTo);
        }
    }

    private record Merge(AreaRef predecessor, AreaRef successor) {
    }

    static AreaHierarchy readHierarchy(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, AreaHierarchy.class, HIERARCHY);
        List<Area> areas = null;
        List<Merge> merges = List.of();
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "areas":
                    areas = f.list(AreaJson::readArea);
                    break;
                case "merges":
                    merges = f.list(AreaJson::readMerge);
                    break;
                default:
                    f.unknown();
            }
        }
        List<Area> checkedAreas = f.require(areas, "areas");
        List<Merge> checkedMerges = merges;
        return f.build(() -> {
            AreaHierarchy.Builder builder = AreaHierarchy.builder().addAll(checkedAreas);
            for (Merge merge : checkedMerges) {
                builder.merge(merge.predecessor().resolve(checkedAreas, "predecessor"),
                        merge.successor().resolve(checkedAreas, "successor"));
            }
            return builder.build();
        });
    }

    private static Merge readMerge(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, Merge.class, MERGE);
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
        return new Merge(checkedPredecessor, checkedSuccessor);
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
