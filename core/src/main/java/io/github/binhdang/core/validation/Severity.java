package io.github.binhdang.core.validation;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Codes;
import java.util.Optional;

/**
 * How serious a finding is. Only errors stop a submission from being accepted.
 */
public enum Severity {
    /** The data is wrong and cannot be accepted as it is (lỗi). */
    ERROR(BilingualText.of("Lỗi", "Error")),
    /** The data is accepted but looks doubtful and should be checked (cảnh báo). */
    WARNING(BilingualText.of("Cảnh báo", "Warning")),
    /** Something worth knowing that needs no action (thông tin). */
    INFO(BilingualText.of("Thông tin", "Information"));

    private final BilingualText title;

    Severity(BilingualText title) {
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
     * Obtains the severity with a code, the name of its constant: {@code of("WARNING")} is
     * {@link #WARNING}. The match is exact.
     *
     * @param code  the code, such as {@code WARNING}, not null
     * @return the severity, not null
     * @throws InvalidValueException if no severity has that code; the message lists the codes
     */
    public static Severity of(String code) {
        return Codes.of("Severity.code", values(), Severity::name, code);
    }

    /**
     * Finds the severity with a code, the name of its constant; the match is exact.
     *
     * @param code  the code, such as {@code WARNING}, not null
     * @return the severity, or empty if none has that code
     */
    public static Optional<Severity> find(String code) {
        return Codes.find(values(), Severity::name, code);
    }
}
