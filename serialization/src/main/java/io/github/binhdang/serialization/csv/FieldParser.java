package io.github.binhdang.serialization.csv;

/** Reads one field's text into a value, or fails with an {@code InvalidValueException} saying why. */
@FunctionalInterface
interface FieldParser<T> {
    T parse(String text);
}
