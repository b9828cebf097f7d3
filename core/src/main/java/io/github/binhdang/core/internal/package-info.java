/**
 * Implementation details shared by the core packages; not exported, not part of the API.
 */
@NullMarked
package io.github.binhdang.core.internal;

import org.jspecify.annotations.NullMarked;
