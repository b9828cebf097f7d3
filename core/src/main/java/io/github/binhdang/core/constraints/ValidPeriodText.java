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
 * The annotated text must be a reporting period as
 * {@link io.github.binhdang.core.period.ReportingPeriod#parse(CharSequence)} reads it: {@code 2022},
 * {@code 2022-S1}, {@code 2022-Q3}, {@code 2022-M09}, {@code 2021/2025}, {@code HDND:2016/2021} and
 * the other forms it accepts. The message names the first character that cannot be read
 * ({@code {position}}, counted from 1).
 *
 * <p>Supported type: {@link CharSequence}. {@code null} is valid.
 *
 * @see ValidPeriodTextValidator
 */
@Documented
@Constraint(validatedBy = ValidPeriodTextValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidPeriodText.List.class)
public @interface ValidPeriodText {

    /**
     * Returns the message, by default the key of this constraint in {@code ContributorValidationMessages}.
     *
     * @return the message template
     */
    String message() default "{io.github.binhdang.core.constraints.ValidPeriodText.message}";

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
     * Several {@code @ValidPeriodText} constraints on one element, such as in different groups.
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
        ValidPeriodText[] value();
    }
}
