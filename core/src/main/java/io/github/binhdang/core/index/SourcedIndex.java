package io.github.binhdang.core.index;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An index computed from a dataset, with where each input came from: the observations used
 * ({@link #inputs()}), the inputs missing ({@link #missing()}), the plausibility warnings
 * ({@link #warnings()}) and the bounds the methodology applied ({@link #bounds()}).
 *
 * <p>There is a result only if every input was found and the inputs make a valid index; otherwise
 * {@link #reason()} says why there is none (the missing inputs, or the rule an input broke). Warnings never
 * take the result away.
 *
 * @param <R>  the result type: {@link GiiResult}, {@link HdiResult} or {@link GdiResult}
 * @implSpec This class is immutable and thread-safe.
 */
public final class SourcedIndex<R> {

    private final @Nullable R result;
    private final @Nullable String reason;
    private final List<SourcedInput> inputs;
    private final List<MissingInput> missing;
    private final List<InputWarning> warnings;
    private final List<AppliedBound> bounds;

    SourcedIndex(@Nullable R result, @Nullable String reason, List<SourcedInput> inputs, List<MissingInput> missing,
            List<InputWarning> warnings, List<AppliedBound> bounds) {
        this.result = result;
        this.reason = reason;
        this.inputs = List.copyOf(inputs);
        this.missing = List.copyOf(missing);
        this.warnings = List.copyOf(warnings);
        this.bounds = List.copyOf(bounds);
    }

    /**
     * Returns the index.
     *
     * @return the result, or empty if an input is missing or invalid ({@link #reason()})
     */
    public Optional<R> result() {
        return Optional.ofNullable(result);
    }

    /**
     * Returns why there is no index: the inputs missing, or the rule an input broke.
     *
     * @return the reason in English, or empty if there is a result
     */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /**
     * Returns the inputs read, each with the observation it came from, in the order of {@link IndexInput}.
     *
     * @return the inputs read, not null
     */
    public List<SourcedInput> inputs() {
        return inputs;
    }

    /**
     * Returns the inputs that could not be read, and why.
     *
     * @return the missing inputs, empty if none, not null
     */
    public List<MissingInput> missing() {
        return missing;
    }

    /**
     * Returns the plausibility warnings: values possible but more likely on another unit.
     *
     * @return the warnings, empty if none, not null
     */
    public List<InputWarning> warnings() {
        return warnings;
    }

    /**
     * Returns the bounds of the methodology that changed an input, from the result
     * ({@link GiiResult#bounds()}, {@link HdiResult#bounds()}; for the GDI the female HDI's, then the male's).
     *
     * @return the bounds applied, empty if none or if there is no result, not null
     */
    public List<AppliedBound> bounds() {
        return bounds;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SourcedIndex<?> that && Objects.equals(result, that.result)
                && Objects.equals(reason, that.reason) && inputs.equals(that.inputs) && missing.equals(that.missing)
                && warnings.equals(that.warnings) && bounds.equals(that.bounds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(result, reason, inputs, missing, warnings, bounds);
    }

    /**
     * Returns the result or the reason, with the counts of inputs, missing inputs and warnings, for logs.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "SourcedIndex[" + (result != null ? result : "no index: " + reason) + ", inputs=" + inputs.size()
                + ", missing=" + missing.size() + ", warnings=" + warnings.size() + "]";
    }
}
