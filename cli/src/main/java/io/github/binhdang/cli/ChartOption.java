package io.github.binhdang.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The one home of {@code --chart DIR}, mixed into scorecard and aggregate, which draw different charts into
 * the folder; each command's help says which, from the bundle key {@code binhdang.<command>.option.chart}.
 */
final class ChartOption {

    @Option(names = "--chart", paramLabel = "DIR", descriptionKey = "option.chart")
    @Nullable Path chartDir;
}
