package io.github.binhdang.core.strategy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.indicator.Domain;
import io.github.binhdang.core.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An objective of a strategy (mục tiêu): a numbered aim in a domain with the targets that measure it,
 * such as objective 2, "in the economy and labour", with three targets.
 *
 * @param number   the objective's number in its strategy, from 1
 * @param domain   the field of social life it covers, not null
 * @param title    its title in Vietnamese and English, not null
 * @param targets  its targets in order; may be empty where none is confirmed
 * @implSpec This record is immutable and thread-safe.
 */
public record Objective(int number, Domain domain, BilingualText title, List<Target> targets) {

    /**
     * Checks the parts and copies the targets.
     *
     * @param number   the number, from 1 to 99
     * @param domain   the domain, not null
     * @param title    the title, not null
     * @param targets  the targets, not null
     * @throws io.github.binhdang.core.InvalidValueException if the number is out of range
     */
    public Objective {
        Checks.requireRange("Objective.number", number, 1, 99);
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(title, "title");
        targets = List.copyOf(targets);
    }

    /**
     * Obtains an objective.
     *
     * @param number   the number, from 1 to 99
     * @param domain   the domain, not null
     * @param title    the title, not null
     * @param targets  the targets in order
     * @return the objective, not null
     */
    public static Objective of(int number, Domain domain, BilingualText title, Target... targets) {
        return new Objective(number, domain, title, List.of(targets));
    }

    /**
     * Returns the target of a code.
     *
     * @param code  the target's code
     * @return the target, or empty
     */
    public Optional<Target> target(String code) {
        return targets.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
