package io.github.binhdang.core.validation;

import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.calc.Values;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.PeriodKind;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.constraints.ValueChecks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The checks of one observation at a time: structure and numbers. */
final class ObservationChecks {

    private ObservationChecks() {
    }

    static @Nullable Indicator indicator(Observation o, RuleScope s) {
        return s.indicator(o.indicator()).orElse(null);
    }

    /** The unit the value is in: as stated, else the indicator's; null if neither is known. */
    static @Nullable Unit unit(Observation o, @Nullable Indicator indicator) {
        Optional<Unit> stated = o.unit();
        if (stated.isPresent()) {
            return stated.get();
        }
        return indicator == null ? null : indicator.unit();
    }

    /** A share of a whole: a percentage indicator, or a value stated in per cent. */
    static boolean isShare(@Nullable Indicator indicator, @Nullable Unit unit) {
        return indicator != null && indicator.measureKind() == MeasureKind.PERCENTAGE || Unit.PERCENT.equals(unit);
    }

    static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    // --- structure ---------------------------------------------------------------------------------

    static void duplicate(Observation o, RuleScope s) {
        if (!s.isRepeat()) {
            return;
        }
        int first = s.firstIndex(o.key()).orElse(0);
        int row = s.index().orElse(0);
        s.report(s.at("key"), o.key().toString(), "repeats the key of the observation at index " + first,
                Map.of("key", o.key().toString(), "row", row + 1, "first", first + 1));
    }

    static void indicatorUnknown(Observation o, RuleScope s) {
        if (s.indicator(o.indicator()).isEmpty()) {
            s.report(s.at("indicator"), o.indicator(), "is not an indicator of the validation context",
                    Map.of("indicator", o.indicator(), "hint", Suggestions.indicator(o.indicator(),
                            s.context().indicators())));
        }
    }

    static void areaUnknown(Observation o, RuleScope s) {
        if (s.context().areas().versions(o.area()).isEmpty()) {
            s.report(s.at("area"), o.area(), "is not an area of the hierarchy", Map.of("area", o.area(),
                    "hint", Suggestions.area(o.area(), s.context().areas())));
        }
    }

    static void areaPeriod(Observation o, RuleScope s) {
        List<Area> versions = s.context().areas().versions(o.area());
        if (versions.isEmpty()) {
            return;
        }
        ReportingPeriod period = o.period();
        for (Area a : versions) {
            if (overlaps(a, period.start(), period.end())) {
                return;
            }
        }
        // Name the area by the last version that started by the period's end, else the first.
        Area named = versions.get(0);
        StringJoiner validity = new StringJoiner(", ");
        for (Area a : versions) {
            if (a.validFrom().map(from -> !from.isAfter(period.end())).orElse(true)) {
                named = a;
            }
            validity.add(a.validFrom().map(LocalDate::toString).orElse("..") + "/"
                    + a.validTo().map(LocalDate::toString).orElse(".."));
        }
        s.report(s.at("area"), o.area(), "was not in force during " + period + " (in force " + validity + ")",
                Map.of("area", Words.area(named), "period", period.toString(), "validity", validity.toString()));
    }

    static boolean overlaps(Area a, LocalDate start, LocalDate end) {
        return a.validFrom().map(from -> !from.isAfter(end)).orElse(true)
                && a.validTo().map(to -> !to.isBefore(start)).orElse(true);
    }

    static void periodKind(Observation o, RuleScope s) {
        Indicator ind = indicator(o, s);
        if (ind == null) {
            return;
        }
        PeriodKind expected = ind.frequency().periodKind();
        PeriodKind kind = o.period().kind();
        if (kind != expected) {
            s.report(s.at("period"), o.period().toString(),
                    "is a " + kind + " but the indicator is reported per " + expected,
                    Map.of("period", o.period().toString(), "kind", kind.title(), "expected", expected.title(),
                            "indicator", ind.code()));
        }
    }

    static void periodSpan(Observation o, RuleScope s) {
        Optional<Strategy> strategy = s.context().strategy();
        if (strategy.isPresent() && !withinSpan(o.period(), strategy.get().span())) {
            reportSpan(s, s.at("period"), o.period(), strategy.get());
        }
    }

