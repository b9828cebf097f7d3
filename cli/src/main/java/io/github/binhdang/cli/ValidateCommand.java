package io.github.binhdang.cli;

import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Location;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.indicators.GenderIndicators;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate FILE…}: the findings of each submission, by area and indicator, with line and column. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    private final Main.Root root;

    @Spec
    @Nullable CommandSpec spec;

    @Mixin
    InputOptions inputs = new InputOptions();

    @Mixin
    ReportOption report = new ReportOption();

    ValidateCommand(Main.Root root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        Texts t = root.texts;
        PrintWriter out = spec.commandLine().getOut();
        InputOptions.Inputs in = inputs.read(t);
        List<Shared.Checked> checked = in.checked();
        ValidationReport all = in.findings();
        for (Shared.Checked c : checked) {
            print(out, c, t);
        }
        if (checked.size() > 1) {
            out.println();
            out.println(t.t("validate.total", checked.size(), all.count(Severity.ERROR), all.count(Severity.WARNING),
                    all.count(Severity.INFO)));
        }
        out.println(all.isAcceptable() ? t.t("validate.accepted") : t.t("validate.rejected"));
        report.write(all, out, t);
        out.flush();
        return all.isAcceptable() ? Main.ACCEPTED : Main.FINDINGS;
    }

    static void print(PrintWriter out, Shared.Checked c, Texts t) {
        ValidationReport report = c.report();
        out.println(t.t("validate.file", c.input().file().getFileName(), c.input().rows(), c.input().dataset().size()));
        Map<String, List<Finding>> groups = report.groupBy(f -> f.location().area().orElse("")
                + "\u0000" + f.location().indicator().orElse(""));
        for (Map.Entry<String, List<Finding>> group : groups.entrySet()) {
            String[] parts = group.getKey().split("\u0000", -1);
            String area = parts[0].isEmpty() ? t.t("validate.noArea") : Shared.area(parts[0], t);
            String indicator = parts[1].isEmpty() ? t.t("validate.noIndicator")
                    : parts[1] + GenderIndicators.find(parts[1]).map(i -> " " + t.t(i.name())).orElse("");
            out.println("  " + area + " · " + indicator);
            for (Finding f : group.getValue()) {
                out.println("    " + t.t(f.severity().title()) + where(f.location(), t) + ": "
                        + f.message(t.locale()));
            }
        }
        out.println(t.t("validate.summary", report.count(Severity.ERROR), report.count(Severity.WARNING),
                report.count(Severity.INFO)));
    }

    private static String where(Location l, Texts t) {
        if (l.line().isPresent() && l.column().isPresent()) {
            return " (" + t.t("validate.lineColumn", l.line().getAsInt(), l.column().getAsInt()) + ")";
        }
        if (l.line().isPresent()) {
            return " (" + t.t("validate.line", l.line().getAsInt()) + ")";
        }
        return "";
    }
}
