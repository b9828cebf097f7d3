package io.github.binhdang.serialization.dhis2;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.TextParseException;
import io.github.binhdang.core.period.HalfYearPeriod;
import io.github.binhdang.core.period.MonthPeriod;
import io.github.binhdang.core.period.QuarterPeriod;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.period.TermPeriod;
import io.github.binhdang.core.period.YearPeriod;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DHIS2's period identifiers and the model's reporting periods.
 *
 * <p>Source: DHIS2 Developer Manual, "Date and period format" (docs.dhis2.org, section Web API,
 * table of period formats), and dhis2-core's {@code org.hisp.dhis.period} period types
 * ({@code YearlyPeriodType}, {@code SixMonthlyPeriodType}, {@code QuarterlyPeriodType},
 * {@code MonthlyPeriodType}, {@code FinancialJulyPeriodType}, {@code WeeklyPeriodType},
 * {@code BiWeeklyPeriodType}, {@code BiMonthlyPeriodType}, …). Those identifiers the model can hold
 * are read as the same days:
 * <table class="striped">
 * <caption>DHIS2 periods read</caption>
 * <thead><tr><th scope="col">DHIS2 type</th><th scope="col">Form</th><th scope="col">Example</th>
 *     <th scope="col">Read as</th></tr></thead>
 * <tbody>
 * <tr><td>Yearly</td><td>{@code yyyy}</td><td>{@code 2022}</td><td>{@code 2022}</td></tr>
 * <tr><td>SixMonthly</td><td>{@code yyyySn}</td><td>{@code 2022S1}</td><td>{@code 2022-S1}</td></tr>
 * <tr><td>Quarterly</td><td>{@code yyyyQn}</td><td>{@code 2022Q3}</td><td>{@code 2022-Q3}</td></tr>
 * <tr><td>Monthly</td><td>{@code yyyyMM}</td><td>{@code 202209}</td><td>{@code 2022-M09}</td></tr>
 * </tbody>
 * </table>
 * The model has no period for the others, which start on another day than a calendar year, half,
 * quarter or month, or are shorter than a month; they are refused with a reason naming the type:
 * financial years {@code 2022April}, {@code 2022July}, {@code 2022Oct}, {@code 2022Nov} (for example
 * {@code 2022July} is 1 July 2022 to 30 June 2023); six-months from April or November
 * ({@code 2022AprilS1}, {@code 2022NovS1}); quarters from November ({@code 2022NovQ1}); bi-months
 * ({@code 202201B}); weeks ({@code 2022W5}, {@code 2022W05}, {@code 2022WedW5}, {@code 2022ThuW5},
 * {@code 2022SatW5}, {@code 2022SunW5}); bi-weeks ({@code 2022BiW3}); days ({@code 20220315}).
 *
 * <p>Writing, a year, half-year, quarter and month have their DHIS2 form; a span of years or a term of
 * office has none, and {@link #format(ReportingPeriod)} gives none: the writer puts the year it starts
 * in the data value's period and the period itself in the comment (see the
 * {@linkplain io.github.binhdang.serialization.dhis2 package documentation}).
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Dhis2Periods {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q(\\d+)");
    private static final Pattern HALF = Pattern.compile("(\\d{4})S(\\d+)");
    private static final Pattern DAY = Pattern.compile("\\d{8}");
    private static final Pattern BI_MONTH = Pattern.compile("\\d{4}\\d{2}B");
    private static final Pattern WEEK = Pattern.compile("\\d{4}(Wed|Thu|Sat|Sun)?W\\d{1,2}");
    private static final Pattern BI_WEEK = Pattern.compile("\\d{4}BiW\\d{1,2}");
    private static final Pattern FINANCIAL = Pattern.compile("\\d{4}(April|July|Oct|Nov)");
    private static final Pattern SIX_MONTH_OFFSET = Pattern.compile("\\d{4}(April|Nov)S\\d");
    private static final Pattern QUARTER_NOV = Pattern.compile("\\d{4}NovQ\\d");

    private Dhis2Periods() {
    }

    /**
     * Reads a DHIS2 period identifier: {@code 2022}, {@code 2022S1}, {@code 2022Q3}, {@code 202209}.
     *
     * @param text  the identifier, not null
     * @return the period of the same days, not null
     * @throws TextParseException if the text is no DHIS2 period (such as {@code 2022Q5}) or one the model
     *         cannot hold (such as {@code 2022July} or {@code 2022W05}); the reason says which
     */
    public static ReportingPeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        Matcher m;
        String noun = "year";
        try {
            if ((m = YEAR.matcher(s)).matches()) {
                return YearPeriod.of(Integer.parseInt(m.group(1)));
            }
            noun = "month";
            if ((m = MONTH.matcher(s)).matches()) {
                return MonthPeriod.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            noun = "quarter";
            if ((m = QUARTER.matcher(s)).matches()) {
                return QuarterPeriod.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            noun = "six-month";
            if ((m = HALF.matcher(s)).matches()) {
                return HalfYearPeriod.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        } catch (InvalidValueException | NumberFormatException e) {
            throw new TextParseException("Dhis2Period", s, 4, "the " + noun + " " + reason(e));
        }
        throw new TextParseException("Dhis2Period", s, 0, unsupported(s));
    }

    private static String reason(RuntimeException e) {
        return e instanceof InvalidValueException i ? i.reason() : "the number is too long";
    }

    private static String unsupported(String s) {
        if (FINANCIAL.matcher(s).matches()) {
            return "a DHIS2 financial year (from April, July, October or November) starts in another month than"
                    + " January, and the model has no such period";
        }
        if (SIX_MONTH_OFFSET.matcher(s).matches() || QUARTER_NOV.matcher(s).matches()) {
            return "a DHIS2 six-month or quarter that starts in April or November, and the model has no such period";
        }
        if (WEEK.matcher(s).matches()) {
            return "a DHIS2 week, and the model has no week period";
        }
        if (BI_WEEK.matcher(s).matches()) {
            return "a DHIS2 bi-week, and the model has no week period";
        }
        if (BI_MONTH.matcher(s).matches()) {
            return "a DHIS2 bi-month, and the model has no two-month period";
        }
        if (DAY.matcher(s).matches()) {
            return "a DHIS2 day, and the model has no day period";
        }
        return "is no DHIS2 period: use yyyy, yyyySn, yyyyQn or yyyyMM, such as 2022, 2022S1, 2022Q3 or 202209";
    }

    /**
     * Returns a period's DHIS2 identifier: {@code 2022}, {@code 2022S1}, {@code 2022Q3}, {@code 202209}.
     *
     * @param period  the period, not null
     * @return the identifier, or empty for a span of years or a term of office, which DHIS2 has no period
     *         for
     */
    public static Optional<String> format(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        if (period instanceof YearPeriod y) {
            return Optional.of(Integer.toString(y.year()));
        }
        if (period instanceof HalfYearPeriod h) {
            return Optional.of(h.year() + "S" + h.half());
        }
        if (period instanceof QuarterPeriod q) {
            return Optional.of(q.year() + "Q" + q.quarter());
        }
        if (period instanceof MonthPeriod m) {
            return Optional.of(m.year() + (m.month() < 10 ? "0" : "") + m.month());
        }
        return Optional.empty();
    }

    /**
     * Returns the DHIS2 period a writer files a period under: its own identifier, or for a span of years
     * or a term of office the year it starts in ({@code HDND:2016/2021} is filed under {@code 2016}).
     *
     * @param period  the period, not null
     * @return the identifier, not null
     */
    static String filed(ReportingPeriod period) {
        return format(period).orElseGet(() -> Integer.toString(firstYear(period)));
    }

    private static int firstYear(ReportingPeriod period) {
        if (period instanceof SpanPeriod s) {
            return s.firstYear();
        }
        if (period instanceof TermPeriod t) {
            return t.firstYear();
        }
        return period.start().getYear();
    }
}
