package io.github.binhdang.serialization.excel;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
import java.util.Objects;

/**
 * What reading a sheet of a workbook gives: the dataset of the rows that could be read, and the findings,
 * each located at its cell ({@code Data!E7}): the table's own, with the codes of the CSV reader
 * ({@code csv.value}, {@code csv.duplicate}, …, since the rows are mapped by the same rules), and the
 * workbook's ({@code excel.*}: a file that cannot be read, a sheet that is not there, a formula read by
 * its value, a cell outside the table), in the order of the sheet's rows.
 *
 * <p>The counts hold for every workbook: {@code rowsRead() == dataset().size() + rowsReported()}.
 *
 * @param dataset       the observations of the good rows, in sheet order, not null
 * @param report        the findings, not null
 * @param rowsRead      the rows after the header that were read, good or bad (blank ones not counted)
 * @param rowsReported  the rows of those left out with a finding
 * @implSpec This record is immutable and thread-safe.
 */
public record ExcelReadResult(Dataset dataset, ValidationReport report, long rowsRead, long rowsReported) {

    /**
     * Checks the parts.
     *
     * @param dataset       the dataset, not null
     * @param report        the findings, not null
     * @param rowsRead      the rows read after the header
     * @param rowsReported  the rows left out with a finding
     * @throws InvalidValueException if the rows read are not the dataset's observations and the rows reported
     */
    public ExcelReadResult {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(report, "report");
        if (rowsReported < 0 || rowsRead != dataset.size() + rowsReported) {
            throw new InvalidValueException("ExcelReadResult.rowsRead", rowsRead, "must be the " + dataset.size()
                    + " observations and the " + rowsReported + " rows reported");
        }
    }

    /**
     * Tells whether anything could not be read: a finding that is an error or a warning (a formula read by
     * its value is only information).
     *
     * @return true if there is such a finding
     */
    public boolean hasProblems() {
        return !report.findings(Severity.ERROR).isEmpty() || !report.findings(Severity.WARNING).isEmpty();
    }
}
