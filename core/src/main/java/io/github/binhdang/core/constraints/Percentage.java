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
 * The annotated number must be a percentage: from 0 to 100, both included, the bounds of
 * {@link io.github.binhdang.core.unit.Unit#PERCENT}, which {@code Milestone} and the rule
 * {@code percentage.range} also apply. NaN and infinities are not percentages.
 *
 * <p>Supported types: {@link java.math.BigDecimal}, {@link Double}, {@link Float}, {@link Integer},
 * {@link Long} and any other {@link Number}. {@code null} is valid.
 *
 * @see PercentageValidator
 */
@Documented
@Constraint(validatedBy = PercentageValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Percentage.List.class)
public @interface Percentage {

    /**
     * Returns the message, by default the key of this constraint in {@code ContributorValidationMessages}.
     *
     * @return the message template
     */
    String message() default "{io.github.binhdang.core.constraints.Percentage.message}";

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
     * Several {@code @Percentage} constraints on one element, such as in different groups.
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
        Percentage[] value();
    }
}
