package io.github.binhdang.core.validation;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.AreaDate;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.ReportingDeadline;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.strategy.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What data is validated against: the indicators that may be reported (by code), the administrative
 * areas over time, optionally the strategy whose span the data must fall in, and optionally the day the
 * data is judged on ({@link #asOf()}) with the deadlines that day is held to ({@link #deadline()}).
 *
 * <p>The day is never the clock's: validation of the same data against the same context gives the
 * same findings on any day. A rule that needs a day, such as {@code status.provisional}, is silent
 * until the application names one with {@link #withAsOf(LocalDate)}: the date of the file, of the
 * report, or today's if that is what it wants.
 *
 * <p>An observation's area is read against the hierarchy on the day of its period that the context's
 * {@link AreaDate} names: by default the period's last day ({@link AreaDate#PERIOD_END}), so that a 2025
 * figure for code {@code 44} is the new Quảng Trị and the children that {@code area.sum} adds up for the
 * nation in 2025 are the 34 units of 1 July 2025; {@link #withAreaDate} chooses the first day instead.
 *
 * <p>Validation never uses a built-in catalogue: an application passes the indicators and areas it works
 * with, such as those of the {@code indicators} module or its own.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ValidationContext {

    private final Map<String, Indicator> indicators;
    private final AreaHierarchy areas;
    private final @Nullable Strategy strategy;
    private final @Nullable LocalDate asOf;
    private final ReportingDeadline deadline;
    private final AreaDate areaDate;

    private ValidationContext(Map<String, Indicator> indicators, AreaHierarchy areas, @Nullable Strategy strategy,
            @Nullable LocalDate asOf, ReportingDeadline deadline, AreaDate areaDate) {
        this.indicators = indicators;
        this.areas = areas;
        this.strategy = strategy;
        this.asOf = asOf;
        this.deadline = deadline;
        this.areaDate = areaDate;
    }

    /**
     * Obtains a context of indicators and areas, with no strategy.
     *
     * @param indicators  the indicators, not null; an indicator may appear more than once, but two
     *                    different indicators may not share a code
     * @param areas       the administrative areas, not null
     * @return the context, not null
     * @throws InvalidValueException if two different indicators have the same code
     */
    public static ValidationContext of(Collection<Indicator> indicators, AreaHierarchy areas) {
        Objects.requireNonNull(areas, "areas");
        return new ValidationContext(index(indicators), areas, null, null, ReportingDeadline.GENDER_EQUALITY_ANNUAL,
                AreaDate.PERIOD_END);
    }

    /**
     * Obtains a context of a strategy, the indicators of its targets and the areas.
     *
     * @param strategy  the strategy, not null
     * @param areas     the administrative areas, not null
     * @return the context, not null
     * @throws InvalidValueException if two targets measure different indicators with the same code
     */
    public static ValidationContext of(Strategy strategy, AreaHierarchy areas) {
        List<Indicator> list = new ArrayList<>();
        for (Target t : strategy.targets()) {
            list.add(t.indicator());
        }
        return of(list, areas).withStrategy(strategy);
    }

    private static Map<String, Indicator> index(Collection<Indicator> indicators) {
        Map<String, Indicator> map = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            Objects.requireNonNull(i, "indicator");
            Indicator known = map.putIfAbsent(i.code(), i);
            if (known != null && !known.equals(i)) {
                throw new InvalidValueException("ValidationContext.indicators", i.code(),
                        "is the code of two different indicators");
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns a copy whose data must fall within a strategy's span.
     *
     * @param strategy  the strategy, not null
     * @return the context, not null
     */
    public ValidationContext withStrategy(Strategy strategy) {
        return new ValidationContext(indicators, areas, Objects.requireNonNull(strategy, "strategy"), asOf, deadline,
                areaDate);
    }

    /**
     * Returns a copy that reads each observation's area on another day of its period: with
     * {@link AreaDate#PERIOD_START}, a 2025 figure for code {@code 44} is the old Quảng Bình and the
     * nation's children in 2025 are the 63 units of 1 January 2025.
     *
     * @param areaDate  the day of a period on which areas are read, not null
     * @return the context, not null
     */
    public ValidationContext withAreaDate(AreaDate areaDate) {
        return new ValidationContext(indicators, areas, strategy, asOf, deadline,
                Objects.requireNonNull(areaDate, "areaDate"));
    }

    /**
     * Returns a copy that also knows more indicators.
     *
     * @param more  the indicators to add, not null
     * @return the context, not null
     * @throws InvalidValueException if an indicator has the code of a different one
     */
    public ValidationContext withIndicators(Collection<Indicator> more) {
        List<Indicator> all = new ArrayList<>(indicators.values());
        all.addAll(more);
        return new ValidationContext(index(all), areas, strategy, asOf, deadline, areaDate);
    }

    /**
     * Returns a copy that judges the data as it stands on a day: a provisional figure whose
     * {@linkplain #deadline() deadline} is before that day is overdue. Give the date of the file or of
     * the report, so that the findings do not change with the day validation runs.
     *
     * @param date  the day, not null
     * @return the context, not null
     */
    public ValidationContext withAsOf(LocalDate date) {
        return new ValidationContext(indicators, areas, strategy, Objects.requireNonNull(date, "date"), deadline,
                areaDate);
    }

    /**
     * Returns a copy that holds provisional figures to other deadlines than those of the provincial
     * annual report on the gender-equality goals.
     *
     * @param deadline  the deadlines, such as {@code ReportingDeadline.ofAnnual(ReportingCalendar.STATISTICAL, 0)},
     *                  not null
     * @return the context, not null
     */
    public ValidationContext withDeadline(ReportingDeadline deadline) {
        return new ValidationContext(indicators, areas, strategy, asOf,
                Objects.requireNonNull(deadline, "deadline"), areaDate);
    }

    /**
     * Finds an indicator by its code.
     *
     * @param code  the code, not null
     * @return the indicator, or empty if the context has none of that code
     */
    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicators.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * Returns the indicators, in the order given.
     *
     * @return an unmodifiable collection, not null
     */
    public Collection<Indicator> indicators() {
        return indicators.values();
    }

    /**
     * Returns the administrative areas.
     *
     * @return the hierarchy, not null
     */
    public AreaHierarchy areas() {
        return areas;
    }

    /**
     * Returns the day of a period on which an observation's area is read against the hierarchy.
     *
     * @return the choice, {@link AreaDate#PERIOD_END} unless {@link #withAreaDate} chose another
     */
    public AreaDate areaDate() {
        return areaDate;
    }

    /**
     * Returns the strategy whose span data must fall in.
     *
     * @return the strategy, or empty
     */
    public Optional<Strategy> strategy() {
        return Optional.ofNullable(strategy);
    }

    /**
     * Returns the day the data is judged on, if the application named one.
     *
     * @return the day, or empty: then rules that need a day, such as {@code status.provisional}, find nothing
     */
    public Optional<LocalDate> asOf() {
        return Optional.ofNullable(asOf);
    }

    /**
     * Returns the deadlines by which figures should be final; by default
     * {@link ReportingDeadline#GENDER_EQUALITY_ANNUAL}, the provincial annual report on the
     * gender-equality goals (final by 14 December of the year after the figure's).
     *
     * @return the deadlines, not null
     */
    public ReportingDeadline deadline() {
        return deadline;
    }

    /**
     * Compares indicators, areas, strategy, day, deadlines and the day of a period areas are read on.
     *
     * @param other  the other object
     * @return true if both validate against the same things
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ValidationContext c && indicators.equals(c.indicators)
                && areas.equals(c.areas) && Objects.equals(strategy, c.strategy) && Objects.equals(asOf, c.asOf)
                && deadline.equals(c.deadline) && areaDate == c.areaDate;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(indicators, areas, strategy, asOf, deadline, areaDate);
    }

    /**
     * Returns a summary, such as {@code ValidationContext[12 indicators, AreaHierarchy[…], strategy VN-NSGE-2021-2030,
     * as of 2026-03-01]}; the deadlines are named when they are not the default, and
     * {@code , areas read at PERIOD_START} when that is chosen.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "ValidationContext[" + indicators.size() + " indicators, " + areas
                + (strategy == null ? "" : ", strategy " + strategy.code()) + (asOf == null ? "" : ", as of " + asOf)
                + (deadline.equals(ReportingDeadline.GENDER_EQUALITY_ANNUAL) ? "" : ", " + deadline)
                + (areaDate == AreaDate.PERIOD_END ? "" : ", areas read at " + areaDate) + "]";
    }
}
