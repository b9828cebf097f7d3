/**
 * Units of measure with their multipliers, measure kinds, and exact decimal numbers written in
 * Vietnamese or English notation.
 *
 * <ul>
 *   <li>{@link io.github.binhdang.core.unit.Unit}: the built-in units (percent, percentage point,
 *       rates per 100, 1,000 and 100,000, times, persons, counts, hours, years, dong in units,
 *       thousands, millions and billions) and an application's own count units; their valid values
 *       and exact conversions.</li>
 *   <li>{@link io.github.binhdang.core.unit.MeasureKind}: what a value measures and which units suit
 *       it.</li>
 *   <li>{@link io.github.binhdang.core.unit.NumberNotation}: reading and writing "38,89",
 *       "125.525", "2,449,433.5" and "38.89" exactly, scale included; and
 *       {@link io.github.binhdang.core.unit.PlainDecimal}, its fast path for plain numbers of up to 18
 *       digits, read into an unscaled {@code long} and a scale.</li>
 *   <li>{@link io.github.binhdang.core.unit.Quantity}: a number in a unit, read from report text such
 *       as "50 triệu đồng".</li>
 *   <li>{@link io.github.binhdang.core.unit.Decimals}: half-up rounding and division done once.</li>
 * </ul>
 *
 * <p>Numbers are {@link java.math.BigDecimal} throughout and keep the scale they were written with:
 * 15,10 stays 15.10.
 */
@NullMarked
package io.github.binhdang.core.unit;

import org.jspecify.annotations.NullMarked;
