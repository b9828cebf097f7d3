package io.github.binhdang.core.strategy;

import io.github.binhdang.core.internal.Checks;

/**
 * Names an objective of another strategy: the national objective that a province's target serves when
 * no national target of that objective fits, or none is known, such as objective 7 of the 2011–2020
 * strategy, whose targets no source confirms.
 *
 * @param strategy   the code of the strategy, not blank
 * @param objective  the objective's number in that strategy, from 1 to 99
 * @implSpec This record is immutable and thread-safe.
 */
public record ObjectiveReference(String strategy, int objective) {

    /**
     * Checks the code and the number.
     *
     * @param strategy   the code of the strategy
     * @param objective  the objective's number, from 1 to 99
     * @throws io.github.binhdang.core.InvalidValueException if the code is empty or malformed, or the
     *         number out of range
     */
    public ObjectiveReference {
        Checks.requireCode("ObjectiveReference.strategy", strategy);
        Checks.requireRange("ObjectiveReference.objective", objective, 1, 99);
    }

    /**
     * Returns {@code strategy/objective N}, such as {@code VN-NSGE-2011-2020/objective 7}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return strategy + "/objective " + objective;
    }
}
