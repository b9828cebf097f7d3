package io.github.binhdang.serialization.json;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.SourceFile;
import io.github.binhdang.core.data.SourcePosition;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * One read of a dataset document that reports every problem and goes on: each element of the array of
 * observations that cannot be read is a finding of its element, and the reader moves to the next element;
 * broken syntax, a broken limit or a document of the wrong shape ends the read with one finding of the
 * document. The observations are read by {@link ObservationJson#readObservation}, as the strict read does,
 * in the same {@link ReadScope} (its limits count over the whole document).
 *
 * <p>One instance serves one read on one thread.
 */
final class ReportingRead {

    private static final String OBSERVATIONS = "observations";
    private static final List<Object> DATASET = List.of(OBSERVATIONS);

    private final JsonParser p;
    private final ReadScope scope;
    private final Dataset.Builder builder;
    private final List<Finding> findings = new ArrayList<>();
    private long read;
    private long reported;
    // The element being read, or -1 between elements: a read ended in it names it.
    private long element = -1;

    private ReportingRead(JsonParser p, ReadScope scope, SourceFile source) {
        this.p = p;
        this.scope = scope;
        this.builder = Dataset.builder().source(source);
    }

    /**
     * Reads the document from the parser's start to its end, or to the problem that ends the read.
     *
     * @throws JacksonIOException if the input itself fails (not a problem of the document)
     */
    static JsonReadResult read(JsonParser p, ReadScope scope, SourceFile source) {
        ReportingRead reading = new ReportingRead(p, scope, source);
        try {
            reading.document();
        } catch (JacksonIOException e) {
            JacksonException notUtf8 = DatasetJsonReader.notUtf8(e, p);
            if (notUtf8 == e) {
                throw e;
            }
            reading.end(notUtf8);
        } catch (JacksonException e) {
            reading.end(JsonFields.located(p, e));
        }
        return reading.result();
    }

    /** The result of a read that ended before its first token, such as bytes that are not UTF-8. */
    static JsonReadResult failed(JacksonException e, SourceFile source) {
        Finding finding = JsonReadFindings.of(e);
        return new JsonReadResult(Dataset.builder().source(source).build(), ValidationReport.of(List.of(finding)), 0, 0);
    }

    private JsonReadResult result() {
        return new JsonReadResult(builder.build(), ValidationReport.of(findings), read, reported);
    }

    /** The finding of the problem that ended the read; one inside an element names the element in its path. */
    private void end(JacksonException e) {
        String prefix = element < 0 ? "" : OBSERVATIONS + "[" + element + "]";
        findings.add(JsonReadFindings.of(e, JsonReadFindings.DOCUMENT, -1, prefix));
    }

    private void document() {
        JsonToken token = p.nextToken();
        if (token != JsonToken.START_OBJECT) {
            throw mismatch("expected a dataset object {\"observations\": [...]} but found " + JsonFields.describe(token));
        }
        boolean seen = false;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken value = p.nextToken();
            if (!OBSERVATIONS.equals(name)) {
                if (scope.failOnUnknown()) {
                    findings.add(JsonReadFindings.of(UnrecognizedPropertyException.from(p, Dataset.class, name, DATASET)));
                } else {
                    scope.skipped(p);
                }
                p.skipChildren();
                continue;
            }
            if (seen) {
                throw mismatch("the property 'observations' is given twice");
            }
            seen = true;
            if (value == JsonToken.VALUE_NULL) {
                continue;
            }
            if (value != JsonToken.START_ARRAY) {
                throw mismatch("expected an array of observations at 'observations' but found " + JsonFields.describe(value));
            }
            observations();
        }
        if (!seen) {
            findings.add(JsonReadFindings.of(mismatch("missing required property 'observations' of Dataset")));
        }
        JsonToken trailing = p.nextToken();
        if (trailing != null) {
            throw mismatch("expected the end of the input after the dataset but found " + JsonFields.describe(trailing));
        }
    }

    private void observations() {
        int depth = p.streamReadContext().getNestingDepth();
        long max = scope.limits().maxObservations();
        long index = 0;
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken(), index++) {
            if (token == null) {
                // Jackson fails on an array cut short itself; this keeps a parser that does not from looping.
                throw new StreamReadException(p, "the array of observations is not closed");
            }
            if (index >= max) {
                throw JsonReadLimits.broken(p, "Observations", index + 1, max, "maxObservations");
            }
            element = index;
            int position = (int) Math.min(index, Integer.MAX_VALUE);
            TokenStreamLocation start = p.currentTokenLocation();
            if (token == JsonToken.VALUE_NULL) {
                report(mismatch("expected an observation but found null"), position, start);
            } else {
                Observation o = observation(depth, position);
                if (o != null) {
                    add(o, start, position);
                }
            }
            read++;
            element = -1;
        }
    }

    /** Reads the element at the parser, or reports it and moves to its end; null when reported. */
    private @Nullable Observation observation(int depth, int position) {
        try {
            return ObservationJson.readObservation(p, scope);
        } catch (InvalidValueException e) {
            report(JsonFields.invalid(p, Observation.class, e), position, null);
        } catch (StreamReadException | StreamConstraintsException | JacksonIOException e) {
            // Broken syntax, a broken limit or failing input: nothing after it can be read.
            throw e;
        } catch (JacksonException e) {
            report(e, position, null);
        }
        // The rest of the element, to its closing brace (already passed when the error was found there).
        while (p.streamReadContext().getNestingDepth() > depth) {
            if (p.nextToken() == null) {
                throw new StreamReadException(p, "the document ends inside an observation");
            }
        }
        return null;
    }

    /**
     * Keeps an observation at its element's opening brace; one whose key an earlier element has is a
     * problem of its own element, as a dataset holds one value per key.
     */
    private void add(Observation o, TokenStreamLocation start, int position) {
        // A parser of bytes or text counts lines; one that does not gives the element no place but its number.
        int line = Math.max(1, start.getLineNr());
        int column = Math.max(1, start.getColumnNr());
        OptionalInt first = builder.addIfAbsent(o, line, column, position);
        if (first.isEmpty()) {
            return;
        }
        SourcePosition earlier = builder.position(first.getAsInt()).orElseThrow();
        InvalidValueException repeated = new InvalidValueException("Dataset.observation", o.key(),
                "duplicates the key of observations[" + earlier.record() + "] on line " + earlier.line()
                        + "; a dataset holds one value per key");
        report(JsonFields.invalid(p, Dataset.class, repeated), position, start);
    }

    private void report(JacksonException e, int position, @Nullable TokenStreamLocation at) {
        findings.add(at == null ? JsonReadFindings.of(e, "#" + position, position, "")
                : JsonReadFindings.of(e, "#" + position, position, "", at));
        reported++;
    }

    private MismatchedInputException mismatch(String message) {
        return JsonFields.mismatch(p, Dataset.class, message);
    }
}
