package io.github.binhdang.core.area;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Codes;
import java.util.Objects;
import java.util.Optional;

/**
 * The tiers of Viet Nam's administrative division, from the whole country down to the commune.
 *
 * <p>The constants are declared top first, so {@link #compareTo} and {@link #isAbove} agree: a
 * {@code NATION} is above a {@code PROVINCE}, which is above a {@code DISTRICT}, and so on.
 *
 * <p>Each level covers every kind of unit at that tier: {@code PROVINCE} includes the centrally-run
 * cities (thành phố trực thuộc trung ương), {@code DISTRICT} the urban districts, towns and
 * provincial cities (quận, thị xã, thành phố thuộc tỉnh), {@code COMMUNE} the wards, townships and,
 * from 1 July 2025, the special zones (phường, thị trấn, đặc khu). The district level was abolished
 * on 1 July 2025; it stays here for data up to 30 June 2025.
 *
 * <p>There is no level for the socio-economic regions (vùng): they group provinces for statistics
 * but are not administrative units, and no source for their 2025 membership is among the project's
 * reference files. The type of a unit within its level (xã, phường, đặc khu…) is an {@link AreaKind}.
 */
public enum AreaLevel {

    /** The whole country (quốc gia). */
    NATION(BilingualText.of("Quốc gia", "Nation")),
    /** The provincial level (cấp tỉnh): provinces and centrally-run cities. */
    PROVINCE(BilingualText.of("Cấp tỉnh", "Province level")),
    /** The district level (cấp huyện): districts, urban districts, towns, provincial cities; until 30 June 2025. */
    DISTRICT(BilingualText.of("Cấp huyện", "District level")),
    /** The commune level (cấp xã): communes, wards, townships and special zones. */
    COMMUNE(BilingualText.of("Cấp xã", "Commune level"));

    private final BilingualText title;

    AreaLevel(BilingualText title) {
        this.title = title;
    }

    /**
     * Tells whether this level is higher (nearer the nation) than another.
     *
     * <p>{@code PROVINCE.isAbove(COMMUNE)} is true; {@code PROVINCE.isAbove(PROVINCE)} and
     * {@code COMMUNE.isAbove(PROVINCE)} are false.
     *
     * @param other  the level to compare with, not null
     * @return true if this level is strictly above {@code other}
     */
    public boolean isAbove(AreaLevel other) {
        Objects.requireNonNull(other, "other");
        return ordinal() < other.ordinal();
    }

    /**
     * Returns the name of the level in Vietnamese and English, such as "Cấp tỉnh" / "Province level".
     *
     * @return the title, not null
     */
    public BilingualText title() {
        return title;
    }

    /**
     * Obtains the level with a code, the name of its constant: {@code of("PROVINCE")} is
     * {@link #PROVINCE}. The match is exact.
     *
     * @param code  the code, such as {@code PROVINCE}, not null
     * @return the level, not null
     * @throws InvalidValueException if no level has that code; the message lists the codes
     */
    public static AreaLevel of(String code) {
        return Codes.of("AreaLevel.code", values(), AreaLevel::name, code);
    }

    /**
     * Finds the level with a code, the name of its constant; the match is exact.
     *
     * @param code  the code, such as {@code PROVINCE}, not null
     * @return the level, or empty if none has that code
     */
    public static Optional<AreaLevel> find(String code) {
        return Codes.find(values(), AreaLevel::name, code);
    }
}
