package io.github.binhdang.core.indicator;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.internal.Checks;
import java.util.Objects;

/**
 * A dimension by which an indicator's values are broken down (phân tổ): sex, age group, residence,
 * ethnicity, or a dimension an application defines.
 *
 * <p>A dimension is identified by its code; the set is open. The built-in dimensions are constants of
 * this class. Category codes within a dimension are free text chosen by the data (for {@link #SEX}:
 * {@code F} and {@code M}; for {@link #RESIDENCE}: {@code URBAN} and {@code RURAL}; for
 * {@link #ETHNICITY}: {@code KINH} and {@code MINORITY}; for {@link #AGE_GROUP}: ranges such as
 * {@code 15-24}).
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class BreakdownDimension {

    /** Sex (giới tính): categories {@code F} and {@code M}; the total is the absence of the dimension. */
    public static final BreakdownDimension SEX = new BreakdownDimension("SEX", BilingualText.of("Giới tính", "Sex"));
    /** Age group (nhóm tuổi), categories such as {@code 15-24} or {@code 65+}. */
    public static final BreakdownDimension AGE_GROUP =
            new BreakdownDimension("AGE_GROUP", BilingualText.of("Nhóm tuổi", "Age group"));
    /** Residence (thành thị/nông thôn): categories {@code URBAN} and {@code RURAL}. */
    public static final BreakdownDimension RESIDENCE =
            new BreakdownDimension("RESIDENCE", BilingualText.of("Thành thị/nông thôn", "Urban/rural residence"));
    /** Ethnicity (dân tộc): categories {@code KINH} and {@code MINORITY} (ethnic minorities). */
    public static final BreakdownDimension ETHNICITY =
            new BreakdownDimension("ETHNICITY", BilingualText.of("Dân tộc", "Ethnicity"));

    private final String code;
    private final BilingualText name;

    private BreakdownDimension(String code, BilingualText name) {
        this.code = code;
        this.name = name;
    }

    /**
     * Obtains a dimension that an application defines.
     *
     * @param code  the code, letters, digits, '.', '_' or '-', such as {@code "DISABILITY"}
     * @param name  the name in Vietnamese and English, not null
     * @return the dimension, not null
     * @throws io.github.binhdang.core.InvalidValueException if the code is empty or malformed
     */
    public static BreakdownDimension of(String code, BilingualText name) {
        Checks.requireCode("BreakdownDimension.code", code);
        Objects.requireNonNull(name, "name");
        return new BreakdownDimension(code, name);
    }

    /**
     * Returns the code that identifies the dimension, such as {@code "SEX"}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the name of the dimension in Vietnamese and English.
     *
     * @return the name, not null
     */
    public BilingualText name() {
        return name;
    }

    /**
     * Compares by code and name.
     *
     * @param other  the other object
     * @return true if both have the same code and name
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof BreakdownDimension d && code.equals(d.code) && name.equals(d.name);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return code.hashCode() * 31 + name.hashCode();
    }

    /**
     * Returns the code.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return code;
    }
}
