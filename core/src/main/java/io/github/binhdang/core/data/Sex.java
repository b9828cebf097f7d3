package io.github.binhdang.core.data;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Codes;
import java.util.Optional;

/**
 * The sex category of a breakdown: female, male, or both together.
 *
 * <p>Codes follow SDMX: {@code F}, {@code M} and {@code _T} for the total. {@link #of(String)}
 * obtains the sex for its code and fails on any other text, {@link #find(String)} tells whether a code
 * is one, and {@link #parse(String)} reads what people write in a table ({@code Nữ}, {@code male}).
 */
public enum Sex {
    /** Women and girls (nữ). */
    FEMALE("F", BilingualText.of("Nữ", "Female")),
    /** Men and boys (nam). */
    MALE("M", BilingualText.of("Nam", "Male")),
    /** Both sexes together (tổng số). */
    TOTAL("_T", BilingualText.of("Tổng số", "Total"));

    private static final Sex[] VALUES = values();

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
     * Obtains the sex for its code, exactly as written: {@code "F"} is {@link #FEMALE}.
     *
     * @param code  {@code F}, {@code M} or {@code _T}, not null
     * @return the sex, not null
     * @throws InvalidValueException if the code is none of these; the message lists the codes
     */
    public static Sex of(String code) {
        return Codes.of("Sex.code", VALUES, Sex::code, code);
    }

    /**
     * Finds the sex for its code, exactly as written: {@code "M"} gives {@link #MALE}, {@code "m"} and
     * {@code "Nam"} nothing (see {@link #parse(String)} for those).
     *
     * @param code  the code, not null
     * @return the sex, or empty if the code is not {@code F}, {@code M} or {@code _T}
     */
    public static Optional<Sex> find(String code) {
        return Codes.find(VALUES, Sex::code, code);
    }

    /**
     * Reads a sex as people write it in a table: its code, or its Vietnamese or English name, in any
     * case, in any Unicode form, with blanks around ignored. {@code "F"}, {@code "f"}, {@code "Nữ"},
     * {@code "nữ"}, {@code "NỮ"} and {@code "female"} all give {@link #FEMALE}; {@code "Tổng số"} and
     * {@code "_t"} give {@link #TOTAL}.
     *
     * @param text  the text, not null
     * @return the sex, not null
     * @throws InvalidValueException if the text names no sex; the message gives the codes and names
     */
    public static Sex parse(String text) {
        return Codes.findWritten(VALUES, Sex::code, Sex::title, text).orElseThrow(() -> new InvalidValueException(
                "Sex", "'" + text + "'", "is not a sex: use F, M or _T (or Nữ, Nam, Tổng số)"));
    }
}
