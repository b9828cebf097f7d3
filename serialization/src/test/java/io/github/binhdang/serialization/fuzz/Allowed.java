package io.github.binhdang.serialization.fuzz;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;

/** What the fuzz targets of serialization allow: Jackson's documented errors, with a location. */
final class Allowed {

    private Allowed() {
    }

    /**
     * Runs a read, ignoring a {@link DatabindException}, a {@link StreamReadException} or a
     * {@link StreamConstraintsException} (a limit); any other exception escapes as a finding.
     */
    static <T> T jackson(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (DatabindException | StreamReadException | StreamConstraintsException e) {
            return null;
        } catch (JacksonException e) {
            throw new AssertionError("undocumented Jackson error " + e.getClass().getName(), e);
        }
    }
}
