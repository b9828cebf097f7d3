package io.github.binhdang.benchmarks;

import java.util.Arrays;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Case 3 on a shared, noisy machine: the ratio of binhdang's CSV ingest to Jackson's tokeniser alone,
 * each round timing both contenders of {@link CsvIngestBenchmark} back to back (in alternating order),
 * so that both see the same load; the ratio reported is the median of the rounds' ratios. JMH runs all
 * the forks of one contender before the other's, and when other work comes and goes on the machine the
 * ratio of its scores says more about the load than about the code.
 *
 * <p>Run: {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar io.github.binhdang.benchmarks.CsvIngestRatio
 * [observations [warm-up rounds [rounds]]]}, by default 1,000,000 observations, 10 and 20 rounds.
 */
public final class CsvIngestRatio {

    private CsvIngestRatio() {
    }

    /**
     * Measures and prints.
     *
     * @param args  the observations, the warm-up rounds and the measured rounds
     */
    public static void main(String[] args) {
        int observations = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        CsvIngestBenchmark benchmark = new CsvIngestBenchmark();
        benchmark.observations = observations;
        benchmark.setUp();
        Blackhole bh = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        double[] tokeniser = new double[rounds];
        double[] binhdang = new double[rounds];
        double[] ratios = new double[rounds];
        for (int r = -warmUp; r < rounds; r++) {
            double t;
            double b;
            if ((r & 1) == 0) {
                t = time(() -> benchmark.tokeniser(bh));
                b = time(() -> benchmark.binhdang(bh));
            } else {
                b = time(() -> benchmark.binhdang(bh));
                t = time(() -> benchmark.tokeniser(bh));
            }
            if (r >= 0) {
                tokeniser[r] = t;
                binhdang[r] = b;
                ratios[r] = b / t;
                System.out.printf("round %2d: tokeniser %7.1f ms, binhdang %7.1f ms, ratio %.2f%n", r + 1, t, b, b / t);
            }
        }
        System.out.printf("medians of %d rounds (%d warm-up), %,d observations: tokeniser %.1f ms, binhdang %.1f ms,"
                + " ratio %.2f (rounds' ratios from %.2f to %.2f)%n", rounds, warmUp, observations, median(tokeniser),
                median(binhdang), median(ratios), Arrays.stream(ratios).min().orElse(0),
                Arrays.stream(ratios).max().orElse(0));
        bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    }

    private static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
