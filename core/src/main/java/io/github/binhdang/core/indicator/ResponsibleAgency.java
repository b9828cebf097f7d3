package io.github.binhdang.core.indicator;

import io.github.binhdang.core.BilingualText;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The agency responsible for an indicator from a date on, until the date of the next one: a dated value,
 * because responsibility moves when ministries merge. For gender equality, the Ministry of Labour,
 * Invalids and Social Affairs (Bộ Lao động - Thương binh và Xã hội) held it until 2025 and the Ministry of
 * Home Affairs (Bộ Nội vụ) holds it after; an indicator lists both, each with the date it took over
 * ({@link Indicator#agencies()}, {@link Indicator#agencyOn(LocalDate)}).
 *
 * @param name  the agency's name in Vietnamese and English, not null
 * @param from  the first day it is responsible (inclusive), not null
 * @implSpec This record is immutable and thread-safe.
 */
public record ResponsibleAgency(BilingualText name, LocalDate from) {

    /**
     * Checks both parts.
     *
     * @param name  the agency's name, not null
     * @param from  the first day it is responsible, not null
     */
    public ResponsibleAgency {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
    }

    /**
     * Obtains an agency responsible from a date.
     *
     * @param name  the agency's name, not null
     * @param from  the first day it is responsible, not null
     * @return the dated agency, not null
     */
    public static ResponsibleAgency of(BilingualText name, LocalDate from) {
        return new ResponsibleAgency(name, from);
    }

    /**
     * Returns the date and the English name, such as {@code 2025-03-28 Ministry of Home Affairs}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return from + " " + name.en();
    }
}
