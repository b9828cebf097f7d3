package io.github.binhdang.core.index;

import io.github.binhdang.core.internal.Checks;
import io.github.binhdang.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The inputs of the Gender Inequality Index for one country and year, on the scales of the HDR
 * statistical annex (table 5).
 *
 * <p>The two rates are numbers per population, as published: the maternal mortality ratio in deaths per
 * 100,000 live births and the adolescent birth rate in births per 1,000 women aged 15–19. The other six
 * inputs are {@link Share}s, made from percents or fractions by name. The values are kept as given; the
 * bounds of the methodology (the MMR between 10 and 1,000, a floor of 0.1 % on shares) are applied by
 * {@link GenderInequalityIndex#compute}, which reports what it used.
 *
 * <p>A {@link #builder()} reads better than the canonical constructor:
 * <pre>
 *   GiiInputs.builder()
 *       .maternalMortalityRatio(new BigDecimal("44.9"))
 *       .adolescentBirthRate(new BigDecimal("37.9"))
 *       .parliamentSeats(Share.ofPercent(44.4), Share.ofPercent(55.6))
 *       .secondaryEducation(Share.ofPercent(73.6), Share.ofPercent(71.6))
 *       .labourForceParticipation(Share.ofPercent(52.1), Share.ofPercent(71.7))
 *       .build();
 * </pre>
 *
 * @param maternalMortalityRatio          maternal deaths per 100,000 live births, not negative
 * @param adolescentBirthRate             births per 1,000 women aged 15–19, above 0
 * @param femaleParliamentSeats           the share of seats in parliament held by women
 * @param maleParliamentSeats             the share of seats in parliament held by men
 * @param femaleSecondaryEducation        the share of women aged 25 and older with at least some secondary education
 * @param maleSecondaryEducation          the share of men aged 25 and older with at least some secondary education
 * @param femaleLabourForceParticipation  the labour force participation rate of women aged 15 and older
 * @param maleLabourForceParticipation    the labour force participation rate of men aged 15 and older
 */
public record GiiInputs(BigDecimal maternalMortalityRatio, BigDecimal adolescentBirthRate,
        Share femaleParliamentSeats, Share maleParliamentSeats,
        Share femaleSecondaryEducation, Share maleSecondaryEducation,
        Share femaleLabourForceParticipation, Share maleLabourForceParticipation) {

    /**
     * Checks the inputs.
     *
     * @param maternalMortalityRatio          maternal deaths per 100,000 live births, not negative
     * @param adolescentBirthRate             births per 1,000 women aged 15–19, above 0
     * @param femaleParliamentSeats           the share of seats in parliament held by women
     * @param maleParliamentSeats             the share of seats in parliament held by men
     * @param femaleSecondaryEducation        the share of women with at least some secondary education
     * @param maleSecondaryEducation          the share of men with at least some secondary education
     * @param femaleLabourForceParticipation  the labour force participation rate of women
     * @param maleLabourForceParticipation    the labour force participation rate of men
     * @throws InvalidValueException if the MMR is negative or the adolescent birth rate is not above 0
     */
    public GiiInputs {
        Objects.requireNonNull(maternalMortalityRatio, "maternalMortalityRatio");
        Objects.requireNonNull(adolescentBirthRate, "adolescentBirthRate");
        Objects.requireNonNull(femaleParliamentSeats, "femaleParliamentSeats");
        Objects.requireNonNull(maleParliamentSeats, "maleParliamentSeats");
        Objects.requireNonNull(femaleSecondaryEducation, "femaleSecondaryEducation");
        Objects.requireNonNull(maleSecondaryEducation, "maleSecondaryEducation");
        Objects.requireNonNull(femaleLabourForceParticipation, "femaleLabourForceParticipation");
        Objects.requireNonNull(maleLabourForceParticipation, "maleLabourForceParticipation");
        if (maternalMortalityRatio.signum() < 0) {
            throw new InvalidValueException("GiiInputs.maternalMortalityRatio", Checks.plain(maternalMortalityRatio),
                    "is negative");
        }
        // The reproductive health index divides by the ABR; the notes set no floor for it.
        if (adolescentBirthRate.signum() <= 0) {
            throw new InvalidValueException("GiiInputs.adolescentBirthRate", Checks.plain(adolescentBirthRate),
                    "must be above 0 births per 1,000 women aged 15-19");
        }
    }

    /**
     * Starts a builder; every input must be set before {@link Builder#build()}.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link GiiInputs} step by step, naming each input and its sex.
     *
     * <p>A builder is not thread-safe.
     */
    public static final class Builder {

        private @Nullable BigDecimal mmr;
        private @Nullable BigDecimal abr;
        private @Nullable Share seatsF;
        private @Nullable Share seatsM;
        private @Nullable Share educationF;
        private @Nullable Share educationM;
        private @Nullable Share labourF;
        private @Nullable Share labourM;

        private Builder() {
        }

        /**
         * Sets the maternal mortality ratio.
         *
         * @param deathsPer100000LiveBirths  maternal deaths per 100,000 live births, not null
         * @return this builder
         */
        public Builder maternalMortalityRatio(BigDecimal deathsPer100000LiveBirths) {
            this.mmr = Objects.requireNonNull(deathsPer100000LiveBirths, "deathsPer100000LiveBirths");
            return this;
        }

        /**
         * Sets the adolescent birth rate.
         *
         * @param birthsPer1000Women15To19  births per 1,000 women aged 15–19, not null
         * @return this builder
         */
        public Builder adolescentBirthRate(BigDecimal birthsPer1000Women15To19) {
            this.abr = Objects.requireNonNull(birthsPer1000Women15To19, "birthsPer1000Women15To19");
            return this;
        }

        /**
         * Sets the shares of seats in parliament held by women and by men.
         *
         * @param female  the women's share, not null
         * @param male    the men's share, not null
         * @return this builder
         */
        public Builder parliamentSeats(Share female, Share male) {
            this.seatsF = Objects.requireNonNull(female, "female");
            this.seatsM = Objects.requireNonNull(male, "male");
            return this;
        }

        /**
         * Sets the shares of women and men aged 25 and older with at least some secondary education.
         *
         * @param female  the women's share, not null
         * @param male    the men's share, not null
         * @return this builder
         */
        public Builder secondaryEducation(Share female, Share male) {
            this.educationF = Objects.requireNonNull(female, "female");
            this.educationM = Objects.requireNonNull(male, "male");
            return this;
        }

        /**
         * Sets the labour force participation rates of women and men aged 15 and older.
         *
         * @param female  the women's rate, not null
         * @param male    the men's rate, not null
         * @return this builder
         */
        public Builder labourForceParticipation(Share female, Share male) {
            this.labourF = Objects.requireNonNull(female, "female");
            this.labourM = Objects.requireNonNull(male, "male");
            return this;
        }

        /**
         * Builds the inputs.
         *
         * @return the inputs, not null
         * @throws InvalidValueException if an input was not set or breaks a rule of {@link GiiInputs}
         */
        public GiiInputs build() {
            return new GiiInputs(required("maternalMortalityRatio", mmr), required("adolescentBirthRate", abr),
                    required("femaleParliamentSeats", seatsF), required("maleParliamentSeats", seatsM),
                    required("femaleSecondaryEducation", educationF), required("maleSecondaryEducation", educationM),
                    required("femaleLabourForceParticipation", labourF),
                    required("maleLabourForceParticipation", labourM));
        }

        private static <T> T required(String name, @Nullable T value) {
            if (value == null) {
                throw new InvalidValueException("GiiInputs." + name, "nothing", "was given; it is required");
            }
            return value;
        }
    }
}
