package io.github.binhdang.core.progress;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.ObservationKey;
import java.util.Objects;

/**
 * An observation left out of a {@link Series} because no value could be had from it, with the reason:
 * no value and a zero denominator, no value and no numerator, a unit that cannot be converted into the
 * indicator's.
 *
 * @param key     the key of the observation left out, not null
 * @param reason  why, in Vietnamese and English, such as "mẫu số bằng 0" / "the denominator is zero",
 *                not null
 * @implSpec This record is immutable and thread-safe.
 */
public record SkippedObservation(ObservationKey key, BilingualText reason) {

    /**
     * Checks that both parts are present.
     *
     * @param key     the key, not null
     * @param reason  the reason, not null
     */
    public SkippedObservation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reason, "reason");
    }
}
