package io.github.binhdang.serialization.json;

import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.strategy.Strategy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;

/**
 * What one read call shares: whether unknown properties fail, the indicators and strategies a
 * catalogue has defined so far, and small caches of parsed periods and breakdowns (a dataset repeats
 * a few of them over millions of observations).
 *
 * <p>One scope serves one read call on one thread.
 */
final class ReadScope {

    private static final Object KEY = new Object();
    // Bounds the caches: a file with ever new periods must not grow them without end.
    private static final int CACHE_LIMIT = 4096;

    private final boolean failOnUnknown;
    private final JsonReadLimits limits;
    private int skipped;
    private final Map<String, ReportingPeriod> periods = new HashMap<>();
    private final Map<String, Breakdown> breakdowns = new HashMap<>();
    private final Map<String, Indicator> indicators = new HashMap<>();
    private final Map<String, Strategy> strategies = new HashMap<>();

    ReadScope(boolean failOnUnknown, JsonReadLimits limits) {
        this.failOnUnknown = failOnUnknown;
        this.limits = limits;
    }

    /** Returns the scope of the current read call, making it on first use. */
    static ReadScope of(DeserializationContext ctxt, JsonReadLimits limits) {
        Object scope = ctxt.getAttribute(KEY);
        if (scope instanceof ReadScope readScope) {
            return readScope;
        }
        ReadScope created = new ReadScope(ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES), limits);
        ctxt.setAttribute(KEY, created);
        return created;
    }

    boolean failOnUnknown() {
        return failOnUnknown;
    }

    JsonReadLimits limits() {
        return limits;
    }

    /** Counts an unknown property skipped, failing past the limit (skipping costs the parser's time). */
    void skipped(JsonParser p) {
        if (++skipped > limits.maxSkippedProperties()) {
            throw JsonReadLimits.broken(p, "Skipped properties", skipped, limits.maxSkippedProperties(),
                    "maxSkippedProperties");
        }
    }

    /** Fails when a breakdown or an indicator has more dimensions than the limit. */
    void dimensions(JsonParser p, int count) {
        if (count > limits.maxBreakdownDimensions()) {
            throw JsonReadLimits.broken(p, "Breakdown dimensions", count, limits.maxBreakdownDimensions(),
                    "maxBreakdownDimensions");
        }
    }

    ReportingPeriod period(String text) {
        ReportingPeriod period = periods.get(text);
        if (period == null) {
            period = ReportingPeriod.parse(text);
            if (periods.size() >= CACHE_LIMIT) {
                periods.clear();
            }
            periods.put(text, period);
        }
        return period;
    }

    Breakdown breakdown(JsonParser p, String text) {
        Breakdown breakdown = breakdowns.get(text);
        if (breakdown == null) {
            // One more dimension than separators: counted before the text is parsed.
            int count = 1;
            for (int i = text.indexOf(';'); i >= 0 && count <= limits.maxBreakdownDimensions(); i = text.indexOf(';', i + 1)) {
                count++;
            }
            dimensions(p, count);
            breakdown = Breakdown.parse(text);
            if (breakdowns.size() >= CACHE_LIMIT) {
                breakdowns.clear();
            }
            breakdowns.put(text, breakdown);
        }
        return breakdown;
    }

    void define(Indicator indicator) {
        indicators.put(indicator.code(), indicator);
    }

    Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    void define(Strategy strategy) {
        strategies.put(strategy.code(), strategy);
    }

    Optional<Strategy> strategy(String code) {
        return Optional.ofNullable(strategies.get(code));
    }
}
