/**
 * Progress against targets: the series of values a target is judged on, pluggable assessment
 * methods with binhdang's own as the default, a {@link io.github.binhdang.core.progress.ProgressStatus}
 * with its reason in Vietnamese and English, and the {@link io.github.binhdang.core.progress.Scorecard}
 * of a whole strategy or plan.
 *
 * <p>A reason is a key and named arguments, as a validation finding is: its templates are in
 * {@code reasons.properties} (English) and {@code reasons_vi.properties} (Vietnamese) beside these
 * classes, keys {@code binhdang.progress.*}, placeholders {@code {latest}}, {@code {milestone}}, ….
 * {@link io.github.binhdang.core.progress.Assessment#reasonKey()} and
 * {@link io.github.binhdang.core.progress.Assessment#reasonArguments()} name them, and
 * {@link io.github.binhdang.core.progress.Assessment#reason(java.util.Locale, java.util.function.Function)}
 * writes the reason with an application's own templates.
 */
@NullMarked
package io.github.binhdang.core.progress;

import org.jspecify.annotations.NullMarked;
