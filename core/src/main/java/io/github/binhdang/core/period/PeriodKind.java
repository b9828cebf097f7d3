package io.github.binhdang.core.period;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Codes;
import java.util.Optional;

/**
 * The kinds of {@link ReportingPeriod}, one for each permitted implementation.
 *
 * <p>The declaration order is the order {@link ReportingPeriod#compareTo(ReportingPeriod)} uses
 * when two periods share their first and last day (a span and a term over the same years).
 */
public enum PeriodKind {

    /** A calendar year ({@link YearPeriod}), text form {@code 2022}. */
    YEAR(BilingualText.of("năm", "year")),

    /** A half-year ({@link HalfYearPeriod}), text form {@code 2022-S1}. */
    HALF_YEAR(BilingualText.of("6 tháng", "half-year")),

    /** A calendar quarter ({@link QuarterPeriod}), text form {@code 2022-Q3}. */
    QUARTER(BilingualText.of("quý", "quarter")),

    /** A calendar month ({@link MonthPeriod}), text form {@code 2022-M09}. */
    MONTH(BilingualText.of("tháng", "month")),

    /** A span of two or more whole years, such as a phase ({@link SpanPeriod}), text form {@code 2021/2025}. */
    SPAN(BilingualText.of("giai đoạn", "span of years")),

    /** The term of an elected body ({@link TermPeriod}), text form {@code HDND:2016/2021}. */
    TERM(BilingualText.of("nhiệm kỳ", "term"));

    private final BilingualText title;

    PeriodKind(BilingualText title) {
        this.title = title;
    }

    /**
     * Returns the name of the kind, in Vietnamese and English, as messages put it in a sentence:
     * {@code năm} / {@code year}, {@code 6 tháng} / {@code half-year}, {@code quý} / {@code quarter},
     * {@code tháng} / {@code month}, {@code giai đoạn} / {@code span of years}, {@code nhiệm kỳ} /
     * {@code term}.
     *
     * @return the name, lower case, not null
     */
    public BilingualText title() {
        return title;
    }

    /**
     * Obtains the kind of period with a code, the name of its constant: {@code of("QUARTER")} is
     * {@link #QUARTER}. The match is exact.
     *
     * @param code  the code, such as {@code QUARTER}, not null
     * @return the kind of period, not null
     * @throws InvalidValueException if no kind of period has that code; the message lists the codes
     */
    public static PeriodKind of(String code) {
        return Codes.of("PeriodKind.code", values(), PeriodKind::name, code);
    }

    /**
     * Finds the kind of period with a code, the name of its constant; the match is exact.
     *
     * @param code  the code, such as {@code QUARTER}, not null
     * @return the kind of period, or empty if none has that code
     */
    public static Optional<PeriodKind> find(String code) {
        return Codes.find(values(), PeriodKind::name, code);
    }
}
