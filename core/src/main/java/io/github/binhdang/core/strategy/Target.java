package io.github.binhdang.core.strategy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A target of a strategy (chỉ tiêu): a text, the indicator that measures it, and one or more
 * milestones, such as "women make up at least 27 % of directors and owners of enterprises and
 * cooperatives by 2025, and 30 % by 2030".
 *
 * <p>When built, a target requires at least one milestone, milestones in strictly increasing order of
 * their periods, each in the indicator's unit, and a baseline (where given) before the first
 * milestone. A province's target may name the national target it serves, or, where no national target
 * fits, the national objective it serves ({@link #servesObjective()}).
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Target {

    private final String code;
    private final BilingualText text;
    private final Indicator indicator;
    private final List<Milestone> milestones;
    private final @Nullable Baseline baseline;
    private final @Nullable TargetReference serves;
    private final @Nullable ObjectiveReference servesObjective;

    private Target(Builder b) {
        this.code = b.code;
        this.text = b.text;
        this.indicator = b.indicator;
        this.milestones = List.copyOf(b.milestones);
        this.baseline = b.baseline;
        this.serves = b.serves;
        this.servesObjective = b.servesObjective;
    }

    /**
     * Starts a target.
     *
     * @param code       the code within its strategy, such as {@code "2.3"}
     * @param text       the target's text in Vietnamese and English, not null
     * @param indicator  the indicator that measures it, not null
     * @return a new builder, not null
     * @throws InvalidValueException if the code is empty or malformed
     */
    public static Builder builder(String code, BilingualText text, Indicator indicator) {
        return new Builder(code, text, indicator);
    }

    /**
     * Returns the code within its strategy.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the target's text in Vietnamese (as published) and English.
     *
     * @return the text, not null
     */
    public BilingualText text() {
        return text;
    }

    /**
     * Returns the indicator that measures it.
     *
     * @return the indicator, not null
     */
    public Indicator indicator() {
        return indicator;
    }

    /**
     * Returns the milestones, earliest first.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<Milestone> milestones() {
        return milestones;
    }

    /**
     * Returns the milestone of a year, that is the one whose period ends in that year.
     *
     * @param year  the year
     * @return the milestone, or empty
     */
    public Optional<Milestone> milestone(int year) {
        for (Milestone m : milestones) {
            if (m.year() == year) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the value it starts from, where the text gives one.
     *
     * @return the baseline, or empty
     */
    public Optional<Baseline> baseline() {
        return Optional.ofNullable(baseline);
    }

    /**
     * Returns the national target this one serves, for a province's plan.
     *
     * @return the reference, or empty
     */
    public Optional<TargetReference> serves() {
        return Optional.ofNullable(serves);
    }

    /**
     * Returns the national objective this one serves, for a province's target that serves an objective
     * rather than one of its targets.
     *
     * @return the reference, or empty
     */
    public Optional<ObjectiveReference> servesObjective() {
        return Optional.ofNullable(servesObjective);
    }

    /**
     * Compares every field.
     *
     * @param other  the other object
     * @return true if both are the same target
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Target t && code.equals(t.code) && text.equals(t.text)
                && indicator.equals(t.indicator) && milestones.equals(t.milestones)
                && Objects.equals(baseline, t.baseline) && Objects.equals(serves, t.serves)
                && Objects.equals(servesObjective, t.servesObjective);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(code, text, indicator.code(), milestones, baseline, serves);
    }

    /**
     * Returns the code and milestones, such as {@code 2.3 [2025: ≥ 27 percent, 2030: ≥ 30 percent]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return code + " " + milestones;
    }

    /**
     * Builds a {@link Target}.
     *
     * @implNote A builder is not thread-safe.
     */
    public static final class Builder {
        private final String code;
        private final BilingualText text;
        private final Indicator indicator;
        private final List<Milestone> milestones = new ArrayList<>();
        private @Nullable Baseline baseline;
        private @Nullable TargetReference serves;
        private @Nullable ObjectiveReference servesObjective;

        private Builder(String code, BilingualText text, Indicator indicator) {
            this.code = Checks.requireCode("Target.code", code);
            this.text = Objects.requireNonNull(text, "text");
            this.indicator = Objects.requireNonNull(indicator, "indicator");
        }

        /**
         * Adds a milestone; milestones must come in order of their periods.
         *
         * @param milestone  the milestone, in the indicator's unit
         * @return this builder
         */
        public Builder milestone(Milestone milestone) {
            milestones.add(Objects.requireNonNull(milestone, "milestone"));
            return this;
        }

        /**
         * Sets the value the target starts from.
         *
         * @param baseline  the baseline, not null
         * @return this builder
         */
        public Builder baseline(Baseline baseline) {
            this.baseline = Objects.requireNonNull(baseline, "baseline");
            return this;
        }

        /**
         * Says which target of another strategy this one serves.
         *
         * @param reference  the national target, not null
         * @return this builder
         */
        public Builder serves(TargetReference reference) {
            this.serves = Objects.requireNonNull(reference, "reference");
            return this;
        }

        /**
         * Says which target of another strategy this one serves, checking that it exists there.
         *
         * @param strategy    the strategy, such as the national strategy, not null
         * @param targetCode  the code of the target in it
         * @return this builder
         * @throws InvalidValueException if the strategy has no target of that code
         */
        public Builder serves(Strategy strategy, String targetCode) {
            if (strategy.target(targetCode).isEmpty()) {
                throw new InvalidValueException("Target.serves", targetCode,
                        "is not a target of strategy " + strategy.code());
            }
            return serves(new TargetReference(strategy.code(), targetCode));
        }

        /**
         * Says which objective of another strategy this one serves, where no target of it fits.
         *
         * @param reference  the national objective, not null
         * @return this builder
         */
        public Builder serves(ObjectiveReference reference) {
            this.servesObjective = Objects.requireNonNull(reference, "reference");
            return this;
        }

        /**
         * Says which objective of another strategy this one serves, checking that it exists there.
         *
         * @param strategy  the strategy, such as the national strategy, not null
         * @param number    the objective's number in it
         * @return this builder
         * @throws InvalidValueException if the strategy has no objective of that number
         */
        public Builder servesObjective(Strategy strategy, int number) {
            if (strategy.objective(number).isEmpty()) {
                throw new InvalidValueException("Target.servesObjective", number,
                        "is not an objective of strategy " + strategy.code());
            }
            return serves(new ObjectiveReference(strategy.code(), number));
        }

        /**
         * Builds the target.
         *
         * @return the target, not null
         * @throws InvalidValueException if there is no milestone, a milestone is not in the indicator's
         *         unit, milestones are out of order, or the baseline is not before the first milestone
         */
        public Target build() {
            if (milestones.isEmpty()) {
                throw new InvalidValueException("Target.milestones", "[]", "must hold at least one milestone");
            }
            Milestone previous = null;
            for (Milestone m : milestones) {
                if (!m.unit().equals(indicator.unit())) {
                    throw new InvalidValueException("Target.milestones", m,
                            "is in " + m.unit().code() + " but the indicator " + indicator.code() + " is in "
                                    + indicator.unit().code());
                }
                if (previous != null && m.period().start().compareTo(previous.period().end()) <= 0) {
                    throw new InvalidValueException("Target.milestones", m,
                            "must come after the milestone " + previous);
                }
                previous = m;
            }
            if (baseline != null && baseline.period().start().compareTo(milestones.get(0).period().start()) >= 0) {
                throw new InvalidValueException("Target.baseline", baseline.period(),
                        "must come before the first milestone " + milestones.get(0).period());
            }
            return new Target(this);
        }
    }
}
