package io.github.binhdang.spring.boot;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.validation.ValidationReport;
import java.util.List;
import java.util.Objects;

/**
 * A dataset document as submitted: the observations that could be read, and every finding about it,
 * from reading and from validation, each located by its observation's position in the document
 * (index from 0) and its line and column where known.
 *
 * @param dataset  the observations read, in the order of the document, each with its line, column and
 *                 element in the document ({@link Dataset#position(int)}), not null
 * @param report   every finding, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record DatasetSubmission(Dataset dataset, ValidationReport report) {

    /**
     * Checks the parts.
     *
     * @param dataset  the observations read, not null
     * @param report   every finding, not null
     */
    public DatasetSubmission {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(report, "report");
    }

    /**
     * Returns the observations read, in the order of the document.
     *
     * @return an unmodifiable list, not null
     */
    public List<Observation> observations() {
        return dataset.asList();
    }

    /**
     * Tells whether the submission may be accepted: no finding is an error (warnings and information
     * may remain).
     *
     * @return true if the report has no error
     */
    public boolean isAcceptable() {
        return report.isAcceptable();
    }

    /**
     * Returns the dataset if the submission may be accepted, or throws the report, which a web
     * application answers as a problem detail with every finding (HTTP 400). The dataset keeps where
     * each observation was read from, so that a later validation names its element, line and column too.
     *
     * @return the dataset, in the order of the document, not null
     * @throws ValidationReportException if the report has an error
     */
    public Dataset orThrow() {
        if (!report.isAcceptable()) {
            throw new ValidationReportException(report);
        }
        return dataset;
    }
}
