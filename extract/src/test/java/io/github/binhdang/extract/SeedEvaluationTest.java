package io.github.binhdang.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.indicators.VietNamAreas;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The evaluation of issue 25: the extractor's candidates on the five seed reports against the figures
 * annotated by hand in {@code annotations/*.tsv} (their README says how they were made), with precision and
 * recall of figures and the share of found figures whose every field is right. It prints the table the
 * module's README gives, and writes it to {@code target/seed-evaluation.md}; it asserts no quality level
 * (the quality is measured, not held by a unit test), only that the annotations are well formed.
 *
 * <p>The seed reports are third-party news items and are not in this repository: the test reads them from
 * the folder in the system property {@code binhdang.seeds} (default {@code ../shared/seeds} from the repository's root, the shared folder beside it) and is
 * skipped when it is absent.
 */
class SeedEvaluationTest {

    /** One hand-annotated figure. */
    record Annotation(boolean must, String anchor, String number, BigDecimal value, String qualifier, String unit,
            String counted, String period, String area, String sex, String kind) {
    }

    /** A seed with its context, as a compiler would set it before reading. */
    record Seed(String number, String name, ExtractionContext context) {
    }

    static final List<Seed> SEEDS = List.of(
            new Seed("000", "Sơn La 2017", ExtractionContext.of(ReportingPeriod.parse("2017"), VietNamAreas.SON_LA)),
            new Seed("001", "Sa Pa 2021–2022", ExtractionContext.of(ReportingPeriod.parse("2022"),
                    VietNamAreas.of("088", VietNamAreas.LAST_DAY_OF_63_UNITS))),
            new Seed("002", "Quảng Bình 2022", ExtractionContext.of(ReportingPeriod.parse("2022"),
                    VietNamAreas.QUANG_BINH_2008)),
            new Seed("003", "Bắc Giang 2018–2019", ExtractionContext.of(SpanPeriod.ofClosed(2018, 2019),
                    VietNamAreas.BAC_GIANG_2008)),
            new Seed("004", "Conference 2018", ExtractionContext.of(ReportingPeriod.parse("2018"))));

    static final String[] FIELDS = {"value", "qualifier", "unit", "counted", "period", "area", "sex", "kind"};

    static Path seedFolder() {
        // Tests run in the module's folder, one below the repository's root.
        return Path.of(System.getProperty("binhdang.seeds", "../../shared/seeds"));
    }

    static String seedText(String number) throws IOException {
        try (Stream<Path> files = Files.list(seedFolder())) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst()
                    .orElseThrow();
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }

    static List<Annotation> annotations(String number) throws IOException {
        try (InputStream in = Objects.requireNonNull(
                SeedEvaluationTest.class.getResourceAsStream("annotations/" + number + ".tsv"), number)) {
            return annotationsOf(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static List<Annotation> annotationsOf(String tsv) {
        List<Annotation> rows = new ArrayList<>();
        {
            for (String line : tsv.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                assertThat(c).as(line).hasSize(11);
                rows.add(new Annotation(c[0].equals("must"), c[1], c[2], new BigDecimal(c[3]), c[4], c[5], c[6], c[7],
                        c[8], c[9], c[10]));
            }
        }
        return rows;
    }

    /** The counts of one seed or of all: figures, matches, and right fields among the matches. */
    static final class Tally {
        int must;
        int may;
        int found;
        int foundMust;
        int foundMay;
        final Map<String, int[]> right = new LinkedHashMap<>();

        Tally() {
            for (String f : FIELDS) {
                right.put(f, new int[1]);
            }
        }

        void add(Tally t) {
            must += t.must;
            may += t.may;
            found += t.found;
            foundMust += t.foundMust;
            foundMay += t.foundMay;
            t.right.forEach((k, v) -> right.get(k)[0] += v[0]);
        }

        double recall() {
            return must == 0 ? 1 : (double) foundMust / must;
        }

        double precision() {
            int judged = found - foundMay;
            return judged == 0 ? 1 : (double) foundMust / judged;
        }

        String row(String name) {
            StringBuilder s = new StringBuilder("| " + name + " | " + must + " (+" + may + ") | " + found + " | "
                    + pct(recall()) + " | " + pct(precision()));
            int matched = foundMust + foundMay;
            for (String f : FIELDS) {
                s.append(" | ").append(matched == 0 ? "–" : pct((double) right.get(f)[0] / matched));
            }
            return s.append(" |").toString();
        }
    }

    static String pct(double d) {
        return String.format(Locale.ROOT, "%.1f %%", d * 100);
    }

    static String unitSymbol(Candidate c) {
        return c.unit().map(Unit::symbol).orElse("-");
    }

    static boolean countedMatches(String annotated, String extracted) {
        String a = fold(annotated);
        String e = fold(extracted);
        return !e.isEmpty() && (e.startsWith(a) || a.startsWith(e) && e.contains(" ") || a.equals(e));
    }

    /** One report to evaluate: its name, text, context and hand annotations. */
    record Report(String name, String text, ExtractionContext context, List<Annotation> annotations) {
    }

    @Test
    void measuresPrecisionAndRecallOnTheFiveSeeds() throws IOException {
        assumeTrue(Files.isDirectory(seedFolder()), "no seed reports at " + seedFolder());
        List<Report> reports = new ArrayList<>();
        for (Seed seed : SEEDS) {
            reports.add(new Report(seed.number() + " " + seed.name(), seedText(seed.number()), seed.context(),
                    annotations(seed.number())));
        }
        evaluate(reports, Path.of("target", "seed-evaluation.md"));
    }

    /**
     * The same evaluation on reports held out from the extractor's development: a folder (system property
     * {@code binhdang.heldout}) of {@code NAME.txt} and {@code NAME.tsv}, each annotation file opening with
     * {@code # context: PERIOD AREA} (an area code, or {@code -}); skipped without the property.
     */
    @Test
    void measuresPrecisionAndRecallOnHeldOutReports() throws IOException {
        String folder = System.getProperty("binhdang.heldout", "");
        assumeTrue(!folder.isEmpty() && Files.isDirectory(Path.of(folder)), "no held-out reports");
        evaluate(reportsIn(Path.of(folder)), Path.of("target", "heldout-evaluation.md"));
    }

    /**
     * The same evaluation on the reports this project wrote in the manner of provincial reports, figures
     * invented: {@code written/}, read while the unit rules were improved, and {@code written-later/}, written
     * and annotated after them (their README says how they were made); always run.
     */
    @Test
    void measuresPrecisionAndRecallOnTheReportsWeWrote() throws IOException {
        evaluate(reportsIn(WRITTEN.resolve("written")), Path.of("target", "written-evaluation.md"));
        evaluate(reportsIn(WRITTEN.resolve("written-later")), Path.of("target", "written-later-evaluation.md"));
    }

    static final Path WRITTEN = Path.of("src/test/resources/io/github/binhdang/extract");

    // Each NAME.txt of a folder with its NAME.tsv, which opens with "# context: PERIOD AREA".
    private static List<Report> reportsIn(Path folder) throws IOException {
        List<Report> reports = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path tsv : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                String annotations = Files.readString(tsv, StandardCharsets.UTF_8);
                String[] context = annotations.lines().findFirst().orElseThrow().replace("# context:", "").strip()
                        .split(" ");
                ReportingPeriod period = ReportingPeriod.parse(context[0]);
                String name = tsv.getFileName().toString().replace(".tsv", "");
                reports.add(new Report(name, Files.readString(tsv.resolveSibling(name + ".txt"), StandardCharsets.UTF_8),
                        context[1].equals("-") ? ExtractionContext.of(period)
                                : ExtractionContext.of(period, VietNamAreas.of(context[1], period.end())),
                        annotationsOf(annotations)));
            }
        }
        return reports;
    }

    private static void evaluate(List<Report> reports, Path out) throws IOException {
        Tally all = new Tally();
        List<String> rows = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (Report report : reports) {
            String text = report.text();
            List<Candidate> candidates = ReportExtractor.extract(text, report.context());
            Tally t = new Tally();
            t.found = candidates.size();
            List<Candidate> unmatched = new ArrayList<>(candidates);
            String number = report.name();
            for (Annotation a : report.annotations()) {
                int at = text.indexOf(a.anchor());
                assertThat(at).as("anchor %s", a.anchor()).isGreaterThanOrEqualTo(0);
                assertThat(text.indexOf(a.anchor(), at + 1)).as("anchor %s is unique", a.anchor()).isNegative();
                int offset = at + a.anchor().indexOf(a.number());
                if (a.must()) {
                    t.must++;
                } else {
                    t.may++;
                }
                Candidate c = candidates.stream().filter(x -> x.start() == offset).findFirst().orElse(null);
                if (c == null) {
                    if (a.must()) {
                        misses.add(number + " missed: " + a.anchor());
                    }
                    continue;
                }
                unmatched.remove(c);
                if (a.must()) {
                    t.foundMust++;
                } else {
                    t.foundMay++;
                }
                Map<String, Boolean> ok = new LinkedHashMap<>();
                ok.put("value", c.written().equals(a.number()) && c.value().compareTo(a.value()) == 0);
                ok.put("qualifier", c.qualifier().name().equals(a.qualifier()));
                ok.put("unit", unitSymbol(c).equals(a.unit()));
                ok.put("counted", a.counted().equals("-") ? c.counted().isEmpty() : countedMatches(a.counted(), c.counted()));
                ok.put("period", c.period().toString().equals(a.period()));
                ok.put("area", a.area().equals("-") ? c.area().isEmpty() : c.area().map(x -> AreaHierarchy.foldName(
                        x.name().vi()).equals(AreaHierarchy.foldName(a.area()))).orElse(false));
                ok.put("sex", c.sex().map(s -> s.code()).orElse("-").equals(a.sex()));
                ok.put("kind", c.kind().name().equals(a.kind()));
                ok.forEach((field, right) -> {
                    if (right) {
                        t.right.get(field)[0]++;
                    } else {
                        misses.add(number + " " + field + ": " + a.anchor() + " -> " + c);
                    }
                });
            }
            for (Candidate c : unmatched) {
                misses.add(number + " extra: " + c.written() + " in '" + excerpt(text, c) + "' -> " + c);
            }
            all.add(t);
            rows.add(t.row(report.name()));
        }
        StringBuilder table = new StringBuilder();
        table.append("| report | figures (+may) | candidates | recall | precision | value | qualifier | unit | counted"
                + " | period | area | sex | kind |\n");
        table.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> table.append(r).append('\n'));
        table.append(all.row("**all**")).append('\n');
        System.out.println(table);
        misses.forEach(System.out::println);
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n" + String.join("\n", misses) + "\n", StandardCharsets.UTF_8);
    }

    /** Lower case, no diacritics, no punctuation, single spaces (unlike AreaHierarchy.foldName, no prefix dropped). */
    static String fold(String phrase) {
        String d = java.text.Normalizer.normalize(phrase.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}", "").replace('đ', 'd').replaceAll("[\\p{Punct}“”…]", " ").replaceAll("\\s+", " ")
                .strip();
    }

    private static String excerpt(String text, Candidate c) {
        return text.substring(Math.max(0, c.start() - 30), Math.min(text.length(), c.end() + 30)).replace('\n', ' ');
    }
}
