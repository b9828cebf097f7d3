package io.github.binhdang.core.validation;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.validator.HibernateValidator;

/**
 * The Jakarta Bean Validation door: a Hibernate Validator factory, bootstrapped once and shared, that
 * validates an application's own objects with {@code @Valid} and the constraints of
 * {@link io.github.binhdang.core.validation.constraints}, such as
 * <pre>{@code
 * record Submission(@ValidPeriodText String period, @Percentage BigDecimal share, @Valid Observation observation) {}
 * Set<ConstraintViolation<Submission>> violations = BeanValidation.validator(Locale.forLanguageTag("vi")).validate(s);
 * }</pre>
 *
 * <p>Spring and Jakarta EE applications bootstrap their own factory, which finds the same constraints
 * and messages; this class is for applications that have none.
 *
 * @implSpec This class is immutable and thread-safe. The factory is built on first use, once (lazy
 *     holder), and its validators can be used from many threads at once.
 */
public final class BeanValidation {

    private BeanValidation() {
    }

    private static final class Holder {
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class).configure()
                .buildValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();
    }

    /**
     * Returns the shared factory.
     *
     * @return the factory, not null
     */
    public static ValidatorFactory factory() {
        return Holder.FACTORY;
    }

    /**
     * Returns the shared validator, whose messages are in the default locale.
     *
     * @return the validator, not null
     */
    public static Validator validator() {
        return Holder.VALIDATOR;
    }

    /**
     * Returns a validator whose messages are in a language: Vietnamese for {@code vi}, English for
     * {@link Locale#ENGLISH}. It shares the factory's metadata, so obtaining one is cheap.
     *
     * @param locale  the language of the messages, not null
     * @return the validator, not null
     */
    public static Validator validator(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        MessageInterpolator base = Holder.FACTORY.getMessageInterpolator();
        MessageInterpolator fixed = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return base.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return base.interpolate(template, context, locale);
            }
        };
        return Holder.FACTORY.usingContext().messageInterpolator(fixed).getValidator();
    }
}
