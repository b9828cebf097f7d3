package io.github.binhdang.serialization.csv;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an observation table, with the names the writer gives them in its header.
 */
enum Column {
    INDICATOR("indicator"),
    AREA("area"),
    PERIOD("period"),
    BREAKDOWN("breakdown"),
    SEX("sex"),
    AGE_GROUP("ageGroup"),
    RESIDENCE("residence"),
    ETHNICITY("ethnicity"),
    VALUE("value"),
    NUMERATOR("numerator"),
    DENOMINATOR("denominator"),
    UNIT("unit"),
    QUALIFIER("qualifier"),
    STATUS("status"),
    SOURCE("source"),
    NOTE("note");

    private static final Column[] ALL = values();

    private final String header;

    Column(String header) {
        this.header = header;
    }

    String header() {
        return header;
    }

    /** Finds a column by a header name, ignoring case, spaces, '_' and '-' ("age_group" is ageGroup). */
    static Optional<Column> of(String name) {
        String key = key(name);
        for (Column column : ALL) {
            if (key(column.header).equals(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static String key(String name) {
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c != '_' && c != '-' && !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
                key.append(c);
            }
        }
        return key.toString();
    }
}
