/**
 * Reporting periods and the reporting calendar.
 *
 * <p>{@link io.github.binhdang.core.period.ReportingPeriod} is a sealed interface over six kinds:
 * a year ({@code 2022}), a half-year ({@code 2022-S1}), a quarter ({@code 2022-Q3}), a month
 * ({@code 2022-M09}), a span of whole years such as a strategy phase ({@code 2021/2025}) and the
 * term of an elected body ({@code HDND:2016/2021}). Each is a closed range of calendar days with a
 * canonical text form that {@link io.github.binhdang.core.period.ReportingPeriod#parse(CharSequence)}
 * reads back, beside the SDMX and DHIS2 forms.
 *
 * <p>{@link io.github.binhdang.core.period.ReportingCalendar} turns a period into the days a report
 * covers: the calendar days for statistical reports, or the data cut-off window of Decree
 * 09/2019/NĐ-CP (15th of one month to the 14th of another) for administrative reports.
 * {@link io.github.binhdang.core.period.ReportingDeadline} says by when the figures of an annual report
 * are fixed and by when a provisional figure should be final, as for the provincial annual report on
 * the gender-equality goals.
 */
@NullMarked
package io.github.binhdang.core.period;

import org.jspecify.annotations.NullMarked;
