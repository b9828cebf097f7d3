package io.github.binhdang.core.index;

import io.github.binhdang.core.InvalidValueException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which indicator of a dataset holds each {@link IndexInput}: an indicator code per input, read by
 * {@link DatasetIndices}.
 *
 * <p>An input of the whole population (the maternal mortality ratio, the HDI's inputs) is read from the
 * indicator's total breakdown; an input by sex from its {@code SEX=F} and {@code SEX=M} breakdowns. An
 * indicator that gives only the women's share of a whole ({@link Builder#womenShare}: Viet Nam's share of
 * women among National Assembly deputies) is read from its total breakdown as the women's share, and the
 * men's share is 100 % minus it.
 *
 * <pre>
 *   IndexSources.builder()
 *       .indicator(IndexInput.MATERNAL_MORTALITY_RATIO, "HEA-02")
 *       .womenShare(IndexInput.PARLIAMENT_SEATS, "POL-03")
 *       .indicator(IndexInput.LABOUR_FORCE_PARTICIPATION, "LFPR")
 *       .build();
 * </pre>
 * Text form, for {@link #toString()}: {@code IndexSources[MATERNAL_MORTALITY_RATIO=HEA-02, PARLIAMENT_SEATS=POL-03 (women's share), …]}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class IndexSources {

    private final Map<IndexInput, String> codes;
    private final Set<IndexInput> womenShares;

    private IndexSources(Map<IndexInput, String> codes, Set<IndexInput> womenShares) {
        this.codes = Collections.unmodifiableMap(new EnumMap<>(codes));
        this.womenShares = Collections.unmodifiableSet(womenShares.isEmpty()
                ? EnumSet.noneOf(IndexInput.class) : EnumSet.copyOf(womenShares));
    }

    /**
     * Starts a builder with no input mapped.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the indicator code that holds an input.
     *
     * @param input  the input, not null
     * @return the indicator's code, or empty if no indicator was given for it
     */
    public Optional<String> indicator(IndexInput input) {
        return Optional.ofNullable(codes.get(Objects.requireNonNull(input, "input")));
    }

    /**
     * Returns whether an input's indicator gives only the women's share of a whole.
     *
     * @param input  the input, not null
     * @return true if the men's share is 100 % minus the women's
     */
    public boolean isWomenShare(IndexInput input) {
        return womenShares.contains(Objects.requireNonNull(input, "input"));
    }

    /**
     * Returns a builder holding this mapping, to add or change inputs.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.codes.putAll(codes);
        b.womenShares.addAll(womenShares);
        return b;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof IndexSources that && codes.equals(that.codes) && womenShares.equals(that.womenShares);
    }

    @Override
    public int hashCode() {
        return codes.hashCode() * 31 + womenShares.hashCode();
    }

    /**
     * Returns the mapping as text, for logs.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("IndexSources[");
        String separator = "";
        for (Map.Entry<IndexInput, String> e : codes.entrySet()) {
            sb.append(separator).append(e.getKey()).append('=').append(e.getValue());
            if (womenShares.contains(e.getKey())) {
                sb.append(" (women's share)");
            }
            separator = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@link IndexSources}; a builder is not thread-safe.
     */
    public static final class Builder {

        private final Map<IndexInput, String> codes = new EnumMap<>(IndexInput.class);
        private final Set<IndexInput> womenShares = EnumSet.noneOf(IndexInput.class);

        private Builder() {
        }

        /**
         * Reads an input from an indicator: its total breakdown for the whole population, its sex breakdowns
         * for women and men.
         *
         * @param input      the input, not null
         * @param indicator  the indicator's code, not blank
         * @return this builder
         * @throws InvalidValueException if the code is blank
         */
        public Builder indicator(IndexInput input, String indicator) {
            codes.put(Objects.requireNonNull(input, "input"), code(indicator));
            womenShares.remove(input);
            return this;
        }

        /**
         * Reads a share by sex from an indicator of the women's share of a whole (its total breakdown); the
         * men's share is 100 % minus it.
         *
         * @param input      {@link IndexInput#PARLIAMENT_SEATS}, the one input that is a whole shared between
         *                   women and men (secondary education and labour force participation are rates of each
         *                   sex's own population)
         * @param indicator  the indicator's code, not blank
         * @return this builder
         * @throws InvalidValueException if the input is not {@link IndexInput#PARLIAMENT_SEATS} or the code is blank
         */
        public Builder womenShare(IndexInput input, String indicator) {
            Objects.requireNonNull(input, "input");
            if (input != IndexInput.PARLIAMENT_SEATS) {
                throw new InvalidValueException("IndexSources.womenShare", input,
                        "is not a share of one whole between women and men; only PARLIAMENT_SEATS is");
            }
            codes.put(input, code(indicator));
            womenShares.add(input);
            return this;
        }

        /**
         * Builds the mapping; inputs left out are reported missing by {@link DatasetIndices}.
         *
         * @return the mapping, not null
         */
        public IndexSources build() {
            return new IndexSources(codes, womenShares);
        }

        private static String code(String indicator) {
            Objects.requireNonNull(indicator, "indicator");
            if (indicator.isBlank()) {
                throw new InvalidValueException("IndexSources.indicator", indicator, "is blank");
            }
            return indicator;
        }
    }
}
