package io.github.binhdang.core.strategy;

import io.github.binhdang.core.internal.Checks;

/**
 * Names a target of another strategy: the national target that a province's target serves.
 *
 * @param strategy  the code of the strategy, not blank
 * @param target    the code of the target in that strategy, not blank
 * @implSpec This record is immutable and thread-safe.
 */
public record TargetReference(String strategy, String target) {

    /**
     * Checks both codes.
     *
     * @param strategy  the code of the strategy
     * @param target    the code of the target
     * @throws io.github.binhdang.core.InvalidValueException if a code is empty or malformed
     */
    public TargetReference {
        Checks.requireCode("TargetReference.strategy", strategy);
        Checks.requireCode("TargetReference.target", target);
    }

    /**
     * Returns {@code strategy/target}, such as {@code VN-NSGE-2021-2030/2.3}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return strategy + "/" + target;
    }
}
