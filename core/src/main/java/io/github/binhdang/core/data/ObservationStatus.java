package io.github.binhdang.core.data;

import io.github.binhdang.core.BilingualText;

/**
 * How final a reported value is.
 */
public enum ObservationStatus {
    /** Final, as published (chính thức). */
    FINAL(BilingualText.of("chính thức", "final")),
    /** Provisional: may still be revised (sơ bộ). */
    PROVISIONAL(BilingualText.of("sơ bộ", "provisional")),
    /** Estimated rather than counted or surveyed (ước tính). */
    ESTIMATED(BilingualText.of("ước tính", "estimated"));

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
}
