package io.github.binhdang.cli;

import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.validation.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The one home of the options that say what a command reads ({@code FILE…}, {@code --plan}, and
 * {@code --dhis2-map} from {@link Dhis2MapOption}), mixed into validate, scorecard and aggregate, and of
 * reading them: the plan, then each file read and validated against the catalogues or the plan.
 */
final class InputOptions {

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "option.files")
    List<Path> files = List.of();

    @Option(names = "--plan", paramLabel = "PLAN.json", descriptionKey = "option.plan")
    @Nullable Path planFile;

    @Mixin
    Dhis2MapOption dhis2 = new Dhis2MapOption();

    /** What was read: the plan if one was given, each file with its findings, and all the findings together. */
    record Inputs(@Nullable Strategy plan, List<Shared.Checked> checked, ValidationReport findings) {
    }

    /** Reads the plan and every file, each validated on its own so that its findings keep their file and line. */
    Inputs read(Texts t) {
        return read(plan(t), t);
    }

    /** Reads the plan of {@code --plan}, or none; a command that needs a strategy reads it first, then the files. */
    @Nullable Strategy plan(Texts t) {
        return Shared.plan(planFile, t);
    }

    /** Reads every file against the plan read by {@link #plan}, each validated on its own. */
    Inputs read(@Nullable Strategy plan, Texts t) {
        List<Shared.Checked> checked = Shared.readAll(files, dhis2.dhis2Map, plan, t);
        ValidationReport findings = ValidationReport.empty();
        for (Shared.Checked c : checked) {
            findings = findings.plus(c.report());
        }
        return new Inputs(plan, checked, findings);
    }
}
