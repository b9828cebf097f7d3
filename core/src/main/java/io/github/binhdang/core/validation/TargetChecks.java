package io.github.binhdang.core.validation;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.indicator.Direction;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.strategy.Baseline;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.strategy.TargetReference;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** The checks of a strategy's targets against the context and against their indicators' directions. */
final class TargetChecks {

    private TargetChecks() {
    }

    /** Where a target's field is: {@code VN-NSGE-2021-2030/2.3 milestones[2030].value}. */
    static Location at(Strategy strategy, Target target, String path) {
        Location l = Location.of(strategy.code() + "/" + target.code(), path).withIndicator(target.indicator().code());
        return strategy.area().map(l::withArea).orElse(l);
    }

    static String milestone(Milestone m) {
        return "milestones[" + m.period() + "]";
    }

    static void indicatorUnknown(Strategy strategy, RuleScope s) {
        for (Target t : strategy.targets()) {
            String code = t.indicator().code();
            if (s.indicator(code).isEmpty()) {
                s.report(at(strategy, t, "indicator"), code, "is not an indicator of the validation context",
                        Map.of("indicator", code, "hint", Suggestions.indicator(code, s.context().indicators())));
            }
        }
    }

    static void unitMismatch(Strategy strategy, RuleScope s) {
        for (Target t : strategy.targets()) {
            Optional<Indicator> known = s.indicator(t.indicator().code());
            if (known.isPresent() && !known.get().unit().equals(t.indicator().unit())) {
                s.report(at(strategy, t, "indicator.unit"), t.indicator().unit().code(),
                        "is not the unit " + known.get().unit().code() + " of the indicator",
                        Map.of("unit", t.indicator().unit().name(), "expected", known.get().unit().name(),
                                "indicator", known.get().code()));
            }
        }
    }

    static void periodSpan(Strategy strategy, RuleScope s) {
        for (Target t : strategy.targets()) {
            for (Milestone m : t.milestones()) {
                if (!ObservationChecks.withinSpan(m.period(), strategy.span())) {
                    ObservationChecks.reportSpan(s, at(strategy, t, milestone(m) + ".period"), m.period(), strategy,
                            BilingualText.of("Mốc " + m.period() + " của chỉ tiêu " + t.code(),
                                    "Milestone " + m.period() + " of target " + t.code()));
                }
            }
        }
    }

    /** A local plan's target serves a target of the context's strategy: that target must exist there. */
    static void targetReference(Strategy plan, RuleScope s) {
        Optional<Strategy> found = s.context().strategy();
        if (found.isEmpty()) {
            return;
        }
        Strategy national = found.get();
        for (Target t : plan.targets()) {
            Optional<TargetReference> serves = t.serves();
            if (serves.isPresent() && serves.get().strategy().equals(national.code())
                    && national.target(serves.get().target()).isEmpty()) {
                TargetReference ref = serves.get();
                s.report(at(plan, t, "serves"), ref.toString(), "is not a target of strategy " + national.code(),
                        Map.of("target", t.code(), "reference", ref.target(), "strategy", national.code()));
            }
        }
    }

    static void areaUnknown(Strategy strategy, RuleScope s) {
        Optional<String> area = strategy.area();
        if (area.isPresent() && s.context().areas().versions(area.get()).isEmpty()) {
            s.report(Location.of(strategy.code(), "area").withArea(area.get()), area.get(),
                    "is not an area of the hierarchy", Map.of("area", area.get(), "hint",
                            Suggestions.area(area.get(), s.context().areas())));
        }
    }

    /**
     * Each milestone moves from the one before (the baseline first, where given) the way the indicator
     * should: up for an increase, down for a decrease, no further from the range of a "towards".
     */
    static void targetDirection(Strategy strategy, RuleScope s) {
        for (Target t : strategy.targets()) {
            Direction direction = t.indicator().direction();
            Optional<Baseline> baseline = t.baseline();
            BigDecimal earlier = baseline.map(Baseline::value).orElse(null);
            ReportingPeriod earlierPeriod = baseline.map(Baseline::period).orElse(null);
            for (Milestone m : t.milestones()) {
                if (earlier != null && earlierPeriod != null && isAgainst(direction, earlier, m.value())) {
                    s.report(at(strategy, t, milestone(m) + ".value"), m.value().toPlainString(),
                            "goes against the direction " + direction + " from " + earlier.toPlainString() + " in "
                                    + earlierPeriod,
                            Map.of("target", t.code(), "later", m.value(), "laterPeriod", m.period().toString(),
                                    "earlier", earlier, "earlierPeriod", earlierPeriod.toString(),
                                    "direction", Words.direction(direction)));
                }
                earlier = m.value();
                earlierPeriod = m.period();
            }
        }
    }

    private static boolean isAgainst(Direction direction, BigDecimal earlier, BigDecimal later) {
        switch (direction.kind()) {
            case INCREASE:
                return later.compareTo(earlier) < 0;
            case DECREASE:
                return later.compareTo(earlier) > 0;
            default:
                BigDecimal low = direction.low().orElseThrow();
                BigDecimal high = direction.high().orElseThrow();
                return distance(later, low, high).compareTo(distance(earlier, low, high)) > 0;
        }
    }

    private static BigDecimal distance(BigDecimal value, BigDecimal low, BigDecimal high) {
        if (value.compareTo(low) < 0) {
            return low.subtract(value);
        }
        return value.compareTo(high) > 0 ? value.subtract(high) : BigDecimal.ZERO;
    }

    /** "At least" suits an indicator that should increase, "at most" one that should decrease. */
    static void targetComparison(Strategy strategy, RuleScope s) {
        for (Target t : strategy.targets()) {
            Direction direction = t.indicator().direction();
            for (Milestone m : t.milestones()) {
                Comparison c = m.comparison();
                boolean upward = c == Comparison.AT_LEAST || c == Comparison.ABOVE;
                boolean downward = c == Comparison.AT_MOST || c == Comparison.BELOW;
                if (direction.kind() == Direction.Kind.INCREASE && downward
                        || direction.kind() == Direction.Kind.DECREASE && upward) {
                    s.report(at(strategy, t, milestone(m) + ".comparison"), c.symbol() + " " + m.value().toPlainString(),
                            "does not fit the direction " + direction + " of the indicator",
                            Map.of("target", t.code(), "comparison", c.title(), "period", m.period().toString(),
                                    "direction", Words.direction(direction)));
                }
            }
        }
    }
}
