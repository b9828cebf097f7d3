package io.github.binhdang.core.area;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An administrative unit in one version of its life: a code, a name, a level and optionally a type
 * within it ({@link AreaKind}: xã, phường, đặc khu…), the code of the unit
 * that holds it, and the dates between which this version was in force.
 *
 * <p>A code alone does not identify a unit, because codes are reused: code {@code 15} was Yên Bái
 * until 30 June 2025 and is the merged Lào Cai from 1 July 2025 (old Lào Cai was {@code 10}). Each
 * of these is a separate {@code Area}; an {@link AreaHierarchy} tells them apart by date. A rename or
 * a move to another parent is likewise a new version with its own validity.
 *
 * <p>The parent is kept as a code, not an object, so that it can be resolved by date: a district
 * under code {@code 46} belongs to Thừa Thiên Huế or to the city of Huế depending on the day asked
 * about.
 *
 * <p>Validity is inclusive at both ends, and either end may be open:
 * {@code Area.of("15", BilingualText.of("Lào Cai"), PROVINCE).withValidFrom(LocalDate.of(2025, 7, 1))}
 * is in force from 1 July 2025 with no end.
 *
 * <p>The text form, for logs and messages (there is no parser), is the code, the Vietnamese name and,
 * in brackets, the level, the validity when either end is set ({@code from..to}, an open end left
 * empty) and the parent code when there is one:
 * <pre>
 * 15 Lào Cai (PROVINCE, 2025-07-01..)
 * 088 Sa Pa (DISTRICT, ..2025-06-30, parent 10)
 * 14 Sơn La (PROVINCE)
 * </pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Area {

    private final String code;
    private final BilingualText name;
    private final AreaLevel level;
    private final @Nullable AreaKind kind;
    private final @Nullable String parentCode;
    private final @Nullable LocalDate validFrom;
    private final @Nullable LocalDate validTo;
    // Areas are map keys in a hierarchy: the hash is worked out once, on first use, as String does
    // (a racy single check: every thread that sees 0 computes the same value).
    private int hash;

    private Area(String code, BilingualText name, AreaLevel level, @Nullable AreaKind kind,
            @Nullable String parentCode, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.kind = kind;
        this.parentCode = parentCode;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /**
     * Obtains an area with no parent, valid for all time.
     *
     * @param code   the code, such as {@code "15"}: letters, digits, '.', '_' or '-', starting with a letter or digit
     * @param name   the name in Vietnamese and English, not null
     * @param level  the level, not null
     * @return the area, not null
     * @throws InvalidValueException if the code is empty or has other characters
     */
    public static Area of(String code, BilingualText name, AreaLevel level) {
        Checks.requireCode("Area.code", code);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        return new Area(code, name, level, null, null, null, null);
    }

    // An area made from the columns of an AreaTable, whose checks stand in for those of the factories
    // (a type of the level, an end not before the start); the codes are checked here.
    static Area ofColumns(String code, BilingualText name, AreaLevel level, @Nullable AreaKind kind,
            @Nullable String parentCode, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
        Checks.requireCode("Area.code", code);
        if (parentCode != null) {
            Checks.requireCode("Area.parentCode", parentCode);
        }
        return new Area(code, name, level, kind, parentCode, validFrom, validTo);
    }

    /**
     * Returns a copy of this area held by the area with the given code.
     *
     * <p>The code is resolved by date in a hierarchy, which checks when it is built that such an area
     * exists while this one is valid and that it is at a higher level.
     *
     * @param parentCode  the code of the holding area, such as {@code "10"}
     * @return the area with that parent, not null
     * @throws InvalidValueException if the code is empty or has other characters
     */
    public Area withParent(String parentCode) {
        Checks.requireCode("Area.parentCode", parentCode);
        return new Area(code, name, level, kind, parentCode, validFrom, validTo);
    }

    /**
     * Returns a copy of this area of a type within its level: a ward, a township, a special zone.
     *
     * @param kind  the type, of this area's level, not null
     * @return the area of that type, not null
     * @throws InvalidValueException if the type belongs to another level
     */
    public Area withKind(AreaKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (kind.level() != level) {
            throw new InvalidValueException("Area.kind", kind, "is a type of " + kind.level() + ", not of " + level);
        }
        return new Area(code, name, level, kind, parentCode, validFrom, validTo);
    }

    /**
     * Returns a copy of this area with no parent.
     *
     * @return the area without a parent, not null
     */
    public Area withoutParent() {
        return new Area(code, name, level, kind, null, validFrom, validTo);
    }

    /**
     * Returns a copy of this area valid from one date to another, both inclusive.
     *
     * @param validFrom  the first day in force, not null
     * @param validTo    the last day in force, not before {@code validFrom}
     * @return the area with that validity, not null
     * @throws InvalidValueException if {@code validTo} is before {@code validFrom}
     */
    public Area withValidity(LocalDate validFrom, LocalDate validTo) {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        requireEndNotBeforeStart(validFrom, validTo);
        return new Area(code, name, level, kind, parentCode, validFrom, validTo);
    }

    /**
     * Returns a copy of this area in force from a date (inclusive), keeping its end.
     *
     * @param validFrom  the first day in force, not after the end if there is one
     * @return the area with that start, not null
     * @throws InvalidValueException if {@code validFrom} is after the area's {@code validTo}
     */
    public Area withValidFrom(LocalDate validFrom) {
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new InvalidValueException("Area.validFrom", validFrom, "is after validTo " + validTo);
        }
        return new Area(code, name, level, kind, parentCode, validFrom, validTo);
    }

    /**
     * Returns a copy of this area in force until a date (inclusive), keeping its start.
     *
     * @param validTo  the last day in force, not before the start if there is one
     * @return the area with that end, not null
     * @throws InvalidValueException if {@code validTo} is before the area's {@code validFrom}
     */
    public Area withValidTo(LocalDate validTo) {
        Objects.requireNonNull(validTo, "validTo");
        if (validFrom != null) {
            requireEndNotBeforeStart(validFrom, validTo);
        }
        return new Area(code, name, level, kind, parentCode, validFrom, validTo);
    }

    private static void requireEndNotBeforeStart(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidValueException("Area.validTo", to, "is before validFrom " + from);
        }
    }

    /**
     * Returns the code, such as {@code "15"}; on its own it names different units at different times.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the name in Vietnamese and English.
     *
     * @return the name, not null
     */
    public BilingualText name() {
        return name;
    }

    /**
     * Returns the level.
     *
     * @return the level, not null
     */
    public AreaLevel level() {
        return level;
    }

    /**
     * Returns the type of the unit within its level (xã, phường, thị trấn, đặc khu; tỉnh or thành phố
     * trực thuộc trung ương; huyện, quận, thị xã, thành phố), if it was given.
     *
     * @return the type, or empty if none was given
     */
    public Optional<AreaKind> kind() {
        return Optional.ofNullable(kind);
    }

    /**
     * Returns the code of the area that holds this one, if it has a parent.
     *
     * @return the parent code, or empty for a top-level area
     */
    public Optional<String> parentCode() {
        return Optional.ofNullable(parentCode);
    }

    /**
     * Returns the first day this version is in force, if it has a start.
     *
     * @return the first day, inclusive, or empty if open at the start
     */
    public Optional<LocalDate> validFrom() {
        return Optional.ofNullable(validFrom);
    }

    /**
     * Returns the last day this version is in force, if it has an end.
     *
     * @return the last day, inclusive, or empty if still in force
     */
    public Optional<LocalDate> validTo() {
        return Optional.ofNullable(validTo);
    }

    /**
     * Tells whether this version is in force on a date: on or after its start and on or before its end.
     *
     * <p>Old Lào Cai, valid to 2025-06-30, is valid on 2025-06-30 and not on 2025-07-01.
     *
     * @param date  the date, not null
     * @return true if in force on that date
     */
    public boolean isValidOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return (validFrom == null || !date.isBefore(validFrom))
                && (validTo == null || !date.isAfter(validTo));
    }

    /**
     * Tells whether this version is in force on every day from one date to another, both inclusive.
     *
     * @param start  the first day, not null
     * @param end    the last day, not before {@code start}
     * @return true if in force on every day of the span
     * @throws InvalidValueException if {@code end} is before {@code start}
     */
    public boolean isValidThroughout(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new InvalidValueException("Area.end", end, "is before start " + start);
        }
        // Validity is one unbroken span, so holding at both ends means holding throughout.
        return isValidOn(start) && isValidOn(end);
    }

    /**
     * Tells whether this version and another are both in force on at least one common day.
     *
     * @param other  the other area, not null
     * @return true if their validities overlap
     */
    public boolean overlaps(Area other) {
        Objects.requireNonNull(other, "other");
        return (validFrom == null || other.validTo == null || !other.validTo.isBefore(validFrom))
                && (other.validFrom == null || validTo == null || !validTo.isBefore(other.validFrom));
    }

    // The last day this version is in force, at or before the given date; null if it starts after it.
    @Nullable LocalDate lastValidDayBy(LocalDate date) {
        if (validFrom != null && date.isBefore(validFrom)) {
            return null;
        }
        return validTo != null && date.isAfter(validTo) ? validTo : date;
    }

    /**
     * Compares this area with another over every field: code, name, level, type, parent code and validity.
     *
     * @param obj  the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        // Hashes are compared only when both are already known: working one out costs more than the
        // comparison it would save.
        return obj instanceof Area other
                && (hash == 0 || other.hash == 0 || hash == other.hash)
                && code.equals(other.code)
                && name.equals(other.name)
                && level == other.level
                && kind == other.kind
                && Objects.equals(parentCode, other.parentCode)
                && Objects.equals(validFrom, other.validFrom)
                && Objects.equals(validTo, other.validTo);
    }

    /**
     * Returns a hash code over the code, level, type, parent code and validity.
     *
     * <p>The name is left out: versions of a code seldom differ by name alone, and hashing it (through
     * {@link BilingualText}'s record methods) was the costliest part of the commune catalogue's load.
     * Areas that are equal still have equal hash codes.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = code.hashCode();
            h = 31 * h + level.hashCode();
            h = 31 * h + (kind == null ? 0 : kind.hashCode());
            h = 31 * h + (parentCode == null ? 0 : parentCode.hashCode());
            h = 31 * h + (validFrom == null ? 0 : validFrom.hashCode());
            h = 31 * h + (validTo == null ? 0 : validTo.hashCode());
            hash = h;
        }
        return h;
    }

    /**
     * Returns the text form, such as {@code 15 Lào Cai (PROVINCE, 2025-07-01..)}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(48)
                .append(code).append(' ').append(name.vi()).append(" (").append(level);
        if (validFrom != null || validTo != null) {
            text.append(", ");
            if (validFrom != null) {
                text.append(validFrom);
            }
            text.append("..");
            if (validTo != null) {
                text.append(validTo);
            }
        }
        if (parentCode != null) {
            text.append(", parent ").append(parentCode);
        }
        return text.append(')').toString();
    }
}
