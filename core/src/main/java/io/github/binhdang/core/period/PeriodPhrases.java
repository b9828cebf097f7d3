package io.github.binhdang.core.period;

import io.github.binhdang.core.TextParseException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the periods people write in Vietnamese reports and spreadsheets, for the texts that
 * {@link PeriodParser}'s strict forms refuse. Case, diacritics, spaces and the kind of dash do not matter.
 * <pre>
 * "năm 2022"                          -&gt; 2022
 * "6 tháng đầu năm 2022"              -&gt; 2022-S1      ("6 tháng cuối năm 2022" -&gt; 2022-S2)
 * "quý III/2022", "quý 3 năm 2022"    -&gt; 2022-Q3
 * "tháng 9/2022", "tháng 9 năm 2022"  -&gt; 2022-M09
 * "giai đoạn 2021–2025", "2021-2025"  -&gt; 2021/2025
 * "năm 2018 và 2019"                  -&gt; 2018/2019    (two years together, the second after the first)
 * "nhiệm kỳ HĐND 2016–2021"           -&gt; HDND:2016/2021 (also Quốc hội, QH; cấp ủy, CAPUY)
 * </pre>
 * A term names its body: "nhiệm kỳ 2016–2021" alone is refused, since the People's Councils and the
 * National Assembly share the years, and its message says how to name it.
 */
final class PeriodPhrases {

    private static final String FIELD = "ReportingPeriod";
    private static final String YEAR = "(\\d{4})";
    private static final Pattern YEAR_PHRASE = Pattern.compile("nam " + YEAR);
    private static final Pattern HALF = Pattern.compile("(?:6 thang|nua nam) (dau|cuoi)(?: nam)? " + YEAR);
    private static final Pattern QUARTER = Pattern.compile("quy (i{1,3}|iv|[1-4])(?: ?/ ?| nam | - | )" + YEAR);
    private static final Pattern MONTH = Pattern.compile("thang (\\d{1,2})(?: ?/ ?| nam | - | )" + YEAR);
    private static final Pattern SPAN = Pattern.compile("(?:giai doan |thoi ky )?" + YEAR + " ?- ?" + YEAR);
    // Issue 25 (extract): "Năm 2018 và 2019, Sở … đã tổ chức 11 lớp", the years a report's figures cover.
    private static final Pattern YEARS_AND = Pattern.compile("nam " + YEAR + " va (?:nam )?" + YEAR);
    private static final Pattern TERM = Pattern.compile("nhiem ky(?: (.*?))? " + YEAR + " ?- ?" + YEAR);

    private PeriodPhrases() {
    }

    /**
     * Reads a phrase, or throws: the strict error for a text that is no phrase, else the phrase's own.
     *
     * @param text    the text as given
     * @param from    the first character that is not blank
     * @param to      the end of the text without trailing blanks
     * @param strict  the strict parser's error
     */
    static ReportingPeriod parse(String text, int from, int to, TextParseException strict) {
        String t = fold(text.substring(from, to));
        Matcher m = YEAR_PHRASE.matcher(t);
        if (m.matches()) {
            return YearPeriod.of(year(m.group(1), text, from));
        }
        m = HALF.matcher(t);
        if (m.matches()) {
            return HalfYearPeriod.of(year(m.group(2), text, from), m.group(1).equals("dau") ? 1 : 2);
        }
        m = QUARTER.matcher(t);
        if (m.matches()) {
            String q = m.group(1);
            int quarter = switch (q) {
                case "i" -> 1;
                case "ii" -> 2;
                case "iii" -> 3;
                case "iv" -> 4;
                default -> Integer.parseInt(q);
            };
            return QuarterPeriod.of(year(m.group(2), text, from), quarter);
        }
        m = MONTH.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(1));
            if (month < 1 || month > 12) {
                throw new TextParseException(FIELD, text, from, "month must be 1 to 12, as in tháng 9/2022");
            }
            return MonthPeriod.of(year(m.group(2), text, from), month);
        }
        m = SPAN.matcher(t);
        if (m.matches()) {
            return span(null, m.group(1), m.group(2), text, from);
        }
        m = YEARS_AND.matcher(t);
        if (m.matches()) {
            return span(null, m.group(1), m.group(2), text, from);
        }
        m = TERM.matcher(t);
        if (m.matches()) {
            String body = m.group(1) == null ? "" : m.group(1).replace(".", "").strip();
            TermBody termBody = switch (body) {
                case "hdnd", "hoi dong nhan dan" -> TermBody.PEOPLES_COUNCIL;
                case "qh", "quoc hoi" -> TermBody.NATIONAL_ASSEMBLY;
                case "capuy", "cap uy", "cap uy dang", "dang bo", "ban chap hanh" -> TermBody.PARTY_COMMITTEE;
                default -> throw new TextParseException(FIELD, text, from, "a term names its body, as in"
                        + " \"nhiệm kỳ HĐND " + m.group(2) + "–" + m.group(3) + "\" (HDND:" + m.group(2) + "/"
                        + m.group(3) + "), \"nhiệm kỳ Quốc hội …\" (QH) or \"nhiệm kỳ cấp ủy …\" (CAPUY)");
            };
            return span(termBody, m.group(2), m.group(3), text, from);
        }
        throw strict;
    }

    private static int year(String digits, String text, int from) {
        int year = Integer.parseInt(digits);
        if (year < ReportingPeriod.MIN_YEAR) {
            throw new TextParseException(FIELD, text, from, "year must be from " + ReportingPeriod.MIN_YEAR
                    + " to " + ReportingPeriod.MAX_YEAR);
        }
        return year;
    }

    private static ReportingPeriod span(@Nullable TermBody body, String first, String last, String text, int from) {
        int a = year(first, text, from);
        int b = year(last, text, from);
        if (b <= a) {
            throw new TextParseException(FIELD, text, from, "the end year " + b + " must be after the start year " + a);
        }
        return body == null ? SpanPeriod.ofClosed(a, b) : TermPeriod.of(body, a, b);
    }

    /** Lower case, no diacritics, đ as d, every dash as '-', runs of blanks as one space. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = folded.length() > 0;
                continue;
            }
            if (space) {
                folded.append(' ');
                space = false;
            }
            folded.append(c == 'đ' ? 'd' : c >= '\u2010' && c <= '\u2015' || c == '\u2212' ? '-' : c);
        }
        return folded.toString();
    }
}
