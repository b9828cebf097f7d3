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
 * <p>Not a record: the version is absent for a header that is not SDMX-CSV's, and the API has no null, so
 * {@link #version()} gives an {@code Optional} and no field or parameter holds one.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class SdmxReadResult {

    private final Dataset dataset;
    private final int rows;
    private final @Nullable SdmxVersion version;
    private final ValidationReport report;

    private SdmxReadResult(Dataset dataset, int rows, @Nullable SdmxVersion version, ValidationReport report) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.report = Objects.requireNonNull(report, "report");
        if (rows < 0) {
            throw new InvalidValueException("SdmxReadResult.rows", rows, "must be 0 or more");
        }
        this.rows = rows;
        this.version = version;
    }

    /**
     * Obtains the result of a file whose header showed a version of SDMX-CSV.
     *
     * @param dataset  the observations, in file order, not null
     * @param rows     how many rows the file has after its header, 0 or more
     * @param version  the version the header showed, not null
     * @param report   the findings, in file order, not null
     * @return the result, not null
     * @throws InvalidValueException if the count is negative
     */
    public static SdmxReadResult of(Dataset dataset, int rows, SdmxVersion version, ValidationReport report) {
        return new SdmxReadResult(dataset, rows, Objects.requireNonNull(version, "version"), report);
    }

    /**
     * Obtains the result of a text whose header is not SDMX-CSV's (its first column neither {@code DATAFLOW}
     * nor {@code STRUCTURE}), or that has no header at all; its report says so.
     *
     * @param dataset  the observations, in file order, not null
     * @param rows     how many rows the file has after its first, 0 or more
     * @param report   the findings, in file order, not null
     * @return the result, not null
     * @throws InvalidValueException if the count is negative
     */
    public static SdmxReadResult ofNoVersion(Dataset dataset, int rows, ValidationReport report) {
        return new SdmxReadResult(dataset, rows, null, report);
    }

    /**
     * Returns the observations of the rows that could be read.
     *
     * @return the dataset, in file order, not null
     */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * Returns how many rows the file has after its header.
     *
     * @return the count, 0 or more
     */
    public int rows() {
        return rows;
    }

    /**
     * Returns the version of SDMX-CSV the header showed: {@code DATAFLOW} first is 1.0, {@code STRUCTURE}
     * first 2.0.
     *
     * @return the version, or empty when the header is not SDMX-CSV's (first column neither
     *         {@code DATAFLOW} nor {@code STRUCTURE}) or the text has no header; not null
     */
    public Optional<SdmxVersion> version() {
        return Optional.ofNullable(version);
    }

    /**
     * Returns the findings.
     *
     * @return the report, in file order, not null
     */
    public ValidationReport report() {
        return report;
    }

    /**
     * Tells whether anything could not be read.
     *
     * @return true if the report has an error
     */
    public boolean hasErrors() {
        return !report.errors().isEmpty();
    }

    /**
     * Compares the dataset, the row count, the version and the report.
     *
     * @param other  the other object, or null
     * @return true if it is a result with equal parts
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SdmxReadResult r && dataset.equals(r.dataset) && rows == r.rows
                && version == r.version && report.equals(r.report);
    }

    /**
     * Returns a hash code of the parts.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(dataset, rows, version, report);
    }

    /**
     * Returns the parts as text, as a record would: {@code SdmxReadResult[dataset=…, rows=3, version=V2_0, …]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "SdmxReadResult[dataset=" + dataset + ", rows=" + rows + ", version=" + version + ", report="
                + report + "]";
    }
}
