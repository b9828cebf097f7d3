package io.github.binhdang.core.period;

import io.github.binhdang.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The calendars that decide which days a report for a {@link ReportingPeriod} covers.
 *
 * <p>A statistical report covers the calendar days of its period. An administrative report under
 * Decree 09/2019/NĐ-CP covers a data cut-off window (thời gian chốt số liệu) that starts on the
 * 15th of a month and ends on the 14th, so that the figures are ready when the reporting month
 * closes. The same annual report for 2022 thus covers 2022-01-01 to 2022-12-31 in one calendar and
 * 2021-12-15 to 2022-12-14 in the other.
 *
 * <table class="striped">
 * <caption>Cut-off windows of the administrative calendar</caption>
 * <thead>
 * <tr><th scope="col">Period</th><th scope="col">Window</th><th scope="col">Example</th></tr>
 * </thead>
 * <tbody>
 * <tr><th scope="row">month</th><td>15th of the previous month to the 14th of the month</td>
 *     <td>{@code 2022-M07}: 2022-06-15 to 2022-07-14</td></tr>
 * <tr><th scope="row">quarter</th><td>15th of the month before the quarter to the 14th of its last month</td>
 *     <td>{@code 2022-Q1}: 2021-12-15 to 2022-03-14</td></tr>
 * <tr><th scope="row">first half-year</th><td>15 December of the previous year to 14 June</td>
 *     <td>{@code 2022-S1}: 2021-12-15 to 2022-06-14</td></tr>
 * <tr><th scope="row">second half-year</th><td>refused, see below</td><td>{@code 2022-S2}: none</td></tr>
 * <tr><th scope="row">year</th><td>15 December of the previous year to 14 December</td>
 *     <td>{@code 2022}: 2021-12-15 to 2022-12-14</td></tr>
 * <tr><th scope="row">span, term</th><td>window start of the first year to window end of the last year</td>
 *     <td>{@code 2021/2025}: 2020-12-15 to 2025-12-14</td></tr>
 * </tbody>
 * </table>
 *
 * <p>Sources, and what was and was not confirmed (checked against
 * secondary copies; the Decree's own text was not read in full):
 * <ul>
 * <li>Decree 09/2019/NĐ-CP of the Government, "Quy định về chế độ báo cáo của cơ quan hành chính
 *     nhà nước", Hà Nội, 24 January 2019. Its Art. 1(2)(a) excludes the statistical reporting
 *     regime under statistics law, which is why {@link #STATISTICAL} exists beside
 *     {@link #ADMINISTRATIVE}.</li>
 * <li>Confirmed from a legal question-and-answer page quoting the Decree: Article 12 is headed
 *     "Thời gian chốt số liệu báo cáo trong chế độ báo cáo định kỳ"; its clause 1 sets the
 *     monthly window (15th of the previous month to the 14th of the reporting month) and its
 *     clause 4 the annual window (15 December of the year before to 14 December). Art. 8(5)
 *     states the principles for cut-off dates.</li>
 * <li>The annual wording is also confirmed in instruments that apply the same rule: Decree
 *     70/2023/NĐ-CP (amending Art. 27 of a labour decree) and Circular 26/2025/TT-BNNMT,
 *     Art. 32(7)(c).</li>
 * <li>The quarterly and first-half-year windows are confirmed only as repeated in instruments
 *     built on the Decree (Khánh Hòa Decision 01/2023/QĐ-UBND, Art. 4; State Bank Circular
 *     09/2019/TT-NHNN), not in the Decree's own clauses 2 and 3, which were not read.</li>
 * <li>Unconfirmed: that the Decree sets no window for the second half-year. binhdang refuses
 *     {@code 2022-S2} on that reading. Note that Circular 09/2019/TT-NHNN does set one of its own
 *     (15 June to 14 December); check Art. 12(3) of the Decree before relying on the refusal.</li>
 * <li>Spans and terms are not in the Decree: their window is binhdang's composition of the annual
 *     rule, from the annual window start of the first year to the annual window end of the last.</li>
 * </ul>
 */
public enum ReportingCalendar {

    /**
     * The data cut-off windows of Decree 09/2019/NĐ-CP, Art. 12, for reports of state administrative
     * agencies: from the 15th of one month to the 14th of another. See the class description.
     */
    ADMINISTRATIVE,

    /**
     * The calendar days of the period, {@link ReportingPeriod#start()} to {@link ReportingPeriod#end()},
     * as in statistical reporting regimes, which Decree 09/2019/NĐ-CP does not govern.
     */
    STATISTICAL;

    private static final int FIRST_DAY = 15;
    private static final int LAST_DAY = 14;

    /**
     * Returns the days whose data a report for a period covers in this calendar.
     *
     * <p>{@code ADMINISTRATIVE.cutOffWindow(YearPeriod.of(2022))} is 2021-12-15 to 2022-12-14;
     * {@code STATISTICAL.cutOffWindow(YearPeriod.of(2022))} is 2022-01-01 to 2022-12-31.
     *
     * @param period  the reporting period, not null
     * @return the window, both ends included, not null
     * @throws InvalidValueException if the calendar has no window for the period: the second
     *         half-year in the {@link #ADMINISTRATIVE} calendar
     */
    public DateRange cutOffWindow(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        if (this == STATISTICAL) {
            return period.toDateRange();
        }
        return switch (period.kind()) {
            case YEAR -> annual(period.startYear(), period.startYear());
            case SPAN, TERM -> annual(period.startYear(), period.endYear());
            case HALF_YEAR -> firstHalf((HalfYearPeriod) period);
            case QUARTER, MONTH -> window(period.start(), period.end().getMonthValue());
        };
    }

    private static DateRange annual(int firstYear, int lastYear) {
        return new DateRange(LocalDate.of(firstYear - 1, 12, FIRST_DAY), LocalDate.of(lastYear, 12, LAST_DAY));
    }

    private static DateRange firstHalf(HalfYearPeriod period) {
        if (period.half() != 1) {
            throw new InvalidValueException("ReportingCalendar.period", period,
                    "has no administrative cut-off window: Decree 09/2019/NĐ-CP sets the six-month window"
                            + " for the first half-year only");
        }
        return new DateRange(LocalDate.of(period.year() - 1, 12, FIRST_DAY), LocalDate.of(period.year(), 6, LAST_DAY));
    }

    /** From the 15th of the month before {@code start} to the 14th of {@code lastMonth} of the same year. */
    private static DateRange window(LocalDate start, int lastMonth) {
        return new DateRange(start.withDayOfMonth(FIRST_DAY).minusMonths(1),
                LocalDate.of(start.getYear(), lastMonth, LAST_DAY));
    }
}
