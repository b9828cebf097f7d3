package io.github.binhdang.core.period;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The two calendars that decide which days a report for a {@link ReportingPeriod} covers: the
 * administrative calendar of Decree 09/2019/NĐ-CP and the statistical calendar of statistics law.
 *
 * <p>A statistical report ({@link #STATISTICAL}) covers the calendar days of its period. An
 * administrative report under Decree 09/2019/NĐ-CP ({@link #ADMINISTRATIVE}) covers a data cut-off
 * window (thời gian chốt số liệu) that starts on the 15th of a month and ends on the 14th, so that the
 * figures are ready when the reporting month closes. The same annual report for 2022 thus covers
 * 2022-01-01 to 2022-12-31 in one calendar and 2021-12-15 to 2022-12-14 in the other. Which calendar a
 * report follows depends on the regime it is made under, not on the indicator. Read by binhdang (derived,
 * not stated by a source): the gender statistics indicators of Circular 10/2019/TT-BKHĐT, compiled under
 * statistics law, follow the statistical calendar, and a department's annual report on the
 * gender-equality goals, an administrative report, follows the administrative one (see
 * {@link ReportingDeadline#GENDER_EQUALITY_ANNUAL}).
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
 * <tr><th scope="row">second half-year</th><td>15 June to 14 December</td>
 *     <td>{@code 2022-S2}: 2022-06-15 to 2022-12-14</td></tr>
 * <tr><th scope="row">year</th><td>15 December of the previous year to 14 December</td>
 *     <td>{@code 2022}: 2021-12-15 to 2022-12-14</td></tr>
 * <tr><th scope="row">span, term</th><td>window start of the first year to window end of the last year</td>
 *     <td>{@code 2021/2025}: 2020-12-15 to 2025-12-14</td></tr>
 * </tbody>
 * </table>
 *
 * <p>Sources of the administrative calendar, and what was and was not confirmed (checked against
 * secondary copies; the Decree's own text of Article 12 was not read):
 * <ul>
 * <li>Decree 09/2019/NĐ-CP of the Government, "Quy định về chế độ báo cáo của cơ quan hành chính
 *     nhà nước", Hà Nội, 24 January 2019. Its Art. 1(2)(a) excludes the statistical reporting
 *     regime under statistics law, which is why {@link #STATISTICAL} exists beside
 *     {@link #ADMINISTRATIVE}.</li>
 * <li>Article 12 of the Decree holds the cut-off windows: confirmed by citation in Circular
 *     55/2020/TT-BCT, Art. 8(1)(b) ("Báo cáo tháng, báo cáo quý I, quý III, báo cáo 06 tháng đầu năm,
 *     báo cáo năm thực hiện theo quy định tại Điều 12 Nghị định số 09/2019/NĐ-CP"), and its clause 4
 *     is the annual window, cited by Circular 02/2020/TT-BNNPTNT, Art. 5(2)(c) (both in the Pháp điển
 *     transcriptions read for {@code reporting-additions.md}, §1.1). A legal question-and-answer page
 *     quoting the Decree gives the heading of Article 12, "Thời gian chốt số liệu báo cáo trong chế độ
 *     báo cáo định kỳ", and its clause 1, the monthly window; Art. 8(5) states the principles for
 *     cut-off dates.</li>
 * <li>The annual wording, "từ ngày 15 tháng 12 năm trước kỳ báo cáo đến ngày 14 tháng 12 của kỳ báo
 *     cáo", is also confirmed in instruments that apply the same rule: Decree 70/2023/NĐ-CP (amending
 *     Art. 27 of a labour decree) and Circular 26/2025/TT-BNNMT, Art. 32(7)(c).</li>
 * <li>The monthly, quarterly and both six-month windows are confirmed as copied by an instrument
 *     built on the Decree, State Bank Circular 09/2019/TT-NHNN (summary on luatvietnam.vn, "Thời hạn
 *     nộp báo cáo định kỳ"): "06 tháng đầu năm tính từ ngày 15/12 năm trước kỳ báo cáo đến ngày 14/6
 *     của kỳ báo cáo; 06 tháng cuối năm từ ngày 15/6 đến ngày 14/12 của kỳ báo cáo đó". The same
 *     first-half and annual windows are read in aviation, labour, veterinary and drug-control circulars
 *     ({@code reporting-additions.md}, §1.2), and the quarterly one in Khánh Hòa Decision
 *     01/2023/QĐ-UBND, Art. 4. Earlier versions of binhdang refused the second half-year for want of
 *     this source.</li>
 * <li>Not modelled: the nine-month window (15 December to 14 September) that some provinces use, since
 *     there is no nine-month period kind; and the State Bank's fallback to the nearest date when figures
 *     cannot be cut off in time, which is not confirmed to be the Decree's.</li>
 * <li>Spans and terms are not in the Decree: their window is binhdang's composition of the annual
 *     rule, from the annual window start of the first year to the annual window end of the last.</li>
 * </ul>
 *
 * <p>Sources of the statistical calendar (both PARTIAL: read in summaries, not in the text): Decree
 * 60/2018/NĐ-CP on the national statistical reporting regime (month: 1st to last day of the month;
 * quarter: first day of its first month to last day of its third; six months: 1 January to 30 June;
 * year: 1 January to 31 December; education reports by school year), summary on thukyluat.vn; and
 * Circular 20/2024/TT-BKHĐT of 13 November 2024, in force 1 January 2025 (periods by calendar date:
 * month, quarter, six months, nine months, year, crop season, ad hoc).
 *
 * <p>Not modelled in the statistical calendar, for want of a source that gives their days: school
 * years (năm học) and crop seasons. Decree 60/2018/NĐ-CP has education report by school year, but no
 * source read gives a first and last day of a school year: the education sector's statistical reports
 * are taken on report dates (30 September for the start of a school year, 31 May for its end, under
 * Circular 24/2018/TT-BGDĐT as a news summary gives it, Giáo dục và Thời đại, 11 January 2019; not yet
 * in the reference files), and the dates of teaching change every year with the Ministry's plan. So
 * there is no school-year period kind; an application records a school-year figure under a
 * {@link YearPeriod}, such as the year of its report date, and says so in the observation's note.
 *
 * @implSpec This enum is immutable and thread-safe.
 */
public enum ReportingCalendar {

    /**
     * The administrative calendar: the data cut-off windows of Decree 09/2019/NĐ-CP, Art. 12, for the
     * periodic reports of state administrative agencies, from the 15th of one month to the 14th of
     * another, for months, quarters, both half-years and years. See the class description.
     */
    ADMINISTRATIVE,

    /**
     * The statistical calendar: the calendar days of the period, {@link ReportingPeriod#start()} to
     * {@link ReportingPeriod#end()}, for calendar months, quarters, half-years, years, spans and terms, as
     * in the statistical reporting regimes of Decree 60/2018/NĐ-CP and Circular 20/2024/TT-BKHĐT, which
     * Decree 09/2019/NĐ-CP does not govern (its Art. 1(2)(a)).
     */
    STATISTICAL;

    private static final int FIRST_DAY = 15;
    private static final int LAST_DAY = 14;

    /**
     * Returns the days whose data a report for a period covers in this calendar.
     *
     * <p>{@code ADMINISTRATIVE.cutOffWindow(YearPeriod.of(2022))} is 2021-12-15 to 2022-12-14;
     * {@code STATISTICAL.cutOffWindow(YearPeriod.of(2022))} is 2022-01-01 to 2022-12-31. Every period
     * has a window in both calendars: {@code ADMINISTRATIVE.cutOffWindow(HalfYearPeriod.of(2022, 2))} is
     * 2022-06-15 to 2022-12-14.
     *
     * @param period  the reporting period, not null
     * @return the window, both ends included, not null
     */
    public DateRange cutOffWindow(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        if (this == STATISTICAL) {
            return period.toDateRange();
        }
        return switch (period.kind()) {
            case YEAR -> annual(period.startYear(), period.startYear());
            case SPAN, TERM -> annual(period.startYear(), period.endYear());
            case HALF_YEAR -> half((HalfYearPeriod) period);
            case QUARTER, MONTH -> window(period.start(), period.end().getMonthValue());
        };
    }

    /**
     * Returns the data cut-off date of a report for a period in this calendar: the last day of its
     * {@linkplain #cutOffWindow(ReportingPeriod) window}, when the report's figures are fixed.
     *
     * <p>{@code ADMINISTRATIVE.cutOff(YearPeriod.of(2024))} is 2024-12-14;
     * {@code STATISTICAL.cutOff(YearPeriod.of(2024))} is 2024-12-31.
     *
     * @param period  the reporting period, not null
     * @return the last day of the window, not null
     */
    public LocalDate cutOff(ReportingPeriod period) {
        return cutOffWindow(period).end();
    }

    private static DateRange annual(int firstYear, int lastYear) {
        return new DateRange(LocalDate.of(firstYear - 1, 12, FIRST_DAY), LocalDate.of(lastYear, 12, LAST_DAY));
    }

    /** First half: 15 December of the year before to 14 June; second half: 15 June to 14 December. */
    private static DateRange half(HalfYearPeriod period) {
        int year = period.year();
        return period.half() == 1
                ? new DateRange(LocalDate.of(year - 1, 12, FIRST_DAY), LocalDate.of(year, 6, LAST_DAY))
                : new DateRange(LocalDate.of(year, 6, FIRST_DAY), LocalDate.of(year, 12, LAST_DAY));
    }

    /** From the 15th of the month before {@code start} to the 14th of {@code lastMonth} of the same year. */
    private static DateRange window(LocalDate start, int lastMonth) {
        return new DateRange(start.withDayOfMonth(FIRST_DAY).minusMonths(1),
                LocalDate.of(start.getYear(), lastMonth, LAST_DAY));
    }
}
