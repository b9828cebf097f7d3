package io.github.binhdang.cli;

import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.area.NameMatch;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.indicators.GenderIndicators;
import io.github.binhdang.indicators.VietNamAreas;
import io.github.binhdang.indicators.VietNamStrategies;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code catalogue strategies|targets|indicators|areas [TEXT]}: lists or searches the built-in
 * catalogues in either language; areas by code, by name as people write it ("Son La", "TP HCM"), old
 * provinces and communes included ({@link VietNamAreas#lookUp}).
 */
@Command(name = "catalogue", mixinStandardHelpOptions = true)
final class CatalogueCommand implements Callable<Integer> {

    /** What the catalogue lists. */
    enum What {
        strategies, targets, indicators, areas
    }

    private final Main.Root root;

    @Spec
    @Nullable CommandSpec spec;

    @Parameters(index = "0", paramLabel = "strategies|targets|indicators|areas", descriptionKey = "catalogue.what")
    What what = What.strategies;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TEXT", descriptionKey = "catalogue.text")
    @Nullable String text;

    @Option(names = "--strategy", paramLabel = "CODE", descriptionKey = "catalogue.strategy")
    @Nullable String strategyCode;

    @Option(names = "--date", paramLabel = "DATE", descriptionKey = "catalogue.date")
    @Nullable LocalDate date;

    CatalogueCommand(Main.Root root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        Texts t = root.texts;
        PrintWriter out = spec.commandLine().getOut();
        int found = switch (what) {
            case strategies -> strategies(out, t);
            case targets -> targets(out, t);
            case indicators -> indicators(out, t);
            case areas -> areas(out, t);
        };
        out.println(t.t("catalogue.found", found));
        out.flush();
        return Main.ACCEPTED;
    }

    private boolean matches(String... texts) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String query = AreaHierarchy.foldName(text);
        for (String s : texts) {
            if (AreaHierarchy.foldName(s).contains(query)) {
                return true;
            }
        }
        return false;
    }

    private int strategies(PrintWriter out, Texts t) {
        int n = 0;
        for (Strategy s : VietNamStrategies.ALL) {
            if (matches(s.code(), s.title().vi(), s.title().en())) {
                out.println(s.code() + "  " + t.t(s.title()) + " (" + s.span() + ", " + s.targets().size() + ")");
                n++;
            }
        }
        return n;
    }

    private int targets(PrintWriter out, Texts t) {
        List<Strategy> strategies = strategyCode == null ? VietNamStrategies.ALL
                : List.of(VietNamStrategies.find(strategyCode)
                        .orElseThrow(() -> new UsageException(t.t("error.strategy", strategyCode))));
        int n = 0;
        for (Strategy s : strategies) {
            for (Target target : s.targets()) {
                if (matches(target.code(), target.text().vi(), target.text().en(), target.indicator().code())) {
                    List<String> milestones = new ArrayList<>();
                    for (Milestone m : target.milestones()) {
                        milestones.add(t.milestone(m));
                    }
                    out.println(s.code() + " " + target.code() + "  [" + target.indicator().code() + "] "
                            + t.t(target.text()));
                    out.println("      " + String.join("; ", milestones));
                    n++;
                }
            }
        }
        return n;
    }

    private int indicators(PrintWriter out, Texts t) {
        int n = 0;
        for (Indicator i : GenderIndicators.ALL) {
            if (matches(i.code(), i.name().vi(), i.name().en())) {
                out.println(i.code() + "  " + t.t(i.name()) + " (" + i.unit().symbol() + ")");
                n++;
            }
        }
        return n;
    }

    private int areas(PrintWriter out, Texts t) {
        LocalDate on = date != null ? date : Shared.today();
        if (text == null || text.isBlank()) {
            int n = 0;
            for (var a : VietNamAreas.provincesOn(on)) {
                out.println(a.code() + "  " + t.t(a.name()));
                n++;
            }
            return n;
        }
        Set<String> lines = new LinkedHashSet<>();
        Shared.areaOf(text.strip()).ifPresent(a -> lines.add(a.code() + "  " + t.t(a.name()) + " · "
                + a.level() + validity(a, t)));
        for (AreaLevel level : List.of(AreaLevel.PROVINCE, AreaLevel.COMMUNE)) {
            NameMatch match = VietNamAreas.lookUp(text, level, on);
            for (NameMatch.Candidate c : match.candidates()) {
                String province = c.province().equals(c.area()) ? "" : ", " + t.t(c.province().name());
                lines.add(c.area().code() + "  " + t.t(c.area().name()) + province + " · " + c.area().level()
                        + validity(c.area(), t));
            }
            for (var note : match.notes()) {
                lines.add("    " + t.t(note));
            }
        }
        lines.forEach(out::println);
        return (int) lines.stream().filter(l -> !l.startsWith("    ")).count();
    }

    private static String validity(io.github.binhdang.core.area.Area a, Texts t) {
        return a.validTo().map(d -> " · " + t.t("catalogue.until", d)).orElse("");
    }
}
