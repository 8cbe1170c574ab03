package org.cocrea.analytics.control;

/** How a bootstrap confidence interval is read off the resampled estimates. */
public enum BootstrapCiMethod {
    /** Percentile interval (PROCESS's default). */
    PERCENTILE,
    /**
     * Bias-corrected percentile interval (PROCESS {@code bc=1}): the percentiles are shifted by z₀ =
     * Φ⁻¹(share of resampled estimates below the sample estimate), to Φ(2z₀ ∓ z₁₋α/₂).
     */
    BIAS_CORRECTED
}
