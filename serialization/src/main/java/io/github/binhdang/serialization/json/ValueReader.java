package io.github.binhdang.serialization.json;

import tools.jackson.core.JsonParser;

/**
 * Reads one JSON value whose first token is the parser's current token, leaving the parser on its
 * last token.
 *
 * @param <T> the type read
 */
@FunctionalInterface
interface ValueReader<T> {

    T read(JsonParser p, ReadScope scope);
}
