package io.github.binhdang.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A million observations, about 110 MB of JSON, pass through a pipe: a writer thread streams them out
 * while the reader takes them in, so the whole text never exists at once. Memory is measured, not
 * time: the live heap while reading must stay far below the size of the text.
 */
class MillionObservationsTest {

    private static final int COUNT = 1_000_000;
    private static final List<ReportingPeriod> PERIODS = List.of(ReportingPeriod.parse("2021"),
            ReportingPeriod.parse("2022-S1"), ReportingPeriod.parse("2022-Q3"), ReportingPeriod.parse("HDND:2021/2026"));

    /** Observation i: a unique key, a value with two decimals, a few optional fields. */
    static Observation generated(int i) {
        Observation.Builder b = Observation.builder("IND_" + (i % 100), String.valueOf(i / 400), PERIODS.get(i / 100 % 4))
                .value(BigDecimal.valueOf(i % 10_000, 2)).unit(Unit.PERCENT);
        if (i % 3 == 0) {
            b.sex(Sex.FEMALE).components(i % 997, 997);
        }
        if (i % 10 == 0) {
            b.status(ObservationStatus.PROVISIONAL).source("Báo cáo tỉnh");
        }
        return b.build();
    }

    /** Runs the reading side on a pipe that a second thread fills with the generated observations. */
    private static <T> T throughPipe(Function<InputStream, T> reading) throws Exception {
        PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream out = new PipedOutputStream(in);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writerThread = new Thread(() -> {
            try (out; DatasetJsonWriter writer = DatasetJsonWriter.open(out)) {
                for (int i = 0; i < COUNT; i++) {
                    writer.write(generated(i));
                }
            } catch (IOException | RuntimeException e) {
                failure.set(e);
            }
        }, "dataset-writer");
        writerThread.start();
        try (in) {
            T result = reading.apply(in);
            writerThread.join();
            assertThat(failure.get()).isNull();
            return result;
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Test
    void streamsAMillionObservationsInBoundedMemory() throws Exception {
        long baseline = usedHeap();
        long[] peak = {0};
        BigDecimal[] sum = {BigDecimal.ZERO};
        long[] index = {0};

        long count = throughPipe(in -> DatasetJsonReader.of().forEach(in, o -> {
            assertThat(o).isEqualTo(generated((int) index[0]));
            sum[0] = sum[0].add(o.value().orElseThrow());
            index[0]++;
            if (index[0] % 250_000 == 0) {
                peak[0] = Math.max(peak[0], usedHeap() - baseline);
            }
        }));

        assertThat(count).isEqualTo(COUNT);
        // The values are 0.00 to 99.99, 100 times over: 100 × (0 + … + 9999) / 100.
        assertThat(sum[0]).isEqualByComparingTo(BigDecimal.valueOf(100L * 9_999 * 10_000 / 2, 2));
        // The text alone is over 100 MB; one observation at a time needs a few kilobytes.
        assertThat(peak[0]).isLessThan(32L << 20);
    }

    @Test
    void readsAMillionObservationsIntoACompactDataset() throws Exception {
        long baseline = usedHeap();

        Dataset dataset = throughPipe(in -> DatasetJsonReader.of().read(in));

        long retained = usedHeap() - baseline;
        assertThat(dataset.size()).isEqualTo(COUNT);
        assertThat(dataset.get(123_456)).isEqualTo(generated(123_456));
        assertThat(dataset.get(COUNT - 1)).isEqualTo(generated(COUNT - 1));
        // Under 100 bytes an observation, less than the text they were read from.
        assertThat(retained).isLessThan(100L * COUNT);
    }
}
