package io.github.binhdang.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown when text cannot be read as the value it should stand for: a period {@code 2022-Q5}, a number
 * {@code 12,3,4}.
 *
 * <p>The message gives the text (shortened by {@link Excerpt#of(CharSequence)}), the position and the rule:
 * {@code Cannot parse '2022-Q5' at index 6: quarter must be 1 to 4}. The position is a zero-based
 * index into {@link #text()}.
 */
public class TextParseException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /** The text that could not be parsed. */
    private final String text;
    /** The zero-based index into the text where parsing failed. */
    private final int index;

    /**
     * Creates an exception for text that cannot be parsed.
     *
     * @param field  the type and field that was being parsed, such as {@code "ReportingPeriod"}, not null
     * @param text   the whole text that was given, not null
     * @param index  the zero-based position of the problem in {@code text}
     * @param rule   what the text should have been at that position, not null
     */
    public TextParseException(String field, CharSequence text, int index, String rule) {
        super(field, text, rule, "Cannot parse '" + Excerpt.of(text) + "' at index " + index + ": " + rule);
        this.text = text.toString();
        this.index = index;
    }

    /**
     * Returns the whole text that could not be parsed.
     *
     * @return the text, not null
     */
    public String text() {
        return text;
    }

    /**
     * Returns what is wrong in words, counting characters from 1 as a person does:
     * {@code '2022-Q5' cannot be read: quarter must be 1 to 4, at character 7}. The character is left out
     * when the problem is at the start or after the end of the text.
     *
     * @return the text, not null
     */
    @Override
    public String reason() {
        boolean inside = index > 0 && index < text.length();
        return "'" + Excerpt.of(text) + "' cannot be read: " + rule() + (inside ? ", at character " + (index + 1) : "");
    }

    /**
     * Returns {@code parse.} and the field, such as {@code parse.ReportingPeriod}.
     *
     * @return the key, not null
     */
    @Override
    public String key() {
        return "parse." + field();
    }

    /**
     * Returns {@code field}, {@code value}, {@code rule}, {@code text} and {@code character}: the
     * position of the problem counted from 1, as a person counts characters.
     *
     * @return the arguments, unmodifiable, not null
     */
    @Override
    public Map<String, String> arguments() {
        Map<String, String> arguments = new LinkedHashMap<>(super.arguments());
        arguments.put("text", text);
        arguments.put("character", Integer.toString(index + 1));
        return Collections.unmodifiableMap(arguments);
    }

    /**
     * Returns the zero-based position in {@link #text()} where the problem was found.
     *
     * @return the index, from 0 to the text's length
     */
    public int index() {
        return index;
    }
}
