package io.github.binhdang.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Published figures: UNDP, Human Development Report 2023/2024, data file
 * "HDR23-24_Composite_indices_complete_time_series.csv" (behind statistical annex tables 1 and 4),
 * columns le, eys, mys, gnipc and hdi for 2022 (the female and male columns for the sex-specific HDIs).
 */
class HumanDevelopmentIndexTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // country, LE, EYS, MYS, GNI per capita, published HDI (2022)
        "Angola,    61.929, 12.1676,     5.844291601, 5327.788251, 0.591",
        // EYS 18.98 > 18: the schooling cap is active.
        "Argentina, 76.064, 18.97950935, 11.14408016, 22047.97131, 0.849",
        "Armenia,   73.372, 14.40561008, 11.33030033, 15388.29976, 0.786",
        // EYS 21.08 > 18.
        "Australia, 83.579, 21.0800209,  12.72681999, 49257.1352,  0.946",
        "Austria,   82.412, 16.36746025, 12.30571367, 56529.66329, 0.926"})
    void reproducesTheHdr2023Hdi(String country, String le, String eys, String mys, String gni, String published) {
        HdiResult r = HumanDevelopmentIndex.compute(HdiInputs.of(le, eys, mys, gni));
        assertThat(r.rounded(3)).isEqualTo(new BigDecimal(published));
        assertThat(r.goalposts()).isEqualTo(LifeExpectancyGoalposts.BOTH_SEXES);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // The data file gives the female and male HDIs to 9 decimals; they are reproduced to all 9.
        // country, sex, LE, EYS, MYS, GNI per capita, published HDI
        "Argentina F, FEMALE, 79.277, 20.91489983, 11.39165974, 16933.06291, 0.841405452",
        "Australia M, MALE,   81.708, 20.19375992, 12.63971043, 57495.77158, 0.955940587",
        "Austria F,   FEMALE, 84.6,   16.83849907, 12.04894857, 41899.21124, 0.911591936",
        // Brunei Darussalam, 2021 (same file, hdi_m_2021): male GNI 75,884.5 > 75,000, the income cap is active.
        "Brunei M 2021, MALE, 72.602, 13.25224972, 9.23,      75884.52135, 0.830527703"})
    void reproducesTheSexSpecificHdisToNineDecimals(String name, LifeExpectancyGoalposts sex, String le, String eys,
            String mys, String gni, String published) {
        HdiResult r = HumanDevelopmentIndex.compute(HdiInputs.of(le, eys, mys, gni), sex);
        assertThat(r.rounded(9)).isEqualTo(new BigDecimal(published));
    }

    @Test
    void dimensionIndicesFollowTechnicalNote1() {
        // Australia 2022, worked by hand:
        // health = (83.579 - 20) / 65 = 0.978138...; EYS 21.08 capped: 18/18 = 1; MYS 12.72681999/15 = 0.848455
        // education = (1 + 0.848455) / 2 = 0.924227; income = ln(49257.1352/100) / ln(750) = 6.199639 / 6.620073 = 0.936491
        HdiResult r = HumanDevelopmentIndex.compute(HdiInputs.of("83.579", "21.0800209", "12.72681999", "49257.1352"));
        assertThat(r.healthIndex().doubleValue()).isCloseTo(0.978138461538, within(1e-12));
        assertThat(r.expectedSchoolingIndex()).isEqualByComparingTo("1");
        assertThat(r.meanSchoolingIndex().doubleValue()).isCloseTo(0.848454666, within(1e-9));
        assertThat(r.educationIndex().doubleValue()).isCloseTo(0.924227333, within(1e-9));
        assertThat(r.incomeIndex().doubleValue()).isCloseTo(0.93649, within(1e-5));
    }

    @Test
    void incomeIsBoundedTo100And75000() {
        HdiResult rich = HumanDevelopmentIndex.compute(HdiInputs.of("80", "15", "12", "120000"));
        HdiResult capped = HumanDevelopmentIndex.compute(HdiInputs.of("80", "15", "12", "75000"));
        assertThat(rich.incomeIndex()).isEqualByComparingTo("1");
        assertThat(rich.value()).isEqualTo(capped.value());
        HdiResult poor = HumanDevelopmentIndex.compute(HdiInputs.of("80", "15", "12", "50"));
        assertThat(poor.incomeIndex()).isEqualByComparingTo("0");
        assertThat(poor.value()).isEqualByComparingTo("0");
    }

    @Test
    void lifeExpectancyIsTruncatedAtTheGoalposts() {
        // 90 years is above the female maximum of 87.5; 15 years below the male minimum of 17.5.
        assertThat(HumanDevelopmentIndex.compute(HdiInputs.of("90", "15", "12", "20000"),
                LifeExpectancyGoalposts.FEMALE).healthIndex()).isEqualByComparingTo("1");
        assertThat(HumanDevelopmentIndex.compute(HdiInputs.of("15", "15", "12", "20000"),
                LifeExpectancyGoalposts.MALE).healthIndex()).isEqualByComparingTo("0");
    }

    @Test
    void roundsOnlyOnRequest() {
        HdiResult r = HumanDevelopmentIndex.compute(HdiInputs.of("83.579", "21.0800209", "12.72681999", "49257.1352"));
        assertThat(r.value().scale()).isGreaterThan(3);
        assertThat(r.rounded(2)).isEqualTo(new BigDecimal("0.95"));
    }

    @Test
    void reportsTheGoalpostsThatChangedAnInput() {
        // Australia 2022 (as above): EYS 21.0800209 is used as 18; nothing else is bounded.
        HdiResult australia = HumanDevelopmentIndex.compute(HdiInputs.of("83.579", "21.0800209", "12.72681999",
                "49257.1352"));
        assertThat(australia.bounds()).containsExactly(
                new AppliedBound("expectedYearsOfSchooling", new BigDecimal("21.0800209"), BigDecimal.valueOf(18)));
        // Brunei's men 2021: GNI 75,884.52135 used as 75,000, lowered.
        HdiResult brunei = HumanDevelopmentIndex.compute(HdiInputs.of("72.602", "13.25224972", "9.23", "75884.52135"),
                LifeExpectancyGoalposts.MALE);
        assertThat(brunei.bounds()).singleElement().satisfies(b -> {
            assertThat(b.input()).isEqualTo("gniPerCapita");
            assertThat(b.used()).isEqualByComparingTo("75000");
            assertThat(b.isRaised()).isFalse();
        });
        // Armenia: none.
        assertThat(HumanDevelopmentIndex.compute(HdiInputs.of("73.372", "14.40561008", "11.33030033", "15388.29976"))
                .bounds()).isEmpty();
        // Hand-made: a life expectancy of 86 (above 85), 16 mean years (above 15), GNI 50 (below 100).
        assertThat(HumanDevelopmentIndex.compute(HdiInputs.of("86", "10", "16", "50")).bounds())
                .extracting(AppliedBound::input)
                .containsExactly("lifeExpectancy", "meanYearsOfSchooling", "gniPerCapita");
    }
}
