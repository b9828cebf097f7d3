/**
 * The storage engine behind {@code Dataset}: its primitive columns, key index and the read view that
 * calculation and validation inside the core use. Not exported, not part of the API; it belongs to the
 * data layer (it builds {@code Observation}s and wraps tables as {@code Dataset}s).
 */
@NullMarked
package io.github.binhdang.core.data.internal;

import org.jspecify.annotations.NullMarked;
