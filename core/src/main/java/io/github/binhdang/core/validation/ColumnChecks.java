package io.github.binhdang.core.validation;

import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaDate;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.data.internal.ObservationColumns;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Frequency;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.PeriodKind;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The standard rules' first look at a row of a dataset, on its primitive columns: whether a rule may
 * report on the row. {@link DatasetValidator} makes an {@code Observation} of a row only when some rule
 * may, and runs that rule's own check on it, so a finding's text, arguments and location are the object
 * rule's. Each answer errs one way only: "may report" wherever the columns cannot tell cheaply (a number
 * kept as {@code BIG}, a sum that overflows a {@code long}, a rule that computes a value from components,
 * a rule it does not know), never "cannot" for a row the rule would report on. If a scan throws, its
 * rule is run on every row, so a rule that throws is still run, and reported, as before.
 *
 * <p>Each rule scans the whole columns in a loop of its own ({@link #rowsFor(int)}); the validator then
 * walks only the rows some rule marked, in order, and runs the marked rules on each. The facts of a key's
 * parts (an area known and in force, a period in the strategy's span, a breakdown's sex parts, an area's
 * children on a date, the period before) are worked out once per dictionary id, not once per row.
 * {@code value.components} is only asked whether a row has a value and both components: whether it
 * applies to them and whether they agree stays with the rule, the one definition of a value from its
 * components.
 *
 * @implNote One instance serves one validation call; not thread-safe.
 */
final class ColumnChecks {

    private static final int ABSENT = ObservationColumns.ABSENT;
    private static final int BIG = ObservationColumns.BIG;
    private static final int MAX_FAST_SCALE = 18;
    private static final long[] POWERS = new long[MAX_FAST_SCALE + 1];
    private static final Frequency[] FREQUENCIES = Frequency.values();
    /** Keys of a two-part memo kept in a flat array up to this many cells, in a map beyond. */
    private static final long FLAT_LIMIT = 1 << 22;
    private static final byte YES = 1;
    private static final byte NO = 2;
    private static final int[] NO_CHILDREN = new int[0];
    /** What {@link #rowsFor(int)} returns for a rule that must look at every row. */
    static final long[] EVERY = new long[0];
    // The object rules judge counts and percentages by the bounds of these units: the shortcuts below hold
    // only while those bounds are what they are today (0 and up, whole; 0 to 100).
    private static final boolean COUNT_IS_WHOLE_FROM_ZERO = Unit.COUNT.isIntegral()
            && Unit.COUNT.minimum().map(m -> m.signum() == 0).orElse(false) && Unit.COUNT.maximum().isEmpty();
    private static final boolean PERCENT_IS_ZERO_TO_HUNDRED = !Unit.PERCENT.isIntegral()
            && Unit.PERCENT.minimum().map(m -> m.signum() == 0).orElse(false)
            && Unit.PERCENT.maximum().map(m -> m.compareTo(BigDecimal.valueOf(100)) == 0).orElse(false);

    static {
        POWERS[0] = 1;
        for (int i = 1; i <= MAX_FAST_SCALE; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private final ObservationColumns t;
    private final AreaHierarchy areas;
    private final @Nullable Strategy strategy;
    private final boolean asOf;
    private final @Nullable Indicator[] indicators;
    private final int periodCount;
    private final PeriodKind[] periodKinds;
    private final @Nullable StandardRule[] standard;
    // Per entry: the change.jump limit in tenths of a per cent (floor of threshold × 10), whether it is
    // set, and whether it is too large for a long; the indicators with a plausible range set.
    private final long[] jumpLimit;
    private final byte[] jumpSet;
    private final boolean[][] rangeSet;
    private final byte[] areaKnown;
    private final byte[] periodInSpan;
    private final PairMemo areaInForce;
    private final PairMemo areaChanged;
    private final AreaDate areaDate;
    private final PairMemo dimensionsFit;
    private final int[] femaleOf;
    private final int[] maleOf;
    private final int[] previousOf;
    private final Map<Long, int[]> childrenOf = new HashMap<>();
    private long lastChildrenKey = -1;
    private int @Nullable [] lastChildren;
    private long @Nullable [] scratch;

    ColumnChecks(ObservationColumns t, ValidationContext context, List<RuleSet.Entry> entries) {
        this.t = t;
        this.areas = context.areas();
        this.areaDate = context.areaDate();
        this.strategy = context.strategy().orElse(null);
        this.asOf = context.asOf().isPresent();
        int indicatorCount = t.indicators().size();
        this.indicators = new Indicator[indicatorCount];
        for (int i = 0; i < indicatorCount; i++) {
            indicators[i] = context.indicator(t.indicators().value(i)).orElse(null);
        }
        this.periodCount = t.periods().size();
        this.periodKinds = new PeriodKind[periodCount];
        for (int p = 0; p < periodCount; p++) {
            periodKinds[p] = t.periods().value(p).kind();
        }
        int areaCount = t.areas().size();
        int breakdownCount = t.breakdowns().size();
        this.standard = new StandardRule[entries.size()];
        this.jumpLimit = new long[entries.size()];
        this.jumpSet = new byte[entries.size()];
        this.rangeSet = new boolean[entries.size()][];
        for (int k = 0; k < entries.size(); k++) {
            RuleSet.Entry e = entries.get(k);
            if (e.rule() instanceof StandardRule s) {
                standard[k] = s;
                if (s == StandardRule.CHANGE_JUMP) {
                    prepareJump(k, e.parameters().get("threshold"));
                } else if (s == StandardRule.VALUE_PLAUSIBLE) {
                    rangeSet[k] = rangesSet(e.parameters());
                }
            }
        }
        this.areaKnown = new byte[areaCount];
        this.periodInSpan = new byte[periodCount];
        this.areaInForce = new PairMemo(areaCount, periodCount);
        this.areaChanged = new PairMemo(areaCount, periodCount);
        this.dimensionsFit = new PairMemo(indicatorCount, breakdownCount);
        this.femaleOf = new int[breakdownCount];
        this.maleOf = new int[breakdownCount];
        this.previousOf = new int[periodCount * FREQUENCIES.length];
    }

    private void prepareJump(int k, @Nullable BigDecimal threshold) {
        if (threshold == null) {
            return;
        }
        BigDecimal tenths = threshold.movePointRight(1).setScale(0, RoundingMode.FLOOR);
        if (tenths.unscaledValue().bitLength() < 63) {
            jumpLimit[k] = tenths.longValueExact();
            jumpSet[k] = YES;
        } else {
            jumpSet[k] = NO; // set, but beyond a long: every candidate goes to the rule
        }
    }

    private boolean[] rangesSet(Map<String, BigDecimal> parameters) {
        boolean[] set = new boolean[t.indicators().size()];
        if (!parameters.isEmpty()) {
            for (int i = 0; i < set.length; i++) {
                String code = t.indicators().value(i);
                set[i] = parameters.containsKey(code + ".min") && parameters.containsKey(code + ".max");
            }
        }
        return set;
    }

    /**
     * Returns the rows that the rule of an entry may report on, as a bit set by row; {@link #EVERY} for
     * every row (an application's rule, or one this class does not know); null for none. Each rule scans
     * the columns in a loop of its own, which keeps the loops short and their branches predictable.
     *
     * @param k  the entry's position in the rule set
     * @return the rows, {@link #EVERY} or null
     */
    long @Nullable [] rowsFor(int k) {
        StandardRule rule = standard[k];
        if (rule == null) {
            return EVERY; // an application's rule looks at the observation itself
        }
        try {
            return scan(rule, k);
        } catch (RuntimeException e) {
            scratch = null; // it may hold the marks of the scan that threw
            return EVERY; // the rule itself decides on every row, and reports what throws
        }
    }

    private long @Nullable [] scan(StandardRule rule, int k) {
        int size = t.size();
        // A rule that marks nothing leaves the bits clear for the next one.
        long[] rows = scratch != null ? scratch : new long[(size + 63) >>> 6];
        scratch = rows;
        boolean any = false;
        switch (rule) {
            case INPUT_NULL, TARGET_DIRECTION, TARGET_COMPARISON, VALUE_MISSING, VALUE_FINITE, RULE_FAILED:
                return null; // they do not look at observations
            case KEY_DUPLICATE:
                return null; // a dataset holds no repeated key
            case INDICATOR_UNKNOWN:
                for (int r = 0; r < size; r++) {
                    if (indicators[t.indicatorId(r)] == null) {
                        any = mark(rows, r);
                    }
                }
                break;
            case AREA_UNKNOWN:
                for (int r = 0; r < size; r++) {
                    if (!isAreaKnown(t.areaId(r))) {
                        any = mark(rows, r);
                    }
                }
                break;
            case AREA_PERIOD:
                for (int r = 0; r < size; r++) {
                    int ar = t.areaId(r);
                    if (isAreaKnown(ar) && !isAreaInForce(ar, t.periodId(r))) {
                        any = mark(rows, r);
                    }
                }
                break;
            case AREA_CHANGED: {
                // Only a code with several versions can change meaning: most datasets have few or none.
                boolean[] several = new boolean[t.areas().size()];
                boolean anySeveral = false;
                for (int ar = 0; ar < several.length; ar++) {
                    several[ar] = areas.versions(t.areas().value(ar)).size() > 1;
                    anySeveral |= several[ar];
                }
                if (!anySeveral) {
                    return null;
                }
                for (int r = 0; r < size; r++) {
                    int ar = t.areaId(r);
                    if (several[ar] && isAreaChanged(ar, t.periodId(r))) {
                        any = mark(rows, r);
                    }
                }
                break;
            }
            case PERIOD_KIND:
                for (int r = 0; r < size; r++) {
                    Indicator ind = indicators[t.indicatorId(r)];
                    if (ind != null && periodKinds[t.periodId(r)] != ind.frequency().periodKind()) {
                        any = mark(rows, r);
                    }
                }
                break;
            case PERIOD_SPAN:
                if (strategy != null) {
                    for (int r = 0; r < size; r++) {
                        if (!isInSpan(t.periodId(r))) {
                            any = mark(rows, r);
                        }
                    }
                }
                break;
            case UNIT_MISMATCH:
                for (int r = 0; r < size; r++) {
                    Indicator ind = indicators[t.indicatorId(r)];
                    Unit stated = ind == null ? null : t.unit(r);
                    if (stated != null && !stated.equals(ind.unit())) {
                        any = mark(rows, r);
                    }
                }
                break;
            case BREAKDOWN_DIMENSION:
                for (int r = 0; r < size; r++) {
                    int ind = t.indicatorId(r);
                    if (indicators[ind] != null && !dimensionsFit(ind, t.breakdownId(r))) {
                        any = mark(rows, r);
                    }
                }
                break;
            case COUNT_INTEGER:
                for (int r = 0; r < size; r++) {
                    int vs = t.valueScale(r);
                    if (vs != ABSENT) {
                        Unit u = unit(r);
                        if (u != null && u.isIntegral() && (!isCount(t.valueUnscaled(r), vs) || isOneSided(r))) {
                            any = mark(rows, r);
                        }
                    }
                }
                break;
            case PERCENTAGE_RANGE:
                for (int r = 0; r < size; r++) {
                    int vs = t.valueScale(r);
                    if (vs != ABSENT && (!isPercentage(t.valueUnscaled(r), vs) || isOneSided(r))
                            && Unit.PERCENT.equals(unit(r))) {
                        any = mark(rows, r);
                    }
                }
                break;
            case VALUE_MINIMUM:
                for (int r = 0; r < size; r++) {
                    int vs = t.valueScale(r);
                    if (vs != ABSENT && (mayBeBelowMinimum(unit(r), vs, t.valueUnscaled(r)) || isOneSided(r))) {
                        any = mark(rows, r);
                    }
                }
                break;
            case COMPONENT_NEGATIVE:
                for (int r = 0; r < size; r++) {
                    int ns = t.numeratorScale(r);
                    int ds = t.denominatorScale(r);
                    if (ns != ABSENT && (ns == BIG || t.numeratorUnscaled(r) < 0)
                            || ds != ABSENT && (ds == BIG || t.denominatorUnscaled(r) < 0)) {
                        any = mark(rows, r);
                    }
                }
                break;
            case DENOMINATOR_ZERO:
                for (int r = 0; r < size; r++) {
                    int ds = t.denominatorScale(r);
                    if (ds != ABSENT && (ds == BIG || t.denominatorUnscaled(r) == 0)) {
                        any = mark(rows, r);
                    }
                }
                break;
            case NUMERATOR_EXCEEDS:
                for (int r = 0; r < size; r++) {
                    if (mayExceed(r)) {
                        any = mark(rows, r);
                    }
                }
                break;
            case VALUE_COMPONENTS:
                // A value and both components: whether the rule applies to them and whether they agree is
                // the rule's own (one definition of a value from its components).
                for (int r = 0; r < size; r++) {
                    if (t.valueScale(r) != ABSENT && t.numeratorScale(r) != ABSENT && t.denominatorScale(r) != ABSENT) {
                        any = mark(rows, r);
                    }
                }
                break;
            case VALUE_PLAUSIBLE: {
                boolean[] set = rangeSet[k];
                for (int r = 0; set != null && r < size; r++) {
                    if (set[t.indicatorId(r)] && t.valueScale(r) != ABSENT) {
                        any = mark(rows, r);
                    }
                }
                break;
            }
            case VALUE_APPROXIMATE:
                for (int r = 0; r < size; r++) {
                    if (!t.qualifier(r).isExact()) {
                        any = mark(rows, r);
                    }
                }
                break;
            case SEX_SUM:
                for (int r = 0; r < size; r++) {
                    if (sexSumMayDiffer(r)) {
                        any = mark(rows, r);
                    }
                }
                break;
            case SEX_BETWEEN:
                for (int r = 0; r < size; r++) {
                    if (sexBetweenMayFail(r)) {
                        any = mark(rows, r);
                    }
                }
                break;
            case AREA_SUM:
                for (int r = 0; r < size; r++) {
                    if (areaSumMayDiffer(r)) {
                        any = mark(rows, r);
                    }
                }
                break;
            case CHANGE_JUMP:
                if (jumpSet[k] != 0) {
                    long limit = jumpSet[k] == YES ? jumpLimit[k] : -1;
                    for (int r = 0; r < size; r++) {
                        if (mayJump(r, limit)) {
                            any = mark(rows, r);
                        }
                    }
                }
                break;
            // issue 18, the reporting regime
            case TARGET_REFERENCE:
                return null; // it does not look at observations
            case STATUS_PROVISIONAL:
                if (asOf) {
                    for (int r = 0; r < size; r++) {
                        if (t.status(r) == ObservationStatus.PROVISIONAL) {
                            any = mark(rows, r); // the rule asks the deadlines
                        }
                    }
                }
                break;
            case PERIOD_BEFORE:
                if (strategy != null) {
                    for (int r = 0; r < size; r++) {
                        if (!isInSpan(t.periodId(r))) {
                            any = mark(rows, r); // the rule tells before from after
                        }
                    }
                }
                break;
            case VALUE_COMPONENTS_APPROXIMATE:
                for (int r = 0; r < size; r++) {
                    if (!isExact(r) && t.valueScale(r) != ABSENT && t.numeratorScale(r) != ABSENT
                            && t.denominatorScale(r) != ABSENT) {
                        any = mark(rows, r);
                    }
                }
                break;
            case STATUS_GIVEN:
                for (int r = 0; r < size; r++) {
                    if (t.status(r) == ObservationStatus.NOT_GIVEN) {
                        any = mark(rows, r);
                    }
                }
                break;
            default:
                return EVERY; // a rule this class does not know yet: the rule decides
        }
        if (!any) {
            return null;
        }
        scratch = null;
        return rows;
    }

    private static boolean mark(long[] rows, int r) {
        rows[r >>> 6] |= 1L << r;
        return true;
    }

    // --- one row -----------------------------------------------------------------------------------

    /** The unit a row's value is in: as stated, else the indicator's (ObservationChecks.unit). */
    private @Nullable Unit unit(int r) {
        Unit stated = t.unit(r);
        if (stated != null) {
            return stated;
        }
        Indicator ind = indicators[t.indicatorId(r)];
        return ind == null ? null : ind.unit();
    }

    private static boolean isCount(long unscaled, int scale) {
        if (!COUNT_IS_WHOLE_FROM_ZERO || scale == BIG || unscaled < 0) {
            return false;
        }
        return scale == 0 || unscaled == 0 || scale <= MAX_FAST_SCALE && unscaled % POWERS[scale] == 0;
    }

    private static boolean isPercentage(long unscaled, int scale) {
        return PERCENT_IS_ZERO_TO_HUNDRED && scale != BIG && scale <= 16 && unscaled >= 0
                && unscaled <= 100 * POWERS[scale];
    }

    private static boolean mayBeBelowMinimum(@Nullable Unit u, int vs, long v) {
        if (u == null || u.isIntegral() || u.equals(Unit.PERCENT) || u.minimum().isEmpty()) {
            return false;
        }
        return vs == BIG || v < 0 || u.minimum().get().signum() > 0;
    }

    private boolean mayExceed(int r) {
        int ns = t.numeratorScale(r);
        int ds = t.denominatorScale(r);
        if (ns == ABSENT || ds == ABSENT || ds != BIG && t.denominatorUnscaled(r) <= 0) {
            return false;
        }
        return ObservationChecks.isShare(indicators[t.indicatorId(r)], unit(r))
                && compare(t.numeratorUnscaled(r), ns, t.denominatorUnscaled(r), ds) > 0;
    }

    private boolean isAreaKnown(int ar) {
        byte known = areaKnown[ar];
        if (known == 0) {
            known = areas.versions(t.areas().value(ar)).isEmpty() ? NO : YES;
            areaKnown[ar] = known;
        }
        return known == YES;
    }

    private boolean isAreaInForce(int ar, int per) {
        byte inForce = areaInForce.get(ar, per);
        if (inForce == 0) {
            ReportingPeriod period = t.periods().value(per);
            inForce = NO;
            for (Area a : areas.versions(t.areas().value(ar))) {
                if (ObservationChecks.overlaps(a, period.start(), period.end())) {
                    inForce = YES;
                    break;
                }
            }
            areaInForce.put(ar, per, inForce);
        }
        return inForce == YES;
    }

    private boolean isAreaChanged(int ar, int per) {
        byte changed = areaChanged.get(ar, per);
        if (changed == 0) {
            ReportingPeriod period = t.periods().value(per);
            changed = ObservationChecks.changesMeaning(areas,
                    AreaDate.versionsDuring(areas, t.areas().value(ar), period.start(), period.end())) ? YES : NO;
            areaChanged.put(ar, per, changed);
        }
        return changed == YES;
    }

    private boolean isInSpan(int per) {
        byte in = periodInSpan[per];
        if (in == 0) {
            in = ObservationChecks.withinSpan(t.periods().value(per), strategy.span()) ? YES : NO;
            periodInSpan[per] = in;
        }
        return in == YES;
    }

    private boolean dimensionsFit(int ind, int brk) {
        byte fit = dimensionsFit.get(ind, brk);
        if (fit == 0) {
            fit = YES;
            for (String dimension : t.breakdowns().value(brk).categories().keySet()) {
                if (!ObservationChecks.isBrokenDownBy(indicators[ind], dimension)) {
                    fit = NO;
                    break;
                }
            }
            dimensionsFit.put(ind, brk, fit);
        }
        return fit == YES;
    }

    // --- other rows --------------------------------------------------------------------------------

    private boolean isExact(int r) {
        return t.qualifier(r).isExact();
    }

    /** Whether a row's value is "more than" or "less than" it, which the range rules judge as well. */
    private boolean isOneSided(int r) {
        Qualifier q = t.qualifier(r);
        return q == Qualifier.MORE_THAN || q == Qualifier.LESS_THAN;
    }

    /** The row of the same indicator, area and period for the breakdown with the sex, or -1. */
    private int sexRow(int r, Sex sex) {
        int brk = t.breakdownId(r);
        int[] of = sex == Sex.FEMALE ? femaleOf : maleOf;
        int id = of[brk];
        if (id == 0) {
            Breakdown total = t.breakdowns().value(brk);
            int found = -1;
            if (total.category(BreakdownDimension.SEX).isEmpty()) {
                // As CrossChecks.withSex makes it.
                found = t.breakdowns().idOf(total.isTotal() ? Breakdown.of(sex) : total.with(sex));
            }
            id = found < 0 ? -1 : found + 1;
            of[brk] = id;
        }
        if (id < 0) {
            return -1;
        }
        return t.find(t.indicatorId(r), t.areaId(r), t.periodId(r), id - 1);
    }

    private boolean sexSumMayDiffer(int r) {
        int brk = t.breakdownId(r);
        if (femaleOf[brk] < 0) {
            return false; // the breakdown has a sex, or the dataset has no female part of it
        }
        Indicator ind = indicators[t.indicatorId(r)];
        if (ind == null) {
            return false;
        }
        int female = sexRow(r, Sex.FEMALE);
        if (female < 0) {
            return false;
        }
        int male = sexRow(r, Sex.MALE);
        if (male < 0) {
            return false;
        }
        if (!isExact(r) || !isExact(female) || !isExact(male)) {
            return true; // compared as ranges by the rule itself
        }
        return ind.measureKind().isAdditive() && sumMayDiffer(0, r, female, male) || sumMayDiffer(1, r, female, male)
                || sumMayDiffer(2, r, female, male);
    }

    /** Whether a total's field may differ from the sum of two parts' (false when a field is absent). */
    private boolean sumMayDiffer(int field, int total, int a, int b) {
        int st = scale(field, total);
        int sa = scale(field, a);
        int sb = scale(field, b);
        if (st == ABSENT || sa == ABSENT || sb == ABSENT) {
            return false;
        }
        if (st == BIG || sa == BIG || sb == BIG) {
            return true;
        }
        int s = Math.max(st, Math.max(sa, sb));
        long sum = Math.addExact(align(unscaled(field, a), sa, s), align(unscaled(field, b), sb, s));
        return sum != align(unscaled(field, total), st, s);
    }

    private boolean sexBetweenMayFail(int r) {
        int brk = t.breakdownId(r);
        if (femaleOf[brk] < 0) {
            return false;
        }
        Indicator ind = indicators[t.indicatorId(r)];
        if (ind == null) {
            return false;
        }
        MeasureKind kind = ind.measureKind();
        if (kind != MeasureKind.PERCENTAGE && kind != MeasureKind.RATIO && kind != MeasureKind.MEAN) {
            return false;
        }
        int female = sexRow(r, Sex.FEMALE);
        if (female < 0) {
            return false;
        }
        int male = sexRow(r, Sex.MALE);
        if (male < 0) {
            return false;
        }
        int vs = t.valueScale(r);
        int sf = t.valueScale(female);
        int sm = t.valueScale(male);
        if (vs == ABSENT || sf == ABSENT || sm == ABSENT) {
            return false;
        }
        if (vs == BIG || sf == BIG || sm == BIG || !isExact(r) || !isExact(female) || !isExact(male)) {
            return true; // the rule compares big numbers, and approximate ones as ranges
        }
        // Rounding half up is monotonic: a total between the parts stays between them at any decimals.
        int s = Math.max(vs, Math.max(sf, sm));
        long total = align(t.valueUnscaled(r), vs, s);
        long f = align(t.valueUnscaled(female), sf, s);
        long m = align(t.valueUnscaled(male), sm, s);
        return total < Math.min(f, m) || total > Math.max(f, m);
    }

    private boolean areaSumMayDiffer(int r) {
        int[] children = children(t.areaId(r), t.periodId(r));
        if (children.length == 0) {
            return false;
        }
        Indicator ind = indicators[t.indicatorId(r)];
        if (ind == null) {
            return false;
        }
        int[] rows = new int[children.length];
        boolean exact = isExact(r);
        for (int c = 0; c < children.length; c++) {
            int other = t.find(t.indicatorId(r), children[c], t.periodId(r), t.breakdownId(r));
            if (other < 0) {
                return false;
            }
            exact &= isExact(other);
            rows[c] = other;
        }
        if (!exact) {
            return true; // the rule compares the ranges approximate figures allow
        }
        for (int field = ind.measureKind().isAdditive() ? 0 : 1; field < 3; field++) {
            int st = scale(field, r);
            if (st == ABSENT) {
                continue;
            }
            boolean complete = true;
            boolean big = st == BIG;
            int s = st == BIG ? 0 : st;
            for (int other : rows) {
                int sc = scale(field, other);
                if (sc == ABSENT) {
                    complete = false;
                    break;
                }
                big |= sc == BIG;
                if (sc != BIG) {
                    s = Math.max(s, sc);
                }
            }
            if (!complete) {
                continue;
            }
            if (big) {
                return true;
            }
            long sum = 0;
            for (int other : rows) {
                sum = Math.addExact(sum, align(unscaled(field, other), scale(field, other), s));
            }
            if (sum != align(unscaled(field, r), st, s)) {
                return true;
            }
        }
        return false;
    }

    /** The ids of an area's children on the day of a period the context reads areas on, or none when the rule has nothing to sum. */
    private int[] children(int ar, int per) {
        long key = (long) ar * periodCount + per;
        if (key == lastChildrenKey && lastChildren != null) {
            return lastChildren;
        }
        int[] ids = childrenOf.get(key);
        if (ids == null) {
            ids = NO_CHILDREN;
            ReportingPeriod period = t.periods().value(per);
            LocalDate date = areaDate.dayIn(period.start(), period.end());
            Area area = areas.find(t.areas().value(ar), date).orElse(null);
            if (area != null) {
                List<Area> children = areas.children(area, date);
                int[] found = new int[children.size()];
                boolean all = true;
                for (int c = 0; c < found.length && all; c++) {
                    found[c] = t.areas().idOf(children.get(c).code());
                    all = found[c] >= 0; // a child the dataset never names has not reported
                }
                ids = all ? found : NO_CHILDREN;
            }
            childrenOf.put(key, ids);
        }
        lastChildrenKey = key;
        lastChildren = ids;
        return ids;
    }

    private boolean mayJump(int r, long limit) {
        int vs = t.valueScale(r);
        if (vs == ABSENT) {
            return false;
        }
        Indicator ind = indicators[t.indicatorId(r)];
        if (ind == null) {
            return false;
        }
        int before = previous(t.periodId(r), ind.frequency());
        if (before < 0) {
            return false;
        }
        int p = t.find(t.indicatorId(r), t.areaId(r), before, t.breakdownId(r));
        if (p < 0) {
            return false;
        }
        if (!isExact(r) || !isExact(p)) {
            return t.valueScale(p) != ABSENT; // the rule compares the ranges approximate values allow
        }
        int ps = t.valueScale(p);
        if (ps == ABSENT) {
            return false;
        }
        long then = t.valueUnscaled(p);
        if (ps != BIG && then == 0) {
            return false;
        }
        if (limit < 0 || vs == BIG || ps == BIG) {
            return true;
        }
        // |change| in tenths of a per cent, rounded half up: (2·|v − p|·1000 + |p|) / (2·|p|), at one scale.
        int s = Math.max(vs, ps);
        long v = align(t.valueUnscaled(r), vs, s);
        long w = align(then, ps, s);
        long change = Math.multiplyExact(Math.absExact(Math.subtractExact(v, w)), 2000L);
        long whole = Math.absExact(w);
        long tenths = Math.addExact(change, whole) / Math.multiplyExact(whole, 2L);
        return tenths > limit;
    }

    /** The id of the period before a period, one production step back, or -1. */
    private int previous(int per, Frequency frequency) {
        int at = per * FREQUENCIES.length + frequency.ordinal();
        int id = previousOf[at];
        if (id == 0) {
            ReportingPeriod before = CrossChecks.previous(t.periods().value(per), frequency);
            int found = before == null ? -1 : t.periods().idOf(before);
            id = found < 0 ? -1 : found + 1;
            previousOf[at] = id;
        }
        return id < 0 ? -1 : id - 1;
    }

    // --- numbers -----------------------------------------------------------------------------------

    private int scale(int field, int r) {
        return field == 0 ? t.valueScale(r) : field == 1 ? t.numeratorScale(r) : t.denominatorScale(r);
    }

    private long unscaled(int field, int r) {
        return field == 0 ? t.valueUnscaled(r) : field == 1 ? t.numeratorUnscaled(r) : t.denominatorUnscaled(r);
    }

    /** An unscaled number at a larger scale; throws ArithmeticException when it overflows. */
    private static long align(long unscaled, int scale, int to) {
        int by = to - scale;
        if (by == 0) {
            return unscaled;
        }
        if (by > MAX_FAST_SCALE) {
            if (unscaled == 0) {
                return 0;
            }
            throw new ArithmeticException("scale");
        }
        return Math.multiplyExact(unscaled, POWERS[by]);
    }

    /** Compares two numbers given as unscaled longs and scale codes (neither absent); BIG compares as above. */
    private static int compare(long a, int as, long b, int bs) {
        if (as == BIG || bs == BIG) {
            return 1;
        }
        int s = Math.max(as, bs);
        return Long.compare(align(a, as, s), align(b, bs, s));
    }

    /** A memo of a byte per pair of ids: a flat array while small, a map beyond. */
    private static final class PairMemo {
        private final int second;
        private final byte @Nullable [] flat;
        private final Map<Long, Byte> map = new HashMap<>();

        PairMemo(int first, int second) {
            this.second = second;
            long cells = (long) first * second;
            this.flat = cells <= FLAT_LIMIT ? new byte[(int) cells] : null;
        }

        byte get(int a, int b) {
            long at = (long) a * second + b;
            byte[] f = flat;
            if (f != null) {
                return f[(int) at];
            }
            Byte found = map.get(at);
            return found == null ? 0 : found;
        }

        void put(int a, int b, byte value) {
            long at = (long) a * second + b;
            byte[] f = flat;
            if (f != null) {
                f[(int) at] = value;
            } else {
                map.put(at, value);
            }
        }
    }
}
