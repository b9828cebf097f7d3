package io.github.binhdang.core.area;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.Excerpt;
import io.github.binhdang.core.InvalidValueException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * A set of administrative areas over time: which area holds which, and which areas were merged into
 * which.
 *
 * <h2>A code is identified together with a date</h2>
 * Codes are reused with a different meaning. Code {@code 15} was Yên Bái until 30 June 2025; from
 * 1 July 2025 it is the new Lào Cai, formed from Yên Bái and the old Lào Cai (whose code was
 * {@code 10}). So {@code find("15", 2024-01-01)} gives Yên Bái and {@code find("15", 2025-07-01)}
 * gives the new Lào Cai, and a parent code is resolved on a date in the same way. Never compare codes
 * across a change without the date.
 *
 * <h2>Parents, merges and splits</h2>
 * An area names its parent by code ({@link Area#withParent}); the hierarchy resolves that code on the
 * date asked about. A link ({@link Builder#link}, an {@link AreaLink}) records that all or part of an
 * area's territory went into a later one. A {@link LinkKind#FULL} link, or merge ({@link Builder#merge}),
 * takes the whole area: the old Lào Cai and Yên Bái into the new Lào Cai. An area split between
 * several new ones has a {@link LinkKind#PARTIAL} link to each: of the 10,035 communes in force on
 * 30 June 2025, 441 were split so. A version that merely continues another (renamed, upgraded from
 * province to city, a district turned into a special zone) is linked the same way, in full.
 * {@link #successors(Area)} and {@link #predecessorLinks(Area)} give the links with their kinds.
 * Codes are never followed on their own: only links carry territory from one area to the next.
 * Following a territory forward in time is {@link #successorOn}; finding the unit of a given level
 * that holds an area on a date, across the 2025 reform, is {@link #holderOn}: the district-level town
 * of Sa Pa, under the old Lào Cai until 30 June 2025, is held on 1 January 2026 by the new Lào Cai.
 *
 * <h2>Names</h2>
 * Names are compared by {@link #foldName}: without case, diacritics or an administrative prefix, so
 * "Tỉnh Sơn La", "SON LA" and "Sơn La" written with combining marks all find Sơn La. Both the
 * Vietnamese and the English name are matched.
 *
 * <p>All lookups go through maps built once: by {@link Builder#build()} for codes and links, and on
 * first use for parents, predecessors and names (safely for concurrent callers); a hierarchy is meant to
 * be built once and queried many times. The areas of an {@link AreaTable} ({@link Builder#addTable}) are
 * found by binary search in its columns and made only when asked for, so a hierarchy of thousands of
 * units costs little until they are used.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class AreaHierarchy {

    // Folded administrative prefixes, each dropped once from the start of a folded name, and each as
    // written with its diacritics (lower case, NFC): "xa " is the prefix xã only when written "xã", or
    // in a name written without any diacritics, as "Xà Phìn" and "Xa Lý" are names of their own.
    private static final String[] PREFIXES = {
        "thanh pho ", "thi xa ", "thi tran ", "dac khu ", "tinh ", "huyen ", "quan ", "phuong ", "xa ",
        "tp. ", "tp.", "tp ",
    };
    private static final String[] WRITTEN_PREFIXES = {
        "thành phố ", "thị xã ", "thị trấn ", "đặc khu ", "tỉnh ", "huyện ", "quận ", "phường ", "xã ",
        "tp. ", "tp.", "tp ",
    };

    // Folded prefixes that say the type of a unit, and the type each says ("thanh pho" says two).
    private static final String[] KIND_PREFIXES = {
        "thi xa ", "thi tran ", "dac khu ", "tinh ", "huyen ", "quan ", "phuong ", "xa ",
    };
    private static final String[] WRITTEN_KIND_PREFIXES = {
        "thị xã ", "thị trấn ", "đặc khu ", "tỉnh ", "huyện ", "quận ", "phường ", "xã ",
    };
    private static final AreaKind[] PREFIX_KINDS = {
        AreaKind.TOWN, AreaKind.TOWNSHIP, AreaKind.SPECIAL_ZONE, AreaKind.PROVINCE, AreaKind.RURAL_DISTRICT,
        AreaKind.URBAN_DISTRICT, AreaKind.WARD, AreaKind.COMMUNE,
    };

    // Roman numerals I to XX, for ward numbers written either way.
    private static final String[] ROMAN = {
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
        "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
    };

    private static final String[] MONTHS = {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    };

    private static final Comparator<Area> OLDEST_FIRST = Comparator.comparing(
            (Area area) -> area.validFrom().orElse(LocalDate.MIN));

    // The builder's own collections, handed over by build() and never changed after: the builder copies
    // them before its next change (so a hierarchy costs no copy of them). The lists inside are returned
    // through unmodifiable views.
    private final List<Area> areas;
    // Versions of each code, oldest first, and the links from each area, in the order recorded: the one
    // value itself when there is one (most codes, most areas), else an ArrayList of them (see many).
    private final Map<String, Object> byCode;
    private final Map<Area, Object> linksFrom;
    private final List<AreaLink> links;
    // The areas and links of a table added whole (Builder.addTable), after the areas added one by one;
    // they are made from its columns only when asked for.
    private final @Nullable AreaTable table;
    // Built on first use (by children, by predecessorLinks, by a look-up by name), then kept: most users
    // need only some of them, and building all of them was a third of the commune catalogue's load.
    private volatile @Nullable Map<String, List<Area>> byParentCode;
    private volatile @Nullable Map<Area, List<AreaLink>> linksTo;
    private volatile @Nullable Map<String, List<Area>> byName;
    // Names people write for other names or for units (Builder.alias), in the order recorded.
    private final List<Alias> aliases;
    private volatile @Nullable Map<String, List<Alias>> aliasesByKey;

    private AreaHierarchy(Builder builder) {
        AreaTable added = builder.table;
        this.areas = added == null ? Collections.unmodifiableList(builder.areas) : new AreasAndTable(builder.areas, added);
        this.byCode = builder.byCode;
        this.linksFrom = builder.linksFrom;
        this.links = builder.links;
        this.table = added;
        this.aliases = List.copyOf(builder.resolvedAliases);
    }

    // The areas added one by one, then those of the table, each made when it is first asked for.
    private static final class AreasAndTable extends AbstractList<Area> implements RandomAccess {
        private final List<Area> areas;
        private final AreaTable table;

        AreasAndTable(List<Area> areas, AreaTable table) {
            this.areas = areas;
            this.table = table;
        }

        @Override
        public Area get(int index) {
            int n = areas.size();
            if (index < n) {
                return areas.get(index);
            }
            Objects.checkIndex(index - n, table.size());
            return table.area(index - n);
        }

        @Override
        public int size() {
            return areas.size() + table.size();
        }
    }

    // The versions of a code, oldest first: those added one by one and those of the table.
    private static List<Area> versionsOf(Map<String, Object> byCode, @Nullable AreaTable table, String code) {
        List<Area> versions = many(byCode.get(code));
        if (table == null) {
            return versions;
        }
        List<Area> inTable = table.versions(code);
        if (inTable.isEmpty()) {
            return versions;
        }
        if (versions.isEmpty()) {
            return inTable;
        }
        List<Area> all = new ArrayList<>(versions);
        all.addAll(inTable);
        all.sort(OLDEST_FIRST);
        return all;
    }

    // The links from an area: those of the table (recorded when it was added), then those recorded one
    // by one.
    private static List<AreaLink> linksOf(Map<Area, Object> linksFrom, @Nullable AreaTable table, Area area) {
        List<AreaLink> links = many(linksFrom.get(area));
        if (table == null) {
            return links;
        }
        int row = table.rowOf(area);
        if (row < 0) {
            return links;
        }
        List<AreaLink> inTable = table.linksFrom(row);
        if (links.isEmpty()) {
            return inTable;
        }
        List<AreaLink> all = new ArrayList<>(inTable);
        all.addAll(links);
        return all;
    }

    private List<AreaLink> linksOf(Area area) {
        return linksOf(linksFrom, table, area);
    }

    // The values of a map of byCode or linksFrom: none, one, or an ArrayList of several.
    @SuppressWarnings("unchecked")
    private static <T> List<T> many(@Nullable Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof ArrayList ? (List<T>) value : List.of((T) value);
    }

    private static <K, V> Map<K, List<V>> copyLists(Map<K, List<V>> map) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map.Entry<K, List<V>>[] entries = new Map.Entry[map.size()];
        int i = 0;
        for (Map.Entry<K, List<V>> entry : map.entrySet()) {
            entries[i++] = Map.entry(entry.getKey(), List.copyOf(entry.getValue()));
        }
        return Map.ofEntries(entries);
    }

    /**
     * Starts an empty builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Finds the version of a code in force on a date.
     *
     * <p>{@code find("15", 2024-01-01)} is Yên Bái; {@code find("15", 2025-07-01)} is the new Lào Cai.
     *
     * @param code  the code, not null
     * @param date  the date, not null
     * @return the area with that code valid on that date, or empty if none is
     */
    public Optional<Area> find(String code, LocalDate date) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(date, "date");
        return Optional.ofNullable(findOrNull(code, date));
    }

    /**
     * Obtains the version of a code in force on a date, or says what the code names instead.
     *
     * <p>{@code of("10", 2025-07-01)} fails with "AreaHierarchy.code: '10' names no area in force on
     * 2025-07-01; it names 10 Lào Cai (PROVINCE, ..2025-06-30), merged into 15 Lào Cai (PROVINCE,
     * 2025-07-01..)".
     *
     * @param code  the code, not null
     * @param date  the date, not null
     * @return the area with that code valid on that date, not null
     * @throws InvalidValueException if none is; the message names the code, the date and every version
     *     of the code with its validity and its successors, or says that the code is unknown
     */
    public Area of(String code, LocalDate date) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(date, "date");
        Area found = findOrNull(code, date);
        if (found != null) {
            return found;
        }
        List<Area> versions = versionsOf(byCode, table, code);
        if (versions.isEmpty()) {
            throw new InvalidValueException("AreaHierarchy.code", "'" + code + "'",
                    "names no area on any date (asked on " + date + ")");
        }
        StringJoiner meanings = new StringJoiner("; ");
        for (Area version : versions) {
            meanings.add(describeWithSuccessors(version));
        }
        throw new InvalidValueException("AreaHierarchy.code", "'" + code + "'",
                "names no area in force on " + date + "; it names " + meanings);
    }

    // An area and where its territory went: "X, merged into Y" or "X, split between Y and Z".
    String describeWithSuccessors(Area area) {
        List<AreaLink> links = linksOf(area);
        if (links.isEmpty()) {
            return area.toString();
        }
        if (links.get(0).isFull()) {
            return area + ", merged into " + links.get(0).to();
        }
        StringJoiner parts = new StringJoiner(", ");
        for (AreaLink link : links) {
            parts.add(link.to().toString());
        }
        return area + ", split between " + parts;
    }

    /**
     * Returns a view of this hierarchy on a date: the areas in force, what codes name, children.
     *
     * @param date  the date, not null
     * @return the view, not null
     */
    public AreasOn on(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new AreasOn(this, date);
    }

    private @Nullable Area findOrNull(String code, LocalDate date) {
        Object versions = byCode.get(code);
        if (versions instanceof Area one) {
            if (one.isValidOn(date)) {
                return one;
            }
        } else {
            for (Area version : AreaHierarchy.<Area>many(versions)) {
                if (version.isValidOn(date)) {
                    return version;
                }
            }
        }
        return table == null ? null : table.find(code, date);
    }

    /**
     * Returns every version of a code, oldest first: for {@code "15"}, Yên Bái then the new Lào Cai.
     *
     * @param code  the code, not null
     * @return the versions, unmodifiable, empty if the code is unknown
     */
    public List<Area> versions(String code) {
        Objects.requireNonNull(code, "code");
        return Collections.unmodifiableList(versionsOf(byCode, table, code));
    }

    /**
     * Returns every area, in the order they were added.
     *
     * @return the areas, unmodifiable, not null
     */
    public List<Area> areas() {
        return areas;
    }

    /**
     * Tells whether this hierarchy holds an area (equal in every field).
     *
     * @param area  the area, not null
     * @return true if it was added to this hierarchy
     */
    public boolean contains(Area area) {
        Objects.requireNonNull(area, "area");
        return versions(area.code()).contains(area);
    }

    /**
     * Returns the areas in force on a date whose parent code resolves to this area on that date.
     *
     * <p>The children of the old Lào Cai in 2022 include Sa Pa; on 2025-07-01 it has none, as it is no
     * longer in force.
     *
     * @param area  an area of this hierarchy, not null
     * @param date  the date, not null
     * @return the children, in the order they were added, empty if there are none
     * @throws InvalidValueException if the area is not in this hierarchy
     */
    public List<Area> children(Area area, LocalDate date) {
        requireKnown(area);
        Objects.requireNonNull(date, "date");
        // Versions of one code never overlap, so the parent code resolves to this area exactly when
        // this area is valid on the date.
        if (!area.isValidOn(date)) {
            return List.of();
        }
        List<Area> children = new ArrayList<>();
        for (Area child : parents().getOrDefault(area.code(), List.of())) {
            if (child.isValidOn(date)) {
                children.add(child);
            }
        }
        if (table != null) {
            for (Area child : table.withParent(area.code())) {
                if (child.isValidOn(date)) {
                    children.add(child);
                }
            }
        }
        return List.copyOf(children);
    }

    /**
     * Returns the area that the parent code of an area names on a date: a commune's district, a
     * district's province.
     *
     * @param area  an area of this hierarchy, not null
     * @param date  the date the parent code is resolved on, not null
     * @return the parent, or empty if the area has no parent code or no area has it on that date
     * @throws InvalidValueException if the area is not in this hierarchy
     */
    public Optional<Area> parent(Area area, LocalDate date) {
        requireKnown(area);
        Objects.requireNonNull(date, "date");
        return area.parentCode().map(code -> findOrNull(code, date));
    }

    /**
     * Returns the area that the given one was merged into directly, if any: the new area of its
     * {@link LinkKind#FULL} link.
     *
     * <p>An area split between several new ones ({@link LinkKind#PARTIAL} links) was merged into none
     * of them: this is empty for it, and {@link #successors(Area)} lists the parts.
     *
     * @param area  an area of this hierarchy, not null
     * @return the successor of its full link, or empty if it has none
     * @throws InvalidValueException if the area is not in this hierarchy
     */
    public Optional<Area> mergedInto(Area area) {
        requireKnown(area);
        return Optional.ofNullable(fullSuccessor(area));
    }

    private @Nullable Area fullSuccessor(Area area) {
        List<AreaLink> links = linksOf(area);
        return links.size() == 1 && links.get(0).isFull() ? links.get(0).to() : null;
    }

    /**
     * Returns the areas that took in all or part of an area's territory directly, each with the kind of
     * its link, in the order the links were recorded.
     *
     * <p>Yên Bái (15, to 2025-06-30) gives one full link, to the new Lào Cai; an old commune split
     * between three new ones gives three partial links; an area still in force, or one that ended with
     * no successor, gives none.
     *
     * @param area  an area of this hierarchy, not null
     * @return the links from the area, unmodifiable, empty if there are none
     * @throws InvalidValueException if the area is not in this hierarchy
     */
    public List<AreaLink> successors(Area area) {
        requireKnown(area);
        return Collections.unmodifiableList(linksOf(area));
    }

    /**
     * Returns the areas whose territory an area took in, in whole or in part, each with the kind of its
     * link, in the order the links were recorded.
     *
     * <p>For the new Lào Cai (15, from 2025-07-01): full links from the old Lào Cai (10) and Yên Bái
     * (15).
     *
     * @param area  an area of this hierarchy, not null
     * @return the links into the area, unmodifiable, empty if there are none
     * @throws InvalidValueException if the area is not in this hierarchy
     */
    public List<AreaLink> predecessorLinks(Area area) {
        requireKnown(area);
        List<AreaLink> recorded = linksTo().getOrDefault(area, List.of());
        int row = table == null ? -1 : table.rowOf(area);
        if (row < 0) {
            return recorded;
        }
        List<AreaLink> inTable = table.linksInto(row);
        if (recorded.isEmpty()) {
            return inTable;
        }
        List<AreaLink> all = new ArrayList<>(inTable);
        all.addAll(recorded);
        return Collections.unmodifiableList(all);
    }

    private Map<String, List<Area>> parents() {
        Map<String, List<Area>> parents = byParentCode;
        if (parents == null) {
            synchronized (this) {
                parents = byParentCode;
                if (parents == null) {
                    Map<String, List<Area>> index = new HashMap<>();
                    for (Area area : explicitAreas()) {
                        area.parentCode().ifPresent(
                                code -> index.computeIfAbsent(code, k -> new ArrayList<>()).add(area));
                    }
                    parents = copyLists(index);
                    byParentCode = parents;
                }
            }
        }
        return parents;
    }

    private Map<Area, List<AreaLink>> linksTo() {
        Map<Area, List<AreaLink>> to = linksTo;
        if (to == null) {
            synchronized (this) {
                to = linksTo;
                if (to == null) {
                    Map<Area, List<AreaLink>> index = new HashMap<>();
                    for (AreaLink link : links) {
                        index.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
                    }
                    to = copyLists(index);
                    linksTo = to;
                }
            }
        }
        return to;
    }

    /**
     * Returns the areas that were merged into an area, in whole or in part, in the order the links were
     * recorded; {@link #predecessorLinks(Area)} gives the kind of each.
     *
     * <p>For the new Lào Cai (15, from 2025-07-01): the old Lào Cai (10) and Yên Bái (15).
     *
     * @param area  an area of this hierarchy, not null
     * @return the predecessors, unmodifiable, empty if there are none
     * @throws InvalidValueException if the area is not in this hierarchy
     */
    public List<Area> predecessors(Area area) {
        List<AreaLink> links = predecessorLinks(area);
        List<Area> from = new ArrayList<>(links.size());
        for (AreaLink link : links) {
            from.add(link.from());
        }
        return List.copyOf(from);
    }

    /**
     * Returns the area that holds an area's territory on a date.
     *
     * <p>That is the area itself if it is valid on the date; otherwise, if the date is after its end,
     * the area it was merged into, following full links over as many steps as needed to the one valid
     * on the date. The old Lào Cai on 2026-01-01 gives the new Lào Cai. An area split between several
     * new ones ({@link LinkKind#PARTIAL}) has no one holder after its end: this is empty for it, and
     * {@link #successors(Area)} lists the parts.
     *
     * @param area  an area of this hierarchy, not null
     * @param date  the date, not null
     * @return the holder, or empty if the date is before the area's start, or the chain of full links
     *     ends (or pauses, or splits) before the date
     * @throws InvalidValueException if the area is not in this hierarchy
     */
    public Optional<Area> successorOn(Area area, LocalDate date) {
        requireKnown(area);
        Objects.requireNonNull(date, "date");
        if (area.lastValidDayBy(date) == null) {
            return Optional.empty();
        }
        Area latest = latestBy(area, date);
        return latest.isValidOn(date) ? Optional.of(latest) : Optional.empty();
    }

    // Follows merges from an area that has started by the date to the last one that has started by it.
    private Area latestBy(Area area, LocalDate date) {
        Area current = area;
        while (!current.isValidOn(date)) {
            Area next = fullSuccessor(current);
            // A successor always has a start (checked by merge).
            if (next == null || next.validFrom().orElseThrow().isAfter(date)) {
                break;
            }
            current = next;
        }
        return current;
    }

    /**
     * Returns the unit of a level that holds an area on a date, across mergers and the abolition of a
     * level.
     *
     * <p>The area is first carried forward to the date with {@link #successorOn}. If it is of the level
     * asked for, that is the answer. Otherwise its parent code is resolved on the date, or, if the area
     * ended before the date with no successor, on its last day; that parent is carried forward in turn,
     * and so on up. The district-level town of Sa Pa (under code {@code 10}, valid to 2025-06-30) gives,
     * at {@code PROVINCE} level, the old Lào Cai on 2022-06-30 and the new Lào Cai (code {@code 15}) on
     * 2026-01-01, although no district exists then.
     *
     * @param area   an area of this hierarchy, not null
     * @param level  the level of the holder, not null
     * @param date   the date, not null
     * @return the holder valid on the date; empty if the date is before the area's start, a parent is
     *     missing, the level is below the area's or skipped (a 2025 commune has no district), or the
     *     holder found has ended by the date
     * @throws InvalidValueException if the area is not in this hierarchy
     */
    public Optional<Area> holderOn(Area area, AreaLevel level, LocalDate date) {
        requireKnown(area);
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(date, "date");
        // Ends: each turn climbs to a strictly higher level at a date that never goes back, and
        // merges only run forward in time.
        Area current = area;
        while (current.lastValidDayBy(date) != null) {
            Area base = latestBy(current, date);
            LocalDate at = Objects.requireNonNull(base.lastValidDayBy(date));
            if (base.level() == level) {
                return base.isValidOn(date) ? Optional.of(base) : Optional.empty();
            }
            Optional<String> parentCode = base.parentCode();
            if (!level.isAbove(base.level()) || parentCode.isEmpty()) {
                return Optional.empty();
            }
            Area parent = findOrNull(parentCode.get(), at);
            if (parent == null) {
                return Optional.empty();
            }
            current = parent;
        }
        return Optional.empty();
    }

    /**
     * Finds every version whose Vietnamese or English name matches, as {@link #foldName} compares them.
     *
     * @param name  the name, with or without diacritics or an administrative prefix, not null
     * @return the matching areas, in the order they were added, unmodifiable, empty if none
     */
    public List<Area> findByName(CharSequence name) {
        String key = nameKey(name);
        List<Area> found = names().getOrDefault(key, List.of());
        if (table == null) {
            return found;
        }
        List<Area> inTable = table.named(key);
        if (inTable.isEmpty()) {
            return found;
        }
        if (found.isEmpty()) {
            return inTable;
        }
        List<Area> all = new ArrayList<>(found);
        all.addAll(inTable);
        return Collections.unmodifiableList(all);
    }

    // The areas added one by one, without those of the table.
    private List<Area> explicitAreas() {
        return areas instanceof AreasAndTable both ? both.areas : areas;
    }

    private Map<String, List<Area>> names() {
        Map<String, List<Area>> names = byName;
        if (names == null) {
            synchronized (this) {
                names = byName;
                if (names == null) {
                    names = nameIndex(explicitAreas());
                    byName = names;
                }
            }
        }
        return names;
    }

    private static Map<String, List<Area>> nameIndex(List<Area> areas) {
        Map<String, List<Area>> names = new HashMap<>();
        for (Area area : areas) {
            String vi = nameKey(area.name().vi());
            String en = area.name().en().equals(area.name().vi()) ? vi : nameKey(area.name().en());
            names.computeIfAbsent(vi, k -> new ArrayList<>()).add(area);
            if (!en.equals(vi)) {
                names.computeIfAbsent(en, k -> new ArrayList<>()).add(area);
            }
        }
        return copyLists(names);
    }

    // The index key of a name: its folded form without spaces, so that run-together forms ("Hanoi",
    // "Danang", "Kontum") find the spaced ones.
    static String nameKey(CharSequence name) {
        String folded = foldName(name);
        return folded.indexOf(' ') < 0 ? folded : folded.replace(" ", "");
    }

    /**
     * Finds the area valid on a date whose Vietnamese or English name matches.
     *
     * <p>{@code findByName("Tỉnh Sơn La", date)}, {@code findByName("SON LA", date)} and the same name in
     * NFD all find Sơn La.
     *
     * @param name  the name, with or without diacritics or an administrative prefix, not null
     * @param date  the date, not null
     * @return the area, or empty if none matches on that date
     * @throws InvalidValueException if several areas match on that date; the message lists them
     */
    public Optional<Area> findByName(CharSequence name, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return findOne(name, null, date);
    }

    /**
     * Finds the area of a level valid on a date whose Vietnamese or English name matches; for names
     * that a province shares with a town in it, such as Lào Cai.
     *
     * @param name   the name, with or without diacritics or an administrative prefix, not null
     * @param level  the level, not null
     * @param date   the date, not null
     * @return the area, or empty if none matches on that date
     * @throws InvalidValueException if several areas of the level match on that date; the message lists them
     */
    public Optional<Area> findByName(CharSequence name, AreaLevel level, LocalDate date) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(date, "date");
        return findOne(name, level, date);
    }

    /**
     * Looks up what a name, as people write it, names on a date, and answers with every candidate.
     *
     * <p>Names are compared as {@link #foldName} folds them, and run together or not ("Hanoi" finds
     * "Hà Nội"). The units in force on the date whose name matches are the candidates, each with its
     * provincial-level unit; if several match, all are given ({@link NameMatch#isAmbiguous()}), never
     * the first. A prefix of a type narrows the candidates to that type when some are of it: "Xã Tân
     * Lập" gives the communes named Tân Lập, not the ward. If none is in force but a unit of that name
     * ended before the date, its successors on
     * the date are the candidates, and a note says so: "Bắc Giang" on 2026-01-01 gives Bắc Ninh, noting
     * "Bắc Giang was merged into Bắc Ninh on 1 July 2025"; an old commune split between new ones gives
     * all the parts. A name recorded as an alias ({@link Builder#alias(String, String)}) is looked up as
     * written and as what it stands for, and every unit found is a candidate, with a note saying how the
     * name was read ("'HCMC' is read as Thành phố Hồ Chí Minh").
     *
     * @param name  the name, with or without diacritics or an administrative prefix, not null
     * @param date  the date, not null
     * @return the match, not null; without candidates if the name names nothing on that date
     */
    public NameMatch lookUp(CharSequence name, LocalDate date) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        return lookUpNamed(name, null, date);
    }

    /**
     * Looks up what a name names among the units of a level on a date, as
     * {@link #lookUp(CharSequence, LocalDate)} does; for names a province shares with a town or a ward
     * in it, such as Lào Cai. Successors of an ended unit are given whatever their level.
     *
     * @param name   the name, with or without diacritics or an administrative prefix, not null
     * @param level  the level, not null
     * @param date   the date, not null
     * @return the match, not null; without candidates if the name names nothing on that date
     */
    public NameMatch lookUp(CharSequence name, AreaLevel level, LocalDate date) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(date, "date");
        return lookUpNamed(name, level, date);
    }

    /**
     * Looks up what one area of this hierarchy is on a date, as {@link #lookUp(CharSequence, LocalDate)}
     * does for a name that names that area only: the area itself if it is in force on the date, its
     * successors on the date with a note if it ended before ("Xã Kan Hồ was merged into Xã Bum Tở on
     * 1 July 2025"), no candidate otherwise. For a name known to stand for a given unit, such as a
     * spelling that a source uses for it.
     *
     * @param area  an area of this hierarchy, not null
     * @param date  the date, not null
     * @return the match, named by the area's Vietnamese name, not null
     * @throws InvalidValueException if the area is not in this hierarchy
     */
    public NameMatch lookUp(Area area, LocalDate date) {
        requireKnown(area);
        Objects.requireNonNull(date, "date");
        return match(area.name().vi(), List.of(area), null, date);
    }

    private NameMatch lookUpNamed(CharSequence name, @Nullable AreaLevel level, LocalDate date) {
        NameMatch own = lookUpOwn(name, level, date);
        List<Alias> aliased = aliasKeys().get(nameKey(name));
        if (aliased == null) {
            return own;
        }
        // The name as written and every name or unit it is an alias of: all the units found, each once,
        // never one chosen among them.
        List<NameMatch.Candidate> candidates = new ArrayList<>(own.candidates());
        List<BilingualText> notes = new ArrayList<>();
        List<BilingualText> aliasNotes = new ArrayList<>();
        for (Alias alias : aliased) {
            NameMatch match;
            String read;
            Area unit = alias.area();
            if (unit != null) {
                if (level != null && unit.level() != level) {
                    continue;
                }
                match = match(unit.name().vi(), List.of(unit), null, date);
                read = unit.name().vi() + " (" + unit.code() + ")";
            } else {
                read = Objects.requireNonNull(alias.name());
                match = lookUpOwn(read, level, date);
            }
            boolean added = false;
            for (NameMatch.Candidate candidate : match.candidates()) {
                if (candidates.stream().noneMatch(c -> c.area().equals(candidate.area()))) {
                    candidates.add(candidate);
                    added = true;
                }
            }
            if (added) {
                String quoted = "'" + Excerpt.of(name) + "'";
                notes.add(own.candidates().isEmpty()
                        ? BilingualText.of(quoted + " được hiểu là " + read, quoted + " is read as " + read)
                        : BilingualText.of(quoted + " cũng được hiểu là " + read, quoted + " is also read as " + read));
                aliasNotes.addAll(match.notes());
            }
        }
        notes.addAll(own.notes());
        notes.addAll(aliasNotes);
        return new NameMatch(name.toString(), date, candidates, notes);
    }

    // What a name names by itself, without aliases.
    private NameMatch lookUpOwn(CharSequence name, @Nullable AreaLevel level, LocalDate date) {
        List<Area> named = new ArrayList<>();
        for (Area area : findByName(name)) {
            if (level == null || area.level() == level) {
                named.add(area);
            }
        }
        return match(name, named, impliedKind(name), date);
    }

    // A name people write for the units of another name (name set), or for one unit (area set).
    private record Alias(String alias, @Nullable String name, @Nullable Area area) {
    }

    // The aliases by the key of their name, made on the first look-up by name.
    private Map<String, List<Alias>> aliasKeys() {
        Map<String, List<Alias>> keys = aliasesByKey;
        if (keys == null) {
            synchronized (this) {
                keys = aliasesByKey;
                if (keys == null) {
                    Map<String, List<Alias>> index = new HashMap<>();
                    for (Alias alias : aliases) {
                        index.computeIfAbsent(nameKey(alias.alias()), k -> new ArrayList<>()).add(alias);
                    }
                    keys = copyLists(index);
                    aliasesByKey = keys;
                }
            }
        }
        return keys;
    }

    // The match of the areas a name names: those in force on the date (of the kind the name's prefix
    // says, when some are), or else the successors of those that ended before it.
    private NameMatch match(CharSequence name, List<Area> named, @Nullable AreaKind kind, LocalDate date) {
        List<BilingualText> allNotes = new ArrayList<>();
        LinkedHashSet<Area> found = new LinkedHashSet<>();
        for (Area area : named) {
            if (area.isValidOn(date)) {
                found.add(area);
            }
        }
        if (kind != null && found.size() > 1) {
            // "Xã Tân Lập" asks for communes: a ward of the same name is no candidate, unless only
            // units of other types match.
            LinkedHashSet<Area> ofKind = new LinkedHashSet<>();
            for (Area area : found) {
                if (area.kind().map(k -> k == kind).orElse(true)) {
                    ofKind.add(area);
                }
            }
            if (!ofKind.isEmpty()) {
                found = ofKind;
            }
        }
        if (found.isEmpty()) {
            for (Area area : named) {
                LocalDate end = area.validTo().orElse(null);
                if (end != null && end.isBefore(date)) {
                    followSuccessors(area, date, found, allNotes);
                }
            }
        }
        List<NameMatch.Candidate> candidates = new ArrayList<>(found.size());
        for (Area area : found) {
            Area province = area.level().isAbove(AreaLevel.PROVINCE) || area.level() == AreaLevel.PROVINCE
                    ? area : holderOn(area, AreaLevel.PROVINCE, date).orElse(area);
            candidates.add(new NameMatch.Candidate(area, province));
        }
        return new NameMatch(name.toString(), date, candidates, allNotes);
    }

    private void followSuccessors(Area area, LocalDate date, Set<Area> found, List<BilingualText> notes) {
        List<AreaLink> links = linksOf(area);
        if (links.isEmpty()) {
            return;
        }
        LocalDate start = links.get(0).to().validFrom().orElseThrow();
        StringJoiner vi = new StringJoiner(", ");
        List<Area> reached = new ArrayList<>();
        for (AreaLink link : links) {
            vi.add(link.to().name().vi());
            if (link.to().isValidOn(date)) {
                reached.add(link.to());
            } else if (!link.to().validFrom().orElseThrow().isAfter(date)) {
                successorOn(link.to(), date).ifPresent(reached::add);
            }
        }
        if (reached.isEmpty()) {
            return;
        }
        found.addAll(reached);
        String old = area.name().vi();
        String enDate = start.getDayOfMonth() + " " + MONTHS[start.getMonthValue() - 1] + " " + start.getYear();
        String viDate = "ngày " + start.getDayOfMonth() + " tháng " + start.getMonthValue() + " năm " + start.getYear();
        if (links.get(0).isFull()) {
            notes.add(BilingualText.of(old + " đã được sáp nhập vào " + vi + " từ " + viDate,
                    old + " was merged into " + vi + " on " + enDate));
        } else {
            notes.add(BilingualText.of(old + " đã được chia vào " + vi + " từ " + viDate,
                    old + " was split between " + vi + " on " + enDate));
        }
    }

    private Optional<Area> findOne(CharSequence name, @Nullable AreaLevel level, LocalDate date) {
        List<Area> candidates = findByName(name);
        Area found = null;
        for (Area candidate : candidates) {
            if ((level == null || candidate.level() == level) && candidate.isValidOn(date)) {
                if (found != null) {
                    throw ambiguous(name, level, date, candidates);
                }
                found = candidate;
            }
        }
        return Optional.ofNullable(found);
    }

    private static InvalidValueException ambiguous(CharSequence name, @Nullable AreaLevel level,
            LocalDate date, List<Area> candidates) {
        StringJoiner matches = new StringJoiner("; ");
        for (Area candidate : candidates) {
            if ((level == null || candidate.level() == level) && candidate.isValidOn(date)) {
                matches.add(candidate.toString());
            }
        }
        return new InvalidValueException("AreaHierarchy.name", "'" + name + "'",
                "matches several areas valid on " + date + ": " + matches);
    }

    /**
     * Returns the key that names are compared by.
     *
     * <p>The name is lower-cased ({@link Locale#ROOT}), stripped of diacritics (decomposed to NFD and
     * its combining marks dropped, which also makes NFC and NFD input alike and tone placement
     * irrelevant: "Hòa" and "Hoà", "Thủy" and "Thuỷ" fold alike), {@code đ} and its look-alike
     * {@code ð} (U+00D0/U+00F0, often typed for Đ) become {@code d}, invisible format characters (zero-width
     * space, byte-order mark, soft hyphen) and apostrophes ({@code '}, {@code ’}, {@code ‘}, {@code ʼ})
     * are dropped ("M'Drắk" and "M’Drắk" fold alike), runs of white space, hyphens and dashes become one
     * space, the ends are trimmed, and one leading administrative prefix is dropped: tỉnh, thành phố,
     * TP., TP, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu. Then the spelling variants that the
     * national lists and the 2025 resolutions use for the same unit are made alike: a syllable whose only
     * vowel is a final {@code y} takes {@code i} ("Quý"/"Quí", "Sỹ"/"Sĩ", "Kỳ"/"Kì"), a last word in
     * Roman numerals up to XX becomes digits ("Phường IV"/"Phường 4"), and the word "NT" becomes
     * "nong truong" (nông trường). Examples:
     * <pre>
     * "Sơn La" (in NFC or NFD), "SON LA", "Tỉnh Sơn La"  -&gt; "son la"
     * "Thành phố Hà Nội", "Ha Noi", "TP.Hà Nội"          -&gt; "ha noi"
     * "Bà Rịa – Vũng Tàu", "Ba Ria-Vung Tau"             -&gt; "ba ria vung tau"
     * "Thị xã" (a prefix with no name after it)          -&gt; "thi xa"
     * "M’Drắk", "M'Drắk", "ÐắK LắK" (with U+00D0)        -&gt; "mdrak", "mdrak", "dak lak"
     * "Xã Quý Sơn", "Xã Quí Sơn"                          -&gt; "qui son"
     * "Phường IV"                                         -&gt; "4"
     * </pre>
     * The prefix is found before the diacritics are removed: it is dropped when written as the prefix is
     * (in any case, in NFC or NFD: "Xã", "XÃ", "Phường"), or when the whole name is written without
     * diacritics ("Xa Tan Lap", "tinh son la"), as it may then have been typed without them. So names
     * that start with a syllable like a prefix keep it: "Xà Phìn", "Xa Lý", "Xá Lượng", "Quan Hóa",
     * "Phương Sơn" fold to "xa phin", "xa li", "xa luong", "quan hoa", "phuong son", and "Xã Xà Phìn" to
     * "xa phin" too; but "Xa Ly", written without any diacritics, reads its "Xa" as the prefix, and
     * "Xa Tân Lập", with the prefix alone written without them, keeps it ("xa tan lap").
     * Dropping the prefix means a unit and a like-named unit of another kind fold alike ("Thành phố
     * Lào Cai" and "Tỉnh Lào Cai", or "Quận 1" and "Phường 1"); {@link #findByName(CharSequence,
     * AreaLevel, LocalDate)} tells such units apart by level.
     *
     * @param name  the name, not null
     * @return the folded key, not null
     */
    public static String foldName(CharSequence name) {
        Objects.requireNonNull(name, "name");
        String key = foldWithPrefix(name);
        for (int i = 0; i < PREFIXES.length; i++) {
            String prefix = PREFIXES[i];
            if (key.length() > prefix.length() && key.startsWith(prefix)) {
                if (isWrittenAsPrefix(name, WRITTEN_PREFIXES[i])) {
                    key = key.substring(prefix.length());
                }
                break;
            }
        }
        return spellingVariants(key);
    }

    // The type a name's prefix says ("Xã Tân Lập" a commune, "Phường Tân Lập" a ward), or null.
    static @Nullable AreaKind impliedKind(CharSequence name) {
        String folded = foldWithPrefix(name);
        for (int i = 0; i < KIND_PREFIXES.length; i++) {
            if (folded.length() > KIND_PREFIXES[i].length() && folded.startsWith(KIND_PREFIXES[i])) {
                return isWrittenAsPrefix(name, WRITTEN_KIND_PREFIXES[i]) ? PREFIX_KINDS[i] : null;
            }
        }
        return null;
    }

    // Tells whether a name whose folded form starts with a prefix has it as the prefix is written, with
    // its diacritics ("Xã Tân Lập", "XÃ TÂN LẬP", "Xã" in NFD), or is written without any diacritics at
    // all ("Xa Tan Lap"), when the prefix may have been typed without them; "Xà Phìn" and "Xa Lý" are
    // names, not the prefix xã. Invisible characters are skipped, separators read as one space, and
    // the look-alike ð as đ, as foldName does.
    private static boolean isWrittenAsPrefix(CharSequence name, String written) {
        if (!hasDiacritics(name)) {
            return true;
        }
        // Enough of the name's start to hold the prefix even in NFD (two marks a letter at most).
        int limit = 3 * written.length();
        StringBuilder lead = new StringBuilder(limit);
        boolean combining = false;
        boolean space = false;
        for (int i = 0, n = name.length(); i < n && lead.length() < limit; i++) {
            char c = Character.toLowerCase(name.charAt(i));
            int type = Character.getType(c);
            if (type == Character.FORMAT) {
                continue;
            }
            if (isSeparator(c)) {
                space = lead.length() > 0;
                continue;
            }
            if (space) {
                lead.append(' ');
                space = false;
            }
            combining |= type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
            lead.append(c == '\u00F0' ? '\u0111' : c);
        }
        if (space) {
            lead.append(' ');
        }
        String text = combining ? Normalizer.normalize(lead, Normalizer.Form.NFC) : lead.toString();
        return text.startsWith(written);
    }

    // Tells whether a name has a letter or mark beyond ASCII: a diacritic, đ, or its look-alike ð.
    private static boolean hasDiacritics(CharSequence name) {
        for (int i = 0, n = name.length(); i < n; i++) {
            char c = name.charAt(i);
            if (c >= 0x80 && (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                return true;
            }
        }
        return false;
    }

    // Folds a name as foldName does, but keeps its prefix and spelling.
    private static String foldWithPrefix(CharSequence name) {
        StringBuilder folded = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0, n = name.length(); i < n; i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (isSeparator(c)) {
                space = folded.length() > 0;
                continue;
            }
            if (c >= 0x80) {
                char base = c < BASE_LETTERS.length ? BASE_LETTERS[c] : 0;
                if (base != 0) {
                    c = base;
                } else {
                    int type = Character.getType(c);
                    if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                            || type == Character.ENCLOSING_MARK || type == Character.FORMAT || isApostrophe(c)) {
                        continue;
                    }
                    // Another precomposed letter (ç, ñ…): its base letter, as NFD gives it.
                    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                    c = decomposed.charAt(0);
                }
            } else if (isApostrophe(c)) {
                continue;
            }
            if (space) {
                folded.append(' ');
                space = false;
            }
            folded.append(c);
        }
        return folded.toString();
    }

    // The base letter of each lower-case Vietnamese letter with diacritics, and of đ and its look-alike
    // ð: what NFD followed by dropping the marks gives, without the Normalizer, which is slow on a
    // cold JVM; other letters fall back to it.
    private static final char[] BASE_LETTERS = baseLetters();

    private static char[] baseLetters() {
        String[] groups = {
            "aàáảãạăằắẳẵặâầấẩẫậ", "eèéẻẽẹêềếểễệ", "iìíỉĩị", "oòóỏõọôồốổỗộơờớởỡợ", "uùúủũụưừứửữự",
            "yỳýỷỹỵ", "dđð",
        };
        char[] table = new char[0x1F00];
        for (String group : groups) {
            for (int i = 1; i < group.length(); i++) {
                table[group.charAt(i)] = group.charAt(0);
            }
        }
        return table;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4';
    }


    // Makes alike the spellings that differ between the national lists and the resolutions.
    private static String spellingVariants(String key) {
        StringBuilder changed = null;
        int start = 0;
        int n = key.length();
        while (start <= n) {
            int end = key.indexOf(' ', start);
            if (end < 0) {
                end = n;
            }
            String replacement = variant(key, start, end, end == n);
            if (replacement != null) {
                if (changed == null) {
                    changed = new StringBuilder(n + 8).append(key, 0, start);
                }
                changed.append(replacement);
            } else if (changed != null) {
                changed.append(key, start, end);
            }
            if (end < n && changed != null) {
                changed.append(' ');
            }
            start = end + 1;
        }
        return changed == null ? key : changed.toString();
    }

    // The written variant of one word to use instead, or null to keep it.
    private static @Nullable String variant(String key, int start, int end, boolean last) {
        int length = end - start;
        if (length == 2 && key.charAt(start) == 'n' && key.charAt(start + 1) == 't') {
            return "nong truong";
        }
        if (length > 1 && key.charAt(end - 1) == 'y' && onlyConsonants(key, start, end)) {
            return key.substring(start, end - 1) + 'i';
        }
        if (last && length <= 5) {
            for (int r = 0; r < ROMAN.length; r++) {
                if (ROMAN[r].length() == length && key.startsWith(ROMAN[r], start)) {
                    return Integer.toString(r + 1);
                }
            }
        }
        return null;
    }

    // Tells whether the letters before a word's final y are consonants, "qu" counting as one.
    private static boolean onlyConsonants(String key, int start, int end) {
        int from = key.startsWith("qu", start) ? start + 2 : start;
        for (int i = from; i < end - 1; i++) {
            char c = key.charAt(i);
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || !Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014';
    }

    private void requireKnown(Area area) {
        Objects.requireNonNull(area, "area");
        if (!contains(area)) {
            throw new InvalidValueException("AreaHierarchy.area", area, "is not in this hierarchy");
        }
    }

    /**
     * Returns a summary for logs, such as {@code AreaHierarchy[3 areas, 2 links]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "AreaHierarchy[" + areas.size() + " areas, "
                + (links.size() + (table == null ? 0 : table.linkCount())) + " links]";
    }

    /**
     * Collects areas and links, checks them and builds an {@link AreaHierarchy}.
     *
     * <p>Areas and links are checked as they are given, parents when {@link #build()} is called.
     * A builder may go on being used after {@code build()}; later changes do not reach hierarchies
     * already built.
     *
     * @implSpec This class is mutable and not thread-safe.
     */
    public static final class Builder {

        private List<Area> areas = new ArrayList<>();
        // Versions of each code, oldest first (in the order added among those with the same start).
        private Map<String, Object> byCode = new HashMap<>();
        private Map<Area, Object> linksFrom = new HashMap<>();
        private List<AreaLink> links = new ArrayList<>();
        private @Nullable AreaTable table;
        // Aliases as recorded: for a name (code and date null) or for a unit, resolved by build().
        private List<RecordedAlias> aliases = new ArrayList<>();
        private List<Alias> resolvedAliases = List.of();
        // Whether a hierarchy built from this builder holds the collections above: they are then
        // copied before the next change, so that the hierarchy never sees it.
        private boolean shared;

        private Builder() {
        }

        private void unshare() {
            if (!shared) {
                return;
            }
            areas = new ArrayList<>(areas);
            Map<String, Object> codes = new HashMap<>(byCode.size() * 2);
            byCode.forEach((code, versions) -> codes.put(code, copy(versions)));
            byCode = codes;
            Map<Area, Object> from = new HashMap<>(linksFrom.size() * 2);
            linksFrom.forEach((area, out) -> from.put(area, copy(out)));
            linksFrom = from;
            links = new ArrayList<>(links);
            aliases = new ArrayList<>(aliases);
            shared = false;
        }

        private static Object copy(Object value) {
            return value instanceof ArrayList<?> list ? new ArrayList<>(list) : value;
        }

        // Adds a value to what a map holds for a key: the value itself, or an ArrayList from the second.
        @SuppressWarnings("unchecked")
        private static <K, V> void insert(Map<K, Object> map, K key, V value, int at) {
            Object known = map.get(key);
            if (known == null) {
                map.put(key, value);
                return;
            }
            ArrayList<V> list;
            if (known instanceof ArrayList) {
                list = (ArrayList<V>) known;
            } else {
                list = new ArrayList<>(2);
                list.add((V) known);
                map.put(key, list);
            }
            list.add(at, value);
        }

        /**
         * Adds an area.
         *
         * @param area  the area, not null
         * @return this builder
         * @throws InvalidValueException if the same area was already added, or another version of its
         *     code is valid on a day that it is
         */
        public Builder add(Area area) {
            Objects.requireNonNull(area, "area");
            unshare();
            if (table != null) {
                requireApart(area, table);
            }
            List<Area> versions = many(byCode.get(area.code()));
            int at = versions.size();
            for (int i = versions.size() - 1; i >= 0; i--) {
                Area version = versions.get(i);
                if (version.equals(area)) {
                    throw new InvalidValueException("AreaHierarchy.area", area, "is already added");
                }
                if (version.overlaps(area)) {
                    throw new InvalidValueException("AreaHierarchy.area", area,
                            "overlaps " + version + ", another version of code " + area.code());
                }
                if (OLDEST_FIRST.compare(version, area) > 0) {
                    at = i;
                }
            }
            insert(byCode, area.code(), area, at);
            areas.add(area);
            return this;
        }

        // Refuses an area that a table has, or that overlaps a version of its code in the table.
        private static void requireApart(Area area, AreaTable table) {
            for (Area version : table.versions(area.code())) {
                if (version.equals(area)) {
                    throw new InvalidValueException("AreaHierarchy.area", area, "is already added, in " + table);
                }
                if (version.overlaps(area)) {
                    throw new InvalidValueException("AreaHierarchy.area", area,
                            "overlaps " + version + ", another version of code " + area.code() + " in " + table);
                }
            }
        }

        /**
         * Adds every area and link of a table, as if each area and then each link were added in turn,
         * without making an area or a map entry per row: the hierarchy makes each area when it is first
         * asked for. In {@link AreaHierarchy#areas()}, and wherever areas come in the order they were
         * added, the table's areas come after every area added one by one, in the table's order; the
         * table's links come before the links recorded one by one.
         *
         * <p>The table was checked when made or read; this checks that no version of a code in it
         * overlaps one added one by one, and {@link #build()} checks the parent codes of its areas as it
         * checks every other area's. A builder takes one table.
         *
         * @param table  the table, not null
         * @return this builder
         * @throws InvalidValueException if a table was already added, or an area added one by one is in
         *     the table or overlaps a version of its code there
         */
        public Builder addTable(AreaTable table) {
            Objects.requireNonNull(table, "table");
            if (this.table != null) {
                throw new InvalidValueException("AreaHierarchy.table", table, "comes after " + this.table
                        + "; a builder takes one table");
            }
            for (Area area : areas) {
                requireApart(area, table);
            }
            unshare();
            this.table = table;
            return this;
        }

        /**
         * Adds areas, in the order of the collection's iterator.
         *
         * @param areas  the areas, not null
         * @return this builder
         * @throws InvalidValueException as {@link #add} does; the areas before the bad one stay added
         */
        public Builder addAll(Collection<Area> areas) {
            Objects.requireNonNull(areas, "areas");
            for (Area area : areas) {
                add(area);
            }
            return this;
        }

        /**
         * Records that one area became part of a later one, as the old Lào Cai and Yên Bái became part
         * of the new Lào Cai on 1 July 2025: a {@link LinkKind#FULL} link, the same as
         * {@code link(predecessor, successor, LinkKind.FULL)}.
         *
         * @param predecessor  the area that ended, already added, with an end date
         * @param successor    the area it became part of, already added, starting after that end date
         * @return this builder
         * @throws InvalidValueException as {@link #link} does
         */
        public Builder merge(Area predecessor, Area successor) {
            return link(predecessor, successor, LinkKind.FULL);
        }

        /**
         * Records that all or part of an old area's territory went into a later one.
         *
         * <p>An area that went in whole has exactly one {@link LinkKind#FULL} link. An area split between
         * several new ones has two or more {@link LinkKind#PARTIAL} links, one to each; {@link #build()}
         * refuses an area with a single partial link. A new area may have any number of links into it.
         *
         * @param predecessor  the area that ended, already added, with an end date
         * @param successor    the area that took it in, already added, starting after that end date
         * @param kind         whether the whole predecessor went into the successor, not null
         * @return this builder
         * @throws InvalidValueException if either area was not added, the predecessor has no end, the
         *     successor has no start or starts on or before the predecessor's end, the same two areas are
         *     already linked, or the kind clashes with the predecessor's other links (a full link beside
         *     any other)
         */
        public Builder link(Area predecessor, Area successor, LinkKind kind) {
            Objects.requireNonNull(predecessor, "predecessor");
            Objects.requireNonNull(successor, "successor");
            Objects.requireNonNull(kind, "kind");
            unshare();
            requireAdded("AreaHierarchy.predecessor", predecessor);
            requireAdded("AreaHierarchy.successor", successor);
            LocalDate end = predecessor.validTo().orElseThrow(() -> new InvalidValueException(
                    "AreaHierarchy.predecessor", predecessor, "has no validTo, so cannot have been merged"));
            LocalDate start = successor.validFrom().orElseThrow(() -> new InvalidValueException(
                    "AreaHierarchy.successor", successor, "has no validFrom, so cannot follow a merge"));
            if (!start.isAfter(end)) {
                throw new InvalidValueException("AreaHierarchy.successor", successor,
                        "does not start after " + end + ", the validTo of its predecessor " + predecessor);
            }
            List<AreaLink> existing = linksOf(linksFrom, table, predecessor);
            if (!existing.isEmpty()) {
                AreaLink first = existing.get(0);
                if (first.isFull()) {
                    throw new InvalidValueException("AreaHierarchy.predecessor", predecessor,
                            "is already merged into " + first.to());
                }
                for (AreaLink link : existing) {
                    if (link.to().equals(successor)) {
                        throw new InvalidValueException("AreaHierarchy.predecessor", predecessor,
                                "is already linked to " + successor);
                    }
                }
                if (kind == LinkKind.FULL) {
                    throw new InvalidValueException("AreaHierarchy.predecessor", predecessor,
                            "is already split (a partial link to " + first.to()
                            + "), so cannot also go in whole into " + successor);
                }
            }
            AreaLink link = new AreaLink(predecessor, successor, kind);
            insert(linksFrom, predecessor, link, many(linksFrom.get(predecessor)).size());
            links.add(link);
            return this;
        }

        /**
         * Records a name that people write for the units of another name, such as "HCMC" or "Sài Gòn"
         * for "Thành phố Hồ Chí Minh", or "Bắc Cạn" for "Bắc Kạn".
         *
         * <p>A look-up by name ({@link AreaHierarchy#lookUp(CharSequence, LocalDate)} and its forms, and
         * so {@link AreasOn#lookUp}) then looks the alias up both as written and as the name it stands
         * for, and gives every unit found as a candidate, with a note saying how the name was read: "'HCMC'
         * is read as Thành phố Hồ Chí Minh" (or "is also read as", when the name as written found units
         * too). Aliases are compared as {@link AreaHierarchy#foldName} folds names, run together or not;
         * one alias may stand for several names.
         *
         * @param alias  the name as people write it, not blank
         * @param name   the name it stands for, as the hierarchy's units are named, not blank
         * @return this builder
         * @throws InvalidValueException if either is blank
         */
        public Builder alias(String alias, String name) {
            requireName("AreaHierarchy.alias", alias);
            requireName("AreaHierarchy.name", name);
            unshare();
            aliases.add(new RecordedAlias(alias, name, null, null));
            return this;
        }

        /**
         * Records a name that people write for one unit, the unit a code names on a date, such as a
         * spelling that a source uses for it: "Sà Phìn", as a 2025 resolution writes it, for Xã Xà Phìn
         * (code 00736) on 30 June 2025. A look-up by name then gives that unit, or on a date after it
         * ended its successors, as {@link AreaHierarchy#lookUp(Area, LocalDate)} does, with a note: "'Sà
         * Phìn' is read as Xã Xà Phìn (00736)". The code is resolved when the hierarchy is built.
         *
         * @param alias  the name as people write it, not blank
         * @param code   the unit's code, not null
         * @param date   a date the unit is in force, not null
         * @return this builder
         * @throws InvalidValueException if the alias is blank
         */
        public Builder alias(String alias, String code, LocalDate date) {
            requireName("AreaHierarchy.alias", alias);
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(date, "date");
            unshare();
            aliases.add(new RecordedAlias(alias, null, code, date));
            return this;
        }

        private record RecordedAlias(String alias, @Nullable String name, @Nullable String code,
                @Nullable LocalDate date) {
        }

        private static void requireName(String field, String name) {
            Objects.requireNonNull(name, field);
            if (name.isBlank()) {
                throw new InvalidValueException(field, "'" + name + "'", "is blank");
            }
        }

        /**
         * Records links, in the order of the collection's iterator, as {@link #link} does.
         *
         * @param links  the links, their areas already added, not null
         * @return this builder
         * @throws InvalidValueException as {@link #link} does; the links before the bad one stay recorded
         */
        public Builder linkAll(Collection<AreaLink> links) {
            Objects.requireNonNull(links, "links");
            for (AreaLink link : links) {
                link(link.from(), link.to(), link.kind());
            }
            return this;
        }

        private void requireAdded(String field, Area area) {
            List<Area> versions = versionsOf(byCode, table, area.code());
            if (!versions.contains(area)) {
                throw new InvalidValueException(field, area, "has not been added");
            }
        }

        /**
         * Checks the parents and builds the hierarchy.
         *
         * <p>Every parent code must be the code of an area valid on at least one day that its child is,
         * and every such area must be at a higher level than the child.
         *
         * @return the hierarchy, not null
         * @throws InvalidValueException if a parent code names no area valid while its child is, or an
         *     area that is not above the child's level (the message names the child and the code); or
         *     an area has a single {@link LinkKind#PARTIAL} link, as a split needs two parts at least; or
         *     the code of an alias names no area in force on its date
         */
        public AreaHierarchy build() {
            for (Object out : linksFrom.values()) {
                if (!(out instanceof AreaLink first)) {
                    continue;
                }
                if (!first.isFull() && linksOf(Map.of(), table, first.from()).isEmpty()) {
                    throw new InvalidValueException("AreaHierarchy.predecessor", first.from(),
                            "has a single partial link, to " + first.to()
                            + "; a unit split between new ones has two partial links or more");
                }
            }
            // Children of one parent mostly come one after another with the same validity: a child like
            // the one checked before it passes the same way.
            Area checked = null;
            for (Area child : areas) {
                Optional<String> parentCode = child.parentCode();
                if (parentCode.isEmpty()) {
                    continue;
                }
                String code = parentCode.get();
                if (checked != null && code.equals(checked.parentCode().orElseThrow())
                        && child.level() == checked.level() && sameValidity(child, checked)) {
                    continue;
                }
                checked = child;
                boolean found = false;
                for (Area parent : versionsOf(byCode, table, code)) {
                    if (!parent.overlaps(child)) {
                        continue;
                    }
                    if (!parent.level().isAbove(child.level())) {
                        throw new InvalidValueException("AreaHierarchy.parentCode", "'" + code + "'",
                                "of " + child + " names " + parent + ", which is not above " + child.level());
                    }
                    found = true;
                }
                if (!found) {
                    throw new InvalidValueException("AreaHierarchy.parentCode", "'" + code + "'",
                            "of " + child + " names no area valid while the child is");
                }
            }
            if (table != null) {
                checkParents(table);
            }
            List<Alias> resolved = new ArrayList<>(aliases.size());
            for (RecordedAlias alias : aliases) {
                String code = alias.code();
                LocalDate date = alias.date();
                if (code == null || date == null) {
                    resolved.add(new Alias(alias.alias(), alias.name(), null));
                    continue;
                }
                Area unit = null;
                for (Area version : versionsOf(byCode, table, code)) {
                    if (version.isValidOn(date)) {
                        unit = version;
                    }
                }
                if (unit == null) {
                    throw new InvalidValueException("AreaHierarchy.alias", "'" + alias.alias() + "'",
                            "stands for code " + code + ", which names no area in force on " + date);
                }
                resolved.add(new Alias(alias.alias(), null, unit));
            }
            resolvedAliases = resolved;
            shared = true;
            return new AreaHierarchy(this);
        }

        // The parent check of build() for the rows of a table, once per parent code, validity and level
        // (rows alike in these pass or fail alike), without making the rows' areas unless one fails.
        private void checkParents(AreaTable table) {
            for (int row : table.rowsToCheckParents()) {
                String code = Objects.requireNonNull(table.parentCode(row));
                AreaLevel level = table.level(row);
                boolean found = false;
                for (Area parent : AreaHierarchy.<Area>many(byCode.get(code))) {
                    if (!table.overlaps(row, parent)) {
                        continue;
                    }
                    if (!parent.level().isAbove(level)) {
                        throw new InvalidValueException("AreaHierarchy.parentCode", "'" + code + "'",
                                "of " + table.area(row) + " names " + parent + ", which is not above " + level);
                    }
                    found = true;
                }
                int inTable = table.parentCheck(code, row);
                if (inTable >= 0) {
                    throw new InvalidValueException("AreaHierarchy.parentCode", "'" + code + "'",
                            "of " + table.area(row) + " names " + table.area(inTable) + ", which is not above " + level);
                }
                found |= inTable == -1;
                if (!found) {
                    throw new InvalidValueException("AreaHierarchy.parentCode", "'" + code + "'",
                            "of " + table.area(row) + " names no area valid while the child is");
                }
            }
        }

        private static boolean sameValidity(Area a, Area b) {
            return a.validFrom().equals(b.validFrom()) && a.validTo().equals(b.validTo());
        }
    }
}