    /**
     * Whether a period falls in a strategy's span. A term need only overlap it: terms of elected bodies
     * (2016–2021) do not line up with strategies (2011–2020), and a term's figures count for both.
     */
    static boolean withinSpan(ReportingPeriod period, SpanPeriod span) {
        return period.kind() == PeriodKind.TERM ? span.overlaps(period) : span.contains(period);
    }

    static void reportSpan(RuleScope s, Location at, ReportingPeriod period, Strategy strategy) {
        s.report(at, period.toString(), "is outside the span " + strategy.span() + " of strategy " + strategy.code(),
                Map.of("period", period.toString(), "span", strategy.span().toString(), "strategy", strategy.code()));
    }

    static void unitMismatch(Observation o, RuleScope s) {
        Indicator ind = indicator(o, s);
        Optional<Unit> stated = o.unit();
        if (ind != null && stated.isPresent() && !stated.get().equals(ind.unit())) {
            s.report(s.at("unit"), stated.get().code(), "is not the unit " + ind.unit().code() + " of the indicator",
                    Map.of("unit", stated.get().name(), "expected", ind.unit().name(), "indicator", ind.code()));
        }
    }

    static void breakdownDimension(Observation o, RuleScope s) {
        Indicator ind = indicator(o, s);
        if (ind == null) {
            return;
        }
        for (Map.Entry<String, String> e : o.breakdown().categories().entrySet()) {
            if (!isBrokenDownBy(ind, e.getKey())) {
                s.report(s.at("breakdown." + e.getKey()), e.getKey() + "=" + e.getValue(),
                        "is not a dimension the indicator is broken down by",
                        Map.of("dimension", e.getKey(), "indicator", ind.code()));
            }
        }
    }

    static boolean isBrokenDownBy(Indicator ind, String dimension) {
        for (BreakdownDimension d : ind.breakdowns()) {
            if (d.code().equals(dimension)) {
                return true;
            }
        }
        return false;
    }

    // --- numbers -----------------------------------------------------------------------------------

    static void countInteger(Observation o, RuleScope s) {
        Optional<BigDecimal> value = o.value();
        if (value.isPresent()) {
            countInteger(value.get(), unit(o, indicator(o, s)), () -> s.at("value"), s);
        }
    }

    static void countInteger(BigDecimal value, @Nullable Unit unit, Supplier<Location> at, RuleScope s) {
        if (unit != null && unit.isIntegral() && !ValueChecks.isCount(value)) {
            s.report(at.get(), plain(value), "is not a whole number, 0 or more, for a count", Map.of("value", value));
        }
    }

    static void percentageRange(Observation o, RuleScope s) {
        Optional<BigDecimal> value = o.value();
        if (value.isPresent()) {
            percentageRange(value.get(), unit(o, indicator(o, s)), () -> s.at("value"), s);
        }
    }

    static void percentageRange(BigDecimal value, @Nullable Unit unit, Supplier<Location> at, RuleScope s) {
        if (Unit.PERCENT.equals(unit) && !ValueChecks.isPercentage(value)) {
            s.report(at.get(), plain(value), "must be from 0 to 100 for a percentage", Map.of("value", value));
        }
    }

    static void valueMinimum(Observation o, RuleScope s) {
        Optional<BigDecimal> value = o.value();
        if (value.isPresent()) {
            valueMinimum(value.get(), unit(o, indicator(o, s)), () -> s.at("value"), s);
        }
    }

    /** The least value of the other units (rates, times, hours, years); counts and per cent have rules of their own. */
    static void valueMinimum(BigDecimal value, @Nullable Unit unit, Supplier<Location> at, RuleScope s) {
        if (unit == null || unit.isIntegral() || unit.equals(Unit.PERCENT) || unit.minimum().isEmpty()) {
            return;
        }
        BigDecimal min = unit.minimum().get();
        if (value.compareTo(min) < 0) {
            s.report(at.get(), plain(value), "is below " + plain(min) + ", the least value in " + unit.code(),
                    Map.of("value", value, "minimum", min, "unit", unit.name()));
        }
    }

