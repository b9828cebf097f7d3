package io.github.binhdang.core.calc;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaDate;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.period.ReportingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which area an area's figures are added into, and which areas a parent's total should contain:
 * communes into their province, provinces into the nation, or provinces that existed until
 * 30 June 2025 into the unit they became part of.
 *
 * <p>The answer may depend on the period, because boundaries change: a figure for old Lào Cai (code
 * 10) in 2022 goes into province 10 when rolled up to the geography of its own time, and into the
 * merged Lào Cai (code 15) when carried onto the geography of 2026. Within a period that the hierarchy
 * changes in (the year 2025), the rollups along a hierarchy read it on the period's last day, or on the
 * day an {@link AreaDate} chooses.
 *
 * @implSpec Implementations must be immutable and thread-safe; aggregation asks once per distinct
 *     area and period, never per observation.
 */
public interface AreaRollup {

    /**
     * Returns the area that an area's figures for a period are added into.
     *
     * @param area    the area's code, not null
     * @param period  the period of the figures, not null
     * @return the parent's code, or empty when the area is not rolled up
     */
    Optional<String> parentOf(String area, ReportingPeriod period);

    /**
     * Returns the areas whose figures a parent's total for a period should contain, to tell a
     * complete total from a partial one.
     *
     * @param parent  the parent's code, not null
     * @param period  the period, not null
     * @return the children's codes, not null
     */
    List<String> childrenOf(String parent, ReportingPeriod period);

    /**
     * Obtains a rollup from a fixed table of child to parent codes, the same for every period.
     *
     * @param parentOf  the parent of each child, not null
     * @return the rollup, not null
     */
    static AreaRollup of(Map<String, String> parentOf) {
        Map<String, String> copy = Map.copyOf(parentOf);
        Map<String, List<String>> children = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(copy).entrySet()) {
            children.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        children.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        Map<String, List<String>> childrenOf = Map.copyOf(frozen);
        return new AreaRollup() {
            @Override
            public Optional<String> parentOf(String area, ReportingPeriod period) {
                return Optional.ofNullable(copy.get(area));
            }

            @Override
            public List<String> childrenOf(String parent, ReportingPeriod period) {
                return childrenOf.getOrDefault(parent, List.of());
            }
        };
    }

    /**
     * Obtains a rollup along a hierarchy as it stood at the end of each figure's own period: each area of
     * {@code childLevel} goes into the unit of {@code parentLevel} that held it on the period's last day,
     * as {@link AreaDate#PERIOD_END} says.
     *
     * <p>For 2025, the year of the reform, that is the hierarchy of the 34 units: the nation's 2025 total
     * should hold the 34 (complete when all 34 reported, not "34 of 63"), and code {@code 44} is the new
     * Quảng Trị. A figure of an old unit that ended during 2025 goes, through its merge, into the unit
     * that holds it on 31 December.
     *
     * @param hierarchy    the hierarchy, not null
     * @param childLevel   the level of the areas whose figures are added, not null
     * @param parentLevel  the level of the totals, above {@code childLevel}, not null
     * @return the rollup, not null
     */
    static AreaRollup to(AreaHierarchy hierarchy, AreaLevel childLevel, AreaLevel parentLevel) {
        return to(hierarchy, childLevel, parentLevel, AreaDate.PERIOD_END);
    }

    /**
     * Obtains a rollup along a hierarchy as it stood on the day of each figure's period that
     * {@code areaDate} names: {@link AreaDate#PERIOD_START} reads a 2025 figure against the 63 units of
     * 1 January 2025 (code {@code 44} is then the old Quảng Bình).
     *
     * @param hierarchy    the hierarchy, not null
     * @param childLevel   the level of the areas whose figures are added, not null
     * @param parentLevel  the level of the totals, above {@code childLevel}, not null
     * @param areaDate     the day of a period whose hierarchy is used, not null
     * @return the rollup, not null
     */
    static AreaRollup to(AreaHierarchy hierarchy, AreaLevel childLevel, AreaLevel parentLevel, AreaDate areaDate) {
        return new HierarchyRollup(hierarchy, childLevel, parentLevel, null, areaDate);
    }

