package io.github.binhdang.serialization.json;

import java.io.InputStream;
import java.util.Objects;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared, configured JSON mappers for the binhdang format.
 *
 * <p>{@link #mapper()} is what an application should read and write with. It has the
 * {@link BinhdangModule} and these settings:
 * <ul>
 *   <li>No polymorphic default typing: a document never names a Java class to create.</li>
 *   <li>Unknown properties are an error ({@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES});
 *       {@link #lenientMapper()} skips them instead, for documents written by a later version.</li>
 *   <li>A property given twice in one object is an error
 *       ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}), as is anything after the root value
 *       ({@link DeserializationFeature#FAIL_ON_TRAILING_TOKENS}).</li>
 *   <li>Numbers are read as {@code BigDecimal} with the digits written
 *       ({@link DeserializationFeature#USE_BIG_DECIMAL_FOR_FLOATS}) and written with every digit and
 *       no exponent ({@link StreamWriteFeature#WRITE_BIGDECIMAL_AS_PLAIN}): 38.89 is written
 *       {@code 38.89}, 15.10 is written {@code 15.10}.</li>
 *   <li>Errors give the line and column in the document (and the kind of source) but no excerpt of
 *       it, which may hold personal data.</li>
 *   <li>Limits on what is read ({@link StreamReadConstraints}), each failing with Jackson's message
 *       that names the limit: nesting depth {@value #MAX_NESTING_DEPTH}, a text
 *       {@value #MAX_STRING_LENGTH} characters, a property name {@value #MAX_NAME_LENGTH} characters,
 *       a number {@value #MAX_NUMBER_LENGTH} characters, a document {@value #MAX_DOCUMENT_LENGTH}
 *       bytes (or characters). The deepest document of the format nests about a dozen levels; a
 *       dataset observation takes about 100 bytes, so the document limit allows some 90 million of
 *       them. Numbers also keep within the bounds of every value of the model
 *       ({@link io.github.binhdang.core.unit.Decimals#isBounded}: 100 significant digits, a scale within
 *       ±1000; {@code 1e-5000} and {@code 1e2147483648} are refused with their place). The module counts
 *       three more: unknown properties skipped, dimensions of a breakdown, observations of a dataset.
 *       {@link JsonReadLimits} holds all of them, with their defaults.</li>
 * </ul>
 *
 * <p>To change a setting, start from {@link #builder()} and build a mapper of your own; to change a limit,
 * from {@link #builder(JsonReadLimits)}.
 *
 * <p>The JSON Schemas of the format ship with this module: {@link #openDatasetSchema()} and
 * {@link #openCatalogueSchema()}.
 *
 * @implSpec This class is immutable and thread-safe; the mappers it returns are immutable.
 */
public final class BinhdangJson {

    /** The deepest nesting of arrays and objects read. */
    public static final int MAX_NESTING_DEPTH = 64;

    /** The longest text value read, in characters. */
    public static final int MAX_STRING_LENGTH = 100_000;

    /** The longest property name read, in characters. */
    public static final int MAX_NAME_LENGTH = 1_000;

    /** The longest number read, in characters, sign, point and exponent included. */
    public static final int MAX_NUMBER_LENGTH = 100;

    /** The longest document read, in bytes (or characters, when read from text). */
    public static final long MAX_DOCUMENT_LENGTH = 10_000_000_000L;

    /** The name of the dataset schema resource, beside this class. */
    public static final String DATASET_SCHEMA = "dataset.schema.json";

    /** The name of the catalogue schema resource, beside this class. */
    public static final String CATALOGUE_SCHEMA = "catalogue.schema.json";

    private static final JsonMapper MAPPER = builder().build();

    private static final JsonMapper LENIENT = builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private BinhdangJson() {
    }

    /**
     * Returns the shared mapper: strict, with the limits and features listed above.
     *
     * @return the mapper, not null
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * Returns the shared mapper that skips unknown properties and is otherwise the same as
     * {@link #mapper()}.
     *
     * @return the lenient mapper, not null
     */
    public static JsonMapper lenientMapper() {
        return LENIENT;
    }

    /**
     * Returns a new builder with everything {@link #mapper()} has, to change a setting before building.
     *
     * @return a new builder, not null
     */
    public static JsonMapper.Builder builder() {
        return builder(JsonReadLimits.defaults());
    }

    /**
     * Returns a new builder with everything {@link #mapper()} has but the read limits given: Jackson's
     * {@link StreamReadConstraints} and the limits {@link BinhdangModule} counts itself.
     *
     * @param readLimits  the limits, such as {@code JsonReadLimits.defaults().withMaxSkippedProperties(10_000)},
     *                    not null
     * @return a new builder, not null
     */
    public static JsonMapper.Builder builder(JsonReadLimits readLimits) {
        StreamReadConstraints limits = Objects.requireNonNull(readLimits, "readLimits").toStreamReadConstraints();
        // Errors give the line and column but quote none of the document, which may hold personal data.
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .errorReportConfiguration(ErrorReportConfiguration.builder().maxRawContentLength(0).build())
                .build();
        return JsonMapper.builder(factory)
                .addModule(new BinhdangModule(readLimits))
                .deactivateDefaultTyping()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /**
     * Opens the JSON Schema (draft 2020-12) of a dataset document, {@value #DATASET_SCHEMA}.
     *
     * @return a new stream of the schema in UTF-8, to be closed by the caller, not null
     */
    public static InputStream openDatasetSchema() {
        return open(DATASET_SCHEMA);
    }

    /**
     * Opens the JSON Schema (draft 2020-12) of a catalogue document, {@value #CATALOGUE_SCHEMA}.
     *
     * @return a new stream of the schema in UTF-8, to be closed by the caller, not null
     */
    public static InputStream openCatalogueSchema() {
        return open(CATALOGUE_SCHEMA);
    }

    private static InputStream open(String name) {
        return Objects.requireNonNull(BinhdangJson.class.getResourceAsStream(name), name);
    }
}
