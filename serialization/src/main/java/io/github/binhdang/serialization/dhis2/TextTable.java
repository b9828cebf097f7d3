package io.github.binhdang.serialization.dhis2;

import org.jspecify.annotations.Nullable;

/**
 * The texts a reading meets again and again (UIDs, periods), each kept as one string: a text read as
 * characters is answered with the string kept for it, so that a million data values naming the same
 * few hundred UIDs make no string each, and the code map's look-ups compare one instance with itself.
 * Open addressing over a power-of-two table; it stops taking new texts at a limit, after which a text
 * not kept is made as a new string each time. Not thread-safe: one per reading.
 */
final class TextTable {

    /** Texts longer than this are not kept: UIDs have 11 characters, periods at most 10 or so. */
    static final int MAX_LENGTH = 32;

    private final int limit;
    private final @Nullable String[] texts;
    private final int[] hashes;
    private int size;

    /**
     * Makes a table that keeps at most {@code limit} texts besides those it starts with.
     *
     * @param known  the texts to start with, such as the code map's UIDs
     */
    TextTable(Iterable<String> known, int limit) {
        int start = 0;
        for (String ignored : known) {
            start++;
        }
        this.limit = start + limit;
        int capacity = Integer.highestOneBit(Math.max(16, this.limit * 2 - 1)) << 1;
        texts = new String[capacity];
        hashes = new int[capacity];
        for (String text : known) {
            if (text.length() <= MAX_LENGTH) {
                char[] chars = text.toCharArray();
                int hash = hash(chars, 0, chars.length);
                if (find(chars, 0, chars.length, hash) == null) {
                    put(text, hash);
                }
            }
        }
    }

    /**
     * Returns the string of the characters: the one kept for them, else a new one, kept if there is room.
     *
     * @param chars   the characters, not null
     * @param offset  where the text begins
     * @param length  how many characters it has
     * @return the text, not null
     */
    String text(char[] chars, int offset, int length) {
        if (length > MAX_LENGTH) {
            return new String(chars, offset, length);
        }
        int hash = hash(chars, offset, length);
        String kept = find(chars, offset, length, hash);
        if (kept != null) {
            return kept;
        }
        String text = new String(chars, offset, length);
        if (size < limit) {
            put(text, hash);
        }
        return text;
    }

    private @Nullable String find(char[] chars, int offset, int length, int hash) {
        int mask = texts.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            String t = texts[i];
            if (t == null) {
                return null;
            }
            if (hashes[i] == hash && equal(t, chars, offset, length)) {
                return t;
            }
        }
    }

    private void put(String text, int hash) {
        int mask = texts.length - 1;
        int i = hash & mask;
        while (texts[i] != null) {
            i = (i + 1) & mask;
        }
        texts[i] = text;
        hashes[i] = hash;
        size++;
    }

    private static boolean equal(String text, char[] chars, int offset, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] chars, int offset, int length) {
        int h = 0;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + chars[i];
        }
        // Spread the high bits into the low ones the mask keeps.
        return h ^ (h >>> 16);
    }
}
