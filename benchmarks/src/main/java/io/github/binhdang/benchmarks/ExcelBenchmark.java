package io.github.binhdang.benchmarks;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.serialization.excel.ExcelReadResult;
import io.github.binhdang.serialization.excel.ExcelReader;
import io.github.binhdang.serialization.excel.ExcelWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 22, Excel: reading a sheet of 1 million observations from an .xlsx file, against FastExcel's own
 * row iteration over the same file (budget: at most 3 times its time).
 *
 * <ul>
 *   <li>{@code excelRead}: {@link ExcelReader#read(Path)}, which streams the sheet, turns each cell into
 *       its text (shortest decimals, number formats), maps each row through the CSV reader's table and
 *       builds the dataset;</li>
 *   <li>{@code fastexcelRows}: FastExcel's reader with the same options (cell formats read) over the same
 *       file, every row and cell visited and each cell's raw value and format taken; nothing is built.</li>
 * </ul>
 * The file is {@link ExcelWriter}'s of the national dataset, written once to a temporary file before
 * timing. Before timing the reader's dataset must equal the generated one with no finding, and the bare
 * iteration must count as many rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 3, jvmArgsAppend = "-Xmx4g")
public class ExcelBenchmark {

    /** Observations in the sheet: 1 million for the case, fewer for a quick run. */
    @Param("1000000")
    public int observations;

    private static final ReadingOptions OPTIONS = new ReadingOptions(true, true);

    private Path file = Path.of("");

    /** Generates the data, writes the workbook and checks that both contenders see every row. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        NationalData data = NationalData.ofSize(observations);
        file = Files.createTempFile("binhdang-excel", ".xlsx");
        ExcelWriter.defaults().write(data.dataset, file);
        ExcelReadResult read = ExcelReader.defaults().read(file);
        long rows = rows(c -> { }) - 1;
        if (!read.report().isEmpty() || !read.dataset().equals(data.dataset) || rows != data.size) {
            throw new IllegalStateException("readers disagree: " + data.size + " written, binhdang read "
                    + read.dataset().size() + " with " + read.report().size() + " findings"
                    + (read.report().isEmpty() ? "" : " (" + read.report().findings().get(0) + ")")
                    + ", FastExcel counted " + rows + " rows after the header");
        }
        System.out.println("Excel: " + Files.size(file) + " bytes for " + data.size + " observations");
    }

    /** Deletes the workbook. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    private long rows(Consumer<Object> sink) {
        long rows = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), OPTIONS);
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            for (Iterator<Row> it = stream.iterator(); it.hasNext(); ) {
                Row row = it.next();
                for (int i = 0, n = row.getCellCount(); i < n; i++) {
                    Cell cell = row.getCell(i);
                    if (cell != null) {
                        sink.accept(cell.getRawValue());
                        sink.accept(cell.getDataFormatString());
                    }
                }
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * binhdang reads the sheet into a dataset.
     *
     * @return the dataset
     */
    @Benchmark
    public Dataset excelRead() {
        return ExcelReader.defaults().read(file).dataset();
    }

    /**
     * FastExcel's reader visits every row and cell of the same file.
     *
     * @param bh  consumes every cell's raw value and format
     * @return the number of rows
     */
    @Benchmark
    public long fastexcelRows(Blackhole bh) {
        return rows(bh::consume);
    }
}
