package io.github.binhdang.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The one home of {@code --dhis2-map MAP}, the DHIS2 code map that reads (and, for convert, writes) a DHIS2
 * data value set: mixed into {@link InputOptions} (validate, scorecard, aggregate) and into convert, which
 * reads one file of its own rather than the inputs of {@link InputOptions}.
 */
final class Dhis2MapOption {

    @Option(names = "--dhis2-map", paramLabel = "MAP", descriptionKey = "option.dhis2Map")
    @Nullable Path dhis2Map;
}
