package io.github.binhdang.core.constraints;

import io.github.binhdang.core.internal.Checks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link Percentage}: {@code true} for {@code null}, otherwise whether the value is a percentage from 0 to 100, through
 * {@link ValueChecks}, the check the validation rules use too.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class PercentageValidator implements ConstraintValidator<Percentage, Number> {

    /**
     * Creates the validator; Bean Validation providers call this.
     */
    public PercentageValidator() {
        // Stateless: the annotation has no attribute to read.
    }

    /**
     * Tells whether the value is valid, adding the message parameter {@code value} when it is not.
     *
     * @param value    the value, may be null
     * @param context  the constraint's context, not null
     * @return true if the value is null or a percentage from 0 to 100
     */
    @Override
    public boolean isValid(@Nullable Number value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<BigDecimal> decimal = ValueChecks.decimal(value);
        boolean valid = decimal.isPresent() && ValueChecks.isPercentage(decimal.get());
        if (!valid) {
            ConstraintParameters.add(context, "value", value instanceof BigDecimal d ? Checks.plain(d) : value.toString());
        }
        return valid;
    }
}
