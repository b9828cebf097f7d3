package io.github.binhdang.core.internal;

import io.github.binhdang.core.data.Dataset;
import java.util.Objects;
import java.util.function.Function;

/**
 * Lets calculation inside the core read a dataset's columns without making them public API: the
 * dataset registers its accessor here when its class is initialised.
 */
public final class DatasetAccess {

    private static volatile Function<Dataset, ObservationTable> accessor;

    private DatasetAccess() {
    }

    /**
     * Registers the accessor; called once by {@code Dataset}.
     *
     * @param access  the function that returns a dataset's table
     */
    public static void register(Function<Dataset, ObservationTable> access) {
        accessor = Objects.requireNonNull(access, "access");
    }

    /**
     * Returns the columns of a dataset.
     *
     * @param dataset  the dataset (its class is initialised, since it exists)
     * @return its table, read-only
     */
    public static ObservationTable table(Dataset dataset) {
        return accessor.apply(dataset);
    }
}
