package io.github.binhdang.core.validation;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Checks;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One problem found by validation: which rule found it, how serious it is, where it is, what value was
 * found there, what the rule requires, and a message for the official who typed the figure, in English
 * or Vietnamese.
 *
 * <p>The message is the {@code template} with each {@code {name}} replaced by the argument of that name:
 * a {@link java.math.BigDecimal}, {@link Integer} or {@link Long} is written in the locale's notation
 * (38.89 and 125,525 in English, 38,89 and 125.525 in Vietnamese), a {@link BilingualText} in the
 * locale's language, anything else with its {@code toString()}. A placeholder with no argument of its
 * name is left as it is, except {@code {value}}, which falls back to {@link #value()}. Templates of the
 * built-in rules come from core's bundles {@code io/github/binhdang/core/validation/messages.properties}
 * (English) and {@code messages_vi.properties} (Vietnamese), key {@code binhdang.<code>}.
 *
 * <p>For example, a reported 105 % gives code {@code percentage.range}, severity {@code ERROR}, value
 * {@code "105"}, rule {@code "must be from 0 to 100 for a percentage"} and the messages "105 % is
 * outside 0–100, the range of a percentage" and "105 % nằm ngoài khoảng 0–100 của một tỷ lệ phần
 * trăm".
 *
 * @param code       the code of the rule that found it, such as {@code percentage.range}; letters,
 *                   digits, '.', '_' or '-'
 * @param severity   how serious it is, not null
 * @param location   where it is, not null
 * @param value      the value found, as text ({@code ""} when there is none, such as a missing row)
 * @param rule       what the rule requires, in English, such as {@code "must be from 0 to 100 for a percentage"}
 * @param arguments  the named values the message shows; immutable values only
 * @param template   the message with {@code {name}} placeholders, in Vietnamese and English
 * @implSpec This record is immutable and thread-safe when its arguments are.
 */
public record Finding(String code, Severity severity, Location location, String value, String rule,
        Map<String, Object> arguments, BilingualText template) {

    /**
     * Checks the parts and copies the arguments.
     *
     * @param code       the code of the rule that found it; letters, digits, '.', '_' or '-'
     * @param severity   how serious it is, not null
     * @param location   where it is, not null
     * @param value      the value found, as text, not null
     * @param rule       what the rule requires, in English, not blank
     * @param arguments  the named values the message shows, no null key or value
     * @param template   the message with {@code {name}} placeholders, not null
     * @throws InvalidValueException if the code is malformed or the rule blank
     */
    public Finding {
        Checks.requireCode("Finding.code", code);
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(value, "value");
        rule = Checks.requireText("Finding.rule", rule);
        arguments = Map.copyOf(arguments);
        Objects.requireNonNull(template, "template");
    }

    /**
     * Returns the message in a language: Vietnamese for the language {@code vi}, English for any other.
     *
     * @param locale  the locale, not null
     * @return the message, not null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return Messages.format(template.in(locale), arguments, value, locale);
    }

    /**
     * Returns the message in English.
     *
     * @return the message, not null
     */
    public String message() {
        return message(Locale.ENGLISH);
    }

    /**
     * Tells whether this finding is an error.
     *
     * @return true for {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Returns a copy at another location, such as one with the line and column of the file read.
     *
     * @param location  the location, not null
     * @return the finding, not null
     */
    public Finding withLocation(Location location) {
        return new Finding(code, severity, location, value, rule, arguments, template);
    }

    /**
     * Returns a line for logs, in English and without the message template: the severity, the code, the
     * location, the value and the rule, such as
     * {@code ERROR percentage.range W_ENT/14/2017/_T value: 105 must be from 0 to 100 for a percentage}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return severity + " " + code + " " + location + ": " + (value.isEmpty() ? "" : value + " ") + rule;
    }
}
