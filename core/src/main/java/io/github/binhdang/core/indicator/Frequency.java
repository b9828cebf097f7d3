package io.github.binhdang.core.indicator;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.period.PeriodKind;

/**
 * How often an indicator is produced (kỳ công bố), and so which kind of period its values cover.
 */
public enum Frequency {
    /** Every month. */
    MONTHLY(PeriodKind.MONTH, BilingualText.of("Tháng", "Monthly")),
    /** Every quarter. */
    QUARTERLY(PeriodKind.QUARTER, BilingualText.of("Quý", "Quarterly")),
    /** Every six months. */
    HALF_YEARLY(PeriodKind.HALF_YEAR, BilingualText.of("6 tháng", "Half-yearly")),
    /** Every year. */
    ANNUAL(PeriodKind.YEAR, BilingualText.of("Năm", "Annual")),
    /** Every two years (a year's value, produced every other year). */
    BIENNIAL(PeriodKind.YEAR, BilingualText.of("2 năm", "Every two years")),
    /** Every five years, such as an intercensal survey. */
    FIVE_YEARLY(PeriodKind.YEAR, BilingualText.of("5 năm", "Every five years")),
    /** Every ten years, such as a census. */
    TEN_YEARLY(PeriodKind.YEAR, BilingualText.of("10 năm", "Every ten years")),
    /** Once per term of an elected body. */
    PER_TERM(PeriodKind.TERM, BilingualText.of("Nhiệm kỳ", "Per term"));

    private final PeriodKind periodKind;
    private final BilingualText title;

    Frequency(PeriodKind periodKind, BilingualText title) {
        this.periodKind = periodKind;
        this.title = title;
    }

    /**
     * Returns the kind of period that one value covers: a year for annual and less frequent series.
     *
     * @return the period kind, not null
     */
    public PeriodKind periodKind() {
        return periodKind;
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
