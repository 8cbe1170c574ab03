package org.cocrea.analytics.control;

import java.io.Serializable;

/**
 * Global fit of a CFA, computed as lavaan's {@code fitMeasures()} does.
 *
 * @param convention χ² convention all χ²-based indices use
 * @param chiSquare model χ² = multiplier · F_min (N or N − 1, see {@link CfaChiSquareConvention})
 * @param degreesOfFreedom p(p+1)/2 − free parameters
 * @param pValue upper-tail χ² probability (NaN when df = 0)
 * @param baselineChiSquare χ² of the independence model Σ = diag(S), same convention
 * @param baselineDegreesOfFreedom p(p − 1)/2
 * @param cfi 1 − max(χ² − df, 0) / max(χ² − df, χ²_b − df_b, 0)
 * @param tli (χ²_b/df_b − χ²/df) / (χ²_b/df_b − 1)
 * @param rmsea sqrt(max(χ²/df − 1, 0) / N*), N* = the same multiplier as the χ²
 * @param rmseaLower lower bound of the RMSEA interval (noncentral χ², see {@code CfaNoncentralChiSquared})
 * @param rmseaUpper upper bound
 * @param rmseaCiLevel level of that interval
 * @param srmr lavaan's {@code srmr} (= {@code srmr_bentler}): root mean square of the residuals
 *     (S − Σ̂)_ij / sqrt(S_ii S_jj) over the p(p+1)/2 elements i ≤ j
 * @param minimumDiscrepancy F_ML at the optimum (lavaan's {@code fmin} is half of it)
 * @param sampleSize N
 */
public record CfaFitIndices(
        CfaChiSquareConvention convention,
        double chiSquare,
        int degreesOfFreedom,
        double pValue,
        double baselineChiSquare,
        int baselineDegreesOfFreedom,
        double cfi,
        double tli,
        double rmsea,
        double rmseaLower,
        double rmseaUpper,
        double rmseaCiLevel,
        double srmr,
        double minimumDiscrepancy,
        int sampleSize)
        implements Serializable {

    /**
     * The model χ² under either convention (F_min is the same under both because the model is
     * scale invariant): N·F_min for {@link CfaChiSquareConvention#NORMAL}, (N − 1)·F_min for
     * {@link CfaChiSquareConvention#WISHART}.
     */
    public double chiSquare(CfaChiSquareConvention c) {
        return c.multiplier(sampleSize) * minimumDiscrepancy;
    }

    /** χ²/df (NaN when df = 0). */
    public double normedChiSquare() {
        return degreesOfFreedom == 0 ? Double.NaN : chiSquare / degreesOfFreedom;
    }
}
