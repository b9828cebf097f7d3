package io.github.binhdang.cli;

import io.github.binhdang.cli.chart.Charts;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.progress.BinhdangMethod;
import io.github.binhdang.core.progress.EscapMethod;
import io.github.binhdang.core.progress.OpenSdgMethod;
import io.github.binhdang.core.progress.ProgressMethod;
import io.github.binhdang.core.progress.ProgressStatus;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.progress.ScorecardRow;
import io.github.binhdang.core.progress.Series;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.indicators.Strategy2021To2030;
import io.github.binhdang.indicators.VietNamStrategies;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scorecard FILE…}: every target of a strategy with its latest value, status and reason. */
@Command(name = "scorecard", mixinStandardHelpOptions = true)
final class ScorecardCommand implements Callable<Integer> {

    private final Main.Root root;

    @Spec
    @Nullable CommandSpec spec;

    @Mixin
    InputOptions inputs = new InputOptions();

    @Mixin
    ReportOption report = new ReportOption();

    @Option(names = "--strategy", paramLabel = "CODE", descriptionKey = "scorecard.strategy")
    String strategyCode = Strategy2021To2030.CODE;

    @Option(names = "--area", paramLabel = "CODE", descriptionKey = "scorecard.area")
    @Nullable String area;

    @Option(names = "--method", paramLabel = "binhdang|escap|open-sdg", descriptionKey = "scorecard.method")
    String method = BinhdangMethod.NAME;

    @Option(names = "--json", paramLabel = "FILE.json", descriptionKey = "scorecard.json")
    @Nullable Path json;

    @Option(names = "--csv", paramLabel = "FILE.csv", descriptionKey = "scorecard.csv")
    @Nullable Path csv;

    @Option(names = "--excel", paramLabel = "FILE.xlsx", descriptionKey = "scorecard.excel")
    @Nullable Path excel;

    @Option(names = "--html", paramLabel = "FILE.html", descriptionKey = "scorecard.html")
    @Nullable Path html;

    @Mixin
    ChartOption chart = new ChartOption();

    ScorecardCommand(Main.Root root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        Texts t = root.texts;
        PrintWriter out = spec.commandLine().getOut();
        ProgressMethod progressMethod = method(method, t);
        if (excel != null && !String.valueOf(excel.getFileName()).toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new UsageException(t.t("error.formatOut", excel.toString()));
        }
        Strategy plan = inputs.plan(t);
        Strategy strategy = plan != null ? plan : VietNamStrategies.find(strategyCode)
                .orElseThrow(() -> new UsageException(t.t("error.strategy", strategyCode)));
        InputOptions.Inputs in = inputs.read(plan, t);
        List<Shared.Checked> checked = in.checked();
        ValidationReport findings = in.findings();
        for (Shared.Checked c : checked) {
            out.println(t.t("scorecard.validated", c.input().file().getFileName(), c.report().count(Severity.ERROR),
                    c.report().count(Severity.WARNING)));
        }
        Dataset all = Shared.merge(checked, spec.commandLine().getErr(), t);
        String areaCode = area != null ? area : onlyArea(all, t);
        // A figure that validation found wrong is not scored; it is listed in its row, counted here and
        // noted in the report (Excluded).
        Excluded excluded = Excluded.of(checked, all, strategy, areaCode, Breakdown.TOTAL);
        Dataset dataset = excluded.kept();
        if (excluded.count() > 0) {
            out.println(excluded.line(t));
            findings = findings.plus(excluded.findings());
        }
        Scorecard card = excluded.mark(Scorecard.of(strategy, dataset, areaCode, Breakdown.TOTAL, progressMethod));
        print(out, strategy, card, t);
        if (json != null) {
            Formats.writeScorecards(List.of(card), json, t);
            out.println(t.t("written", json));
        }
        if (excel != null) {
            Formats.writeScorecards(List.of(card), excel, t);
            out.println(t.t("written", excel));
        }
        if (csv != null) {
            Formats.writeScorecards(List.of(card), csv, t);
            out.println(t.t("written", csv));
        }
        if (chart.chartDir != null) {
            List<Path> written = charts(card, strategy, dataset, chart.chartDir, t);
            out.println(t.t("scorecard.charts", written.size(), chart.chartDir));
        }
        if (html != null) {
            Formats.writeText(html, HtmlScorecard.render(strategy, card, dataset, findings, t), t);
            out.println(t.t("written", html));
        }
        report.write(findings, out, t);
        out.flush();
        return findings.isAcceptable() ? Main.ACCEPTED : Main.FINDINGS;
    }

