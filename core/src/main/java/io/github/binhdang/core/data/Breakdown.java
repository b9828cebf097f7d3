package io.github.binhdang.core.data;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.TextParseException;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.internal.Checks;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The disaggregation of a value (phân tổ): which category of each dimension it counts, such as
 * women aged 15–24 in rural areas. A dimension that is absent is totalled over, so the empty
 * breakdown {@link #TOTAL} is the total of everything.
 *
 * <p>Text form: {@code _T} for the total; otherwise {@code DIMENSION=category} pairs sorted by
 * dimension code and joined by {@code ;}, for example {@code AGE_GROUP=15-24;SEX=F}. Sex is the
 * dimension {@code SEX} with categories {@code F} and {@code M}. Category codes are any text without
 * white space, {@code =}, {@code ;} or {@code ,}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Breakdown {

    /** The total over every dimension: no disaggregation. */
    public static final Breakdown TOTAL = new Breakdown(Collections.emptySortedMap());
    /** Women and girls, all other dimensions totalled. */
    public static final Breakdown FEMALE = TOTAL.with(BreakdownDimension.SEX.code(), Sex.FEMALE.code());
    /** Men and boys, all other dimensions totalled. */
    public static final Breakdown MALE = TOTAL.with(BreakdownDimension.SEX.code(), Sex.MALE.code());

    private static final String TOTAL_TEXT = "_T";

    private final SortedMap<String, String> categories;

    private Breakdown(SortedMap<String, String> categories) {
        this.categories = categories;
    }

    /**
     * Obtains the breakdown by sex alone.
     *
     * @param sex  the sex, not null; {@link Sex#TOTAL} gives {@link #TOTAL}
     * @return the breakdown, not null
     */
    public static Breakdown of(Sex sex) {
        Objects.requireNonNull(sex, "sex");
        switch (sex) {
            case FEMALE:
                return FEMALE;
            case MALE:
                return MALE;
            default:
                return TOTAL;
        }
    }

    /**
     * Obtains the breakdown by one category of one dimension.
     *
     * @param dimension  the dimension, not null
     * @param category   the category code, not blank, without white space, '=', ';' or ','
     * @return the breakdown, not null
     * @throws InvalidValueException if the category code is malformed
     */
    public static Breakdown of(BreakdownDimension dimension, String category) {
        return TOTAL.with(dimension, category);
    }

    /**
     * Returns a copy that also (or instead) counts the given category of a dimension.
     *
     * @param dimension  the dimension, not null
     * @param category   the category code, not blank, without white space, '=', ';' or ','
     * @return the breakdown, not null
     * @throws InvalidValueException if the category code is malformed
     */
    public Breakdown with(BreakdownDimension dimension, String category) {
        Objects.requireNonNull(dimension, "dimension");
        return with(dimension.code(), category);
    }

    /**
     * Returns a copy broken down by the given sex; {@link Sex#TOTAL} removes the sex dimension.
     *
     * @param sex  the sex, not null
     * @return the breakdown, not null
     */
    public Breakdown with(Sex sex) {
        Objects.requireNonNull(sex, "sex");
        return sex == Sex.TOTAL
                ? without(BreakdownDimension.SEX)
                : with(BreakdownDimension.SEX.code(), sex.code());
    }

    private Breakdown with(String dimensionCode, String category) {
        Checks.requireCode("Breakdown.dimension", dimensionCode);
        String c = requireCategory(category);
        if (dimensionCode.equals(BreakdownDimension.SEX.code()) && !c.equals("F") && !c.equals("M")) {
            throw new InvalidValueException("Breakdown.category", "'" + category + "'",
                    "must be F or M for SEX (the total has no SEX category)");
        }
        if (c.equals(categories.get(dimensionCode))) {
            return this;
        }
        TreeMap<String, String> copy = new TreeMap<>(categories);
        copy.put(dimensionCode, c);
        return new Breakdown(Collections.unmodifiableSortedMap(copy));
    }

    /**
     * Returns a copy that totals over the given dimension: the breakdown that this one is a part of.
     *
     * @param dimension  the dimension to total over, not null
     * @return the breakdown without that dimension, this one if it has none
     */
    public Breakdown without(BreakdownDimension dimension) {
        Objects.requireNonNull(dimension, "dimension");
        if (!categories.containsKey(dimension.code())) {
            return this;
        }
        TreeMap<String, String> copy = new TreeMap<>(categories);
        copy.remove(dimension.code());
        return copy.isEmpty() ? TOTAL : new Breakdown(Collections.unmodifiableSortedMap(copy));
    }

    /**
     * Returns the category of a dimension, empty when this breakdown totals over it.
     *
     * @param dimension  the dimension, not null
     * @return the category code, or empty
     */
    public Optional<String> category(BreakdownDimension dimension) {
        return Optional.ofNullable(categories.get(dimension.code()));
    }

    /**
     * Returns the sex this breakdown counts: {@link Sex#TOTAL} when it has no sex dimension.
     *
     * @return the sex, not null
     */
    public Sex sex() {
        String code = categories.get(BreakdownDimension.SEX.code());
        return code == null ? Sex.TOTAL : Sex.of(code);
    }

    /**
     * Returns the categories by dimension code, sorted by code.
     *
     * @return an unmodifiable map from dimension code to category code, not null
     */
    public SortedMap<String, String> categories() {
        return categories;
    }

    /**
     * Tells whether this is the total over every dimension.
     *
     * @return true for {@link #TOTAL}
     */
    public boolean isTotal() {
        return categories.isEmpty();
    }

    /**
     * Reads the text form: {@code _T}, or {@code DIMENSION=category} pairs joined by {@code ;} in any
     * order.
     *
     * @param text  the text, such as {@code SEX=F;AGE_GROUP=15-24}
     * @return the breakdown, not null
     * @throws TextParseException if the text is malformed or names a dimension twice
     */
    public static Breakdown parse(CharSequence text) {
        String s = Checks.nfc(text.toString()).strip();
        if (s.isEmpty()) {
            throw new TextParseException("Breakdown", text, 0, "a breakdown is _T or DIMENSION=category pairs");
        }
        if (s.equals(TOTAL_TEXT)) {
            return TOTAL;
        }
        TreeMap<String, String> map = new TreeMap<>();
        int from = 0;
        while (from <= s.length()) {
            int end = s.indexOf(';', from);
            if (end < 0) {
                end = s.length();
            }
            String pair = s.substring(from, end);
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new TextParseException("Breakdown", s, from + Math.max(eq, 0),
                        "expected DIMENSION=category");
            }
            String dimension = pair.substring(0, eq);
            String category = pair.substring(eq + 1);
            try {
                Checks.requireCode("Breakdown.dimension", dimension);
                requireCategory(category);
            } catch (InvalidValueException e) {
                throw new TextParseException("Breakdown", s, from, e.getMessage());
            }
            if (map.put(dimension, category) != null) {
                throw new TextParseException("Breakdown", s, from, "dimension " + dimension + " is given twice");
            }
            if (dimension.equals(BreakdownDimension.SEX.code()) && !category.equals("F") && !category.equals("M")) {
                throw new TextParseException("Breakdown", s, from + eq + 1, "sex must be F or M (omit SEX for the total)");
            }
            from = end + 1;
        }
        return new Breakdown(Collections.unmodifiableSortedMap(map));
    }

    private static String requireCategory(String category) {
        Objects.requireNonNull(category, "category");
        String c = Checks.nfc(category);
        if (c.isEmpty()) {
            throw new InvalidValueException("Breakdown.category", "''", "must not be empty");
        }
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (Character.isWhitespace(ch) || ch == '=' || ch == ';' || ch == ',') {
                throw new InvalidValueException("Breakdown.category", "'" + category + "'",
                        "must not contain white space, '=', ';' or ','");
            }
        }
        return c;
    }

    /**
     * Compares the categories of every dimension.
     *
     * @param other  the other object
     * @return true if both count the same categories
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Breakdown b && categories.equals(b.categories);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return categories.hashCode();
    }

    /**
     * Returns the text form that {@link #parse(CharSequence)} reads: {@code _T} or
     * {@code AGE_GROUP=15-24;SEX=F}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        if (categories.isEmpty()) {
            return TOTAL_TEXT;
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : categories.entrySet()) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }
}
