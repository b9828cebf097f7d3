package io.github.binhdang.serialization.csv;

/**
 * The one rule for text that a spreadsheet would take as a formula (CSV injection, as OWASP names it),
 * for the writers that neutralise it and the reader that undoes it.
 *
 * <p>A text is <em>formula-like</em> when it begins with a tab or a carriage return, or when its first
 * character after any blanks and control characters (code 32 or below) is {@code =}, {@code +},
 * {@code -} or {@code @}, or their full-width forms {@code ＝ ＋ － ＠}: {@code =HYPERLINK(…)},
 * {@code +1+1}, {@code -2+3}, {@code @SUM(A1)}, {@code \t=1}, {@code " =1"}. A writer neutralises such a
 * text with a leading apostrophe ({@code '=HYPERLINK(…)}), which makes a spreadsheet show it as text.
 *
 * <p>So that every text reads back as written, a text that itself begins with an apostrophe followed by
 * an apostrophe or a formula-like text ({@code ''}, {@code '=1}) is <em>marked</em> too: it gets one more
 * apostrophe, whether neutralising is on or not. The reader takes one apostrophe away from every field
 * that is marked, that is which begins with an apostrophe followed by an apostrophe or a formula-like
 * text; any other field, {@code 'abc} among them, is read as written.
 */
final class Formulas {

    private Formulas() {
    }

    /**
     * Tells whether a text would start a formula in a spreadsheet.
     *
     * @param text  the text
     * @param from  where the text starts in it
     * @return true if it is formula-like
     */
    static boolean isFormulaLike(String text, int from) {
        int n = text.length();
        if (from >= n) {
            return false;
        }
        char c = text.charAt(from);
        if (c == '\t' || c == '\r') {
            return true;
        }
        int i = from;
        while (c <= ' ') {
            if (++i == n) {
                return false;
            }
            c = text.charAt(i);
        }
        return switch (c) {
            case '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }

    /**
     * Tells whether a field as written carries a mark to be taken away when read: an apostrophe followed
     * by an apostrophe or a formula-like text.
     *
     * @param field  the field
     * @return true if the reader drops its first character
     */
    static boolean isMarked(String field) {
        return field.length() >= 2 && field.charAt(0) == '\''
                && (field.charAt(1) == '\'' || isFormulaLike(field, 1));
    }

    /**
     * Tells whether a writer puts an apostrophe before a text.
     *
     * @param text        the text of a cell that is not a number
     * @param neutralise  whether formula-like text is neutralised
     * @return true if the text is written with an apostrophe before it
     */
    static boolean needsMark(String text, boolean neutralise) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        // Most cells begin with a letter or a digit: neither is looked at further.
        if (c > '@' && c < '\uFF0B' || c >= '0' && c <= '9') {
            return false;
        }
        return neutralise && isFormulaLike(text, 0) || isMarked(text);
    }

    /**
     * Takes the mark away from a field read, if it has one.
     *
     * @param field  the field as read
     * @return the field without its mark, or the field itself
     */
    static String unmark(String field) {
        return isMarked(field) ? field.substring(1) : field;
    }
}
