package io.github.binhdang.core.indicator;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Codes;
import java.util.Optional;

/**
 * The field of social life (lĩnh vực) that an objective or indicator belongs to, as the national
 * strategies on gender equality divide them.
 */
public enum Domain {
    /** Politics: leadership and elected bodies (chính trị). */
    POLITICS(BilingualText.of("Chính trị", "Politics")),
    /** Economy and labour (kinh tế, lao động). */
    ECONOMY_LABOUR(BilingualText.of("Kinh tế, lao động", "Economy and labour")),
    /** Family life and gender-based violence (đời sống gia đình, bạo lực trên cơ sở giới). */
    FAMILY_GBV(BilingualText.of("Đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            "Family life and gender-based violence")),
    /** Health (y tế). */
    HEALTH(BilingualText.of("Y tế", "Health")),
    /** Education and training (giáo dục, đào tạo). */
    EDUCATION(BilingualText.of("Giáo dục, đào tạo", "Education and training")),
    /** Information, communication and culture (thông tin, truyền thông, văn hóa). */
    INFORMATION_COMMUNICATION(BilingualText.of("Văn hóa, thông tin, truyền thông",
            "Culture, information and communication")),
    /** State management of gender equality: capacity, staff, budgets (quản lý nhà nước về bình đẳng giới). */
    STATE_MANAGEMENT(BilingualText.of("Quản lý nhà nước về bình đẳng giới",
            "State management of gender equality"));

    private final BilingualText title;

    Domain(BilingualText title) {
        this.title = title;
    }

    /**
     * Returns the name of the domain in Vietnamese and English.
     *
     * @return the title, not null
     */
    public BilingualText title() {
        return title;
    }

    /**
     * Obtains the domain with a code, the name of its constant: {@code of("POLITICS")} is
     * {@link #POLITICS}. The match is exact.
     *
     * @param code  the code, such as {@code POLITICS}, not null
     * @return the domain, not null
     * @throws InvalidValueException if no domain has that code; the message lists the codes
     */
    public static Domain of(String code) {
        return Codes.of("Domain.code", values(), Domain::name, code);
    }

    /**
     * Finds the domain with a code, the name of its constant; the match is exact.
     *
     * @param code  the code, such as {@code POLITICS}, not null
     * @return the domain, or empty if none has that code
     */
    public static Optional<Domain> find(String code) {
        return Codes.find(values(), Domain::name, code);
    }
}
