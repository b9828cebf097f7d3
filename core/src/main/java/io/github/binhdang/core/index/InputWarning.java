package io.github.binhdang.core.index;

import io.github.binhdang.core.data.ObservationKey;
import java.util.Objects;

/**
 * A plausibility warning on an index input read from a dataset: a value that is possible but more likely on
 * another unit. A warning never stops the index from being computed.
 *
 * @param kind     what looks wrong
 * @param input    the input
 * @param key      the observation concerned (for seats, the women's)
 * @param message  the warning in English, with the value and the unit expected
 */
public record InputWarning(Kind kind, IndexInput input, ObservationKey key, String message) {

    /** What looks wrong with an input. */
    public enum Kind {

        /**
         * A maternal mortality ratio below 10: plausible (Australia 2.9 in 2022) but it looks like deaths per
         * 1,000 live births rather than per 100,000 where the country's ratio is not that low.
         */
        MATERNAL_MORTALITY_PER_1000,

        /** An adolescent birth rate below 1: it looks like births per woman rather than per 1,000 women. */
        ADOLESCENT_BIRTH_RATE_PER_WOMAN,

        /** The women's and men's seat shares do not add up to 100 % (by more than 0.5 points). */
        SEATS_NOT_WHOLE
    }

    /**
     * Checks that no component is null.
     *
     * @param kind     what looks wrong
     * @param input    the input
     * @param key      the observation
     * @param message  the warning
     */
    public InputWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }
}
