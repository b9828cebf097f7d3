/**
 * Strategies, their objectives and targets with milestone values, and the plans that localise them.
 */
@NullMarked
package io.github.binhdang.core.strategy;

import org.jspecify.annotations.NullMarked;
