package io.github.binhdang.benchmarks;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.serialization.excel.ExcelReadResult;
import io.github.binhdang.serialization.excel.ExcelReader;
import io.github.binhdang.serialization.excel.ExcelWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jol.info.GraphLayout;

/**
 * Issue 22, Excel: the heap reading a large sheet needs besides the dataset it builds. {@code write FILE N}
 * writes the national dataset of N observations as a workbook; {@code read FILE} reads it in a fresh JVM
 * and prints the time, the dataset's retained size (JOL; {@code -Djol.magicFieldOffset=true} for its record
 * fields) and the sum of the heap pools' peaks (garbage included, so only a rough upper bound).
 * Run the read with {@code -Xmx} set to the dataset's size plus 100 MB: that it finishes shows the
 * streaming needs no more.
 *
 * <pre>
 * java -cp benchmarks.jar io.github.binhdang.benchmarks.ExcelReadHeap write benchmarks/target/national.xlsx 1000000
 * java -Xmx{dataset + 100}m -cp benchmarks.jar io.github.binhdang.benchmarks.ExcelReadHeap read benchmarks/target/national.xlsx
 * </pre>
 */
public final class ExcelReadHeap {

    private ExcelReadHeap() {
    }

    /**
     * Writes or reads the workbook.
     *
     * @param args  {@code write FILE N} or {@code read FILE}
     * @throws Exception if the file cannot be written or read
     */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        if (args[0].equals("write")) {
            NationalData data = NationalData.ofSize(Integer.parseInt(args[2]));
            ExcelWriter.defaults().write(data.dataset, file);
            System.out.println("wrote " + data.size + " observations, " + Files.size(file) + " bytes");
            return;
        }
        long start = System.nanoTime();
        ExcelReadResult read = ExcelReader.defaults().read(file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Dataset dataset = read.dataset();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long retained = GraphLayout.parseInstance(dataset).totalSize();
        System.out.printf("read %d observations (%d findings) in %d ms; max heap %d MB; dataset retains %.1f MB;"
                + " peak heap use (all pools, garbage included) %.1f MB%n", dataset.size(), read.report().size(), millis,
                Runtime.getRuntime().maxMemory() >> 20, retained / 1e6, peak / 1e6);
    }
}
