package io.github.binhdang.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated number must be a count: a whole number, 0 or more (12 and 12.0, not 12.5 or -1),
 * as {@link io.github.binhdang.core.unit.Unit#COUNT} and the rule {@code count.integer} require.
 *
 * <p>Supported types: {@link java.math.BigDecimal}, {@link Integer}, {@link Long}, {@link Double} and
 * any other {@link Number}. {@code null} is valid.
 *
 * @see CountValidator
 */
@Documented
@Constraint(validatedBy = CountValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Count.List.class)
public @interface Count {

    /**
     * Returns the message, by default the key of this constraint in {@code ContributorValidationMessages}.
     *
     * @return the message template
     */
    String message() default "{io.github.binhdang.core.constraints.Count.message}";

    /**
     * Returns the groups the constraint belongs to.
     *
     * @return the groups, none by default
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload the constraint carries for the application.
     *
     * @return the payload, none by default
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@code @Count} constraints on one element, such as in different groups.
     */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * Returns the constraints.
         *
         * @return the constraints
         */
        Count[] value();
    }
}
