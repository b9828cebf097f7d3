package io.github.binhdang.serialization.excel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.jspecify.annotations.Nullable;

/**
 * The text of a cell as the sheet shows it, for the table's mapping to read as it reads a CSV field.
 *
 * <ul>
 *   <li>A number is the shortest decimal that reads back to the double the cell stores: a cell storing
 *       the double nearest 38.89, written {@code 38.890000000000001} by Excel, is {@code 38.89}. A number
 *       format with a fixed count of decimals ({@code 0.00}) shows that many ({@code 15.10}); a percent
 *       format ({@code 0.00%}) shows the number times 100 ({@code 0.3889} is {@code 38.89}).</li>
 *   <li>A date (a number in a date format) is its ISO text, {@code 2022-09-30}; in a format of only a year
 *       ({@code yyyy}) the year, {@code 2022}; of a year and a month, {@code 2022-09}.</li>
 *   <li>A formula is its value as last calculated, read as above.</li>
 *   <li>Text is itself; a true or false cell is {@code TRUE} or {@code FALSE}; an error is its code,
 *       {@code #DIV/0!}.</li>
 * </ul>
 */
final class CellText {

    // The stored double of a number written with at most this many significant digits is that number's.
    private static final int EXACT_DIGITS = 15;
    private static final MathContext[] PRECISION = new MathContext[18];
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    static {
        for (int p = 1; p < PRECISION.length; p++) {
            PRECISION[p] = new MathContext(p);
        }
    }

    /** What a number format shows: a date, or a number with so many fixed decimals, as a percent or not. */
    private record Shown(boolean date, int decimals, boolean percent) {
    }

    private static final Shown GENERAL = new Shown(false, 0, false);

    private final boolean date1904;
    // Each format string of the workbook, read once: a sheet has a handful, used by every number cell.
    private final Map<String, Shown> formats = new HashMap<>();
    private final Map<Integer, Shown> builtIns = new HashMap<>();

    CellText(boolean date1904) {
        this.date1904 = date1904;
    }

    /** What a cell's number format shows, read once per format. */
    private Shown shown(@Nullable Integer id, @Nullable String format) {
        if (format == null || format.isEmpty()) {
            if (id == null) {
                return GENERAL;
            }
            return builtIns.computeIfAbsent(id, i -> new Shown(isDateFormat(i, null), 0, false));
        }
        Shown known = formats.get(format);
        if (known == null) {
            known = isDateFormat(id, format) ? new Shown(true, 0, false) : "General".equalsIgnoreCase(format) ? GENERAL
                    : new Shown(false, decimals(format), isPercent(format));
            formats.put(format, known);
        }
        return known;
    }

    /** Whether a cell's number format shows a date, read once per format. */
    boolean isDate(Cell cell) {
        return shown(cell.getDataFormatId(), cell.getDataFormatString()).date();
    }

    /** Whether a cell holds a formula. */
    static boolean isFormula(@Nullable Cell cell) {
        return cell != null && cell.getType() == CellType.FORMULA;
    }

    /** The cell's text, {@code ""} for a missing or empty cell. */
    String of(@Nullable Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getType();
        switch (type) {
            case STRING:
                return cell.getText();
            case NUMBER:
                return number(cell.getRawValue(), cell.getDataFormatId(), cell.getDataFormatString());
            case FORMULA:
                Object value = cell.getValue();
                if (value instanceof BigDecimal) {
                    return number(cell.getRawValue(), cell.getDataFormatId(), cell.getDataFormatString());
                }
                String raw = cell.getRawValue();
                return raw == null ? "" : raw;
            case BOOLEAN:
                return "1".equals(cell.getRawValue()) ? "TRUE" : "FALSE";
            case ERROR:
                String error = cell.getRawValue();
                return error == null ? "" : error;
            default:
                return "";
        }
    }

