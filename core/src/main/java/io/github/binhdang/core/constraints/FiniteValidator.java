package io.github.binhdang.core.constraints;

import io.github.binhdang.core.internal.Checks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link Finite}: {@code true} for {@code null}, otherwise whether the value is finite, through
 * {@link ValueChecks}, the check the validation rules use too.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class FiniteValidator implements ConstraintValidator<Finite, Number> {

    /**
     * Creates the validator; Bean Validation providers call this.
     */
    public FiniteValidator() {
        // Stateless: the annotation has no attribute to read.
    }

    /**
     * Tells whether the value is valid, adding the message parameter {@code value} when it is not.
     *
     * @param value    the value, may be null
     * @param context  the constraint's context, not null
     * @return true if the value is null or finite
     */
    @Override
    public boolean isValid(@Nullable Number value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean valid = ValueChecks.isFinite(value);
        if (!valid) {
            ConstraintParameters.add(context, "value", value instanceof BigDecimal d ? Checks.plain(d) : value.toString());
        }
        return valid;
    }
}
