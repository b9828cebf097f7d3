package io.github.binhdang.core.area;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Codes;
import java.util.Optional;

/**
 * How much of an old unit went into a new one: all of it, or a part.
 *
 * <p>The 2025 resolutions on the commune-level reform (1654/NQ-UBTVQH15 to 1687/NQ-UBTVQH15 of
 * 16 June 2025) say of each old unit whether its whole area ("toàn bộ diện tích tự nhiên") or a part
 * ("một phần diện tích tự nhiên", "phần còn lại") goes into a new unit. A unit that goes in whole has
 * exactly one {@link #FULL} link; a unit split between new units has two or more links, all
 * {@link #PARTIAL}.
 */
public enum LinkKind {

    /** The whole old unit went into the new one (nhập toàn bộ): figures carry over as they are. */
    FULL(BilingualText.of("Toàn bộ", "Full")),
    /** Only part of the old unit went into the new one (một phần): figures need shares to carry over. */
    PARTIAL(BilingualText.of("Một phần", "Partial"));

    private final BilingualText title;

    LinkKind(BilingualText title) {
        this.title = title;
    }

    /**
     * Returns the name of the kind in Vietnamese and English, such as "Một phần" / "Partial".
     *
     * @return the title, not null
     */
    public BilingualText title() {
        return title;
    }

    /**
     * Obtains the kind with a code, the name of its constant: {@code of("FULL")} is {@link #FULL}.
     * The match is exact.
     *
     * @param code  the code, such as {@code PARTIAL}, not null
     * @return the kind, not null
     * @throws InvalidValueException if no kind has that code; the message lists the codes
     */
    public static LinkKind of(String code) {
        return Codes.of("LinkKind.code", values(), LinkKind::name, code);
    }

    /**
     * Finds the kind with a code, the name of its constant; the match is exact.
     *
     * @param code  the code, such as {@code FULL}, not null
     * @return the kind, or empty if none has that code
     */
    public static Optional<LinkKind> find(String code) {
        return Codes.find(values(), LinkKind::name, code);
    }
}
