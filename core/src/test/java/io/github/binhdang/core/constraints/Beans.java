package io.github.binhdang.core.constraints;

import io.github.binhdang.core.validation.BeanValidation;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Validates a bean through the shared Hibernate Validator factory and returns its messages, sorted. */
final class Beans {

    static final Locale VI = Locale.forLanguageTag("vi");

    private Beans() {
    }

    static List<String> messages(Object bean, Locale locale, Class<?>... groups) {
        List<String> messages = new ArrayList<>();
        for (ConstraintViolation<Object> v : BeanValidation.validator(locale).validate(bean, groups)) {
            messages.add(v.getPropertyPath() + ": " + v.getMessage());
        }
        messages.sort(null);
        return messages;
    }
}
