package io.github.binhdang.cli.chart;

import java.awt.Font;
import java.util.List;

/**
 * The font charts are drawn and their SVG text named with: the first installed family of
 * {@link #FAMILIES} that shows every Vietnamese letter ({@link #VIETNAMESE_LETTERS}), else Java's logical
 * {@code SansSerif}.
 */
final class ChartFont {

    /**
     * Families with every Vietnamese letter, in order of preference: DejaVu Sans (Debian's
     * fonts-dejavu-core, on this project's build machines), Noto Sans, Liberation Sans, then those of
     * Windows and macOS.
     */
    static final List<String> FAMILIES = List.of("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Segoe UI",
            "Tahoma", "Helvetica Neue");

    /** Every letter of Vietnamese with its marks, capital and small, and the đồng sign. */
    static final String VIETNAMESE_LETTERS;

    static {
        StringBuilder b = new StringBuilder("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư₫");
        for (char c = '\u1EA0'; c <= '\u1EF9'; c++) {
            b.append(c);
        }
        VIETNAMESE_LETTERS = b.toString();
    }

    static final String FAMILY = pick();

    private ChartFont() {
    }

    private static String pick() {
        for (String family : FAMILIES) {
            Font f = new Font(family, Font.PLAIN, 12);
            if (f.getFamily(java.util.Locale.ROOT).equalsIgnoreCase(family)
                    && f.canDisplayUpTo(VIETNAMESE_LETTERS) == -1) {
                return family;
            }
        }
        return Font.SANS_SERIF;
    }

    static Font of(int style, int size) {
        return new Font(FAMILY, style, size);
    }
}
