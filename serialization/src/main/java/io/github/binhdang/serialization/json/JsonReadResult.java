package io.github.binhdang.serialization.json;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.validation.ValidationReport;
import java.util.Objects;

/**
 * What reading a dataset document with {@link DatasetJsonReader#readAll(java.io.InputStream)} gives: the
 * dataset of the elements that could be read, and a finding for each problem, reading having gone on past
 * every element that could not be read. Nothing in the document is dropped without a finding saying so.
 *
 * <p>The counts hold for every document: {@code elementsRead() == dataset().size() + elementsReported()}.
 * An element is read when the reader reached its end, kept or reported; an element cut short by broken
 * syntax or a broken limit is neither (the one finding of the syntax or the limit says where the read
 * ended).
 *
 * @param dataset           the observations of the elements that could be read, in the order of the
 *                          document, each with its line, column and element ({@link Dataset#position(int)}),
 *                          not null
 * @param report            the findings of the read, in the order of the document, not null; see
 *                          {@link #report()}
 * @param elementsRead      the elements of the array of observations read to their end, 0 or more
 * @param elementsReported  the elements of those that were left out with a finding, 0 or more
 * @implSpec This record is immutable and thread-safe.
 */
public record JsonReadResult(Dataset dataset, ValidationReport report, long elementsRead, long elementsReported) {

    /**
     * Checks the parts.
     *
     * @param dataset           the dataset, not null
     * @param report            the findings of the read, not null
     * @param elementsRead      the elements read to their end
     * @param elementsReported  the elements left out with a finding
     * @throws NullPointerException if the dataset or the report is null
     * @throws InvalidValueException if the elements read are not the dataset's observations and the
     *         elements reported
     */
    public JsonReadResult {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(report, "report");
        if (elementsReported < 0 || elementsRead != dataset.size() + elementsReported) {
            throw new InvalidValueException("JsonReadResult.elementsRead", elementsRead, "must be the "
                    + dataset.size() + " observations and the " + elementsReported + " elements reported");
        }
    }

    /**
     * Tells whether anything in the document could not be read.
     *
     * @return true if the report has at least one finding
     */
    public boolean hasProblems() {
        return !report.isEmpty();
    }

    /**
     * Returns the findings of the read, to be shown, counted and sent on with those of
     * {@link io.github.binhdang.core.validation.DatasetValidator} (join them with
     * {@link ValidationReport#plus(ValidationReport)}; the validator names each observation's element,
     * line and column itself, from the dataset).
     *
     * <p>Each finding is an {@code ERROR} made by {@link JsonReadFindings}, its code the
     * {@link JsonProblem} of the problem:
     * <ul>
     *   <li>{@code json.value}: an element that is not an observation (a number, {@code null}), a value of
     *       the wrong type or one the model refuses (a fifth quarter), a property given twice in an
     *       element, an element whose key an earlier element has (the message names the earlier one's
     *       element and line), a document that is not a dataset object or has no {@code observations};
     *       reading goes on with the next element;</li>
     *   <li>{@code json.unknown}: a property the format does not know, in an element or in the document,
     *       when the mapper fails on unknown properties (as {@link BinhdangJson#mapper()} does); reading
     *       goes on;</li>
     *   <li>{@code json.syntax}: broken JSON, or JSON cut short; {@code json.limit}: a read limit broken
     *       ({@link JsonReadLimits}, the parser's constraints). Either ends the read, with one finding of
     *       the document at its line and column: nothing after it can be trusted.</li>
     * </ul>
     * A finding of an element has {@code "#3"} as its subject, the element as its index and the place in
     * the element as its path ({@code period}), at the line and column where the problem was found (the
     * element's opening brace for a {@code null} element or a repeated key); its messages name the place
     * from the root, {@code Line 4, column 42: the value at observations[3].period is not valid (…)}, and
     * in Vietnamese {@code Dòng 4, cột 42: giá trị tại observations[3].period không hợp lệ: …}.
     *
     * @return the report, empty when every element was read, not null
     */
    @Override
    public ValidationReport report() {
        return report;
    }
}
