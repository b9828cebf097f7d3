package io.github.binhdang.core.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link ValidPeriodText}: {@code true} for {@code null}, otherwise whether the value is a reporting period, through
 * {@link ValueChecks}, the check the validation rules use too.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class ValidPeriodTextValidator implements ConstraintValidator<ValidPeriodText, CharSequence> {

    /**
     * Creates the validator; Bean Validation providers call this.
     */
    public ValidPeriodTextValidator() {
        // Stateless: the annotation has no attribute to read.
    }

    /**
     * Tells whether the value is valid, adding the message parameter {@code value} when it is not.
     *
     * @param value    the value, may be null
     * @param context  the constraint's context, not null
     * @return true if the value is null or a reporting period
     */
    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        OptionalInt error = ValueChecks.periodTextError(value);
        if (error.isEmpty()) {
            return true;
        }
        ConstraintParameters.add(context, "value", value.toString());
        ConstraintParameters.add(context, "position", Integer.toString(error.getAsInt() + 1));
        return false;
    }
}
