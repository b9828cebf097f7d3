package io.github.binhdang.core;

import io.github.binhdang.core.internal.Problems;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Thrown when a factory is given a value that breaks one of its rules: an empty code, a half-year 3,
 * a milestone of 140 %.
 *
 * <p>The message has the form {@code Type.field: value rule}, for example
 * {@code Milestone.value: -5 is below 0 for a percentage}. The parts are available separately
 * through {@link #field()}, {@link #value()} and {@link #rule()} so that an application can show
 * them in its own words or language.
 *
 * <p>{@link #key()} is a stable key for the kind of problem, {@code invalid.Milestone.value}, and
 * {@link #arguments()} its parts by name, so that an application can look up its own text (in
 * Vietnamese, say) by key and fill it in; the key stays when the English wording changes.
 *
 * <p>Problems in reported data are not thrown: an observation keeps what was reported and validation
 * turns it into a finding. This exception is for definitions that cannot exist.
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The field, such as {@code Milestone.value}. */
    private final String field;
    /** The value as text. */
    private final String value;
    /** The rule the value breaks. */
    private final String rule;

    /**
     * Creates an exception for a value that breaks a rule.
     *
     * @param field  the type and field, such as {@code "Milestone.value"}, not null
     * @param value  the value that was given, shown with {@link String#valueOf(Object)} and, in the message,
     *               shortened by {@link Excerpt#of(CharSequence)}; may be null
     * @param rule   the rule it breaks, in words, such as {@code "is below 0 for a percentage"}, not null
     */
    public InvalidValueException(String field, Object value, String rule) {
        this(field, value, rule, field + ": " + Excerpt.of(String.valueOf(value)) + " " + rule);
    }

    /**
     * Creates an exception with a message of its own; for subclasses that word the message differently.
     *
     * @param field    the type and field, not null
     * @param value    the value that was given; may be null
     * @param rule     the rule it breaks, not null
     * @param message  the full message, not null
     */
    protected InvalidValueException(String field, Object value, String rule, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
        this.value = String.valueOf(value);
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /**
     * Returns the type and field that was given a bad value, such as {@code "Milestone.value"}.
     *
     * @return the field, not null
     */
    public String field() {
        return field;
    }

    /**
     * Returns the value that was given, as text ({@code "null"} when none was given).
     *
     * @return the value as text, not null
     */
    public String value() {
        return value;
    }

    /**
     * Returns the rule that the value breaks, in words, such as {@code "is below 0 for a percentage"}.
     *
     * @return the rule, not null
     */
    public String rule() {
        return rule;
    }

    /**
     * Returns what is wrong in words for the person who wrote the value, without the Java type and field
     * of {@link #getMessage()}: the value and the rule, such as {@code -5 is below 0 for a percentage}.
     *
     * @return the text, not null
     */
    public String reason() {
        return value + " " + rule;
    }

    /**
     * Returns what is wrong in words for the person who wrote the value, in a language: in Vietnamese for a
     * locale whose language is {@code vi}, from core's texts of value problems by {@link #key()} (the same
     * texts that word a reader's finding about a value), and otherwise in English, {@link #reason()}. Like
     * {@link #reason()} it names no Java type or field. For example, for {@code Sex.parse("X")}:
     * <pre>
     * e.message(Locale.forLanguageTag("vi"));   // giới tính 'X' không đúng; hãy ghi Nữ hoặc Nam (F hoặc M)
     * e.message(Locale.ENGLISH);                // 'X' is not a sex: use F, M or _T (or Nữ, Nam, Tổng số)
     * </pre>
     * A key with no text of its own takes the text of the longest key that it starts with, followed by a
     * dot, and at the end the general text of its kind ({@code giá trị 'X' không hợp lệ}).
     *
     * @param locale  the language, not null
     * @return the text, not null
     */
    public String message(Locale locale) {
        return Problems.message(this, Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns a stable key for the kind of problem: {@code invalid.} and the field, such as
     * {@code invalid.Milestone.value}; a {@link TextParseException} gives {@code parse.} and the field,
     * such as {@code parse.ReportingPeriod}. The key does not change when the English rule is reworded,
     * so an application may keep its own messages under it.
     *
     * @return the key, not null
     */
    public String key() {
        return "invalid." + field;
    }

    /**
     * Returns the parts of the message by name, for a message of the application's own:
     * {@code field}, {@code value} and {@code rule} (and {@code text} and {@code character}, from 1, for a
     * {@link TextParseException}).
     *
     * @return the arguments, unmodifiable, in that order, not null
     */
    public Map<String, String> arguments() {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("field", field);
        arguments.put("value", value);
        arguments.put("rule", rule);
        return java.util.Collections.unmodifiableMap(arguments);
    }
}
