package io.github.binhdang.core.data;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;

/**
 * The sex category of a breakdown: female, male, or both together.
 *
 * <p>Codes follow SDMX: {@code F}, {@code M} and {@code _T} for the total.
 */
public enum Sex {
    /** Women and girls (nữ). */
    FEMALE("F", BilingualText.of("Nữ", "Female")),
    /** Men and boys (nam). */
    MALE("M", BilingualText.of("Nam", "Male")),
    /** Both sexes together (tổng số). */
    TOTAL("_T", BilingualText.of("Tổng số", "Total"));

    private final String code;
    private final BilingualText title;

    Sex(String code, BilingualText title) {
        this.code = code;
        this.title = title;
    }

    /**
     * Returns the SDMX code: {@code F}, {@code M} or {@code _T}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the name in Vietnamese and English.
     *
     * @return the title, not null
     */
    public BilingualText title() {
        return title;
    }

    /**
     * Obtains the sex for a code.
     *
     * @param code  {@code F}, {@code M} or {@code _T}
     * @return the sex, not null
     * @throws InvalidValueException if the code is none of these
     */
    public static Sex ofCode(String code) {
        for (Sex sex : values()) {
            if (sex.code.equals(code)) {
                return sex;
            }
        }
        throw new InvalidValueException("Sex.code", "'" + code + "'", "must be F, M or _T");
    }
}
