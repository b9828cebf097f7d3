package io.github.binhdang.core.progress;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.calc.Computed;
import io.github.binhdang.core.calc.Values;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.strategy.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The values of an indicator in one area and breakdown, period by period, that an assessment looks
 * at, with the observations that gave no value and why.
 *
 * <p>{@link #of(Indicator, Dataset, String, Breakdown)} takes, for every period of the dataset, the
 * observation of the indicator in the area and breakdown, and its value as {@link Values#of} gives it:
 * <ul>
 *   <li>the reported value, converted into the indicator's unit when the observation states another
 *       unit of the same base (12.5 percent is 125 per 1,000);</li>
 *   <li>when no value was reported, for a percentage, ratio, times or mean, the value computed from the
 *       components, {@link Values#unroundedFromComponents unrounded} for the methods and rounded once,
 *       half up, to the indicator's decimals for display ({@link SeriesPoint#shown()}):
 *       <pre>value = numerator × perMultiplier / denominator</pre>
 *       so 384 of 2,539 for a percentage published to 1 decimal is 15.12405… and is shown 15.1; a method
 *       never sees a value rounded before its trend;</li>
 *   <li>when no value was reported, for a count or an amount, the numerator.</li>
 * </ul>
 * An observation that yields no value (no value and a zero or missing denominator, no value and no
 * numerator, a unit of another base) is left out and listed in {@link #skipped()}: never a NaN, never an
 * exception. Every period of the dataset is taken, whatever its kind; a dataset that holds both a year
 * and its quarters for the same indicator should be filtered first.
 *
 * @param points   the values in order of their periods, at most one per period
 * @param skipped  the observations that gave no value, in order of their periods
 * @implSpec This record is immutable and thread-safe.
 */
public record Series(List<SeriesPoint> points, List<SkippedObservation> skipped) {

    /**
     * Copies both lists, putting the points in order of their periods.
     *
     * @param points   the values, at most one per period, not null
     * @param skipped  the observations left out, not null
     * @throws InvalidValueException if two points have the same period
     */
    public Series {
        points = sorted(points);
        skipped = List.copyOf(skipped);
    }

    /**
     * Obtains a series of values without skipped observations, such as one typed in by hand.
     *
     * @param points  the values, at most one per period, in any order
     * @return the series, not null
     * @throws InvalidValueException if two points have the same period
     */
    public static Series of(SeriesPoint... points) {
        return new Series(List.of(points), List.of());
    }

    /**
     * Extracts the series of a target's indicator in an area and breakdown from a dataset, as the class
     * description says.
     *
     * @param target     the target whose indicator is wanted, not null
     * @param dataset    the observations, not null
     * @param area       the area's code, not blank
     * @param breakdown  the breakdown, such as {@link Breakdown#TOTAL}, not null
     * @return the series, possibly empty, not null
     * @throws InvalidValueException if the area code is blank
     */
    public static Series of(Target target, Dataset dataset, String area, Breakdown breakdown) {
        Objects.requireNonNull(target, "target");
        return of(target.indicator(), dataset, area, breakdown);
    }

    /**
     * Extracts the series of an indicator in an area and breakdown from a dataset, as the class
     * description says.
     *
     * @param indicator  the indicator, not null
     * @param dataset    the observations, not null
     * @param area       the area's code, not blank
     * @param breakdown  the breakdown, such as {@link Breakdown#TOTAL}, not null
     * @return the series, possibly empty, not null
     * @throws InvalidValueException if the area code is blank
     */
    public static Series of(Indicator indicator, Dataset dataset, String area, Breakdown breakdown) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(dataset, "dataset");
        String areaCode = Checks.requireText("Series.area", area);
        Objects.requireNonNull(breakdown, "breakdown");
        List<SeriesPoint> points = new ArrayList<>();
        List<SkippedObservation> skipped = new ArrayList<>();
        List<ReportingPeriod> periods = new ArrayList<>(dataset.periods());
        periods.sort(Comparator.naturalOrder());
        for (ReportingPeriod period : periods) {
            Optional<Observation> found = dataset.find(indicator.code(), areaCode, period, breakdown);
            if (found.isEmpty()) {
                continue;
            }
            Observation o = found.get();
            Computed value = Values.of(indicator, o);
            Reason problem = problem(indicator, o, value);
            if (problem != null) {
                skipped.add(SkippedObservation.of(o.key(), problem));
            } else {
                BigDecimal shown = value.unit().convert(value.value(), indicator.unit());
                BigDecimal exact = shown;
                if (o.value().isEmpty() && !indicator.measureKind().isAdditive()) { // from components
                    exact = Values.unroundedFromComponents(indicator, o.numerator().orElseThrow(),
                            o.denominator().orElseThrow()).value();
                }
                points.add(new SeriesPoint(period, exact, o.qualifier(), shown));
            }
        }
        return new Series(points, skipped);
    }

    /**
     * Tells whether the series holds no value.
     *
     * @return true if there is no point
     */
    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** Why an observation gives no point, or null when its value (from {@link Values#of}) is usable. */
    private static @Nullable Reason problem(Indicator indicator, Observation o, Computed value) {
        if (value.isPresent()) {
            if (!value.unit().isConvertibleTo(indicator.unit())) {
                return Reason.of("binhdang.progress.skip.unit", "unit", value.unit().code(),
                        "indicatorUnit", indicator.unit().code());
            }
            return null;
        }
        if (o.numerator().isEmpty()) {
            return Reason.of("binhdang.progress.skip.noNumerator");
        }
        if (o.denominator().isEmpty()) {
            return Reason.of("binhdang.progress.skip.noDenominator");
        }
        return Reason.of("binhdang.progress.skip.zeroDenominator");
    }

    private static List<SeriesPoint> sorted(List<SeriesPoint> points) {
        List<SeriesPoint> copy = new ArrayList<>(points);
        for (SeriesPoint p : copy) {
            Objects.requireNonNull(p, "point");
        }
        copy.sort(Comparator.comparing(SeriesPoint::period));
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i).period().equals(copy.get(i - 1).period())) {
                throw new InvalidValueException("Series.points", copy.get(i).period(),
                        "holds two values for one period");
            }
        }
        return List.copyOf(copy);
    }
}
