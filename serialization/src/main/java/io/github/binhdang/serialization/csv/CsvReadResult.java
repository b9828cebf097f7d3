package io.github.binhdang.serialization.csv;

import io.github.binhdang.core.data.Dataset;
import java.util.List;
import java.util.Objects;

/**
 * What reading a CSV file gives: the dataset of the rows that could be read, and a problem for each
 * field or row that could not. Nothing in the file is dropped without a problem saying so.
 *
 * @param dataset   the observations of the good rows, in file order, not null
 * @param problems  the problems, in file order, unmodifiable, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record CsvReadResult(Dataset dataset, List<CsvProblem> problems) {

    /**
     * Checks the parts and copies the problems.
     *
     * @param dataset   the dataset, not null
     * @param problems  the problems, not null
     * @throws NullPointerException if either is null
     */
    public CsvReadResult {
        Objects.requireNonNull(dataset, "dataset");
        problems = List.copyOf(problems);
    }

    /**
     * Tells whether any row or field could not be read.
     *
     * @return true if there is at least one problem
     */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
