package io.github.binhdang.core.area;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * What a name, as people write it, names on a date: every unit in force then that it matches, each
 * with the provincial-level unit that holds it, and notes on how the answer was reached.
 *
 * <p>A name is never settled by picking one of several matches: "Xã Tân Lập" on 1 July 2025 names
 * several communes, and all of them are candidates ({@link #isAmbiguous()}); {@link #area()} refuses
 * to choose. A name of a unit that ended before the date answers with its successors, and a note says
 * so: "Bắc Giang" on 1 January 2026 gives Bắc Ninh, with the note "Bắc Giang was merged into Bắc Ninh
 * on 1 July 2025" (and its Vietnamese form).
 *
 * @param name        the name asked for, as given, not null
 * @param date        the date asked about, not null
 * @param candidates  the units in force on the date that the name names, unmodifiable, not null
 * @param notes       how the name was read (successors of ended units, aliases), unmodifiable, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record NameMatch(String name, LocalDate date, List<Candidate> candidates, List<BilingualText> notes) {

    /**
     * Checks and copies the parts.
     *
     * @param name        the name asked for, not null
     * @param date        the date asked about, not null
     * @param candidates  the candidates, not null
     * @param notes       the notes, not null
     */
    public NameMatch {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        candidates = List.copyOf(candidates);
        notes = List.copyOf(notes);
    }

    /**
     * A unit a name names, with the provincial-level unit that holds it on the date.
     *
     * @param area      the unit, in force on the date, not null
     * @param province  the provincial-level unit holding it on the date; the unit itself for a province,
     *     the nation, or a unit no province holds in its hierarchy; not null
     * @implSpec This record is immutable and thread-safe.
     */
    public record Candidate(Area area, Area province) {

        /**
         * Checks the parts.
         *
         * @param area      the unit, not null
         * @param province  its provincial-level unit, not null
         */
        public Candidate {
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(province, "province");
        }

        /**
         * Returns the text form: the unit and, when another, the name of its province, such as
         * {@code 04234 Xã Tân Lập (COMMUNE, 2025-07-01.., parent 08) in Tuyên Quang}.
         *
         * @return the text form, not null
         */
        @Override
        public String toString() {
            return province.equals(area) ? area.toString() : area + " in " + province.name().vi();
        }
    }

    /**
     * Tells whether the name names at least one unit on the date.
     *
     * @return true if there is a candidate
     */
    public boolean isFound() {
        return !candidates.isEmpty();
    }

    /**
     * Tells whether the name names more than one unit on the date, so that a province, a level or a
     * code is needed to tell them apart.
     *
     * @return true if there are two candidates or more
     */
    public boolean isAmbiguous() {
        return candidates.size() > 1;
    }

    /**
     * Returns the units named, without their provinces.
     *
     * @return the units, unmodifiable, in the order of {@link #candidates()}
     */
    public List<Area> areas() {
        List<Area> areas = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            areas.add(candidate.area());
        }
        return List.copyOf(areas);
    }

    /**
     * Returns the one unit the name names on the date.
     *
     * @return the unit, not null
     * @throws InvalidValueException if the name names no unit on the date, or several; the message
     *     gives the name, the date and every candidate with its province
     */
    public Area area() {
        if (candidates.size() == 1) {
            return candidates.get(0).area();
        }
        if (candidates.isEmpty()) {
            throw new InvalidValueException("NameMatch.name", "'" + name + "'", "names no unit in force on " + date);
        }
        StringJoiner all = new StringJoiner("; ");
        for (Candidate candidate : candidates) {
            all.add(candidate.toString());
        }
        throw new InvalidValueException("NameMatch.name", "'" + name + "'",
                "names " + candidates.size() + " units in force on " + date + ", so a code or a province is needed: " + all);
    }
}
