package io.github.binhdang.core.indicator;

import io.github.binhdang.core.BilingualText;

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
}
