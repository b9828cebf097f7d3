package io.github.binhdang.core.validation;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The Jakarta Bean Validation door: a Hibernate Validator factory, bootstrapped once and shared, that
 * validates an application's own objects with {@code @Valid} and the constraints of
 * {@link io.github.binhdang.core.constraints}, such as
 * <pre>{@code
 * record Submission(@ValidPeriodText String period, @Percentage BigDecimal share, @Valid Observation observation) {}
 * Set<ConstraintViolation<Submission>> violations = BeanValidation.validator(Locale.forLanguageTag("vi")).validate(s);
 * }</pre>
 *
 * <p>Spring and Jakarta EE applications bootstrap their own factory, which finds the same constraints
 * and messages; this class is for applications that have none.
 *
 * <p>binhdang's messages use no expression language, so none is required: with an EL implementation
 * on the class path (such as {@code org.glassfish.expressly:expressly}) the factory interpolates
 * messages as Hibernate Validator does by default; without one it uses Hibernate Validator's
 * {@link ParameterMessageInterpolator}, which fills in {@code {param}} placeholders only (Hibernate
 * Validator's own English messages for {@code @DecimalMin} and {@code @DecimalMax} then show their
 * {@code ${…}} expression as written).
 *
 * @implSpec This class is immutable and thread-safe. The factory is built on first use, once (lazy
 *     holder), and its validators can be used from many threads at once.
 */
public final class BeanValidation {

    private BeanValidation() {
    }

    private static final class Holder {
        static final ValidatorFactory FACTORY = build(true);
        static final Validator VALIDATOR = FACTORY.getValidator();
    }

    /**
     * Builds a factory.
     *
     * @param expressionLanguage  false to interpolate without expression language even when it is present
     * @return the factory, with the default interpolator if asked for and an EL implementation is present,
     *     else with {@link ParameterMessageInterpolator}
     */
    static ValidatorFactory build(boolean expressionLanguage) {
        if (expressionLanguage) {
            try {
                return Validation.byProvider(HibernateValidator.class).configure().buildValidatorFactory();
            } catch (ValidationException | LinkageError noExpressionLanguage) {
                // HV000183 (no EL implementation found) or jakarta.el missing: fall through.
            }
        }
        return Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
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
