package io.github.binhdang.serialization.json;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.SourceFile;
import io.github.binhdang.core.data.SourcePosition;
import io.github.binhdang.core.data.Observation;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a dataset document observation by observation, without holding its text.
 *
 * <p>{@link #forEach(InputStream, Consumer)} hands each observation to a callback as soon as it is
 * read and keeps nothing, so a file of any size is read in the memory of one observation; what the
 * callback keeps is its own business. {@link #read(InputStream)} builds a {@link Dataset}, which
 * holds its observations in compact columns (some 50 bytes each), never the text, and the line and
 * column of each observation's opening brace (8 bytes more each), its element in the array of
 * observations ({@link io.github.binhdang.core.data.SourcePosition#record()}, for nothing while every
 * element is kept) and, for a file, its name: validation names them in each finding
 * ({@link Dataset#position(int)}), the element as the finding's index.
 *
 * <p>The document is the one {@link DatasetJsonWriter} and {@link BinhdangModule} write,
 * {@code {"observations": [ ... ]}}, read with the settings of the mapper given (by default
 * {@link BinhdangJson#mapper()}): its limits, its duplicate-key check and whether unknown properties
 * fail. A bad observation ends the read with a Jackson exception that names its position
 * ({@code Dataset[12345]->Observation["period"]}) and its line and column in the text;
 * {@link #readAll(InputStream)} instead reports each element that cannot be read as a finding and reads on
 * ({@link JsonReadResult}), as {@code DatasetCsvReader} does with rows. Streams given are read to the end of
 * the document but not closed.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class DatasetJsonReader {

    private static final DatasetJsonReader DEFAULT = new DatasetJsonReader(BinhdangJson.mapper());

    private final ObjectReader reader;
    private final boolean failOnUnknown;
    private final JsonReadLimits limits;

    private DatasetJsonReader(JsonMapper mapper) {
        // Every object of the format is read through JsonFields, which refuses a repeated property
        // itself; the parser's own check would build a HashSet for each observation.
        this.reader = mapper.reader().without(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        this.failOnUnknown = mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // The limits the module counts: those of the mapper's BinhdangModule, else the defaults.
        JsonReadLimits found = JsonReadLimits.defaults();
        for (JacksonModule module : mapper.registeredModules()) {
            if (module instanceof BinhdangModule binhdang) {
                found = binhdang.limits();
            }
        }
        this.limits = found;
    }

    /**
     * Returns a reader with the settings of {@link BinhdangJson#mapper()}.
     *
     * @return the reader, not null
     */
    public static DatasetJsonReader of() {
        return DEFAULT;
    }

    /**
     * Returns a reader with the settings of a mapper: its limits, features and whether unknown
     * properties fail. The module's handlers are not needed on it; observations are read directly. The
     * limits the module counts ({@link JsonReadLimits}) are those of the mapper's {@link BinhdangModule},
     * or the defaults when it has none.
     *
     * @param mapper  the mapper, such as {@link BinhdangJson#lenientMapper()}, not null
     * @return the reader, not null
     */
    public static DatasetJsonReader of(JsonMapper mapper) {
        return new DatasetJsonReader(Objects.requireNonNull(mapper, "mapper"));
    }

    /**
     * Reads a dataset document in UTF-8 (or UTF-16/32, detected) and hands each observation to the
     * action in order, keeping none.
     *
     * @param in      the document, not null; not closed
     * @param action  what to do with each observation, not null; an exception it throws ends the read
     * @return the number of observations read
     * @throws JacksonException if the document is malformed, breaks a limit or holds a bad observation
     */
    public long forEach(InputStream in, Consumer<? super Observation> action) {
        Objects.requireNonNull(in, "in");
        try (JsonParser p = open(() -> reader.createParser(in))) {
            return stream(p, action);
        }
    }

    /**
     * Reads a dataset document from text and hands each observation to the action in order, keeping
     * none.
     *
     * @param in      the document, not null; not closed
     * @param action  what to do with each observation, not null; an exception it throws ends the read
     * @return the number of observations read
     * @throws JacksonException if the document is malformed, breaks a limit or holds a bad observation
     */
    public long forEach(Reader in, Consumer<? super Observation> action) {
        Objects.requireNonNull(in, "in");
        try (JsonParser p = reader.createParser(in)) {
            return stream(p, action);
        }
    }

    /**
     * Reads a dataset file and hands each observation to the action in order, keeping none.
     *
     * @param file    the file, not null
     * @param action  what to do with each observation, not null; an exception it throws ends the read
     * @return the number of observations read
     * @throws JacksonException if the file cannot be read, is malformed, breaks a limit or holds a bad
     *         observation
     */
    public long forEach(Path file, Consumer<? super Observation> action) {
        Objects.requireNonNull(file, "file");
        try (JsonParser p = open(() -> reader.with(StreamReadFeature.AUTO_CLOSE_SOURCE).createParser(file))) {
            return stream(p, action);
        }
    }

    /**
     * Reads a dataset document in UTF-8 (or UTF-16/32, detected) into a dataset.
     *
     * @param in  the document, not null; not closed
     * @return the dataset, in the order of the document, not null
     * @throws JacksonException if the document is malformed, breaks a limit, holds a bad observation
     *         or two observations with the same key
     */
    public Dataset read(InputStream in) {
        Objects.requireNonNull(in, "in");
        try (JsonParser p = open(() -> reader.createParser(in))) {
            return build(p, "");
        }
    }

    /**
     * Reads a dataset document from text into a dataset.
     *
     * @param in  the document, not null; not closed
     * @return the dataset, in the order of the document, not null
     * @throws JacksonException if the document is malformed, breaks a limit, holds a bad observation
     *         or two observations with the same key
     */
    public Dataset read(Reader in) {
        Objects.requireNonNull(in, "in");
        try (JsonParser p = reader.createParser(in)) {
            return build(p, "");
        }
    }

    /**
     * Reads a dataset file into a dataset.
     *
     * @param file  the file, not null
     * @return the dataset, in the order of the file, not null
     * @throws JacksonException if the file cannot be read, is malformed, breaks a limit, holds a bad
     *         observation or two observations with the same key
     */
    public Dataset read(Path file) {
        Objects.requireNonNull(file, "file");
        try (JsonParser p = open(() -> reader.with(StreamReadFeature.AUTO_CLOSE_SOURCE).createParser(file))) {
            Path name = file.getFileName();
            return build(p, name == null ? file.toString() : name.toString());
        }
    }

    /**
     * Reads a dataset document in UTF-8 (or UTF-16/32, detected) into a dataset, reporting every problem
     * and reading on: each element of the array of observations that cannot be read (a bad period, a value
     * of the wrong type, an unknown property, {@code null}, a key an earlier element has) is a finding of
     * its element, and reading goes on with the next one. Broken syntax, a broken limit
     * ({@link JsonReadLimits}, the parser's constraints) or a document of the wrong shape ends the read with
     * one finding at its line and column, keeping what came before. Each observation kept has the line and
     * column of its opening brace and its element, as with {@link #read(InputStream)}. The codes and texts
     * of the findings are listed at {@link JsonReadResult#report()}.
     *
     * <p>For a well-formed document, the observations are those {@link #read(InputStream)} gives, at the
     * same cost.
     *
     * @param in  the document, not null; not closed
     * @return the dataset of the elements read and the findings of the others, not null
     * @throws JacksonException if the input fails (an I/O error, not a problem of the document)
     */
    public JsonReadResult readAll(InputStream in) {
        Objects.requireNonNull(in, "in");
        return readAll(() -> reader.createParser(in), SourceFile.unnamed());
    }

    /**
     * Reads a dataset document from text into a dataset, reporting every problem and reading on, as
     * {@link #readAll(InputStream)} does.
     *
     * @param in  the document, not null; not closed
     * @return the dataset of the elements read and the findings of the others, not null
     * @throws JacksonException if the input fails (an I/O error, not a problem of the document)
     */
    public JsonReadResult readAll(Reader in) {
        Objects.requireNonNull(in, "in");
        return readAll(() -> reader.createParser(in), SourceFile.unnamed());
    }

    /**
     * Reads a dataset file into a dataset, reporting every problem and reading on, as
     * {@link #readAll(InputStream)} does; the dataset names the file.
     *
     * @param file  the file, not null
     * @return the dataset of the elements read and the findings of the others, not null
     * @throws JacksonException if the file cannot be read (an I/O error, not a problem of the document)
     */
    public JsonReadResult readAll(Path file) {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        return readAll(() -> reader.with(StreamReadFeature.AUTO_CLOSE_SOURCE).createParser(file),
                SourceFile.of(name == null ? file.toString() : name.toString()));
    }

    private JsonReadResult readAll(Supplier<JsonParser> opening, SourceFile source) {
        JsonParser opened;
        try {
            opened = open(opening);
        } catch (StreamReadException e) {
            return ReportingRead.failed(e, source);
        }
        try (JsonParser p = opened) {
            return ReportingRead.read(p, new ReadScope(failOnUnknown, limits), source);
        }
    }

    private Dataset build(JsonParser p, String file) {
        Dataset.Builder builder = Dataset.builder().source(SourceFile.of(file));
        stream(p, (o, line, column, element) -> {
            if (line < 1 || column < 1) {
                // A parser that counts no lines (reading from a DataInput) gives no position.
                builder.add(o);
                return;
            }
            // The element as its record: validation names it as the index of each finding (observations[3]).
            OptionalInt first = builder.addIfAbsent(o, line, column, element);
            if (first.isPresent()) {
                int firstLine = builder.position(first.getAsInt()).map(SourcePosition::line).orElse(0);
                throw JsonFields.invalid(p, Dataset.class, new InvalidValueException("Dataset.observation",
                        o.key(), "duplicates the key of the observation on line " + firstLine
                        + "; a dataset holds one value per key"));
            }
        }, true);
        return builder.build();
    }

    private long stream(JsonParser p, Consumer<? super Observation> action) {
        return stream(p, (o, line, column, element) -> action.accept(o), false);
    }

    private long stream(JsonParser p, ObservationJson.Located action, boolean located) {
        Objects.requireNonNull(action, "action");
        ReadScope scope = new ReadScope(failOnUnknown, limits);
        try {
            p.nextToken();
            long count = ObservationJson.readObservations(p, scope, action, located);
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw JsonFields.mismatch(p, Dataset.class,
                        "expected the end of the input after the dataset but found " + JsonFields.describe(trailing));
            }
            return count;
        } catch (JacksonIOException e) {
            throw notUtf8(e, p);
        } catch (JacksonException e) {
            throw JsonFields.located(p, e);
        }
    }

    /**
     * Opens a parser on bytes. Jackson guesses UTF-16 or UTF-32 from zero bytes among the first four and then
     * fails with an I/O error without a place; a dataset document is UTF-8 text (RFC 8259, section 8.1), so
     * that failure is a read error saying so, here or in {@link #stream}.
     */
    private static JsonParser open(Supplier<JsonParser> opening) {
        try {
            return opening.get();
        } catch (JacksonIOException e) {
            throw notUtf8(e, null);
        }
    }

    // A CharConversionException is what Jackson's UTF-32 reader throws, and a bare IOException what its guess
    // of the encoding throws while opening (Jackson makes it itself: a failing stream throws a subclass, such
    // as FileSystemException or SocketException); any other I/O error stays an I/O error.
    static JacksonException notUtf8(JacksonIOException e, @Nullable JsonParser p) {
        Throwable cause = e.getCause();
        boolean guess = p == null && cause != null && cause.getClass() == IOException.class;
        if (!(cause instanceof CharConversionException) && !guess) {
            return e;
        }
        String message = "the document is not JSON text in UTF-8 (" + e.getOriginalMessage() + ")";
        return p == null ? new StreamReadException(null, message + ", in its first bytes", e)
                : new StreamReadException(p, message, p.currentLocation(), e);
    }
}
