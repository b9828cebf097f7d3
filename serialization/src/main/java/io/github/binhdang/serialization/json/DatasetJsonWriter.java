package io.github.binhdang.serialization.json;

import io.github.binhdang.core.data.Observation;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a dataset document observation by observation, as they come, holding none of them.
 *
 * <p>The document is the dataset format of this package, laid out one observation to a line:
 * <pre>
 * {"observations":[
 * {"indicator":"W_ENT","area":"14","period":"2017","value":15.1,"numerator":384,"denominator":2539,"unit":"percent"},
 * {"indicator":"DV_MODELS","area":"14","period":"2017","value":65,"unit":"count"}
 * ]}
 * </pre>
 * followed by a line feed, in UTF-8 when written to bytes. {@link DatasetJsonReader} and
 * {@link BinhdangModule} read it back.
 *
 * <pre>
 * try (DatasetJsonWriter writer = DatasetJsonWriter.open(out)) {
 *     writer.writeAll(dataset);
 * }
 * </pre>
 *
 * <p>Closing ends the document. A stream or writer given is flushed but not closed; a file opened
 * from a path is closed.
 *
 * @implSpec This class is mutable and not thread-safe.
 */
public final class DatasetJsonWriter implements AutoCloseable {

    private final JsonGenerator g;
    private boolean closed;

    private DatasetJsonWriter(JsonGenerator g) {
        this.g = g;
        g.writeStartObject();
        g.writeName("observations");
        g.writeStartArray();
    }

    private static ObjectWriter writer(JsonMapper mapper) {
        return mapper.writer().with(ObservationLines.INSTANCE);
    }

    /**
     * Starts a document on a stream, in UTF-8, with the settings of {@link BinhdangJson#mapper()}.
     *
     * @param out  the stream, not null; flushed but not closed at the end
     * @return the writer, not null
     * @throws JacksonException if the stream cannot be written
     */
    public static DatasetJsonWriter open(OutputStream out) {
        return open(out, BinhdangJson.mapper());
    }

    /**
     * Starts a document on a stream, in UTF-8, with the settings of a mapper.
     *
     * @param out     the stream, not null; flushed but not closed at the end
     * @param mapper  the mapper whose write features apply, not null
     * @return the writer, not null
     * @throws JacksonException if the stream cannot be written
     */
    public static DatasetJsonWriter open(OutputStream out, JsonMapper mapper) {
        Objects.requireNonNull(out, "out");
        return new DatasetJsonWriter(writer(mapper).without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .createGenerator(out, JsonEncoding.UTF8));
    }

    /**
     * Starts a document on a character writer, with the settings of {@link BinhdangJson#mapper()}.
     *
     * @param out  the writer, not null; flushed but not closed at the end
     * @return the writer, not null
     * @throws JacksonException if the writer cannot be written
     */
    public static DatasetJsonWriter open(Writer out) {
        Objects.requireNonNull(out, "out");
        return new DatasetJsonWriter(writer(BinhdangJson.mapper()).without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .createGenerator(out));
    }

    /**
     * Creates (or replaces) a file and starts a document in it, in UTF-8.
     *
     * @param file  the file, not null; closed at the end
     * @return the writer, not null
     * @throws JacksonException if the file cannot be created
     */
    public static DatasetJsonWriter open(Path file) {
        Objects.requireNonNull(file, "file");
        return new DatasetJsonWriter(writer(BinhdangJson.mapper()).with(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .createGenerator(file, JsonEncoding.UTF8));
    }

    /**
     * Writes one observation.
     *
     * @param observation  the observation, not null
     * @return this writer
     * @throws IllegalStateException if the writer is closed
     * @throws JacksonException if the target cannot be written
     */
    public DatasetJsonWriter write(Observation observation) {
        Objects.requireNonNull(observation, "observation");
        if (closed) {
            throw new IllegalStateException("The dataset document is already closed");
        }
        ObservationJson.writeObservation(observation, g);
        return this;
    }

    /**
     * Writes observations in order, such as every observation of a dataset.
     *
     * @param observations  the observations, not null
     * @return this writer
     * @throws IllegalStateException if the writer is closed
     * @throws JacksonException if the target cannot be written
     */
    public DatasetJsonWriter writeAll(Iterable<Observation> observations) {
        for (Observation observation : observations) {
            write(observation);
        }
        return this;
    }

    /**
     * Ends the document with a line feed and flushes it; closes the target only if it is a file this
     * writer opened. Closing again does nothing.
     *
     * @throws JacksonException if the target cannot be written
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
    }
}
