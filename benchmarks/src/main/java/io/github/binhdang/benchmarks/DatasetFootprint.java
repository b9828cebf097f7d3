package io.github.binhdang.benchmarks;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.serialization.csv.CsvReadResult;
import io.github.binhdang.serialization.csv.DatasetCsvReader;
import io.github.binhdang.serialization.csv.DatasetCsvWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;

/**
 * Case 2: the heap a {@link Dataset} retains, in bytes per observation, measured by walking its object
 * graph with JOL; beside it, the same observations as a plain {@code List<Observation>} (records of
 * {@code BigDecimal}s), the layout binhdang avoids.
 *
 * <p>Run: {@code java -Xmx12g -cp benchmarks/target/benchmarks.jar io.github.binhdang.benchmarks.DatasetFootprint [observations] [csv]}.
 * With {@code csv}, the observations are written as a CSV file in Vietnamese notation and read back, and the
 * dataset read is measured too: its line per row and the file's way of writing fields, with the fields a row
 * writes its own way (every hundredth value or numerator here, as {@code khoảng N}) kept with the row; and a
 * file with a bad row after every hundredth, left out, whose records then differ from the rows' indexes.
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
        if (args.length > 1 && args[1].equals("csv")) {
            measureCsv(dataset, datasetBytes);
        }
    }

    /** The same observations written as CSV and read back: the source positions and written fields' cost. */
    private static void measureCsv(Dataset dataset, long datasetBytes) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        DatasetCsvWriter.defaults().withNotation(NumberNotation.VIETNAMESE).withSeparator(';').write(dataset, out);
        String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        for (int own = 0; own < 3; own++) {
            String file = text;
            if (own == 2) {
                // A row of one field after every hundredth row: reported and left out, so that each row after it
                // is a record further than its index (the records' steps, issue 19 follow-up).
                StringBuilder edited = new StringBuilder(text.length() + text.length() / 100);
                int line = 0;
                for (String row : text.split("\n", -1)) {
                    edited.append(row).append('\n');
                    if (line > 0 && line % 100 == 0) {
                        edited.append("X\n");
                    }
                    line++;
                }
                file = edited.toString();
            }
            if (own == 1) {
                // Every hundredth row writes its value as "khoảng N": a row's own way, kept with it.
                StringBuilder edited = new StringBuilder(text.length() + text.length() / 500);
                int line = 0;
                int due = 0;
                for (String row : text.split("\n", -1)) {
                    if (line > 0 && line % 100 == 0) {
                        due++;
                    }
                    // The value field follows the breakdown, which is quoted (it holds the separator); an empty value
                    // is followed by the numerator.
                    int quoted = row.indexOf("\";");
                    if (due > 0 && quoted > 0) {
                        int number = quoted + 2;
                        if (row.charAt(number) == ';') {
                            number++;
                        }
                        row = row.substring(0, number) + "khoảng " + row.substring(number);
                        due--;
                    }
                    edited.append(row).append('\n');
                    line++;
                }
                file = edited.toString();
            }
            byte[] bytes = file.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            CsvReadResult read = DatasetCsvReader.defaults().withNotation(NumberNotation.VIETNAMESE)
                    .read(new java.io.ByteArrayInputStream(bytes));
            Dataset csv = read.dataset();
            long csvBytes = GraphLayout.parseInstance(csv).totalSize();
            System.out.printf("Dataset read from CSV%s: %,d observations, %,d bytes, %.1f bytes per observation"
                    + " (%.1f more than built in code), %d rows reported%n",
                    own == 1 ? " (1 % of values as 'khoảng N')" : own == 2 ? " (a row left out after every 100)" : "",
                    csv.size(), csvBytes, csvBytes / (double) csv.size(),
                    csvBytes / (double) csv.size() - datasetBytes / (double) dataset.size(), read.problems().size());
        }
    }
}
