package io.github.binhdang.spring.boot;

import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
import java.util.Objects;

/**
 * Carries a validation report out of a controller: {@link BinhdangProblemHandler} answers it with
 * HTTP 400 and a problem detail that lists every finding in the language of {@code Accept-Language}.
 *
 * <pre>
 * ValidationReport report = validator.validate(dataset, context);
 * if (!report.isAcceptable()) {
 *     throw new ValidationReportException(report);
 * }
 * </pre>
 *
 * @implSpec Instances are immutable once thrown; the report is immutable.
 */
public class ValidationReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The report; reports are not serializable, and this exception is never sent across a process. */
    private final transient ValidationReport report;

    /**
     * Creates the exception of a report.
     *
     * @param report  the report, not null
     */
    public ValidationReportException(ValidationReport report) {
        super(summary(Objects.requireNonNull(report, "report")));
        this.report = report;
    }

    /**
     * Returns the report.
     *
     * @return the report, not null
     */
    public ValidationReport report() {
        return report;
    }

    private static String summary(ValidationReport report) {
        return "the data has " + report.count(Severity.ERROR) + " error(s) and " + report.count(Severity.WARNING)
                + " warning(s) in " + report.size() + " finding(s)";
    }
}
