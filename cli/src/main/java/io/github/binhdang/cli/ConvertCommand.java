package io.github.binhdang.cli;

import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code convert IN OUT}: a dataset from one format the SDK reads into one it writes, each told from the
 * file's name ({@link Formats}); what could not be read is reported, and the rest is written.
 */
@Command(name = "convert", mixinStandardHelpOptions = true)
final class ConvertCommand implements Callable<Integer> {

    private final Main.Root root;

    @Spec
    @Nullable CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", descriptionKey = "convert.in")
    @Nullable Path in;

    @Parameters(index = "1", paramLabel = "OUT", descriptionKey = "convert.out")
    @Nullable Path out;

    @Option(names = "--to-dhis2", descriptionKey = "convert.toDhis2")
    boolean toDhis2;

    @Option(names = "--dhis2-map", paramLabel = "MAP", descriptionKey = "option.dhis2Map")
    @Nullable Path dhis2Map;

    ConvertCommand(Main.Root root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        Texts t = root.texts;
        PrintWriter w = spec.commandLine().getOut();
        Formats.outputKind(out, toDhis2, t);
        Formats.Input input = Formats.read(in, dhis2Map, t);
        ValidationReport report = input.report();
        for (var f : report.sorted()) {
            if (f.severity() != Severity.INFO) {
                w.println("  " + t.t(f.severity().title()) + ": " + f.message(t.locale()));
            }
        }
        ValidationReport written = Formats.write(input.dataset(), out, toDhis2, dhis2Map, t);
        for (var f : written.sorted()) {
            w.println("  " + t.t(f.severity().title()) + ": " + f.message(t.locale()));
        }
        ValidationReport all = report.plus(written);
        w.println(t.t("convert.done", input.dataset().size(), in.getFileName(), out, all.count(Severity.ERROR)));
        w.flush();
        return all.isAcceptable() ? Main.ACCEPTED : Main.FINDINGS;
    }
}
