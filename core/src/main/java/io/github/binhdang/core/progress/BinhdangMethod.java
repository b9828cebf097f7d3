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
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * binhdang's own progress method, the {@linkplain ProgressMethod#defaults() default}: the latest value
 * against the milestone, then the linear trend of all values projected to the milestone.
 *
 * <p><b>The series.</b> The observed values, in order of their periods, with the target's baseline
 * before them unless a value was observed for the baseline's period (the observed value wins). The
 * baseline alone is not progress: with no observed value the status is {@link ProgressStatus#NO_DATA}.
 *
 * <p><b>The time axis.</b> Each value sits at the midpoint of its period in fractional years (see
 * below): the year 2021 at 2021.5, the first half of 2022 at 2022.25 (to the day), the People's Council
 * term 2016–2021 at 2019.0. The milestone sits at the midpoint of its own period, so "by 2025" is
 * 2025.5. A value measures its whole period, so its middle is where it belongs; placing the milestone by
 * the same rule means that a milestone for 2025 is compared with the value for 2025 at the same point,
 * and that years, half-years, quarters, phases and terms mix on one axis without a special case.
 * Precisely, a date is at {@code year + (dayOfYear − 1) / daysInYear} and a period at
 * {@code (t(first day) + t(day after the last)) / 2}.
 *
 * <p><b>Met.</b> A value meets the milestone as {@link Comparison#isMetBy(BigDecimal, BigDecimal)}
 * says, except that {@link Comparison#ABOUT} is met within the milestone's own {@linkplain
 * Milestone#tolerance() tolerance}: the one the target gives ({@link Milestone#withTolerance(BigDecimal)}),
 * else half a unit of the milestone value's last written digit, so "about 111" boys per 100 girls is met
 * from 110.5 to 111.5 and a sex ratio at birth of 115, or 111.8, is not about 111; "about 60.0 %" is met
 * from 59.95 to 60.05. "About" is read as "what rounds to the number as written": the strategies publish
 * no tolerance of their own. {@link #withTolerance(BigDecimal)} puts a relative tolerance (a share of the
 * value, the same for every milestone) in its place.
 *
 * <p><b>Yes/no milestones</b> ({@link Milestone#isYesNo()}) are met or not met: the latest value 1 is
 * {@link ProgressStatus#ACHIEVED}, 0 is {@link ProgressStatus#OFF_TRACK} once the milestone's period is
 * not ahead and {@link ProgressStatus#NEEDS_ACCELERATION} before; no trend, projection or change needed
 * is computed. The rules below are for numeric milestones.
 *
 * <p><b>The rules</b>, in order, with {@code L} the latest value, {@code t(L)} its midpoint and
 * {@code t(M)} the milestone's:
 * <ol>
 *   <li>no observed value: {@link ProgressStatus#NO_DATA};</li>
 *   <li>{@code L} meets the milestone: {@link ProgressStatus#ACHIEVED};</li>
 *   <li>the milestone is not ahead ({@code t(M) ≤ t(L)}): {@link ProgressStatus#REGRESSING} if the last
 *       change moved away from the milestone, otherwise {@link ProgressStatus#OFF_TRACK};</li>
 *   <li>the values lie at a single point in time (one value): {@link ProgressStatus#NEEDS_ACCELERATION},
 *       the reason saying that a single value gives no trend and what change a year is needed;</li>
 *   <li>the ordinary least-squares line through the points {@code (t, value)}, projected to {@code t(M)}
 *       and rounded to the indicator's decimals, meets the milestone: {@link ProgressStatus#ON_TRACK};</li>
 *   <li>the line's slope points away from the milestone ({@link Comparison#AT_LEAST} and
 *       {@link Comparison#ABOVE} want it up, {@link Comparison#AT_MOST} and {@link Comparison#BELOW}
 *       down, {@link Comparison#ABOUT} and {@link Comparison#EQUAL} towards the value from {@code L}):
 *       {@link ProgressStatus#REGRESSING};</li>
 *   <li>the projection covers at least the {@linkplain #accelerationShare() acceleration share}
 *       (by default 0.5) of the distance from the first value {@code F} to the milestone's value
 *       {@code M}, that is {@code (projection − F) / (M − F) ≥ share}:
 *       {@link ProgressStatus#NEEDS_ACCELERATION}; when {@code F} is not on the far side of
 *       {@code M} the distance is taken as covered;</li>
 *   <li>otherwise {@link ProgressStatus#OFF_TRACK}.</li>
 * </ol>
 *
 * <p><b>The figures.</b> When the milestone is ahead: the change a year needed,
 * <pre>(M − L) / (t(M) − t(L))</pre>
 * the linear projection, with the least-squares slope and means {@code t̄}, {@code ȳ}:
 * <pre>ȳ + slope × (t(M) − t̄)</pre>
 * and, when the first value {@code F} and {@code L} are both above 0 and apart in time, the projection by
 * the compound annual rate from {@code F} to {@code L}:
 * <pre>L × (L / F) ^ ((t(M) − t(L)) / (t(L) − t(F)))</pre>
 * Worked case: at least 60 % by 2025, baseline 40 % in 2021, 50.0 % in 2023 (decimals 1): the points
 * (2021.5, 40) and (2023.5, 50) give a slope of 5 a year and a projection of 45 + 5 × 3 = 60.0 at 2025.5,
 * which meets the milestone: on track. The compound projection is 50 × 1.25 ^ (2 / 2) = 62.5; the change
 * needed is (60 − 50) / 2 = 5.0 a year.
 *
 * <p>The regression and the power use {@code double}; each result is checked finite, turned into a
 * decimal with {@link BigDecimal#valueOf(double)} and rounded half up to the indicator's decimals. A
 * figure that cannot be had is left out, never NaN. Qualified values ("more than 330") are taken as
 * their number, and the reason says so for the latest one.
 *
 * <p>Text form (for logs): {@code binhdang(tolerance=milestone, accelerationShare=0.5)}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class BinhdangMethod implements ProgressMethod {

    /** The method's name, {@code binhdang}. */
    public static final String NAME = "binhdang";

    /** The default share of the distance a trend must cover to need acceleration rather than be off track: 0.5. */
    public static final BigDecimal DEFAULT_ACCELERATION_SHARE = new BigDecimal("0.5");

    /** The method with the milestones' own tolerances and the default acceleration share. */
    public static final BinhdangMethod INSTANCE = new BinhdangMethod(null, DEFAULT_ACCELERATION_SHARE);

    private final @Nullable BigDecimal tolerance;
    private final BigDecimal accelerationShare;

    private BinhdangMethod(@Nullable BigDecimal tolerance, BigDecimal accelerationShare) {
        this.tolerance = tolerance;
        this.accelerationShare = accelerationShare;
    }

    /**
     * Obtains the method with its thresholds and a relative tolerance for every {@link Comparison#ABOUT}
     * milestone in place of the milestones' own.
     *
     * @param tolerance          the relative tolerance for {@link Comparison#ABOUT}, from 0 to 1
     * @param accelerationShare  the share of the distance to the milestone a trend must cover to need
     *                           acceleration rather than be off track, from 0 to 1
     * @return the method, not null
     * @throws InvalidValueException if a threshold is outside 0 to 1
     */
    public static BinhdangMethod of(BigDecimal tolerance, BigDecimal accelerationShare) {
        return new BinhdangMethod(requireShare("BinhdangMethod.tolerance", tolerance),
                requireShare("BinhdangMethod.accelerationShare", accelerationShare));
    }

    /**
     * Returns a copy with a relative tolerance for every {@link Comparison#ABOUT} milestone, in place of
     * the milestones' own: {@code |value − M| ≤ tolerance × |M|}.
     *
     * @param tolerance  the relative tolerance, from 0 to 1, such as 0.02 for 2 %
     * @return the method, not null
     * @throws InvalidValueException if the tolerance is outside 0 to 1
     */
    public BinhdangMethod withTolerance(BigDecimal tolerance) {
        return of(tolerance, accelerationShare);
    }

    /**
     * Returns a copy that judges {@link Comparison#ABOUT} by each milestone's own {@linkplain
     * Milestone#tolerance() tolerance}, as the default method does.
     *
     * @return the method, not null
     */
    public BinhdangMethod withMilestoneTolerance() {
        return new BinhdangMethod(null, accelerationShare);
    }

    /**
     * Returns a copy with another acceleration share.
     *
     * @param share  the share of the distance to the milestone, from 0 to 1
     * @return the method, not null
     * @throws InvalidValueException if the share is outside 0 to 1
     */
    public BinhdangMethod withAccelerationShare(BigDecimal share) {
        return new BinhdangMethod(tolerance, requireShare("BinhdangMethod.accelerationShare", share));
    }

    private static BigDecimal requireShare(String field, BigDecimal value) {
        Objects.requireNonNull(value, field);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException(field, Checks.plain(value), "must be from 0 to 1");
        }
        return value;
    }

    /**
     * Returns the relative tolerance within which a value meets an {@link Comparison#ABOUT} milestone,
     * when one was set in place of the milestones' own.
     *
     * @return the tolerance, from 0 to 1, or empty when each milestone's own {@linkplain
     *         Milestone#tolerance() tolerance} is used (the default)
     */
    public Optional<BigDecimal> tolerance() {
        return Optional.ofNullable(tolerance);
    }

    /**
     * Returns the share of the distance from the first value to the milestone that a trend must cover to
     * need acceleration rather than be off track.
     *
     * @return the share, from 0 to 1, not null
     */
    public BigDecimal accelerationShare() {
        return accelerationShare;
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
     * Tells whether a value meets a milestone: by {@link Comparison#isMetBy(BigDecimal, BigDecimal)}, or
     * for {@link Comparison#ABOUT} within the milestone's {@linkplain Milestone#isWithinTolerance(BigDecimal)
     * tolerance} (about 111: 110.5 to 111.5), or within {@code tolerance × |M|} when a relative tolerance
     * was set.
     *
     * @param value      the value, not null
     * @param milestone  the milestone, not null
     * @return true if the value meets it
     */
    public boolean isMet(BigDecimal value, Milestone milestone) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(milestone, "milestone");
        if (milestone.comparison() == Comparison.ABOUT) {
            if (tolerance == null) {
                return milestone.isWithinTolerance(value);
            }
            BigDecimal allowed = milestone.value().abs().multiply(tolerance);
            return value.subtract(milestone.value()).abs().compareTo(allowed) <= 0;
        }
        return milestone.comparison().isMetBy(value, milestone.value());
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
            return b.build(ProgressStatus.NO_DATA, Reason.of("binhdang.progress.noData", "milestone", m));
        }
        if (milestone.isYesNo()) { // a yes/no milestone: met or not met, no trend
            Trends.YesNo judged = Trends.yesNo(b, milestone, observed);
            return b.build(judged.status(), judged.reason());
        }
        Unit unit = target.indicator().unit();
        int decimals = target.indicator().decimals();
        List<SeriesPoint> points = withBaseline(target.baseline(), observed);
        SeriesPoint first = points.get(0);
        SeriesPoint latest = points.get(points.size() - 1);
        double tm = milestone.period().midpointYear();
        double tl = latest.period().midpointYear();
        double tf = first.period().midpointYear();
        boolean achieved = isMet(latest.value(), milestone);
        b.latest(latest).achieved(achieved);

        boolean ahead = tm > tl;
        BigDecimal needed = null;
        Trend trend = null;
        BigDecimal linear = null;
        if (ahead) {
            needed = milestone.value().subtract(latest.value())
                    .divide(BigDecimal.valueOf(tm - tl), decimals, RoundingMode.HALF_UP);
            b.annualChangeNeeded(needed);
            Trend fitted = Trend.fit(points);
            linear = fitted == null ? null : round(fitted.at(tm), decimals);
            if (linear != null) {
                trend = fitted;
                b.linearProjection(linear);
            }
            if (first.value().signum() > 0 && latest.value().signum() > 0 && tl > tf) {
                double growth = latest.value().doubleValue() / first.value().doubleValue();
                BigDecimal compound = round(latest.value().doubleValue() * Math.pow(growth, (tm - tl) / (tl - tf)),
                        decimals);
                if (compound != null) {
                    b.compoundProjection(compound);
                }
            }
        }

        BilingualText lp = Wording.point(latest, unit);
        ProgressStatus status;
        Reason reason;
        if (achieved) { // rule 2
            status = ProgressStatus.ACHIEVED;
            reason = Reason.of("binhdang.progress.achieved", "latest", lp, "milestone", m);
        } else if (!ahead) { // rule 3
            SeriesPoint previous = points.size() > 1 ? points.get(points.size() - 2) : null;
            if (previous != null && movesAway(previous.value(), latest.value(), milestone)) {
                status = ProgressStatus.REGRESSING;
                reason = Reason.of("binhdang.progress.movesAway", "milestone", m, "latest", lp,
                        "previous", Wording.point(previous, unit));
            } else {
                status = ProgressStatus.OFF_TRACK;
                reason = Reason.of("binhdang.progress.offTrack", "milestone", m, "latest", lp);
            }
        } else if (trend == null) { // rule 4
            status = ProgressStatus.NEEDS_ACCELERATION;
            reason = Reason.of("binhdang.progress.singleValue", "latest", lp, "milestone", m,
                    "needed", changeText(needed, unit));
        } else {
            BilingualText projected = Wording.quantity(linear, unit);
            BilingualText by = milestone.period().title();
            BilingualText value = Wording.milestoneValue(milestone);
            int wanted = wanted(milestone, latest.value());
            if (isMet(linear, milestone)) { // rule 5
                status = ProgressStatus.ON_TRACK;
                reason = Reason.of("binhdang.progress.trend.onTrack", "projected", projected, "period", by,
                        "milestoneValue", value);
            } else if (wanted * trend.slope < 0) { // rule 6
                status = ProgressStatus.REGRESSING;
                reason = Reason.of("binhdang.progress.trend.regressing",
                        "slope", changeText(round(trend.slope, decimals), unit), "projected", projected,
                        "period", by, "milestoneValue", value);
            } else {
                double f = first.value().doubleValue();
                double gap = milestone.value().doubleValue() - f;
                double covered = wanted * gap > 0 ? (trend.at(tm) - f) / gap : 1.0;
                if (!Double.isFinite(covered)) {
                    covered = 1.0;
                }
                if (covered >= accelerationShare.doubleValue()) { // rule 7
                    status = ProgressStatus.NEEDS_ACCELERATION;
                    reason = Reason.of("binhdang.progress.trend.accelerate", "projected", projected,
                            "period", by, "milestoneValue", value,
                            "slope", changeText(round(trend.slope, decimals), unit),
                            "needed", changeText(needed, unit));
                } else { // rule 8
                    status = ProgressStatus.OFF_TRACK;
                    BigDecimal share = BigDecimal.valueOf(Math.max(0.0, covered * 100))
                            .setScale(0, RoundingMode.HALF_UP);
                    reason = Reason.of("binhdang.progress.trend.offTrack", "projected", projected,
                            "period", by, "share", Wording.quantity(share, Unit.PERCENT),
                            "first", Wording.point(first, unit), "milestoneValue", value,
                            "needed", changeText(needed, unit));
                }
            }
        }
        if (!latest.qualifier().isExact()) {
            BilingualText v = Wording.quantity(latest.shown(), unit);
            reason = reason.then(Reason.of("binhdang.progress.qualified", "qualifier", latest.qualifier().title(),
                    "value", v));
        }
        return b.build(status, reason);
    }

    /** Words a change; the figures passed are always computed when the milestone is ahead. */
    private static BilingualText changeText(@Nullable BigDecimal change, Unit unit) {
        return Wording.change(Objects.requireNonNull(change, "change"), unit);
    }

    /** +1 when higher values get closer to the milestone, -1 when lower ones do, 0 at the value itself. */
    private static int wanted(Milestone milestone, BigDecimal latest) {
        switch (milestone.comparison()) {
            case AT_LEAST:
            case ABOVE:
                return 1;
            case AT_MOST:
            case BELOW:
                return -1;
            default:
                return milestone.value().compareTo(latest);
        }
    }

    private static boolean movesAway(BigDecimal previous, BigDecimal latest, Milestone milestone) {
        switch (milestone.comparison()) {
            case ABOUT:
            case EQUAL:
                return latest.subtract(milestone.value()).abs()
                        .compareTo(previous.subtract(milestone.value()).abs()) > 0;
            default:
                return wanted(milestone, latest) * latest.compareTo(previous) < 0;
        }
    }

    private static List<SeriesPoint> withBaseline(Optional<Baseline> baseline, List<SeriesPoint> observed) {
        if (baseline.isEmpty()) {
            return observed;
        }
        Baseline base = baseline.get();
        for (SeriesPoint p : observed) {
            if (p.period().equals(base.period())) {
                return observed;
            }
        }
        List<SeriesPoint> all = new ArrayList<>(observed);
        all.add(SeriesPoint.of(base.period(), base.value()));
        all.sort(Comparator.comparing(SeriesPoint::period));
        return all;
    }

    /** Rounds a finite double half up; null when it is not finite. */
    private static @Nullable BigDecimal round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return null;
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    /**
     * Compares the thresholds numerically.
     *
     * @param other  the other object
     * @return true if both methods have the same thresholds
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BinhdangMethod m
                && (tolerance == null ? m.tolerance == null : m.tolerance != null && tolerance.compareTo(m.tolerance) == 0)
                && accelerationShare.compareTo(m.accelerationShare) == 0;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(tolerance == null ? null : tolerance.stripTrailingZeros(),
                accelerationShare.stripTrailingZeros());
    }

    /**
     * Returns the name and thresholds, such as {@code binhdang(tolerance=milestone, accelerationShare=0.5)}
     * or, with a relative tolerance, {@code binhdang(tolerance=0.05, accelerationShare=0.5)}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return NAME + "(tolerance=" + (tolerance == null ? "milestone" : Checks.plain(tolerance))
                + ", accelerationShare=" + Checks.plain(accelerationShare) + ")";
    }

    /** The least-squares line through the points, centred on the means for accuracy. */
    private static final class Trend {
        private final double slope;
        private final double meanT;
        private final double meanY;

        private Trend(double slope, double meanT, double meanY) {
            this.slope = slope;
            this.meanT = meanT;
            this.meanY = meanY;
        }

        /** Returns the line, or null when the points lie at one time or a sum is not finite. */
        static @Nullable Trend fit(List<SeriesPoint> points) {
            int n = points.size();
            double[] t = new double[n];
            double[] y = new double[n];
            double sumT = 0;
            double sumY = 0;
            for (int i = 0; i < n; i++) {
                t[i] = points.get(i).period().midpointYear();
                y[i] = points.get(i).value().doubleValue();
                sumT += t[i];
                sumY += y[i];
            }
            double meanT = sumT / n;
            double meanY = sumY / n;
            double sxx = 0;
            double sxy = 0;
            for (int i = 0; i < n; i++) {
                sxx += (t[i] - meanT) * (t[i] - meanT);
                sxy += (t[i] - meanT) * (y[i] - meanY);
            }
            if (!(sxx > 0) || !Double.isFinite(sxy) || !Double.isFinite(meanY)) {
                return null;
            }
            double slope = sxy / sxx;
            return Double.isFinite(slope) ? new Trend(slope, meanT, meanY) : null;
        }

        double at(double time) {
            return meanY + slope * (time - meanT);
        }
    }
}
