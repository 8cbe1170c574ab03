package org.cocrea.analytics.control;

import java.io.Serializable;

/**
 * A sample estimate with its bootstrap standard error and confidence interval.
 *
 * @param estimate the estimate on the original sample (OLS by QR)
 * @param bootstrapSe standard deviation (n − 1) of the resampled estimates, PROCESS's "BootSE"
 * @param lower lower confidence bound ({@code NaN} when no bootstrap was run)
 * @param upper upper confidence bound ({@code NaN} when no bootstrap was run)
 * @param boundClamped a bias-corrected bound fell outside the resampled estimates and was set to the
 *     smallest or largest one (PROCESS warns about this); more resamples are advisable
 * @param draws the resampled estimates in resample order (a copy; empty without bootstrap)
 */
public record BootstrapEstimate(
        double estimate, double bootstrapSe, double lower, double upper, boolean boundClamped, double[] draws)
        implements Serializable {

    public BootstrapEstimate {
        draws = draws.clone();
    }

    /** An estimate without bootstrap. */
    static BootstrapEstimate pointOnly(double estimate) {
        return new BootstrapEstimate(estimate, Double.NaN, Double.NaN, Double.NaN, false, new double[0]);
    }

    @Override
    public double[] draws() {
        return draws.clone();
    }

    /** Whether the interval excludes zero. */
    public boolean excludesZero() {
        return lower > 0 || upper < 0;
    }
}