    private String number(@Nullable String raw, @Nullable Integer formatId, @Nullable String format) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        Shown shown = shown(formatId, format);
        if (shown.date()) {
            return date(raw, format);
        }
        String text;
        try {
            text = shortest(raw);
        } catch (NumberFormatException e) {
            // Not a number after all: given as written, for the table's mapping to report.
            return raw;
        }
        if (shown.percent()) {
            return percent(text, shown.decimals());
        }
        return shown.decimals() == 0 ? text : padded(text, shown.decimals());
    }

    /**
     * The shortest decimal whose nearest double is the one a number's text gives: the text itself when it
     * has at most 15 significant digits (two such decimals never share a double), else the fewest digits
     * that read back to the same double.
     *
     * @throws NumberFormatException if the text is no number
     */
    static String shortest(String raw) {
        int digits = 0;
        boolean plain = true;
        boolean leading = true;
        for (int i = 0, n = raw.length(); i < n; i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                if (c != '0' || !leading) {
                    leading = false;
                    digits++;
                }
            } else if (c != '.' && !(c == '-' && i == 0)) {
                plain = false;
                break;
            }
        }
        if (plain && digits <= EXACT_DIGITS) {
            return stripZeros(raw);
        }
        double d = Double.parseDouble(raw);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new NumberFormatException(raw);
        }
        if (d == 0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p < PRECISION.length; p++) {
            BigDecimal candidate = exact.round(PRECISION[p]);
            if (candidate.doubleValue() == d) {
                return plain(candidate);
            }
        }
        return plain(exact);
    }

    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** {@code 38.890} as {@code 38.89}, {@code 40.0} as {@code 40}; no exponent, at most 15 digits. */
    private static String stripZeros(String raw) {
        int point = raw.indexOf('.');
        if (point < 0) {
            return raw;
        }
        int end = raw.length();
        while (end > point + 1 && raw.charAt(end - 1) == '0') {
            end--;
        }
        if (end == point + 1) {
            end = point;
        }
        String text = raw.substring(0, end);
        return text.equals("-0") || text.isEmpty() ? "0" : text;
    }

    /** A number as a format shows it: fixed decimals, percent. */
    static String shown(String text, String format) {
        int decimals = decimals(format);
        if (isPercent(format)) {
            return percent(text, decimals);
        }
        return decimals == 0 ? text : padded(text, decimals);
    }

    /** The first section of a format, bare. */
    private static String section(String format) {
        String section = bare(format);
        int semicolon = section.indexOf(';');
        return semicolon >= 0 ? section.substring(0, semicolon) : section;
    }

    private static boolean isPercent(String format) {
        return section(format).indexOf('%') >= 0;
    }

    /** The decimals a number format fixes: the zeros after its point. */
    private static int decimals(String format) {
        String section = section(format);
        int point = section.indexOf('.');
        int decimals = 0;
        if (point >= 0) {
            for (int i = point + 1; i < section.length() && (section.charAt(i) == '0' || section.charAt(i) == '#'
                    || section.charAt(i) == '?'); i++) {
                if (section.charAt(i) == '0') {
                    decimals++;
                }
            }
        }
        return decimals;
    }

    /** A plain decimal with at least so many decimals: {@code 15.1} with 2 is {@code 15.10}. */
    private static String padded(String text, int decimals) {
        int point = text.indexOf('.');
        int has = point < 0 ? 0 : text.length() - point - 1;
        if (has >= decimals) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + decimals - has + 1).append(text);
        if (point < 0) {
            out.append('.');
        }
        for (int i = has; i < decimals; i++) {
            out.append('0');
        }
        return out.toString();
    }

    /** A number shown as a percent: times 100, with at least so many decimals. */
    private static String percent(String text, int decimals) {
        BigDecimal number = new BigDecimal(text).movePointRight(2).stripTrailingZeros();
        String shown = (number.scale() < 0 ? number.setScale(0) : number).toPlainString();
        return decimals == 0 ? shown : padded(shown, decimals);
    }

    /** A format without its quoted text, escaped characters and bracketed parts ({@code [Red]}). */
    private static String bare(String format) {
        StringBuilder out = new StringBuilder(format.length());
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                int close = format.indexOf(']', i);
                i = close < 0 ? format.length() : close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether a number format shows a date: built-in 14 to 22 and 45 to 47, or one with y, d or m and no 0. */
    static boolean isDateFormat(@Nullable Integer id, @Nullable String format) {
        if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String section = bare(format).toLowerCase(java.util.Locale.ROOT);
        int semicolon = section.indexOf(';');
        if (semicolon >= 0) {
            section = section.substring(0, semicolon);
        }
        return section.indexOf('0') < 0 && section.indexOf('#') < 0
                && (section.indexOf('y') >= 0 || section.indexOf('d') >= 0 || section.indexOf('m') >= 0);
    }

    private String date(String raw, @Nullable String format) {
        double serial;
        try {
            serial = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        long days = (long) Math.floor(serial);
        LocalDate day;
        if (date1904) {
            day = EPOCH_1904.plusDays(days);
        } else {
            // Serial 60 is 29 February 1900, a day that never was (as Lotus 1-2-3 had it); 1 is 1 January 1900.
            day = days < 60 ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days);
        }
        String f = format == null ? "" : bare(format).toLowerCase(java.util.Locale.ROOT);
        boolean year = f.indexOf('y') >= 0;
        boolean dayShown = f.indexOf('d') >= 0;
        boolean month = f.indexOf('m') >= 0;
        if (year && !dayShown && !month) {
            return Integer.toString(day.getYear());
        }
        if (year && month && !dayShown) {
            return day.toString().substring(0, 7);
        }
        return day.toString();
    }
}
