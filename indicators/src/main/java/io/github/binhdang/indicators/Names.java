package io.github.binhdang.indicators;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

// Folds names for lookups: no case, no diacritics, NFC and NFD alike, spaces collapsed. Unlike
// AreaHierarchy.foldName it drops no administrative prefix, which only place names carry.
final class Names {

    private Names() {
    }

    static String fold(CharSequence name) {
        String decomposed = Normalizer.normalize(name.toString().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = folded.length() > 0;
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (space) {
                folded.append(' ');
                space = false;
            }
            folded.append(c == 'đ' ? 'd' : c);
        }
        return folded.toString();
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> both = new ArrayList<>(a);
        both.addAll(b);
        return List.copyOf(both);
    }
}
