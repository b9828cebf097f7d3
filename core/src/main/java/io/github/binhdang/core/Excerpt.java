package io.github.binhdang.core;

/**
 * The one rule for quoting text a user gave inside a message or a problem: text of up to
 * {@value #DEFAULT_LENGTH} characters is kept as written; longer text keeps its first
 * {@value #DEFAULT_LENGTH} characters, an ellipsis and its full length in characters, so that a
 * 50 MB header line gives a message of a hundred characters, not of 50 MB, and two long values that
 * differ only at their end still read as two different lengths.
 *
 * <p>For example, a field of 100,000 digits {@code 1111…} is quoted as
 * {@code 11111111111111111111111111111111111111111111111111111111111111111111111111111111… (100000 chars)}.
 * The length is written with plain digits and the language-neutral abbreviation {@code chars}, because the
 * excerpt is made once, when the problem is found, before the language of its message is known.
 *
 * <p>Lengths count {@code char}s, as {@link String#length()} does; a cut never splits a surrogate pair.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Excerpt {

    /** How many characters of a text are kept as written: {@value}. */
    public static final int DEFAULT_LENGTH = 80;

    private Excerpt() {
    }

    /**
     * Returns the text as it may be quoted in a message: itself when it has at most
     * {@value #DEFAULT_LENGTH} characters, otherwise its first {@value #DEFAULT_LENGTH}, {@code "…"} and
     * its full length.
     *
     * @param text  the text a user gave, not null
     * @return the text or its excerpt, not null
     */
    public static String of(CharSequence text) {
        return of(text, DEFAULT_LENGTH);
    }

    /**
     * Returns the text as it may be quoted in a message, keeping at most {@code keep} characters.
     *
     * @param text  the text a user gave, not null
     * @param keep  how many characters to keep as written, at least 1
     * @return the text itself when it has at most {@code keep} characters, otherwise its first
     *         {@code keep} characters (one fewer where the last would be half of a surrogate pair),
     *         {@code "…"} and {@code " (N chars)"}, not null
     * @throws IllegalArgumentException if {@code keep} is below 1
     */
    public static String of(CharSequence text, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("An excerpt keeps at least 1 character, not " + keep);
        }
        int length = text.length();
        if (length <= keep) {
            return text.toString();
        }
        int end = Character.isHighSurrogate(text.charAt(keep - 1)) ? keep - 1 : keep;
        return new StringBuilder(end + 24).append(text, 0, end).append("… (").append(length).append(" chars)")
                .toString();
    }

    /**
     * Tells whether a text would be shortened by {@link #of(CharSequence)}.
     *
     * @param text  the text, not null
     * @return true if it has more than {@value #DEFAULT_LENGTH} characters
     */
    public static boolean shortens(CharSequence text) {
        return text.length() > DEFAULT_LENGTH;
    }
}
