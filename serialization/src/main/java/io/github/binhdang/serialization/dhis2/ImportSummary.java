package io.github.binhdang.serialization.dhis2;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.serialization.json.BinhdangJson;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;

/**
 * What an import of a data value set gives, shaped as DHIS2's import summary (dhis2-core
 * {@code ImportSummary}; DHIS2 Developer Manual, "Data values", "Import summary"): a status, the counts,
 * the conflicts and the indexes of the data values rejected; with the findings behind them. Every data
 * value is counted once: imported, updated, ignored or deleted add up to {@link #dataValues()}.
 *
 * @param status           {@code SUCCESS} with no conflict, {@code WARNING} with conflicts and some data
 *                         values taken, {@code ERROR} when none was taken or the text could not be read
 *                         to its end, not null
 * @param importCount      the counts, not null
 * @param conflicts        the conflicts, one per offending object, error code and property, in the order
 *                         first met, unmodifiable
 * @param rejectedIndexes  the indexes of the data values ignored, ascending, unmodifiable
 * @param report           every finding of reading and checking, warnings included, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record ImportSummary(Status status, Count importCount, List<ImportConflict> conflicts,
        List<Integer> rejectedIndexes, ValidationReport report) {

    /** The status of an import, as DHIS2 names it. */
    public enum Status {
        /** Every data value taken. */
        SUCCESS,
        /** Some data values taken, some in conflict. */
        WARNING,
        /** No data value taken, or the text could not be read to its end. */
        ERROR
    }

    /**
     * The counts of an import, as DHIS2's {@code importCount}.
     *
     * @param imported  data values whose key the target did not have, 0 or more
     * @param updated   data values whose key the target had, 0 or more
     * @param ignored   data values rejected, 0 or more
     * @param deleted   data values deleted, 0 or more (this importer deletes none)
     */
    public record Count(int imported, int updated, int ignored, int deleted) {

        /**
         * Checks the counts.
         *
         * @param imported  0 or more
         * @param updated   0 or more
         * @param ignored   0 or more
         * @param deleted   0 or more
         * @throws InvalidValueException if a count is negative
         */
        public Count {
            if (imported < 0 || updated < 0 || ignored < 0 || deleted < 0) {
                throw new InvalidValueException("ImportSummary.Count",
                        imported + "/" + updated + "/" + ignored + "/" + deleted, "counts must not be negative");
            }
        }

        /**
         * Returns the sum of the counts, the number of data values.
         *
         * @return imported + updated + ignored + deleted
         */
        public int total() {
            return imported + updated + ignored + deleted;
        }
    }

    /**
     * Checks the parts and copies the lists.
     *
     * @param status           the status, not null
     * @param importCount      the counts, not null
     * @param conflicts        the conflicts, not null
     * @param rejectedIndexes  the rejected indexes, not null
     * @param report           the findings, not null
     * @throws InvalidValueException if the rejected indexes are not as many as the data values ignored
     */
    public ImportSummary {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(importCount, "importCount");
        conflicts = List.copyOf(conflicts);
        rejectedIndexes = List.copyOf(rejectedIndexes);
        Objects.requireNonNull(report, "report");
        if (rejectedIndexes.size() != importCount.ignored()) {
            throw new InvalidValueException("ImportSummary.rejectedIndexes", rejectedIndexes.size(),
                    "must be as many as the data values ignored (" + importCount.ignored() + ")");
        }
    }

    /**
     * Returns the number of data values in the set: the sum of the counts.
     *
     * @return the number, 0 or more
     */
    public int dataValues() {
        return importCount.total();
    }

    /**
     * Writes the summary as DHIS2 does: {@code {"responseType": "ImportSummary", "status": "WARNING",
     * "importCount": {"imported": 1, "updated": 1, "ignored": 4, "deleted": 0}, "conflicts": [{"object":
     * "XXXXXXXXXXX", "value": "…", "errorCode": "E7612", "property": "orgUnit", "indexes": [2]}],
     * "rejectedIndexes": [2, 3, 4, 5]}}; a conflict's {@code errorCode} is left out where none fits.
     *
     * @param out  the writer, not null; flushed, not closed
     * @throws java.io.UncheckedIOException if the writer fails
     */
    public void writeJson(Writer out) {
        try (JsonGenerator g = BinhdangJson.mapper().writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("responseType", "ImportSummary");
            g.writeStringProperty("status", status.name());
            g.writeObjectPropertyStart("importCount");
            g.writeNumberProperty("imported", importCount.imported());
            g.writeNumberProperty("updated", importCount.updated());
            g.writeNumberProperty("ignored", importCount.ignored());
            g.writeNumberProperty("deleted", importCount.deleted());
            g.writeEndObject();
            g.writeArrayPropertyStart("conflicts");
            for (ImportConflict c : conflicts) {
                g.writeStartObject();
                g.writeStringProperty("object", c.object());
                g.writeStringProperty("value", c.value());
                if (!c.errorCode().isEmpty()) {
                    g.writeStringProperty("errorCode", c.errorCode());
                }
                if (!c.property().isEmpty()) {
                    g.writeStringProperty("property", c.property());
                }
                g.writeArrayPropertyStart("indexes");
                for (int i : c.indexes()) {
                    g.writeNumber(i);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("rejectedIndexes");
            for (int i : rejectedIndexes) {
                g.writeNumber(i);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /**
     * Returns the summary as DHIS2's JSON, see {@link #writeJson(Writer)}.
     *
     * @return the JSON text, not null
     */
    public String toJson() {
        StringWriter out = new StringWriter();
        writeJson(out);
        return out.toString();
    }
}
