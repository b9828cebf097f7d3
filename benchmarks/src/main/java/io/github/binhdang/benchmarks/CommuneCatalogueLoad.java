package io.github.binhdang.benchmarks;

import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.indicators.VietNamAreas;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 17: the time of the first use of the commune catalogue, {@link VietNamAreas#hierarchy()}, in a
 * fresh JVM: reading the table generated at build time from the three CSV resources (14,052 areas and
 * 10,571 links, each made only when asked for), and building and checking the hierarchy (the province
 * constants' own start included). Only the first call
 * loads, so each fork measures one call: single-shot time over many forks, no warm-up. Budget: 100 ms.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CommuneCatalogueLoad}; its heap is
 * {@link CommuneCatalogueFootprint}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 30, jvmArgsAppend = "-Xmx1g")
public class CommuneCatalogueLoad {

    /**
     * Loads the catalogue, once per fork.
     *
     * @return the hierarchy, so that it is not optimised away
     */
    @Benchmark
    public AreaHierarchy firstUse() {
        return VietNamAreas.hierarchy();
    }
}
