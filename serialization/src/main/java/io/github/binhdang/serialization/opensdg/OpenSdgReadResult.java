package io.github.binhdang.serialization.opensdg;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.validation.ValidationReport;
import java.util.Objects;

/**
 * What reading Open SDG data gives: the dataset of the rows that could be read, the number of rows, and
 * a finding for each row that could not be read and for each problem of the text. Every row ends as an
 * observation or a located finding.
 *
 * @param dataset  the observations, in file order, not null
 * @param rows     how many rows the file has after its header, 0 or more
 * @param report   the findings, in file order, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record OpenSdgReadResult(Dataset dataset, int rows, ValidationReport report) {

    /**
     * Checks the parts.
     *
     * @param dataset  the dataset, not null
     * @param rows     how many rows, 0 or more
     * @param report   the findings, not null
     * @throws InvalidValueException if the count is negative
     */
    public OpenSdgReadResult {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(report, "report");
        if (rows < 0) {
            throw new InvalidValueException("OpenSdgReadResult.rows", rows, "must be 0 or more");
        }
    }

    /**
     * Tells whether anything could not be read.
     *
     * @return true if the report has an error
     */
    public boolean hasErrors() {
        return !report.errors().isEmpty();
    }
}
