package io.github.binhdang.core.indicator;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A statistical indicator (chỉ tiêu thống kê): what is measured, in which unit, how it is computed,
 * which way is better, and how it is broken down and produced.
 *
 * <p>For example the female share of enterprise owners: measure kind
 * {@link MeasureKind#PERCENTAGE}, unit {@link Unit#PERCENT}, numerator "enterprises whose owner or
 * director is a woman", denominator "enterprises in operation", direction
 * {@link Direction#INCREASE}, published to 1 decimal (384 of 2,539 gives 15.12 %, published 15.1 %).
 *
 * <p>Built with {@link #builder(String, BilingualText, MeasureKind, Unit)}; the unit must fit the
 * measure kind (a percentage is in per cent, an amount in a money unit).
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Indicator {

    private final String code;
    private final BilingualText name;
    private final @Nullable BilingualText definition;
    private final MeasureKind measureKind;
    private final Unit unit;
    private final @Nullable BilingualText numerator;
    private final @Nullable BilingualText denominator;
    private final Direction direction;
    private final List<BreakdownDimension> breakdowns;
    private final Set<AreaLevel> levels;
    private final Frequency frequency;
    private final @Nullable BilingualText source;
    private final @Nullable BilingualText agency;
    private final List<ResponsibleAgency> agencies;
    private final int decimals;

    private Indicator(Builder b) {
        this.code = b.code;
        this.name = b.name;
        this.definition = b.definition;
        this.measureKind = b.measureKind;
        this.unit = b.unit;
        this.numerator = b.numerator;
        this.denominator = b.denominator;
        this.direction = b.direction;
        this.breakdowns = List.copyOf(b.breakdowns);
        this.levels = b.levels.isEmpty() ? Set.of() : Set.copyOf(b.levels);
        this.frequency = b.frequency;
        this.source = b.source;
        this.agency = b.agency;
        this.agencies = List.copyOf(b.agencies);
        this.decimals = b.decimals;
    }

    /**
     * Starts an indicator.
     *
     * @param code         the code, letters, digits, '.', '_' or '-', such as {@code "0503"}
     * @param name         the name in Vietnamese and English, not null
     * @param measureKind  what kind of number it is, not null
     * @param unit         the unit its values are in, fitting the measure kind, not null
     * @return a new builder, not null
     * @throws InvalidValueException if the code is malformed or the unit does not fit the measure kind
     */
    public static Builder builder(String code, BilingualText name, MeasureKind measureKind, Unit unit) {
        return new Builder(code, name, measureKind, unit);
    }

    /**
     * Returns a builder holding everything this indicator holds, to derive a variant of it: a
     * province's copy of a catalogue indicator that is also broken down by the council's level, say.
     * Breakdowns and levels given to the builder are added to this indicator's.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder(code, name, measureKind, unit);
        b.definition = definition;
        b.numerator = numerator;
        b.denominator = denominator;
        b.direction = direction;
        b.breakdowns(breakdowns.toArray(new BreakdownDimension[0]));
        b.levels.addAll(levels);
        b.frequency = frequency;
        b.source = source;
        b.agency = agency;
        b.agencies.addAll(agencies);
        b.decimals = decimals;
        return b;
    }

    /**
     * Returns the code.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the name in Vietnamese and English.
     *
     * @return the name, not null
     */
    public BilingualText name() {
        return name;
    }

    /**
     * Returns the definition (khái niệm), when one is given.
     *
     * @return the definition, or empty
     */
    public Optional<BilingualText> definition() {
        return Optional.ofNullable(definition);
    }

    /**
     * Returns what kind of number the indicator is.
     *
     * @return the measure kind, not null
     */
    public MeasureKind measureKind() {
        return measureKind;
    }

    /**
     * Returns the unit of its values.
     *
     * @return the unit, not null
     */
    public Unit unit() {
        return unit;
    }

    /**
     * Returns what the numerator counts (tử số), for indicators computed from components.
     *
     * @return the numerator's description, or empty
     */
    public Optional<BilingualText> numerator() {
        return Optional.ofNullable(numerator);
    }

    /**
     * Returns what the denominator counts (mẫu số), for indicators computed from components.
     *
     * @return the denominator's description, or empty
     */
    public Optional<BilingualText> denominator() {
        return Optional.ofNullable(denominator);
    }

    /**
     * Returns which way its values are better.
     *
     * @return the direction, not null
     */
    public Direction direction() {
        return direction;
    }

    /**
     * Returns the dimensions its values are broken down by (phân tổ chủ yếu), in order.
     *
     * @return an unmodifiable list, empty when it is reported as a total only
     */
    public List<BreakdownDimension> breakdowns() {
        return breakdowns;
    }

    /**
     * Tells whether the indicator is broken down by a dimension.
     *
     * @param dimension  the dimension, not null
     * @return true if it is
     */
    public boolean isBrokenDownBy(BreakdownDimension dimension) {
        for (BreakdownDimension d : breakdowns) {
            if (d.code().equals(dimension.code())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the area levels it is produced at (nation, province, …).
     *
     * @return an unmodifiable set, empty when not stated
     */
    public Set<AreaLevel> levels() {
        return levels;
    }

    /**
     * Returns how often it is produced.
     *
     * @return the frequency, not null
     */
    public Frequency frequency() {
        return frequency;
    }

    /**
     * Returns the data source (nguồn số liệu), such as a survey or administrative records.
     *
     * @return the source, or empty
     */
    public Optional<BilingualText> source() {
        return Optional.ofNullable(source);
    }

    /**
     * Returns the agency responsible for collecting and compiling it now: the latest of the
     * {@linkplain #agencies() dated agencies} when there are any, otherwise the undated agency.
     *
     * @return the agency, or empty
     */
    public Optional<BilingualText> agency() {
        return agencies.isEmpty() ? Optional.ofNullable(agency)
                : Optional.of(agencies.get(agencies.size() - 1).name());
    }

    /**
     * Returns the agencies responsible in turn, each from its date until the next one's, earliest first,
     * such as the Ministry of Labour, Invalids and Social Affairs and then, after the 2025 merger, the
     * Ministry of Home Affairs.
     *
     * @return an unmodifiable list, empty when no agency is dated
     */
    public List<ResponsibleAgency> agencies() {
        return agencies;
    }

    /**
     * Returns the agency responsible on a date: the dated agency in force that day; before the first
     * dated agency, or when none is dated, the undated agency.
     *
     * @param date  the date, not null
     * @return the agency, or empty when none is known for that date
     */
    public Optional<BilingualText> agencyOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        BilingualText found = agency;
        for (ResponsibleAgency a : agencies) {
            if (!a.from().isAfter(date)) {
                found = a.name();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Returns the number of decimals its values are published with; calculations round to it, half-up.
     *
     * @return the decimals, from 0 to 6
     */
    public int decimals() {
        return decimals;
    }

    /**
     * Compares every field.
     *
     * @param other  the other object
     * @return true if both define the same indicator
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Indicator i
                && code.equals(i.code) && name.equals(i.name) && Objects.equals(definition, i.definition)
                && measureKind == i.measureKind && unit.equals(i.unit)
                && Objects.equals(numerator, i.numerator) && Objects.equals(denominator, i.denominator)
                && direction.equals(i.direction) && breakdowns.equals(i.breakdowns) && levels.equals(i.levels)
                && frequency == i.frequency && Objects.equals(source, i.source)
                && Objects.equals(agency, i.agency) && agencies.equals(i.agencies) && decimals == i.decimals;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(code, name, measureKind, unit, direction, frequency, decimals);
    }

    /**
     * Returns the code and English name, such as {@code 0503 Female share of enterprise owners (percent)}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return code + " " + name.en() + " (" + unit.code() + ")";
    }

    /**
     * Builds an {@link Indicator}. Defaults: direction {@link Direction#INCREASE}, frequency
     * {@link Frequency#ANNUAL}, no breakdown, 0 decimals for counts and money
     * and 2 for everything else.
     *
     * @implNote A builder is not thread-safe.
     */
    public static final class Builder {
        private final String code;
        private final BilingualText name;
        private final MeasureKind measureKind;
        private final Unit unit;
        private @Nullable BilingualText definition;
        private @Nullable BilingualText numerator;
        private @Nullable BilingualText denominator;
        private Direction direction = Direction.INCREASE;
        private final List<BreakdownDimension> breakdowns = new ArrayList<>();
        // The codes of the dimensions so far: a repeat is found in one look-up, not a scan of them all
        // (100,000 dimensions took minutes).
        private final Set<String> breakdownCodes = new HashSet<>();
        private final Set<AreaLevel> levels = EnumSet.noneOf(AreaLevel.class);
        private Frequency frequency = Frequency.ANNUAL;
        private @Nullable BilingualText source;
        private @Nullable BilingualText agency;
        private final List<ResponsibleAgency> agencies = new ArrayList<>();
        private int decimals;

        private Builder(String code, BilingualText name, MeasureKind measureKind, Unit unit) {
            this.code = Checks.requireCode("Indicator.code", code);
            this.name = Objects.requireNonNull(name, "name");
            this.measureKind = Objects.requireNonNull(measureKind, "measureKind");
            this.unit = Objects.requireNonNull(unit, "unit");
            if (!measureKind.isCompatibleWith(unit)) {
                throw new InvalidValueException("Indicator.unit", unit.code(),
                        "does not fit the measure kind " + measureKind);
            }
            this.decimals = measureKind.isAdditive() ? 0 : 2;
        }

        /**
         * Sets the definition.
         *
         * @param definition  the definition, not null
         * @return this builder
         */
        public Builder definition(BilingualText definition) {
            this.definition = Objects.requireNonNull(definition, "definition");
            return this;
        }

        /**
         * Sets what the numerator and the denominator count.
         *
         * @param numerator    what the numerator counts, not null
         * @param denominator  what the denominator counts, not null
         * @return this builder
         */
        public Builder components(BilingualText numerator, BilingualText denominator) {
            this.numerator = Objects.requireNonNull(numerator, "numerator");
            this.denominator = Objects.requireNonNull(denominator, "denominator");
            return this;
        }

        /**
         * Sets which way values are better.
         *
         * @param direction  the direction, not null
         * @return this builder
         */
        public Builder direction(Direction direction) {
            this.direction = Objects.requireNonNull(direction, "direction");
            return this;
        }

        /**
         * Adds the dimensions values are broken down by.
         *
         * @param dimensions  the dimensions, each once
         * @return this builder
         * @throws InvalidValueException if a dimension is given twice
         */
        public Builder breakdowns(BreakdownDimension... dimensions) {
            for (BreakdownDimension d : dimensions) {
                Objects.requireNonNull(d, "dimension");
                if (!breakdownCodes.add(d.code())) {
                    throw new InvalidValueException("Indicator.breakdowns", d.code(), "is given twice");
                }
                breakdowns.add(d);
            }
            return this;
        }

        /**
         * Adds the area levels the indicator is produced at.
         *
         * @param areaLevels  the levels
         * @return this builder
         */
        public Builder levels(AreaLevel... areaLevels) {
            for (AreaLevel level : areaLevels) {
                levels.add(Objects.requireNonNull(level, "level"));
            }
            return this;
        }

        /**
         * Sets how often it is produced.
         *
         * @param frequency  the frequency, not null
         * @return this builder
         */
        public Builder frequency(Frequency frequency) {
            this.frequency = Objects.requireNonNull(frequency, "frequency");
            return this;
        }

        /**
         * Sets the data source.
         *
         * @param source  the source, not null
         * @return this builder
         */
        public Builder source(BilingualText source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Sets the agency responsible for collecting and compiling it.
         *
         * @param agency  the agency, not null
         * @return this builder
         */
        public Builder agency(BilingualText agency) {
            this.agency = Objects.requireNonNull(agency, "agency");
            return this;
        }

        /**
         * Adds the agency responsible from a date on; agencies must be added in order of their dates.
         * The undated {@linkplain #agency(BilingualText) agency}, if also set, holds before the first date.
         *
         * @param agency  the agency, not null
         * @return this builder
         * @throws InvalidValueException if its date is not after the previous agency's
         */
        public Builder agency(ResponsibleAgency agency) {
            Objects.requireNonNull(agency, "agency");
            if (!agencies.isEmpty() && !agency.from().isAfter(agencies.get(agencies.size() - 1).from())) {
                throw new InvalidValueException("Indicator.agencies", agency,
                        "must come after " + agencies.get(agencies.size() - 1));
            }
            agencies.add(agency);
            return this;
        }

        /**
         * Sets the number of decimals values are published with.
         *
         * @param decimals  from 0 to 6
         * @return this builder
         * @throws InvalidValueException if outside 0 to 6
         */
        public Builder decimals(int decimals) {
            this.decimals = Checks.requireRange("Indicator.decimals", decimals, 0, 6);
            return this;
        }

        /**
         * Builds the indicator.
         *
         * @return the indicator, not null
         */
        public Indicator build() {
            return new Indicator(this);
        }
    }
}
