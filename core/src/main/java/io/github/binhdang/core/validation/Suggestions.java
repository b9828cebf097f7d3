package io.github.binhdang.core.validation;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.indicator.Indicator;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The hints that unknown codes get, where one is cheap: the indicator code nearest to a mistyped one
 * (by edit distance: {@code W_ENTX} is one letter from {@code W_ENT}), and the area whose code is near or
 * whose name matches what was written ({@code Son La} for area {@code 14}, found by
 * {@link AreaHierarchy#findByName(CharSequence)}, without regard to case, diacritics or spacing). A hint is the argument {@code {hint}} of the findings {@code indicator.unknown}
 * and {@code area.unknown}: a {@link BilingualText} such as "; did you mean W_ENT?", or {@code ""} when
 * nothing is near enough or the catalogue is too large for a cheap search (more than 4,096 codes).
 */
final class Suggestions {

    // Beyond so many codes a hint is not cheap: a file of many unknown codes would compare each with all.
    private static final int MAX_CANDIDATES = 4096;

    private Suggestions() {
    }

    /** The hint for an unknown indicator code: the nearest code of the context, if near enough. */
    static Object indicator(String code, Collection<Indicator> indicators) {
        if (indicators.size() > MAX_CANDIDATES) {
            return "";
        }
        @org.jspecify.annotations.Nullable String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String folded = fold(code);
        for (Indicator indicator : indicators) {
            int d = distance(folded, fold(indicator.code()), bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = indicator.code();
            }
        }
        return best != null && isNear(bestDistance, code) ? hint(best) : "";
    }

    /** The hint for an unknown area code: an area whose name is what was written, or whose code is near. */
    static Object area(String code, AreaHierarchy areas) {
        if (areas.areas().size() > MAX_CANDIDATES) {
            return "";
        }
        // A name written where the code belongs: the hierarchy's own name index, folded its way.
        List<Area> named = areas.findByName(code);
        if (!named.isEmpty()) {
            Area area = named.get(named.size() - 1);
            return hint(area.code() + " (" + area.name().vi() + ")");
        }
        String folded = fold(code);
        @org.jspecify.annotations.Nullable String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Area area : areas.areas()) {
            int d = distance(folded, fold(area.code()), bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = area.code() + " (" + area.name().vi() + ")";
            }
        }
        return best != null && isNear(bestDistance, code) && code.length() > 2 ? hint(best) : "";
    }

    private static BilingualText hint(String suggestion) {
        return BilingualText.of("; có phải là " + suggestion + "?", "; did you mean " + suggestion + "?");
    }

    /** Near: at most 2 edits, and fewer than a third of the code's length. */
    private static boolean isNear(int distance, String code) {
        return distance <= 2 && distance * 3 < Math.max(3, code.length());
    }

    /** A code in lower case, without spaces, '_' or '-': {@code W_ENT} and {@code went} are alike. */
    static String fold(String code) {
        StringBuilder folded = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!Character.isWhitespace(c) && c != '_' && c != '-') {
                folded.append(c);
            }
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    /** The Levenshtein distance, or {@code limit} when it is at least that. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) {
            return limit;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], limit);
    }
}
