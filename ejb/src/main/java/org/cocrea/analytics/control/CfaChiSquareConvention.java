package org.cocrea.analytics.control;

/**
 * Which sample-size multiplier turns the minimised ML discrepancy F_min into the model χ².
 *
 * <p>The choice also fixes everything that depends on it, exactly as lavaan's {@code likelihood}
 * option does: the baseline χ² (hence CFI and TLI), the N in the RMSEA, the covariance matrix that
 * is fitted (variances are scaled by N/(N−1) under {@link #WISHART}) and the standard errors.
 */
public enum CfaChiSquareConvention {
    /** lavaan's default ({@code likelihood = "normal"}): χ² = N · F_min, S with divisor N. */
    NORMAL,
    /** Wishart likelihood as in AMOS, LISREL, EQS and lavaan's {@code likelihood = "wishart"}: χ² = (N − 1) · F_min, S with divisor N − 1. */
    WISHART;

    /** The multiplier of F_min: N or N − 1. */
    public int multiplier(int sampleSize) {
        return this == NORMAL ? sampleSize : sampleSize - 1;
    }
}
