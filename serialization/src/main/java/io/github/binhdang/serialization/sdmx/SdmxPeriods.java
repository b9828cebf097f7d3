package io.github.binhdang.serialization.sdmx;

import io.github.binhdang.core.TextParseException;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.period.TermPeriod;
import java.util.Objects;

/**
 * SDMX time periods ({@code TIME_PERIOD}) read into the model's periods and written from them.
 *
 * <p>Source: SDMX 2.1 Standards, Section 6 (Technical Notes), "Time period" (observational time
 * periods: Gregorian {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}; reporting periods
 * {@code YYYY-A1}, {@code YYYY-Sn}, {@code YYYY-Qn}, {@code YYYY-Mnn}, {@code YYYY-Wnn},
 * {@code YYYY-Dnnn}; time ranges {@code start/duration}), as the SDMX-CSV field guide
 * ({@code sdmx-twg/sdmx-csv}, {@code data-message/docs/sdmx-csv-field-guide.md}) uses them.
 * <table class="striped">
 * <caption>SDMX time periods and the model's periods</caption>
 * <thead><tr><th scope="col">SDMX</th><th scope="col">Read as</th><th scope="col">Written from</th></tr></thead>
 * <tbody>
 * <tr><td>{@code 2022}, {@code 2022-A1}</td><td>the year 2022</td><td>a year: {@code 2022}</td></tr>
 * <tr><td>{@code 2022-S1}</td><td>the half-year</td><td>a half-year: {@code 2022-S1}</td></tr>
 * <tr><td>{@code 2022-Q3}</td><td>the quarter</td><td>a quarter: {@code 2022-Q3}</td></tr>
 * <tr><td>{@code 2022-M09}, {@code 2022-09}</td><td>the month</td><td>a month: {@code 2022-M09}</td></tr>
 * <tr><td>{@code 2021-01-01/P5Y}</td><td>the span 2021–2025 (one year: the year)</td><td>a span, and a term
 *     (whose body then goes in {@code COMMENT_OBS}): {@code 2021-01-01/P5Y}</td></tr>
 * <tr><td>{@code 2022-W05}, {@code 2022-D032}, {@code 2022-09-01}, a range that does not start on
 *     1 January or does not last whole years, such as {@code 2016-05-22/P5Y}</td><td>refused: the model has
 *     no week, day or such a range</td><td>—</td></tr>
 * </tbody>
 * </table>
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class SdmxPeriods {

    private SdmxPeriods() {
    }

    /**
     * Reads an SDMX time period.
     *
     * @param text  the text, such as {@code 2022-Q3}, not null
     * @return the period, not null
     * @throws TextParseException if the text is not an SDMX time period, or is one the model cannot hold
     *         (a week, a day, a range that is not whole years from 1 January); the rule says which
     */
    public static ReportingPeriod parse(String text) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        if (n < 4 || !digits(text, 0, 4)) {
            throw refuse(text, 0, "an SDMX time period starts with a year of four digits, as in 2022 or 2022-Q3");
        }
        if (n == 4) {
            return read(text, text);
        }
        if (text.charAt(4) != '-') {
            throw refuse(text, 4, "expected '-' after the year, as in 2022-Q3");
        }
        if (text.indexOf('/') > 0) {
            if (n >= 10 && digits(text, 5, 7) && text.charAt(7) == '-' && digits(text, 8, 10)
                    && !text.matches("\\d{4}-01-01/P\\d+Y")) {
                throw refuse(text, 5, "has no period in the model: a range must start on 1 January and last whole"
                        + " years, as in 2021-01-01/P5Y; a term of office goes in COMMENT_OBS as period=HDND:2016/2021");
            }
            return read(text, text);
        }
        char kind = n > 5 ? text.charAt(5) : ' ';
        if (kind == 'A' && text.equals(text.substring(0, 4) + "-A1")) {
            return read(text, text.substring(0, 4));
        }
        if ((kind == 'S' || kind == 'Q') && n == 7) {
            return read(text, text);
        }
        if (kind == 'M' && n == 8 && digits(text, 6, 8)) {
            return read(text, text);
        }
        if (n == 7 && digits(text, 5, 7)) {
            return read(text, text);
        }
        if (kind == 'W' || kind == 'D' || (n == 10 && digits(text, 5, 7) && text.charAt(7) == '-')) {
            throw refuse(text, 5, "has no period in the model: weeks, days and dates cannot be held; report"
                    + " by month, quarter, half-year or year");
        }
        throw refuse(text, 5, "is not an SDMX time period: write 2022, 2022-S1, 2022-Q3, 2022-M09 or 2021-01-01/P5Y");
    }

    private static ReportingPeriod read(String text, String form) {
        try {
            return ReportingPeriod.parse(form);
        } catch (TextParseException e) {
            throw new TextParseException("SdmxPeriods.text", text, e.index(), e.rule());
        }
    }

    /**
     * Writes a period as an SDMX time period: {@code 2022}, {@code 2022-S1}, {@code 2022-Q3},
     * {@code 2022-M09}, and a span or a term as the range of its years, {@code 2016-01-01/P6Y} for the
     * People's Council term 2016–2021.
     *
     * @param period  the period, not null
     * @return the text, not null
     */
    public static String format(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        if (period instanceof SpanPeriod || period instanceof TermPeriod) {
            return period.startYear() + "-01-01/P" + (period.endYear() - period.startYear() + 1) + "Y";
        }
        // A year, half-year, quarter and month: the model's text form is SDMX's.
        return period.toString();
    }

    private static boolean digits(String text, int from, int to) {
        if (text.length() < to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static TextParseException refuse(String text, int index, String rule) {
        return new TextParseException("SdmxPeriods.text", text, index, rule);
    }
}
