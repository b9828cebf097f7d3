package io.github.binhdang.core.indicator;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Codes;
import io.github.binhdang.core.period.PeriodKind;
import java.util.Optional;

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
    PER_TERM(PeriodKind.TERM, BilingualText.of("Nhiệm kỳ", "Per term")),
    /**
     * At the start of each term of an elected body or Party committee (đầu mỗi nhiệm kỳ): one value per
     * term, counted when the term begins, as the national statistical indicator "Tỷ lệ nữ tham gia cấp
     * ủy đảng" is published (GSO indicator metadata, gso.gov.vn/du-lieu-dac-ta/2019/12).
     */
    TERM_START(PeriodKind.TERM, BilingualText.of("Đầu mỗi nhiệm kỳ", "At the start of each term"));

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

    /**
     * Obtains the frequency with a code, the name of its constant: {@code of("ANNUAL")} is
     * {@link #ANNUAL}. The match is exact.
     *
     * @param code  the code, such as {@code ANNUAL}, not null
     * @return the frequency, not null
     * @throws InvalidValueException if no frequency has that code; the message lists the codes
     */
    public static Frequency of(String code) {
        return Codes.of("Frequency.code", values(), Frequency::name, code);
    }

    /**
     * Finds the frequency with a code, the name of its constant; the match is exact.
     *
     * @param code  the code, such as {@code ANNUAL}, not null
     * @return the frequency, or empty if none has that code
     */
    public static Optional<Frequency> find(String code) {
        return Codes.find(values(), Frequency::name, code);
    }
}
