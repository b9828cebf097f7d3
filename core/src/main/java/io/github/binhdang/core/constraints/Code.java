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
 * The annotated text must be a code: letters A–Z or a–z, digits, '.', '_' or '-', starting with a
 * letter or digit, the pattern that {@code Area.of}, {@code Indicator.builder} and
 * {@code Strategy.builder} require of codes. "Sơn La" is a name, not a code; "14" is.
 *
 * <p>Supported type: {@link CharSequence}. {@code null} is valid.
 *
 * @see CodeValidator
 */
@Documented
@Constraint(validatedBy = CodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Code.List.class)
public @interface Code {

    /**
     * Returns the message, by default the key of this constraint in {@code ContributorValidationMessages}.
     *
     * @return the message template
     */
    String message() default "{io.github.binhdang.core.constraints.Code.message}";

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
     * Several {@code @Code} constraints on one element, such as in different groups.
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
        Code[] value();
    }
}
