package io.github.binhdang.core.area;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Codes;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The day of a reporting period on which a figure's area is read against an {@link AreaHierarchy}:
 * which unit its code names, and which units hold it or are held by it. This is the one rule for it;
 * aggregation ({@code AreaRollup}) and validation ({@code ValidationContext}) both follow it.
 *
 * <p>It matters only when the hierarchy changes during the period, as it did on 1 July 2025, when the
 * 63 provincial units became 34 and the district level ended: a 2025 annual figure, a 2021–2026 term or
 * a 2021–2025 phase spans the reform.
 *
 * <h2>The default: the period's end</h2>
 * {@link #PERIOD_END} reads a figure against the hierarchy in force on the period's last day, because a
 * report is made by the units that exist when it is made: the 2025 annual reports are written in early
 * 2026 by the 34 units. So, for a 2025 figure,
 * <ul>
 *   <li>code {@code 44} is the new Quảng Trị (from 1 July 2025), not the old Quảng Bình that had the
 *       code until 30 June 2025; code {@code 24} is the new Bắc Ninh, not Bắc Giang;</li>
 *   <li>the nation's total for 2025 should hold the 34 new units, and is complete when they have all
 *       reported, whatever the 63 old codes did;</li>
 *   <li>a code that ended during the period (the old Lào Cai, {@code 10}, until 30 June 2025) still
 *       names its last unit, and that unit is carried forward, through its merge, to the unit that holds
 *       its territory on the last day (the new Lào Cai, {@code 15}).</li>
 * </ul>
 *
 * <h2>The option: the period's start</h2>
 * {@link #PERIOD_START} reads the figure against the hierarchy in force on the period's first day, for
 * data that was collected and kept by the old units: a 2025 figure for code {@code 44} is then the old
 * Quảng Bình, and the nation's 2025 total should hold the 63 old units. A code that began during the
 * period (none of the 34 codes did, as each kept the code of one of its parts; new communes did) still
 * names its first unit, read on its first day.
 *
 * <p>Periods that the hierarchy does not change within (2024, 2026, the first half of 2025) read the same
 * either way.
 *
 * <h2>Which version a code names</h2>
 * Of the versions of a code in force on at least one day of the period, {@link #versionOf} takes the
 * one in force on the chosen day; when none is, the one nearest it: the last to end for
 * {@code PERIOD_END}, the first to start for {@code PERIOD_START}. A code in force on no day of the period names nothing (the
 * validation rule {@code area.period} reports it).
 *
 * @implSpec This enum is immutable and thread-safe.
 */
public enum AreaDate {

    /** The hierarchy in force on the period's last day: the default, as reports are made by the units that exist then. */
    PERIOD_END,

    /** The hierarchy in force on the period's first day, for data kept by the units of that day. */
    PERIOD_START;

    /**
     * Returns the day of a period on which its figures are read: its last day for {@link #PERIOD_END},
     * its first for {@link #PERIOD_START}.
     *
     * <p>For the year 2025 (2025-01-01 to 2025-12-31): 2025-12-31 and 2025-01-01.
     *
     * @param first  the period's first day, not null
     * @param last   the period's last day, not before {@code first}
     * @return the day, not null
     * @throws InvalidValueException if {@code last} is before {@code first}
     */
    public LocalDate dayIn(LocalDate first, LocalDate last) {
        requirePeriod(first, last);
        return this == PERIOD_END ? last : first;
    }

    /**
     * Returns the day on which an area's place in the hierarchy is read for a period: the day of
     * {@link #dayIn}, or, for a unit that began after it, the unit's first day.
     *
     * <p>With {@link #PERIOD_END} this is always the period's last day; a unit that ended before it is
     * carried forward to its successor by {@link AreaHierarchy#holderOn}. With {@link #PERIOD_START}, a
     * commune formed on 2025-07-01 is read, for 2025, on 2025-07-01.
     *
     * @param area   the area, not null
     * @param first  the period's first day, not null
     * @param last   the period's last day, not before {@code first}
     * @return the day, not null
     * @throws InvalidValueException if {@code last} is before {@code first}
     */
    public LocalDate dayFor(Area area, LocalDate first, LocalDate last) {
        Objects.requireNonNull(area, "area");
        LocalDate day = dayIn(first, last);
        LocalDate from = area.validFrom().orElse(null);
        return from != null && from.isAfter(day) ? from : day;
    }

    /**
     * Finds the version of a code that a figure for a period names: the one in force on the day of
     * {@link #dayIn}, or, when none is, of the versions in force on some day of the period the last
     * ({@link #PERIOD_END}) or the first ({@link #PERIOD_START}).
     *
     * <p>In the provinces of 2025, for the year 2025: code {@code 44} gives the new Quảng Trị with
     * {@code PERIOD_END} and the old Quảng Bình with {@code PERIOD_START}; code {@code 10} (the old Lào
     * Cai, until 2025-06-30) gives the old Lào Cai either way; for 2026, code {@code 10} gives nothing.
     *
     * @param hierarchy  the hierarchy, not null
     * @param code       the code, not null
     * @param first      the period's first day, not null
     * @param last       the period's last day, not before {@code first}
     * @return the version, or empty if no version of the code is in force on any day of the period
     * @throws InvalidValueException if {@code last} is before {@code first}
     */
    public Optional<Area> versionOf(AreaHierarchy hierarchy, String code, LocalDate first, LocalDate last) {
        Objects.requireNonNull(hierarchy, "hierarchy");
        Objects.requireNonNull(code, "code");
        requirePeriod(first, last);
        // Versions are sorted oldest first and never overlap.
        List<Area> versions = hierarchy.versions(code);
        Area found = null;
        for (Area version : versions) {
            if (!overlaps(version, first, last)) {
                continue;
            }
            found = version;
            if (this == PERIOD_START) {
                break;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Returns every version of a code in force on at least one day of a period, oldest first: more than
     * one when the code changed its meaning during the period. For code {@code 24} in 2025: Bắc Giang
     * (until 2025-06-30) and the new Bắc Ninh (from 2025-07-01).
     *
     * @param hierarchy  the hierarchy, not null
     * @param code       the code, not null
     * @param first      the period's first day, not null
     * @param last       the period's last day, not before {@code first}
     * @return the versions, unmodifiable, empty if none is in force during the period
     * @throws InvalidValueException if {@code last} is before {@code first}
     */
    public static List<Area> versionsDuring(AreaHierarchy hierarchy, String code, LocalDate first, LocalDate last) {
        Objects.requireNonNull(hierarchy, "hierarchy");
        Objects.requireNonNull(code, "code");
        requirePeriod(first, last);
        List<Area> versions = hierarchy.versions(code);
        int from = 0;
        while (from < versions.size() && !overlaps(versions.get(from), first, last)) {
            from++;
        }
        int to = from;
        while (to < versions.size() && overlaps(versions.get(to), first, last)) {
            to++;
        }
        return versions.subList(from, to);
    }

    private static boolean overlaps(Area area, LocalDate first, LocalDate last) {
        @Nullable LocalDate from = area.validFrom().orElse(null);
        @Nullable LocalDate to = area.validTo().orElse(null);
        return (from == null || !from.isAfter(last)) && (to == null || !to.isBefore(first));
    }

    private static void requirePeriod(LocalDate first, LocalDate last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new InvalidValueException("AreaDate.last", last, "is before the first day " + first);
        }
    }

    /**
     * Obtains the choice with a code, the name of its constant: {@code of("PERIOD_START")} is
     * {@link #PERIOD_START}. The match is exact.
     *
     * @param code  the code, such as {@code PERIOD_END}, not null
     * @return the choice, not null
     * @throws InvalidValueException if no choice has that code; the message lists the codes
     */
    public static AreaDate of(String code) {
        return Codes.of("AreaDate.code", values(), AreaDate::name, code);
    }

    /**
     * Finds the choice with a code, the name of its constant; the match is exact.
     *
     * @param code  the code, such as {@code PERIOD_END}, not null
     * @return the choice, or empty if none has that code
     */
    public static Optional<AreaDate> find(String code) {
        return Codes.find(values(), AreaDate::name, code);
    }
}
