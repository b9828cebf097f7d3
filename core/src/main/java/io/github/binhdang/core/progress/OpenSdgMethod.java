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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The progress measure of Statistics Canada that Open SDG applies (named {@value #NAME}): the compound
 * annual growth since a base year, compared with the growth the target needs or, without a target, with
 * fixed growth rates, turned into a score from −5 to +5.
 *
 * <p><b>Source.</b> Open SDG, <i>Progress Measurement Methodology for the Sustainable Development
 * Goals</i> ({@code open-sdg/open-sdg}, {@code docs/progress-methodology.md}, the methodology released
 * with Open SDG 2.4.0, October 2025; read at commit {@code 8bfde81a}, 22 October 2025), and its
 * implementation in sdg-build ({@code open-sdg/sdg-build}, {@code sdg/ProgressMeasure.py}: {@code
 * measure_indicator_progress}, {@code methodology_1}, {@code methodology_2}, {@code growth_calculation},
 * {@code config_defaults}, as of pull request 318, commit {@code 6d3d128a}, June 2023, and the fork
 * {@code tristanmenard/sdg-build} commit {@code deb8ba1b}, October 2024). Those versions give the
 * categories only: the snapshot of sdg-build that could be read ends at 2.3.0 (March 2024) and holds
 * neither the 2.4.0 release nor its scores or {@code limit}; the scores here follow the methodology.
 *
 * <p><b>The series and the time axis.</b> The observed values with the target's baseline among them
 * (an observed value for the baseline's period wins). As in sdg-build, a value sits at the first year of
 * its period (the reference period 2015–16 counts as 2015); when several periods start in one year, the
 * last of them stands for the year. The target year is the milestone's {@link Milestone#year()}.
 *
 * <p><b>The base year</b> {@code t₀}: by default the target's baseline year, or 2015 (the methodology's
 * default) when the target has none; {@link #withBaseYear(int)} fixes it. When no value is observed in
 * the base year, the first later year with a value is the base year, as sdg-build does.
 *
 * <p><b>The growth</b>, with {@code y₀} the base value and {@code yᵢ} the latest, in year {@code tᵢ}:
 * <pre>CAGRᵢ = (yᵢ / y₀) ^ (1 / (tᵢ − t₀)) − 1</pre>
 * A base value or target value of 0 is replaced by {@linkplain #zeroReplacement() 0.001}; when the base
 * and latest values are both negative, their signs and the desired direction are flipped; when they have
 * opposite signs, the measure does not apply. {@code d} is +1 when the value should rise ({@link
 * Comparison#AT_LEAST}, {@link Comparison#ABOVE}), −1 when it should fall ({@link Comparison#AT_MOST},
 * {@link Comparison#BELOW}), and for {@link Comparison#ABOUT} and {@link Comparison#EQUAL} the sign of
 * {@code yT − y₀}.
 *
 * <p><b>With a target</b> (the default): the target is achieved when the latest value has reached the
 * milestone's value in the desired direction ({@code yᵢ ≥ yT} rising, {@code yᵢ ≤ yT} falling; strictly
 * for {@link Comparison#ABOVE} and {@link Comparison#BELOW}). Otherwise, with {@code CAGR_T = (yT / y₀) ^
 * (1 / (t_T − t₀)) − 1} the growth needed,
 * <pre>R = d × CAGRᵢ / |CAGR_T|</pre>
 * which is sdg-build's {@code cagr_o / cagr_r} whenever the base value is short of the target; the
 * {@code d} and {@code |…|} follow the methodology page, so that a base value already past the target
 * still gives a ratio of the right sign. When {@code CAGR_T} is 0 (the base value is the target) and the
 * latest value is not, the series has deteriorated: score −5. Bands: {@code R ≥ 0.95} on track, {@code
 * 0.6 ≤ R < 0.95} progress made but acceleration needed, {@code 0 ≤ R < 0.6} limited progress, {@code R <
 * 0} deterioration. Score: −5 up to {@code R = −0.6}, rising linearly to 0 at {@code R = 0.6} and to 5 at
 * {@code R = 1.3}, 5 above; a target achieved scores 5. The two lines, exactly (the methodology gives the
 * end points, −60 % → −5, 60 % → 0, 130 % → +5, and its Figure 2):
 * <pre>score = 25/6 × R − 5/2       for −0.6 ≤ R ≤ 0.6   (≈ 4.1667 × R − 2.5)
 * score = 50/7 × R − 30/7      for  0.6 ≤ R ≤ 1.3   (≈ 7.1429 × R − 4.2857)</pre>
 * The four-decimal coefficients on the right are what these lines round to; they are not used, because
 * the sdg-build source that would show which form the tool computes with (its 2.4.0 release) could not
 * be read (see the sources paragraph), and they differ from the lines in the fifth decimal (3.617217…
 * against 3.617279… in the worked case).
 *
 * <p><b>Without a target</b> ({@link #withoutTargets()}, for targets that are only a direction): the
 * milestone gives the direction only, and {@code v = d × CAGRᵢ} is banded by fixed rates scaled by the
 * {@linkplain #scalingFactor() scaling factor} {@code C} (1 by default): {@code v ≥ 1.5 % × C} on track,
 * {@code 0.5 % × C ≤ v < 1.5 % × C} acceleration needed, {@code 0 ≤ v < 0.5 % × C} limited progress,
 * {@code v < 0} deterioration. Score: −5 up to −2 %, linear to −2.5 at 0, to 0 at 0.5 % C, to 2.5 at
 * 1.5 % C, to 5 at 2 % C, 5 above. With {@code C = 0} any {@code v ≥ 0} is on track with score 5.
 * Statistics Canada works {@code C} out from the base value and the indicator's natural limit
 * (sdg-build's {@code limit} option) by a formula that the methodology page gives only as an image
 * ({@code coeff.svg}); neither that formula nor its constant could be read, so the {@code limit} input is
 * not accepted and {@code C} is given directly with {@link #withScalingFactor(BigDecimal)}.
 *
 * <p><b>Yes/no milestones</b> ({@link io.github.binhdang.core.strategy.Milestone#isYesNo()}) are met or
 * not met, as {@link BinhdangMethod} judges them, with this method's category for the status and no
 * score: a yes/no value has no growth or trend to measure.
 *
 * <p><b>Too little data</b> ("unable to assess", {@link ProgressStatus#NO_DATA}): no value, a base year
 * after the latest value, or fewer than two years from the base year to the latest value. As in
 * sdg-build, a series of one value that meets the milestone is unable to assess too (its
 * {@link Assessment#isAchieved()} is still true).
 *
 * <p><b>Categories and statuses.</b> Target achieved → {@link ProgressStatus#ACHIEVED}; on track →
 * {@link ProgressStatus#ON_TRACK}; progress made but acceleration needed → {@link
 * ProgressStatus#NEEDS_ACCELERATION}; limited progress → {@link ProgressStatus#OFF_TRACK}; deterioration
 * → {@link ProgressStatus#REGRESSING}; unable to assess → {@link ProgressStatus#NO_DATA}. The
 * assessment's {@link Assessment#score()} is the score as computed, unrounded (sdg-build publishes it so;
 * round it for display only: the reason shows it to 2 decimals), its {@link Assessment#progressValue()}
 * the progress value the score comes from, unrounded ({@code R} with a target, {@code v = d × CAGRᵢ}
 * without one; absent for a target achieved, which sdg-build judges before any growth), and its {@link
 * Assessment#category()} the category's name. The method gives no projection and no change needed a
 * year.
 *
 * <p><b>Worked case.</b> At least 60 % by 2025 from 40 % in 2021, 50.0 % in 2023: {@code CAGRᵢ = 1.25 ^
 * (1/2) − 1 = 11.80 %}, {@code CAGR_T = 1.5 ^ (1/4) − 1 = 10.67 %}, progress value {@code R = 1.106410…}: on
 * track, score {@code 50/7 × 1.106410… − 30/7 = 3.617217…} (shown 3.62).
 *
 * <p>Powers and ratios use {@code double}; every result is finite before it becomes a decimal. Qualified
 * values ("more than 330") are taken as their number. Text form (for logs): {@code
 * open-sdg(baseYear=target, targets=used, scalingFactor=1, zeroReplacement=0.001)}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class OpenSdgMethod implements ProgressMethod {

    /** The method's name, {@code open-sdg}. */
    public static final String NAME = "open-sdg";

    /** The base year when the target has no baseline and none is fixed: 2015, the methodology's default. */
    public static final int DEFAULT_BASE_YEAR = 2015;

    /** The value that replaces a base or target value of 0 in the growth rates: 0.001, as sdg-build does. */
    public static final BigDecimal DEFAULT_ZERO_REPLACEMENT = new BigDecimal("0.001");

    private static final OpenSdgMethod DEFAULTS = new OpenSdgMethod(null, true, BigDecimal.ONE,
            DEFAULT_ZERO_REPLACEMENT);

    // The published cut-offs: ratio R with a target, growth rate without one.
    private static final double R_ON_TRACK = 0.95;
    private static final double R_ACCELERATE = 0.6;
    private static final double R_SCORE_MIN = -0.6;
    private static final double R_SCORE_MAX = 1.3;
    private static final double G_ON_TRACK = 0.015;
    private static final double G_ACCELERATE = 0.005;
    private static final double G_SCORE_MIN = -0.02;
    private static final double G_SCORE_MAX = 0.02;

    private final @Nullable Integer baseYear;
    private final boolean useTargets;
    private final BigDecimal scalingFactor;
    private final BigDecimal zeroReplacement;

    private OpenSdgMethod(@Nullable Integer baseYear, boolean useTargets, BigDecimal scalingFactor,
            BigDecimal zeroReplacement) {
        this.baseYear = baseYear;
        this.useTargets = useTargets;
        this.scalingFactor = scalingFactor;
        this.zeroReplacement = zeroReplacement;
    }

    /**
     * Returns the method with the published parameters: the target's baseline year (else 2015), targets
     * used, scaling factor 1, zero replaced by 0.001.
     *
     * @return the method, not null
     */
    public static OpenSdgMethod defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with a fixed base year, such as 2015, whatever the target's baseline.
     *
     * @param year  the base year, from 1900 to 9999
     * @return the method, not null
     * @throws InvalidValueException if the year is out of range
     */
    public OpenSdgMethod withBaseYear(int year) {
        if (year < 1900 || year > 9999) {
            throw new InvalidValueException("OpenSdgMethod.baseYear", year, "is outside 1900 to 9999");
        }
        return new OpenSdgMethod(year, useTargets, scalingFactor, zeroReplacement);
    }

    /**
     * Returns a copy that takes the base year from the target's baseline, or 2015 without one.
     *
     * @return the method, not null
     */
    public OpenSdgMethod withTargetBaseYear() {
        return new OpenSdgMethod(null, useTargets, scalingFactor, zeroReplacement);
    }

    /**
     * Returns a copy that judges every target without its value, by the growth in the direction its
     * milestone wants, as the methodology does for indicators without a quantitative target.
     *
     * @return the method, not null
     */
    public OpenSdgMethod withoutTargets() {
        return new OpenSdgMethod(baseYear, false, scalingFactor, zeroReplacement);
    }

    /**
     * Returns a copy that compares with the milestones' values, the default.
     *
     * @return the method, not null
     */
    public OpenSdgMethod withTargets() {
        return new OpenSdgMethod(baseYear, true, scalingFactor, zeroReplacement);
    }

    /**
     * Returns a copy with another scaling factor {@code C} for the growth rates of the case without a
     * target, for an indicator near its natural limit.
     *
     * @param c  the factor, from 0 to 1
     * @return the method, not null
     * @throws InvalidValueException if the factor is outside 0 to 1
     */
    public OpenSdgMethod withScalingFactor(BigDecimal c) {
        Objects.requireNonNull(c, "c");
        if (c.signum() < 0 || c.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException("OpenSdgMethod.scalingFactor", Checks.plain(c), "must be from 0 to 1");
        }
        return new OpenSdgMethod(baseYear, useTargets, c, zeroReplacement);
    }

    /**
     * Returns a copy with another value to put for a base or target value of 0.
     *
     * @param value  the replacement, above 0
     * @return the method, not null
     * @throws InvalidValueException if the value is not above 0
     */
    public OpenSdgMethod withZeroReplacement(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.signum() <= 0) {
            throw new InvalidValueException("OpenSdgMethod.zeroReplacement", Checks.plain(value), "must be above 0");
        }
        return new OpenSdgMethod(baseYear, useTargets, scalingFactor, value);
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
     * Tells whether milestones' values are used (the case with a target).
     *
     * @return true by default
     */
    public boolean usesTargets() {
        return useTargets;
    }

    /**
     * Returns the scaling factor {@code C} of the case without a target.
     *
     * @return the factor, from 0 to 1, not null
     */
    public BigDecimal scalingFactor() {
        return scalingFactor;
    }

    /**
     * Returns the value put for a base or target value of 0.
     *
     * @return the replacement, above 0, not null
     */
    public BigDecimal zeroReplacement() {
        return zeroReplacement;
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
     * Assesses a target by the measure of the class description.
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
        if (observed.isEmpty()) {
            return noData(b, Reason.of("binhdang.progress.noData", "milestone", m));
        }
        if (milestone.isYesNo()) { // met or not met, the same for every method; no score from nothing
            Trends.YesNo judged = Trends.yesNo(b, milestone, observed);
            return b.category(category(judged.status())).build(judged.status(), judged.reason());
        }
        Unit unit = target.indicator().unit();
        TreeMap<Integer, SeriesPoint> byYear = byStartYear(Trends.withBaseline(target.baseline(), observed));
        int latestYear = byYear.lastKey();
        SeriesPoint latest = byYear.get(latestYear);
        int wantedBase = baseYear != null ? baseYear
                : target.baseline().map(Baseline::period).map(p -> p.startYear()).orElse(DEFAULT_BASE_YEAR);
        Integer t0 = byYear.ceilingKey(wantedBase);
        SeriesPoint base = t0 == null ? byYear.firstEntry().getValue() : byYear.get(t0);
        int d = direction(milestone, base.value());
        boolean achieved = reached(milestone, latest.value(), d);
        b.latest(latest).achieved(achieved);
        if (t0 == null) {
            return noData(b, Reason.of("binhdang.progress.openSdg.baseAfterLatest", "baseYear", year(wantedBase),
                    "latestYear", year(latestYear)));
        }
        if (latestYear - t0 < 1) {
            return noData(b, Reason.of("binhdang.progress.openSdg.tooFew", "baseYear", year(wantedBase),
                    "latestYear", year(latestYear)));
        }
        double y0 = nonZero(base.value());
        double yi = latest.value().doubleValue();
        if (y0 < 0 && yi <= 0 || y0 > 0 && yi >= 0) {
            if (y0 < 0) { // both negative: measure the size and want the other way
                y0 = -y0;
                yi = -yi;
                d = -d;
            }
        } else {
            return noData(b, Reason.of("binhdang.progress.openSdg.oppositeSigns"));
        }
        double cagr = Math.pow(yi / y0, 1.0 / (latestYear - t0)) - 1;
        BilingualText from = Wording.point(base, unit);
        BilingualText to = Wording.point(latest, unit);
        if (!useTargets) {
            return trend(b, d * cagr, from, to);
        }
        if (achieved) {
            return build(b, ProgressStatus.ACHIEVED, 5.0,
                    Reason.of("binhdang.progress.openSdg.achieved", "latest", to, "milestone", m));
        }
        int tT = milestone.year();
        if (tT <= t0) {
            return noData(b, Reason.of("binhdang.progress.openSdg.milestoneNotAfterBase",
                    "milestoneYear", year(tT), "baseYear", year(t0)));
        }
        double target0 = nonZero(milestone.value()) * (base.value().signum() < 0 ? -1 : 1);
        double needed = Math.pow(target0 / y0, 1.0 / (tT - t0)) - 1;
        if (!Double.isFinite(cagr) || !Double.isFinite(needed)) {
            return noData(b, Reason.of("binhdang.progress.openSdg.noGrowth", "base", from, "latest", to));
        }
        if (needed == 0.0) {
            return build(b, ProgressStatus.REGRESSING, -5.0, Reason.of("binhdang.progress.openSdg.baseEqualsMilestone",
                    "base", from, "milestone", m, "latest", to));
        }
        double r = d * cagr / Math.abs(needed);
        if (!Double.isFinite(r)) { // a needed growth too close to 0 for a double
            return noData(b, Reason.of("binhdang.progress.openSdg.noGrowth", "base", from, "latest", to));
        }
        ProgressStatus status = r >= R_ON_TRACK ? ProgressStatus.ON_TRACK
                : r >= R_ACCELERATE ? ProgressStatus.NEEDS_ACCELERATION
                : r >= 0 ? ProgressStatus.OFF_TRACK : ProgressStatus.REGRESSING;
        double score = r <= R_SCORE_MIN ? -5.0
                : r <= R_ACCELERATE ? -5.0 + 5.0 * (r - R_SCORE_MIN) / (R_ACCELERATE - R_SCORE_MIN)
                : r < R_SCORE_MAX ? 5.0 * (r - R_ACCELERATE) / (R_SCORE_MAX - R_ACCELERATE) : 5.0;
        b.progressValue(BigDecimal.valueOf(r));
        return build(b, status, score, Reason.of("binhdang.progress.openSdg.score", "base", from, "latest", to,
                "growth", rate(cagr), "milestone", m, "neededGrowth", rate(Math.abs(needed) * d),
                "ratio", round(r, 3), "score", round(score, 2)));
    }

    private Assessment trend(Assessment.Builder b, double v, BilingualText from, BilingualText to) {
        double c = scalingFactor.doubleValue();
        if (Double.isFinite(v)) {
            b.progressValue(BigDecimal.valueOf(v));
        }
        ProgressStatus status;
        double score;
        if (c == 0.0 && v >= 0) { // at the natural limit, holding it is on track
            status = ProgressStatus.ON_TRACK;
            score = 5.0;
        } else {
            double onTrack = G_ON_TRACK * c;
            double accelerate = G_ACCELERATE * c;
            double top = G_SCORE_MAX * c;
            status = v >= onTrack ? ProgressStatus.ON_TRACK
                    : v >= accelerate ? ProgressStatus.NEEDS_ACCELERATION
                    : v >= 0 ? ProgressStatus.OFF_TRACK : ProgressStatus.REGRESSING;
            score = v <= G_SCORE_MIN ? -5.0
                    : v < 0 ? -5.0 + 2.5 * (v - G_SCORE_MIN) / -G_SCORE_MIN
                    : v < accelerate ? -2.5 + 2.5 * v / accelerate
                    : v < onTrack ? 2.5 * (v - accelerate) / (onTrack - accelerate)
                    : v < top ? 2.5 + 2.5 * (v - onTrack) / (top - onTrack) : 5.0;
        }
        if (!Double.isFinite(score)) {
            return noData(b, Reason.of("binhdang.progress.openSdg.noGrowth", "base", from, "latest", to));
        }
        return build(b, status, score, Reason.of("binhdang.progress.openSdg.withoutTarget", "base", from,
                "latest", to, "growth", rate(v), "score", round(score, 2)));
    }

    /** The score as computed, unrounded: sdg-build publishes it so; only the reason rounds it, for display. */
    private static Assessment build(Assessment.Builder b, ProgressStatus status, double score, Reason reason) {
        return b.score(BigDecimal.valueOf(score)).category(category(status)).build(status, reason);
    }

    private static Assessment noData(Assessment.Builder b, Reason reason) {
        return b.category(category(ProgressStatus.NO_DATA)).build(ProgressStatus.NO_DATA, reason);
    }

    /**
     * Returns the measure's name for the category a status stands for, such as "Tiến bộ hạn chế" /
     * "Limited progress" for {@link ProgressStatus#OFF_TRACK}.
     *
     * @param status  the status, not null
     * @return the category's name in Vietnamese and English, not null
     */
    public static BilingualText category(ProgressStatus status) {
        switch (Objects.requireNonNull(status, "status")) {
            case ACHIEVED:
                return BilingualText.of("Đã đạt chỉ tiêu", "Target achieved");
            case ON_TRACK:
                return BilingualText.of("Đúng tiến độ", "On track");
            case NEEDS_ACCELERATION:
                return BilingualText.of("Có tiến bộ nhưng cần đẩy nhanh", "Progress made but acceleration needed");
            case OFF_TRACK:
                return BilingualText.of("Tiến bộ hạn chế", "Limited progress");
            case REGRESSING:
                return BilingualText.of("Đang xấu đi", "Deterioration");
            default:
                return BilingualText.of("Không đánh giá được", "Unable to assess");
        }
    }

    /**
     * Aggregates the scores of an indicator's series into the indicator's, as the methodology does: the
     * mean of the scores of the assessments that have one (series unable to assess are left out, as
     * sdg-build leaves out series without a value), unrounded (to 16 significant digits); the status is that of
     * the mean's band (2.5 to 5 on track, 0 to 2.5 acceleration needed, −2.5 to 0 limited progress,
     * below −2.5 deterioration), except that it is target achieved only when every series achieved its
     * target. Scores 3.62, 0.97 and −3.49 give 0.3666…: progress made but acceleration needed.
     *
     * @param assessments  the assessments of the series, any method; only those of this method count
     * @return the indicator's score, or empty when no assessment of this method has a score
     */
    public static Optional<AverageScore> indicatorScore(List<Assessment> assessments) {
        Trends.Mean mean = Trends.mean(assessments, NAME, Assessment::score);
        if (mean == null) {
            return Optional.empty();
        }
        BigDecimal v = mean.value();
        ProgressStatus status = mean.allAchieved() ? ProgressStatus.ACHIEVED
                : v.compareTo(new BigDecimal("2.5")) >= 0 ? ProgressStatus.ON_TRACK
                : v.signum() >= 0 ? ProgressStatus.NEEDS_ACCELERATION
                : v.compareTo(new BigDecimal("-2.5")) >= 0 ? ProgressStatus.OFF_TRACK : ProgressStatus.REGRESSING;
        return Optional.of(new AverageScore(NAME, v, mean.count(), status, category(status)));
    }

    /** The points keyed by the first year of their periods, the last period of a year standing for it. */
    private static TreeMap<Integer, SeriesPoint> byStartYear(List<SeriesPoint> points) {
        TreeMap<Integer, SeriesPoint> byYear = new TreeMap<>();
        for (SeriesPoint p : points) { // points come in period order, so a later one replaces an earlier
            byYear.put(p.period().startYear(), p);
        }
        return byYear;
    }

    /**
     * Returns the desired direction {@code d} of the class documentation: +1 when the value should rise
     * ({@link Comparison#AT_LEAST}, {@link Comparison#ABOVE}), −1 when it should fall ({@link
     * Comparison#AT_MOST}, {@link Comparison#BELOW}), and for {@link Comparison#ABOUT} and {@link
     * Comparison#EQUAL} the sign of {@code yT − y₀} (+1 when they are equal). The one home of this rule:
     * Open SDG's metadata ({@code progress_calculation_options}, {@code direction}) is written from it.
     *
     * @param milestone  the milestone, not null
     * @param base       the base value {@code y₀}, used for ABOUT and EQUAL only, not null
     * @return +1 or −1
     */
    public static int direction(Milestone milestone, BigDecimal base) {
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
        if (c == Comparison.ABOVE || c == Comparison.BELOW) {
            return c.isMetBy(value, milestone.value());
        }
        return d * value.compareTo(milestone.value()) >= 0;
    }

    private double nonZero(BigDecimal value) {
        return value.signum() == 0 ? zeroReplacement.doubleValue() : value.doubleValue();
    }

    /** A growth rate as a signed percentage to 2 decimals: {@code 11,80%} / {@code 11.80 %}. */
    private static BilingualText rate(double rate) {
        return Wording.quantity(round(rate * 100, 2), Unit.PERCENT);
    }

    private static String year(int year) {
        return Integer.toString(year);
    }

    /** Rounds a finite double half up; callers check finiteness first. */
    private static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    /**
     * Compares the parameters, decimals numerically.
     *
     * @param other  the other object
     * @return true if both methods have the same parameters
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof OpenSdgMethod m && Objects.equals(baseYear, m.baseYear) && useTargets == m.useTargets
                && scalingFactor.compareTo(m.scalingFactor) == 0 && zeroReplacement.compareTo(m.zeroReplacement) == 0;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(baseYear, useTargets, scalingFactor.stripTrailingZeros(),
                zeroReplacement.stripTrailingZeros());
    }

    /**
     * Returns the name and parameters, such as
     * {@code open-sdg(baseYear=target, targets=used, scalingFactor=1, zeroReplacement=0.001)}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return NAME + "(baseYear=" + (baseYear == null ? "target" : baseYear.toString()) + ", targets="
                + (useTargets ? "used" : "ignored") + ", scalingFactor=" + Checks.plain(scalingFactor)
                + ", zeroReplacement=" + Checks.plain(zeroReplacement) + ")";
    }
}