    static void componentNegative(Observation o, RuleScope s) {
        Optional<BigDecimal> numerator = o.numerator();
        if (numerator.isPresent() && numerator.get().signum() < 0) {
            s.report(s.at("numerator"), plain(numerator.get()), "is below 0",
                    Map.of("value", numerator.get(), "field", Words.NUMERATOR));
        }
        Optional<BigDecimal> denominator = o.denominator();
        if (denominator.isPresent() && denominator.get().signum() < 0) {
            s.report(s.at("denominator"), plain(denominator.get()), "is below 0",
                    Map.of("value", denominator.get(), "field", Words.DENOMINATOR));
        }
    }

    static void denominatorZero(Observation o, RuleScope s) {
        Optional<BigDecimal> denominator = o.denominator();
        if (denominator.isPresent() && denominator.get().signum() == 0) {
            s.report(s.at("denominator"), plain(denominator.get()), "must not be 0", Map.of());
        }
    }

    static void numeratorExceeds(Observation o, RuleScope s) {
        Optional<BigDecimal> numerator = o.numerator();
        Optional<BigDecimal> denominator = o.denominator();
        Indicator ind = indicator(o, s);
        // A denominator of 0 or below is a problem of its own (denominator.zero, component.negative).
        if (numerator.isPresent() && denominator.isPresent() && denominator.get().signum() > 0
                && isShare(ind, unit(o, ind)) && numerator.get().compareTo(denominator.get()) > 0) {
            s.report(s.at("numerator"), plain(numerator.get()),
                    "is above the denominator " + plain(denominator.get()) + "; a share cannot exceed the whole",
                    Map.of("numerator", numerator.get(), "denominator", denominator.get()));
        }
    }

    /**
     * The value agrees with its components, as {@link Values#check} defines agreement: at the value's own
     * decimals. Approximate values (nearly, more than, about) are not held to their components.
     */
    static void valueComponents(Observation o, RuleScope s) {
        Indicator ind = indicator(o, s);
        if (ind == null || !o.qualifier().isExact()) {
            return;
        }
        Optional<Values.ComponentCheck> check = Values.check(ind, o);
        if (check.isEmpty() || check.get().agrees()) {
            return;
        }
        BigDecimal value = check.get().reported();
        BigDecimal expected = check.get().computed();
        BigDecimal numerator = o.numerator().orElseThrow();
        BigDecimal denominator = o.denominator().orElseThrow();
        s.report(s.at("value"), plain(value),
                "does not agree with " + plain(numerator) + "/" + plain(denominator) + ", which gives " + plain(expected),
                Map.of("value", value, "numerator", numerator, "denominator", denominator, "expected", expected));
    }

    static void valuePlausible(Observation o, RuleScope s) {
        Optional<BigDecimal> value = o.value();
        if (value.isPresent() && s.hasParameters()) {
            valuePlausible(o.indicator(), value.get(), () -> s.at("value"), s);
        }
    }

    /** Checks a value against the range set for its indicator; only when both ends are set. */
    static void valuePlausible(String indicator, BigDecimal value, Supplier<Location> at, RuleScope s) {
        if (!s.hasParameters()) {
            return;
        }
        Optional<BigDecimal> min = s.parameter(indicator + ".min");
        Optional<BigDecimal> max = s.parameter(indicator + ".max");
        if (min.isPresent() && max.isPresent()
                && (value.compareTo(min.get()) < 0 || value.compareTo(max.get()) > 0)) {
            s.report(at.get(), plain(value),
                    "is outside the plausible range " + plain(min.get()) + " to " + plain(max.get()),
                    Map.of("value", value, "min", min.get(), "max", max.get(), "indicator", indicator));
        }
    }

    static void valueApproximate(Observation o, RuleScope s) {
        if (o.qualifier().isExact()) {
            return;
        }
        // Some number is always present: an observation holds a value or a component.
        BigDecimal shown = o.value().or(o::numerator).or(o::denominator).orElse(BigDecimal.ZERO);
        s.report(s.at(o.value().isPresent() ? "value" : "qualifier"), plain(shown),
                "is approximate (" + o.qualifier().title().en() + "); checks that need an exact value were skipped",
                Map.of("qualifier", o.qualifier().title(), "value", shown));
    }
}
