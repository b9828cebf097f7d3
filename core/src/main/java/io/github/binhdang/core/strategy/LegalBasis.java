package io.github.binhdang.core.strategy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The legal document that adopts a strategy or plan: its number, issuer and date, such as
 * Resolution 28/NQ-CP of the Government, 3 March 2021.
 *
 * @param documentNumber  the document's number as published, such as {@code 28/NQ-CP}, not blank
 * @param issuer          who issued it, such as "Chính phủ" / "Government", not null
 * @param date            the date it was signed, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record LegalBasis(String documentNumber, BilingualText issuer, LocalDate date) {

    /**
     * Checks the parts.
     *
     * @param documentNumber  the document number, not blank
     * @param issuer          the issuer, not null
     * @param date            the date, not null
     * @throws io.github.binhdang.core.InvalidValueException if the number is blank
     */
    public LegalBasis {
        documentNumber = Checks.requireText("LegalBasis.documentNumber", documentNumber);
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(date, "date");
    }
}
