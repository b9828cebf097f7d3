package io.github.binhdang.core.index;

import io.github.binhdang.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One entry of a {@link Ranking}: what is ranked, its value, the value compared and its rank.
 *
 * @param <K>       the type of what is ranked (a country code, an area)
 * @param key       what is ranked
 * @param value     the value as given, unrounded
 * @param compared  the value the ranking rule compared (the value rounded to the published decimals, or the
 *                  value itself)
 * @param rank      the rank, from 1; entries whose compared values are equal share it
 * @param shared    whether another entry has the same rank (a tie, printed "=" or repeated by publishers)
 */
public record Ranked<K>(K key, BigDecimal value, BigDecimal compared, int rank, boolean shared) {

    /**
     * Checks the entry.
     *
     * @param key       what is ranked
     * @param value     the value as given
     * @param compared  the value compared
     * @param rank      the rank, from 1
     * @param shared    whether another entry has the same rank
     * @throws InvalidValueException if the rank is below 1
     */
    public Ranked {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(compared, "compared");
        if (rank < 1) {
            throw new InvalidValueException("Ranked.rank", rank, "must be 1 or more");
        }
    }
}
