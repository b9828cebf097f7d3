package io.github.binhdang.cli;

import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.indicators.VietNamStrategies;
import io.github.binhdang.serialization.sdmx.SdmxVersion;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code convert IN OUT}: a dataset from one format the SDK reads into one it writes: CSV, JSON, Excel,
 * DHIS2 (with {@code --dhis2-map}), SDMX-CSV (through the UN global SDG structure) and Open SDG (a folder of
 * {@code indicator_<id>.csv}). Each is told from the file's name and first bytes ({@link Formats}) unless
 * {@code --from} or {@code --to} names it; what could not be read or written is reported, and the rest is
 * written. A file whose header cannot be read at all (an SDMX-CSV file of another structure, an Open SDG
 * file without {@code Year} and {@code Value}) is a usage error: nothing is written.
 */
@Command(name = "convert", mixinStandardHelpOptions = true)
final class ConvertCommand implements Callable<Integer> {

    private final Main.Root root;

    @Spec
    @Nullable CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", descriptionKey = "convert.in")
    @Nullable Path in;

    // Text, not a Path: a name that ends with a separator ("out/") names a folder, for Open SDG.
    @Parameters(index = "1", paramLabel = "OUT", descriptionKey = "convert.out")
    @Nullable String out;

    @Option(names = "--from", paramLabel = "FORMAT", descriptionKey = "convert.from")
    @Nullable String from;

    @Option(names = "--to", paramLabel = "FORMAT", descriptionKey = "convert.to")
    @Nullable String to;

    /** Deprecated: {@code --to dhis2}. */
    @Option(names = "--to-dhis2", descriptionKey = "convert.toDhis2")
    boolean toDhis2;

    @Mixin
    Dhis2MapOption dhis2 = new Dhis2MapOption();

    @Option(names = "--sdmx-map", paramLabel = "MAP", descriptionKey = "convert.sdmxMap")
    @Nullable Path sdmxMap;

    @Option(names = "--strategy", paramLabel = "CODE", descriptionKey = "convert.strategy")
    @Nullable String strategy;

    @Option(names = "--sdmx-version", paramLabel = "1.0|2.0", descriptionKey = "convert.sdmxVersion")
    @Nullable String sdmxVersion;

    @Option(names = "--sdmx-dataflow", paramLabel = "AGENCY:ID(VERSION)", descriptionKey = "convert.sdmxDataflow")
    @Nullable String dataflow;

    ConvertCommand(Main.Root root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        Texts t = root.texts;
        PrintWriter w = spec.commandLine().getOut();
        Path outPath;
        try {
            outPath = Path.of(out);
        } catch (InvalidPathException e) {
            throw new UsageException(t.t("error.write", out, e.getMessage()), e);
        }
        Formats.Output output = output(t);
        Formats.Kind outKind = Formats.outputKind(outPath, output.to(), t);
        if (outKind == Formats.Kind.SDMX) {
            Formats.sdmxWriter(output, t);
        }
        Formats.Format source = from == null ? null : Formats.Format.parse(from, "--from", t);
        Formats.Input input = Formats.read(in, source, dhis2.dhis2Map, sdmxMap, t);
        ValidationReport report = input.report();
        if (input.dataset().isEmpty()) {
            for (Finding f : report.errors()) {
                if (f.code().endsWith(".header")) {
                    throw new UsageException(t.t("convert.unreadable", in.toString(), input.kind().title(),
                            f.message(t.locale())));
                }
            }
        }
        input.notes().forEach(w::println);
        for (var f : report.sorted()) {
            if (f.severity() != Severity.INFO) {
                w.println("  " + t.t(f.severity().title()) + ": " + f.message(t.locale()));
            }
        }
        ValidationReport written = Formats.write(input.dataset(), outPath, output, t);
        for (var f : written.sorted()) {
            w.println("  " + t.t(f.severity().title()) + ": " + f.message(t.locale()));
        }
        if (outKind == Formats.Kind.OPEN_SDG) {
            List<String> names = Formats.openSdgFileNames(input.dataset(), outPath, t);
            for (Path other : Formats.openSdgOthers(outPath, names)) {
                w.println(t.t("convert.openSdgOther", other.toString()));
            }
            w.println(t.t("convert.files", names.size(), outPath));
        }
        ValidationReport all = report.plus(written);
        w.println(t.t("convert.done", input.dataset().size(), in.getFileName(), outPath, all.count(Severity.ERROR)));
        w.flush();
        return all.isAcceptable() ? Main.ACCEPTED : Main.FINDINGS;
    }

    /** The output options: the format named by --to (or --to-dhis2, or a name ending in a separator), SDMX's. */
    private Formats.Output output(Texts t) {
        Formats.Format format = to == null ? null : Formats.Format.parse(to, "--to", t);
        if (toDhis2) {
            if (format != null && format != Formats.Format.DHIS2) {
                throw new UsageException(t.t("convert.toConflict", to));
            }
            format = Formats.Format.DHIS2;
        }
        if (format == null) {
            format = Formats.formatOfName(out);
        }
        SdmxVersion version = SdmxVersion.V2_0;
        if (sdmxVersion != null) {
            version = switch (sdmxVersion.strip()) {
                case "1.0", "1" -> SdmxVersion.V1_0;
                case "2.0", "2" -> SdmxVersion.V2_0;
                default -> throw new UsageException(t.t("convert.sdmxVersionBad", sdmxVersion));
            };
        }
        List<Target> targets = List.of();
        if (strategy != null) {
            targets = VietNamStrategies.find(strategy.strip())
                    .orElseThrow(() -> new UsageException(t.t("error.strategy", strategy))).targets();
        }
        return new Formats.Output(format, dhis2.dhis2Map, sdmxMap, version,
                dataflow == null ? Formats.Output.DATAFLOW : dataflow.strip(), targets);
    }
}
