package io.github.binhdang.core.validation;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.unit.NumberNotation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The message templates of the built-in rules, read once from {@code messages.properties} (English) and
 * {@code messages_vi.properties} (Vietnamese) in this package, and the formatting of messages.
 *
 * <p>The bundles sit in core's own package, not at the root of the class path: an application's own
 * {@code ValidationMessages.properties}, found first on the class path, would hide a root-level bundle
 * of that name (the Bean Validation constraints' messages are in {@code ContributorValidationMessages},
 * which Hibernate Validator merges across jars).
 *
 * <p>The files are read directly, in UTF-8, rather than through {@link java.util.ResourceBundle}: a
 * bundle lookup for English would fall back to the Vietnamese file on a machine whose default locale is
 * Vietnamese, and a named module cannot ask for a lookup without that fallback.
 */
final class Messages {

    /** The prefix of every finding's message key. */
    static final String PREFIX = "binhdang.";

    /** The English bundle, beside this class. */
    static final String ENGLISH = "messages.properties";

    /** The Vietnamese bundle, beside this class. */
    static final String VIETNAMESE = "messages_vi.properties";

    private Messages() {
    }

    private static final class Holder {
        static final Map<String, BilingualText> TEMPLATES = load();
    }

    private static Map<String, BilingualText> load() {
        Properties en = read(ENGLISH);
        Properties vi = read(VIETNAMESE);
        Map<String, BilingualText> templates = new HashMap<>();
        for (String key : en.stringPropertyNames()) {
            String viText = vi.getProperty(key);
            if (key.startsWith(PREFIX) && viText != null) {
                templates.put(key.substring(PREFIX.length()), BilingualText.of(viText, en.getProperty(key)));
            }
        }
        return Map.copyOf(templates);
    }

    /**
     * Reads a bundle in UTF-8.
     *
     * @param resource  the resource, relative to this class's package unless it starts with {@code /}
     * @return the properties
     * @throws IllegalStateException if the resource is missing
     */
    static Properties read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return properties;
    }

    /**
     * Returns the template of a built-in rule.
     *
     * @param code  the rule's code
     * @return the template in both languages
     * @throws IllegalStateException if either bundle lacks it (a build error, caught by the tests)
     */
    static BilingualText template(String code) {
        BilingualText template = Holder.TEMPLATES.get(code);
        if (template == null) {
            throw new IllegalStateException("no message for " + PREFIX + code + " in both bundles "
                    + ENGLISH + " and " + VIETNAMESE + " of " + Messages.class.getPackageName());
        }
        return template;
    }

    /**
     * Replaces each {@code {name}} in a pattern by its argument, formatted for the locale.
     *
     * @param pattern    the pattern
     * @param arguments  the arguments by name
     * @param value      the finding's value, for a {@code {value}} with no argument
     * @param locale     the locale
     * @return the message
     */
    static String format(String pattern, Map<String, Object> arguments, String value, Locale locale) {
        StringBuilder text = new StringBuilder(pattern.length() + 32);
        int from = 0;
        while (from < pattern.length()) {
            int open = pattern.indexOf('{', from);
            int close = open < 0 ? -1 : pattern.indexOf('}', open + 1);
            if (close < 0) {
                text.append(pattern, from, pattern.length());
                break;
            }
            text.append(pattern, from, open);
            String name = pattern.substring(open + 1, close);
            Object argument = arguments.get(name);
            if (argument != null) {
                text.append(display(argument, locale));
            } else if (name.equals("value")) {
                text.append(value);
            } else {
                text.append(pattern, open, close + 1);
            }
            from = close + 1;
        }
        return text.toString();
    }

    /**
     * Writes an argument for a locale: numbers in its notation, bilingual text in its language.
     *
     * @param argument  the argument
     * @param locale    the locale
     * @return the text
     */
    static String display(Object argument, Locale locale) {
        NumberNotation notation = "vi".equals(locale.getLanguage()) ? NumberNotation.VIETNAMESE : NumberNotation.ENGLISH;
        if (argument instanceof BigDecimal d) {
            return notation.format(d);
        }
        if (argument instanceof Integer || argument instanceof Long || argument instanceof Short
                || argument instanceof Byte) {
            return notation.format(BigDecimal.valueOf(((Number) argument).longValue()));
        }
        if (argument instanceof BigInteger i) {
            return notation.format(new BigDecimal(i));
        }
        if (argument instanceof BilingualText t) {
            return t.in(locale);
        }
        return argument.toString();
    }
}