    /**
     * Obtains a rollup by the geography of one date for figures already on its units, whatever their
     * period: each area of {@code childLevel} in force on {@code date} goes into the unit of
     * {@code parentLevel} that holds it on that date, and a parent's total should contain all of them.
     * The codes are read on {@code date}, never on the figures' periods.
     *
     * <p>This is the rollup for figures that {@link Carry} has carried onto the units of a date: a 2024
     * figure then sits on a unit of 1 July 2025, and its total should hold the 34 provinces of that date,
     * not the 63 of 2024 that {@link #to} would read, nor leave out a commune formed on 1 July 2025 as
     * {@link #onto} does (it reads the code on the figure's period, when the commune did not exist). On
     * 2025-07-01, a 2024 figure for code {@code 15} is the new Lào Cai's, not Yên Bái's, and the nation's
     * 2024 total is complete when the 34 units have figures.
     *
     * <p>A code not in force on {@code date}, or of another level, is not rolled up.
     *
     * @param hierarchy    the hierarchy, not null
     * @param childLevel   the level of the areas whose figures are added, not null
     * @param parentLevel  the level of the totals, above {@code childLevel}, not null
     * @param date         the date whose units the figures are on and the totals follow, not null
     * @return the rollup, the same for every period, not null
     * @throws InvalidValueException if {@code parentLevel} is not above {@code childLevel}
     */
    static AreaRollup on(AreaHierarchy hierarchy, AreaLevel childLevel, AreaLevel parentLevel, LocalDate date) {
        Objects.requireNonNull(hierarchy, "hierarchy");
        Objects.requireNonNull(childLevel, "childLevel");
        Objects.requireNonNull(parentLevel, "parentLevel");
        Objects.requireNonNull(date, "date");
        if (!parentLevel.isAbove(childLevel)) {
            throw new InvalidValueException("AreaRollup.parentLevel", parentLevel,
                    "must be above the child level " + childLevel);
        }
        Map<String, String> parents = new HashMap<>();
        for (Area area : hierarchy.on(date).areas(childLevel)) {
            hierarchy.holderOn(area, parentLevel, date).ifPresent(parent -> parents.put(area.code(), parent.code()));
        }
        return of(parents);
    }

    /**
     * Obtains a rollup that carries figures onto the geography of one date, whatever their period:
     * each area of {@code childLevel} goes into the unit of {@code parentLevel} that holds its
     * territory on {@code date}. With {@code childLevel} and {@code parentLevel} both
     * {@link AreaLevel#PROVINCE} and a date after 1 July 2025, a series for old Lào Cai is carried
     * onto the merged Lào Cai together with Yên Bái's; the 63 units' 2024 figures go onto the 34 units,
     * and each of the 34 totals is complete when all the old units that formed it reported.
     *
     * <p>Each figure's code is read on its period's last day ({@link AreaDate#PERIOD_END}). A unit split
     * between several new ones has no one holder: its figures are left out here, never given to one of
     * them; {@link Carry} carries them by shares, or lists them.
     *
     * @param hierarchy    the hierarchy, not null
     * @param childLevel   the level of the areas whose figures are added, not null
     * @param parentLevel  the level of the totals, the same as or above {@code childLevel}, not null
     * @param date         the date whose geography the totals follow, not null
     * @return the rollup, not null
     */
    static AreaRollup onto(AreaHierarchy hierarchy, AreaLevel childLevel, AreaLevel parentLevel, LocalDate date) {
        return onto(hierarchy, childLevel, parentLevel, date, AreaDate.PERIOD_END);
    }

    /**
     * Obtains a rollup that carries figures onto the geography of one date, each figure's code read on
     * the day of its period that {@code areaDate} names.
     *
     * @param hierarchy    the hierarchy, not null
     * @param childLevel   the level of the areas whose figures are added, not null
     * @param parentLevel  the level of the totals, the same as or above {@code childLevel}, not null
     * @param date         the date whose geography the totals follow, not null
     * @param areaDate     the day of a period on which a figure's code is read, not null
     * @return the rollup, not null
     */
    static AreaRollup onto(AreaHierarchy hierarchy, AreaLevel childLevel, AreaLevel parentLevel, LocalDate date,
            AreaDate areaDate) {
        return new HierarchyRollup(hierarchy, childLevel, parentLevel, Objects.requireNonNull(date, "date"),
                areaDate);
    }
}
