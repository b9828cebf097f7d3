/**
 * Leaf helpers that every core package uses: the checks factories share, the dictionary encoding of
 * codes, message templates ({@code Templates}, under {@code message.Bundle}) and the wording of value
 * problems ({@code Problems}, behind {@code InvalidValueException.message(Locale)}, which the root
 * exceptions call and so cannot live in {@code message}). They import nothing of the core but its root
 * exceptions. Not exported, not part of the API; the
 * storage engine behind datasets lives with the data, in {@code io.github.binhdang.core.data.internal}.
 */
@NullMarked
package io.github.binhdang.core.internal;

import org.jspecify.annotations.NullMarked;
