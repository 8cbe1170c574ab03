package org.cocrea.analytics.control;

import java.io.Serializable;
import java.util.Objects;

/**
 * Settings of {@link CfaFit}.
 *
 * @param convention χ² convention (and with it the likelihood lavaan would use)
 * @param rmseaCiLevel confidence level of the RMSEA interval, 0.90 as in lavaan
 * @param maxIterations quasi-Newton iteration limit
 */
public record CfaOptions(CfaChiSquareConvention convention, double rmseaCiLevel, int maxIterations)
        implements Serializable {

    public CfaOptions {
        Objects.requireNonNull(convention, "convention");
        if (!(rmseaCiLevel > 0 && rmseaCiLevel < 1)) {
            throw new IllegalArgumentException("rmseaCiLevel must be in (0, 1): " + rmseaCiLevel);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be positive: " + maxIterations);
        }
    }

    /** lavaan defaults: normal likelihood (χ² = N·F), 90% RMSEA interval; 1000 iterations. */
    public static CfaOptions defaults() {
        return new CfaOptions(CfaChiSquareConvention.NORMAL, 0.90, 1000);
    }

    public CfaOptions withConvention(CfaChiSquareConvention c) {
        return new CfaOptions(c, rmseaCiLevel, maxIterations);
    }

    public CfaOptions withRmseaCiLevel(double level) {
        return new CfaOptions(convention, level, maxIterations);
    }

    public CfaOptions withMaxIterations(int n) {
        return new CfaOptions(convention, rmseaCiLevel, n);
    }
}
