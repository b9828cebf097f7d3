package io.github.binhdang.serialization.csv;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.ValidationReport;
import java.util.List;
import java.util.Objects;

/**
 * What reading a CSV file gives: the dataset of the rows that could be read, and a problem for each
 * field or row that could not, also given as the findings of a validation report. Nothing in the file
 * is dropped without a problem saying so.
 *
 * <p>The counts hold for every file: {@code rowsRead() == dataset().size() + rowsReported()}. They are
 * exact even when more problems were found than the reader keeps ({@link CsvLimits#maxProblems()}): the
 * last problem then says how many were not listed.
 *
 * @param dataset       the observations of the good rows, in file order, not null
 * @param problems      the problems, in file order, unmodifiable, not null
 * @param report        the problems as findings, one each in the same order, not null; see {@link #report()}
 * @param rowsRead      the rows after the header that were read, good or bad (blank ones not counted), 0
 *                      or more
 * @param rowsReported  the rows of those that were left out with a problem, 0 or more
 * @implSpec This record is immutable and thread-safe.
 */
public record CsvReadResult(Dataset dataset, List<CsvProblem> problems, ValidationReport report, long rowsRead,
        long rowsReported) {

    /**
     * Checks the parts and copies the problems.
     *
     * @param dataset       the dataset, not null
     * @param problems      the problems, not null
     * @param report        the report, with one finding per problem, not null
     * @param rowsRead      the rows read after the header
     * @param rowsReported  the rows left out with a problem
     * @throws NullPointerException if any is null
     * @throws InvalidValueException if the report has not one finding per problem, or the rows read are
     *         not the dataset's observations and the rows reported
     */
    public CsvReadResult {
        Objects.requireNonNull(dataset, "dataset");
        problems = List.copyOf(problems);
        Objects.requireNonNull(report, "report");
        if (report.size() != problems.size()) {
            throw new InvalidValueException("CsvReadResult.report", report.size() + " findings",
                    "must have one finding per problem (" + problems.size() + ")");
        }
        if (rowsReported < 0 || rowsRead != dataset.size() + rowsReported) {
            throw new InvalidValueException("CsvReadResult.rowsRead", rowsRead, "must be the " + dataset.size()
                    + " observations and the " + rowsReported + " rows reported");
        }
    }

    /**
     * Obtains a result whose counts of rows are taken from the problems: each distinct line of a problem
     * that is neither the header's ({@code csv.header}) nor the whole file's ({@code csv.empty}) is a row
     * reported.
     *
     * @param dataset   the dataset, not null
     * @param problems  the problems, not null
     * @param report    the report, with one finding per problem, not null
     * @throws NullPointerException if any is null
     * @throws InvalidValueException if the report has not one finding per problem
     */
    public CsvReadResult(Dataset dataset, List<CsvProblem> problems, ValidationReport report) {
        this(dataset, problems, report, dataset.size() + reported(problems), reported(problems));
    }

    private static long reported(List<CsvProblem> problems) {
        return problems.stream().filter(p -> p.kind() != CsvProblem.Kind.HEADER && p.kind() != CsvProblem.Kind.EMPTY)
                .mapToInt(CsvProblem::line).distinct().count();
    }

    /**
     * Tells whether any row or field could not be read.
     *
     * @return true if there is at least one problem
     */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * Returns the problems as a validation report, so that they can be shown, counted and sent on with
     * the findings of {@link io.github.binhdang.core.validation.DatasetValidator} (join them with
     * {@link ValidationReport#plus(ValidationReport)}). The dataset remembers the line of each of its
     * observations, so the validator's findings name their line, column and header in the file too.
     *
     * <p>Each problem is a {@link Finding} of severity {@code ERROR} (a {@code WARNING} for an unknown
     * column, whose rows were read without it), in file order, with:
     * <ul>
     *   <li>the code of its {@link CsvProblem.Kind kind}: {@code csv.value} (a field that cannot be
     *       read), {@code csv.row} (a row that cannot be an observation), {@code csv.duplicate} (a row
     *       whose key an earlier row has), {@code csv.header} (a column unknown, given twice, missing or
     *       in conflict), {@code csv.empty} (no header), {@code csv.syntax} (the file cannot be read on),
     *       {@code csv.fields} (a row with another number of fields than the header), {@code csv.encoding}
     *       (not UTF-8) and {@code csv.limit} (more than one dataset holds); the
     *       {@linkplain io.github.binhdang.serialization.csv package documentation} lists them all;</li>
     *   <li>a location whose subject is {@code "line 7"}, whose path is the column's name (empty for a
     *       whole row), and whose line and column are the problem's; a problem with no column of its
     *       own (a whole row, a missing column) is placed at column 1, where its line begins; the
     *       location also names the file (when read from one), the column's header as written and the
     *       field as written;</li>
     *   <li>the field as written as its value, and the problem's English message as its rule;</li>
     *   <li>messages in English, {@code Line 7, column value '12.3.4': cannot be read as a number: …},
     *       and Vietnamese, {@code Dòng 7, cột value: không đọc được giá trị “12.3.4” (cannot be read …)},
     *       whose detail stays in English.</li>
     * </ul>
     *
     * <p>The reader gives each problem its code where the problem arises, not from its message.
     *
     * @return the report, empty when there is no problem, not null
     */
    @Override
    public ValidationReport report() {
        return report;
    }
}
