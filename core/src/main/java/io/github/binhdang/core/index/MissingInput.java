package io.github.binhdang.core.index;

import io.github.binhdang.core.data.Sex;
import java.util.Objects;

/**
 * An index input that could not be read from a dataset, and why: no indicator was mapped to it, the
 * dataset has no observation for it, or the observation has no value.
 *
 * @param input   the input
 * @param sex     the sex it is for; {@link Sex#TOTAL} for the whole population
 * @param reason  why, in English, naming the indicator and the observation looked for, such as
 *                {@code no observation ABR|VN|2022|_T in the dataset}
 */
public record MissingInput(IndexInput input, Sex sex, String reason) {

    /**
     * Checks that no component is null.
     *
     * @param input   the input
     * @param sex     the sex
     * @param reason  why it is missing
     */
    public MissingInput {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(reason, "reason");
    }
}
