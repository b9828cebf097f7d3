package io.github.binhdang.indicators;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.indicator.Domain;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.strategy.Objective;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.strategy.TargetReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Lookups over Viet Nam's national strategies on gender equality: by strategy code, by objective, by
 * target, by domain, by the indicator a target is measured by (so that a series can follow one indicator
 * across both strategies), and by the SDG indicator that indicator is linked to. Indicators themselves
 * are looked up in {@link GenderIndicators} (by code, by Vietnamese or English name, by SDG code).
 *
 * <p>{@code targetsMeasuredBy(GenderIndicators.KEY_LEADERS_FEMALE)} gives
 * {@code VN-NSGE-2011-2020/1.c} then {@code VN-NSGE-2021-2030/1.1}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class VietNamStrategies {

    /** The strategies, oldest first: {@link Strategy2011To2020#STRATEGY}, {@link Strategy2021To2030#STRATEGY}. */
    public static final List<Strategy> ALL = List.of(Strategy2011To2020.STRATEGY, Strategy2021To2030.STRATEGY);

    private VietNamStrategies() {
    }

    /**
     * Obtains a strategy by its code: {@code of("VN-NSGE-2021-2030")} is
     * {@link Strategy2021To2030#STRATEGY}. The match is exact.
     *
     * @param code  the code, such as {@code "VN-NSGE-2021-2030"}, not null
     * @return the strategy, not null
     * @throws InvalidValueException if no national strategy has that code; the message lists the codes
     */
    public static Strategy of(String code) {
        return find(code).orElseThrow(() -> new InvalidValueException("VietNamStrategies.code", "'" + code + "'",
                "must be one of " + String.join(", ", ALL.stream().map(Strategy::code).toList())));
    }

    /**
     * Finds a strategy by its code; the match is exact.
     *
     * @param code  the code, such as {@code "VN-NSGE-2021-2030"}, not null
     * @return the strategy, or empty if no national strategy has that code
     */
    public static Optional<Strategy> find(String code) {
        Objects.requireNonNull(code, "code");
        return ALL.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /**
     * Finds an objective of a strategy by its number.
     *
     * @param strategyCode  the strategy's code, not null
     * @param number        the objective's number, from 1
     * @return the objective, or empty if the strategy or the objective is unknown
     */
    public static Optional<Objective> findObjective(String strategyCode, int number) {
        return find(strategyCode).flatMap(s -> s.objective(number));
    }

    /**
     * Finds a target of a strategy by its code.
     *
     * @param strategyCode  the strategy's code, not null
     * @param targetCode    the target's code, such as {@code "3.2a"}, not null
     * @return the target, or empty if the strategy or the target is unknown
     */
    public static Optional<Target> findTarget(String strategyCode, String targetCode) {
        Objects.requireNonNull(targetCode, "targetCode");
        return find(strategyCode).flatMap(s -> s.target(targetCode));
    }

    /**
     * Finds the target a reference names, such as the one a province's target serves.
     *
     * @param reference  the reference, not null
     * @return the target, or empty if the strategy or the target is unknown
     */
    public static Optional<Target> findTarget(TargetReference reference) {
        Objects.requireNonNull(reference, "reference");
        return findTarget(reference.strategy(), reference.target());
    }

    /**
     * Returns the targets of every national strategy measured by an indicator (compared by code),
     * oldest strategy first, each in the order of its strategy.
     *
     * @param indicator  the indicator, not null
     * @return references to the targets, unmodifiable, empty if none
     */
    public static List<TargetReference> targetsMeasuredBy(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        List<TargetReference> found = new ArrayList<>();
        for (Strategy strategy : ALL) {
            for (Target target : strategy.targets()) {
                if (target.indicator().code().equals(indicator.code())) {
                    found.add(new TargetReference(strategy.code(), target.code()));
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * Returns the targets of a strategy, in order: {@code targets("VN-NSGE-2021-2030")} has 17.
     *
     * @param strategyCode  the strategy's code, not null
     * @return the targets, unmodifiable, empty if the strategy is unknown
     */
    public static List<Target> targets(String strategyCode) {
        return find(strategyCode).map(Strategy::targets).orElse(List.of());
    }

    /**
     * Returns the targets of an objective of a strategy, in order: objective 4 of 2011–2020 has 4.a to 4.d.
     *
     * @param strategyCode  the strategy's code, not null
     * @param number        the objective's number, from 1
     * @return the targets, unmodifiable, empty if the strategy or the objective is unknown or has none
     */
    public static List<Target> targets(String strategyCode, int number) {
        return findObjective(strategyCode, number).map(Objective::targets).orElse(List.of());
    }

    /**
     * Returns the targets of every national strategy whose objective is in a domain, oldest strategy
     * first: {@code targetsIn(Domain.HEALTH)} gives 2011–2020 targets 4.a to 4.d, then 2021–2030 targets
     * 4.a to 4.c.
     *
     * @param domain  the domain, not null
     * @return references to the targets, unmodifiable, empty if none
     */
    public static List<TargetReference> targetsIn(Domain domain) {
        Objects.requireNonNull(domain, "domain");
        List<TargetReference> found = new ArrayList<>();
        for (Strategy strategy : ALL) {
            for (Objective objective : strategy.objectives()) {
                if (objective.domain() == domain) {
                    objective.targets().forEach(t -> found.add(new TargetReference(strategy.code(), t.code())));
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * Returns the targets of every national strategy measured by an indicator that sdg5.md links to a
     * global SDG indicator ({@link GenderIndicators#sdgIndicator(String)}), oldest strategy first:
     * {@code targetsLinkedTo("5.5.1")} gives 2011–2020 targets 1.b-QH and 1.b-HDND.
     *
     * @param sdgCode  the global SDG indicator code, such as {@code "5.5.2"}, not null
     * @return references to the targets, unmodifiable, empty if none
     */
    public static List<TargetReference> targetsLinkedTo(String sdgCode) {
        Objects.requireNonNull(sdgCode, "sdgCode");
        List<TargetReference> found = new ArrayList<>();
        for (Strategy strategy : ALL) {
            for (Target target : strategy.targets()) {
                if (GenderIndicators.sdgIndicator(target.indicator().code()).filter(sdgCode::equals).isPresent()) {
                    found.add(new TargetReference(strategy.code(), target.code()));
                }
            }
        }
        return List.copyOf(found);
    }
}
