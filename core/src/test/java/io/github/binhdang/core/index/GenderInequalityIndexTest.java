package io.github.binhdang.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Published figures: UNDP, Human Development Report 2023/2024, data file
 * "HDR23-24_Composite_indices_complete_time_series.csv" (the data behind statistical annex table 5), columns
 * mmr_2022, abr_2022, pr_f/pr_m_2022, se_f/se_m_2022, lfpr_f/lfpr_m_2022 and gii_2022. The inputs are
 * the file's unrounded values; table 5 shows the same inputs rounded (MMR 0 decimals, others 1).
 */
class GenderInequalityIndexTest {

    private static GiiInputs inputs(String mmr, String abr, String seF, String seM, String prF, String prM,
            String lfF, String lfM) {
        return GiiInputs.builder()
                .maternalMortalityRatio(new BigDecimal(mmr))
                .adolescentBirthRate(new BigDecimal(abr))
                .parliamentSeats(Share.ofPercent(new BigDecimal(prF)), Share.ofPercent(new BigDecimal(prM)))
                .secondaryEducation(Share.ofPercent(new BigDecimal(seF)), Share.ofPercent(new BigDecimal(seM)))
                .labourForceParticipation(Share.ofPercent(new BigDecimal(lfF)), Share.ofPercent(new BigDecimal(lfM)))
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // country, MMR, ABR, SE_F, SE_M, PR_F, PR_M, LFPR_F, LFPR_M, published GII (HDR 2023/2024, 2022)
        "Angola,    221.9064903, 135.792, 21.33986532, 37.41194629, 33.63636364, 66.36363636, 74.73, 78.16, 0.520",
        "Argentina, 44.90007716, 37.932,  73.59154056, 71.6480851,  44.3768997,  55.6231003,  52.08, 71.74, 0.292",
        "Armenia,   27.18972179, 18.305,  96.00138092, 97.05095673, 35.51401869, 64.48598131, 62.8,  71.84, 0.198",
        // MMR 2.9 < 10: the lower bound is active.
        "Australia, 2.941509495, 7.731,   94.58006287, 94.43006897, 44.49339207, 55.50660793, 62.31, 71.13, 0.063",
        // MMR 5.2 < 10, and 100 % secondary education for both sexes.
        "Austria,   5.228388414, 5.243,   100,         100,         40.98360656, 59.01639344, 56.55, 66.69, 0.048"})
    void reproducesTheHdr2023Table5(String country, String mmr, String abr, String seF, String seM, String prF,
            String prM, String lfF, String lfM, String published) {
        GiiResult r = GenderInequalityIndex.compute(inputs(mmr, abr, seF, seM, prF, prM, lfF, lfM));
        assertThat(r.rounded(3)).isEqualTo(new BigDecimal(published));
    }

    @Test
    void exposesTheIntermediateValuesOfTechnicalNote4() {
        // Argentina, as above. Worked by hand from the formulas:
        // health = sqrt(10/44.90007716 * 1/37.932) = sqrt(0.0058715...) = 0.0766255...
        // empowerment F = sqrt(0.443768997 * 0.7359154056) = 0.571469...; M = sqrt(0.556231003 * 0.716480851) = 0.631291...
        // G_F = cbrt(0.0766255 * 0.571469 * 0.5208) = 0.283582...; G_M = cbrt(0.631291 * 0.7174) = 0.767946...
        // HARM = 2 / (1/0.283582 + 1/0.767946) = 0.414208...
        // reference = cbrt(((0.0766255 + 1)/2) * ((0.571469 + 0.631291)/2) * ((0.5208 + 0.7174)/2)) = 0.585214...
        // GII = 1 - 0.414208/0.585214 = 0.292211
        GiiResult r = GenderInequalityIndex.compute(inputs("44.90007716", "37.932", "73.59154056", "71.6480851",
                "44.3768997", "55.6231003", "52.08", "71.74"));
        assertThat(r.femaleReproductiveHealthIndex().doubleValue()).isCloseTo(0.0766255465754, within(1e-12));
        assertThat(r.femaleEmpowermentIndex().doubleValue()).isCloseTo(0.5714686705498, within(1e-12));
        assertThat(r.maleEmpowermentIndex().doubleValue()).isCloseTo(0.6312914242899, within(1e-12));
        assertThat(r.femaleLabourMarketIndex().doubleValue()).isCloseTo(0.5208, within(1e-15));
        assertThat(r.maleLabourMarketIndex().doubleValue()).isCloseTo(0.7174, within(1e-15));
        assertThat(r.femaleGenderIndex().doubleValue()).isCloseTo(0.2835822184895, within(1e-12));
        assertThat(r.maleGenderIndex().doubleValue()).isCloseTo(0.7679455368333, within(1e-12));
        assertThat(r.harmonicMean().doubleValue()).isCloseTo(0.4142081802633, within(1e-12));
        assertThat(r.referenceGenderIndex().doubleValue()).isCloseTo(0.5852141718484, within(1e-12));
        assertThat(r.value().doubleValue()).isCloseTo(0.2922109542306, within(1e-12));
        assertThat(r.rounded(4)).isEqualTo(new BigDecimal("0.2922"));
    }

    @Test
    void roundedPublishedInputsGiveThePublishedValue() {
        // The same country from table 5's rounded inputs: rounding the inputs moves the GII by 0.0002 here (0.29202 against 0.29221).
        GiiResult r = GenderInequalityIndex.compute(inputs("44.9", "37.9", "73.6", "71.6", "44.4", "55.6",
                "52.1", "71.7"));
        assertThat(r.rounded(3)).isEqualTo(new BigDecimal("0.292"));
    }

    @Test
    void aZeroSeatShareCountsAsOneTenthOfAPercent() {
        // Worked by hand with Argentina's other inputs and PR_F raised from 0 to 0.001: GII 0.6518317.
        GiiResult zero = GenderInequalityIndex.compute(inputs("44.90007716", "37.932", "73.59154056",
                "71.6480851", "0", "100", "52.08", "71.74"));
        GiiResult floor = GenderInequalityIndex.compute(inputs("44.90007716", "37.932", "73.59154056",
                "71.6480851", "0.1", "100", "52.08", "71.74"));
        assertThat(zero.value()).isEqualTo(floor.value());
        assertThat(zero.rounded(3)).isEqualTo(new BigDecimal("0.652"));
        assertThat(GenderInequalityIndex.SHARE_FLOOR.fraction()).isEqualByComparingTo("0.001");
    }

    @Test
    void theMaternalMortalityRatioIsBoundedAt10And1000() {
        GiiResult high = GenderInequalityIndex.compute(inputs("1500", "100", "20", "30", "10", "90", "50", "80"));
        GiiResult atMax = GenderInequalityIndex.compute(inputs("1000", "100", "20", "30", "10", "90", "50", "80"));
        assertThat(high.value()).isEqualTo(atMax.value());
        // health = sqrt(10/1000 * 1/100) = 0.01 exactly.
        assertThat(high.femaleReproductiveHealthIndex().doubleValue()).isCloseTo(0.01, within(1e-15));
        GiiResult low = GenderInequalityIndex.compute(inputs("3", "4", "90", "90", "40", "60", "60", "70"));
        // health = sqrt(10/10 * 1/4) = 0.5: an MMR of 3 counts as 10.
        assertThat(low.femaleReproductiveHealthIndex().doubleValue()).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void reportsTheBoundsItApplied() {
        // Australia 2022 (as above): the MMR 2.941509495 is used as 10; no share is below 0.1 %.
        GiiResult australia = GenderInequalityIndex.compute(inputs("2.941509495", "7.731", "94.58006287",
                "94.43006897", "44.49339207", "55.50660793", "62.31", "71.13"));
        assertThat(australia.bounds()).containsExactly(
                new AppliedBound("maternalMortalityRatio", new BigDecimal("2.941509495"), BigDecimal.TEN));
        assertThat(australia.bounds().get(0).isRaised()).isTrue();
        // Argentina: nothing bounded.
        assertThat(GenderInequalityIndex.compute(inputs("44.90007716", "37.932", "73.59154056", "71.6480851",
                "44.3768997", "55.6231003", "52.08", "71.74")).bounds()).isEmpty();
        // An MMR of 1500 is used as 1000, a seat share of 0 % as 0.1 %.
        GiiResult bounded = GenderInequalityIndex.compute(inputs("1500", "100", "20", "30", "0", "100", "50", "80"));
        assertThat(bounded.bounds()).extracting(AppliedBound::input, b -> b.used().toPlainString(), AppliedBound::isRaised)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("maternalMortalityRatio", "1000", false),
                        org.assertj.core.groups.Tuple.tuple("femaleParliamentSeats", "0.1", true));
    }
}
