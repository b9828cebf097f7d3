package io.github.binhdang.core.strategy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.period.SpanPeriod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A strategy or plan: numbered objectives with their targets over a span of years, adopted by a legal
 * document. The National Strategy on Gender Equality 2021–2030 is one; so is a province's plan that
 * localises it, whose targets each name the national target they serve.
 *
 * <p>When built, a strategy requires objectives numbered 1, 2, 3, … in order and target codes that are
 * unique across all its objectives. A plan built with {@link Builder#localises(Strategy)} also requires
 * that every target that names a target or an objective of that strategy names one that exists.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Strategy {

    private final String code;
    private final BilingualText title;
    private final @Nullable LegalBasis legalBasis;
    private final SpanPeriod span;
    private final List<Objective> objectives;
    private final @Nullable String localises;
    private final @Nullable String area;
    private final Map<String, Target> targetsByCode;

    private Strategy(Builder b, Map<String, Target> targetsByCode) {
        this.code = b.code;
        this.title = b.title;
        this.legalBasis = b.legalBasis;
        this.span = b.span;
        this.objectives = List.copyOf(b.objectives);
        this.localises = b.localises == null ? null : b.localises.code();
        this.area = b.area;
        this.targetsByCode = Map.copyOf(targetsByCode);
    }

    /**
     * Starts a strategy.
     *
     * @param code   the code, such as {@code VN-NSGE-2021-2030}
     * @param title  the title in Vietnamese and English, not null
     * @param span   the years it covers, such as 2021–2030, not null
     * @return a new builder, not null
     * @throws InvalidValueException if the code is empty or malformed
     */
    public static Builder builder(String code, BilingualText title, SpanPeriod span) {
        return new Builder(code, title, span);
    }

    /**
     * Returns the code.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the title in Vietnamese and English.
     *
     * @return the title, not null
     */
    public BilingualText title() {
        return title;
    }

    /**
     * Returns the legal document that adopted it.
     *
     * @return the legal basis, or empty when not given
     */
    public Optional<LegalBasis> legalBasis() {
        return Optional.ofNullable(legalBasis);
    }

    /**
     * Returns the years it covers.
     *
     * @return the span, not null
     */
    public SpanPeriod span() {
        return span;
    }

    /**
     * Returns the objectives in order of their numbers.
     *
     * @return an unmodifiable list, not null
     */
    public List<Objective> objectives() {
        return objectives;
    }

    /**
     * Returns the objective of a number.
     *
     * @param number  the number, from 1
     * @return the objective, or empty
     */
    public Optional<Objective> objective(int number) {
        return number >= 1 && number <= objectives.size() ? Optional.of(objectives.get(number - 1)) : Optional.empty();
    }

    /**
     * Returns every target of every objective, in order.
     *
     * @return an unmodifiable list, not null
     */
    public List<Target> targets() {
        List<Target> all = new ArrayList<>();
        for (Objective o : objectives) {
            all.addAll(o.targets());
        }
        return List.copyOf(all);
    }

    /**
     * Returns the target of a code.
     *
     * @param code  the target's code, such as {@code "2.3"}
     * @return the target, or empty
     */
    public Optional<Target> target(String code) {
        return Optional.ofNullable(targetsByCode.get(code));
    }

    /**
     * Returns the code of the strategy this plan localises, for a province's plan.
     *
     * @return the strategy's code, or empty for a national strategy
     */
    public Optional<String> localises() {
        return Optional.ofNullable(localises);
    }

    /**
     * Returns the code of the area whose plan this is, for a local plan.
     *
     * @return the area's code, or empty for a national strategy
     */
    public Optional<String> area() {
        return Optional.ofNullable(area);
    }

    /**
     * Compares every field.
     *
     * @param other  the other object
     * @return true if both are the same strategy
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Strategy s && code.equals(s.code) && title.equals(s.title)
                && Objects.equals(legalBasis, s.legalBasis) && span.equals(s.span)
                && objectives.equals(s.objectives) && Objects.equals(localises, s.localises)
                && Objects.equals(area, s.area);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(code, span, objectives);
    }

    /**
     * Returns the code, span and size, such as {@code VN-NSGE-2021-2030 2021/2030 (6 objectives, 20 targets)}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return code + " " + span + " (" + objectives.size() + " objectives, " + targetsByCode.size() + " targets)";
    }

    /**
     * Builds a {@link Strategy}, or a local plan that localises one.
     *
     * @implNote A builder is not thread-safe.
     */
    public static final class Builder {
        private final String code;
        private final BilingualText title;
        private final SpanPeriod span;
        private @Nullable LegalBasis legalBasis;
        private final List<Objective> objectives = new ArrayList<>();
        private @Nullable Strategy localises;
        private @Nullable String area;

        private Builder(String code, BilingualText title, SpanPeriod span) {
            this.code = Checks.requireCode("Strategy.code", code);
            this.title = Objects.requireNonNull(title, "title");
            this.span = Objects.requireNonNull(span, "span");
        }

        /**
         * Sets the legal document that adopted it.
         *
         * @param legalBasis  the legal basis, not null
         * @return this builder
         */
        public Builder legalBasis(LegalBasis legalBasis) {
            this.legalBasis = Objects.requireNonNull(legalBasis, "legalBasis");
            return this;
        }

        /**
         * Adds the next objective; objectives are numbered 1, 2, 3, … in the order added.
         *
         * @param objective  the objective, not null
         * @return this builder
         */
        public Builder objective(Objective objective) {
            objectives.add(Objects.requireNonNull(objective, "objective"));
            return this;
        }

        /**
         * Makes this a local plan of an area that localises a strategy.
         *
         * @param strategy  the strategy it localises, such as the national strategy, not null
         * @param areaCode  the code of the area whose plan it is, such as a province's
         * @return this builder
         */
        public Builder localises(Strategy strategy, String areaCode) {
            this.localises = Objects.requireNonNull(strategy, "strategy");
            this.area = Checks.requireText("Strategy.area", areaCode);
            return this;
        }

        /**
         * Makes this a plan that localises a strategy, without naming the area.
         *
         * @param strategy  the strategy it localises, not null
         * @return this builder
         */
        public Builder localises(Strategy strategy) {
            this.localises = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /**
         * Builds the strategy.
         *
         * @return the strategy, not null
         * @throws InvalidValueException if objectives are not numbered 1, 2, 3, … in order, a target code
         *         repeats, or a target serves a target or an objective the localised strategy does not have
         */
        public Strategy build() {
            Map<String, Target> byCode = new HashMap<>();
            for (int i = 0; i < objectives.size(); i++) {
                Objective o = objectives.get(i);
                if (o.number() != i + 1) {
                    throw new InvalidValueException("Strategy.objectives", o.number(),
                            "is out of order: objective " + (i + 1) + " was expected");
                }
                for (Target t : o.targets()) {
                    if (byCode.put(t.code(), t) != null) {
                        throw new InvalidValueException("Strategy.targets", t.code(), "is the code of two targets");
                    }
                    if (localises != null && t.serves().isPresent()) {
                        TargetReference ref = t.serves().get();
                        if (ref.strategy().equals(localises.code()) && localises.target(ref.target()).isEmpty()) {
                            throw new InvalidValueException("Target.serves", ref,
                                    "is not a target of strategy " + localises.code());
                        }
                    }
                    if (localises != null && t.servesObjective().isPresent()) {
                        ObjectiveReference ref = t.servesObjective().get();
                        if (ref.strategy().equals(localises.code()) && localises.objective(ref.objective()).isEmpty()) {
                            throw new InvalidValueException("Target.servesObjective", ref,
                                    "is not an objective of strategy " + localises.code());
                        }
                    }
                }
            }
            return new Strategy(this, byCode);
        }
    }
}
