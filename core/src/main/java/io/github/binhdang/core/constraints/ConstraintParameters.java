package io.github.binhdang.core.constraints;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Adds {@code {name}} message parameters where the provider is Hibernate Validator. */
final class ConstraintParameters {

    private ConstraintParameters() {
    }

    static void add(ConstraintValidatorContext context, String name, String value) {
        try {
            context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter(name, value);
        } catch (ValidationException e) {
            // Another provider: the message shows the placeholder, which is still readable.
        }
    }
}
