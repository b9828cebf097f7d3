package io.github.binhdang.core.data;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.DatasetAccess;
import io.github.binhdang.core.internal.ObservationTable;
import io.github.binhdang.core.period.ReportingPeriod;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * An ordered collection of observations with at most one observation per
 * {@link ObservationKey key}: adding a second observation for a key is refused, never overwritten.
 *
 * <p>A dataset is built for size. It holds its observations in primitive columns: codes, periods and
 * breakdowns are dictionary-encoded and decimals are kept as an unscaled {@code long} with a scale, so
 * ten million observations take about 475 MB (47.4 bytes each, measured) and calculation runs over them with
 * primitive arithmetic. {@link #get(int)} rebuilds an {@link Observation} equal to the one added
 * (decimals keep their scale); prefer the calculation API to walking millions of them.
 *
 * <p>One dataset holds at most 65,536 distinct indicator codes, 65,536 distinct periods and 65,536
 * distinct breakdowns; a builder refuses one more with an {@link InvalidValueException} that says so.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Dataset implements Iterable<Observation> {

    private static final Dataset EMPTY = new Dataset(new ObservationTable(0).compact());

    static {
        DatasetAccess.register(dataset -> dataset.table, Dataset::new);
    }

    private final ObservationTable table;

    private Dataset(ObservationTable table) {
        this.table = table;
    }

    /**
     * Returns the empty dataset.
     *
     * @return the empty dataset, not null
     */
    public static Dataset empty() {
        return EMPTY;
    }

    /**
     * Obtains a dataset of the given observations, in their order.
     *
     * @param observations  the observations, not null
     * @return the dataset, not null
     * @throws InvalidValueException if two observations have the same key
     */
    public static Dataset of(Collection<Observation> observations) {
        return builder(observations.size()).addAll(observations).build();
    }

    /**
     * Starts an empty dataset.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder(16);
    }

    /**
     * Starts an empty dataset with room for the given number of observations, so that building a
     * large one does not copy its columns as they grow.
     *
     * @param expectedSize  how many observations are expected, not negative
     * @return a new builder, not null
     * @throws InvalidValueException if the size is negative
     */
    public static Builder builder(int expectedSize) {
        if (expectedSize < 0) {
            throw new InvalidValueException("Dataset.expectedSize", expectedSize, "must not be negative");
        }
        return new Builder(expectedSize);
    }

    /**
     * Returns the number of observations.
     *
     * @return the size, not negative
     */
    public int size() {
        return table.size();
    }

    /**
     * Tells whether the dataset holds no observation.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return table.size() == 0;
    }

    /**
     * Returns the observation at a position, in the order they were added.
     *
     * @param index  the position, from 0 to {@code size() - 1}
     * @return the observation, not null
     * @throws IndexOutOfBoundsException if the index is outside the dataset
     */
    public Observation get(int index) {
        return table.observation(index);
    }

    /**
     * Finds the observation of a key.
     *
     * @param key  the key, not null
     * @return the observation, or empty when the dataset has none for that key
     */
    public Optional<Observation> find(ObservationKey key) {
        int row = rowOf(key);
        return row < 0 ? Optional.empty() : Optional.of(table.observation(row));
    }

    /**
     * Finds the observation of an indicator in an area over a period for a breakdown.
     *
     * @param indicator  the indicator's code, not null
     * @param area       the area's code, not null
     * @param period     the period, not null
     * @param breakdown  the breakdown, not null
     * @return the observation, or empty when the dataset has none
     */
    public Optional<Observation> find(String indicator, String area, ReportingPeriod period, Breakdown breakdown) {
        return find(new ObservationKey(indicator, area, period, breakdown));
    }

    /**
     * Tells whether the dataset holds an observation for a key.
     *
     * @param key  the key, not null
     * @return true if it does
     */
    public boolean contains(ObservationKey key) {
        return rowOf(key) >= 0;
    }

    private int rowOf(ObservationKey key) {
        Objects.requireNonNull(key, "key");
        return table.find(table.indicators.idOf(key.indicator()), table.areas.idOf(key.area()),
                table.periods.idOf(key.period()), table.breakdowns.idOf(key.breakdown()));
    }

    /**
     * Returns the distinct indicator codes, in the order they first appear.
     *
     * @return an unmodifiable list, not null
     */
    public List<String> indicators() {
        return table.indicators.values();
    }

    /**
     * Returns the distinct area codes, in the order they first appear.
     *
     * @return an unmodifiable list, not null
     */
    public List<String> areas() {
        return table.areas.values();
    }

    /**
     * Returns the distinct periods, in the order they first appear.
     *
     * @return an unmodifiable list, not null
     */
    public List<ReportingPeriod> periods() {
        return table.periods.values();
    }

    /**
     * Returns the distinct breakdowns, in the order they first appear.
     *
     * @return an unmodifiable list, not null
     */
    public List<Breakdown> breakdowns() {
        return table.breakdowns.values();
    }

    /**
     * Returns the observations as a list view; each {@code get} rebuilds an observation.
     *
     * @return an unmodifiable list, not null
     */
    public List<Observation> asList() {
        return new AbstractList<>() {
            @Override
            public Observation get(int index) {
                return table.observation(index);
            }

            @Override
            public int size() {
                return table.size();
            }
        };
    }

    /**
     * Returns the observations in order as a stream.
     *
     * @return a sequential stream, not null
     */
    public Stream<Observation> stream() {
        return IntStream.range(0, table.size()).mapToObj(table::observation);
    }

    /**
     * Returns the observations in order.
     *
     * @return an iterator that cannot remove, not null
     */
    @Override
    public Iterator<Observation> iterator() {
        return asList().iterator();
    }

    /**
     * Compares the observations in order.
     *
     * @param other  the other object
     * @return true if both hold equal observations in the same order
     */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Dataset d && asList().equals(d.asList());
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return asList().hashCode();
    }

    /**
     * Returns a short description, such as {@code Dataset[12 observations, 3 indicators, 1 area]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "Dataset[" + size() + " observations, " + indicators().size() + " indicators, "
                + areas().size() + " areas, " + periods().size() + " periods]";
    }

    /**
     * Builds a {@link Dataset}, refusing a second observation for a key already added.
     *
     * @implNote A builder is not thread-safe. {@link #build()} may be called more than once; each
     *     dataset it returns is independent of later additions.
     */
    public static final class Builder {
        private final ObservationTable table;

        private Builder(int expectedSize) {
            this.table = new ObservationTable(expectedSize);
        }

        /**
         * Adds an observation.
         *
         * @param observation  the observation, not null
         * @return this builder
         * @throws InvalidValueException if an observation with the same key was added before; the
         *         message names the key and the position of the first one
         */
        public Builder add(Observation observation) {
            table.add(Objects.requireNonNull(observation, "observation"));
            return this;
        }

        /**
         * Adds observations in order.
         *
         * @param observations  the observations, not null
         * @return this builder
         * @throws InvalidValueException if a key repeats; the observations before it stay added
         */
        public Builder addAll(Iterable<Observation> observations) {
            for (Observation o : observations) {
                add(o);
            }
            return this;
        }

        /**
         * Tells whether an observation with this key was added.
         *
         * @param key  the key, not null
         * @return true if it was
         */
        public boolean contains(ObservationKey key) {
            return table.find(table.indicators.idOf(key.indicator()), table.areas.idOf(key.area()),
                    table.periods.idOf(key.period()), table.breakdowns.idOf(key.breakdown())) >= 0;
        }

        /**
         * Returns how many observations were added.
         *
         * @return the count
         */
        public int size() {
            return table.size();
        }

        /**
         * Builds the dataset of the observations added so far.
         *
         * @return the dataset, not null
         */
        public Dataset build() {
            return new Dataset(table.compact());
        }
    }
}
