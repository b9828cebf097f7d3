package io.github.binhdang.core.index;

/**
 * The quantities that the GII, the HDI and the GDI are computed from, each on the scale the HDR statistical
 * annex uses. {@link IndexSources} says which indicator of a dataset holds each one.
 *
 * <p>The GII reads the maternal mortality ratio and the adolescent birth rate for the whole population and
 * the three shares for women and for men; the HDI reads the four HDI quantities for the whole population;
 * the GDI reads them for women and for men (income then being each sex's estimated GNI per capita).
 */
public enum IndexInput {

    /** Maternal deaths per 100,000 live births (GII). */
    MATERNAL_MORTALITY_RATIO("deaths per 100,000 live births"),

    /** Births per 1,000 women aged 15–19 (GII). */
    ADOLESCENT_BIRTH_RATE("births per 1,000 women aged 15-19"),

    /** The share of seats in parliament held by each sex, in per cent (GII). */
    PARLIAMENT_SEATS("per cent of seats"),

    /** The share of each sex aged 25 and older with at least some secondary education, in per cent (GII). */
    SECONDARY_EDUCATION("per cent of the population aged 25 and older"),

    /** The labour force participation rate of each sex aged 15 and older, in per cent (GII). */
    LABOUR_FORCE_PARTICIPATION("per cent of the population aged 15 and older"),

    /** Life expectancy at birth, in years (HDI; by sex for the GDI). */
    LIFE_EXPECTANCY("years"),

    /** Expected years of schooling of a child entering school (HDI; by sex for the GDI). */
    EXPECTED_YEARS_OF_SCHOOLING("years"),

    /** Mean years of schooling of adults aged 25 and older (HDI; by sex for the GDI). */
    MEAN_YEARS_OF_SCHOOLING("years"),

    /** GNI per capita, or each sex's estimated GNI per capita for the GDI, in 2017 PPP$ (HDI, GDI). */
    GNI_PER_CAPITA("2017 PPP$ per person");

    private final String unit;

    IndexInput(String unit) {
        this.unit = unit;
    }

    /**
     * Returns the unit the index expects, in English, for messages: {@code deaths per 100,000 live births}.
     *
     * @return the unit, not null
     */
    public String unit() {
        return unit;
    }
}
