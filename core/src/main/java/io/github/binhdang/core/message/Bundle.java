package io.github.binhdang.core.message;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.internal.Templates;
import io.github.binhdang.core.unit.NumberNotation;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A bundle of message templates in English and Vietnamese, read once from two {@code .properties}
 * files beside a class, and the formatting of templates with named {@code {name}} placeholders.
 *
 * <p>The files sit in the package of the class that owns them, not at the root of the class path, so
 * that an application's own bundle of the same name cannot hide them; in core's named module a
 * package's resources are encapsulated, and core's own classes read them through
 * {@link Class#getResourceAsStream(String)}.
 *
 * <p>The files are read directly, in UTF-8, rather than through {@link java.util.ResourceBundle}: a
 * bundle lookup for English would fall back to the Vietnamese file on a machine whose default locale is
 * Vietnamese, and a named module cannot ask for a lookup without that fallback.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Bundle {

    private final String prefix;
    private final String where;
    private final Map<String, BilingualText> templates;
    /** Each template parsed once: literal, name, literal, … with the names interned. */
    private final Map<String, String[][]> parsed;

    private Bundle(String prefix, String where, Map<String, BilingualText> templates) {
        this.prefix = prefix;
        this.where = where;
        this.templates = templates;
        Map<String, String[][]> parts = new HashMap<>();
        templates.forEach((key, t) -> parts.put(key, new String[][] {parse(t.vi()), parse(t.en())}));
        this.parsed = Map.copyOf(parts);
    }

    /**
     * Reads a bundle: the keys that start with the prefix and are in both files.
     *
     * @param owner       the class beside whose package the files are, not null
     * @param english     the English file's name, such as {@code messages.properties}
     * @param vietnamese  the Vietnamese file's name, such as {@code messages_vi.properties}
     * @param prefix      the prefix of every key, such as {@code binhdang.}, left out of the keys looked up
     * @return the bundle, not null
     * @throws IllegalStateException if a file is missing
     */
    public static Bundle load(Class<?> owner, String english, String vietnamese, String prefix) {
        Properties en = read(owner, english);
        Properties vi = read(owner, vietnamese);
        Map<String, BilingualText> templates = new HashMap<>();
        for (String key : en.stringPropertyNames()) {
            String viText = vi.getProperty(key);
            if (key.startsWith(prefix) && viText != null) {
                templates.put(key.substring(prefix.length()), BilingualText.of(viText, en.getProperty(key)));
            }
        }
        return new Bundle(prefix, english + " and " + vietnamese + " of " + owner.getPackageName(),
                Map.copyOf(templates));
    }

    /**
     * Reads a properties file in UTF-8.
     *
     * @param owner     the class the resource's name is relative to, not null
     * @param resource  the resource, relative to the class's package unless it starts with {@code /}
     * @return the properties, not null
     * @throws IllegalStateException if the resource is missing
     * @throws UncheckedIOException if it cannot be read
     */
    public static Properties read(Class<?> owner, String resource) {
        return Templates.read(owner, resource);
    }

    /**
     * Returns the keys of this bundle, without the prefix.
     *
     * @return an unmodifiable set, not null
     */
    public Set<String> keys() {
        return templates.keySet();
    }

    /**
     * Returns a template.
     *
     * @param key  the key without the prefix, such as {@code progress.achieved}
     * @return the template in both languages, not null
     * @throws IllegalStateException if either file lacks it (a build error, caught by the tests)
     */
    public BilingualText template(String key) {
        BilingualText template = templates.get(key);
        if (template == null) {
            throw new IllegalStateException("no message for " + prefix + key + " in both bundles " + where);
        }
        return template;
    }

    /**
     * Fills a template of this bundle in both languages, each with the arguments written in its own
     * language; the same text as {@code format(template(key), arguments)}, from the template parsed
     * once.
     *
     * @param key        the key without the prefix
     * @param arguments  the arguments by name, not null
     * @return the text, not null
     * @throws IllegalStateException if either file lacks the key
     */
    public BilingualText format(String key, Map<String, ?> arguments) {
        String[][] parts = parsed.get(key);
        if (parts == null) {
            template(key);
        }
        return BilingualText.of(fill(parts[0], arguments, null, VIETNAMESE),
                fill(parts[1], arguments, null, Locale.ENGLISH));
    }

    /** Splits a pattern as {@link #format(String, Map, String, Locale)} reads it: literal, name, …, literal. */
    private static String[] parse(String pattern) {
        return Templates.parse(pattern);
    }

    // Fills a parsed template: each name by its argument, {value} without one by the value if given,
    // and any other name without an argument left as written.
    private static String fill(String[] parts, Map<String, ?> arguments, @Nullable String value, Locale locale) {
        return Templates.fill(parts, arguments, value, argument -> display(argument, locale));
    }

    /**
     * Fills a template in both languages, each with the arguments written in its own language.
     *
     * @param template   the template, not null
     * @param arguments  the arguments by name, not null
     * @return the text, not null
     */
    public static BilingualText format(BilingualText template, Map<String, ?> arguments) {
        return BilingualText.of(format(template.vi(), arguments, null, VIETNAMESE),
                format(template.en(), arguments, null, Locale.ENGLISH));
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /**
     * Replaces each {@code {name}} in a pattern by its argument, written for the locale; a placeholder
     * with no argument stays as it is.
     *
     * @param pattern    the pattern, not null
     * @param arguments  the arguments by name, not null
     * @param value      the text for a {@code {value}} with no argument, or null to leave it
     * @param locale     the locale, not null
     * @return the text, not null
     */
    public static String format(String pattern, Map<String, ?> arguments, @Nullable String value, Locale locale) {
        return fill(parse(pattern), arguments, value, locale);
    }

    /**
     * Writes an argument for a locale: numbers in its notation, bilingual text in its language.
     *
     * @param argument  the argument, not null
     * @param locale    the locale, not null
     * @return the text, not null
     */
    public static String display(Object argument, Locale locale) {
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
