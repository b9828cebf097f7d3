package io.github.binhdang.core.calc;

import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The shares in which the figures of old units split between new ones are carried onto them: for each
 * (old unit, new unit) pair of a {@linkplain io.github.binhdang.core.area.LinkKind#PARTIAL partial link},
 * the part of the old unit's figure that goes to the new one, such as its share of the old unit's
 * population or area. The caller supplies them; the SDK has no such figures.
 *
 * <p>The shares of one old unit must add up to 1 within a tolerance ({@link #DEFAULT_TOLERANCE} unless
 * {@link Builder#tolerance} sets another), since the whole of its figure is carried: a commune whose
 * population went 60 % to one new commune and 40 % to another has shares 0.6 and 0.4.
 *
 * <p>Units are named by code: an old unit by its code on its last day, a new one by its code on the
 * day figures are carried onto. {@link Carry} checks that the pairs are the links of its hierarchy.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class SplitShares {

    /** The default tolerance of the sum of an old unit's shares: 0.001, for shares published to 0.1 %. */
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.001");

    private static final SplitShares NONE = new SplitShares(Map.of());

    private final Map<String, Map<String, BigDecimal>> byOld;

    private SplitShares(Map<String, Map<String, BigDecimal>> byOld) {
        this.byOld = byOld;
    }

    /**
     * Returns shares for no unit: every split unit's figures stay uncarried, and the totals that should
     * hold them are partial.
     *
     * @return the empty shares, not null
     */
    public static SplitShares none() {
        return NONE;
    }

    /**
     * Starts a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tells whether shares were given for an old unit.
     *
     * @param oldCode  the old unit's code, not null
     * @return true if it has shares
     */
    public boolean covers(String oldCode) {
        return byOld.containsKey(Objects.requireNonNull(oldCode, "oldCode"));
    }

    /**
     * Returns the shares of an old unit, by new unit's code, in the order given.
     *
     * @param oldCode  the old unit's code, not null
     * @return the shares, unmodifiable, empty if none were given
     */
    public Map<String, BigDecimal> of(String oldCode) {
        return byOld.getOrDefault(Objects.requireNonNull(oldCode, "oldCode"), Map.of());
    }

    /**
     * Returns the codes of the old units that have shares.
     *
     * @return the codes, unmodifiable, not null
     */
    public Set<String> oldCodes() {
        return byOld.keySet();
    }

    /**
     * Compares the shares, by value with scale.
     *
     * @param other  the other object
     * @return true if both hold the same shares
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof SplitShares s && byOld.equals(s.byOld);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return byOld.hashCode();
    }

    /**
     * Returns the shares, such as {@code SplitShares{C6={C3=0.6, C7=0.4}}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "SplitShares" + byOld;
    }

    /**
     * Collects shares and checks that each old unit's add up to 1.
     *
     * @implSpec This class is mutable and not thread-safe.
     */
    public static final class Builder {

        private final Map<String, Map<String, BigDecimal>> byOld = new LinkedHashMap<>();
        private BigDecimal tolerance = DEFAULT_TOLERANCE;

        private Builder() {
        }

        /**
         * Adds the share of an old unit's figures that goes to a new unit.
         *
         * @param oldCode  the old unit's code, not null
         * @param newCode  the new unit's code, not null
         * @param share    the share, above 0 and at most 1, such as {@code 0.6}
         * @return this builder
         * @throws InvalidValueException if the share is not above 0 or is above 1, or the pair already has one
         */
        public Builder share(String oldCode, String newCode, BigDecimal share) {
            Objects.requireNonNull(oldCode, "oldCode");
            Objects.requireNonNull(newCode, "newCode");
            Objects.requireNonNull(share, "share");
            if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidValueException("SplitShares.share", Checks.plain(share),
                        "of " + oldCode + " in " + newCode + " must be above 0 and at most 1");
            }
            Map<String, BigDecimal> shares = byOld.computeIfAbsent(oldCode, k -> new LinkedHashMap<>());
            if (shares.containsKey(newCode)) {
                throw new InvalidValueException("SplitShares.share", Checks.plain(share),
                        "of " + oldCode + " in " + newCode + " is given twice");
            }
            shares.put(newCode, share);
            return this;
        }

        /**
         * Adds a share written as text, such as {@code "0.6"}.
         *
         * @param oldCode  the old unit's code, not null
         * @param newCode  the new unit's code, not null
         * @param share    the share, a plain decimal above 0 and at most 1
         * @return this builder
         * @throws InvalidValueException as {@link #share(String, String, BigDecimal)} does, or if the
         *     text is not a number
         */
        public Builder share(String oldCode, String newCode, String share) {
            Objects.requireNonNull(share, "share");
            BigDecimal value;
            try {
                value = new BigDecimal(share);
            } catch (NumberFormatException e) {
                throw new InvalidValueException("SplitShares.share", "'" + share + "'", "is not a number");
            }
            return share(oldCode, newCode, value);
        }

        /**
         * Sets how far an old unit's shares may add up from 1.
         *
         * @param tolerance  the tolerance, from 0 to below 1, such as {@code 0.01}
         * @return this builder
         * @throws InvalidValueException if the tolerance is below 0 or not below 1
         */
        public Builder tolerance(BigDecimal tolerance) {
            Objects.requireNonNull(tolerance, "tolerance");
            if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.ONE) >= 0) {
                throw new InvalidValueException("SplitShares.tolerance", Checks.plain(tolerance),
                        "must be from 0 to below 1");
            }
            this.tolerance = tolerance;
            return this;
        }

        /**
         * Checks the sums and builds the shares.
         *
         * @return the shares, not null
         * @throws InvalidValueException if an old unit's shares add up to more than the tolerance away
         *     from 1; the message names the unit, the sum and the tolerance
         */
        public SplitShares build() {
            Map<String, Map<String, BigDecimal>> copy = new LinkedHashMap<>();
            for (Map.Entry<String, Map<String, BigDecimal>> e : byOld.entrySet()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (BigDecimal share : e.getValue().values()) {
                    sum = sum.add(share);
                }
                if (sum.subtract(BigDecimal.ONE).abs().compareTo(tolerance) > 0) {
                    throw new InvalidValueException("SplitShares.share", e.getKey(), "has shares "
                            + e.getValue() + " that add up to " + Checks.plain(sum) + ", not 1 (tolerance "
                            + Checks.plain(tolerance) + ")");
                }
                copy.put(e.getKey(), Collections.unmodifiableMap(new LinkedHashMap<>(e.getValue())));
            }
            return copy.isEmpty() ? NONE : new SplitShares(Collections.unmodifiableMap(copy));
        }
    }
}
