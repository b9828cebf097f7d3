package io.github.binhdang.core.area;

import io.github.binhdang.core.InvalidValueException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * <h2>Parents and merges</h2>
 * An area names its parent by code ({@link Area#withParent}); the hierarchy resolves that code on the
 * date asked about. A merge ({@link Builder#merge}) records that one area became part of a later one:
 * the old Lào Cai and Yên Bái into the new Lào Cai. A version that merely continues another (renamed,
 * upgraded from province to city, a district turned into a special zone) is linked the same way.
 * Codes are never followed on their own: only merges carry territory from one area to the next.
 * Following a territory forward in time is {@link #successorOn}; finding the unit of a given level
 * that holds an area on a date, across the 2025 reform, is {@link #holderOn}: the district-level town
 * of Sa Pa, under the old Lào Cai until 30 June 2025, is held on 1 January 2026 by the new Lào Cai.
 *
 * <h2>Names</h2>
 * Names are compared by {@link #foldName}: without case, diacritics or an administrative prefix, so
 * "Tỉnh Sơn La", "SON LA" and "Sơn La" written with combining marks all find Sơn La. Both the
 * Vietnamese and the English name are matched.
 *
 * <p>All lookups go through maps built once by {@link Builder#build()}; a hierarchy is meant to be
 * built once and queried many times.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class AreaHierarchy {

    // Folded administrative prefixes, each dropped once from the start of a folded name.
    private static final String[] PREFIXES = {
        "thanh pho ", "thi xa ", "thi tran ", "dac khu ", "tinh ", "huyen ", "quan ", "phuong ", "xa ",
        "tp. ", "tp.", "tp ",
    };

    private static final Comparator<Area> OLDEST_FIRST = Comparator.comparing(
            (Area area) -> area.validFrom().orElse(LocalDate.MIN));

    private final List<Area> areas;
    private final Map<String, List<Area>> byCode;
    private final Map<String, List<Area>> byParentCode;
    private final Map<String, List<Area>> byName;
    private final Map<Area, Area> successors;
    private final Map<Area, List<Area>> predecessors;

    private AreaHierarchy(Builder builder) {
        this.areas = List.copyOf(builder.areas);
        Map<String, List<Area>> codes = new HashMap<>();
        builder.byCode.forEach((code, versions) -> {
            List<Area> sorted = new ArrayList<>(versions);
            sorted.sort(OLDEST_FIRST);
            codes.put(code, List.copyOf(sorted));
        });
        this.byCode = Map.copyOf(codes);
        Map<String, List<Area>> parents = new HashMap<>();
        Map<String, List<Area>> names = new HashMap<>();
        for (Area area : areas) {
            area.parentCode().ifPresent(code -> parents.computeIfAbsent(code, k -> new ArrayList<>()).add(area));
            String vi = foldName(area.name().vi());
            String en = foldName(area.name().en());
            names.computeIfAbsent(vi, k -> new ArrayList<>()).add(area);
            if (!en.equals(vi)) {
                names.computeIfAbsent(en, k -> new ArrayList<>()).add(area);
            }
        }
        this.byParentCode = copyLists(parents);
        this.byName = copyLists(names);
        this.successors = Map.copyOf(builder.successors);
        this.predecessors = copyLists(builder.predecessors);
    }

    private static <K> Map<K, List<Area>> copyLists(Map<K, List<Area>> map) {
        Map<K, List<Area>> copy = new HashMap<>();
        map.forEach((key, list) -> copy.put(key, List.copyOf(list)));
        return Map.copyOf(copy);
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

    private @Nullable Area findOrNull(String code, LocalDate date) {
        List<Area> versions = byCode.get(code);
        if (versions != null) {
            for (Area version : versions) {
                if (version.isValidOn(date)) {
                    return version;
                }
            }
        }
        return null;
    }

    /**
     * Returns every version of a code, oldest first: for {@code "15"}, Yên Bái then the new Lào Cai.
     *
     * @param code  the code, not null
     * @return the versions, unmodifiable, empty if the code is unknown
     */
    public List<Area> versions(String code) {
        Objects.requireNonNull(code, "code");
        return byCode.getOrDefault(code, List.of());
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
        List<Area> candidates = byParentCode.get(area.code());
        // Versions of one code never overlap, so the parent code resolves to this area exactly when
        // this area is valid on the date.
        if (candidates == null || !area.isValidOn(date)) {
            return List.of();
        }
        List<Area> children = new ArrayList<>();
        for (Area child : candidates) {
            if (child.isValidOn(date)) {
                children.add(child);
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
     * Returns the area that the given one was merged into directly, if any.
     *
     * @param area  an area of this hierarchy, not null
     * @return the successor recorded by {@link Builder#merge}, or empty
     * @throws InvalidValueException if the area is not in this hierarchy
     */
    public Optional<Area> mergedInto(Area area) {
        requireKnown(area);
        return Optional.ofNullable(successors.get(area));
    }

    /**
     * Returns the areas that were merged into an area, in the order the merges were recorded.
     *
     * <p>For the new Lào Cai (15, from 2025-07-01): the old Lào Cai (10) and Yên Bái (15).
     *
     * @param area  an area of this hierarchy, not null
     * @return the predecessors, unmodifiable, empty if there are none
     * @throws InvalidValueException if the area is not in this hierarchy
     */
    public List<Area> predecessors(Area area) {
        requireKnown(area);
        return predecessors.getOrDefault(area, List.of());
    }

    /**
     * Returns the area that holds an area's territory on a date.
     *
     * <p>That is the area itself if it is valid on the date; otherwise, if the date is after its end,
     * the area it was merged into, following merges over as many steps as needed to the one valid on
     * the date. The old Lào Cai on 2026-01-01 gives the new Lào Cai.
     *
     * @param area  an area of this hierarchy, not null
     * @param date  the date, not null
     * @return the holder, or empty if the date is before the area's start, or the chain of merges ends
     *     (or pauses) before the date
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
            Area next = successors.get(current);
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
        return byName.getOrDefault(foldName(name), List.of());
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
     * its combining marks dropped, which also makes NFC and NFD input alike), {@code đ} becomes
     * {@code d}, runs of white space, hyphens and dashes become one space, the ends are trimmed, and one
     * leading administrative prefix is dropped: tỉnh, thành phố, TP., TP, huyện, quận, thị xã, xã,
     * phường, thị trấn, đặc khu. Examples:
     * <pre>
     * "Sơn La" (in NFC or NFD), "SON LA", "Tỉnh Sơn La"  -&gt; "son la"
     * "Thành phố Hà Nội", "Ha Noi", "TP.Hà Nội"          -&gt; "ha noi"
     * "Bà Rịa – Vũng Tàu", "Ba Ria-Vung Tau"             -&gt; "ba ria vung tau"
     * "Thị xã" (a prefix with no name after it)          -&gt; "thi xa"
     * </pre>
     * Dropping the prefix means a unit and a like-named unit of another kind fold alike ("Thành phố
     * Lào Cai" and "Tỉnh Lào Cai", or "Quận 1" and "Phường 1"), and a name that starts with a prefix
     * word, such as "Xà Phìn", loses it; {@link #findByName(CharSequence, AreaLevel, LocalDate)} tells
     * such units apart by level.
     *
     * @param name  the name, not null
     * @return the folded key, not null
     */
    public static String foldName(CharSequence name) {
        Objects.requireNonNull(name, "name");
        String lower = name.toString().toLowerCase(Locale.ROOT);
        String decomposed = isAscii(lower) ? lower : Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (isSeparator(c)) {
                space = folded.length() > 0;
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (space) {
                folded.append(' ');
                space = false;
            }
            folded.append(c == 'đ' ? 'd' : c);
        }
        for (String prefix : PREFIXES) {
            if (folded.length() > prefix.length() && startsWith(folded, prefix)) {
                return folded.substring(prefix.length());
            }
        }
        return folded.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014';
    }

    private static boolean startsWith(CharSequence text, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (text.charAt(i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void requireKnown(Area area) {
        Objects.requireNonNull(area, "area");
        if (!contains(area)) {
            throw new InvalidValueException("AreaHierarchy.area", area, "is not in this hierarchy");
        }
    }

    /**
     * Returns a summary for logs, such as {@code AreaHierarchy[3 areas, 2 merges]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "AreaHierarchy[" + areas.size() + " areas, " + successors.size() + " merges]";
    }

    /**
     * Collects areas and merges, checks them and builds an {@link AreaHierarchy}.
     *
     * <p>Areas and merges are checked as they are given, parents when {@link #build()} is called.
     * A builder may go on being used after {@code build()}; later changes do not reach hierarchies
     * already built.
     *
     * @implSpec This class is mutable and not thread-safe.
     */
    public static final class Builder {

        private final List<Area> areas = new ArrayList<>();
        private final Map<String, List<Area>> byCode = new HashMap<>();
        private final Map<Area, Area> successors = new HashMap<>();
        private final Map<Area, List<Area>> predecessors = new LinkedHashMap<>();

        private Builder() {
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
            List<Area> versions = byCode.computeIfAbsent(area.code(), k -> new ArrayList<>());
            for (Area version : versions) {
                if (version.equals(area)) {
                    throw new InvalidValueException("AreaHierarchy.area", area, "is already added");
                }
                if (version.overlaps(area)) {
                    throw new InvalidValueException("AreaHierarchy.area", area,
                            "overlaps " + version + ", another version of code " + area.code());
                }
            }
            versions.add(area);
            areas.add(area);
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
         * of the new Lào Cai on 1 July 2025. An area is merged into at most one successor; a successor
         * may have many predecessors.
         *
         * @param predecessor  the area that ended, already added, with an end date
         * @param successor    the area it became part of, already added, starting after that end date
         * @return this builder
         * @throws InvalidValueException if either area was not added, the predecessor has no end or is
         *     already merged, the successor has no start, or it starts on or before the predecessor's end
         */
        public Builder merge(Area predecessor, Area successor) {
            Objects.requireNonNull(predecessor, "predecessor");
            Objects.requireNonNull(successor, "successor");
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
            Area existing = successors.get(predecessor);
            if (existing != null) {
                throw new InvalidValueException("AreaHierarchy.predecessor", predecessor,
                        "is already merged into " + existing);
            }
            successors.put(predecessor, successor);
            predecessors.computeIfAbsent(successor, k -> new ArrayList<>()).add(predecessor);
            return this;
        }

        private void requireAdded(String field, Area area) {
            List<Area> versions = byCode.get(area.code());
            if (versions == null || !versions.contains(area)) {
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
         *     area that is not above the child's level; the message names the child and the code
         */
        public AreaHierarchy build() {
            for (Area child : areas) {
                Optional<String> parentCode = child.parentCode();
                if (parentCode.isEmpty()) {
                    continue;
                }
                String code = parentCode.get();
                boolean found = false;
                for (Area parent : byCode.getOrDefault(code, List.of())) {
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
            return new AreaHierarchy(this);
        }
    }
}
