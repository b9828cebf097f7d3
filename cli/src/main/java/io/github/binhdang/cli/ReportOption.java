package io.github.binhdang.cli;

import io.github.binhdang.core.validation.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The one home of {@code --report FILE.json|csv}, mixed into validate, scorecard and aggregate: the whole
 * validation report of what the command read, written as JSON or CSV, with what the command added to it
 * (the observations a scorecard left out).
 */
final class ReportOption {

    @Option(names = "--report", paramLabel = "REPORT.json|csv", descriptionKey = "option.report")
    @Nullable Path reportFile;

    /** Writes the report when {@code --report} was given, and says where. */
    void write(ValidationReport report, PrintWriter out, Texts t) {
        if (reportFile != null) {
            Formats.writeReport(report, reportFile, t);
            out.println(t.t("written", reportFile));
        }
    }
}
