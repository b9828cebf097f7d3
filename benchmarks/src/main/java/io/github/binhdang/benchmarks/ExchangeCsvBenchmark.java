package io.github.binhdang.benchmarks;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.serialization.csv.CsvRecords;
import io.github.binhdang.serialization.opensdg.OpenSdgMapping;
import io.github.binhdang.serialization.opensdg.OpenSdgReadResult;
import io.github.binhdang.serialization.opensdg.OpenSdgReader;
import io.github.binhdang.serialization.opensdg.OpenSdgWriter;
import io.github.binhdang.serialization.sdmx.SdmxReadResult;
import io.github.binhdang.serialization.sdmx.SdmxReader;
import io.github.binhdang.serialization.sdmx.SdmxStructure;
import io.github.binhdang.serialization.sdmx.SdmxWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Issue 22, SDMX-CSV and Open SDG: reading 1 million rows of each from UTF-8 bytes held in memory, against
 * the module's bare CSV tokenizer ({@link CsvRecords}) over the same bytes (budget: at most 3 times its
 * time).
 *
 * <ul>
 *   <li>{@code sdmxRead}: {@link SdmxReader} through a structure of the 10 indicators ({@code SERIES}),
 *       every commune ({@code REF_AREA}), {@code SEX} and {@code AGE}, building the dataset;</li>
 *   <li>{@code openSdgRead}: {@link OpenSdgReader} over one file holding the 10 indicators as series of one
 *       Open SDG indicator, with {@code GeoCode}, {@code Sex} and {@code AGE_GROUP} columns;</li>
 *   <li>{@code sdmxTokens}, {@code openSdgTokens}: {@link CsvRecords#read} over the same bytes, every field
 *       of every row taken; nothing is built.</li>
 * </ul>
 * The bytes are the writers' for the national dataset (observations with only a numerator and
 * denominator carry them in {@code COMMENT_OBS}). Before timing each reader's dataset must hold every
 * generated observation with no finding.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = "-Xmx4g")
public class ExchangeCsvBenchmark {

    /** Rows in each file: 1 million for the case, fewer for a quick run. */
    @Param("1000000")
    public int observations;

    private byte[] sdmx = new byte[0];
    private byte[] openSdg = new byte[0];
    private SdmxReader sdmxReader = SdmxReader.of(SdmxStructure.sdg());
    private OpenSdgReader openSdgReader = OpenSdgReader.of(OpenSdgMapping.identity());

    /** Generates the data, writes both files once and checks that the readers give the data back. */
    @Setup(Level.Trial)
    public void setUp() {
        NationalData data = NationalData.ofSize(observations);
        SdmxStructure structure = SdmxStructure.builder().indicatorDimension("SERIES").areaDimension("REF_AREA")
                .breakdown("SEX", BreakdownDimension.SEX).breakdown("AGE", BreakdownDimension.AGE_GROUP).build();
        sdmxReader = SdmxReader.of(structure);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.size * 120);
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            if (!SdmxWriter.of(structure, "VNM:DF_NATIONAL(1.0)").write(data.dataset, w).isEmpty()) {
                throw new IllegalStateException("the SDMX writer left observations out");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sdmx = out.toByteArray();
        OpenSdgMapping.Builder mapping = OpenSdgMapping.builder();
        for (var indicator : NationalData.INDICATORS) {
            mapping.series("5.5.1", indicator.code(), indicator.code());
        }
        OpenSdgMapping m = mapping.build();
        openSdgReader = OpenSdgReader.of(m);
        out = new ByteArrayOutputStream(data.size * 80);
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            if (!OpenSdgWriter.of(m).write(data.dataset, "5.5.1", w).isEmpty()) {
                throw new IllegalStateException("the Open SDG writer left observations out");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        openSdg = out.toByteArray();
        SdmxReadResult s = sdmxRead();
        OpenSdgReadResult o = openSdgRead();
        check("SDMX", data.dataset, s.dataset(), s.report().size());
        check("Open SDG", data.dataset, o.dataset(), o.report().size());
        System.out.println("SDMX-CSV: " + sdmx.length + " bytes, Open SDG: " + openSdg.length + " bytes, for "
                + data.size + " observations");
    }

    private static void check(String what, Dataset written, Dataset read, int findings) {
        if (findings != 0 || read.size() != written.size()
                || !new HashSet<Observation>(read.asList()).equals(new HashSet<Observation>(written.asList()))) {
            throw new IllegalStateException(what + ": " + written.size() + " written, " + read.size() + " read with "
                    + findings + " findings");
        }
    }

    private static long tokens(byte[] bytes, Blackhole bh) {
        long[] rows = {0};
        CsvRecords.read(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8), '\0', "",
                new CsvRecords.Handler() {
                    @Override
                    public boolean header(int line, List<String> names) {
                        bh.consume(names);
                        return true;
                    }

                    @Override
                    public void row(int line, CsvRecords.Fields fields) {
                        for (int i = 0; i < fields.size(); i++) {
                            bh.consume(fields.get(i));
                        }
                        rows[0]++;
                    }
                });
        return rows[0];
    }

    /**
     * binhdang reads SDMX-CSV into a dataset.
     *
     * @return the result
     */
    @Benchmark
    public SdmxReadResult sdmxRead() {
        return sdmxReader.read(new ByteArrayInputStream(sdmx));
    }

    /**
     * binhdang reads Open SDG data into a dataset.
     *
     * @return the result
     */
    @Benchmark
    public OpenSdgReadResult openSdgRead() {
        return openSdgReader.read("5.5.1", "", new InputStreamReader(new ByteArrayInputStream(openSdg),
                StandardCharsets.UTF_8));
    }

    /**
     * The bare tokenizer reads every field of the SDMX-CSV bytes.
     *
     * @param bh  consumes every field
     * @return the number of rows
     */
    @Benchmark
    public long sdmxTokens(Blackhole bh) {
        return tokens(sdmx, bh);
    }

    /**
     * The bare tokenizer reads every field of the Open SDG bytes.
     *
     * @param bh  consumes every field
     * @return the number of rows
     */
    @Benchmark
    public long openSdgTokens(Blackhole bh) {
        return tokens(openSdg, bh);
    }
}
