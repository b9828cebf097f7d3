package io.github.binhdang.core.data.internal;

import io.github.binhdang.core.data.Dataset;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Lets calculation and validation inside the core read a dataset's columns without making them public
 * API: the dataset registers its accessor here, once, when its class is initialised; a second
 * registration is refused, so that no other code can put itself between datasets and their readers.
 */
public final class DatasetAccess {

    private static volatile @Nullable Function<Dataset, ObservationTable> accessor;
    private static volatile @Nullable Function<ObservationTable, Dataset> wrapper;

    private DatasetAccess() {
    }

    /**
     * Registers the accessor; called once by {@code Dataset}'s class initialiser.
     *
     * @param access  the function that returns a dataset's table
     * @param wrap    the function that makes a dataset of a compacted table
     * @throws IllegalStateException if an accessor was registered before
     */
    public static synchronized void register(Function<Dataset, ObservationTable> access,
            Function<ObservationTable, Dataset> wrap) {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(wrap, "wrap");
        if (accessor != null) {
            throw new IllegalStateException("DatasetAccess: the dataset accessor is registered once, by Dataset");
        }
        wrapper = wrap;
        accessor = access;
    }

    private static Function<ObservationTable, Dataset> wrapper() {
        Function<ObservationTable, Dataset> w = wrapper;
        if (w == null) {
            Dataset.empty(); // initialises Dataset, which registers itself
            w = Objects.requireNonNull(wrapper, "wrapper");
        }
        return w;
    }

    /**
     * Makes a dataset of a table built inside the core, such as aggregation's totals.
     *
     * @param table  the table; compacted here, so the caller may keep building on its own
     * @return the dataset
     */
    public static Dataset dataset(ObservationTable table) {
        return wrapper().apply(table.compact());
    }

    /**
     * Makes a dataset of a table built inside the core that its builder hands over and never adds to
     * again: its columns are shared, not copied, when the table is exactly full.
     *
     * @param table  the table, not to be changed afterwards
     * @return the dataset
     */
    public static Dataset handOver(ObservationTable table) {
        return wrapper().apply(table.handOver());
    }

    /**
     * Returns the read view of a dataset's columns.
     *
     * @param dataset  the dataset (its class is initialised, since it exists)
     * @return its columns, read-only
     */
    public static ObservationColumns columns(Dataset dataset) {
        return Objects.requireNonNull(accessor, "accessor").apply(dataset);
    }
}
