package io.github.binhdang.core.validation;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.message.Bundle;
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
 * <p>The files are read, and templates filled, by core's one message mechanism, {@link Bundle}, which
 * progress reasons share.
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
        static final Bundle TEMPLATES = Bundle.load(Messages.class, ENGLISH, VIETNAMESE, PREFIX);
    }

    /**
     * Reads a bundle in UTF-8.
     *
     * @param resource  the resource, relative to this class's package unless it starts with {@code /}
     * @return the properties
     * @throws IllegalStateException if the resource is missing
     */
    static Properties read(String resource) {
        return Bundle.read(Messages.class, resource);
    }

    /**
     * Returns the template of a built-in rule.
     *
     * @param code  the rule's code
     * @return the template in both languages
     * @throws IllegalStateException if either bundle lacks it (a build error, caught by the tests)
     */
    static BilingualText template(String code) {
        return Holder.TEMPLATES.template(code);
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
        return Bundle.format(pattern, arguments, value, locale);
    }

    /**
     * Writes an argument for a locale: numbers in its notation, bilingual text in its language.
     *
     * @param argument  the argument
     * @param locale    the locale
     * @return the text
     */
    static String display(Object argument, Locale locale) {
        return Bundle.display(argument, locale);
    }
}
