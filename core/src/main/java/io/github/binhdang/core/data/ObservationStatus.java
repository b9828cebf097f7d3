package io.github.binhdang.core.data;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Codes;
import java.util.Optional;

/**
 * How final a reported value is.
 *
 * <p>The code of a status is its name, {@code FINAL}, {@code PROVISIONAL}, {@code ESTIMATED} or
 * {@code NOT_GIVEN}, as the
 * JSON and CSV writers write it. {@link #of(String)} obtains the status for its code and fails on any
 * other text, {@link #find(String)} tells whether a code is one, and {@link #parse(String)} reads what
 * people write in a table ({@code sơ bộ}, {@code final}).
 */
public enum ObservationStatus {
    /** Final, as published (chính thức). */
    FINAL(BilingualText.of("chính thức", "final")),
    /** Provisional: may still be revised (sơ bộ). */
    PROVISIONAL(BilingualText.of("sơ bộ", "provisional")),
    /** Estimated rather than counted or surveyed (ước tính). */
    ESTIMATED(BilingualText.of("ước tính", "estimated")),
    // Issue 19 (csvpeople): a status left empty is not taken for final.
    /**
     * Not given: the source has a place for the status and left it empty (không ghi), as an empty cell
     * of a CSV file's {@code status} column. Not taken for {@link #FINAL}; the rule
     * {@code status.given} reports it, and can be made to require a status.
     */
    NOT_GIVEN(BilingualText.of("không ghi", "not given"));

    private static final ObservationStatus[] VALUES = values();

    private final BilingualText title;

    ObservationStatus(BilingualText title) {
        this.title = title;
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
     * Obtains the status for its code, exactly as written: {@code "PROVISIONAL"} is
     * {@link #PROVISIONAL}.
     *
     * @param code  {@code FINAL}, {@code PROVISIONAL} or {@code ESTIMATED}, not null
     * @return the status, not null
     * @throws InvalidValueException if the code is none of these; the message lists the codes
     */
    public static ObservationStatus of(String code) {
        return Codes.of("ObservationStatus.code", VALUES, ObservationStatus::name, code);
    }

    /**
     * Finds the status for its code, exactly as written: {@code "ESTIMATED"} gives {@link #ESTIMATED},
     * {@code "estimated"} and {@code "ước tính"} nothing (see {@link #parse(String)} for those).
     *
     * @param code  the code, not null
     * @return the status, or empty if the code is not {@code FINAL}, {@code PROVISIONAL} or
     *         {@code ESTIMATED}
     */
    public static Optional<ObservationStatus> find(String code) {
        return Codes.find(VALUES, ObservationStatus::name, code);
    }

    /**
     * Reads a status as people write it in a table: its code, or its Vietnamese or English name, in
     * any case, in any Unicode form, with blanks around ignored. {@code "PROVISIONAL"},
     * {@code "provisional"}, {@code "sơ bộ"} and {@code "Sơ bộ"} all give {@link #PROVISIONAL};
     * {@code "chính thức"} gives {@link #FINAL}.
     *
     * @param text  the text, not null
     * @return the status, not null
     * @throws InvalidValueException if the text names no status; the message gives the codes and names
     */
    public static ObservationStatus parse(String text) {
        return Codes.findWritten(VALUES, ObservationStatus::name, ObservationStatus::title, text)
                .orElseThrow(() -> new InvalidValueException("ObservationStatus", "'" + text + "'",
                        "is not a status: use FINAL, PROVISIONAL or ESTIMATED (or chính thức, sơ bộ, ước tính)"));
    }
}
