/**
 * Jakarta Bean Validation constraints for fields that hold binhdang values as text or numbers: a
 * reporting period written as text, a code, a percentage, a count, a finite number.
 *
 * <p>Each constraint's validator is {@code true} for {@code null} (that is {@code @NotNull}'s job) and
 * calls the same check as the factories and the validation rules, through {@link
 * io.github.binhdang.core.validation.constraints.ValueChecks}: one rule, two doors. Messages come from
 * {@code ContributorValidationMessages.properties} and {@code ContributorValidationMessages_vi.properties}
 * (which Hibernate Validator merges across jars, so an application's own {@code ValidationMessages}
 * adds to them without hiding them), keyed
 * {@code io.github.binhdang.core.validation.constraints.<Name>.message}, with {@code {param}}
 * placeholders and no expression language.
 */
@NullMarked
package io.github.binhdang.core.validation.constraints;

import org.jspecify.annotations.NullMarked;
