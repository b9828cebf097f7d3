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
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The checks that compare an observation with others of the input: the sexes with their total, the
 * areas under a parent with the parent, a period with the one before.
 *
 * <p>Each looks up the others by key, so the input is walked once. Each skips a repeated key (its first
 * observation was checked). "Nearly 400" is never added up as if it were 400: the sexes' sum compares
 * what approximate values allow ({@link Tolerance}); the other checks skip a comparison that involves
 * an approximate value.
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
        if (s.isRepeat() || !o.qualifier().isExact()) {
            return null;
        }
        return s.indicator(o.indicator()).orElse(null);
    }

    private static @Nullable Observation exact(RuleScope s, ObservationKey key) {
        Observation other = s.find(key).orElse(null);
        return other == null || !other.qualifier().isExact() ? null : other;
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
            BigDecimal fLow = Tolerance.low(female.qualifier(), f, s);
            BigDecimal mLow = Tolerance.low(male.qualifier(), m, s);
            BigDecimal fHigh = Tolerance.high(female.qualifier(), f, s);
            BigDecimal mHigh = Tolerance.high(male.qualifier(), m, s);
            BigDecimal low = fLow == null || mLow == null ? null : fLow.add(mLow);
            BigDecimal high = fHigh == null || mHigh == null ? null : fHigh.add(mHigh);
            BigDecimal tLow = Tolerance.low(total.qualifier(), t, s);
            BigDecimal tHigh = Tolerance.high(total.qualifier(), t, s);
            // The two ranges meet unless one ends below the other's start.
            boolean meet = (high == null || tLow == null || high.compareTo(tLow) >= 0)
                    && (low == null || tHigh == null || low.compareTo(tHigh) <= 0);
            if (!meet) {
                s.report(s.at(field.path), t.toPlainString(),
                        "cannot be the sum of female " + Tolerance.written(female.qualifier(), f).en() + " and male "
                                + Tolerance.written(male.qualifier(), m).en() + ", which is "
                                + (low == null ? "at most " + Objects.requireNonNull(high).toPlainString()
                                        : high == null ? "at least " + low.toPlainString()
                                        : low.toPlainString() + " to " + high.toPlainString()),
                        Map.of("field", field.word, "female", Tolerance.written(female.qualifier(), f),
                                "male", Tolerance.written(male.qualifier(), m), "sum", sumRange(low, high),
                                "total", Tolerance.written(total.qualifier(), t)));
            }
        }
    }

    /** A sum's range in words: "8.470–9.330" / "8,470–9,330", "at least …", "at most …". */
    private static BilingualText sumRange(@Nullable BigDecimal low, @Nullable BigDecimal high) {
        NumberNotation vi = NumberNotation.VIETNAMESE;
        NumberNotation en = NumberNotation.ENGLISH;
        if (low == null) {
            return BilingualText.of("tối đa " + vi.format(Objects.requireNonNull(high)), "at most " + en.format(high));
        }
        if (high == null) {
            return BilingualText.of("ít nhất " + vi.format(low), "at least " + en.format(low));
        }
        return BilingualText.of(vi.format(low) + "–" + vi.format(high), en.format(low) + "–" + en.format(high));
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
        Observation female = exact(s, withSex(total, Sex.FEMALE, s));
        Observation male = exact(s, withSex(total, Sex.MALE, s));
        if (female == null || male == null || total.value().isEmpty() || female.value().isEmpty()
                || male.value().isEmpty()) {
            return;
        }
        // Rounding is monotonic, so comparing at the published decimals loses nothing.
        int d = ind.decimals();
        BigDecimal t = Decimals.roundHalfUp(total.value().get(), d);
        BigDecimal f = Decimals.roundHalfUp(female.value().get(), d);
        BigDecimal m = Decimals.roundHalfUp(male.value().get(), d);
        BigDecimal low = f.min(m);
        BigDecimal high = f.max(m);
        if (t.compareTo(low) < 0 || t.compareTo(high) > 0) {
            s.report(s.at("value"), total.value().get().toPlainString(),
                    "is not between female " + female.value().get().toPlainString() + " and male "
                            + male.value().get().toPlainString(),
                    Map.of("total", total.value().get(), "female", female.value().get(), "male", male.value().get()));
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
            Observation o = exact(s, new ObservationKey(parent.indicator(), child.code(), parent.period(),
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
            for (Observation o : reported) {
                BigDecimal part = field.of(o);
                if (part == null) {
                    sum = null;
                    break;
                }
                sum = sum.add(part);
            }
            if (sum != null && sum.compareTo(total) != 0) {
                s.report(s.at(field.path), total.toPlainString(),
                        "is not the sum " + sum.toPlainString() + " of the " + reported.size() + " areas under it",
                        Map.of("field", field.word, "count", reported.size(), "area", Words.area(area.get()),
                                "sum", sum, "total", total));
            }
        }
    }

    // --- change ------------------------------------------------------------------------------------

    /**
     * Warns of a change from the previous period beyond a threshold, in per cent of the previous value:
     * {@code |value − previous| × 100 / |previous|}, rounded half up to 1 decimal.
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
        Observation previous = exact(s, new ObservationKey(o.indicator(), o.area(), before, o.breakdown()));
        if (previous == null || previous.value().isEmpty() || previous.value().get().signum() == 0) {
            return;
        }
        BigDecimal v = o.value().get();
        BigDecimal p = previous.value().get();
        BigDecimal change = v.subtract(p).multiply(HUNDRED).divide(p.abs(), 1, RoundingMode.HALF_UP);
        if (change.abs().compareTo(threshold.get()) > 0) {
            s.report(s.at("value"), v.toPlainString(),
                    "changed by " + change.toPlainString() + " % from " + p.toPlainString() + " in " + before
                            + ", more than " + threshold.get().toPlainString() + " %",
                    Map.of("value", v, "previous", p, "previousPeriod", before.toString(), "change", change,
                            "threshold", threshold.get()));
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
