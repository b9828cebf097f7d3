package io.github.binhdang.spring.boot;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.SourceFile;
import io.github.binhdang.core.data.SourcePosition;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.core.validation.ValidationReport;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a dataset document as submitted to an application and checks it, reporting every problem:
 * each observation that cannot be read (a bad period, an unknown property, a value of the wrong type)
 * is a finding and reading goes on with the next one; the observations read are then validated.
 * Only broken JSON syntax ends the read, as nothing after it can be trusted. Every finding carries its
 * observation's position in the document, its path ({@code observations[3].period} when rendered)
 * and its line and column; a validation finding points at its observation's opening brace.
 *
 * <p>The observations read make a {@link Dataset} that keeps where each was read from: its line, column
 * and element in the array ({@link SourcePosition#record()}); {@link DatasetValidator} names them in each
 * finding itself, so that {@code observations[3]} is the fourth element as written however many before it
 * could not be read. A {@code null} element, and an element whose key an earlier one has (a dataset holds
 * one value per key), are problems of their element ({@code json.value}), as any element that cannot be
 * read.
 *
 * <p>The document is the one {@code DatasetJsonReader} reads, {@code {"observations": [ ... ]}},
 * read with the settings of the mapper given (Boot's, with the SDK's read limits when
 * {@code binhdang.json.limits} is on), except that a property the format does not know always fails,
 * as with the SDK's own mapper.
 *
 * <pre>
 * &#64;PostMapping("/datasets")
 * Summary submit(InputStream body) {
 *     Dataset dataset = submissions.read(body).orThrow();   // HTTP 400 with every finding if it has errors
 *     ...
 * }
 * </pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class DatasetSubmissions {

    private static final String OBSERVATIONS = "observations";

    private final JsonMapper mapper;
    private final ObjectReader observationReader;
    private final DatasetValidator validator;
    private final ValidationContext context;

    /**
     * Creates the reader of submissions.
     *
     * @param mapper     the mapper whose limits and features the document is read with, not null
     * @param validator  the validator of the observations read, not null
     * @param context    what they are validated against, not null
     */
    public DatasetSubmissions(JsonMapper mapper, DatasetValidator validator, ValidationContext context) {
        Objects.requireNonNull(mapper, "mapper");
        this.mapper = mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) ? mapper
                : mapper.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.observationReader = this.mapper.readerFor(Observation.class)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.validator = Objects.requireNonNull(validator, "validator");
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * Reads and checks a dataset document in UTF-8 (or UTF-16/32, detected).
     *
     * @param in  the document, not null; read to its end or to broken syntax, not closed
     * @return the observations read and every finding, not null
     */
    public DatasetSubmission read(InputStream in) {
        Objects.requireNonNull(in, "in");
        List<Finding> problems = new ArrayList<>();
        // A stream has no file name; each observation keeps its line, column and element.
        Dataset.Builder builder = Dataset.builder().source(SourceFile.unnamed());
        try (JsonParser p = mapper.createParser(in)) {
            readDocument(p, problems, builder);
        } catch (JacksonException e) {
            // Broken syntax or a broken limit: nothing after it can be read.
            problems.add(JsonReadFindings.of(e, JsonReadFindings.DOCUMENT, -1, ""));
        }
        Dataset dataset = builder.build();
        // The validator puts each observation's element, line and column into its findings itself.
        ValidationReport checked = validator.validate(dataset, context);
        return new DatasetSubmission(dataset, ValidationReport.of(problems).plus(checked));
    }

    private void readDocument(JsonParser p, List<Finding> problems, Dataset.Builder builder) {
        JsonToken token = p.nextToken();
        if (token != JsonToken.START_OBJECT) {
            throw mismatch(p, "expected a dataset object {\"observations\": [...]} but found "
                    + (token == null ? "no content" : token.asString() == null ? token.name() : "'" + token.asString() + "'"));
        }
        boolean seen = false;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken value = p.nextToken();
            if (!OBSERVATIONS.equals(name)) {
                problems.add(JsonReadFindings.of(unknown(p, name), JsonReadFindings.DOCUMENT, -1, ""));
                p.skipChildren();
                continue;
            }
            if (seen) {
                throw mismatch(p, "the property 'observations' is given twice");
            }
            seen = true;
            if (value == JsonToken.VALUE_NULL) {
                continue;
            }
            if (value != JsonToken.START_ARRAY) {
                throw mismatch(p, "expected an array of observations at 'observations'");
            }
            readObservations(p, problems, builder);
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw mismatch(p, "expected the end of the dataset object");
        }
        if (p.nextToken() != null) {
            throw mismatch(p, "expected the end of the input after the dataset");
        }
    }

    private void readObservations(JsonParser p, List<Finding> problems, Dataset.Builder builder) {
        int depth = p.streamReadContext().getNestingDepth();
        int index = 0;
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken(), index++) {
            if (token == null) {
                throw mismatch(p, "the array of observations is not closed");
            }
            TokenStreamLocation start = p.currentTokenLocation();
            try {
                Observation o = observationReader.readValue(p);
                if (o == null) {
                    problems.add(JsonReadFindings.of(mismatch(p, "expected an observation but found null"),
                            "#" + index, index, "", start));
                } else {
                    add(p, o, start, index, builder, problems);
                }
            } catch (StreamReadException e) {
                throw e;
            } catch (JacksonException e) {
                problems.add(JsonReadFindings.of(e, "#" + index, index, ""));
                // Skip the rest of the observation that failed, to its closing brace.
                while (p.streamReadContext().getNestingDepth() > depth) {
                    if (p.nextToken() == null) {
                        throw mismatch(p, "the array of observations is not closed");
                    }
                }
            }
        }
    }

    /**
     * Adds an observation as the element it was in the document, at its opening brace; one whose key an
     * earlier element has is a problem of its own element, as a dataset holds one value per key.
     */
    private static void add(JsonParser p, Observation o, TokenStreamLocation start, int index, Dataset.Builder builder,
            List<Finding> problems) {
        // A parser of bytes or text counts lines; one that does not gives the element no place but its number.
        int line = Math.max(1, start.getLineNr());
        int column = Math.max(1, start.getColumnNr());
        OptionalInt first = builder.addIfAbsent(o, line, column, index);
        if (first.isEmpty()) {
            return;
        }
        SourcePosition earlier = builder.position(first.getAsInt()).orElseThrow();
        InvalidValueException repeated = new InvalidValueException("Dataset.observation", o.key(),
                "duplicates the key of observations[" + earlier.record() + "] on line " + earlier.line()
                        + "; a dataset holds one value per key");
        InvalidFormatException error = InvalidFormatException.from(p, repeated.getMessage(), repeated.value(),
                Dataset.class);
        error.withCause(repeated);
        problems.add(JsonReadFindings.of(error, "#" + index, index, "", start));
    }

    private static JacksonException mismatch(JsonParser p, String message) {
        return tools.jackson.databind.exc.MismatchedInputException.from(p, (Class<?>) null, message);
    }

    private static JacksonException unknown(JsonParser p, String name) {
        return tools.jackson.databind.exc.UnrecognizedPropertyException.from(p, "dataset", name, List.<Object>of(OBSERVATIONS));
    }
}
