package io.github.binhdang.benchmarks;

import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.serialization.json.DatasetJsonReader;
import io.github.binhdang.serialization.json.DatasetJsonWriter;
import io.github.binhdang.serialization.json.JsonReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Case 4b: writing and reading the national dataset as a JSON document held in memory.
 *
 * <p>Four contenders, two for each direction, over the same dataset and the same bytes, and the reading
 * that reports every problem beside the strict one:
 * <ul>
 *   <li>{@code binhdangWrite}: {@link DatasetJsonWriter} writing every observation of the dataset;</li>
 *   <li>{@code jacksonWrite}: Jackson's {@link JsonGenerator} writing the same fields, in the same order
 *       and layout, from the generator's primitive arrays and codes made beforehand: the same bytes,
 *       checked once before timing;</li>
 *   <li>{@code binhdangRead}: {@link DatasetJsonReader#read(java.io.InputStream)}, building the
 *       dataset;</li>
 *   <li>{@code binhdangReadAll}: {@link DatasetJsonReader#readAll(java.io.InputStream)}, building the same
 *       dataset while ready to report each element it cannot read and read on (there is none);</li>
 *   <li>{@code jacksonRead}: Jackson's {@link JsonParser} over the same bytes, every token read, every
 *       name and text taken as a {@code String} and every number as a {@code BigDecimal} (as the format
 *       requires); nothing is built.</li>
 * </ul>
 * Both readers must see the same observations (checked once before timing: binhdang's dataset equals
 * the generated one, and the parser counts as many objects in the array).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class JsonBenchmark {

    /** Observations in the dataset: 1 million for the case, fewer for a quick run. */
    @Param("1000000")
    public int observations;

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private NationalData data;
    private byte[] bytes = new byte[0];
    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private String[] indicatorCodes = new String[0];
    private String[] communeCodes = new String[0];
    private String[] yearTexts = new String[0];
    private String[] breakdownTexts = new String[0];

    /** Generates the data, writes its JSON once and checks that every contender agrees. */
    @Setup(Level.Trial)
    public void setUp() {
        data = NationalData.ofSize(observations);
        indicatorCodes = NationalData.INDICATORS.stream().map(i -> i.code()).toArray(String[]::new);
        communeCodes = new String[data.communes];
        for (int c = 0; c < data.communes; c++) {
            communeCodes[c] = String.format("C%05d", c);
        }
        yearTexts = new String[NationalData.YEARS];
        for (int y = 0; y < NationalData.YEARS; y++) {
            yearTexts[y] = String.valueOf(2015 + y);
        }
        breakdownTexts = new String[NationalData.BREAKDOWNS];
        for (int b = 0; b < NationalData.BREAKDOWNS; b++) {
            // The breakdowns NationalData gives its rows, in its order.
            breakdownTexts[b] = Breakdown.of(b < NationalData.AGE_GROUPS ? Sex.FEMALE : Sex.MALE)
                    .with(BreakdownDimension.AGE_GROUP, String.valueOf(15 + 5 * (b % NationalData.AGE_GROUPS)))
                    .toString();
        }
        out = new ByteArrayOutputStream(data.size * 120);
        bytes = binhdangBytes();
        check();
    }

    private void check() {
        byte[] jackson = jacksonBytes();
        if (!Arrays.equals(bytes, jackson)) {
            int at = Arrays.mismatch(bytes, jackson);
            int from = Math.max(0, at - 60);
            throw new IllegalStateException("the writers differ at byte " + at + ": binhdang '"
                    + new String(bytes, from, Math.min(120, bytes.length - from), StandardCharsets.UTF_8)
                    + "', jackson '" + new String(jackson, from, Math.min(120, jackson.length - from),
                            StandardCharsets.UTF_8) + "'");
        }
        Dataset read = DatasetJsonReader.of().read(new ByteArrayInputStream(bytes));
        JsonReadResult all = DatasetJsonReader.of().readAll(new ByteArrayInputStream(bytes));
        if (all.hasProblems() || !all.dataset().equals(read)) {
            throw new IllegalStateException("readAll disagrees with read: " + all.report().findings());
        }
        long objects = tokens(Sink.NONE);
        if (read.size() != data.size || objects != data.size || !read.equals(data.dataset)) {
            throw new IllegalStateException("readers disagree: " + data.size + " written, binhdang read "
                    + read.size() + (read.equals(data.dataset) ? " equal" : " different")
                    + ", Jackson counted " + objects);
        }
        System.out.println("JSON document: " + bytes.length + " bytes for " + data.size + " observations");
    }

    private byte[] binhdangBytes() {
        out.reset();
        try (DatasetJsonWriter w = DatasetJsonWriter.open(out)) {
            w.writeAll(data.dataset);
        }
        return out.toByteArray();
    }

    private byte[] jacksonBytes() {
        out.reset();
        try (JsonGenerator g = PLAIN.writer().with(new Lines()).createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeName("observations");
            g.writeStartArray();
            for (int r = 0, size = data.size; r < size; r++) {
                int i = data.indicator[r];
                g.writeStartObject();
                g.writeStringProperty("indicator", indicatorCodes[i]);
                g.writeStringProperty("area", communeCodes[data.commune[r]]);
                g.writeStringProperty("period", yearTexts[data.year[r]]);
                g.writeStringProperty("breakdown", breakdownTexts[data.breakdown[r]]);
                if (NationalData.SUMS_VALUES[i] == 0) {
                    g.writeNumberProperty("numerator", data.numerator[r]);
                    g.writeNumberProperty("denominator", data.denominator[r]);
                } else if (i == 9) {
                    g.writeNumberProperty("value", BigDecimal.valueOf(data.value[r], 1));
                } else {
                    g.writeNumberProperty("value", data.value[r]);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        return out.toByteArray();
    }

    /** Every token of the document read; returns the number of objects inside the array. */
    private long tokens(Sink sink) {
        long objects = 0;
        try (JsonParser p = PLAIN.createParser(new ByteArrayInputStream(bytes))) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case PROPERTY_NAME -> sink.consume(p.currentName());
                    case VALUE_STRING -> sink.consume(p.getString());
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> sink.consume(p.getDecimalValue());
                    case START_OBJECT -> objects++;
                    default -> { }
                }
            }
        }
        return objects - 1;
    }

    /**
     * binhdang writes the dataset.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] binhdangWrite() {
        return binhdangBytes();
    }

    /**
     * Jackson's generator writes the same fields from primitive arrays.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] jacksonWrite() {
        return jacksonBytes();
    }

    /**
     * binhdang reads the document into a dataset.
     *
     * @return the dataset
     */
    @Benchmark
    public Dataset binhdangRead() {
        return DatasetJsonReader.of().read(new ByteArrayInputStream(bytes));
    }

    /**
     * binhdang reads the document into a dataset, reporting every problem and reading on.
     *
     * @return the dataset and its (empty) report
     */
    @Benchmark
    public JsonReadResult binhdangReadAll() {
        return DatasetJsonReader.of().readAll(new ByteArrayInputStream(bytes));
    }

    /**
     * Jackson's parser reads every token of the document.
     *
     * @param bh  consumes every name, text and number
     * @return the number of observations
     */
    @Benchmark
    public long jacksonRead(Blackhole bh) {
        return tokens(bh::consume);
    }

    /** Where the parser's values go: a blackhole when timed, nowhere when checked. */
    @FunctionalInterface
    interface Sink {
        /** Drops every value. */
        Sink NONE = value -> { };

        /**
         * Takes a value.
         *
         * @param value  the value
         */
        void consume(Object value);
    }

    /** The layout binhdang writes: one observation to a line, nothing else added. */
    private static final class Lines implements PrettyPrinter {
        @Override
        public void writeRootValueSeparator(JsonGenerator g) {
            g.writeRaw('\n');
        }

        @Override
        public void writeStartObject(JsonGenerator g) {
            g.writeRaw('{');
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) {
            // Nothing between the brace and the first name.
        }

        @Override
        public void writeObjectNameValueSeparator(JsonGenerator g) {
            g.writeRaw(':');
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) {
            g.writeRaw(',');
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) {
            g.writeRaw('}');
        }

        @Override
        public void writeStartArray(JsonGenerator g) {
            g.writeRaw('[');
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            g.writeRaw('\n');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) {
            g.writeRaw(",\n");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) {
            g.writeRaw(values > 0 ? "\n]" : "]");
        }
    }
}
