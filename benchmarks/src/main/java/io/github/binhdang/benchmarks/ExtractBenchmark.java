package io.github.binhdang.benchmarks;

import io.github.binhdang.core.TextParseException;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.extract.Candidate;
import io.github.binhdang.extract.ExtractionContext;
import io.github.binhdang.extract.ReportExtractor;
import io.github.binhdang.indicators.VietNamAreas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 25, extract: reading the figures of a report of 10,000 words (budget: under 100 ms), against
 * the floor of the same work, finding every number of the text with one regular expression and reading it
 * in Vietnamese notation.
 *
 * <ul>
 *   <li>{@code extract}: {@link ReportExtractor#extract} over the report, in the context of Quảng Bình,
 *       2022 (so that every commune a sentence names is looked up in the catalogue and kept only within the
 *       province);</li>
 *   <li>{@code numberScan}: {@code \d+(?:[.,]\d+)*} over the same text, each match read with
 *       {@link NumberNotation#VIETNAMESE} (those it refuses skipped); nothing else.</li>
 * </ul>
 * The report is the five seed reports of {@code shared/seeds} one after another, again and again, cut at
 * the paragraph that reaches the words asked for. The seeds are third-party news items kept out of the
 * repository: the folder is the system property {@code binhdang.seeds} (default {@code ../shared/seeds},
 * the shared folder beside the repository, for a benchmark run from the repository's root), and the
 * benchmark refuses to start without it. The commune catalogue is
 * loaded in the set-up (its first use is timed by {@code CommuneCatalogueLoad}), and the extractor must
 * find at least one figure per 100 words before timing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = "-Xmx1g")
public class ExtractBenchmark {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    /** Words in the report: 10,000 for the case. */
    @Param("10000")
    public int words;

    private String report = "";
    private final ExtractionContext context = ExtractionContext.of(ReportingPeriod.parse("2022"),
            VietNamAreas.QUANG_BINH_2008);

    /** The folder of the seed reports: {@code -Dbinhdang.seeds}, else {@code ../shared/seeds} from the working directory. */
    static Path seeds() {
        return Path.of(System.getProperty("binhdang.seeds", "../shared/seeds"));
    }

    /** Builds the report from the seeds and checks that the extractor reads its figures. */
    @Setup(Level.Trial)
    public void setUp() {
        report = report(seeds(), words);
        VietNamAreas.hierarchy(); // the commune catalogue, loaded once
        List<Candidate> found = ReportExtractor.extract(report, context);
        if (found.size() < words / 100) {
            throw new IllegalStateException("only " + found.size() + " figures in " + words + " words");
        }
        System.out.println("report: " + report.length() + " chars, " + count(report) + " words, " + found.size()
                + " figures, " + scan(report) + " numbers");
    }

    static String report(Path seeds, int words) {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the seed reports are read from " + seeds
                    + " (system property binhdang.seeds)", e);
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no seed report (*.txt) in " + seeds + " (system property binhdang.seeds)");
        }
        StringBuilder report = new StringBuilder();
        int count = 0;
        for (int i = 0; count < words; i++) {
            for (String paragraph : texts.get(i % texts.size()).split("\n")) {
                report.append(paragraph).append('\n');
                count += count(paragraph);
                if (count >= words) {
                    break;
                }
            }
        }
        return report.toString();
    }

    private static int count(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    static int scanCount(String text) {
        return scan(text);
    }

    private static int scan(String text) {
        int n = 0;
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            try {
                NumberNotation.VIETNAMESE.parse(m.group());
                n++;
            } catch (TextParseException e) {
                // not Vietnamese notation
            }
        }
        return n;
    }

    /**
     * The extractor over the report.
     *
     * @return the candidates
     */
    @Benchmark
    public List<Candidate> extract() {
        return ReportExtractor.extract(report, context);
    }

    /**
     * The floor: every number found and read.
     *
     * @param bh  the sink
     */
    @Benchmark
    public void numberScan(Blackhole bh) {
        bh.consume(scan(report));
    }
}
