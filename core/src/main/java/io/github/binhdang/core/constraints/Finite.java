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
 * The annotated number must be finite: not NaN and not an infinity, which no reported figure can
 * be and which {@code Observation} refuses.
 *
 * <p>Supported types: {@link Double}, {@link Float} and any other {@link Number} (always finite except
 * for a type that cannot be read as a decimal). {@code null} is valid.
 *
 * @see FiniteValidator
 */
@Documented
@Constraint(validatedBy = FiniteValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Finite.List.class)
public @interface Finite {

    /**
     * Returns the message, by default the key of this constraint in {@code ContributorValidationMessages}.
     *
     * @return the message template
     */
    String message() default "{io.github.binhdang.core.constraints.Finite.message}";

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
     * Several {@code @Finite} constraints on one element, such as in different groups.
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
        Finite[] value();
    }
}
