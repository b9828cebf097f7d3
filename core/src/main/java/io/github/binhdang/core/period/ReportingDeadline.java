package io.github.binhdang.core.period;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * By when the figures of a yearly report must be fixed, and by when a figure first sent as
 * provisional (sơ bộ) should have been replaced by a final one.
 *
 * <p>A figure for a period goes into the annual report of the year the period ends in: the figure for
 * {@code 2024}, {@code 2024-S2} or {@code 2021/2024} into the report for 2024. That report's figures are
 * fixed on its {@linkplain #cutOff(ReportingPeriod) cut-off date}, the last day of the year's window in
 * the {@linkplain #calendar() calendar}; a figure still provisional then should be final by the cut-off
 * of a later annual report, {@link #laterReports()} years on ({@link #finalBy(ReportingPeriod)}).
 *
 * <table class="striped">
 * <caption>{@link #GENDER_EQUALITY_ANNUAL}: administrative calendar, final one report later</caption>
 * <thead>
 * <tr><th scope="col">Period of the figure</th><th scope="col">Report</th><th scope="col">Cut-off</th>
 *     <th scope="col">Final by</th></tr>
 * </thead>
 * <tbody>
 * <tr><td>{@code 2024}</td><td>2024</td><td>2024-12-14</td><td>2025-12-14</td></tr>
 * <tr><td>{@code 2024-S1}</td><td>2024</td><td>2024-12-14</td><td>2025-12-14</td></tr>
 * <tr><td>{@code 2021/2025}</td><td>2025</td><td>2025-12-14</td><td>2026-12-14</td></tr>
 * </tbody>
 * </table>
 *
 * <p>Text form (for logs): {@code ReportingDeadline[ADMINISTRATIVE, final 1 annual report later]}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ReportingDeadline {

    /** The most annual reports after its own by which a figure may be allowed to become final. */
    public static final int MAX_LATER_REPORTS = 10;

    /**
     * The annual report on the national gender-equality goals that a provincial department (the
     * department in charge of gender equality) compiles for its province: figures fixed at the
     * administrative cut-off of 14 December of the reporting year, and final by the cut-off of the next
     * annual report, 14 December of the year after.
     *
     * <p>Sources ({@code reporting.md} and {@code reporting-additions.md}; CONFIRMED unless said):
     * <ul>
     * <li>Law 73/2006/QH11 on Gender Equality, Art. 25(1): the Government "hằng năm báo cáo Quốc hội về
     *     việc thực hiện mục tiêu quốc gia về bình đẳng giới" (Pháp điển 8.2.LQ.25); Decree 70/2008/NĐ-CP,
     *     Art. 13(1): the ministry in charge prepares that annual report (Pháp điển 8.2.NĐ.1.13). The
     *     ministry in charge was the Ministry of Labour, Invalids and Social Affairs and, by 28 March 2025
     *     (Official Letter 739/BNV-CTTN&amp;BĐG), the Ministry of Home Affairs.</li>
     * <li>The provincial department compiles its province's figures from the sector reports each year,
     *     and the ministry aggregates the provincial reports: Official Letter 2792/LĐTBXH-BĐG of
     *     20 August 2021 (guidance on collecting and reporting data for the 2021–2030 Strategy).</li>
     * <li>The cut-off: the annual window of Decree 09/2019/NĐ-CP, Art. 12(4), 15 December of the year
     *     before to 14 December of the reporting year ({@link ReportingCalendar#ADMINISTRATIVE}).</li>
     * <li>Timing of one cycle: the Government's report on 2024 is Report 102/BC-CP of 15 February 2025,
     *     supplemented by Report 300/BC-CP of 3 May 2025 after the National Assembly Standing Committee
     *     asked for more data (Notice 1230/TB-VPQH of 23 April 2025): the figures for a year are still
     *     being completed well into the next.</li>
     * </ul>
     *
     * <p>Derived by binhdang, not read in a source: that the report is an administrative report under
     * Decree 09/2019/NĐ-CP (a report of state administrative agencies, not a statistical report), and
     * that a figure provisional at its own report's cut-off is to be final by the next report's, the
     * report that follows the previous year up. UNCONFIRMED, and so not modelled: a fixed legal date
     * by which the provincial department sends its annual report to the ministry ({@code reporting.md},
     * §2: "the fixed legal deadline is UNCONFIRMED"). An application that knows its own deadline builds
     * it with {@link #ofAnnual(ReportingCalendar, int)}.
     */
    public static final ReportingDeadline GENDER_EQUALITY_ANNUAL = new ReportingDeadline(ReportingCalendar.ADMINISTRATIVE, 1);

    private final ReportingCalendar calendar;
    private final int laterReports;

    private ReportingDeadline(ReportingCalendar calendar, int laterReports) {
        this.calendar = calendar;
        this.laterReports = laterReports;
    }

    /**
     * Obtains the deadlines of an annual report in a calendar, whose provisional figures are to be final
     * a number of annual reports later: {@code ofAnnual(STATISTICAL, 0)} wants every figure final by
     * 31 December of its own year.
     *
     * @param calendar      the calendar whose annual window ends on the cut-off date, not null
     * @param laterReports  the number of annual reports after its own by whose cut-off a figure must be
     *                      final, from 0 to {@value #MAX_LATER_REPORTS}
     * @return the deadlines, not null
     * @throws InvalidValueException if {@code laterReports} is out of range
     */
    public static ReportingDeadline ofAnnual(ReportingCalendar calendar, int laterReports) {
        Objects.requireNonNull(calendar, "calendar");
        Checks.requireRange("ReportingDeadline.laterReports", laterReports, 0, MAX_LATER_REPORTS);
        return new ReportingDeadline(calendar, laterReports);
    }

    /**
     * Returns the calendar whose annual window gives the cut-off date.
     *
     * @return the calendar, not null
     */
    public ReportingCalendar calendar() {
        return calendar;
    }

    /**
     * Returns the number of annual reports after its own by whose cut-off a figure must be final.
     *
     * @return from 0 to {@value #MAX_LATER_REPORTS}; 1 for {@link #GENDER_EQUALITY_ANNUAL}
     */
    public int laterReports() {
        return laterReports;
    }

    /**
     * Returns the annual report a figure for a period goes into: that of the year the period ends in.
     * {@code 2024-Q3} and {@code 2024} go into the report for 2024, {@code HDND:2016/2021} into the report
     * for 2021.
     *
     * @param period  the period of the figure, not null
     * @return the year of the report, not null
     */
    public YearPeriod report(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        return YearPeriod.of(period.endYear());
    }

    /**
     * Returns the day the figures of the report a period goes into are fixed: the end of that year's
     * window in the calendar. For {@link #GENDER_EQUALITY_ANNUAL} and {@code 2024}: 2024-12-14.
     *
     * @param period  the period of the figure, not null
     * @return the cut-off date, not null
     */
    public LocalDate cutOff(ReportingPeriod period) {
        return calendar.cutOff(report(period));
    }

    /**
     * Returns the last day on which a figure for a period may still be provisional: the cut-off of the
     * annual report {@link #laterReports()} years after its own. For {@link #GENDER_EQUALITY_ANNUAL} and
     * {@code 2024}: 2025-12-14, so a figure for 2024 still provisional on 2025-12-15 is overdue.
     *
     * @param period  the period of the figure, not null
     * @return the deadline, included, not null; it may fall after the year 9999
     */
    public LocalDate finalBy(ReportingPeriod period) {
        // Each year's annual window ends on the same day of the year, so later reports are whole years on.
        return cutOff(period).plusYears(laterReports);
    }

    /**
     * Tells whether a figure for a period should be final on a day: whether the day is after
     * {@link #finalBy(ReportingPeriod)}.
     *
     * @param period  the period of the figure, not null
     * @param asOf    the day, not null
     * @return true if a provisional figure for the period is overdue on that day
     */
    public boolean isFinalDue(ReportingPeriod period, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return asOf.isAfter(finalBy(period));
    }

    /**
     * Compares calendar and number of later reports.
     *
     * @param other  the object to compare with, may be null
     * @return true if both give the same dates for every period
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ReportingDeadline d && d.calendar == calendar && d.laterReports == laterReports;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return calendar.ordinal() * 31 + laterReports;
    }

    /**
     * Returns a description, such as {@code ReportingDeadline[ADMINISTRATIVE, final 1 annual report later]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "ReportingDeadline[" + calendar + ", final " + laterReports + " annual report"
                + (laterReports == 1 ? "" : "s") + " later]";
    }
}
