/**
 * Units of measure with their multipliers, measure kinds, and exact decimal numbers written in Vietnamese or English notation.
 */
@NullMarked
package io.github.binhdang.core.unit;

import org.jspecify.annotations.NullMarked;
