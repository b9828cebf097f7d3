/**
 * Jakarta Bean Validation constraints for fields that hold binhdang values as text or numbers: a
 * reporting period written as text, a code, a percentage, a count, a finite number.
 *
 * <p>Each constraint's validator is {@code true} for {@code null} (that is {@code @NotNull}'s job) and
 * calls the same check as the factories and the validation rules, through {@link
 * io.github.binhdang.core.constraints.ValueChecks}: one rule, two doors. Messages come from
 * {@code ContributorValidationMessages.properties} and {@code ContributorValidationMessages_vi.properties}
 * (which Hibernate Validator merges across jars, so an application's own {@code ValidationMessages}
 * adds to them without hiding them), keyed
 * {@code io.github.binhdang.core.constraints.<Name>.message}, with {@code {param}}
 * placeholders and no expression language.
 *
 * <p>In the core's layer order this package is a leaf below {@code data}: it imports only the root
 * exceptions, the leaf helpers, {@code period} and {@code unit}, so that {@code data}'s
 * {@code ObservationKey} can carry {@code @Code} (an application's {@code @Valid Observation} cascades
 * into it) without an arrow from {@code data} up to {@code validation}; it sits beside, not under,
 * {@code validation} for that reason. It must never import {@code validation} or anything above {@code indicator};
 * {@code ArchitectureTest} holds that.
 */
@NullMarked
package io.github.binhdang.core.constraints;

import org.jspecify.annotations.NullMarked;
