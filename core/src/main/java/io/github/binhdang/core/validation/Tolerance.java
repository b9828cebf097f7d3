package io.github.binhdang.core.validation;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.unit.NumberNotation;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The values a qualified value allows, for the rules that compare numbers: the one place where a
 * qualifier becomes bounds.
 *
 * <table class="striped">
 * <caption>What a qualified value v allows, t being the rule's parameter of that name in per cent of v</caption>
 * <thead><tr><th scope="col">qualifier</th><th scope="col">allows</th><th scope="col">parameter</th></tr></thead>
 * <tbody>
 * <tr><td>exact</td><td>v</td><td></td></tr>
 * <tr><td>nearly (gần)</td><td>v − t·|v| to v</td><td>{@code nearly}, default 10</td></tr>
 * <tr><td>about (khoảng)</td><td>v − t·|v| to v + t·|v|</td><td>{@code about}, default 10</td></tr>
 * <tr><td>more than (hơn, trên), at least</td><td>v and above, unbounded</td><td></td></tr>
 * <tr><td>less than (dưới), at most</td><td>v and below, unbounded</td><td></td></tr>
 * </tbody>
 * </table>
 * "gần 45" with the default allows 40.5 to 45; "khoảng 4,300" allows 3,870 to 4,730. Bounds are
 * closed, so that a comparison errs towards no finding; only the range rules, which ask whether a value
 * is possible at all, take "more than" and "less than" as strict ({@link #isAbove}).
 * The defaults (10 %) are this library's convention, not an official figure.
 */
final class Tolerance {

    /** The parameter of the tolerance of "nearly", in per cent of the value. */
    static final String NEARLY = "nearly";
    /** The parameter of the tolerance of "about", in per cent of the value, either side. */
    static final String ABOUT = "about";
    /** The parameters of a rule that compares qualified values, with their defaults. */
    static final Map<String, BigDecimal> DEFAULTS = Map.of(NEARLY, BigDecimal.TEN, ABOUT, BigDecimal.TEN);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Tolerance() {
    }

    /** The tolerance the rule's parameters give a qualifier, in per cent; 0 for the others. */
    static BigDecimal percent(Qualifier qualifier, RuleScope s) {
        String name = qualifier == Qualifier.NEARLY ? NEARLY : qualifier == Qualifier.ABOUT ? ABOUT : null;
        return name == null ? BigDecimal.ZERO : s.parameter(name).orElse(DEFAULTS.get(name));
    }

    private static BigDecimal delta(BigDecimal value, Qualifier qualifier, RuleScope s) {
        return value.abs().multiply(percent(qualifier, s)).divide(HUNDRED);
    }

    /** The least value allowed, or null when there is none. */
    static @Nullable BigDecimal low(Qualifier qualifier, BigDecimal value, RuleScope s) {
        switch (qualifier) {
            case NEARLY:
            case ABOUT:
                return value.subtract(delta(value, qualifier, s));
            case LESS_THAN:
            case AT_MOST:
                return null;
            default:
                return value;
        }
    }

    /** The greatest value allowed, or null when there is none. */
    static @Nullable BigDecimal high(Qualifier qualifier, BigDecimal value, RuleScope s) {
        switch (qualifier) {
            case ABOUT:
                return value.add(delta(value, qualifier, s));
            case MORE_THAN:
            case AT_LEAST:
                return null;
            default:
                return value;
        }
    }

    /** Whether a number lies within the bounds (a null bound is none). */
    static boolean within(BigDecimal number, @Nullable BigDecimal low, @Nullable BigDecimal high) {
        return (low == null || number.compareTo(low) >= 0) && (high == null || number.compareTo(high) <= 0);
    }

    /** Whether everything "more than v" allows lies above a limit: "more than 100" is above 100. */
    static boolean isAbove(Qualifier qualifier, BigDecimal value, BigDecimal limit) {
        return qualifier == Qualifier.MORE_THAN && value.compareTo(limit) >= 0;
    }

    /** Whether everything "less than v" allows lies below a limit: "less than 0" is below 0. */
    static boolean isBelow(Qualifier qualifier, BigDecimal value, BigDecimal limit) {
        return qualifier == Qualifier.LESS_THAN && value.compareTo(limit) <= 0;
    }

    /**
     * What a qualified value allows, as a closed range whose ends may be open (null): the one form in which
     * the comparing rules meet approximate values.
     *
     * @param low   the least value allowed, or null when there is none
     * @param high  the greatest value allowed, or null when there is none
     */
    record Range(@Nullable BigDecimal low, @Nullable BigDecimal high) {

        /** An exact value: the range of that value alone. */
        static Range of(BigDecimal value) {
            return new Range(value, value);
        }

        /** What a value with its qualifier allows, by the rule's parameters. */
        static Range of(Qualifier qualifier, BigDecimal value, RuleScope s) {
            return new Range(Tolerance.low(qualifier, value, s), Tolerance.high(qualifier, value, s));
        }

        /** The sums of a value from this range and one from the other. */
        Range plus(Range other) {
            return new Range(low == null || other.low == null ? null : low.add(other.low),
                    high == null || other.high == null ? null : high.add(other.high));
        }

        /** The least range holding both: every value between a value of one and a value of the other. */
        Range span(Range other) {
            return new Range(low == null || other.low == null ? null : low.min(other.low),
                    high == null || other.high == null ? null : high.max(other.high));
        }

        /** Whether the two ranges share a value. */
        boolean meets(Range other) {
            return (high == null || other.low == null || high.compareTo(other.low) >= 0)
                    && (low == null || other.high == null || low.compareTo(other.high) <= 0);
        }

        /** Whether the range holds a number. */
        boolean holds(BigDecimal number) {
            return within(number, low, high);
        }

        /** The range in words: "8.470–9.330" / "8,470–9,330", "ít nhất …" / "at least …", "tối đa …" / "at most …". */
        BilingualText words() {
            NumberNotation vi = NumberNotation.VIETNAMESE;
            NumberNotation en = NumberNotation.ENGLISH;
            if (low == null && high == null) {
                return BilingualText.of("bất kỳ", "any");
            }
            if (low == null) {
                return BilingualText.of("tối đa " + vi.format(high), "at most " + en.format(high));
            }
            if (high == null) {
                return BilingualText.of("ít nhất " + vi.format(low), "at least " + en.format(low));
            }
            if (low.compareTo(high) == 0) {
                return BilingualText.of(vi.format(low), en.format(low));
            }
            return BilingualText.of(vi.format(low) + "–" + vi.format(high), en.format(low) + "–" + en.format(high));
        }
    }

    /** A value with its qualifier, as people write it: "gần 45" / "nearly 45"; the number alone when exact. */
    static BilingualText written(Qualifier qualifier, BigDecimal value) {
        String vi = NumberNotation.VIETNAMESE.format(value);
        String en = NumberNotation.ENGLISH.format(value);
        return qualifier.isExact() ? BilingualText.of(vi, en)
                : BilingualText.of(qualifier.word() + " " + vi, qualifier.title().en() + " " + en);
    }
}