    static ProgressMethod method(String name, Texts t) {
        return switch (name) {
            case BinhdangMethod.NAME -> ProgressMethod.defaults();
            case EscapMethod.NAME -> EscapMethod.defaults();
            case OpenSdgMethod.NAME -> OpenSdgMethod.defaults();
            default -> throw new UsageException(t.t("error.method", name));
        };
    }

    private static String onlyArea(Dataset dataset, Texts t) {
        // The one area of the data that the catalogue knows: a code mistyped in a few rows (reported as
        // findings) does not make the scorecard ask which area is meant.
        List<String> areas = dataset.areas().stream().filter(a -> Shared.areaOf(a).isPresent()).toList();
        if (areas.isEmpty()) {
            areas = dataset.areas();
        }
        if (areas.size() == 1) {
            return areas.get(0);
        }
        throw new UsageException(t.t("error.area", String.join(", ", areas.subList(0, Math.min(8, areas.size())))));
    }

    static void print(PrintWriter out, Strategy strategy, Scorecard card, Texts t) {
        out.println();
        out.println(t.t(strategy.title()) + " · " + Shared.area(card.area(), t) + " · " + t.t("scorecard.methodName",
                card.method()));
        for (ScorecardRow row : card.rows()) {
            String latest = row.latestValue()
                    .map(v -> t.value(v, row.milestone().unit().symbol()) + " (" + t.period(row.latestPeriod().orElseThrow()) + ")")
                    .orElse(t.t("scorecard.noValue"));
            out.println(String.format("  %-5s %-30s %-24s %s", row.target().code(), t.milestone(row.milestone()), latest,
                    t.t(row.status().title())));
            out.println("        " + t.t(row.reason()));
        }
        StringBuilder counts = new StringBuilder();
        for (ProgressStatus status : ProgressStatus.values()) {
            if (counts.length() > 0) {
                counts.append(", ");
            }
            counts.append(t.t(status.title())).append(": ").append(card.count(status));
        }
        out.println(t.t("scorecard.counts", card.rows().size(), counts));
    }

    /** Writes the status chart, one series chart per target with values, and a chart by sex where there is one. */
    static List<Path> charts(Scorecard card, Strategy strategy, Dataset dataset, Path dir, Texts t) {
        try {
            Files.createDirectories(dir);
            List<Path> written = new java.util.ArrayList<>();
            both(Charts.byStatus(card, t.locale()), dir, "status", written);
            for (ScorecardRow row : card.rows()) {
                Series series = Series.of(row.target(), dataset, card.area(), card.breakdown());
                if (!series.isEmpty()) {
                    both(Charts.series(row, series, t.locale()), dir, "target-" + row.target().code(), written);
                }
                bySex(row, dataset, card.area(), t).ifPresent(c -> both(c, dir, "sex-" + row.target().code(), written));
            }
            return written;
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException(t.t("error.write", dir.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /** The latest period in which both women's and men's values of the target's indicator are in the dataset. */
    static Optional<org.knowm.xchart.CategoryChart> bySex(ScorecardRow row, Dataset dataset, String area, Texts t) {
        Series women = Series.of(row.target(), dataset, area, Breakdown.FEMALE);
        Series men = Series.of(row.target(), dataset, area, Breakdown.MALE);
        for (int i = women.points().size() - 1; i >= 0; i--) {
            var w = women.points().get(i);
            for (var m : men.points()) {
                if (m.period().equals(w.period())) {
                    Map<String, BigDecimal> values = new LinkedHashMap<>();
                    values.put(t.t("sex.female"), w.shown());
                    values.put(t.t("sex.male"), m.shown());
                    return Optional.of(Charts.breakdown(row.target().code() + " · " + t.t(row.target().indicator().name())
                            + " · " + t.period(w.period()), values, row.milestone().unit().symbol()));
                }
            }
        }
        return Optional.empty();
    }

    private static void both(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path dir, String name,
            List<Path> written) {
        Path svg = dir.resolve(name + ".svg");
        Path png = dir.resolve(name + ".png");
        Charts.writeSvg(chart, svg);
        Charts.writePng(chart, png);
        written.add(svg);
        written.add(png);
    }
}
