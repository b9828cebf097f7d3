package io.github.binhdang.serialization.json;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.strategy.Target;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A catalogue as one JSON document: indicators, and the strategies and plans whose targets they
 * measure.
 *
 * <p>In its JSON each indicator is written once, under {@code "indicators"}; a target whose
 * indicator is that one names it by code. A target whose indicator is not in the list, or differs
 * from the listed indicator of the same code, carries its indicator in full. A plan that localises a
 * strategy listed before it is checked against that strategy when read. See the package
 * documentation for the format and {@code catalogue.schema.json} for its schema.
 *
 * @param indicators  the indicators, each code once, in order
 * @param strategies  the strategies and plans, each code once, in order
 * @implSpec This record is immutable and thread-safe.
 */
public record Catalogue(List<Indicator> indicators, List<Strategy> strategies) {

    /**
     * Copies the lists and checks that no code repeats.
     *
     * @param indicators  the indicators, each code once
     * @param strategies  the strategies and plans, each code once
     * @throws InvalidValueException if two indicators or two strategies share a code
     * @throws NullPointerException if a list or an element is null
     */
    public Catalogue {
        indicators = List.copyOf(indicators);
        strategies = List.copyOf(strategies);
        Set<String> codes = new HashSet<>();
        for (Indicator indicator : indicators) {
            if (!codes.add(indicator.code())) {
                throw new InvalidValueException("Catalogue.indicators", indicator.code(), "is the code of two indicators");
            }
        }
        codes.clear();
        for (Strategy strategy : strategies) {
            if (!codes.add(strategy.code())) {
                throw new InvalidValueException("Catalogue.strategies", strategy.code(), "is the code of two strategies");
            }
        }
    }

    /**
     * Obtains a catalogue of indicators and strategies.
     *
     * @param indicators  the indicators, each code once
     * @param strategies  the strategies and plans, each code once
     * @return the catalogue, not null
     * @throws InvalidValueException if two indicators or two strategies share a code
     */
    public static Catalogue of(List<Indicator> indicators, List<Strategy> strategies) {
        return new Catalogue(indicators, strategies);
    }

    /**
     * Obtains a catalogue of strategies and the indicators their targets use: the first indicator
     * met of each code, in the order of the strategies and their targets.
     *
     * @param strategies  the strategies and plans, each code once
     * @return the catalogue, not null
     * @throws InvalidValueException if two strategies share a code
     */
    public static Catalogue ofStrategies(List<Strategy> strategies) {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        for (Strategy strategy : strategies) {
            for (Target target : strategy.targets()) {
                indicators.putIfAbsent(target.indicator().code(), target.indicator());
            }
        }
        return new Catalogue(new ArrayList<>(indicators.values()), strategies);
    }

    /**
     * Finds an indicator by its code.
     *
     * @param code  the code, not null
     * @return the indicator, or empty
     */
    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * Finds a strategy by its code.
     *
     * @param code  the code, not null
     * @return the strategy, or empty
     */
    public Optional<Strategy> strategy(String code) {
        return strategies.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
