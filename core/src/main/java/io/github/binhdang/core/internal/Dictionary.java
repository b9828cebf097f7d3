package io.github.binhdang.core.internal;

import java.util.List;

/**
 * The read side of a {@link Codebook}: each distinct value with its dense id from 0. What a reader of a
 * dataset's columns sees of its codes, periods and breakdowns; it cannot add to them.
 *
 * @param <T> the type of the values
 */
public interface Dictionary<T> {

    /**
     * Returns the id of a value, or -1 if it has none.
     *
     * @param value  the value
     * @return its id, or -1
     */
    int idOf(Object value);

    /**
     * Returns the value of an id.
     *
     * @param id  the id, from 0 to {@link #size()} - 1
     * @return the value
     */
    T value(int id);

    /**
     * Returns how many distinct values it holds.
     *
     * @return the count
     */
    int size();

    /**
     * Returns the values in id order.
     *
     * @return an unmodifiable view
     */
    List<T> values();
}
