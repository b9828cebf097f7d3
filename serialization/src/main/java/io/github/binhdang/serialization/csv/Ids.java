package io.github.binhdang.serialization.csv;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small id for each distinct value, equal values having the same id. Rows in a file tend to repeat
 * the value of the row before (the same area, row after row), so that is tried first; the memos hand
 * out one instance per distinct text, so instances are tried before equality when {@code byInstance}.
 */
final class Ids<T> {
    private final Map<T, Integer> byValue = new HashMap<>();
    private final Map<T, Integer> instances = new IdentityHashMap<>();
    private final boolean byInstance;
    private @Nullable T last;
    private int lastId;

    Ids(boolean byInstance) {
        this.byInstance = byInstance;
    }

    int of(T value) {
        if (value == last || !byInstance && value.equals(last)) {
            return lastId;
        }
        Integer id = byInstance ? instances.get(value) : null;
        if (id == null) {
            id = byValue.get(value);
            if (id == null) {
                id = byValue.size();
                byValue.put(value, id);
            }
            if (byInstance && instances.size() < Memo.LIMIT) {
                instances.put(value, id);
            }
        }
        last = value;
        lastId = id;
        return id;
    }
}
