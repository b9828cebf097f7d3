package io.github.binhdang.core.area;

import io.github.binhdang.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A link from an old area to a new one that took in all or part of its territory: Yên Bái to the new
 * Lào Cai ({@link LinkKind#FULL}), or an old commune split between two new ones (two
 * {@link LinkKind#PARTIAL} links).
 *
 * <p>The text form, for logs and messages, is the two areas and the kind:
 * {@code 15 Yên Bái (PROVINCE, ..2025-06-30) -> 15 Lào Cai (PROVINCE, 2025-07-01..) FULL}.
 *
 * @param from  the old area, which ends before {@code to} starts, not null
 * @param to    the new area, not null
 * @param kind  whether the whole of {@code from} went into {@code to}, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record AreaLink(Area from, Area to, LinkKind kind) {

    /**
     * Checks the parts of a link.
     *
     * @param from  the old area, with an end date, not null
     * @param to    the new area, starting after that end date, not null
     * @param kind  the kind of link, not null
     * @throws InvalidValueException if {@code from} has no end, {@code to} has no start, or {@code to}
     *     does not start after {@code from} ends
     */
    public AreaLink {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        LocalDate end = from.validTo().orElseThrow(() -> new InvalidValueException(
                "AreaLink.from", from, "has no validTo, so cannot have been merged or split"));
        LocalDate start = to.validFrom().orElseThrow(() -> new InvalidValueException(
                "AreaLink.to", to, "has no validFrom, so cannot follow a merge or split"));
        if (!start.isAfter(end)) {
            throw new InvalidValueException("AreaLink.to", to,
                    "does not start after " + end + ", the validTo of " + from);
        }
    }

    /**
     * Obtains a link.
     *
     * @param from  the old area, with an end date, not null
     * @param to    the new area, starting after that end date, not null
     * @param kind  the kind of link, not null
     * @return the link, not null
     * @throws InvalidValueException as the constructor does
     */
    public static AreaLink of(Area from, Area to, LinkKind kind) {
        return new AreaLink(from, to, kind);
    }

    /**
     * Tells whether the whole old area went into the new one.
     *
     * @return true for a {@link LinkKind#FULL} link
     */
    public boolean isFull() {
        return kind == LinkKind.FULL;
    }

    /**
     * Returns the text form, such as
     * {@code 15 Yên Bái (PROVINCE, ..2025-06-30) -> 15 Lào Cai (PROVINCE, 2025-07-01..) FULL}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return from + " -> " + to + " " + kind;
    }
}
