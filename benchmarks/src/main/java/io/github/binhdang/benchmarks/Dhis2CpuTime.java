package io.github.binhdang.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Issue 22, DHIS2, on a busy machine: the CPU time of one {@link Dhis2Benchmark#dhis2Read()} and of one
 * pass of Jackson's token stream over the same bytes ({@link Dhis2Benchmark#jacksonRead}), in alternating
 * rounds in one JVM, with the median of each and their ratio. Two clocks: the reading thread's CPU time,
 * which leaves out the time it waits for a core, and the whole process's, which adds the garbage
 * collector's threads, so that what a contender allocates is paid for. The two contenders share Jackson's
 * parser, whose code the JIT then compiles for both; {@code dhis2} or {@code jackson} as the third argument
 * times one alone, in a JVM of its own, as JMH's forks do.
 *
 * <pre>
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar io.github.binhdang.benchmarks.Dhis2CpuTime [values] [rounds] [both|dhis2|jackson]
 * </pre>
 */
public final class Dhis2CpuTime {

    private Dhis2CpuTime() {
    }

    /**
     * Runs the rounds and prints the medians.
     *
     * @param args  the data values (1000000), the rounds (15; as many again to warm up) and which to time
     *              ({@code both}, {@code dhis2} or {@code jackson})
     */
    public static void main(String[] args) {
        Dhis2Benchmark bench = new Dhis2Benchmark();
        bench.observations = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        String which = args.length > 2 ? args[2] : "both";
        boolean[] timed = {!which.equals("jackson"), !which.equals("dhis2")};
        bench.setUp();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[][] thread = new long[2][rounds];
        long[][] process = new long[2][rounds];
        long sink = 0;
        for (int r = -rounds; r < rounds; r++) {
            for (int c = 0; c < 2; c++) {
                // Alternate which goes first, so that neither always follows the other's garbage.
                int contender = (r & 1) == 0 ? c : 1 - c;
                if (!timed[contender]) {
                    continue;
                }
                long t0 = cpu.getCurrentThreadCpuTime();
                long p0 = os.getProcessCpuTime();
                sink += contender == 0 ? bench.dhis2Read().size() : bench.tokens(v -> { });
                long t1 = cpu.getCurrentThreadCpuTime();
                long p1 = os.getProcessCpuTime();
                if (r >= 0) {
                    thread[contender][r] = t1 - t0;
                    process[contender][r] = p1 - p0;
                }
            }
        }
        double[] t = {median(thread[0]), median(thread[1])};
        double[] p = {median(process[0]), median(process[1])};
        String[] names = {"dhis2Read", "jacksonRead"};
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%d values, %d rounds:", bench.observations,
                rounds));
        for (int c = 0; c < 2; c++) {
            if (timed[c]) {
                line.append(String.format(Locale.ROOT, " %s %.0f ms thread CPU, %.0f ms process CPU;", names[c], t[c],
                        p[c]));
            }
        }
        if (timed[0] && timed[1]) {
            line.append(String.format(Locale.ROOT, " ratio %.2f (thread), %.2f (process);", t[0] / t[1], p[0] / p[1]));
        }
        System.out.println(line.append(" sink ").append(sink));
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return (n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0) / 1e6;
    }
}
