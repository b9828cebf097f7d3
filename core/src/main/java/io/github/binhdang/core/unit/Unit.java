package io.github.binhdang.core.unit;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.internal.Codes;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A unit in which an indicator's value is stated: a percentage, a rate per 100,000, a count of
 * persons, an amount in million dong.
 *
 * <p>Each unit has a {@linkplain #code() code} (its identity and its text form, such as
 * {@code "vnd_million"}), a {@linkplain #symbol() symbol} as Vietnamese reports write it
 * ({@code "triệu đồng"}), a {@linkplain #name() name}, the values it allows
 * ({@linkplain #minimum() minimum}, {@linkplain #maximum() maximum}, {@linkplain #isIntegral()
 * whole numbers only}) and its place among related units: a {@linkplain #base() base} and the
 * {@linkplain #factor() factor} that turns a value into that base.
 *
 * <p>Units that can be converted into each other share a base:
 * <ul>
 *   <li>{@link #PERCENT}, {@link #PER_100}, {@link #PER_1000} and {@link #PER_100000} have the base
 *       {@link #FRACTION}, a plain share or ratio written as a bare number (12.5 % = 0.125 =
 *       125 per 1,000). {@code PER_100} is not based on {@code PERCENT} because their allowed values
 *       differ: 112 boys per 100 girls is a valid ratio but not a valid percentage.</li>
 *   <li>{@link #THOUSAND_VND}, {@link #MILLION_VND} and {@link #BILLION_VND} have the base
 *       {@link #VND}.</li>
 *   <li>Every other unit, including the count units an application makes with
 *       {@link #ofCount(String, BilingualText, String)}, is its own base.</li>
 * </ul>
 *
 * <p>The text form is the code: {@code toString()} returns it and {@link #find(String)} reads it
 * back for the built-in units. Units are equal when their codes are equal, so an application should
 * give each of its own codes one meaning; the codes of the built-in units are reserved.
 *
 * <p>This is a value-based class: compare units with {@code equals}, not {@code ==}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Unit {

    private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

    /**
     * A plain fraction, written as a bare number with no symbol (0.125): the base of the percentage
     * and the rates per N. Not below 0; no maximum, because a ratio such as 1.12 boys per girl can
     * exceed 1. Code {@code "fraction"}, symbol {@code ""} (none).
     */
    public static final Unit FRACTION = new Unit("fraction", "", BilingualText.of("tỷ số", "fraction"),
            null, BigDecimal.ONE, BigDecimal.ONE, false, BigDecimal.ZERO, null, "a fraction");

    /**
     * Percent: a share of a whole, from 0 to 100. Code {@code "percent"}, symbol {@code "%"};
     * 1 % is 0.01 of a {@link #FRACTION}.
     */
    public static final Unit PERCENT = new Unit("percent", "%", BilingualText.of("phần trăm", "percent"),
            FRACTION, new BigDecimal("0.01"), ONE_HUNDRED, false, BigDecimal.ZERO, ONE_HUNDRED,
            "a percentage");

    /**
     * Percentage point: the difference between two percentages (38.89 % against 34.28 % is a rise of
     * 4.61 points), of either sign, without bounds. Code {@code "percentage_point"}, symbol
     * {@code "điểm %"}, also read from {@code "pp"}. Its own base: a change is never converted into a
     * share.
     */
    public static final Unit PERCENTAGE_POINT = new Unit("percentage_point", "điểm %",
            BilingualText.of("điểm phần trăm", "percentage point"), null, BigDecimal.ONE, BigDecimal.ONE,
            false, null, null, "a change in percentage points");

    /**
     * Per 100, such as boys born per 100 girls; not below 0. Code {@code "per_100"}, symbol
     * {@code "/100"}; 1 per 100 is 0.01 of a {@link #FRACTION}.
     */
    public static final Unit PER_100 = new Unit("per_100", "/100", BilingualText.of("trên 100", "per 100"),
            FRACTION, new BigDecimal("0.01"), ONE_HUNDRED, false, BigDecimal.ZERO, null, "a rate per 100");

    /**
     * Per 1,000 (per mille); not below 0. Code {@code "per_1000"}, symbol {@code "‰"}, also read from
     * {@code "/1000"}; 1 per 1,000 is 0.001 of a {@link #FRACTION}.
     */
    public static final Unit PER_1000 = new Unit("per_1000", "‰", BilingualText.of("phần nghìn", "per 1,000"),
            FRACTION, new BigDecimal("0.001"), BigDecimal.valueOf(1000), false, BigDecimal.ZERO, null,
            "a rate per 1,000");

    /**
     * Per 100,000, such as maternal deaths per 100,000 live births; not below 0. Code
     * {@code "per_100000"}, symbol {@code "/100.000"}; 1 per 100,000 is 0.00001 of a {@link #FRACTION}.
     */
    public static final Unit PER_100000 = new Unit("per_100000", "/100.000",
            BilingualText.of("trên 100.000", "per 100,000"), FRACTION, new BigDecimal("0.00001"),
            BigDecimal.valueOf(100_000), false, BigDecimal.ZERO, null, "a rate per 100,000");

    /**
     * Times: one quantity over another of the same nature, such as the hours women spend on unpaid
     * care over the hours men spend; not below 0. Code {@code "times"}, symbol {@code "lần"}.
     */
    public static final Unit TIMES = new Unit("times", "lần", BilingualText.of("lần", "times"),
            null, BigDecimal.ONE, BigDecimal.ONE, false, BigDecimal.ZERO, null, "a ratio in times");

    /**
     * Persons: a whole number of people, not below 0. Code {@code "persons"}, symbol {@code "người"}.
     */
    public static final Unit PERSONS = new Unit("persons", "người", BilingualText.of("người", "persons"),
            null, BigDecimal.ONE, BigDecimal.ONE, true, BigDecimal.ZERO, null, "a count of persons");

    /**
     * A whole number of items (classes, clubs, models) when no more specific count unit is given;
     * not below 0. Code {@code "count"}, symbol {@code ""} (none: the items are named beside the
     * figure). See {@link #ofCount(String, BilingualText, String)} for counts of named items.
     */
    public static final Unit COUNT = new Unit("count", "", BilingualText.of("số lượng", "count"),
            null, BigDecimal.ONE, BigDecimal.ONE, true, BigDecimal.ZERO, null, "a count");

    /**
     * Hours, such as hours of unpaid work a day; not below 0. Code {@code "hours"}, symbol {@code "giờ"}.
     */
    public static final Unit HOURS = new Unit("hours", "giờ", BilingualText.of("giờ", "hours"),
            null, BigDecimal.ONE, BigDecimal.ONE, false, BigDecimal.ZERO, null, "a number of hours");

    /**
     * Years, such as mean years of schooling; not below 0. Code {@code "years"}, symbol {@code "năm"}.
     */
    public static final Unit YEARS = new Unit("years", "năm", BilingualText.of("năm", "years"),
            null, BigDecimal.ONE, BigDecimal.ONE, false, BigDecimal.ZERO, null, "a number of years");

    /**
     * Vietnamese dong, the base of the money units. Code {@code "vnd"}, symbol {@code "đồng"}, also
     * read from {@code "VND"}, {@code "VNĐ"}, {@code "đ"} and {@code "₫"}. No bounds: an amount may
     * be a balance or a change.
     */
    public static final Unit VND = new Unit("vnd", "đồng", BilingualText.of("đồng", "Vietnamese dong"),
            null, BigDecimal.ONE, BigDecimal.ONE, false, null, null, "an amount of money");

    /**
     * Thousand dong: 1 is 1,000 {@link #VND}. Code {@code "vnd_thousand"}, symbol {@code "nghìn đồng"},
     * also read from {@code "ngàn đồng"}.
     */
    public static final Unit THOUSAND_VND = new Unit("vnd_thousand", "nghìn đồng",
            BilingualText.of("nghìn đồng", "thousand dong"), VND, BigDecimal.valueOf(1000), BigDecimal.ONE,
            false, null, null, "an amount of money");

    /**
     * Million dong, the usual unit of budgets in reports ("50 triệu đồng"): 1 is 1,000,000
     * {@link #VND}. Code {@code "vnd_million"}, symbol {@code "triệu đồng"}.
     */
    public static final Unit MILLION_VND = new Unit("vnd_million", "triệu đồng",
            BilingualText.of("triệu đồng", "million dong"), VND, BigDecimal.valueOf(1_000_000), BigDecimal.ONE,
            false, null, null, "an amount of money");

    /**
     * Billion dong: 1 is 1,000,000,000 {@link #VND}. Code {@code "vnd_billion"}, symbol
     * {@code "tỷ đồng"}, also read from {@code "tỉ đồng"}.
     */
    public static final Unit BILLION_VND = new Unit("vnd_billion", "tỷ đồng",
            BilingualText.of("tỷ đồng", "billion dong"), VND, BigDecimal.valueOf(1_000_000_000), BigDecimal.ONE,
            false, null, null, "an amount of money");

    /**
     * Yes or no: 1 when a condition holds (có, đạt), 0 when it does not (không, chưa đạt), for a target
     * that is met or not met rather than reached by a number, such as "from 2025, gender content is part
     * of the curricula". Code {@code "yes_no"}, symbol {@code ""} (none).
     */
    public static final Unit YES_NO = new Unit("yes_no", "", BilingualText.of("có/không", "yes/no"),
            null, BigDecimal.ONE, BigDecimal.ONE, true, BigDecimal.ZERO, BigDecimal.ONE, "a yes (1) or no (0)");

    private static final List<Unit> BUILT_INS = List.of(FRACTION, PERCENT, PERCENTAGE_POINT, PER_100,
            PER_1000, PER_100000, TIMES, PERSONS, COUNT, HOURS, YEARS, VND, THOUSAND_VND, MILLION_VND,
            BILLION_VND, YES_NO);

    private static final Map<String, Unit> BY_CODE = byCode();

    private static final Map<String, Unit> BY_SYMBOL = bySymbol();

    private final String code;
    private final String symbol;
    private final BilingualText name;
    private final Unit base;
    private final BigDecimal factor;
    private final BigDecimal perMultiplier;
    private final boolean integral;
    private final @Nullable BigDecimal minimum;
    private final @Nullable BigDecimal maximum;
    private final String noun;

    private Unit(String code, String symbol, BilingualText name, @Nullable Unit base, BigDecimal factor,
            BigDecimal perMultiplier, boolean integral, @Nullable BigDecimal minimum,
            @Nullable BigDecimal maximum, String noun) {
        this.code = code;
        this.symbol = symbol;
        this.name = name;
        this.base = base == null ? this : base;
        this.factor = factor;
        this.perMultiplier = perMultiplier;
        this.integral = integral;
        this.minimum = minimum;
        this.maximum = maximum;
        this.noun = noun;
    }

    private static Map<String, Unit> byCode() {
        Map<String, Unit> map = new HashMap<>();
        for (Unit unit : BUILT_INS) {
            map.put(unit.code, unit);
        }
        return Map.copyOf(map);
    }

    private static Map<String, Unit> bySymbol() {
        Map<String, Unit> map = new HashMap<>();
        for (Unit unit : BUILT_INS) {
            if (!unit.symbol.isEmpty()) {
                map.put(symbolKey(unit.symbol), unit);
            }
        }
        alias(map, PERCENT, "phần trăm", "percent");
        alias(map, PERCENTAGE_POINT, "pp", "p.p.", "điểm phần trăm", "percentage point", "percentage points");
        alias(map, PER_100, "per 100");
        alias(map, PER_1000, "/1000", "/1.000", "/1,000", "per 1000", "per 1,000");
        alias(map, PER_100000, "/100000", "/100,000", "/100 000", "per 100000", "per 100,000");
        alias(map, TIMES, "times");
        alias(map, PERSONS, "persons", "people");
        alias(map, HOURS, "hours", "h");
        alias(map, YEARS, "years");
        alias(map, VND, "vnd", "vnđ", "đ", "₫");
        alias(map, THOUSAND_VND, "ngàn đồng", "nghìn vnd", "nghìn vnđ", "thousand vnd");
        alias(map, MILLION_VND, "triệu vnd", "triệu vnđ", "million vnd");
        alias(map, BILLION_VND, "tỉ đồng", "tỷ vnd", "tỷ vnđ", "billion vnd");
        return Map.copyOf(map);
    }

    private static void alias(Map<String, Unit> map, Unit unit, String... symbols) {
        for (String symbol : symbols) {
            Unit previous = map.put(symbolKey(symbol), unit);
            if (previous != null) {
                throw new IllegalStateException("Symbol " + symbol + " given twice");
            }
        }
    }

    /**
     * Returns the key under which a symbol is looked up: NFC, lower case, inner spaces as one space.
     */
    static String symbolKey(String symbol) {
        String nfc = Checks.nfc(symbol).strip().toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                if (space && key.length() > 0) {
                    key.append(' ');
                }
                space = false;
                key.append(c);
            }
        }
        return key.toString();
    }

    /**
     * Obtains a built-in unit from its code: {@code of("percent")} is {@link #PERCENT}. Codes are
     * case-sensitive.
     *
     * @param code  the code, such as {@code "vnd_million"}, not null
     * @return the built-in unit with that code, not null
     * @throws InvalidValueException if no built-in unit has that code (an application's own count
     *         units are not found here); the message lists the codes
     */
    public static Unit of(String code) {
        Objects.requireNonNull(code, "code");
        Unit unit = BY_CODE.get(code);
        if (unit == null) {
            throw Codes.unknown("Unit.code", BUILT_INS.toArray(new Unit[0]), Unit::code, code);
        }
        return unit;
    }

    /**
     * Finds a built-in unit from its code, such as {@code "vnd_million"}. Codes are case-sensitive.
     *
     * @param code  the code, not null
     * @return the built-in unit with that code, or empty if there is none (an application's own count
     *         units are not found here)
     */
    public static Optional<Unit> find(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /**
     * Finds a built-in unit from a symbol as reports write it: {@code "%"}, {@code "người"},
     * {@code "lần"}, {@code "đồng"}, {@code "nghìn đồng"}, {@code "triệu đồng"}, {@code "tỷ đồng"},
     * {@code "giờ"}, {@code "năm"}, {@code "VND"}, {@code "pp"}, {@code "‰"} and a few common variants
     * ({@code "tỉ đồng"}, {@code "ngàn đồng"}, {@code "VNĐ"}).
     *
     * <p>The lookup ignores case, compares in Unicode NFC (so a symbol typed with combining marks is
     * found), ignores spaces at both ends and treats any run of inner spaces, including no-break
     * spaces, as one space.
     *
     * @param symbol  the symbol, not null
     * @return the built-in unit with that symbol, or empty if there is none (a blank symbol finds none)
     */
    public static Optional<Unit> findBySymbol(String symbol) {
        Objects.requireNonNull(symbol, "symbol");
        return Optional.ofNullable(BY_SYMBOL.get(symbolKey(symbol)));
    }

    /**
     * Obtains a count unit of an application's own, such as classes ({@code "lớp"}) or clubs
     * ({@code "câu lạc bộ"}): whole numbers, not below 0, its own base.
     *
     * <p>Two count units with the same code are equal whatever their names and symbols.
     *
     * @param code    the code, letters, digits, '.', '_' and '-', starting with a letter or digit, and
     *                not the code of a built-in unit
     * @param name    the name, not null
     * @param symbol  the symbol as reports write it, such as {@code "lớp"}, not blank; stored trimmed
     *                and in NFC
     * @return the count unit, not null
     * @throws InvalidValueException if the code is malformed or reserved, or the symbol is blank
     */
    public static Unit ofCount(String code, BilingualText name, String symbol) {
        Checks.requireCode("Unit.code", code);
        Objects.requireNonNull(name, "name");
        String checkedSymbol = Checks.requireText("Unit.symbol", symbol);
        if (BY_CODE.containsKey(code)) {
            throw new InvalidValueException("Unit.code", "'" + code + "'", "is the code of a built-in unit");
        }
        return new Unit(code, checkedSymbol, name, null, BigDecimal.ONE, BigDecimal.ONE, true,
                BigDecimal.ZERO, null, "a count of " + name.en());
    }

    /**
     * Returns the built-in units, in the order they are declared in this class.
     *
     * @return the built-in units, unmodifiable, not null
     */
    public static List<Unit> builtIns() {
        return BUILT_INS;
    }

    /**
     * Returns the code, the unit's identity and text form, such as {@code "vnd_million"}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the symbol as Vietnamese reports write it after a number, such as {@code "%"} or
     * {@code "triệu đồng"}; empty for {@link #FRACTION} and {@link #COUNT}, which are written as bare
     * numbers.
     *
     * @return the symbol, possibly empty, not null
     */
    public String symbol() {
        return symbol;
    }

    /**
     * Returns the unit's name in Vietnamese and English.
     *
     * @return the name, not null
     */
    public BilingualText name() {
        return name;
    }

    /**
     * Returns the unit into which this unit converts: {@link #FRACTION} for the percentage and the
     * rates per N, {@link #VND} for money, and the unit itself for every other unit.
     *
     * @return the base, not null
     */
    public Unit base() {
        return base;
    }

    /**
     * Returns the value of one of this unit in its {@linkplain #base() base}:
     * {@code value_in_base = value × factor}. 0.01 for {@link #PERCENT}, 1000000 for
     * {@link #MILLION_VND}, 1 for a unit that is its own base.
     *
     * @return the factor, positive, not null
     */
    public BigDecimal factor() {
        return factor;
    }

    /**
     * Returns the N of "per N" for the rate units: 100 for {@link #PERCENT} and {@link #PER_100},
     * 1000 for {@link #PER_1000}, 100000 for {@link #PER_100000}, and 1 for every other unit.
     *
     * <p>A value is calculated from its components as
     * <pre>value = numerator / denominator × perMultiplier</pre>
     * so 384 women-owned enterprises of 2,539 give 384 / 2539 × 100 = 15.12… %.
     *
     * @return the multiplier, positive, not null
     */
    public BigDecimal perMultiplier() {
        return perMultiplier;
    }

    /**
     * Returns whether only whole numbers are valid values (counts). A whole number may be written with
     * fractional zeros: 12.0 persons is valid.
     *
     * @return true for count units
     */
    public boolean isIntegral() {
        return integral;
    }

    /**
     * Returns the smallest valid value: 0 for shares, rates, counts, times, hours and years; none for
     * percentage points and money.
     *
     * @return the inclusive minimum, or empty if there is none
     */
    public Optional<BigDecimal> minimum() {
        return Optional.ofNullable(minimum);
    }

    /**
     * Returns the largest valid value: 100 for a percentage; none for the other units.
     *
     * @return the inclusive maximum, or empty if there is none
     */
    public Optional<BigDecimal> maximum() {
        return Optional.ofNullable(maximum);
    }

    /**
     * Checks that a value is valid in this unit: not below the minimum, not above the maximum, and a
     * whole number for a count.
     *
     * <p>For example {@code PERCENT.requireValid("Milestone.value", -5)} fails with
     * {@code Milestone.value: -5 is below 0 for a percentage}, and
     * {@code PERSONS.requireValid("Target.value", 2.5)} with
     * {@code Target.value: 2.5 is not a whole number for a count of persons}.
     *
     * @param field  the type and field being checked, such as {@code "Milestone.value"}, not null
     * @param value  the value, not null
     * @return the value, unchanged
     * @throws InvalidValueException if the value is out of range or not whole for a count, or beyond the
     *         bounds of every value ({@link Decimals#MAX_PRECISION}, {@link Decimals#MAX_SCALE})
     */
    public BigDecimal requireValid(String field, BigDecimal value) {
        Objects.requireNonNull(field, "field");
        Checks.requireBounded(field, value);
        if (minimum != null && value.compareTo(minimum) < 0) {
            throw new InvalidValueException(field, Checks.plain(value),
                    "is below " + Checks.plain(minimum) + " for " + noun);
        }
        if (maximum != null && value.compareTo(maximum) > 0) {
            throw new InvalidValueException(field, Checks.plain(value),
                    "is above " + Checks.plain(maximum) + " for " + noun);
        }
        if (integral && !Decimals.isWhole(value)) {
            throw new InvalidValueException(field, Checks.plain(value), "is not a whole number for " + noun);
        }
        return value;
    }

    /**
     * Returns whether values in this unit can be converted into the other unit: whether both have the
     * same {@linkplain #base() base}.
     *
     * @param other  the other unit, not null
     * @return true if {@link #convert(BigDecimal, Unit)} accepts the other unit
     */
    public boolean isConvertibleTo(Unit other) {
        Objects.requireNonNull(other, "other");
        return base.equals(other.base);
    }

    /**
     * Converts a value in this unit into another unit with the same base, exactly.
     *
     * <p>The result is {@code value × factor / target.factor} with trailing fractional zeros removed
     * and a scale never below 0: 50 {@code MILLION_VND} gives 50000000 {@code VND}, 1.5 {@code MILLION_VND}
     * gives 1500000 {@code VND}, 2500 {@code THOUSAND_VND} gives 2.5 {@code MILLION_VND}, 12.5
     * {@code PERCENT} gives 125 {@code PER_1000}. Converting into this same unit returns the value
     * unchanged, keeping its scale. The result is not checked against the target's range: 112
     * {@code PER_100} gives 112 {@code PERCENT}; use {@link #requireValid(String, BigDecimal)} or
     * {@link Quantity#to(Unit)} for that.
     *
     * @param value   the value in this unit, not null
     * @param target  the unit to convert into, not null
     * @return the value in the target unit, not null
     * @throws InvalidValueException if the target has a different base
     */
    public BigDecimal convert(BigDecimal value, Unit target) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(target, "target");
        if (!isConvertibleTo(target)) {
            throw new InvalidValueException("Unit.target", target.code,
                    "cannot be converted from " + code + " (a different base)");
        }
        if (equals(target)) {
            return value;
        }
        // Every factor is a power of ten (or 1), so the division is exact and terminates.
        BigDecimal result = value.multiply(factor).divide(target.factor);
        return Decimals.stripFractionalZeros(result);
    }

    /**
     * Returns whether the other object is a unit with the same code.
     *
     * @param other  the object to compare with, may be null
     * @return true if the other object is a unit with the same code
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || other instanceof Unit && code.equals(((Unit) other).code);
    }

    /**
     * Returns a hash code from the code.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the code, the text form that {@link #find(String)} reads back for a built-in unit.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return code;
    }
}
