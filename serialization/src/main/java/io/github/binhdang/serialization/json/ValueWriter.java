package io.github.binhdang.serialization.json;

import tools.jackson.core.JsonGenerator;

/**
 * Writes one value as one JSON value.
 *
 * @param <T> the type written
 */
@FunctionalInterface
interface ValueWriter<T> {

    void write(T value, JsonGenerator g);
}
