/**
 * Calculation: an indicator's value from its components, gender measures from a sex breakdown,
 * changes between periods, and aggregation of areas and breakdown categories by summing numerators
 * and denominators (a percentage is never averaged).
 *
 * <p>Results that cannot be computed, such as a share with a zero denominator, are a
 * {@link io.github.binhdang.core.calc.Computed} with a {@link io.github.binhdang.core.calc.NoDataReason},
 * never an {@code ArithmeticException}, NaN or infinity.
 */
@NullMarked
package io.github.binhdang.core.calc;

import org.jspecify.annotations.NullMarked;
