package io.github.binhdang.core.validation;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaDate;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLink;
import io.github.binhdang.core.calc.Values;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.PeriodKind;
import io.github.binhdang.core.period.ReportingDeadline;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.strategy.Target;
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

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
        Object lineage = lineage(s.context(), named, period);
        s.report(s.at("area"), o.area(), "was not in force during " + period + " (in force " + validity + ")"
                        + (lineage instanceof BilingualText t ? t.en() : ""),
                Map.of("area", Words.area(named), "period", period.toString(), "validity", validity.toString(),
                        "lineage", lineage));
    }

    /**
     * What came of an area that a period falls after (its successor on the day the context reads the
     * period on) or what it came from, when the period falls before it (its predecessors); empty text
     * when the hierarchy records neither.
     */
    private static Object lineage(ValidationContext context, Area area, ReportingPeriod period) {
        AreaHierarchy areas = context.areas();
        LocalDate day = context.areaDate().dayIn(period.start(), period.end());
        if (area.validTo().map(to -> to.isBefore(period.start())).orElse(false)) {
            Optional<Area> successor = areas.successorOn(area, day);
            if (successor.isPresent() && !successor.get().equals(area)) {
                BilingualText name = Words.area(successor.get());
                return BilingualText.of("; đơn vị kế thừa: " + name.vi(), "; it was succeeded by " + name.en());
            }
            // Split between several new units: each took a part.
            List<AreaLink> parts = areas.successors(area);
            if (parts.isEmpty()) {
                return "";
            }
            StringJoiner vi = new StringJoiner(", ");
            StringJoiner en = new StringJoiner(", ");
            for (AreaLink link : parts) {
                BilingualText name = Words.area(link.to());
                vi.add(name.vi() + (link.isFull() ? "" : " (một phần)"));
                en.add(name.en() + (link.isFull() ? "" : " (part)"));
            }
            return BilingualText.of("; đơn vị kế thừa: " + vi, "; it was succeeded by " + en);
        }
        List<AreaLink> predecessors = areas.predecessorLinks(area);
        if (predecessors.isEmpty()) {
            return "";
        }
        StringJoiner vi = new StringJoiner(", ");
        StringJoiner en = new StringJoiner(", ");
        for (AreaLink link : predecessors) {
            BilingualText name = Words.area(link.from());
            vi.add(name.vi() + (link.isFull() ? "" : " (một phần)"));
            en.add(name.en() + (link.isFull() ? "" : " (part)"));
        }
        return BilingualText.of("; đơn vị được hình thành từ " + vi, "; it was formed from " + en);
    }

    /**
     * Warns of a code that named different units during the period, such as {@code 24} in 2025 (Bắc
     * Giang until 30 June, the new Bắc Ninh from 1 July), and says which one the figure was read as.
     */
    static void areaChanged(Observation o, RuleScope s) {
        ValidationContext context = s.context();
        ReportingPeriod period = o.period();
        List<Area> versions = AreaDate.versionsDuring(context.areas(), o.area(), period.start(), period.end());
        if (!changesMeaning(context.areas(), versions)) {
            return;
        }
        Area used = context.areaDate().versionOf(context.areas(), o.area(), period.start(), period.end())
                .orElseThrow();
        LocalDate day = context.areaDate().dayFor(used, period.start(), period.end());
        StringJoiner vi = new StringJoiner(", ");
        StringJoiner en = new StringJoiner(", ");
        for (Area a : versions) {
            BilingualText name = Words.area(a);
            String from = a.validFrom().filter(d -> !d.isBefore(period.start())).map(LocalDate::toString).orElse(null);
            String to = a.validTo().filter(d -> d.isBefore(period.end())).map(LocalDate::toString).orElse(null);
            vi.add(name.vi() + (from == null ? "" : " từ " + from) + (to == null ? "" : " đến hết " + to));
            en.add(name.en() + (from == null ? "" : " from " + from) + (to == null ? "" : " until " + to));
        }
        s.report(s.at("area"), o.area(), "named " + versions.size() + " units during " + period + " (" + en
                        + "); read as " + used,
                Map.of("area", o.area(), "period", period.toString(), "meanings", BilingualText.of(vi.toString(),
                        en.toString()), "used", Words.area(used), "day", day.toString()));
    }

    /**
     * Tells whether versions of one code in force during a period (oldest first) name more than one unit:
     * a later version that merely continues the one before (renamed or upgraded, with no other
     * predecessor) is the same unit.
     */
    static boolean changesMeaning(AreaHierarchy areas, List<Area> versions) {
        for (int i = 1; i < versions.size(); i++) {
            Area before = versions.get(i - 1);
            Area after = versions.get(i);
            boolean continues = areas.mergedInto(before).filter(after::equals).isPresent()
                    && areas.predecessors(after).size() == 1;
            if (!continues) {
                return true;
            }
        }
        return false;
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
        // A period wholly before the span is a note of period.before, not an error.
        if (strategy.isPresent() && !withinSpan(o.period(), strategy.get().span())
                && !isBefore(o.period(), strategy.get().span())) {
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

    /** Whether a period ends before a strategy's span starts. */
    static boolean isBefore(ReportingPeriod period, SpanPeriod span) {
        return period.end().isBefore(span.start());
    }

    /** A value from before the strategy's span, noted with the targets whose series count it. */
    static void periodBefore(Observation o, RuleScope s) {
        Optional<Strategy> found = s.context().strategy();
        if (found.isEmpty() || !isBefore(o.period(), found.get().span())) {
            return;
        }
        Strategy strategy = found.get();
        StringJoiner targets = new StringJoiner(", ");
        for (Target t : strategy.targets()) {
            if (t.indicator().code().equals(o.indicator())) {
                targets.add(t.code());
            }
        }
        BilingualText use = targets.length() == 0
                ? BilingualText.of("không chỉ tiêu nào của chiến lược đo bằng chỉ số " + o.indicator(),
                        "no target of the strategy measures indicator " + o.indicator())
                : BilingualText.of("bảng đánh giá của chiến lược vẫn tính giá trị này vào chuỗi số liệu của chỉ tiêu "
                        + targets, "a scorecard of the strategy still counts it in the series of target " + targets);
        s.report(s.at("period"), o.period().toString(),
                "is before the span " + strategy.span() + " of strategy " + strategy.code()
                        + (targets.length() == 0 ? "" : ", whose target " + targets + " counts it"),
                Map.of("period", o.period().toString(), "span", strategy.span().toString(),
                        "strategy", strategy.code(), "use", use));
    }

    static void reportSpan(RuleScope s, Location at, ReportingPeriod period, Strategy strategy) {
        reportSpan(s, at, period, strategy, BilingualText.of("Kỳ " + period, "Period " + period));
    }

    /** Reports a period outside a strategy's span; {@code subject} names it: "Period 2021", "Milestone 2030 of target 1". */
    static void reportSpan(RuleScope s, Location at, ReportingPeriod period, Strategy strategy, BilingualText subject) {
        s.report(at, period.toString(), "is outside the span " + strategy.span() + " of strategy " + strategy.code(),
                Map.of("period", period.toString(), "span", strategy.span().toString(), "strategy", strategy.code(),
                        "subject", subject));
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
            Unit unit = unit(o, indicator(o, s));
            if (unit != null && unit.isIntegral() && ValueChecks.isCount(value.get())
                    && Tolerance.isBelow(o.qualifier(), value.get(), BigDecimal.ZERO)) {
                // "dưới 0": whatever it stands for is below 0, which no count is.
                s.report(s.at("value"), plain(value.get()), "is less than 0, which no count is",
                        Map.of("value", Tolerance.written(o.qualifier(), value.get())));
                return;
            }
            countInteger(value.get(), unit, () -> s.at("value"), s);
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
            Unit unit = unit(o, indicator(o, s));
            BigDecimal v = value.get();
            if (Unit.PERCENT.equals(unit) && ValueChecks.isPercentage(v)
                    && (Tolerance.isAbove(o.qualifier(), v, HUNDRED) || Tolerance.isBelow(o.qualifier(), v, BigDecimal.ZERO))) {
                // "hơn 100 %", "dưới 0 %": whatever it stands for is outside 0 to 100.
                s.report(s.at("value"), plain(v), "is " + o.qualifier().title().en() + " " + plain(v)
                        + ", outside 0 to 100 for a percentage", Map.of("value", Tolerance.written(o.qualifier(), v)));
                return;
            }
            percentageRange(v, unit, () -> s.at("value"), s);
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
            Unit unit = unit(o, indicator(o, s));
            BigDecimal v = value.get();
            if (unit != null && !unit.isIntegral() && !unit.equals(Unit.PERCENT) && unit.minimum().isPresent()
                    && v.compareTo(unit.minimum().get()) >= 0 && Tolerance.isBelow(o.qualifier(), v, unit.minimum().get())) {
                // "dưới 0" of a rate: whatever it stands for is below the least value.
                BigDecimal min = unit.minimum().get();
                s.report(s.at("value"), plain(v), "is less than " + plain(v) + ", below " + plain(min)
                        + ", the least value in " + unit.code(),
                        Map.of("value", Tolerance.written(o.qualifier(), v), "minimum", min, "unit", unit.name()));
                return;
            }
            valueMinimum(v, unit, () -> s.at("value"), s);
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

    /**
     * An approximate value that its exact components put outside what its qualifier allows, with the
     * tolerance of the rule's parameters ({@link Tolerance}): "gần 45" when they give 40.
     */
    static void valueComponentsApproximate(Observation o, RuleScope s) {
        Indicator ind = indicator(o, s);
        if (ind == null || o.qualifier().isExact()) {
            return;
        }
        Optional<Values.ComponentCheck> check = Values.check(ind, o);
        if (check.isEmpty()) {
            return;
        }
        BigDecimal value = check.get().reported();
        BigDecimal computed = check.get().computed();
        if (Tolerance.within(computed, Tolerance.low(o.qualifier(), value, s), Tolerance.high(o.qualifier(), value, s))) {
            return;
        }
        BigDecimal tolerance = Tolerance.percent(o.qualifier(), s);
        BigDecimal numerator = o.numerator().orElseThrow();
        BigDecimal denominator = o.denominator().orElseThrow();
        s.report(s.at("value"), plain(value),
                "is " + o.qualifier().title().en() + " " + plain(value) + " but " + plain(numerator) + "/"
                        + plain(denominator) + " gives " + plain(computed) + " (tolerance " + plain(tolerance) + " %)",
                Map.of("value", Tolerance.written(o.qualifier(), value), "numerator", numerator,
                        "denominator", denominator, "expected", computed, "tolerance", tolerance));
    }

    /** A status the source left empty: not given, which is not final. */
    static void statusGiven(Observation o, RuleScope s) {
        if (o.status() == ObservationStatus.NOT_GIVEN) {
            s.report(s.at("status"), "", "has no status; give final, provisional or estimated", Map.of());
        }
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

    /** A provisional value past the day by which the context's deadlines want it final. */
    static void statusProvisional(Observation o, RuleScope s) {
        Optional<LocalDate> asOf = s.context().asOf();
        if (o.status() != ObservationStatus.PROVISIONAL || asOf.isEmpty()) {
            return;
        }
        ReportingDeadline deadline = s.context().deadline();
        ReportingPeriod period = o.period();
        if (!deadline.isFinalDue(period, asOf.get())) {
            return;
        }
        LocalDate finalBy = deadline.finalBy(period);
        int reportYear = deadline.report(period).year() + deadline.laterReports();
        s.report(s.at("status"), o.status().name(),
                "is still provisional on " + asOf.get() + "; it should have been final by " + finalBy
                        + ", the data cut-off of the annual report for " + reportYear,
                Map.of("period", period.toString(), "asOf", Words.date(asOf.get()), "deadline", Words.date(finalBy),
                        "report", String.valueOf(reportYear), "indicator", o.indicator()));
    }

    static void valueApproximate(Observation o, RuleScope s) {
        if (o.qualifier().isExact()) {
            return;
        }
        // Some number is always present: an observation holds a value or a component.
        BigDecimal shown = o.value().or(o::numerator).or(o::denominator).orElse(BigDecimal.ZERO);
        s.report(s.at(o.value().isPresent() ? "value" : "qualifier"), plain(shown),
                "is approximate (" + o.qualifier().title().en() + "); compared within its tolerance, or skipped by"
                        + " checks that need an exact value",
                Map.of("qualifier", o.qualifier().title(), "value", shown));
    }
}
