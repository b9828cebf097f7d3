package io.github.binhdang.core.validation;

import io.github.binhdang.core.BilingualText;

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
}
