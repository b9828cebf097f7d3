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
 * <p>Figures carried across a reform ({@link Carry}) may come from old units split between new ones.
 * Without shares such a figure is carried to none of them: it is listed in {@link #splits()}, the
 * totals that should hold a part of it are partial (missing the old unit's code), and a total that
 * would hold nothing else is refused with {@link NoDataReason#SPLIT_WITHOUT_SHARES}.
 *
 * @param dataset   the totals, one observation per key, not null
 * @param partials  the totals that lack some of the areas or categories they should contain
 * @param refused   the totals that could not be formed, with the reason
 * @param splits    the figures of split units that were not carried, for want of shares
 * @implSpec This record is immutable and thread-safe.
 */
public record AggregationResult(Dataset dataset, List<Partial> partials, List<Refusal> refused, List<Split> splits) {

    /**
     * Checks and copies the parts.
     *
     * @param dataset   the totals, not null
     * @param partials  the partial totals, not null
     * @param refused   the refused totals, not null
     * @param splits    the figures not carried because their unit was split, not null
     */
    public AggregationResult {
        Objects.requireNonNull(dataset, "dataset");
        partials = List.copyOf(partials);
        refused = List.copyOf(refused);
        splits = List.copyOf(splits);
    }

    /**
     * Obtains a result with no split figures, as every aggregation within one geography gives.
     *
     * @param dataset   the totals, not null
     * @param partials  the partial totals, not null
     * @param refused   the refused totals, not null
     */
    public AggregationResult(Dataset dataset, List<Partial> partials, List<Refusal> refused) {
        this(dataset, partials, refused, List.of());
    }

    /**
     * Tells whether every total holds all its parts, none was refused and every figure was carried.
     *
     * @return true if complete
     */
    public boolean isComplete() {
        return partials.isEmpty() && refused.isEmpty() && splits.isEmpty();
    }

    /**
     * Returns the totals, refusing partial or refused ones.
     *
     * @return the totals, not null
     * @throws InvalidValueException if a total lacks a part or was refused, or a figure was not carried
     *         because its unit was split; the message names the first one and how many there are
     */
    public Dataset requireComplete() {
        if (!splits.isEmpty()) {
            Split s = splits.get(0);
            throw new InvalidValueException("Aggregation.source", s.source(),
                    "was not carried: " + s.area() + " was split between " + String.join(", ", s.successors())
                            + " and no shares were given; " + splits.size() + " figures not carried");
        }
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

    /**
     * A figure of an old unit split between new ones that was carried to none of them, for want of
     * shares: "C6 Tân Lập's 2024 figure, split between C3 and C7".
     *
     * @param source      the figure's key, with the old unit's code, not null
     * @param area        the old unit's code, not null
     * @param successors  the codes of the units that took a part of it, not null
     * @implSpec This record is immutable and thread-safe.
     */
    public record Split(ObservationKey source, String area, List<String> successors) {

        /**
         * Checks and copies the parts.
         *
         * @param source      the figure's key, not null
         * @param area        the old unit's code, not null
         * @param successors  the codes of its successors, not null
         */
        public Split {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(area, "area");
            successors = List.copyOf(successors);
        }
    }
}
