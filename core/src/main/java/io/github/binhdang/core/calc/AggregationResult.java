package io.github.binhdang.core.calc;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.ObservationKey;
import java.util.List;
import java.util.Objects;

/**
 * What an aggregation gives: the totals as a dataset, the totals that lack some of their parts, and
 * the totals that could not be formed at all.
 *
 * <p>A partial total is still in {@link #dataset()}, with a note that says what is missing; the
 * caller decides whether to accept it ({@link #requireComplete()} refuses it).
 *
 * @param dataset   the totals, one observation per key, not null
 * @param partials  the totals that lack some of the areas or categories they should contain
 * @param refused   the totals that could not be formed, with the reason
 * @implSpec This record is immutable and thread-safe.
 */
public record AggregationResult(Dataset dataset, List<Partial> partials, List<Refusal> refused) {

    /**
     * Checks and copies the parts.
     *
     * @param dataset   the totals, not null
     * @param partials  the partial totals, not null
     * @param refused   the refused totals, not null
     */
    public AggregationResult {
        Objects.requireNonNull(dataset, "dataset");
        partials = List.copyOf(partials);
        refused = List.copyOf(refused);
    }

    /**
     * Tells whether every total holds all its parts and none was refused.
     *
     * @return true if complete
     */
    public boolean isComplete() {
        return partials.isEmpty() && refused.isEmpty();
    }

    /**
     * Returns the totals, refusing partial or refused ones.
     *
     * @return the totals, not null
     * @throws InvalidValueException if a total lacks a part or was refused; the message names the first
     *         one and how many there are
     */
    public Dataset requireComplete() {
        if (!refused.isEmpty()) {
            throw new InvalidValueException("Aggregation.total", refused.get(0).key(),
                    "could not be formed: " + refused.get(0).reason() + " (" + refused.get(0).detail() + "); "
                            + refused.size() + " totals refused");
        }
        if (!partials.isEmpty()) {
            Partial p = partials.get(0);
            throw new InvalidValueException("Aggregation.total", p.key(),
                    "holds " + p.present() + " of " + p.expected() + " parts, missing " + p.missing() + "; "
                            + partials.size() + " totals are partial");
        }
        return dataset;
    }

    /**
     * A total that lacks some of its parts: "33 of 34 provinces, missing 10".
     *
     * @param key       the total's key, not null
     * @param present   how many parts it holds
     * @param expected  how many it should hold
     * @param missing   the codes of the missing areas, or the missing categories, not null
     * @implSpec This record is immutable and thread-safe.
     */
    public record Partial(ObservationKey key, int present, int expected, List<String> missing) {

        /**
         * Checks and copies the parts.
         *
         * @param key       the total's key, not null
         * @param present   how many parts it holds
         * @param expected  how many it should hold
         * @param missing   the missing parts, not null
         */
        public Partial {
            Objects.requireNonNull(key, "key");
            missing = List.copyOf(missing);
        }
    }

    /**
     * A total that could not be formed, such as a percentage whose parts were reported without
     * numerators and denominators.
     *
     * @param key     the total's key, not null
     * @param reason  why, not null
     * @param detail  the specifics, not null
     * @implSpec This record is immutable and thread-safe.
     */
    public record Refusal(ObservationKey key, NoDataReason reason, String detail) {

        /**
         * Checks the parts.
         *
         * @param key     the total's key, not null
         * @param reason  why, not null
         * @param detail  the specifics, not null
         */
        public Refusal {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
