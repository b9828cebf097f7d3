package io.github.binhdang.core.progress;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An observation left out of a {@link Series} because no value could be had from it, with the reason:
 * no value and a zero denominator, no value and no numerator, a unit that cannot be converted into the
 * indicator's.
 *
 * @param key              the key of the observation left out, not null
 * @param reason           why, in Vietnamese and English, such as "không có giá trị và mẫu số bằng 0" /
 *                         "no value and a zero denominator", not null
 * @param reasonKey        the key of the reason's template in the bundles {@code reasons.properties} and
 *                         {@code reasons_vi.properties}, such as
 *                         {@code binhdang.progress.skip.zeroDenominator}, not blank
 * @param reasonArguments  the template's arguments by name, such as {@code unit}; copied, unmodifiable
 * @implSpec This record is immutable and thread-safe.
 */
public record SkippedObservation(ObservationKey key, BilingualText reason, String reasonKey,
        Map<String, Object> reasonArguments) {

    /**
     * Checks that every part is present.
     *
     * @param key              the key, not null
     * @param reason           the reason, not null
     * @param reasonKey        the reason's key, not blank
     * @throws io.github.binhdang.core.InvalidValueException if the reason's key is blank
     * @param reasonArguments  the reason's arguments, not null
     */
    public SkippedObservation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reason, "reason");
        Checks.requireText("SkippedObservation.reasonKey", reasonKey);
        reasonArguments = Collections.unmodifiableMap(new LinkedHashMap<>(reasonArguments));
    }

    /**
     * Compares the observations' keys and the reasons' texts, as {@link Assessment} compares its
     * reasons: a skipped observation read back from JSON, whose reason is text, equals the one written.
     *
     * @param other  the other object
     * @return true if both skip the same observation for the same reason
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SkippedObservation s && key.equals(s.key) && reason.equals(s.reason);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(key, reason);
    }

    /**
     * A skipped observation whose reason is given as text: its key is {@code binhdang.progress.text} and
     * its one argument {@code text}.
     *
     * @param key     the key, not null
     * @param reason  the reason, not null
     */
    public SkippedObservation(ObservationKey key, BilingualText reason) {
        this(key, reason, Reason.TEXT, Map.of("text", Objects.requireNonNull(reason, "reason")));
    }

    /** A skipped observation with a reason from the bundles. */
    static SkippedObservation of(ObservationKey key, Reason reason) {
        return new SkippedObservation(key, reason.text(), reason.key(), reason.arguments());
    }
}
