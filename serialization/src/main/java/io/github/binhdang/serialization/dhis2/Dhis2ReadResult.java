package io.github.binhdang.serialization.dhis2;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.validation.ValidationReport;
import java.util.Objects;

/**
 * What reading a DHIS2 data value set gives: the dataset of the data values that could be mapped, the
 * number of data values read, and a finding for each one that could not and for each problem of the
 * text. Every data value ends as an observation or a located finding.
 *
 * @param dataset     the observations, in the set's order, not null
 * @param dataValues  how many data values the set has, 0 or more
 * @param report      the findings, in the set's order, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record Dhis2ReadResult(Dataset dataset, int dataValues, ValidationReport report) {

    /**
     * Checks the parts.
     *
     * @param dataset     the dataset, not null
     * @param dataValues  how many data values the set has, 0 or more
     * @param report      the findings, not null
     * @throws InvalidValueException if the count is negative
     * @throws NullPointerException if the dataset or report is null
     */
    public Dhis2ReadResult {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(report, "report");
        if (dataValues < 0) {
            throw new InvalidValueException("Dhis2ReadResult.dataValues", dataValues, "must be 0 or more");
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
