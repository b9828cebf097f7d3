package io.github.binhdang.core;

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
     * @param value  the value that was given, shown with {@link String#valueOf(Object)}; may be null
     * @param rule   the rule it breaks, in words, such as {@code "is below 0 for a percentage"}, not null
     */
    public InvalidValueException(String field, Object value, String rule) {
        this(field, value, rule, field + ": " + value + " " + rule);
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
}
