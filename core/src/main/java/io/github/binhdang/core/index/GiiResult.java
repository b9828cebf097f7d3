package io.github.binhdang.core.index;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The Gender Inequality Index of one set of inputs, with every intermediate value of HDR 2023/2024
 * technical note 4, unrounded. See {@link GenderInequalityIndex} for the formulas.
 *
 * @param inputs                         the inputs as given
 * @param femaleReproductiveHealthIndex  (10/MMR · 1/ABR)^½, with the MMR bounded to 10–1,000
 * @param femaleEmpowermentIndex         (PR_F · SE_F)^½, shares as fractions
 * @param maleEmpowermentIndex           (PR_M · SE_M)^½
 * @param femaleLabourMarketIndex        LFPR_F as a fraction
 * @param maleLabourMarketIndex          LFPR_M as a fraction
 * @param femaleGenderIndex              G_F, the geometric mean of the three female dimension indices
 * @param maleGenderIndex                G_M, the geometric mean of 1 and the two male dimension indices
 * @param harmonicMean                   HARM(G_F, G_M), the harmonic mean of G_F and G_M
 * @param referenceGenderIndex           G_F̄,M̄, the geometric mean of the arithmetic means of each dimension
 * @param value                          the GII, 1 − HARM(G_F, G_M) / G_F̄,M̄, from 0 (equality) towards 1
 * @param bounds                         the bounds that changed an input (the MMR to 10 or 1,000, a share to
 *                                       0.1 %), in the order of {@link GiiInputs}'s components; empty if none
 */
public record GiiResult(GiiInputs inputs, BigDecimal femaleReproductiveHealthIndex,
        BigDecimal femaleEmpowermentIndex, BigDecimal maleEmpowermentIndex,
        BigDecimal femaleLabourMarketIndex, BigDecimal maleLabourMarketIndex,
        BigDecimal femaleGenderIndex, BigDecimal maleGenderIndex, BigDecimal harmonicMean,
        BigDecimal referenceGenderIndex, BigDecimal value, List<AppliedBound> bounds) {

    /**
     * Checks that no component is null.
     *
     * @param inputs                         the inputs as given
     * @param femaleReproductiveHealthIndex  the female reproductive health index
     * @param femaleEmpowermentIndex         the female empowerment index
     * @param maleEmpowermentIndex           the male empowerment index
     * @param femaleLabourMarketIndex        the female labour market index
     * @param maleLabourMarketIndex          the male labour market index
     * @param femaleGenderIndex              G_F
     * @param maleGenderIndex                G_M
     * @param harmonicMean                   HARM(G_F, G_M)
     * @param referenceGenderIndex           G_F̄,M̄
     * @param value                          the GII
     * @param bounds                         the bounds applied, copied
     */
    public GiiResult {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(femaleReproductiveHealthIndex, "femaleReproductiveHealthIndex");
        Objects.requireNonNull(femaleEmpowermentIndex, "femaleEmpowermentIndex");
        Objects.requireNonNull(maleEmpowermentIndex, "maleEmpowermentIndex");
        Objects.requireNonNull(femaleLabourMarketIndex, "femaleLabourMarketIndex");
        Objects.requireNonNull(maleLabourMarketIndex, "maleLabourMarketIndex");
        Objects.requireNonNull(femaleGenderIndex, "femaleGenderIndex");
        Objects.requireNonNull(maleGenderIndex, "maleGenderIndex");
        Objects.requireNonNull(harmonicMean, "harmonicMean");
        Objects.requireNonNull(referenceGenderIndex, "referenceGenderIndex");
        Objects.requireNonNull(value, "value");
        bounds = List.copyOf(bounds);
    }

    /**
     * Returns the GII rounded half up; the HDR publishes 3 decimals.
     *
     * @param digits  the decimals, from 0 to 15
     * @return the rounded GII, not null
     * @throws io.github.binhdang.core.InvalidValueException if digits is out of range
     */
    public BigDecimal rounded(int digits) {
        return IndexMath.round("GiiResult.digits", value, digits);
    }
}
