package io.github.binhdang.core.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The UNDP Gender Inequality Index (GII), as defined in the Human Development Report 2023/2024,
 * technical note 4 ("Gender Inequality Index").
 *
 * <p>With the shares (PR seats in parliament, SE at least some secondary education, LFPR labour force
 * participation) as fractions of 1, MMR in deaths per 100,000 live births and ABR in births per 1,000
 * women aged 15–19:
 * <pre>
 *   MMR is bounded to [10, 1000]; every share below 0.1 % is raised to 0.1 % (a zero would zero a
 *   geometric mean; the notes name the case of a zero seat share)
 *   G_F   = ( (10/MMR · 1/ABR)^½ · (PR_F · SE_F)^½ · LFPR_F )^⅓
 *   G_M   = ( 1 · (PR_M · SE_M)^½ · LFPR_M )^⅓
 *   HARM  = [ (1/G_F + 1/G_M) / 2 ]^−1
 *   Health = ( (10/MMR · 1/ABR)^½ + 1 ) / 2
 *   Empowerment = ( (PR_F · SE_F)^½ + (PR_M · SE_M)^½ ) / 2
 *   LFPR  = (LFPR_F + LFPR_M) / 2
 *   G_F̄,M̄ = (Health · Empowerment · LFPR)^⅓
 *   GII   = 1 − HARM / G_F̄,M̄
 * </pre>
 * Worked case, Argentina in the HDR 2023/2024 (data for 2022): MMR 44.9, ABR 37.9, seats 44.4 % and
 * 55.6 %, secondary education 73.6 % and 71.6 %, LFPR 52.1 % and 71.7 % give a GII of 0.292.
 *
 * <p>The adolescent birth rate is used as given; no bound on it is applied, as none was confirmed for
 * this edition. Powers and roots are computed in {@code double} and the results carry about 16
 * significant digits, unrounded.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class GenderInequalityIndex {

    /** The lower bound on the maternal mortality ratio, deaths per 100,000 live births. */
    public static final BigDecimal MATERNAL_MORTALITY_MIN = BigDecimal.TEN;

    /** The upper bound on the maternal mortality ratio, deaths per 100,000 live births. */
    public static final BigDecimal MATERNAL_MORTALITY_MAX = BigDecimal.valueOf(1000);

    /** The floor on every share, 0.1 %, so that no geometric mean is zero. */
    public static final Share SHARE_FLOOR = Share.ofPercent(new BigDecimal("0.1"));

    private static final double FLOOR = 0.001;

    private GenderInequalityIndex() {
    }

    /**
     * Computes the GII and its intermediate values, with the bounds that changed an input
     * ({@link GiiResult#bounds()}: Australia's MMR of 2.9 for 2022 is used as 10).
     *
     * @param inputs  the inputs, not null
     * @return the result, unrounded, not null
     */
    public static GiiResult compute(GiiInputs inputs) {
        Objects.requireNonNull(inputs, "inputs");
        double mmr = IndexMath.clamp(inputs.maternalMortalityRatio().doubleValue(), 10, 1000);
        double abr = inputs.adolescentBirthRate().doubleValue();
        double prF = share(inputs.femaleParliamentSeats());
        double prM = share(inputs.maleParliamentSeats());
        double seF = share(inputs.femaleSecondaryEducation());
        double seM = share(inputs.maleSecondaryEducation());
        double lfF = share(inputs.femaleLabourForceParticipation());
        double lfM = share(inputs.maleLabourForceParticipation());

        double health = Math.sqrt(10 / mmr * (1 / abr));
        double empowerF = Math.sqrt(prF * seF);
        double empowerM = Math.sqrt(prM * seM);
        double gF = Math.cbrt(health * empowerF * lfF);
        double gM = Math.cbrt(empowerM * lfM);
        double harm = 2 / (1 / gF + 1 / gM);
        double reference = Math.cbrt(((health + 1) / 2) * ((empowerF + empowerM) / 2) * ((lfF + lfM) / 2));
        double gii = 1 - harm / reference;

        List<AppliedBound> bounds = new ArrayList<>();
        AppliedBound.check(bounds, "maternalMortalityRatio", inputs.maternalMortalityRatio(), MATERNAL_MORTALITY_MIN,
                MATERNAL_MORTALITY_MAX);
        floor(bounds, "femaleParliamentSeats", inputs.femaleParliamentSeats());
        floor(bounds, "maleParliamentSeats", inputs.maleParliamentSeats());
        floor(bounds, "femaleSecondaryEducation", inputs.femaleSecondaryEducation());
        floor(bounds, "maleSecondaryEducation", inputs.maleSecondaryEducation());
        floor(bounds, "femaleLabourForceParticipation", inputs.femaleLabourForceParticipation());
        floor(bounds, "maleLabourForceParticipation", inputs.maleLabourForceParticipation());

        return new GiiResult(inputs, IndexMath.decimal("GiiResult.femaleReproductiveHealthIndex", health),
                IndexMath.decimal("GiiResult.femaleEmpowermentIndex", empowerF),
                IndexMath.decimal("GiiResult.maleEmpowermentIndex", empowerM),
                IndexMath.decimal("GiiResult.femaleLabourMarketIndex", lfF),
                IndexMath.decimal("GiiResult.maleLabourMarketIndex", lfM),
                IndexMath.decimal("GiiResult.femaleGenderIndex", gF),
                IndexMath.decimal("GiiResult.maleGenderIndex", gM),
                IndexMath.decimal("GiiResult.harmonicMean", harm),
                IndexMath.decimal("GiiResult.referenceGenderIndex", reference),
                IndexMath.decimal("GiiResult.value", gii), bounds);
    }

    /** Records a share raised to the floor, in percent. */
    private static void floor(List<AppliedBound> bounds, String input, Share share) {
        AppliedBound.check(bounds, input, share.percent(), SHARE_FLOOR.percent(), null);
    }

    private static double share(Share share) {
        return Math.max(FLOOR, share.fraction().doubleValue());
    }
}
