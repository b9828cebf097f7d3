package io.github.binhdang.core.period;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Codes;
import java.util.Optional;

/**
 * The bodies whose term (nhiệm kỳ) can serve as a reporting period, each with the short code used
 * in the text form of a {@link TermPeriod} ({@code HDND:2016/2021}).
 *
 * <p>Indicators on women's representation are reported per term: the share of women among the
 * deputies of the National Assembly or of People's Councils, or among members of party committees.
 */
public enum TermBody {

    /** A People's Council (Hội đồng nhân dân) at any level; code {@code HDND}. */
    PEOPLES_COUNCIL("HDND", BilingualText.of("Hội đồng nhân dân", "People's Council")),

    /** The National Assembly (Quốc hội); code {@code QH}. */
    NATIONAL_ASSEMBLY("QH", BilingualText.of("Quốc hội", "National Assembly")),

    /** A party committee (cấp ủy Đảng) at any level; code {@code CAPUY}. */
    PARTY_COMMITTEE("CAPUY", BilingualText.of("Cấp ủy Đảng", "Party committee"));

    private final String code;
    private final BilingualText title;

    TermBody(String code, BilingualText title) {
        this.code = code;
        this.title = title;
    }

    /**
     * Returns the short code used in text forms: {@code HDND}, {@code QH} or {@code CAPUY}.
     *
     * @return the code, upper case, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the name of the body in Vietnamese and English.
     *
     * @return the title, not null
     */
    public BilingualText title() {
        return title;
    }

    /**
     * Obtains the body with a code: {@code of("HDND")} is {@link #PEOPLES_COUNCIL}. The match is exact:
     * codes are upper case.
     *
     * @param code  the code, {@code HDND}, {@code QH} or {@code CAPUY}, not null
     * @return the body, not null
     * @throws InvalidValueException if no body has that code; the message lists the codes
     */
    public static TermBody of(String code) {
        return Codes.of("TermBody.code", values(), TermBody::code, code);
    }

    /**
     * Finds the body with a code; the match is exact.
     *
     * @param code  the code, such as {@code HDND}, not null
     * @return the body, or empty if none has that code
     */
    public static Optional<TermBody> find(String code) {
        return Codes.find(values(), TermBody::code, code);
    }
}
