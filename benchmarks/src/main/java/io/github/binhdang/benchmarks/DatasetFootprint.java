package io.github.binhdang.benchmarks;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;

/**
 * Case 2: the heap a {@link Dataset} retains, in bytes per observation, measured by walking its object
 * graph with JOL; beside it, the same observations as a plain {@code List<Observation>} (records of
 * {@code BigDecimal}s), the layout binhdang avoids.
 *
 * <p>Run: {@code java -Xmx12g -cp benchmarks/target/benchmarks.jar io.github.binhdang.benchmarks.DatasetFootprint [observations]}.
 */
public final class DatasetFootprint {

    private DatasetFootprint() {
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * Measures and prints.
     *
     * @param args  the number of observations, 10,000,000 if none is given
     */
    public static void main(String[] args) {
        // JOL cannot ask Unsafe for the field offsets of records (ObservationTable.Attributes is one).
        System.setProperty("jol.magicFieldOffset", "true");
        int observations = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        long before = usedAfterGc();
        Dataset dataset = NationalData.ofSize(observations).dataset;
        // A second opinion that needs no JOL: the heap in use after GC, the generator's arrays gone.
        long retained = usedAfterGc() - before;
        System.out.printf("Heap growth after GC: %,d bytes, %.1f bytes per observation%n",
                retained, retained / (double) dataset.size());
        long datasetBytes = GraphLayout.parseInstance(dataset).totalSize();
        System.out.printf("Dataset: %,d observations, %,d bytes retained, %.1f bytes per observation%n",
                dataset.size(), datasetBytes, datasetBytes / (double) dataset.size());
        // The object-graph layout, on a tenth of the rows to keep the run short; per observation it scales.
        int sample = Math.max(1, dataset.size() / 10);
        List<Observation> objects = new ArrayList<>(sample);
        for (int i = 0; i < sample; i++) {
            objects.add(dataset.get(i));
        }
        long listBytes = GraphLayout.parseInstance(objects).totalSize();
        System.out.printf("List<Observation>: %,d observations, %,d bytes, %.1f bytes per observation (%.1f× the Dataset)%n",
                sample, listBytes, listBytes / (double) sample,
                (listBytes / (double) sample) / (datasetBytes / (double) dataset.size()));
    }
}
