package io.github.binhdang.cli;

import io.github.binhdang.cli.chart.Charts;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.calc.Aggregation;
import io.github.binhdang.core.calc.AggregationResult;
import io.github.binhdang.core.calc.AreaRollup;
import io.github.binhdang.core.calc.Carry;
import io.github.binhdang.core.calc.Computed;
import io.github.binhdang.core.calc.Values;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.indicators.VietNamAreas;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aggregate FILE…}: communes into provinces and provinces into the nation, summing numerators and
 * denominators ({@link Aggregation}), optionally after carrying old units onto the units in force on a
 * date ({@link Carry}, the 1 July 2025 reform); says which areas each total lacks. An observation in which
 * validation found an error is left out of the totals and told ({@link Excluded}).
 */
@Command(name = "aggregate", mixinStandardHelpOptions = true)
final class AggregateCommand implements Callable<Integer> {

    private final Main.Root root;

    @Spec
    @Nullable CommandSpec spec;

    @Mixin
    InputOptions inputs = new InputOptions();

    @Mixin
    ReportOption report = new ReportOption();

    @Option(names = "--onto", paramLabel = "DATE", descriptionKey = "aggregate.onto")
    @Nullable LocalDate onto;

    @Option(names = "--reform", descriptionKey = "aggregate.reform")
    boolean reform;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "aggregate.out")
    @Nullable Path outFile;

    @Mixin
    ChartOption chart = new ChartOption();

    AggregateCommand(Main.Root root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        Texts t = root.texts;
        PrintWriter out = spec.commandLine().getOut();
        InputOptions.Inputs in = inputs.read(t);
        ValidationReport findings = in.findings();
        Dataset merged = Shared.merge(in.checked(), spec.commandLine().getErr(), t);
        List<Indicator> indicators = Shared.indicators(in.plan());
        // A figure that validation found wrong is not added into a total, as a scorecard does not score it
        // (Excluded): counted here with its file and line, and noted in the report. Told are those of an
        // indicator and an area the totals know; the others were never to be added up.
        Set<String> known = new HashSet<>();
        indicators.forEach(i -> known.add(i.code()));
        Excluded excluded = Excluded.of(Excluded.Use.AGGREGATE, in.checked(), merged,
                key -> known.contains(key.indicator()) && Shared.areaOf(key.area()).isPresent());
        Dataset data = excluded.kept();
        if (excluded.count() > 0) {
            out.println(excluded.line(t));
            findings = findings.plus(excluded.findings());
        }
        var hierarchy = VietNamAreas.hierarchy();
        LocalDate date = onto != null ? onto : reform ? VietNamAreas.FIRST_DAY_OF_34_UNITS : null;
        if (date != null) {
            // Old units onto those in force: communes onto communes, provinces onto provinces.
            Dataset communes = only(data, AreaLevel.COMMUNE);
            Dataset provinces = only(data, AreaLevel.PROVINCE);
            AggregationResult c = Carry.onto(communes, indicators, hierarchy, AreaLevel.COMMUNE, date);
            AggregationResult p = Carry.onto(provinces, indicators, hierarchy, AreaLevel.PROVINCE, date);
            report(out, t.t("aggregate.carried", communes.size() + provinces.size(), date), c, t);
            report(out, "", p, t);
            data = Dataset.builder().addAll(c.dataset()).addAll(p.dataset()).addAll(only(data, AreaLevel.NATION)).build();
        }
        Dataset communes = only(data, AreaLevel.COMMUNE);
        // After carrying, the totals follow the units of that date; otherwise those of each figure's period.
        AggregationResult toProvinces = Aggregation.toParents(communes, indicators, date == null
                ? AreaRollup.to(hierarchy, AreaLevel.COMMUNE, AreaLevel.PROVINCE)
                : AreaRollup.on(hierarchy, AreaLevel.COMMUNE, AreaLevel.PROVINCE, date));
        report(out, t.t("aggregate.toProvinces", communes.size(), toProvinces.dataset().size()),
                toProvinces, t);
        // Provinces reported and provinces added up from communes; a reported provincial figure wins.
        Dataset.Builder provinces = Dataset.builder().addAll(only(data, AreaLevel.PROVINCE));
        for (Observation o : toProvinces.dataset()) {
            if (!provinces.contains(o.key())) {
                provinces.add(o);
            }
        }
        Dataset provinceData = provinces.build();
        AggregationResult toNation = Aggregation.toParents(provinceData, indicators, date == null
                ? AreaRollup.to(hierarchy, AreaLevel.PROVINCE, AreaLevel.NATION)
                : AreaRollup.on(hierarchy, AreaLevel.PROVINCE, AreaLevel.NATION, date));
        report(out, t.t("aggregate.toNation", provinceData.size(), toNation.dataset().size()), toNation, t);
        out.println();
        out.println(t.t("aggregate.totals"));
        for (Observation o : toNation.dataset()) {
            out.println("  " + line(o, t));
        }
        if (chart.chartDir != null) {
            int written = byArea(provinceData, indicators, chart.chartDir, t);
            out.println(t.t("scorecard.charts", written, chart.chartDir));
        }
        if (outFile != null) {
            Dataset all = Dataset.builder().addAll(toProvinces.dataset()).addAll(toNation.dataset()).build();
            Formats.write(all, outFile, false, null, t);
            out.println(t.t("written", outFile));
        }
        report.write(findings, out, t);
        out.flush();
        return findings.isAcceptable() ? Main.ACCEPTED : Main.FINDINGS;
    }

    /**
     * Writes, for each indicator and period that two or more provinces have, a chart of its value by
     * province ({@code area-INDICATOR-PERIOD.svg} and {@code .png}); values from components by
     * {@link Values#of}.
     */
    static int byArea(Dataset provinces, List<Indicator> indicators, Path dir, Texts t) {
        Map<String, Indicator> byCode = new HashMap<>();
        indicators.forEach(i -> byCode.put(i.code(), i));
        Map<String, Map<String, BigDecimal>> charts = new TreeMap<>();
        Map<String, String> titles = new HashMap<>();
        Map<String, String> units = new HashMap<>();
        for (Observation o : provinces) {
            Indicator indicator = byCode.get(o.indicator());
            if (indicator == null || !o.breakdown().isTotal()) {
                continue;
            }
            Computed value = Values.of(indicator, o);
            if (value.isPresent()) {
                String key = o.indicator() + "-" + o.period().toString().replaceAll("[^A-Za-z0-9.-]", "_");
                charts.computeIfAbsent(key, k -> new java.util.LinkedHashMap<>()).put(Shared.area(o.area(), t),
                        value.value());
                titles.put(key, o.indicator() + " · " + t.period(o.period()) + " · " + t.t(indicator.name()));
                units.put(key, indicator.unit().symbol());
            }
        }
        int files = 0;
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, Map<String, BigDecimal>> chart : charts.entrySet()) {
                if (chart.getValue().size() < 2) {
                    continue;
                }
                var c = Charts.breakdown(titles.get(chart.getKey()), chart.getValue(), units.get(chart.getKey()));
                Charts.writeSvg(c, dir.resolve("area-" + chart.getKey() + ".svg"));
                Charts.writePng(c, dir.resolve("area-" + chart.getKey() + ".png"));
                files += 2;
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException(t.t("error.write", dir.toString(), String.valueOf(e.getMessage())), e);
        }
        return files;
    }

    private static Dataset only(Dataset data, AreaLevel level) {
        Dataset.Builder b = Dataset.builder();
        for (Observation o : data) {
            if (Shared.areaOf(o.area()).map(a -> a.level() == level).orElse(false)) {
                b.add(o);
            }
        }
        return b.build();
    }

    static String line(Observation o, Texts t) {
        StringBuilder b = new StringBuilder(o.indicator()).append(" · ").append(Shared.area(o.area(), t)).append(" · ")
                .append(t.period(o.period()));
        if (!o.breakdown().isTotal()) {
            b.append(" · ").append(o.breakdown());
        }
        b.append(": ");
        if (o.numerator().isPresent() && o.denominator().isPresent()) {
            b.append(t.num(o.numerator().get())).append('/').append(t.num(o.denominator().get()));
            o.value().ifPresent(v -> b.append(" = ").append(t.num(v)));
        } else {
            o.value().or(o::numerator).ifPresent(v -> b.append(t.num(v)));
        }
        return b.toString();
    }

    private static void report(PrintWriter out, String heading, AggregationResult r, Texts t) {
        if (!heading.isEmpty()) {
            out.println(heading);
        }
        for (AggregationResult.Partial p : r.partials()) {
            List<String> names = new ArrayList<>();
            for (String code : p.missing()) {
                names.add(Shared.area(code, t));
            }
            out.println("  " + t.t("aggregate.partial", p.key().indicator(), Shared.area(p.key().area(), t),
                    t.period(p.key().period()), p.present(), p.expected(), String.join(", ", names)));
        }
        for (AggregationResult.Refusal refusal : r.refused()) {
            out.println("  " + t.t("aggregate.refused", refusal.key().indicator(), Shared.area(refusal.key().area(), t),
                    t.period(refusal.key().period()), refusal.detail()));
        }
        for (AggregationResult.Split s : r.splits()) {
            out.println("  " + t.t("aggregate.split", Shared.area(s.area(), t), String.join(", ", s.successors())));
        }
    }
}
