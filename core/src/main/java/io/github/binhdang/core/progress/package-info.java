/**
 * Progress against targets: the series of values a target is judged on and the
 * {@link io.github.binhdang.core.progress.ProgressStatus} it is given.
 */
@NullMarked
package io.github.binhdang.core.progress;

import org.jspecify.annotations.NullMarked;
