/**
 * Observations as they were reported, their breakdowns and qualifiers, and datasets that hold many of them compactly.
 */
@NullMarked
package io.github.binhdang.core.data;

import org.jspecify.annotations.NullMarked;
