/**
 * The one message mechanism of core, below {@code progress} and {@code validation}: bundles of
 * templates in English and Vietnamese read from a package's own {@code .properties} files, and
 * templates with {@code {name}} placeholders filled with arguments written for a locale.
 *
 * <p>Exported to binhdang's readers only ({@code binhdang-serialization}), which word value problems
 * through {@link io.github.binhdang.core.message.Problem}: applications see the keys and arguments of
 * findings and progress reasons, and their texts, never this package.
 */
@NullMarked
package io.github.binhdang.core.message;

import org.jspecify.annotations.NullMarked;
