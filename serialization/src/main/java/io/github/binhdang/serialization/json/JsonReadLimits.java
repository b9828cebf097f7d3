package io.github.binhdang.serialization.json;

import java.io.Serializable;
import java.util.Objects;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The limits on what a JSON document of the format may hold, with safe defaults: what
 * {@link BinhdangJson#builder(JsonReadLimits)} sets on a mapper, {@link BinhdangModule} and
 * {@link DatasetJsonReader} check as they read.
 *
 * <p>Five are Jackson's own ({@link StreamReadConstraints}): nesting depth, document length, number
 * length, string length and property name length. Three are counted by this module: unknown properties
 * skipped by a lenient mapper in one read call, dimensions in one breakdown or one indicator, and
 * observations in one dataset. A broken limit ends the read with a {@link StreamConstraintsException}
 * that gives the line and column, the path, the limit's name and the setting that changes it, such as
 * {@code Skipped properties (1001) exceed the maximum allowed (1000, from
 * JsonReadLimits.maxSkippedProperties: BinhdangJson.builder(JsonReadLimits.defaults().withMaxSkippedProperties(n)))};
 * its {@link JsonProblem} is {@link JsonProblem#LIMIT}. Each counter is checked as it grows, so a broken
 * limit costs no more time or memory than the limit itself.
 *
 * <pre>
 * JsonMapper wider = BinhdangJson.builder(JsonReadLimits.defaults().withMaxObservations(500_000_000L)).build();
 * </pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class JsonReadLimits implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The default of {@link #maxSkippedProperties()}: {@value}. */
    public static final int DEFAULT_MAX_SKIPPED_PROPERTIES = 1_000;

    /**
     * The default of {@link #maxBreakdownDimensions()}: {@value}. Viet Nam's indicators are broken down
     * by at most four or five dimensions at once (sex, age group, residence, ethnicity, region).
     */
    public static final int DEFAULT_MAX_BREAKDOWN_DIMENSIONS = 32;

    /**
     * The default of {@link #maxObservations()}: {@value}, some thirty years of every indicator for every
     * commune, and about what the default document length holds.
     */
    public static final long DEFAULT_MAX_OBSERVATIONS = 100_000_000L;

    private static final String HOW = "BinhdangJson.builder(JsonReadLimits.defaults().";

    private static final JsonReadLimits DEFAULTS = new JsonReadLimits(BinhdangJson.MAX_NESTING_DEPTH,
            BinhdangJson.MAX_DOCUMENT_LENGTH, BinhdangJson.MAX_NUMBER_LENGTH, BinhdangJson.MAX_STRING_LENGTH,
            BinhdangJson.MAX_NAME_LENGTH, DEFAULT_MAX_SKIPPED_PROPERTIES, DEFAULT_MAX_BREAKDOWN_DIMENSIONS,
            DEFAULT_MAX_OBSERVATIONS);

    /** The deepest nesting read. */
    private final int maxNestingDepth;
    /** The longest document read, in bytes or characters. */
    private final long maxDocumentLength;
    /** The longest number read, in characters. */
    private final int maxNumberLength;
    /** The longest text value read, in characters. */
    private final int maxStringLength;
    /** The longest property name read, in characters. */
    private final int maxNameLength;
    /** How many unknown properties one read call skips. */
    private final int maxSkippedProperties;
    /** How many dimensions a breakdown or an indicator has. */
    private final int maxBreakdownDimensions;
    /** How many observations a dataset has. */
    private final long maxObservations;

    private JsonReadLimits(int maxNestingDepth, long maxDocumentLength, int maxNumberLength, int maxStringLength,
            int maxNameLength, int maxSkippedProperties, int maxBreakdownDimensions, long maxObservations) {
        this.maxNestingDepth = positive("maxNestingDepth", maxNestingDepth);
        this.maxDocumentLength = positive("maxDocumentLength", maxDocumentLength);
        this.maxNumberLength = positive("maxNumberLength", maxNumberLength);
        this.maxStringLength = positive("maxStringLength", maxStringLength);
        this.maxNameLength = positive("maxNameLength", maxNameLength);
        this.maxSkippedProperties = (int) notNegative("maxSkippedProperties", maxSkippedProperties);
        this.maxBreakdownDimensions = positive("maxBreakdownDimensions", maxBreakdownDimensions);
        this.maxObservations = notNegative("maxObservations", maxObservations);
    }

    private static int positive(String name, int value) {
        return (int) positive(name, (long) value);
    }

    private static long positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException("JsonReadLimits." + name + " must be at least 1, not " + value);
        }
        return value;
    }

    private static long notNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("JsonReadLimits." + name + " must be at least 0, not " + value);
        }
        return value;
    }

    /**
     * Returns the default limits, those of {@link BinhdangJson#mapper()}: nesting depth
     * {@value BinhdangJson#MAX_NESTING_DEPTH}, document {@value BinhdangJson#MAX_DOCUMENT_LENGTH} bytes,
     * number {@value BinhdangJson#MAX_NUMBER_LENGTH} characters, text {@value BinhdangJson#MAX_STRING_LENGTH}
     * characters, property name {@value BinhdangJson#MAX_NAME_LENGTH} characters,
     * {@value #DEFAULT_MAX_SKIPPED_PROPERTIES} skipped properties, {@value #DEFAULT_MAX_BREAKDOWN_DIMENSIONS}
     * breakdown dimensions and {@value #DEFAULT_MAX_OBSERVATIONS} observations.
     *
     * @return the defaults, not null
     */
    public static JsonReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the deepest nesting of arrays and objects read.
     *
     * @return the limit, at least 1
     */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /**
     * Returns the longest document read, in bytes (or characters, when read from text).
     *
     * @return the limit, at least 1
     */
    public long maxDocumentLength() {
        return maxDocumentLength;
    }

    /**
     * Returns the longest number read, in characters; far below the lengths whose parsing grows with
     * the square of the length.
     *
     * @return the limit, at least 1
     */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /**
     * Returns the longest text value read, in characters.
     *
     * @return the limit, at least 1
     */
    public int maxStringLength() {
        return maxStringLength;
    }

    /**
     * Returns the longest property name read, in characters.
     *
     * @return the limit, at least 1
     */
    public int maxNameLength() {
        return maxNameLength;
    }

    /**
     * Returns how many unknown properties a lenient mapper skips in one read call before it stops.
     *
     * @return the limit, 0 or more
     */
    public int maxSkippedProperties() {
        return maxSkippedProperties;
    }

    /**
     * Returns how many dimensions one breakdown, or one indicator's list of breakdowns, may have.
     *
     * @return the limit, at least 1
     */
    public int maxBreakdownDimensions() {
        return maxBreakdownDimensions;
    }

    /**
     * Returns how many observations one dataset may have.
     *
     * @return the limit, 0 or more
     */
    public long maxObservations() {
        return maxObservations;
    }

    /**
     * Returns a copy with another nesting depth.
     *
     * @param depth  the deepest nesting read, at least 1
     * @return the limits, not null
     * @throws IllegalArgumentException if the depth is below 1
     */
    public JsonReadLimits withMaxNestingDepth(int depth) {
        return new JsonReadLimits(depth, maxDocumentLength, maxNumberLength, maxStringLength, maxNameLength,
                maxSkippedProperties, maxBreakdownDimensions, maxObservations);
    }

    /**
     * Returns a copy with another document length.
     *
     * @param length  the longest document read, in bytes, at least 1
     * @return the limits, not null
     * @throws IllegalArgumentException if the length is below 1
     */
    public JsonReadLimits withMaxDocumentLength(long length) {
        return new JsonReadLimits(maxNestingDepth, length, maxNumberLength, maxStringLength, maxNameLength,
                maxSkippedProperties, maxBreakdownDimensions, maxObservations);
    }

    /**
     * Returns a copy with another number length.
     *
     * @param length  the longest number read, in characters, at least 1
     * @return the limits, not null
     * @throws IllegalArgumentException if the length is below 1
     */
    public JsonReadLimits withMaxNumberLength(int length) {
        return new JsonReadLimits(maxNestingDepth, maxDocumentLength, length, maxStringLength, maxNameLength,
                maxSkippedProperties, maxBreakdownDimensions, maxObservations);
    }

    /**
     * Returns a copy with another text length.
     *
     * @param length  the longest text value read, in characters, at least 1
     * @return the limits, not null
     * @throws IllegalArgumentException if the length is below 1
     */
    public JsonReadLimits withMaxStringLength(int length) {
        return new JsonReadLimits(maxNestingDepth, maxDocumentLength, maxNumberLength, length, maxNameLength,
                maxSkippedProperties, maxBreakdownDimensions, maxObservations);
    }

    /**
     * Returns a copy with another property name length.
     *
     * @param length  the longest property name read, in characters, at least 1
     * @return the limits, not null
     * @throws IllegalArgumentException if the length is below 1
     */
    public JsonReadLimits withMaxNameLength(int length) {
        return new JsonReadLimits(maxNestingDepth, maxDocumentLength, maxNumberLength, maxStringLength, length,
                maxSkippedProperties, maxBreakdownDimensions, maxObservations);
    }

    /**
     * Returns a copy with another number of skipped properties.
     *
     * @param count  how many unknown properties one read call may skip, 0 or more
     * @return the limits, not null
     * @throws IllegalArgumentException if the count is negative
     */
    public JsonReadLimits withMaxSkippedProperties(int count) {
        return new JsonReadLimits(maxNestingDepth, maxDocumentLength, maxNumberLength, maxStringLength, maxNameLength,
                count, maxBreakdownDimensions, maxObservations);
    }

    /**
     * Returns a copy with another number of breakdown dimensions.
     *
     * @param count  how many dimensions a breakdown or an indicator may have, at least 1
     * @return the limits, not null
     * @throws IllegalArgumentException if the count is below 1
     */
    public JsonReadLimits withMaxBreakdownDimensions(int count) {
        return new JsonReadLimits(maxNestingDepth, maxDocumentLength, maxNumberLength, maxStringLength, maxNameLength,
                maxSkippedProperties, count, maxObservations);
    }

    /**
     * Returns a copy with another number of observations.
     *
     * @param count  how many observations a dataset may have, 0 or more
     * @return the limits, not null
     * @throws IllegalArgumentException if the count is negative
     */
    public JsonReadLimits withMaxObservations(long count) {
        return new JsonReadLimits(maxNestingDepth, maxDocumentLength, maxNumberLength, maxStringLength, maxNameLength,
                maxSkippedProperties, maxBreakdownDimensions, count);
    }

    /**
     * Returns Jackson's limits for these settings, as {@link BinhdangJson#builder(JsonReadLimits)} sets them.
     *
     * @return the constraints, not null
     */
    public StreamReadConstraints toStreamReadConstraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth)
                .maxStringLength(maxStringLength)
                .maxNameLength(maxNameLength)
                .maxNumberLength(maxNumberLength)
                .maxDocumentLength(maxDocumentLength)
                .build();
    }

    /** The error for a counted limit broken at the parser's place, naming the limit and its setting. */
    static StreamConstraintsException broken(JsonParser p, String what, long count, long max, String setting) {
        String with = "with" + Character.toUpperCase(setting.charAt(0)) + setting.substring(1);
        return new StreamConstraintsException(what + " (" + count + ") exceed the maximum allowed (" + max
                + ", from JsonReadLimits." + setting + ": " + HOW + with + "(n)))", p.currentLocation());
    }

    /**
     * Compares all the limits.
     *
     * @param other  the other object
     * @return true if every limit is the same
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof JsonReadLimits l && maxNestingDepth == l.maxNestingDepth
                && maxDocumentLength == l.maxDocumentLength && maxNumberLength == l.maxNumberLength
                && maxStringLength == l.maxStringLength && maxNameLength == l.maxNameLength
                && maxSkippedProperties == l.maxSkippedProperties
                && maxBreakdownDimensions == l.maxBreakdownDimensions && maxObservations == l.maxObservations;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(maxNestingDepth, maxDocumentLength, maxNumberLength, maxStringLength, maxNameLength,
                maxSkippedProperties, maxBreakdownDimensions, maxObservations);
    }

    /**
     * Returns the limits by name, for logs.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "JsonReadLimits[maxNestingDepth=" + maxNestingDepth + ", maxDocumentLength=" + maxDocumentLength
                + ", maxNumberLength=" + maxNumberLength + ", maxStringLength=" + maxStringLength
                + ", maxNameLength=" + maxNameLength + ", maxSkippedProperties=" + maxSkippedProperties
                + ", maxBreakdownDimensions=" + maxBreakdownDimensions + ", maxObservations=" + maxObservations + "]";
    }
}
