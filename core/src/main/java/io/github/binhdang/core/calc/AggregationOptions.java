package io.github.binhdang.core.calc;

/**
 * How {@link Aggregation} does its work, never what it computes: the totals are the same for every
 * choice. The public methods use {@link #DEFAULTS}; tests in this package choose the other paths to
 * hold them equal.
 *
 * @param denseLimit  the largest key space (indicators × target areas × periods × target breakdowns)
 *                    whose groups are indexed directly; above it, groups are numbered through a hash of
 *                    the keys present. 0 forces the sparse index.
 * @param fast        whether indicators that allow it are summed without per-row checks and their
 *                    quotients computed in long arithmetic; false sums every row with every check and
 *                    computes every quotient in {@code BigDecimal}, the reference the fast paths are
 *                    compared with
 */
record AggregationOptions(long denseLimit, boolean fast) {

    /** The dense index up to {@link GroupIndex#DENSE_LIMIT} groups, and the fast paths. */
    static final AggregationOptions DEFAULTS = new AggregationOptions(GroupIndex.DENSE_LIMIT, true);

    /** Returns these options with another dense limit. */
    AggregationOptions withDenseLimit(long limit) {
        return new AggregationOptions(limit, fast);
    }

    /** Returns these options with the fast paths off. */
    AggregationOptions withoutFastPath() {
        return new AggregationOptions(denseLimit, false);
    }
}
