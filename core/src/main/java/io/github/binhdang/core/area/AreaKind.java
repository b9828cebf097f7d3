package io.github.binhdang.core.area;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Codes;
import java.util.Objects;
import java.util.Optional;

/**
 * The type of an administrative unit within its level: a province or a centrally-run city, a rural or
 * urban district, a commune, a ward, a township or a special zone.
 *
 * <p>The types are those of the Law on the Organisation of Local Government as the national list of
 * administrative units uses them: the name of a unit starts with the Vietnamese title of its type
 * ("Xã Tân Lập", "Phường Ba Đình", "Thị trấn Sa Pa", "Đặc khu Côn Đảo", "Huyện Chư Prông",
 * "Thị xã Sa Pa"), and the reference files of the commune catalogue (shared/reference/communes,
 * {@code type} column) derive the type from that prefix. Each type belongs to one {@link AreaLevel};
 * the district-level types ended with the district level on 30 June 2025, the special zone began on
 * 1 July 2025, and the township (thị trấn) ended then too.
 */
public enum AreaKind {

    /** A province (tỉnh). */
    PROVINCE(AreaLevel.PROVINCE, BilingualText.of("Tỉnh", "Province")),
    /** A centrally-run city (thành phố trực thuộc trung ương), such as Hà Nội. */
    CENTRAL_CITY(AreaLevel.PROVINCE, BilingualText.of("Thành phố trực thuộc trung ương", "Centrally-run city"),
            "Thành phố"),
    /** A rural district (huyện); until 30 June 2025. */
    RURAL_DISTRICT(AreaLevel.DISTRICT, BilingualText.of("Huyện", "Rural district")),
    /** An urban district (quận) of a centrally-run city; until 30 June 2025. */
    URBAN_DISTRICT(AreaLevel.DISTRICT, BilingualText.of("Quận", "Urban district")),
    /** A district-level town (thị xã); until 30 June 2025. */
    TOWN(AreaLevel.DISTRICT, BilingualText.of("Thị xã", "Town")),
    /** A district-level city (thành phố thuộc tỉnh or thuộc thành phố trực thuộc trung ương); until 30 June 2025. */
    CITY(AreaLevel.DISTRICT, BilingualText.of("Thành phố", "City")),
    /** A rural commune (xã). */
    COMMUNE(AreaLevel.COMMUNE, BilingualText.of("Xã", "Commune")),
    /** A ward (phường), an urban commune-level unit. */
    WARD(AreaLevel.COMMUNE, BilingualText.of("Phường", "Ward")),
    /** A township (thị trấn), the seat of a rural district; until 30 June 2025. */
    TOWNSHIP(AreaLevel.COMMUNE, BilingualText.of("Thị trấn", "Township")),
    /** A special zone (đặc khu), an island unit at commune level; from 1 July 2025. */
    SPECIAL_ZONE(AreaLevel.COMMUNE, BilingualText.of("Đặc khu", "Special zone"));

    private final AreaLevel level;
    private final BilingualText title;
    private final String prefix;

    AreaKind(AreaLevel level, BilingualText title) {
        this(level, title, title.vi());
    }

    AreaKind(AreaLevel level, BilingualText title, String prefix) {
        this.level = level;
        this.title = title;
        this.prefix = prefix;
    }

    /**
     * Returns the level units of this type belong to: {@code WARD.level()} is {@link AreaLevel#COMMUNE}.
     *
     * @return the level, not null
     */
    public AreaLevel level() {
        return level;
    }

    /**
     * Returns the name of the type in Vietnamese and English, such as "Phường" / "Ward". Names of units
     * start with the Vietnamese title, except those of centrally-run cities, which start with
     * "Thành phố" ("Thành phố Hà Nội").
     *
     * @return the title, not null
     */
    public BilingualText title() {
        return title;
    }

    /**
     * Obtains the type with a code, the name of its constant: {@code of("WARD")} is {@link #WARD}.
     * The match is exact.
     *
     * @param code  the code, such as {@code WARD}, not null
     * @return the type, not null
     * @throws InvalidValueException if no type has that code; the message lists the codes
     */
    public static AreaKind of(String code) {
        return Codes.of("AreaKind.code", values(), AreaKind::name, code);
    }

    /**
     * Finds the type with a code, the name of its constant; the match is exact.
     *
     * @param code  the code, such as {@code WARD}, not null
     * @return the type, or empty if none has that code
     */
    public static Optional<AreaKind> find(String code) {
        return Codes.find(values(), AreaKind::name, code);
    }

    /**
     * Finds the type whose Vietnamese title starts a unit's name: "Phường Ba Đình" is {@link #WARD},
     * "Thị xã Sa Pa" {@link #TOWN}, "Thành phố Lào Cai" at district level {@link #CITY} and "Thành phố
     * Hà Nội" at provincial level {@link #CENTRAL_CITY}. The title must be followed by a space and
     * match in case, as the national list writes it.
     *
     * @param name   the name with its type prefix, not null
     * @param level  the level of the unit, which tells the two kinds of "Thành phố" apart, not null
     * @return the type, or empty if the name starts with no title of a type at that level
     */
    public static Optional<AreaKind> fromName(String name, AreaLevel level) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        for (AreaKind kind : values()) {
            String title = kind.prefix;
            if (kind.level == level && name.length() > title.length() && name.startsWith(title)
                    && name.charAt(title.length()) == ' ') {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
