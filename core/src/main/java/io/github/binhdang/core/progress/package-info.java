/**
 * Progress against targets: the series of values a target is judged on, pluggable assessment
 * methods with binhdang's own as the default, a {@link io.github.binhdang.core.progress.ProgressStatus}
 * with its reason in Vietnamese and English, and the {@link io.github.binhdang.core.progress.Scorecard}
 * of a whole strategy or plan.
 */
@NullMarked
package io.github.binhdang.core.progress;

import org.jspecify.annotations.NullMarked;
