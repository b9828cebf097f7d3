package io.github.binhdang.spring.boot;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.SourcePosition;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.serialization.json.DatasetJsonReader;
import io.github.binhdang.serialization.json.JsonReadResult;
import java.io.InputStream;
import java.util.Objects;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a dataset document as submitted to an application and checks it, reporting every problem:
 * each observation that cannot be read (a bad period, an unknown property, a value of the wrong type)
 * is a finding and reading goes on with the next one; the observations read are then validated.
 * Only broken JSON syntax or a broken read limit ends the read, as nothing after it can be trusted; what
 * came before is kept. Every finding carries its
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
 * <p>The document is the one {@link DatasetJsonReader} reads, {@code {"observations": [ ... ]}}, read by
 * {@link DatasetJsonReader#readAll(InputStream)} (whose findings these are) with the settings of the mapper
 * given (Boot's, with the SDK's read limits when {@code binhdang.json.limits} is on), except that a
 * property the format does not know always fails, as with the SDK's own mapper.
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

    private final DatasetJsonReader reader;
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
        this.reader = DatasetJsonReader.of(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) ? mapper
                : mapper.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());
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
        JsonReadResult read = reader.readAll(in);
        // The validator puts each observation's element, line and column into its findings itself.
        ValidationReport checked = validator.validate(read.dataset(), context);
        return new DatasetSubmission(read.dataset(), read.report().plus(checked));
    }
}
