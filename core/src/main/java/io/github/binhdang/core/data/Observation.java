package io.github.binhdang.core.data;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.Unit;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One reported figure: the value of an indicator in an area over a period for a breakdown, with the
 * numerator and denominator it was computed from where they are known.
 *
 * <p>An observation records what was <em>reported</em>. It refuses only what cannot be a number or a
 * key: NaN, infinities, a blank indicator, area or period, or an observation with neither a value nor
 * a component. Everything else is kept as given, including a reported 105 %, a negative count or a
 * numerator above its denominator, so that validation can report it with its location; nothing a
 * province typed is thrown away here. Decimals keep the digits they were written with (38.89 stays
 * 38.89, 15.10 stays 15.10).
 *
 * <p>Built with {@link #builder(String, String, ReportingPeriod)} or, for a plain value,
 * {@link #of(String, String, ReportingPeriod, BigDecimal)}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Observation {

    // An application's @Valid on an Observation cascades into the key's constraints.
    @Valid
    private final ObservationKey key;
    private final @Nullable BigDecimal value;
    private final @Nullable BigDecimal numerator;
    private final @Nullable BigDecimal denominator;
    private final @Nullable Unit unit;
    private final Qualifier qualifier;
    private final ObservationStatus status;
    private final @Nullable String source;
    private final @Nullable String note;

    private Observation(Builder b) {
        this.key = new ObservationKey(b.indicator, b.area, b.period, b.breakdown);
        this.value = b.value;
        this.numerator = b.numerator;
        this.denominator = b.denominator;
        this.unit = b.unit;
        this.qualifier = b.qualifier;
        this.status = b.status;
        this.source = b.source;
        this.note = b.note;
    }

    /**
     * Obtains an exact, final observation of a value for the total breakdown.
     *
     * @param indicator  the indicator's code, not blank
     * @param area       the area's code, not blank
     * @param period     the period, not null
     * @param value      the value as reported, not null
     * @return the observation, not null
     * @throws InvalidValueException if a code is blank
     */
    public static Observation of(String indicator, String area, ReportingPeriod period, BigDecimal value) {
        return builder(indicator, area, period).value(value).build();
    }

    /**
     * Starts an observation of an indicator in an area over a period. The breakdown is the total, the
     * qualifier exact and the status final unless set otherwise.
     *
     * @param indicator  the indicator's code, not blank
     * @param area       the area's code, not blank
     * @param period     the period, not null
     * @return a new builder, not null
     */
    public static Builder builder(String indicator, String area, ReportingPeriod period) {
        return new Builder(indicator, area, period);
    }

    /**
     * Returns a builder holding everything this observation holds, to make a changed copy.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder(key.indicator(), key.area(), key.period()).breakdown(key.breakdown())
                .qualifier(qualifier).status(status);
        b.value = value;
        b.numerator = numerator;
        b.denominator = denominator;
        b.unit = unit;
        b.source = source;
        b.note = note;
        return b;
    }

    /**
     * Returns the key: indicator, area, period and breakdown.
     *
     * @return the key, not null
     */
    public ObservationKey key() {
        return key;
    }

    /**
     * Returns the indicator's code.
     *
     * @return the code, not null
     */
    public String indicator() {
        return key.indicator();
    }

    /**
     * Returns the area's code.
     *
     * @return the code, not null
     */
    public String area() {
        return key.area();
    }

    /**
     * Returns the reporting period.
     *
     * @return the period, not null
     */
    public ReportingPeriod period() {
        return key.period();
    }

    /**
     * Returns the breakdown.
     *
     * @return the breakdown, not null
     */
    public Breakdown breakdown() {
        return key.breakdown();
    }

    /**
     * Returns the value as reported, with the digits it was written with.
     *
     * @return the value, or empty when only the components were reported
     */
    public Optional<BigDecimal> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns the numerator (tử số) the value was computed from, such as 384 women-owned enterprises.
     *
     * @return the numerator, or empty when not reported
     */
    public Optional<BigDecimal> numerator() {
        return Optional.ofNullable(numerator);
    }

    /**
     * Returns the denominator (mẫu số) the value was computed from, such as 2,539 enterprises.
     *
     * @return the denominator, or empty when not reported
     */
    public Optional<BigDecimal> denominator() {
        return Optional.ofNullable(denominator);
    }

    /**
     * Returns the unit the value was reported in, when it was stated; otherwise the indicator's unit
     * applies.
     *
     * @return the unit, or empty
     */
    public Optional<Unit> unit() {
        return Optional.ofNullable(unit);
    }

    /**
     * Returns how exactly the value is meant: "nearly 400" is {@link Qualifier#NEARLY}.
     *
     * @return the qualifier, not null
     */
    public Qualifier qualifier() {
        return qualifier;
    }

    /**
     * Returns how final the value is.
     *
     * @return the status, not null
     */
    public ObservationStatus status() {
        return status;
    }

    /**
     * Returns where the value comes from: a report, a survey, a document number.
     *
     * @return the source, or empty
     */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /**
     * Returns a free note on the value.
     *
     * @return the note, or empty
     */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /**
     * Compares every field; decimals compare with their scale, so 15.1 and 15.10 differ.
     *
     * @param other  the other object
     * @return true if both hold the same data
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Observation o
                && key.equals(o.key)
                && Objects.equals(value, o.value)
                && Objects.equals(numerator, o.numerator)
                && Objects.equals(denominator, o.denominator)
                && Objects.equals(unit, o.unit)
                && qualifier == o.qualifier
                && status == o.status
                && Objects.equals(source, o.source)
                && Objects.equals(note, o.note);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(key, value, numerator, denominator, unit, qualifier, status, source, note);
    }

    /**
     * Returns a short description for logs, such as
     * {@code W_ENT/14/2017/_T = 15.1 (384/2539)} or {@code ACT/10/2021/_T = more than 330}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(key.toString()).append(" = ");
        if (!qualifier.isExact()) {
            sb.append(qualifier.title().en()).append(' ');
        }
        sb.append(value == null ? "?" : Checks.plain(value));
        if (numerator != null || denominator != null) {
            sb.append(" (").append(numerator == null ? "?" : Checks.plain(numerator)).append('/')
                    .append(denominator == null ? "?" : Checks.plain(denominator)).append(')');
        }
        if (status != ObservationStatus.FINAL) {
            sb.append(" [").append(status.name().toLowerCase(java.util.Locale.ROOT)).append(']');
        }
        return sb.toString();
    }

    /**
     * Builds an {@link Observation}. Numbers given as {@code double} are refused when NaN or infinite
     * and otherwise taken as {@link BigDecimal#valueOf(double)} prints them.
     *
     * @implNote A builder is not thread-safe.
     */
    public static final class Builder {
        private final String indicator;
        private final String area;
        private final ReportingPeriod period;
        private Breakdown breakdown = Breakdown.TOTAL;
        private @Nullable BigDecimal value;
        private @Nullable BigDecimal numerator;
        private @Nullable BigDecimal denominator;
        private @Nullable Unit unit;
        private Qualifier qualifier = Qualifier.EXACT;
        private ObservationStatus status = ObservationStatus.FINAL;
        private @Nullable String source;
        private @Nullable String note;

        private Builder(String indicator, String area, ReportingPeriod period) {
            this.indicator = Objects.requireNonNull(indicator, "indicator");
            this.area = Objects.requireNonNull(area, "area");
            this.period = Objects.requireNonNull(period, "period");
        }

        /**
         * Sets the breakdown; the default is {@link Breakdown#TOTAL}.
         *
         * @param breakdown  the breakdown, not null
         * @return this builder
         */
        public Builder breakdown(Breakdown breakdown) {
            this.breakdown = Objects.requireNonNull(breakdown, "breakdown");
            return this;
        }

        /**
         * Sets the breakdown by sex alone.
         *
         * @param sex  the sex, not null
         * @return this builder
         */
        public Builder sex(Sex sex) {
            return breakdown(Breakdown.of(sex));
        }

        /**
         * Sets the value as reported.
         *
         * @param value  the value, not null
         * @return this builder
         */
        public Builder value(BigDecimal value) {
            this.value = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the value as reported.
         *
         * @param value  the value, finite
         * @return this builder
         * @throws InvalidValueException if the value is NaN or infinite
         */
        public Builder value(double value) {
            return value(Checks.finite("Observation.value", value));
        }

        /**
         * Sets a whole-number value, such as a count.
         *
         * @param value  the value
         * @return this builder
         */
        public Builder value(long value) {
            return value(BigDecimal.valueOf(value));
        }

        /**
         * Sets the numerator and denominator the value was computed from.
         *
         * @param numerator    the numerator, not null
         * @param denominator  the denominator, not null
         * @return this builder
         */
        public Builder components(BigDecimal numerator, BigDecimal denominator) {
            this.numerator = Objects.requireNonNull(numerator, "numerator");
            this.denominator = Objects.requireNonNull(denominator, "denominator");
            return this;
        }

        /**
         * Sets a whole-number numerator and denominator, such as 384 of 2,539 enterprises.
         *
         * @param numerator    the numerator
         * @param denominator  the denominator
         * @return this builder
         */
        public Builder components(long numerator, long denominator) {
            return components(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
        }

        /**
         * Sets the numerator alone, when the denominator was not reported.
         *
         * @param numerator  the numerator, not null
         * @return this builder
         */
        public Builder numerator(BigDecimal numerator) {
            this.numerator = Objects.requireNonNull(numerator, "numerator");
            return this;
        }

        /**
         * Sets the denominator alone, when the numerator was not reported.
         *
         * @param denominator  the denominator, not null
         * @return this builder
         */
        public Builder denominator(BigDecimal denominator) {
            this.denominator = Objects.requireNonNull(denominator, "denominator");
            return this;
        }

        /**
         * Sets the unit the value was stated in, when it differs from or restates the indicator's.
         *
         * @param unit  the unit, not null
         * @return this builder
         */
        public Builder unit(Unit unit) {
            this.unit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * Sets how exactly the value is meant; the default is {@link Qualifier#EXACT}.
         *
         * @param qualifier  the qualifier, not null
         * @return this builder
         */
        public Builder qualifier(Qualifier qualifier) {
            this.qualifier = Objects.requireNonNull(qualifier, "qualifier");
            return this;
        }

        /**
         * Sets how final the value is; the default is {@link ObservationStatus#FINAL}.
         *
         * @param status  the status, not null
         * @return this builder
         */
        public Builder status(ObservationStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * Sets the source; blank text clears it.
         *
         * @param source  the source, not null
         * @return this builder
         */
        public Builder source(String source) {
            this.source = optionalText(source);
            return this;
        }

        /**
         * Sets a note; blank text clears it.
         *
         * @param note  the note, not null
         * @return this builder
         */
        public Builder note(String note) {
            this.note = optionalText(note);
            return this;
        }

        private static @Nullable String optionalText(String text) {
            String t = Checks.nfc(Objects.requireNonNull(text, "text")).strip();
            return t.isEmpty() ? null : t;
        }

        /**
         * Builds the observation.
         *
         * @return the observation, not null
         * @throws InvalidValueException if the indicator, area or period is blank, if neither a value
         *         nor a numerator nor a denominator was given, or if one of them is beyond the bounds of
         *         every value ({@link io.github.binhdang.core.unit.Decimals#MAX_PRECISION} significant
         *         digits, a scale within {@link io.github.binhdang.core.unit.Decimals#MAX_SCALE})
         */
        public Observation build() {
            if (value == null && numerator == null && denominator == null) {
                throw new InvalidValueException("Observation.value", null,
                        "is missing: an observation needs a value or its numerator and denominator");
            }
            requireBounded("Observation.value", value);
            requireBounded("Observation.numerator", numerator);
            requireBounded("Observation.denominator", denominator);
            return new Observation(this);
        }

        private static void requireBounded(String field, @Nullable BigDecimal value) {
            if (value != null) {
                Checks.requireBounded(field, value);
            }
        }
    }
}
