package io.github.binhdang.core.progress;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.strategy.Target;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every target of a strategy or a province's plan with its latest value, status and reason, in one area
 * and breakdown, and how many targets have each status.
 *
 * <p>Each target is assessed against one milestone: the first whose year is not before the year of the
 * latest observed value (the year its period ends), or the last milestone when all are earlier; with no
 * observed value, the first milestone. With milestones for 2025 and 2030, values up to 2024 or 2025 are
 * judged against 2025 and a value for 2026 against 2030.
 *
 * <p>A latest value from before the strategy's period (a 2017 value for the 2021–2030 strategy) is still
 * assessed, against the first milestone, and its reason ends with a note that says so: "The latest value
 * is from 2017, before the strategy's period 2021–2030; it is scored against the milestone of 2025 all
 * the same." (key {@code binhdang.progress.beforeStrategy}). To leave such values out instead, filter
 * the dataset to the strategy's period first ({@code Strategy.span()}).
 *
 * <p>Text form (for logs): {@code Scorecard[VN-NSGE-2021-2030, area 14, _T, binhdang: 1 achieved,
 * 1 on track, 0 needs acceleration, 0 off track, 0 regressing, 1 no data]}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Scorecard {

    private final String strategy;
    private final String area;
    private final Breakdown breakdown;
    private final String method;
    private final List<ScorecardRow> rows;
    private final Map<ProgressStatus, Integer> counts;

    private Scorecard(String strategy, String area, Breakdown breakdown, String method, List<ScorecardRow> rows) {
        this.strategy = strategy;
        this.area = area;
        this.breakdown = breakdown;
        this.method = method;
        this.rows = List.copyOf(rows);
        EnumMap<ProgressStatus, Integer> c = new EnumMap<>(ProgressStatus.class);
        for (ProgressStatus s : ProgressStatus.values()) {
            c.put(s, 0);
        }
        for (ScorecardRow r : rows) {
            c.merge(r.status(), 1, Integer::sum);
        }
        this.counts = Collections.unmodifiableMap(c);
    }

    /**
     * Rebuilds a scorecard from its parts, as a reader of a stored scorecard needs; the counts by status
     * are worked out from the rows.
     *
     * @param strategy   the code of the strategy or plan, not blank
     * @param area       the area's code, not blank
     * @param breakdown  the breakdown assessed, not null
     * @param method     the name of the method that assessed the rows, not blank
     * @param rows       the rows, one per target, not null
     * @return the scorecard, not null
     * @throws InvalidValueException if a code or the method name is blank, or two rows are of one target
     */
    public static Scorecard ofRows(String strategy, String area, Breakdown breakdown, String method,
            List<ScorecardRow> rows) {
        String s = Checks.requireText("Scorecard.strategy", strategy);
        String a = Checks.requireText("Scorecard.area", area);
        String m = Checks.requireText("Scorecard.method", method);
        Set<String> targets = new HashSet<>();
        for (ScorecardRow row : rows) {
            if (!targets.add(row.target().code())) {
                throw new InvalidValueException("Scorecard.rows", row.target().code(), "is the target of two rows");
            }
        }
        return new Scorecard(s, a, Objects.requireNonNull(breakdown, "breakdown"), m, rows);
    }

    /**
     * Assesses every target of a strategy for the total of an area with the default method.
     *
     * @param strategy  the strategy or plan, not null
     * @param dataset   the observations, not null
     * @param area      the area's code, not blank
     * @return the scorecard, not null
     * @throws InvalidValueException if the area code is blank
     */
    public static Scorecard of(Strategy strategy, Dataset dataset, String area) {
        return of(strategy, dataset, area, Breakdown.TOTAL, ProgressMethod.defaults());
    }

    /**
     * Assesses every target of a strategy in an area and breakdown: for each target, the series of its
     * indicator ({@link Series#of(Target, Dataset, String, Breakdown)}), the milestone chosen as the class
     * description says, and the method's assessment of the two.
     *
     * @param strategy   the strategy or plan, not null
     * @param dataset    the observations, not null
     * @param area       the area's code, not blank
     * @param breakdown  the breakdown, such as {@link Breakdown#TOTAL}, not null
     * @param method     the assessment method, such as {@link ProgressMethod#defaults()}, not null
     * @return the scorecard, not null
     * @throws InvalidValueException if the area code is blank
     */
    public static Scorecard of(Strategy strategy, Dataset dataset, String area, Breakdown breakdown,
            ProgressMethod method) {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(dataset, "dataset");
        String areaCode = Checks.requireText("Scorecard.area", area);
        Objects.requireNonNull(breakdown, "breakdown");
        Objects.requireNonNull(method, "method");
        List<ScorecardRow> rows = new ArrayList<>();
        for (Target target : strategy.targets()) {
            Series series = Series.of(target, dataset, areaCode, breakdown);
            // The note on a value before the strategy goes before the list of skipped observations, which
            // must end the reason (a reader rebuilds it from there).
            Assessment assessment = method.assess(target, milestoneFor(target, series), series.points());
            rows.add(new ScorecardRow(target, beforeStrategy(strategy, assessment).withSkipped(series.skipped())));
        }
        return new Scorecard(strategy.code(), areaCode, breakdown, method.name(), rows);
    }

    /**
     * Assesses every target of a strategy for women and for men in an area with the default method.
     *
     * @param strategy  the strategy or plan, not null
     * @param dataset   the observations, not null
     * @param area      the area's code, not blank
     * @return an unmodifiable map from {@link Sex#FEMALE} and {@link Sex#MALE}, in that order, to their
     *         scorecards, not null
     * @throws InvalidValueException if the area code is blank
     */
    public static Map<Sex, Scorecard> bySex(Strategy strategy, Dataset dataset, String area) {
        return bySex(strategy, dataset, area, ProgressMethod.defaults());
    }

    /**
     * Assesses every target of a strategy for women ({@link Breakdown#FEMALE}) and for men
     * ({@link Breakdown#MALE}) in an area.
     *
     * @param strategy  the strategy or plan, not null
     * @param dataset   the observations, not null
     * @param area      the area's code, not blank
     * @param method    the assessment method, not null
     * @return an unmodifiable map from {@link Sex#FEMALE} and {@link Sex#MALE}, in that order, to their
     *         scorecards, not null
     * @throws InvalidValueException if the area code is blank
     */
    public static Map<Sex, Scorecard> bySex(Strategy strategy, Dataset dataset, String area, ProgressMethod method) {
        EnumMap<Sex, Scorecard> both = new EnumMap<>(Sex.class);
        both.put(Sex.FEMALE, of(strategy, dataset, area, Breakdown.FEMALE, method));
        both.put(Sex.MALE, of(strategy, dataset, area, Breakdown.MALE, method));
        return Collections.unmodifiableMap(both);
    }

    /**
     * The assessment with a note when its latest value ends before the strategy's period starts: a 2017
     * value scored against a milestone of the 2021–2030 strategy says so, never silently.
     */
    static Assessment beforeStrategy(Strategy strategy, Assessment assessment) {
        Optional<SeriesPoint> latest = assessment.latest();
        if (latest.isEmpty() || latest.get().period().endYear() >= strategy.span().startYear()) {
            return assessment;
        }
        return assessment.withNote(Reason.of("binhdang.progress.beforeStrategy",
                "latestPeriod", latest.get().period().title(), "span", strategy.span().title(),
                "milestoneYear", Integer.toString(assessment.milestone().year())));
    }

    /** The first milestone whose year is not before the latest observed value's, else the last. */
    static Milestone milestoneFor(Target target, Series series) {
        List<Milestone> milestones = target.milestones();
        if (series.isEmpty()) {
            return milestones.get(0);
        }
        int year = series.points().get(series.points().size() - 1).period().endYear();
        for (Milestone m : milestones) {
            if (m.year() >= year) {
                return m;
            }
        }
        return milestones.get(milestones.size() - 1);
    }

    /**
     * Returns the code of the strategy or plan.
     *
     * @return the code, not null
     */
    public String strategy() {
        return strategy;
    }

    /**
     * Returns the area's code.
     *
     * @return the code, not null
     */
    public String area() {
        return area;
    }

    /**
     * Returns the breakdown the values are of.
     *
     * @return the breakdown, not null
     */
    public Breakdown breakdown() {
        return breakdown;
    }

    /**
     * Returns the name of the method that made the assessments.
     *
     * @return the name, not null
     */
    public String method() {
        return method;
    }

    /**
     * Returns one row per target, in the order of the strategy's targets.
     *
     * @return an unmodifiable list, not null
     */
    public List<ScorecardRow> rows() {
        return rows;
    }

    /**
     * Returns the row of a target.
     *
     * @param targetCode  the target's code, such as {@code "2.3"}
     * @return the row, or empty when the strategy has no such target
     */
    public Optional<ScorecardRow> row(String targetCode) {
        return rows.stream().filter(r -> r.target().code().equals(targetCode)).findFirst();
    }

    /**
     * Returns how many targets have each status, every status included, in the order of
     * {@link ProgressStatus}.
     *
     * @return an unmodifiable map, not null
     */
    public Map<ProgressStatus, Integer> counts() {
        return counts;
    }

    /**
     * Returns how many targets have a status.
     *
     * @param status  the status, not null
     * @return the count, not negative
     */
    public int count(ProgressStatus status) {
        return counts.get(Objects.requireNonNull(status, "status"));
    }

    /**
     * Compares strategy code, area, breakdown, method and rows.
     *
     * @param other  the other object
     * @return true if both are the same scorecard
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Scorecard s && strategy.equals(s.strategy) && area.equals(s.area)
                && breakdown.equals(s.breakdown) && method.equals(s.method) && rows.equals(s.rows);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(strategy, area, breakdown, method, rows);
    }

    /**
     * Returns the strategy, area, breakdown, method and counts, as in the class description.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Scorecard[").append(strategy).append(", area ").append(area)
                .append(", ").append(breakdown).append(", ").append(method).append(':');
        String separator = " ";
        for (Map.Entry<ProgressStatus, Integer> e : counts.entrySet()) {
            sb.append(separator).append(e.getValue()).append(' ')
                    .append(e.getKey().title().en().toLowerCase(java.util.Locale.ROOT));
            separator = ", ";
        }
        return sb.append(']').toString();
    }
}
