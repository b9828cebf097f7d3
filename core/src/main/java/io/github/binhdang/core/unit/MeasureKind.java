package io.github.binhdang.core.unit;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Codes;
import java.util.Objects;
import java.util.Optional;

/**
 * What an indicator's value measures, which decides the units it may be stated in and how its values
 * may be combined: counts add up, percentages and ratios are recomputed from their components, means
 * are weighted.
 *
 * @implSpec This enum is immutable and thread-safe.
 */
public enum MeasureKind {

    /** A number of persons or items: 12 women in a party committee, 75 classes. Integral units only. */
    COUNT(BilingualText.of("Số lượng", "Count")),

    /** A share of a whole in percent: 38.89 % of deputies are women. Unit {@link Unit#PERCENT} only. */
    PERCENTAGE(BilingualText.of("Tỷ lệ phần trăm", "Percentage")),

    /**
     * One quantity per N of another: boys born per 100 girls, maternal deaths per 100,000 live births.
     * Units {@link Unit#PER_100}, {@link Unit#PER_1000}, {@link Unit#PER_100000}, and
     * {@link Unit#FRACTION} for a ratio per 1.
     */
    RATIO(BilingualText.of("Tỷ số", "Ratio")),

    /** How many times one quantity is another: women's unpaid care hours over men's. Unit {@link Unit#TIMES}. */
    TIMES(BilingualText.of("Số lần", "Times")),

    /**
     * An average: mean hours of unpaid work, mean years of schooling, mean income. Any unit except
     * {@link Unit#PERCENTAGE_POINT}, which measures a change, not a level.
     */
    MEAN(BilingualText.of("Số bình quân", "Mean")),

    /** An amount of money, such as a budget of 50 million dong. The money units, based on {@link Unit#VND}. */
    AMOUNT(BilingualText.of("Số tiền", "Amount of money")),

    /**
     * Whether a condition holds, yes (1) or no (0): "from 2025, gender content is part of the curricula".
     * Unit {@link Unit#YES_NO} only. Not additive: the total of yes/no values over areas is not a yes or no.
     */
    YES_NO(BilingualText.of("Có/không", "Yes or no"));

    private final BilingualText title;

    MeasureKind(BilingualText title) {
        this.title = title;
    }

    /**
     * Returns whether a value of this kind may be stated in a unit.
     *
     * <table>
     *   <caption>Units compatible with each kind</caption>
     *   <tr><th>kind</th><th>units</th></tr>
     *   <tr><td>{@code COUNT}</td><td>integral units: {@code PERSONS}, {@code COUNT}, an application's
     *       own count units; not {@code YES_NO}</td></tr>
     *   <tr><td>{@code PERCENTAGE}</td><td>{@code PERCENT}</td></tr>
     *   <tr><td>{@code RATIO}</td><td>{@code PER_100}, {@code PER_1000}, {@code PER_100000},
     *       {@code FRACTION}</td></tr>
     *   <tr><td>{@code TIMES}</td><td>{@code TIMES}</td></tr>
     *   <tr><td>{@code MEAN}</td><td>every unit except {@code PERCENTAGE_POINT} and {@code YES_NO}</td></tr>
     *   <tr><td>{@code AMOUNT}</td><td>{@code VND}, {@code THOUSAND_VND}, {@code MILLION_VND},
     *       {@code BILLION_VND}</td></tr>
     *   <tr><td>{@code YES_NO}</td><td>{@code YES_NO}</td></tr>
     * </table>
     *
     * @param unit  the unit, not null
     * @return true if the unit suits this kind
     */
    public boolean isCompatibleWith(Unit unit) {
        Objects.requireNonNull(unit, "unit");
        switch (this) {
            case COUNT:
                return unit.isIntegral() && !unit.equals(Unit.YES_NO);
            case PERCENTAGE:
                return unit.equals(Unit.PERCENT);
            case RATIO:
                return unit.equals(Unit.PER_100) || unit.equals(Unit.PER_1000) || unit.equals(Unit.PER_100000)
                        || unit.equals(Unit.FRACTION);
            case TIMES:
                return unit.equals(Unit.TIMES);
            case MEAN:
                return !unit.equals(Unit.PERCENTAGE_POINT) && !unit.equals(Unit.YES_NO);
            case AMOUNT:
                return unit.base().equals(Unit.VND);
            case YES_NO:
                return unit.equals(Unit.YES_NO);
            default:
                throw new AssertionError(this);
        }
    }

    /**
     * Tells whether values of this kind add up: a count or an amount of money, whose total over areas
     * or categories is the sum of their values (12 + 19 clubs are 31 clubs). The other kinds are
     * quotients: their totals are computed from summed numerators and denominators, never from their
     * values.
     *
     * @return true for {@link #COUNT} and {@link #AMOUNT}
     */
    public boolean isAdditive() {
        return this == COUNT || this == AMOUNT;
    }

    /**
     * Returns the kind's title in Vietnamese and English, such as "Tỷ lệ phần trăm" / "Percentage".
     *
     * @return the title, not null
     */
    public BilingualText title() {
        return title;
    }

    /**
     * Obtains the kind of measure with a code, the name of its constant: {@code of("PERCENTAGE")} is
     * {@link #PERCENTAGE}. The match is exact.
     *
     * @param code  the code, such as {@code PERCENTAGE}, not null
     * @return the kind of measure, not null
     * @throws InvalidValueException if no kind of measure has that code; the message lists the codes
     */
    public static MeasureKind of(String code) {
        return Codes.of("MeasureKind.code", values(), MeasureKind::name, code);
    }

    /**
     * Finds the kind of measure with a code, the name of its constant; the match is exact.
     *
     * @param code  the code, such as {@code PERCENTAGE}, not null
     * @return the kind of measure, or empty if none has that code
     */
    public static Optional<MeasureKind> find(String code) {
        return Codes.find(values(), MeasureKind::name, code);
    }
}
