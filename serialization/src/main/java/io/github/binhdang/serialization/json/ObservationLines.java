package io.github.binhdang.serialization.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * Lays a dataset out one observation to a line, with nothing else added:
 * <pre>
 * {"observations":[
 * {"indicator":"W_ENT","area":"14","period":"2017","value":15.1},
 * {"indicator":"W_ENT","area":"14","period":"2018","value":16.2}
 * ]}
 * </pre>
 * A line per observation keeps a large file readable with line tools and its differences small.
 * An observation holds no array, so only the array of observations breaks lines.
 */
final class ObservationLines implements PrettyPrinter {

    static final ObservationLines INSTANCE = new ObservationLines();

    private ObservationLines() {
    }

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
        // Entries follow the brace directly.
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
