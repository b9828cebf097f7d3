/**
 * Leaf helpers that every core package uses: the checks factories share and the dictionary encoding of
 * codes. They import nothing of the core but its root exceptions. Not exported, not part of the API; the
 * storage engine behind datasets lives with the data, in {@code io.github.binhdang.core.data.internal}.
 */
@NullMarked
package io.github.binhdang.core.internal;

import org.jspecify.annotations.NullMarked;
