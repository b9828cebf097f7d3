/**
 * Statistical indicators: what is measured, in which unit, from which numerator and denominator, by which breakdowns, and which way is better.
 */
@NullMarked
package io.github.binhdang.core.indicator;

import org.jspecify.annotations.NullMarked;
