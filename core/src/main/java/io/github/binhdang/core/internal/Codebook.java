package io.github.binhdang.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dictionary encoding: gives each distinct value a dense id from 0, so that columns hold small ints.
 * Mutable while a dataset is built; read-only (and then safe to share) once the dataset holds it. Readers
 * of a dataset see it as a {@link Dictionary}.
 *
 * @param <T> the type of the values
 */
public final class Codebook<T> implements Dictionary<T> {

    private final List<T> values;
    private final Map<T, Integer> ids;
    private final int limit;
    private final String what;

    /**
     * Creates an empty codebook.
     *
     * @param what   what it holds, for the message when it is full, such as "Dataset.indicators"
     * @param limit  the largest number of distinct values it may hold
     */
    public Codebook(String what, int limit) {
        this.values = new ArrayList<>();
        this.ids = new HashMap<>();
        this.limit = limit;
        this.what = what;
    }

    private Codebook(Codebook<T> source) {
        this.values = Collections.unmodifiableList(new ArrayList<>(source.values));
        this.ids = Map.copyOf(source.ids);
        this.limit = source.limit;
        this.what = source.what;
    }

    /**
     * Returns the id of a value, giving it the next id if it is new.
     *
     * @param value  the value
     * @return its id
     */
    public int encode(T value) {
        Integer id = ids.get(value);
        if (id != null) {
            return id;
        }
        int next = values.size();
        if (next >= limit) {
            throw new io.github.binhdang.core.InvalidValueException(what, value,
                    "is one distinct value too many: one dataset holds at most " + limit);
        }
        values.add(value);
        ids.put(value, next);
        return next;
    }

    /**
     * Returns the id of a value, or -1 if it has none.
     *
     * @param value  the value
     * @return its id, or -1
     */
    @Override
    public int idOf(Object value) {
        Integer id = ids.get(value);
        return id == null ? -1 : id;
    }

    /**
     * Returns the value of an id.
     *
     * @param id  the id
     * @return the value
     */
    @Override
    public T value(int id) {
        return values.get(id);
    }

    /**
     * Returns how many distinct values it holds.
     *
     * @return the count
     */
    @Override
    public int size() {
        return values.size();
    }

    /**
     * Returns the values in id order.
     *
     * @return an unmodifiable view
     */
    @Override
    public List<T> values() {
        return Collections.unmodifiableList(values);
    }

    /**
     * Returns a read-only copy.
     *
     * @return the copy
     */
    public Codebook<T> freeze() {
        return new Codebook<>(this);
    }
}
