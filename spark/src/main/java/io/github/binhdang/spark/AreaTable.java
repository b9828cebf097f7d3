package io.github.binhdang.spark;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaDate;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.area.AreaLink;
import io.github.binhdang.core.calc.AreaRollup;
import io.github.binhdang.core.calc.SplitShares;
import io.github.binhdang.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;

/**
 * Where each area's figures go, as a small table for a broadcast join: one row per (area, period) and
 * the unit its figures are added into, worked out on the driver by the core's own rules
 * ({@link AreaRollup}, the links of an {@link AreaHierarchy}), together with the children each total
 * should hold, to name the missing ones.
 *
 * <p>The table, {@link #SCHEMA}:
 * <table>
 *   <caption>The columns of an area table</caption>
 *   <tr><th>column</th><th>type</th><th>holds</th></tr>
 *   <tr><td>{@code source_area}</td><td>STRING</td><td>an area code as the figures give it</td></tr>
 *   <tr><td>{@code source_period}</td><td>STRING</td><td>the period, in canonical text</td></tr>
 *   <tr><td>{@code target_area}</td><td>STRING</td><td>the code of the unit the figures go into; null for
 *       a unit split between new ones without shares, whose figures are not carried</td></tr>
 *   <tr><td>{@code child_index}</td><td>INT</td><td>the place of the area among the target's expected
 *       children, -1 when the target does not list it</td></tr>
 *   <tr><td>{@code share}</td><td>DECIMAL(38, 18)</td><td>the share of a split unit's figures the target
 *       takes ({@link SplitShares}); null for a whole unit</td></tr>
 * </table>
 * A split unit with shares has one row per new unit. The table is small (the 10,035 communes of 2025 and
 * the 3,321 after, times the periods) and is broadcast to every executor.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class AreaTable {

    /** The type of the share column: DECIMAL(38, 18). */
    public static final DecimalType SHARE = DataTypes.createDecimalType(38, 18);

    /** The schema of an area table; see the class description. */
    public static final StructType SCHEMA = new StructType()
            .add("source_area", DataTypes.StringType, false)
            .add("source_period", DataTypes.StringType, false)
            .add("target_area", DataTypes.StringType, true)
            .add("child_index", DataTypes.IntegerType, false)
            .add("share", SHARE, true);

    // Joins a parent's code and a period's text into a key of children; no code or period holds it.
    private static final char SEP = '\u0000';

    private final List<Row> rows;
    private final HashMap<String, String[]> children;

    private AreaTable(List<Row> rows, HashMap<String, String[]> children) {
        this.rows = List.copyOf(rows);
        this.children = children;
    }

    /**
     * Obtains the table of a rollup for the given areas and periods: each area goes where
     * {@link AreaRollup#parentOf} says, and each total should hold what {@link AreaRollup#childrenOf}
     * says. An area the rollup does not roll up in a period has no row: its figures are reported as of an
     * unknown area.
     *
     * @param rollup   the rollup, such as {@code AreaRollup.onto(hierarchy, COMMUNE, PROVINCE, 2026-01-01)}, not null
     * @param areas    the area codes, not null
     * @param periods  the periods, not null
     * @return the table, not null
     */
    public static AreaTable of(AreaRollup rollup, Collection<String> areas, Collection<ReportingPeriod> periods) {
        Objects.requireNonNull(rollup, "rollup");
        List<Row> rows = new ArrayList<>();
        HashMap<String, String[]> children = new HashMap<>();
        Map<String, Map<String, Integer>> indexes = new HashMap<>();
        for (ReportingPeriod p : new LinkedHashSet<>(periods)) {
            for (String code : new LinkedHashSet<>(areas)) {
                Optional<String> parent = rollup.parentOf(code, p);
                if (parent.isEmpty()) {
                    continue;
                }
                String key = parent.get() + SEP + p;
                Map<String, Integer> index = indexes.computeIfAbsent(key, k -> {
                    String[] kids = rollup.childrenOf(parent.get(), p).toArray(new String[0]);
                    children.put(k, kids);
                    return indexOf(kids);
                });
                rows.add(RowFactory.create(code, p.toString(), parent.get(), index.getOrDefault(code, -1), null));
            }
        }
        return new AreaTable(rows, children);
    }

    /**
     * Obtains the table of a rollup for every area of a level in a hierarchy, as
     * {@link #of(AreaRollup, Collection, Collection)} does for their codes.
     *
     * @param rollup      the rollup, not null
     * @param hierarchy   the hierarchy whose areas are rolled up, not null
     * @param childLevel  the level of the areas, not null
     * @param periods     the periods, not null
     * @return the table, not null
     */
    public static AreaTable of(AreaRollup rollup, AreaHierarchy hierarchy, AreaLevel childLevel,
            Collection<ReportingPeriod> periods) {
        Objects.requireNonNull(childLevel, "childLevel");
        Set<String> codes = new LinkedHashSet<>();
        for (Area a : hierarchy.areas()) {
            if (a.level() == childLevel) {
                codes.add(a.code());
            }
        }
        return of(rollup, codes, periods);
    }

    /**
     * Obtains the table that carries figures across a reform onto the units of a level in force on a
     * date, as {@link io.github.binhdang.core.calc.Carry#onto} does: a unit that went whole into a new
     * one goes into it ({@link AreaRollup#onto}); a unit split between new ones goes to each by its
     * share, or, without shares, nowhere (its figures are reported as not carried, and the totals that
     * should hold a part of it name it as missing).
     *
     * @param hierarchy  the areas and their links, such as {@code VietNamAreas.hierarchy()}, not null
     * @param level      the level of the figures' areas and of the totals, not null
     * @param date       the date whose units the totals are for, not null
     * @param shares     the shares of split units, not null
     * @param periods    the periods of the figures, not null
     * @return the table, not null
     * @throws InvalidValueException if the shares of an old unit name other new units than its links go
     *     to, or name an old unit that was not split (as {@code Carry} refuses them)
     */
    public static AreaTable carry(AreaHierarchy hierarchy, AreaLevel level, LocalDate date, SplitShares shares,
            Collection<ReportingPeriod> periods) {
        Objects.requireNonNull(hierarchy, "hierarchy");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(shares, "shares");
        AreaRollup whole = AreaRollup.onto(hierarchy, level, level, date);
        // The split units of the level, and where each part goes: old code → new code → target code.
        Map<String, Area> splitAreas = new HashMap<>();
        Map<String, Map<String, String>> targets = new HashMap<>();
        Set<String> codes = new LinkedHashSet<>();
        for (Area area : hierarchy.areas()) {
            if (area.level() != level) {
                continue;
            }
            codes.add(area.code());
            if (area.isValidOn(date)) {
                continue;
            }
            List<AreaLink> links = hierarchy.successors(area);
            if (links.isEmpty() || links.get(0).isFull()) {
                continue;
            }
            Map<String, String> to = new LinkedHashMap<>();
            for (AreaLink link : links) {
                hierarchy.holderOn(link.to(), level, date).ifPresent(h -> to.put(link.to().code(), h.code()));
            }
            if (!to.isEmpty()) {
                splitAreas.put(area.code(), area);
                targets.put(area.code(), to);
            }
        }
        for (String old : shares.oldCodes()) {
            Map<String, String> to = targets.get(old);
            if (to == null) {
                throw new InvalidValueException("SplitShares.share", old,
                        "was not split between units in force on " + date + ", so takes no shares");
            }
            if (!to.keySet().equals(shares.of(old).keySet())) {
                throw new InvalidValueException("SplitShares.share", old, "has shares for "
                        + shares.of(old).keySet() + " but was split between " + to.keySet());
            }
        }
        List<Row> rows = new ArrayList<>();
        HashMap<String, String[]> children = new HashMap<>();
        for (ReportingPeriod p : new LinkedHashSet<>(periods)) {
            LocalDate day = AreaDate.PERIOD_END.dayIn(p.start(), p.end());
            // The children of every target in this period, in one pass over the areas: those of the level
            // in force on the period's last day that the rollup sends to it (what childrenOf gives for
            // each target), then the parts of split units in force that day.
            Map<String, List<String>> kids = new LinkedHashMap<>();
            Map<String, String> parentOf = new HashMap<>();
            for (String code : codes) {
                Optional<Area> read = AreaDate.PERIOD_END.versionOf(hierarchy, code, p.start(), p.end());
                if (read.isEmpty() || read.get().level() != level) {
                    continue;
                }
                Area split = splitAreas.get(code);
                if (split != null && split.equals(read.get())) {
                    continue;
                }
                Optional<String> parent = whole.parentOf(code, p);
                if (parent.isPresent()) {
                    parentOf.put(code, parent.get());
                    if (read.get().isValidOn(day)) {
                        kids.computeIfAbsent(parent.get(), k -> new ArrayList<>()).add(code);
                    }
                }
            }
            Map<String, Map<String, Integer>> partIndex = new HashMap<>();
            for (Map.Entry<String, Map<String, String>> e : targets.entrySet()) {
                if (!splitAreas.get(e.getKey()).isValidOn(day)) {
                    continue;
                }
                for (Map.Entry<String, String> part : e.getValue().entrySet()) {
                    List<String> list = kids.computeIfAbsent(part.getValue(), k -> new ArrayList<>());
                    partIndex.computeIfAbsent(e.getKey(), k -> new HashMap<>()).put(part.getKey(), list.size());
                    list.add(e.getKey());
                }
            }
            Map<String, Map<String, Integer>> indexes = new HashMap<>();
            for (Map.Entry<String, List<String>> e : kids.entrySet()) {
                String[] array = e.getValue().toArray(new String[0]);
                children.put(e.getKey() + SEP + p, array);
                indexes.put(e.getKey(), indexOf(array));
            }
            for (Map.Entry<String, String> e : parentOf.entrySet()) {
                Map<String, Integer> index = indexes.get(e.getValue());
                rows.add(RowFactory.create(e.getKey(), p.toString(), e.getValue(),
                        index == null ? -1 : index.getOrDefault(e.getKey(), -1), null));
            }
            for (Map.Entry<String, Map<String, String>> e : targets.entrySet()) {
                String old = e.getKey();
                Optional<Area> read = AreaDate.PERIOD_END.versionOf(hierarchy, old, p.start(), p.end());
                if (read.isEmpty() || !read.get().equals(splitAreas.get(old))) {
                    continue;
                }
                if (!shares.covers(old)) {
                    rows.add(RowFactory.create(old, p.toString(), null, -1, null));
                    continue;
                }
                Map<String, Integer> index = partIndex.getOrDefault(old, Map.of());
                for (Map.Entry<String, String> part : e.getValue().entrySet()) {
                    BigDecimal share = shares.of(old).get(part.getKey());
                    rows.add(RowFactory.create(old, p.toString(), part.getValue(),
                            index.getOrDefault(part.getKey(), -1), share));
                }
            }
        }
        return new AreaTable(rows, children);
    }

    private static Map<String, Integer> indexOf(String[] codes) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = codes.length - 1; i >= 0; i--) {
            index.put(codes[i], i);
        }
        return index;
    }

    /**
     * Returns the table's rows, in {@link #SCHEMA}.
     *
     * @return the rows, unmodifiable, not null
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Returns the table as a Spark DataFrame of {@link #SCHEMA}, to broadcast in a join.
     *
     * @param spark  the session, not null
     * @return the table, not null
     */
    public org.apache.spark.sql.Dataset<Row> toSpark(SparkSession spark) {
        return spark.createDataFrame(rows, SCHEMA);
    }

    /**
     * Returns the children a target's total for a period should hold, in the order of their
     * {@code child_index}; a split unit is named by its old code.
     *
     * @param target  the target's code, not null
     * @param period  the period, not null
     * @return the children's codes, empty if none are known, not null
     */
    public List<String> childrenOf(String target, ReportingPeriod period) {
        String[] kids = children.get(target + SEP + period);
        return kids == null ? List.of() : List.of(kids);
    }

    /** The children by target and period, keyed by {@link #key}, for the aggregator to carry to executors. */
    HashMap<String, String[]> children() {
        return children;
    }

    /** The key of a target's children in a period in {@link #children()}. */
    static String key(String target, String period) {
        return target + SEP + period;
    }

    /**
     * Returns how many rows the table has.
     *
     * @return the number of rows
     */
    public int size() {
        return rows.size();
    }

    /**
     * Returns a short description, such as {@code AreaTable[13356 rows, 136 totals]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "AreaTable[" + rows.size() + " rows, " + children.size() + " totals]";
    }
}
