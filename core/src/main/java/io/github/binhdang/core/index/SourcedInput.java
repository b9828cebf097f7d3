package io.github.binhdang.core.index;

import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.data.Sex;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An index input read from a dataset: which input, for which sex, from which observation, and its value.
 *
 * @param input    the input
 * @param sex      the sex it is for; {@link Sex#TOTAL} for the whole population
 * @param key      the observation it came from; for a derived value, the observation it was derived from
 * @param value    the value the index used as its input, on the scale of {@link IndexInput#unit()}
 * @param derived  true if the value is not the observation's own: the men's seat share as 100 % minus the
 *                 women's ({@link IndexSources.Builder#womenShare})
 */
public record SourcedInput(IndexInput input, Sex sex, ObservationKey key, BigDecimal value, boolean derived) {

    /**
     * Checks that no component is null.
     *
     * @param input    the input
     * @param sex      the sex
     * @param key      the observation
     * @param value    the value
     * @param derived  whether the value is derived
     */
    public SourcedInput {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
