/**
 * What every part of binhdang shares: {@link io.github.binhdang.core.BilingualText} and the
 * exceptions that refuse impossible values.
 *
 * <p>The domain lives in the sub-packages: periods, units and numbers, areas, indicators,
 * strategies and their targets, observations and datasets.
 */
@NullMarked
package io.github.binhdang.core;

import org.jspecify.annotations.NullMarked;
