package io.github.binhdang.core.unit;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.TextParseException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An exact number in a unit: 38.89 %, 125525 persons, 50 million dong.
 *
 * <p>The value must be valid in its unit ({@link Unit#requireValid(String, BigDecimal)}): a
 * percentage from 0 to 100, a whole number of persons. Its scale is kept as given, because the
 * precision of a published figure is data. A negative scale ({@code 1E+3}) is stored as scale 0
 * ({@code 1000}), the form in which text writes it.
 *
 * <p>Equality is strict, like {@link BigDecimal#equals(Object)}: the same unit and the same value
 * with the same scale, so 2.0 % and 2.00 % are not equal. {@link #isEquivalentTo(Quantity)} compares
 * numbers after conversion, so 50 million dong is equivalent to 50000 thousand dong and 2.0 % to
 * 2.00 %.
 *
 * <p>The text form is the value in {@linkplain NumberNotation#PLAIN plain notation}, a space and the
 * unit's code: {@code "38.89 percent"}, {@code "50 vnd_million"}. {@link #parse(CharSequence)} reads
 * it back. {@link #parse(CharSequence, NumberNotation)} reads the forms of reports, such as
 * {@code "38,89%"} or {@code "50 triệu đồng"}.
 *
 * @param value  the number, valid in the unit, not null
 * @param unit   the unit, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record Quantity(BigDecimal value, Unit unit) {

    /**
     * Checks that the value is valid in the unit and turns a negative scale into scale 0.
     *
     * @param value  the number, valid in the unit, not null
     * @param unit   the unit, not null
     * @throws InvalidValueException if the value is not valid in the unit, with the field
     *         {@code "Quantity.value"}
     */
    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        unit.requireValid("Quantity.value", value);
        if (value.scale() < 0) {
            // 1E+3 has no written form of its own; keep the whole number that text would show.
            value = value.setScale(0);
        }
    }

    /**
     * Obtains a quantity from a value and a unit.
     *
     * @param value  the number, valid in the unit, not null
     * @param unit   the unit, not null
     * @return the quantity, not null
     * @throws InvalidValueException if the value is not valid in the unit: for example
     *         {@code Quantity.value: 140 is above 100 for a percentage}
     */
    public static Quantity of(BigDecimal value, Unit unit) {
        return new Quantity(value, unit);
    }

    /**
     * Reads the text form, {@code "38.89 percent"}: a number in plain notation and the code or symbol
     * of a built-in unit.
     *
     * @param text  the text, not null
     * @return the quantity, not null
     * @throws TextParseException if the text is not a number and a known unit
     * @throws InvalidValueException if the value is not valid in the unit
     */
    public static Quantity parse(CharSequence text) {
        return parse(text, NumberNotation.PLAIN, List.of());
    }

    /**
     * Reads a number written in a notation followed by the symbol or code of a built-in unit, with or
     * without a space between them.
     *
     * <p>In {@code VIETNAMESE}: {@code "50 triệu đồng"} gives 50 {@code MILLION_VND}; {@code "38,89%"}
     * and {@code "38,89 %"} give 38.89 {@code PERCENT}; {@code "125.525 người"} gives 125525
     * {@code PERSONS}. Qualifiers such as {@code "gần"} (nearly) are not read here: {@code "gần 400
     * người"} fails at index 0. Reports also write changes in percentage points with {@code "%"}
     * ("tăng 4,61%"); this method reads them as {@code PERCENT}, and the caller who knows the figure is
     * a change converts it.
     *
     * <p>The number is the longest leading run of a sign, digits, {@code '.'}, {@code ','} and
     * spaces, up to its last digit; the rest, trimmed, is the unit, looked up with
     * {@link Unit#findBySymbol(String)} and then {@link Unit#find(String)}.
     *
     * @param text      the text, not null
     * @param notation  the notation of the number, not null
     * @return the quantity, not null
     * @throws TextParseException if the number cannot be read in the notation, or the unit is missing
     *         or unknown
     * @throws InvalidValueException if the value is not valid in the unit
     */
    public static Quantity parse(CharSequence text, NumberNotation notation) {
        return parse(text, notation, List.of());
    }

    /**
     * Reads a number written in a notation followed by a unit, looking the unit up first among an
     * application's own units (by symbol, as {@link Unit#findBySymbol(String)} compares, then by code), then
     * among the built-in ones. With a unit {@code Unit.ofCount("classes", …, "lớp")},
     * {@code "75 lớp"} gives 75 classes.
     *
     * @param text      the text, not null
     * @param notation  the notation of the number, not null
     * @param units     the application's own units, not null, possibly empty
     * @return the quantity, not null
     * @throws TextParseException if the number cannot be read in the notation, or the unit is missing
     *         or unknown
     * @throws InvalidValueException if the value is not valid in the unit
     * @see #parse(CharSequence, NumberNotation)
     */
    public static Quantity parse(CharSequence text, NumberNotation notation, Collection<Unit> units) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(notation, "notation");
        Objects.requireNonNull(units, "units");
        int start = 0;
        int end = text.length();
        while (start < end && NumberNotation.isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && NumberNotation.isBlank(text.charAt(end - 1))) {
            end--;
        }
        int i = start;
        if (i < end && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int numberEnd = i;
        while (i < end && isNumberPart(text.charAt(i))) {
            i++;
            if (NumberNotation.isDigit(text.charAt(i - 1))) {
                numberEnd = i;
            }
        }
        if (numberEnd == start || !NumberNotation.isDigit(text.charAt(numberEnd - 1))) {
            throw new TextParseException("Quantity", text, start, "expected a number");
        }
        BigDecimal value = notation.parse(text, start, numberEnd, "Quantity");
        int unitStart = numberEnd;
        while (unitStart < end && NumberNotation.isBlank(text.charAt(unitStart))) {
            unitStart++;
        }
        if (unitStart == end) {
            throw new TextParseException("Quantity", text, end, "expected a unit after the number");
        }
        String unitText = text.subSequence(unitStart, end).toString();
        Optional<Unit> unit = lookUp(unitText, units);
        if (unit.isEmpty()) {
            throw new TextParseException("Quantity", text, unitStart, "unknown unit '" + unitText + "'");
        }
        return new Quantity(value, unit.get());
    }

    private static boolean isNumberPart(char c) {
        return NumberNotation.isDigit(c) || c == '.' || c == ',' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static Optional<Unit> lookUp(String unitText, Collection<Unit> units) {
        String key = Unit.symbolKey(unitText);
        for (Unit unit : units) {
            Objects.requireNonNull(unit, "units");
            if (!unit.symbol().isEmpty() && Unit.symbolKey(unit.symbol()).equals(key)
                    || unit.code().equals(unitText)) {
                return Optional.of(unit);
            }
        }
        Optional<Unit> bySymbol = Unit.findBySymbol(unitText);
        return bySymbol.isPresent() ? bySymbol : Unit.find(unitText);
    }

    /**
     * Converts this quantity into another unit with the same base, exactly, as
     * {@link Unit#convert(BigDecimal, Unit)} does: 50 million dong gives 50000000 dong. Converting into
     * the same unit returns this quantity.
     *
     * @param target  the unit to convert into, not null
     * @return the quantity in the target unit, not null
     * @throws InvalidValueException if the target has a different base, or the converted value is not
     *         valid in the target (112 per 100 is not a valid percentage)
     */
    public Quantity to(Unit target) {
        Objects.requireNonNull(target, "target");
        if (unit.equals(target)) {
            return this;
        }
        return new Quantity(unit.convert(value, target), target);
    }

    /**
     * Returns whether the other quantity stands for the same amount: its unit is convertible into this
     * one and the values are numerically equal in the common base, whatever their scales. 50
     * {@code MILLION_VND} is equivalent to 50000 {@code THOUSAND_VND}; 2.0 % to 2.00 %; 12.5 % to 125
     * per 1,000. Quantities in units of different bases are never equivalent.
     *
     * @param other  the other quantity, not null
     * @return true if both stand for the same amount
     */
    public boolean isEquivalentTo(Quantity other) {
        Objects.requireNonNull(other, "other");
        return unit.isConvertibleTo(other.unit)
                && value.multiply(unit.factor()).compareTo(other.value.multiply(other.unit.factor())) == 0;
    }

    /**
     * Writes this quantity as a report would, in a notation, with the unit's symbol: {@code "38,89%"}
     * and {@code "50 triệu đồng"} in Vietnamese. The percent sign follows the number directly; another
     * symbol follows a space; a unit without a symbol ({@link Unit#FRACTION}, {@link Unit#COUNT})
     * writes the number only.
     *
     * @param notation  the notation of the number, not null
     * @return the text, not null
     */
    public String format(NumberNotation notation) {
        Objects.requireNonNull(notation, "notation");
        String number = notation.format(value);
        String symbol = unit.symbol();
        if (symbol.isEmpty()) {
            return number;
        }
        return "%".equals(symbol) ? number + symbol : number + " " + symbol;
    }

    /**
     * Returns the text form: the value in plain notation, a space and the unit's code, such as
     * {@code "38.89 percent"}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return NumberNotation.PLAIN.format(value) + " " + unit.code();
    }
}
