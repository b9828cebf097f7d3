package io.github.binhdang.benchmarks;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.serialization.dhis2.Dhis2CodeMap;
import io.github.binhdang.serialization.dhis2.Dhis2ReadResult;
import io.github.binhdang.serialization.dhis2.Dhis2Reader;
import io.github.binhdang.serialization.dhis2.Dhis2Writer;
import io.github.binhdang.serialization.json.BinhdangJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Issue 22, DHIS2: reading a data value set of 1 million data values from JSON held in memory, against
 * Jackson's bare token stream over the same bytes (budget: at most 3 times its time).
 *
 * <ul>
 *   <li>{@code dhis2Read}: {@link Dhis2Reader#readJson(java.io.InputStream)} through a code map of the
 *       10 indicators, every commune and the 30 breakdowns, building the dataset;</li>
 *   <li>{@code jacksonRead}: the same parser factory ({@link BinhdangJson#mapper()}, with the project's
 *       read limits) over the same bytes, every token read and every name and scalar taken as a
 *       {@code String}; nothing is built.</li>
 * </ul>
 * The bytes are {@link Dhis2Writer}'s for the national dataset (observations with only a numerator and
 * denominator carry them in the comment). Before timing the reader's dataset must equal the generated
 * one with no finding, and the parser must count as many data values.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = "-Xmx4g")
public class Dhis2Benchmark {

    /** Data values in the set: 1 million for the case, fewer for a quick run. */
    @Param("1000000")
    public int observations;

    private byte[] bytes = new byte[0];
    private Dhis2Reader reader = Dhis2Reader.of(Dhis2CodeMap.builder().build());

    /** Generates the data, writes its JSON once and checks that both contenders agree. */
    @Setup(Level.Trial)
    public void setUp() {
        NationalData data = NationalData.ofSize(observations);
        Dhis2CodeMap.Builder map = Dhis2CodeMap.builder();
        for (int i = 0; i < NationalData.INDICATORS.size(); i++) {
            map.dataElement(String.format("de%09d", i), NationalData.INDICATORS.get(i).code());
        }
        Set<String> areas = new HashSet<>(data.dataset.areas());
        int a = 0;
        for (String area : areas) {
            map.orgUnit(String.format("ou%09d", a++), area);
        }
        for (int b = 0; b < NationalData.BREAKDOWNS; b++) {
            map.categoryOptionCombo(String.format("co%09d", b), NationalData.breakdown(b));
        }
        Dhis2CodeMap codes = map.build();
        reader = Dhis2Reader.of(codes);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.size * 200);
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            if (!Dhis2Writer.of(codes).writeJson(data.dataset, w).isEmpty()) {
                throw new IllegalStateException("the writer left observations out");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes = out.toByteArray();
        Dhis2ReadResult read = reader.readJson(new ByteArrayInputStream(bytes));
        long objects = tokens(v -> { });
        if (!read.report().isEmpty() || !read.dataset().equals(data.dataset) || objects != data.size) {
            throw new IllegalStateException("readers disagree: " + data.size + " written, binhdang read "
                    + read.dataset().size() + " with " + read.report().size() + " findings, Jackson counted "
                    + objects);
        }
        System.out.println("DHIS2 JSON: " + bytes.length + " bytes for " + data.size + " data values");
    }

    /** Every token of the document read; returns the number of objects inside the array. */
    long tokens(java.util.function.Consumer<Object> sink) {
        long objects = 0;
        try (JsonParser p = BinhdangJson.mapper().createParser(new ByteArrayInputStream(bytes))) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case PROPERTY_NAME -> sink.accept(p.currentName());
                    case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE ->
                            sink.accept(p.getString());
                    case START_OBJECT -> objects++;
                    default -> { }
                }
            }
        }
        return objects - 1;
    }

    /**
     * binhdang reads the data value set into a dataset.
     *
     * @return the dataset
     */
    @Benchmark
    public Dataset dhis2Read() {
        return reader.readJson(new ByteArrayInputStream(bytes)).dataset();
    }

    /**
     * Jackson's parser reads every token of the same bytes.
     *
     * @param bh  consumes every name and scalar
     * @return the number of data values
     */
    @Benchmark
    public long jacksonRead(Blackhole bh) {
        return tokens(bh::consume);
    }
}
