package io.github.binhdang.core.progress;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.strategy.Baseline;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Pieces the methods share: the series with its baseline, a weighted straight line, and the judgement of
 * a yes/no milestone.
 */
final class Trends {

    private Trends() {
    }

    /**
     * Checks a method's arguments and returns the values in order of their periods.
     *
     * @throws InvalidValueException if the milestone is not one of the target's or two values share a period
     */
    static List<SeriesPoint> observed(Target target, Milestone milestone, List<SeriesPoint> series) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(series, "series");
        if (!target.milestones().contains(milestone)) {
            throw new InvalidValueException("Assessment.milestone", milestone,
                    "is not a milestone of target " + target.code());
        }
        return new Series(series, List.of()).points();
    }

    /** The observed points with the baseline among them, unless a value was observed for its period. */
    static List<SeriesPoint> withBaseline(Optional<Baseline> baseline, List<SeriesPoint> observed) {
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

    /**
     * The weighted least-squares line through {@code (t[i], y[i])} with weights {@code w[i]}, evaluated at
     * {@code at}; null when the times do not differ or a sum is not finite.
     */
    static @Nullable Double fitAt(double[] t, double[] y, double[] w, double at) {
        double sw = 0;
        double st = 0;
        double sy = 0;
        for (int i = 0; i < t.length; i++) {
            sw += w[i];
            st += w[i] * t[i];
            sy += w[i] * y[i];
        }
        double meanT = st / sw;
        double meanY = sy / sw;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < t.length; i++) {
            sxx += w[i] * (t[i] - meanT) * (t[i] - meanT);
            sxy += w[i] * (t[i] - meanT) * (y[i] - meanY);
        }
        if (!(sxx > 0) || !Double.isFinite(sxy) || !Double.isFinite(meanY)) {
            return null;
        }
        double value = meanY + sxy / sxx * (at - meanT);
        return Double.isFinite(value) ? value : null;
    }

    /** The status and reason a method gives a yes/no milestone. */
    record YesNo(ProgressStatus status, Reason reason) {
    }

    /**
     * Judges a yes/no milestone ({@link Milestone#isYesNo()}) by the latest observed value, the same for
     * every method: 1 meets it ({@link ProgressStatus#ACHIEVED}); 0 with the milestone's period not ahead
     * of the latest value's does not ({@link ProgressStatus#OFF_TRACK}); 0 with the milestone ahead is
     * not met yet ({@link ProgressStatus#NEEDS_ACCELERATION}). A yes/no value has no trend, so no
     * projection, change needed or score is computed; the baseline is not used. Records the latest point
     * and whether it is met on the builder.
     *
     * @param observed  the observed values in order, not empty
     */
    static YesNo yesNo(Assessment.Builder b, Milestone milestone, List<SeriesPoint> observed) {
        SeriesPoint latest = observed.get(observed.size() - 1);
        boolean met = latest.value().compareTo(BigDecimal.ONE) == 0;
        b.latest(latest).achieved(met);
        BilingualText m = Wording.milestone(milestone);
        BilingualText lp = Wording.point(latest, Unit.YES_NO);
        if (met) {
            return new YesNo(ProgressStatus.ACHIEVED,
                    Reason.of("binhdang.progress.achieved", "latest", lp, "milestone", m));
        }
        if (milestone.period().midpointYear() <= latest.period().midpointYear()) {
            return new YesNo(ProgressStatus.OFF_TRACK,
                    Reason.of("binhdang.progress.offTrack", "milestone", m, "latest", lp));
        }
        return new YesNo(ProgressStatus.NEEDS_ACCELERATION,
                Reason.of("binhdang.progress.yesNo.notYet", "latest", lp, "milestone", m));
    }

    /** The mean of one method's scores, how many there were, and whether every one of them was achieved. */
    record Mean(BigDecimal value, int count, boolean allAchieved) {
    }

    /**
     * The mean of the scores of the assessments by the named method that have one, rounded half up to
     * {@code scale} decimals; null when none has.
     */
    static @Nullable Mean meanScore(List<Assessment> assessments, String method, int scale) {
        Mean mean = mean(assessments, method, Assessment::score);
        return mean == null ? null
                : new Mean(mean.value().setScale(scale, RoundingMode.HALF_UP), mean.count(), mean.allAchieved());
    }

    /**
     * The mean, unrounded (to {@link MathContext#DECIMAL64}), of a figure of the assessments by the named
     * method that have it; null when none has.
     */
    static @Nullable Mean mean(List<Assessment> assessments, String method,
            Function<Assessment, Optional<BigDecimal>> figure) {
        Objects.requireNonNull(assessments, "assessments");
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        boolean allAchieved = true;
        for (Assessment a : assessments) {
            Optional<BigDecimal> value = figure.apply(a);
            if (a.method().equals(method) && value.isPresent()) {
                sum = sum.add(value.get());
                n++;
                allAchieved &= a.status() == ProgressStatus.ACHIEVED;
            }
        }
        if (n == 0) {
            return null;
        }
        return new Mean(sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL64), n, allAchieved);
    }
}
