package io.github.binhdang.core.validation;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Frequency;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.PeriodKind;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.Decimals;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.NumberNotation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The checks that compare an observation with others of the input: the sexes with their total, the
 * areas under a parent with the parent, a period with the one before.
 *
 * <p>Each looks up the others by key, so the input is walked once. Each skips a repeated key (its first
 * observation was checked). "Nearly 400" is never added up as if it were 400: when a value in a
 * comparison is approximate, each check compares what the values allow ({@link Tolerance.Range}, with
 * the rule's parameters {@code nearly} and {@code about}) and reports only what no values within those
 * ranges could satisfy; with exact values it compares the values themselves.
 */
final class CrossChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CrossChecks() {
    }

    private enum Field {
        VALUE(Words.VALUE, "value"),
        NUMERATOR(Words.NUMERATOR, "numerator"),
        DENOMINATOR(Words.DENOMINATOR, "denominator");

        final BilingualText word;
        final String path;

        Field(BilingualText word, String path) {
            this.word = word;
            this.path = path;
        }

        @Nullable BigDecimal of(Observation o) {
            Optional<BigDecimal> n = this == VALUE ? o.value() : this == NUMERATOR ? o.numerator() : o.denominator();
            return n.orElse(null);
        }
    }

    /** The fields that add up: values of counts and amounts, and the components of anything. */
    private static List<Field> additive(Indicator ind) {
        return ind.measureKind().isAdditive()
                ? List.of(Field.VALUE, Field.NUMERATOR, Field.DENOMINATOR)
                : List.of(Field.NUMERATOR, Field.DENOMINATOR);
    }

    private static @Nullable Indicator start(Observation o, RuleScope s) {
        return s.isRepeat() ? null : s.indicator(o.indicator()).orElse(null);
    }

    private static @Nullable Observation other(RuleScope s, ObservationKey key) {
        return s.find(key).orElse(null);
    }

    /** What a field of an observation allows, by its qualifier and the rule's parameters. */
    private static Tolerance.Range range(Observation o, BigDecimal value, RuleScope s) {
        return o.qualifier().isExact() ? Tolerance.Range.of(value) : Tolerance.Range.of(o.qualifier(), value, s);
    }

    // --- sexes -------------------------------------------------------------------------------------

    /**
     * Female + male = total, checked from the total. When any of the three is approximate, the sum of
     * what the parts allow must meet what the total allows ({@link Tolerance}, with the rule's
     * parameters): women "khoảng 4,300" (3,870 to 4,730) and men 4,600 add up to 8,470 to 9,330, never
     * a total of 10,000.
     */
    static void sexSum(Observation total, RuleScope s) {
        if (s.isRepeat()) {
            return;
        }
        Indicator ind = s.indicator(total.indicator()).orElse(null);
        if (ind == null || total.breakdown().category(BreakdownDimension.SEX).isPresent()) {
            return;
        }
        Observation female = s.find(withSex(total, Sex.FEMALE, s)).orElse(null);
        Observation male = s.find(withSex(total, Sex.MALE, s)).orElse(null);
        if (female == null || male == null) {
            return;
        }
        boolean exact = total.qualifier().isExact() && female.qualifier().isExact() && male.qualifier().isExact();
        for (Field field : additive(ind)) {
            BigDecimal t = field.of(total);
            BigDecimal f = field.of(female);
            BigDecimal m = field.of(male);
            if (t == null || f == null || m == null) {
                continue;
            }
            BigDecimal sum = f.add(m);
            if (exact) {
                if (sum.compareTo(t) != 0) {
                    s.report(s.at(field.path), t.toPlainString(),
                            "is not the sum of female " + f.toPlainString() + " and male " + m.toPlainString()
                                    + ", which is " + sum.toPlainString(),
                            Map.of("field", field.word, "female", f, "male", m, "sum", sum, "total", t));
                }
                continue;
            }
            Tolerance.Range parts = range(female, f, s).plus(range(male, m, s));
            if (!parts.meets(range(total, t, s))) {
                s.report(s.at(field.path), t.toPlainString(),
                        "cannot be the sum of female " + Tolerance.written(female.qualifier(), f).en() + " and male "
                                + Tolerance.written(male.qualifier(), m).en() + ", which is " + parts.words().en(),
                        Map.of("field", field.word, "female", Tolerance.written(female.qualifier(), f),
                                "male", Tolerance.written(male.qualifier(), m), "sum", parts.words(),
                                "total", Tolerance.written(total.qualifier(), t)));
            }
        }
    }

    /** A total rate lies between the women's and the men's, checked from the total. */
    static void sexBetween(Observation total, RuleScope s) {
        Indicator ind = start(total, s);
        if (ind == null || total.breakdown().category(BreakdownDimension.SEX).isPresent()) {
            return;
        }
        MeasureKind kind = ind.measureKind();
        if (kind != MeasureKind.PERCENTAGE && kind != MeasureKind.RATIO && kind != MeasureKind.MEAN) {
            return;
        }
        Observation female = other(s, withSex(total, Sex.FEMALE, s));
        Observation male = other(s, withSex(total, Sex.MALE, s));
        if (female == null || male == null || total.value().isEmpty() || female.value().isEmpty()
                || male.value().isEmpty()) {
            return;
        }
        // Rounding is monotonic, so comparing at the published decimals loses nothing.
        int d = ind.decimals();
        BigDecimal t = Decimals.roundHalfUp(total.value().get(), d);
        BigDecimal f = Decimals.roundHalfUp(female.value().get(), d);
        BigDecimal m = Decimals.roundHalfUp(male.value().get(), d);
        if (total.qualifier().isExact() && female.qualifier().isExact() && male.qualifier().isExact()) {
            if (t.compareTo(f.min(m)) < 0 || t.compareTo(f.max(m)) > 0) {
                s.report(s.at("value"), total.value().get().toPlainString(),
                        "is not between female " + female.value().get().toPlainString() + " and male "
                                + male.value().get().toPlainString(),
                        Map.of("total", total.value().get(), "female", female.value().get(), "male",
                                male.value().get()));
            }
            return;
        }
        // Any total from the least the parts allow to the greatest lies between some pair of values they
        // allow, so only a total that cannot reach that span is reported.
        Tolerance.Range between = range(female, f, s).span(range(male, m, s));
        if (!between.meets(range(total, t, s))) {
            BilingualText tw = Tolerance.written(total.qualifier(), total.value().get());
            BilingualText fw = Tolerance.written(female.qualifier(), female.value().get());
            BilingualText mw = Tolerance.written(male.qualifier(), male.value().get());
            s.report(s.at("value"), total.value().get().toPlainString(),
                    tw.en() + " cannot be between female " + fw.en() + " and male " + mw.en() + ", which allow "
                            + between.words().en(),
                    Map.of("total", tw, "female", fw, "male", mw));
        }
    }

    private record BySex(Breakdown total, Sex sex) {
    }

    private static ObservationKey withSex(Observation o, Sex sex, RuleScope s) {
        Breakdown total = o.breakdown();
        // Most totals are the plain total; other breakdowns are worked out once per validation.
        Breakdown b = total.isTotal() ? Breakdown.of(sex) : s.memo(new BySex(total, sex), k -> total.with(sex));
        return new ObservationKey(o.indicator(), o.area(), o.period(), b);
    }

    // --- areas -------------------------------------------------------------------------------------

    private record Children(String area, LocalDate date) {
    }

    /**
     * The children's figures add up to the parent's, checked from the parent, with the hierarchy as it
     * stood on the day of the period the context's {@link io.github.binhdang.core.area.AreaDate} names (by
     * default its last). Only when every child has reported, exactly.
     */
    static void areaSum(Observation parent, RuleScope s) {
        Indicator ind = start(parent, s);
        if (ind == null) {
            return;
        }
        AreaHierarchy areas = s.context().areas();
        ReportingPeriod period = parent.period();
        LocalDate date = s.context().areaDate().dayIn(period.start(), period.end());
        Optional<Area> area = areas.find(parent.area(), date);
        if (area.isEmpty()) {
            return;
        }
        List<Area> children = s.memo(new Children(parent.area(), date), k -> areas.children(area.get(), date));
        if (children.isEmpty()) {
            return;
        }
        List<Observation> reported = new ArrayList<>(children.size());
        for (Area child : children) {
            Observation o = other(s, new ObservationKey(parent.indicator(), child.code(), parent.period(),
                    parent.breakdown()));
            if (o == null) {
                return;
            }
            reported.add(o);
        }
        for (Field field : additive(ind)) {
            BigDecimal total = field.of(parent);
            if (total == null) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            Tolerance.Range sums = Tolerance.Range.of(BigDecimal.ZERO);
            boolean exact = parent.qualifier().isExact();
            for (Observation o : reported) {
                BigDecimal part = field.of(o);
                if (part == null) {
                    sum = null;
                    break;
                }
                sum = sum.add(part);
                sums = sums.plus(range(o, part, s));
                exact &= o.qualifier().isExact();
            }
            if (sum == null) {
                continue;
            }
            if (exact && sum.compareTo(total) != 0) {
                s.report(s.at(field.path), total.toPlainString(),
                        "is not the sum " + sum.toPlainString() + " of the " + reported.size() + " areas under it",
                        Map.of("field", field.word, "count", reported.size(), "area", Words.area(area.get()),
                                "sum", sum, "total", total));
            } else if (!exact && !sums.meets(range(parent, total, s))) {
                BilingualText tw = Tolerance.written(parent.qualifier(), total);
                s.report(s.at(field.path), total.toPlainString(),
                        tw.en() + " cannot be the sum of the " + reported.size() + " areas under it, which is "
                                + sums.words().en(),
                        Map.of("field", field.word, "count", reported.size(), "area", Words.area(area.get()),
                                "sum", sums.words(), "total", tw));
            }
        }
    }

    // --- change ------------------------------------------------------------------------------------

    /**
     * Warns of a change from the previous period beyond a threshold, in per cent of the previous value:
     * {@code |value − previous| × 100 / |previous|}, rounded half up to 1 decimal. When either value is
     * approximate, the least change the two ranges allow is compared: none when they meet, and none when
     * the previous value may be 0 or its range is open (more than, at least, less than, at most).
     */
    static void changeJump(Observation o, RuleScope s) {
        Indicator ind = start(o, s);
        Optional<BigDecimal> threshold = s.parameter("threshold");
        if (ind == null || o.value().isEmpty() || threshold.isEmpty()) {
            return;
        }
        ReportingPeriod before = previous(o.period(), ind.frequency());
        if (before == null) {
            return;
        }
        Observation previous = other(s, new ObservationKey(o.indicator(), o.area(), before, o.breakdown()));
        if (previous == null || previous.value().isEmpty() || previous.value().get().signum() == 0) {
            return;
        }
        BigDecimal v = o.value().get();
        BigDecimal p = previous.value().get();
        if (!o.qualifier().isExact() || !previous.qualifier().isExact()) {
            approximateJump(o, previous, before, threshold.get(), s);
            return;
        }
        BigDecimal change = v.subtract(p).multiply(HUNDRED).divide(p.abs(), 1, RoundingMode.HALF_UP);
        if (change.abs().compareTo(threshold.get()) > 0) {
            s.report(s.at("value"), v.toPlainString(),
                    "changed by " + change.toPlainString() + " % from " + p.toPlainString() + " in " + before
                            + ", more than " + threshold.get().toPlainString() + " %",
                    Map.of("value", v, "previous", p, "previousPeriod", before.toString(), "change", change,
                            "threshold", threshold.get()));
        }
    }

    private static void approximateJump(Observation o, Observation previous, ReportingPeriod before,
            BigDecimal threshold, RuleScope s) {
        BigDecimal v = o.value().orElseThrow();
        BigDecimal p = previous.value().orElseThrow();
        Tolerance.Range now = range(o, v, s);
        Tolerance.Range then = range(previous, p, s);
        if (now.meets(then) || then.holds(BigDecimal.ZERO) || then.low() == null || then.high() == null) {
            return;
        }
        // |x − q| / |q| is linear in x for a fixed q, and monotonic in q for a fixed x, so its least value
        // over the two ranges is at the near end of the value's range and one of the previous range's ends.
        boolean rose = now.low() != null && now.low().compareTo(then.high()) > 0;
        BigDecimal near = rose ? now.low() : now.high();
        if (near == null) {
            return;
        }
        BigDecimal least = null;
        for (BigDecimal q : List.of(then.low(), then.high())) {
            BigDecimal change = near.subtract(q).abs().multiply(HUNDRED).divide(q.abs(), 1, RoundingMode.HALF_UP);
            least = least == null ? change : least.min(change);
        }
        if (least.compareTo(threshold) > 0) {
            BigDecimal signed = rose ? least : least.negate();
            BilingualText change = BilingualText.of("ít nhất " + NumberNotation.VIETNAMESE.format(signed),
                    "at least " + NumberNotation.ENGLISH.format(signed));
            BilingualText vw = Tolerance.written(o.qualifier(), v);
            BilingualText pw = Tolerance.written(previous.qualifier(), p);
            s.report(s.at("value"), v.toPlainString(),
                    vw.en() + " changed by " + change.en() + " % from " + pw.en() + " in " + before + ", more than "
                            + threshold.toPlainString() + " %",
                    Map.of("value", vw, "previous", pw, "previousPeriod", before.toString(), "change", change,
                            "threshold", threshold));
        }
    }

    /**
     * The period before, one production step back: a year back for annual series (two, five or ten for
     * less frequent ones), otherwise the period's own {@link ReportingPeriod#previous()}: the half-year,
     * quarter or month before, the span of as many years before, the term of the same body before.
     * None when it would start before {@link ReportingPeriod#MIN_YEAR}.
     */
    static @Nullable ReportingPeriod previous(ReportingPeriod period, Frequency frequency) {
        long step = period.kind() != PeriodKind.YEAR ? 1 : switch (frequency) {
            case BIENNIAL -> 2;
            case FIVE_YEARLY -> 5;
            case TEN_YEARLY -> 10;
            default -> 1;
        };
        try {
            return period.plus(-step);
        } catch (InvalidValueException beforeTheFirstYear) {
            return null;
        }
    }
}
