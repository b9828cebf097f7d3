package io.github.binhdang.core.internal;

import io.github.binhdang.core.Excerpt;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.TextParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The one home for wording an {@link InvalidValueException} for the person who wrote the value, behind
 * {@link InvalidValueException#message(Locale)} and {@code message.Problem}: the Vietnamese from
 * {@code io/github/binhdang/core/message/problems_vi.properties} by the exception's key (or the longest key
 * of the file that it starts with, followed by a dot), the English the exception's own
 * {@linkplain InvalidValueException#reason() reason}. It lives below {@code message} in the layer order so
 * that the root exceptions can call it; the file is read with {@link Templates}, as {@code message.Bundle}
 * reads it.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Problems {

    /** The folder of the problem texts, beside {@code message.Problem}. */
    public static final String FOLDER = "/io/github/binhdang/core/message/";

    private static final class Holder {
        static final Map<String, String[]> VIETNAMESE = parsed(Templates.read(Problems.class,
                FOLDER + "problems_vi.properties"));
    }

    private Problems() {
    }

    private static Map<String, String[]> parsed(Properties texts) {
        Map<String, String[]> parsed = new HashMap<>();
        for (String key : texts.stringPropertyNames()) {
            parsed.put(key, Templates.parse(texts.getProperty(key)));
        }
        return Map.copyOf(parsed);
    }

    /**
     * Words a value problem in a language: Vietnamese for a locale whose language is {@code vi}, English
     * for any other.
     *
     * @param e       the exception, not null
     * @param locale  the locale, not null
     * @return the text, not null
     */
    public static String message(InvalidValueException e, Locale locale) {
        if (!"vi".equals(locale.getLanguage())) {
            return e.reason();
        }
        Map<String, String> arguments = new HashMap<>(e.arguments());
        String value = e.value();
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            value = value.substring(1, value.length() - 1);
        }
        arguments.put("value", Excerpt.of(value));
        if (e instanceof TextParseException t) {
            arguments.put("text", Excerpt.of(t.text()));
        }
        String[] template = Holder.VIETNAMESE.get(keyOf(e.key(), Holder.VIETNAMESE.keySet()));
        if (template == null) {
            // A kind with no text at all (the file lacks invalid or parse): the English reason.
            return e.reason();
        }
        return Templates.fill(template, arguments, null, String::valueOf);
    }

    /**
     * The longest of the keys that is the key or starts it followed by a dot ({@code invalid.GapInputs} for
     * {@code invalid.GapInputs.LITERACY_RATE}), and at the end the key's kind, {@code invalid} or
     * {@code parse}.
     *
     * @param key   the exception's key, not null
     * @param keys  the keys that have a text, not null
     * @return the key whose text words it, not null
     */
    public static String keyOf(String key, Set<String> keys) {
        String candidate = key;
        while (!keys.contains(candidate)) {
            int dot = candidate.lastIndexOf('.');
            if (dot < 0) {
                return candidate;
            }
            candidate = candidate.substring(0, dot);
        }
        return candidate;
    }
}
