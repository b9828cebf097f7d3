package io.github.binhdang.serialization.dhis2;

import io.github.binhdang.core.InvalidValueException;
import java.util.List;
import java.util.Objects;

/**
 * One conflict of an import summary, shaped as DHIS2's {@code ImportConflict}: the offending object (a
 * UID, a period, a value), what is wrong, DHIS2's error code where one fits, the data value's property,
 * and the indexes of the data values that have it.
 *
 * @param object     the offending text as written (quoted with {@link io.github.binhdang.core.Excerpt}), not null
 * @param value      what is wrong, in English, not blank
 * @param errorCode  DHIS2's error code, such as {@code E7612}, or {@code ""} where none fits
 * @param property   the data value's property, such as {@code orgUnit}, or {@code ""} for the whole set
 * @param indexes    the data values' indexes in the set, from 0, ascending, unmodifiable
 * @implSpec This record is immutable and thread-safe.
 */
public record ImportConflict(String object, String value, String errorCode, String property, List<Integer> indexes) {

    /**
     * Checks the parts and copies the indexes.
     *
     * @param object     the offending text, not null
     * @param value      what is wrong, not blank
     * @param errorCode  the error code or {@code ""}, not null
     * @param property   the property or {@code ""}, not null
     * @param indexes    the indexes, not null
     * @throws InvalidValueException if the value is blank or an index negative
     */
    public ImportConflict {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(property, "property");
        if (Objects.requireNonNull(value, "value").isBlank()) {
            throw new InvalidValueException("ImportConflict.value", "''", "must not be blank");
        }
        indexes = List.copyOf(indexes);
        for (int i : indexes) {
            if (i < 0) {
                throw new InvalidValueException("ImportConflict.indexes", i, "must not be negative");
            }
        }
    }
}
