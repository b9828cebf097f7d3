package io.github.binhdang.serialization.sdmx;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.validation.ValidationReport;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What reading SDMX-CSV gives: the dataset of the rows that could be read, the number of rows, the
 * version the header showed, and a finding for each row that could not be read and for each problem of
 * the text. Every row ends as an observation or a located finding.
 *
 * @param dataset  the observations, in file order, not null
 * @param rows     how many rows the file has after its header, 0 or more
 * @param version  the version of the header, or null when the header is not SDMX-CSV's
 * @param report   the findings, in file order, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record SdmxReadResult(Dataset dataset, int rows, @Nullable SdmxVersion version, ValidationReport report) {

    /**
     * Checks the parts.
     *
     * @param dataset  the dataset, not null
     * @param rows     how many rows, 0 or more
     * @param version  the version, or null
     * @param report   the findings, not null
     * @throws InvalidValueException if the count is negative
     */
    public SdmxReadResult {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(report, "report");
        if (rows < 0) {
            throw new InvalidValueException("SdmxReadResult.rows", rows, "must be 0 or more");
        }
    }

    /**
     * Returns the version of the header.
     *
     * @return the version, or empty when the header is not SDMX-CSV's
     */
    public Optional<SdmxVersion> headerVersion() {
        return Optional.ofNullable(version);
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
