package io.github.binhdang.core.area;

import io.github.binhdang.core.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A hierarchy seen on one date: the units in force then, what each code names then, the children of
 * a unit then. Obtained from {@link AreaHierarchy#on(LocalDate)}.
 *
 * <p>{@code hierarchy.on(2025-07-01).find("15")} is the new Lào Cai, and {@code on(2024-01-01)} gives
 * Yên Bái for the same code.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class AreasOn {

    private final AreaHierarchy hierarchy;
    private final LocalDate date;

    AreasOn(AreaHierarchy hierarchy, LocalDate date) {
        this.hierarchy = hierarchy;
        this.date = date;
    }

    /**
     * Returns the date this view is on.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the hierarchy this view is of.
     *
     * @return the hierarchy, not null
     */
    public AreaHierarchy hierarchy() {
        return hierarchy;
    }

    /**
     * Returns the areas in force on the date, in the order they were added to the hierarchy.
     *
     * @return the areas, unmodifiable, not null
     */
    public List<Area> areas() {
        List<Area> inForce = new ArrayList<>();
        for (Area area : hierarchy.areas()) {
            if (area.isValidOn(date)) {
                inForce.add(area);
            }
        }
        return List.copyOf(inForce);
    }

    /**
     * Returns the areas of a level in force on the date, in the order they were added.
     *
     * @param level  the level, not null
     * @return the areas, unmodifiable, empty if none
     */
    public List<Area> areas(AreaLevel level) {
        Objects.requireNonNull(level, "level");
        List<Area> inForce = new ArrayList<>();
        for (Area area : hierarchy.areas()) {
            if (area.level() == level && area.isValidOn(date)) {
                inForce.add(area);
            }
        }
        return List.copyOf(inForce);
    }

    /**
     * Returns the areas of a type in force on the date, in the order they were added.
     *
     * @param kind  the type, such as {@link AreaKind#WARD}, not null
     * @return the areas, unmodifiable, empty if none
     */
    public List<Area> areas(AreaKind kind) {
        Objects.requireNonNull(kind, "kind");
        List<Area> inForce = new ArrayList<>();
        for (Area area : hierarchy.areas()) {
            if (area.kind().orElse(null) == kind && area.isValidOn(date)) {
                inForce.add(area);
            }
        }
        return List.copyOf(inForce);
    }

    /**
     * Finds the area a code names on the date.
     *
     * @param code  the code, not null
     * @return the area, or empty if the code names none then
     */
    public Optional<Area> find(String code) {
        return hierarchy.find(code, date);
    }

    /**
     * Obtains the area a code names on the date, as {@link AreaHierarchy#of(String, LocalDate)} does.
     *
     * @param code  the code, not null
     * @return the area, not null
     * @throws InvalidValueException if the code names no area on the date; the message says what it
     *     names on other dates
     */
    public Area of(String code) {
        return hierarchy.of(code, date);
    }

    /**
     * Returns the children of an area on the date.
     *
     * @param area  an area of the hierarchy, not null
     * @return the children in force on the date, unmodifiable, empty if none
     * @throws InvalidValueException if the area is not in the hierarchy
     */
    public List<Area> children(Area area) {
        return hierarchy.children(area, date);
    }

    /**
     * Returns the parent of an area on the date.
     *
     * @param area  an area of the hierarchy, not null
     * @return the parent, or empty if it has none then
     * @throws InvalidValueException if the area is not in the hierarchy
     */
    public Optional<Area> parent(Area area) {
        return hierarchy.parent(area, date);
    }

    /**
     * Looks a name up on the date, as {@link AreaHierarchy#lookUp(CharSequence, LocalDate)} does.
     *
     * @param name  the name, as people write it, not null
     * @return the match, with every candidate, not null
     */
    public NameMatch lookUp(CharSequence name) {
        return hierarchy.lookUp(name, date);
    }

    /**
     * Looks a name up among the units of a level on the date.
     *
     * @param name   the name, as people write it, not null
     * @param level  the level, not null
     * @return the match, with every candidate, not null
     */
    public NameMatch lookUp(CharSequence name, AreaLevel level) {
        return hierarchy.lookUp(name, level, date);
    }

    /**
     * Returns a summary for logs, such as {@code AreasOn[2025-07-01, AreaHierarchy[...]]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "AreasOn[" + date + ", " + hierarchy + "]";
    }
}
