package io.github.binhdang.core.progress;

import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.strategy.Baseline;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The progress assessment of UN ESCAP's <i>Asia and the Pacific SDG Progress Report</i> (named
 * {@value #NAME}), which all five UN regional commissions apply: the anticipated progress index (the gap
 * between the value projected to the target year and the target value, relative to the progress
 * required since the base year) with its three categories, and the current status index (the progress
 * made since the base year relative to the progress required).
 *
 * <p><b>Sources read.</b> ESCAP, <i>Progress Assessment Methodology</i>, technical notes of the SDG
 * Gateway (data.unescap.org, the edition for the SDG progress report 2026, updated 4 March 2026, and the
 * earlier edition with base year 2000): the two indices, the base year 2015, sub-indicators (a series,
 * disaggregation or subcomponent) averaged up to indicators, targets and goals by simple averages, and
 * indicators left out without a quantitative target or with fewer than two values. UNECE, <i>Technical
 * notes on the progress assessment</i> (w3.unece.org, SDG reports 2022 and 2023): the projection is a
 * time-weighted linear regression on the observed values that gives recent values more weight, and the
 * gap is reported for targets that will not be achieved. The report's methodology annex itself (its
 * exact weights, thresholds and caps; cited by UNECE's 2026 notes as ESCAP (2025), <i>Annex 1: Technical
 * notes – methodology to measure progress</i>, pp. 55–59 of the <i>Asia and the Pacific SDG progress report
 * 2025</i>) could not be read; what these texts leave open is a documented
 * parameter or choice below, marked <i>binhdang's choice</i>, never the published method.
 *
 * <p><b>The series and the time axis.</b> The observed values with the target's baseline among them (an
 * observed value for the baseline's period wins). ESCAP works in calendar years, a year's value at the
 * year: a value sits at {@code t = midpointYear − 0.5}, so 2021 is at 2021, the first half of 2022 at
 * about 2021.75 and the term 2016–2021 at 2018.5; the milestone sits at its own {@code t} by the same
 * rule, so "by 2030" is 2030.
 *
 * <p><b>The base year</b> {@code t₀}: by default the target's baseline year, or 2015 (ESCAP's base year)
 * when the target has none; {@link #withBaseYear(int)} fixes it. The base value {@code B} is the first
 * value at or after the base year (<i>binhdang's choice</i> when the base year has no value).
 *
 * <p><b>The projection</b> {@code P} to the milestone's {@code t_T}: the weighted least-squares line
 * through all values. {@link Projection#TIME_WEIGHTED} (the default) weighs the value at {@code t} by
 * {@code t − t_first + 1}, so the first year weighs 1 and each later year one more (<i>binhdang's
 * choice</i>: the texts say only that recent values weigh more); {@link Projection#ORDINARY} weighs all
 * alike. When the milestone's period is not after the latest value, {@code P} is the latest value.
 *
 * <p><b>The indices</b>, with {@code T} the milestone's value and {@code L} the latest value:
 * <pre>current status      = (L − B) / (T − B)
 * anticipated gap     = (T − P) / (T − B)</pre>
 * Both are kept as values, unrounded (16 significant digits): {@link Assessment#currentStatusIndex()} and
 * {@link Assessment#progressGap()}, the gap signed, negative when the projection passes the target, as
 * ESCAP reports it; {@link #averageCurrentStatusIndex(List)} and {@link #averageProgressGap(List)} take
 * them up to an indicator, target or goal by simple means. A target achieved has its current status
 * index (when a base value short of the target is known) and no gap. The assessment's {@link
 * Assessment#score()}, which the category is read from and {@link #average(List)} averages, is the
 * anticipated gap taken as 0 when the projection reaches the target (the gap is reported only for
 * targets not achieved), capped at {@linkplain #maxGap() a maximum} when one is set (none by default:
 * <i>binhdang's choice</i>, as no cap could be confirmed), and rounded half up to 3 decimals. The reason
 * shows both indices to 3 decimals.
 *
 * <p><b>Yes/no milestones</b> ({@link io.github.binhdang.core.strategy.Milestone#isYesNo()}) are met or
 * not met, as {@link BinhdangMethod} judges them, with this method's category for the status and no
 * score: a yes/no value has no growth or trend to measure.
 *
 * <p><b>The rules</b>, in order:
 * <ol>
 *   <li>no observed value: {@link ProgressStatus#NO_DATA} (insufficient data);</li>
 *   <li>{@code L} meets the milestone ({@link Comparison#isMetBy}; for {@link Comparison#ABOUT} and
 *       {@link Comparison#EQUAL}, reached from the base side): {@link ProgressStatus#ACHIEVED}, category
 *       maintain progress, gap 0;</li>
 *   <li>fewer than two values, or a base year after the latest value: {@link ProgressStatus#NO_DATA};</li>
 *   <li>the base value already meets the milestone ({@code T − B} is 0 or points the wrong way) while
 *       {@code L} does not: {@link ProgressStatus#REGRESSING}, reverse the trend, no index;</li>
 *   <li>gap ≤ 0: {@link ProgressStatus#ON_TRACK}, maintain progress (on track);</li>
 *   <li>0 &lt; gap &lt; 1 (progress projected, but too little): {@link
 *       ProgressStatus#NEEDS_ACCELERATION}, accelerate progress;</li>
 *   <li>gap ≥ 1 (the projection is no better than the base value): {@link ProgressStatus#REGRESSING},
 *       reverse the trend (the boundary at exactly 1 is <i>binhdang's choice</i>).</li>
 * </ol>
 * <b>Without a quantitative target.</b> ESCAP selects only indicators for which a quantitative target
 * value can be set ("Ability to set a quantitative target value. If any indicator fails to fulfil any of
 * these criteria, it is excluded from the analysis": <i>Progress Assessment Methodology</i>, data.unescap.org,
 * selection of indicators) and computes both indices against that value; it publishes no index for a
 * series without one. In binhdang every numeric milestone has a value, so this method needs nothing more;
 * a target that is only a direction is the case of {@link OpenSdgMethod#withoutTargets()}. {@link
 * #average(List)} leaves out assessments without an index, as ESCAP leaves such indicators out.
 *
 * <p><b>Worked case.</b> At least 60 % by 2025 from 40 % in 2021, 42.0 % in 2022 and 45.0 % in 2023,
 * time-weighted (weights 1, 2, 3): the line has slope 2.6 a year through the weighted means (2022.33,
 * 43.17), so {@code P = 50.1} at 2025; gap {@code (60 − 50.1) / 20 = 0.495}: accelerate progress; current
 * status {@code (45 − 40) / 20 = 0.25}; change needed {@code (60 − 45) / 2 = 7.5} a year.
 *
 * <p>The regression uses {@code double}; its value is checked finite and taken to 12 significant digits
 * (the digits beyond are rounding noise), and the indices are computed from it in decimals, so that a flat
 * series gives a gap of exactly 1. The printed projection and change needed are rounded half up to the
 * indicator's decimals, the indices to 3 decimals. Text form (for logs): {@code
 * escap(baseYear=target, projection=TIME_WEIGHTED, maxGap=none)}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class EscapMethod implements ProgressMethod {

    /** The method's name, {@code escap}. */
    public static final String NAME = "escap";

    /** The base year when the target has no baseline and none is fixed: 2015, ESCAP's base year. */
    public static final int DEFAULT_BASE_YEAR = 2015;

    private static final EscapMethod DEFAULTS = new EscapMethod(null, Projection.TIME_WEIGHTED, null);

    /** How the value at the target year is projected from the observed values. */
    public enum Projection {
        /** Weighted least squares, the value at {@code t} weighing {@code t − t_first + 1}. */
        TIME_WEIGHTED,
        /** Ordinary least squares, all values weighing alike. */
        ORDINARY
    }

    private final @Nullable Integer baseYear;
    private final Projection projection;
    private final @Nullable BigDecimal maxGap;

    private EscapMethod(@Nullable Integer baseYear, Projection projection, @Nullable BigDecimal maxGap) {
        this.baseYear = baseYear;
        this.projection = projection;
        this.maxGap = maxGap;
    }

    /**
     * Returns the method with its default parameters: the target's baseline year (else 2015), the
     * time-weighted projection, no cap on the gap.
     *
     * @return the method, not null
     */
    public static EscapMethod defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with a fixed base year, such as 2015, whatever the target's baseline.
     *
     * @param year  the base year, from 1900 to 9999
     * @return the method, not null
     * @throws InvalidValueException if the year is out of range
     */
    public EscapMethod withBaseYear(int year) {
        if (year < 1900 || year > 9999) {
            throw new InvalidValueException("EscapMethod.baseYear", year, "is outside 1900 to 9999");
        }
        return new EscapMethod(year, projection, maxGap);
    }

    /**
     * Returns a copy that takes the base year from the target's baseline, or 2015 without one.
     *
     * @return the method, not null
     */
    public EscapMethod withTargetBaseYear() {
        return new EscapMethod(null, projection, maxGap);
    }

    /**
     * Returns a copy with another projection.
     *
     * @param projection  the projection, not null
     * @return the method, not null
     */
    public EscapMethod withProjection(Projection projection) {
        return new EscapMethod(baseYear, Objects.requireNonNull(projection, "projection"), maxGap);
    }

    /**
     * Returns a copy that caps the anticipated gap, so that one series far behind does not outweigh the
     * others in an average.
     *
     * @param cap  the largest gap, at least 1, such as 2
     * @return the method, not null
     * @throws InvalidValueException if the cap is below 1
     */
    public EscapMethod withMaxGap(BigDecimal cap) {
        Objects.requireNonNull(cap, "cap");
        if (cap.compareTo(BigDecimal.ONE) < 0) {
            throw new InvalidValueException("EscapMethod.maxGap", Checks.plain(cap), "is below 1");
        }
        return new EscapMethod(baseYear, projection, cap);
    }

    /**
     * Returns the fixed base year.
     *
     * @return the year, or empty when it comes from the target's baseline
     */
    public Optional<Integer> baseYear() {
        return Optional.ofNullable(baseYear);
    }

    /**
     * Returns the projection.
     *
     * @return the projection, not null
     */
    public Projection projection() {
        return projection;
    }

    /**
     * Returns the cap on the anticipated gap.
     *
     * @return the cap, or empty when there is none
     */
    public Optional<BigDecimal> maxGap() {
        return Optional.ofNullable(maxGap);
    }

    /**
     * Returns {@value #NAME}.
     *
     * @return the name, not null
     */
    @Override
    public String name() {
        return NAME;
    }

    /**
     * Assesses a target by the rules of the class description.
     *
     * @param target     the target, not null
     * @param milestone  one of the target's milestones, not null
     * @param series     the observed values in the indicator's unit, in any order, at most one per period
     * @return the assessment, not null
     * @throws InvalidValueException if the milestone is not one of the target's or two values share a period
     */
    @Override
    public Assessment assess(Target target, Milestone milestone, List<SeriesPoint> series) {
        List<SeriesPoint> observed = Trends.observed(target, milestone, series);
        Assessment.Builder b = Assessment.builder(NAME, target.code(), milestone);
        BilingualText m = Wording.milestone(milestone);
        if (observed.isEmpty()) { // rule 1
            return noData(b, Reason.of("binhdang.progress.noData", "milestone", m));
        }
        if (milestone.isYesNo()) { // met or not met, the same for every method; no score from nothing
            Trends.YesNo judged = Trends.yesNo(b, milestone, observed);
            return b.category(category(judged.status())).build(judged.status(), judged.reason());
        }
        Unit unit = target.indicator().unit();
        int decimals = target.indicator().decimals();
        List<SeriesPoint> points = Trends.withBaseline(target.baseline(), observed);
        int wantedBase = baseYear != null ? baseYear
                : target.baseline().map(Baseline::period).map(p -> p.startYear()).orElse(DEFAULT_BASE_YEAR);
        SeriesPoint base = null;
        for (SeriesPoint p : points) {
            if (base == null && time(p) >= wantedBase) {
                base = p;
            }
        }
        SeriesPoint latest = points.get(points.size() - 1);
        BigDecimal t = milestone.value();
        SeriesPoint from = base == null ? points.get(0) : base;
        int d = direction(milestone, from.value());
        boolean achieved = reached(milestone, latest.value(), d);
        b.latest(latest).achieved(achieved);
        BilingualText lp = Wording.point(latest, unit);
        double tT = time(milestone);
        double tL = time(latest);
        if (tT > tL) {
            b.annualChangeNeeded(t.subtract(latest.value())
                    .divide(BigDecimal.valueOf(tT - tL), decimals, RoundingMode.HALF_UP));
        }
        if (achieved) { // rule 2
            if (base != null && time(base) < tL) {
                BigDecimal required = t.subtract(base.value());
                if (d * required.signum() > 0) {
                    b.currentStatusIndex(latest.value().subtract(base.value()).divide(required, MathContext.DECIMAL64));
                }
            }
            return build(b, ProgressStatus.ACHIEVED, BigDecimal.ZERO,
                    Reason.of("binhdang.progress.escap.achieved", "latest", lp, "milestone", m));
        }
        if (points.size() < 2 || time(points.get(0)) == tL) { // rule 3
            return noData(b, Reason.of("binhdang.progress.escap.tooFew", "latest", lp));
        }
        if (base == null) {
            return noData(b, Reason.of("binhdang.progress.escap.baseAfterLatest",
                    "baseYear", Integer.toString(wantedBase), "latest", lp));
        }
        BilingualText bp = Wording.point(base, unit);
        BigDecimal required = t.subtract(base.value());
        if (d * required.signum() <= 0) { // rule 4
            return b.category(category(ProgressStatus.REGRESSING)).build(ProgressStatus.REGRESSING,
                    Reason.of("binhdang.progress.escap.baseMet", "base", bp, "milestone", m, "latest", lp));
        }
        @Nullable BigDecimal projected = tT > tL ? project(points, tT) : latest.value();
        if (projected == null) {
            return noData(b, Reason.of("binhdang.progress.escap.noProjection", "milestone", m));
        }
        // Decimal arithmetic from here, so that a flat series gives a gap of exactly 1.
        BigDecimal gap = t.subtract(projected).divide(required, MathContext.DECIMAL64);
        BigDecimal current = latest.value().subtract(base.value()).divide(required, MathContext.DECIMAL64);
        BigDecimal p = projected.setScale(decimals, RoundingMode.HALF_UP);
        b.linearProjection(p).currentStatusIndex(current).progressGap(gap);
        ProgressStatus status = statusOf(gap);
        BigDecimal score = gap.max(BigDecimal.ZERO).setScale(3, RoundingMode.HALF_UP);
        if (maxGap != null && score.compareTo(maxGap) > 0) {
            score = maxGap;
        }
        String verdict = status == ProgressStatus.ON_TRACK ? "binhdang.progress.escap.maintain"
                : status == ProgressStatus.NEEDS_ACCELERATION ? "binhdang.progress.escap.accelerate"
                : "binhdang.progress.escap.reverse";
        return build(b, status, score, Reason.of(verdict, "period", milestone.period().title(),
                "projected", Wording.quantity(p, unit), "gap", gap.setScale(3, RoundingMode.HALF_UP),
                "current", current.setScale(3, RoundingMode.HALF_UP), "base", bp));
    }

    /**
     * The regression's value at {@code at}, to 12 significant digits: the digits beyond are a
     * {@code double}'s rounding noise, and would make a flat series look as if it moved.
     */
    private @Nullable BigDecimal project(List<SeriesPoint> points, double at) {
        int n = points.size();
        double[] t = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        double first = time(points.get(0));
        for (int i = 0; i < n; i++) {
            t[i] = time(points.get(i));
            y[i] = points.get(i).value().doubleValue();
            w[i] = projection == Projection.TIME_WEIGHTED ? t[i] - first + 1 : 1.0;
        }
        Double value = Trends.fitAt(t, y, w, at);
        return value == null ? null : new BigDecimal(value).round(new MathContext(12, RoundingMode.HALF_EVEN));
    }

    /** A year's value at the year: the midpoint less half a year. */
    private static double time(SeriesPoint point) {
        return point.period().midpointYear() - 0.5;
    }

    private static double time(Milestone milestone) {
        return milestone.period().midpointYear() - 0.5;
    }

    private static Assessment build(Assessment.Builder b, ProgressStatus status, BigDecimal score,
            Reason reason) {
        return b.score(score.setScale(3, RoundingMode.HALF_UP)).category(category(status)).build(status, reason);
    }

    private static Assessment noData(Assessment.Builder b, Reason reason) {
        return b.category(category(ProgressStatus.NO_DATA)).build(ProgressStatus.NO_DATA, reason);
    }

    /**
     * Returns ESCAP's category for a status: maintain progress for {@link ProgressStatus#ACHIEVED} and
     * {@link ProgressStatus#ON_TRACK}, accelerate progress for {@link ProgressStatus#NEEDS_ACCELERATION},
     * reverse the trend for {@link ProgressStatus#REGRESSING} and {@link ProgressStatus#OFF_TRACK} (which
     * the method does not give), insufficient data for {@link ProgressStatus#NO_DATA}.
     *
     * @param status  the status, not null
     * @return the category's name in Vietnamese and English, not null
     */
    public static BilingualText category(ProgressStatus status) {
        switch (Objects.requireNonNull(status, "status")) {
            case ACHIEVED:
            case ON_TRACK:
                return BilingualText.of("Duy trì tiến độ", "Maintain progress");
            case NEEDS_ACCELERATION:
                return BilingualText.of("Cần đẩy nhanh tiến độ", "Accelerate progress");
            case OFF_TRACK:
            case REGRESSING:
                return BilingualText.of("Cần đảo ngược xu hướng", "Reverse trend");
            default:
                return BilingualText.of("Không đủ số liệu", "Insufficient data");
        }
    }

    /**
     * Averages the anticipated gaps of sub-indicators up to an indicator, target or goal, as the report
     * does with simple (unweighted) means: the mean of the gaps of the assessments of this method that
     * have one, rounded half up to 3 decimals; achieved targets count with a gap of 0, assessments without
     * an index are left out. The status: {@link ProgressStatus#ACHIEVED} when every one is achieved,
     * otherwise by the mean as for one sub-indicator (≤ 0 on track, below 1 accelerate, else reverse the
     * trend). Gaps 0.495, 0 and 1.305 average to 0.600: accelerate progress.
     *
     * @param assessments  the assessments of the sub-indicators, any method; only those of this method count
     * @return the average, or empty when no assessment of this method has a gap
     */
    public static Optional<AverageScore> average(List<Assessment> assessments) {
        Trends.Mean mean = Trends.meanScore(assessments, NAME, 3);
        if (mean == null) {
            return Optional.empty();
        }
        ProgressStatus status = mean.allAchieved() ? ProgressStatus.ACHIEVED : statusOf(mean.value());
        return Optional.of(new AverageScore(NAME, mean.value(), mean.count(), status, category(status)));
    }

    /**
     * Averages the current status indices of sub-indicators up to an indicator, target or goal, as the
     * report does with simple means: the mean of the {@linkplain Assessment#currentStatusIndex() indices}
     * of the assessments of this method that have one, unrounded (16 significant digits). Indices 0.25,
     * 1.2 and −0.1 average to 0.45.
     *
     * @param assessments  the assessments of the sub-indicators, any method; only those of this method count
     * @return the mean index, or empty when no assessment of this method has one
     */
    public static Optional<BigDecimal> averageCurrentStatusIndex(List<Assessment> assessments) {
        Trends.Mean mean = Trends.mean(assessments, NAME, Assessment::currentStatusIndex);
        return mean == null ? Optional.empty() : Optional.of(mean.value());
    }

    /**
     * Averages the signed anticipated progress gaps of sub-indicators up to an indicator, target or goal
     * with simple means: the mean of the {@linkplain Assessment#progressGap() gaps} of the assessments of
     * this method that have one, unrounded (16 significant digits); a projection past its target counts
     * with its negative gap. Gaps 0.495, −0.2 and 1.305 average to 0.533….
     *
     * @param assessments  the assessments of the sub-indicators, any method; only those of this method count
     * @return the mean gap, or empty when no assessment of this method has one
     */
    public static Optional<BigDecimal> averageProgressGap(List<Assessment> assessments) {
        Trends.Mean mean = Trends.mean(assessments, NAME, Assessment::progressGap);
        return mean == null ? Optional.empty() : Optional.of(mean.value());
    }

    /** The band of an anticipated gap: at most 0 on track, below 1 accelerate, else reverse the trend. */
    private static ProgressStatus statusOf(BigDecimal gap) {
        return gap.signum() <= 0 ? ProgressStatus.ON_TRACK
                : gap.compareTo(BigDecimal.ONE) < 0 ? ProgressStatus.NEEDS_ACCELERATION : ProgressStatus.REGRESSING;
    }

    /** +1 when the value should rise, -1 when it should fall. */
    private static int direction(Milestone milestone, BigDecimal base) {
        switch (milestone.comparison()) {
            case AT_LEAST:
            case ABOVE:
                return 1;
            case AT_MOST:
            case BELOW:
                return -1;
            default:
                return milestone.value().compareTo(base) < 0 ? -1 : 1;
        }
    }

    private static boolean reached(Milestone milestone, BigDecimal value, int d) {
        Comparison c = milestone.comparison();
        if (c == Comparison.ABOUT || c == Comparison.EQUAL) {
            return d * value.compareTo(milestone.value()) >= 0;
        }
        return c.isMetBy(value, milestone.value());
    }

    /**
     * Compares the parameters, the cap numerically.
     *
     * @param other  the other object
     * @return true if both methods have the same parameters
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EscapMethod m && Objects.equals(baseYear, m.baseYear) && projection == m.projection
                && (maxGap == null ? m.maxGap == null : m.maxGap != null && maxGap.compareTo(m.maxGap) == 0);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(baseYear, projection, maxGap == null ? null : maxGap.stripTrailingZeros());
    }

    /**
     * Returns the name and parameters, such as {@code escap(baseYear=target, projection=TIME_WEIGHTED,
     * maxGap=none)}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return NAME + "(baseYear=" + (baseYear == null ? "target" : baseYear.toString()) + ", projection="
                + projection + ", maxGap=" + (maxGap == null ? "none" : Checks.plain(maxGap)) + ")";
    }
}
