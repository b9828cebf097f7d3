package io.github.binhdang.core.period;

import io.github.binhdang.core.TextParseException;
import java.util.Objects;

/**
 * Reads the text forms of {@link ReportingPeriod}. A small hand-written scanner rather than regular
 * expressions, so that each failure can name the index of the first character that breaks a rule.
 * Indexes are into the text as given, leading whitespace included.
 */
final class PeriodParser {

    private static final String FIELD = "ReportingPeriod";
    private static final String YEAR_RULE = "year must have 4 digits, from " + ReportingPeriod.MIN_YEAR
            + " to " + ReportingPeriod.MAX_YEAR;

    private final String text;
    private final int limit;
    private int pos;

    private PeriodParser(String text, int from, int limit) {
        this.text = text;
        this.pos = from;
        this.limit = limit;
    }

    static ReportingPeriod parse(CharSequence input) {
        Objects.requireNonNull(input, "text");
        String text = input.toString();
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            throw new TextParseException(FIELD, text, 0,
                    "text is empty; expected a period such as 2022, 2022-Q3 or 2021/2025");
        }
        try {
            return new PeriodParser(text, from, to).period();
        } catch (TextParseException strict) {
            // Only a text the strict forms refuse is read as a phrase, so that the common path has no regex.
            return PeriodPhrases.parse(text, from, to, strict);
        }
    }

    private ReportingPeriod period() {
        char first = text.charAt(pos);
        if (isLetter(first)) {
            return term();
        }
        int yearIndex = pos;
        if (digitRun(pos) == 6) {
            return dhis2Month(yearIndex);
        }
        int year = year();
        if (atEnd()) {
            return YearPeriod.of(year);
        }
        switch (text.charAt(pos)) {
            case '-':
                pos++;
                return afterDash(year);
            case 'S':
            case 'Q':
                return halfOrQuarter(year);
            case '/':
                pos++;
                return span(year);
            default:
                throw error(pos, "expected '-', '/', 'S', 'Q' or the end after the year");
        }
    }

    /** {@code 202209}: DHIS2 monthly, yyyyMM. */
    private ReportingPeriod dhis2Month(int yearIndex) {
        int year = yearAt(yearIndex, 4);
        int monthIndex = yearIndex + 4;
        int month = number(monthIndex, 2);
        if (month < 1 || month > 12) {
            throw error(monthIndex, "month must be 01 to 12");
        }
        pos = monthIndex + 2;
        expectEnd();
        return MonthPeriod.of(year, month);
    }

    private ReportingPeriod afterDash(int year) {
        char c = atEnd() ? '\0' : text.charAt(pos);
        if (c == 'S' || c == 'Q') {
            return halfOrQuarter(year);
        }
        if (c == 'M') {
            pos++;
            int monthIndex = pos;
            int month = digitRun(pos) == 2 ? number(pos, 2) : 0;
            if (month < 1 || month > 12) {
                throw error(monthIndex, "month must be 01 to 12");
            }
            pos += 2;
            expectEnd();
            return MonthPeriod.of(year, month);
        }
        if (isDigit(c)) {
            int monthIndex = pos;
            int run = digitRun(pos);
            if (run <= 2 && pos + run == limit) {
                // 2021-09, ISO year and month; a mistyped month is answered about months.
                int month = number(pos, run);
                if (run != 2 || month < 1 || month > 12) {
                    throw error(monthIndex, "month must be 01 to 12, as in " + year + "-09 or " + year + "-M09");
                }
                pos += 2;
                return MonthPeriod.of(year, month);
            }
            return sdmxSpan(year);
        }
        throw error(pos, "expected 'S', 'Q', 'M' or a date after '-'");
    }

    /** {@code 2022-S1}, {@code 2022S1}, {@code 2022-Q3}, {@code 2022Q3}: pos is on the letter. */
    private ReportingPeriod halfOrQuarter(int year) {
        boolean half = text.charAt(pos) == 'S';
        pos++;
        int index = pos;
        int max = half ? 2 : 4;
        int value = digitRun(pos) == 1 ? text.charAt(pos) - '0' : 0;
        if (value < 1 || value > max) {
            throw error(index, half ? "half-year must be 1 or 2" : "quarter must be 1 to 4");
        }
        pos++;
        expectEnd();
        return half ? HalfYearPeriod.of(year, value) : QuarterPeriod.of(year, value);
    }

    /** {@code 2021/2025}: pos is after the slash. */
    private ReportingPeriod span(int firstYear) {
        int lastIndex = pos;
        int lastYear = year();
        if (lastYear < firstYear) {
            throw error(lastIndex, "end year " + lastYear + " precedes start year " + firstYear);
        }
        if (lastYear == firstYear) {
            throw error(lastIndex, "a span covers two or more years; write " + firstYear + " for one year");
        }
        expectEnd();
        return SpanPeriod.ofClosed(firstYear, lastYear);
    }

    /**
     * {@code 2021-01-01/P5Y}, or a span of dates {@code 2021-01-01/2025-12-31}: pos is on the first digit
     * of the month.
     */
    private ReportingPeriod sdmxSpan(int year) {
        int startIndex = pos - 5;
        if (limit - startIndex == 21 && text.charAt(startIndex + 10) == '/') {
            return dateSpan(startIndex);
        }
        expect("01", "an SDMX period must start on 1 January, as in 2021-01-01/P5Y");
        expect("-", "expected '-' between month and day, as in 2021-01-01/P5Y");
        expect("01", "an SDMX period must start on 1 January, as in 2021-01-01/P5Y");
        expect("/P", "expected '/P' and a number of years, as in 2021-01-01/P5Y");
        int countIndex = pos;
        int length = digitRun(pos);
        if (length == 0 || length > 4) {
            throw error(countIndex, "expected a number of years from 1 to 4 digits, as in P5Y");
        }
        int years = number(pos, length);
        if (years == 0) {
            throw error(countIndex, "number of years must be at least 1");
        }
        if (years - 1 > ReportingPeriod.MAX_YEAR - year) {
            throw error(countIndex, "the period would end after " + ReportingPeriod.MAX_YEAR);
        }
        pos += length;
        expect("Y", "duration must be whole years (PnY)");
        expectEnd();
        return years == 1 ? YearPeriod.of(year) : SpanPeriod.ofClosed(year, year + years - 1);
    }

    /**
     * {@code 2021-01-01/2025-12-31}: two ISO dates, which must bound a period exactly: whole years, a
     * half-year, a quarter or a month.
     */
    private ReportingPeriod dateSpan(int startIndex) {
        java.time.LocalDate start;
        java.time.LocalDate end;
        try {
            start = java.time.LocalDate.parse(text.substring(startIndex, startIndex + 10));
        } catch (java.time.format.DateTimeParseException e) {
            throw error(startIndex, "expected a date such as 2021-01-01 before '/'");
        }
        try {
            end = java.time.LocalDate.parse(text.substring(startIndex + 11, startIndex + 21));
        } catch (java.time.format.DateTimeParseException e) {
            throw error(startIndex + 11, "expected a date such as 2025-12-31 after '/'");
        }
        if (end.isBefore(start)) {
            throw error(startIndex + 11, "the end date " + end + " precedes the start date " + start);
        }
        if (start.getYear() < ReportingPeriod.MIN_YEAR) {
            throw error(startIndex, YEAR_RULE);
        }
        int y = start.getYear();
        if (start.getDayOfYear() == 1 && end.getMonthValue() == 12 && end.getDayOfMonth() == 31) {
            return end.getYear() == y ? YearPeriod.of(y) : SpanPeriod.ofClosed(y, end.getYear());
        }
        if (start.getDayOfMonth() == 1 && end.getYear() == y && end.plusDays(1).getDayOfMonth() == 1) {
            int first = start.getMonthValue();
            int months = end.getMonthValue() - first + 1;
            if (months == 1) {
                return MonthPeriod.of(y, first);
            }
            if (months == 3 && first % 3 == 1) {
                return QuarterPeriod.of(y, first / 3 + 1);
            }
            if (months == 6 && first % 6 == 1) {
                return HalfYearPeriod.of(y, first / 6 + 1);
            }
        }
        throw error(startIndex, "the dates " + start + " to " + end
                + " are not a period: a span of dates must cover whole years, a half-year, a quarter or a month");
    }

    /** {@code HDND:2016/2021}: pos is on the first letter. */
    private ReportingPeriod term() {
        int codeIndex = pos;
        while (pos < limit && isLetter(text.charAt(pos))) {
            pos++;
        }
        if (pos >= limit || text.charAt(pos) != ':') {
            throw error(codeIndex, "expected a year such as 2022 or a term body code (HDND, QH or CAPUY) and ':'");
        }
        String code = text.substring(codeIndex, pos);
        TermBody body = TermBody.find(code).orElseThrow(() -> error(codeIndex, "term body must be HDND, QH or CAPUY"));
        pos++;
        int firstYear = year();
        expect("/", "expected '/' between the years of a term");
        int lastIndex = pos;
        int lastYear = year();
        if (lastYear < firstYear) {
            throw error(lastIndex, "end year " + lastYear + " precedes start year " + firstYear);
        }
        if (lastYear == firstYear) {
            throw error(lastIndex, "a term lasts at least one year; end year must be after start year");
        }
        expectEnd();
        return TermPeriod.of(body, firstYear, lastYear);
    }

    /** Reads a four-digit year at pos, in range, and moves past it. */
    private int year() {
        int index = pos;
        if (digitRun(index) != 4) {
            throw error(index, YEAR_RULE);
        }
        pos += 4;
        return yearAt(index, 4);
    }

    private int yearAt(int index, int length) {
        int year = number(index, length);
        if (year < ReportingPeriod.MIN_YEAR) {
            throw error(index, YEAR_RULE);
        }
        return year;
    }

    /** Moves past a literal, or fails at the first character that differs. */
    private void expect(String literal, String rule) {
        for (int i = 0; i < literal.length(); i++) {
            if (pos >= limit || text.charAt(pos) != literal.charAt(i)) {
                throw error(pos, rule);
            }
            pos++;
        }
    }

    private void expectEnd() {
        if (pos < limit) {
            throw error(pos, "unexpected text after the period");
        }
    }

    private boolean atEnd() {
        return pos >= limit;
    }

    private int digitRun(int from) {
        int i = from;
        while (i < limit && isDigit(text.charAt(i))) {
            i++;
        }
        return i - from;
    }

    private int number(int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private TextParseException error(int index, String rule) {
        return new TextParseException(FIELD, text, index, rule);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
