package io.github.binhdang.benchmarks;

import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.extract.ExtractionContext;
import io.github.binhdang.extract.ReportExtractor;
import io.github.binhdang.indicators.VietNamAreas;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Issue 25 on a busy machine: the CPU time of one {@link ReportExtractor#extract} of the 10,000-word report
 * of {@link ExtractBenchmark}, and of its number scan, in alternating rounds, with the median of each. The
 * thread's CPU time leaves out the time the thread waits for a core, which on a machine shared by other
 * builds is most of the wall time JMH measures.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.binhdang.benchmarks.ExtractCpuTime [words] [rounds]
 * </pre>
 */
public final class ExtractCpuTime {

    private ExtractCpuTime() {
    }

    /**
     * Runs the rounds and prints the medians.
     *
     * @param args  the words of the report (10000) and the rounds (200)
     */
    public static void main(String[] args) {
        int words = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String report = ExtractBenchmark.report(ExtractBenchmark.seeds(), words);
        ExtractionContext context = ExtractionContext.of(ReportingPeriod.parse("2022"), VietNamAreas.QUANG_BINH_2008);
        VietNamAreas.hierarchy();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] extract = new long[rounds];
        long[] scan = new long[rounds];
        int sink = 0;
        for (int warm = 0; warm < rounds; warm++) {
            sink += ReportExtractor.extract(report, context).size() + ExtractBenchmark.scanCount(report);
        }
        for (int r = 0; r < rounds; r++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            sink += ReportExtractor.extract(report, context).size();
            long t1 = cpu.getCurrentThreadCpuTime();
            sink += ExtractBenchmark.scanCount(report);
            long t2 = cpu.getCurrentThreadCpuTime();
            extract[r] = t1 - t0;
            scan[r] = t2 - t1;
        }
        Arrays.sort(extract);
        Arrays.sort(scan);
        double e = extract[rounds / 2] / 1e6;
        double s = scan[rounds / 2] / 1e6;
        System.out.printf(Locale.ROOT, "%d words, %d rounds: extract median %.2f ms CPU (p10 %.2f, p90 %.2f), number scan"
                        + " median %.3f ms CPU, ratio %.1f (sink %d)%n", words, rounds, e, extract[rounds / 10] / 1e6,
                extract[rounds * 9 / 10] / 1e6, s, e / s, sink);
    }
}
