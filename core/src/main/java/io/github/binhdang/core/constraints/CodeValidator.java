package io.github.binhdang.core.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link Code}: {@code true} for {@code null}, otherwise whether the value is a code, through
 * {@link ValueChecks}, the check the validation rules use too.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class CodeValidator implements ConstraintValidator<Code, CharSequence> {

    /**
     * Creates the validator; Bean Validation providers call this.
     */
    public CodeValidator() {
        // Stateless: the annotation has no attribute to read.
    }

    /**
     * Tells whether the value is valid, adding the message parameter {@code value} when it is not.
     *
     * @param value    the value, may be null
     * @param context  the constraint's context, not null
     * @return true if the value is null or a code
     */
    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean valid = ValueChecks.isCode(value);
        if (!valid) {
            ConstraintParameters.add(context, "value", value.toString());
        }
        return valid;
    }
}
