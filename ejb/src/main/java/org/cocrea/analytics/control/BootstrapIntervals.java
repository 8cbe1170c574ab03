package org.cocrea.analytics.control;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.statistics.distribution.NormalDistribution;

/** Confidence intervals from bootstrap estimates: percentile and bias-corrected, two quantile rules. */
public final class BootstrapIntervals {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private BootstrapIntervals() {}

    /**
     * The percentile interval {lower, upper} of the resampled estimates.
     *
     * @throws IllegalArgumentException if, under the PROCESS rule, there are too few resamples for the
     *     level (PROCESS then raises B to the next thousand)
     */
    public static double[] percentile(double[] draws, double confidence, BootstrapPercentileRule rule) {
        double[] sorted = sortedFinite(draws);
        OlsRegression.checkConfidence(confidence);
        int b = sorted.length;
        if (rule == BootstrapPercentileRule.PROCESS) {
            int[] bounds = processBounds(b, confidence);
            return new double[] {sorted[bounds[0] - 1], sorted[bounds[1] - 1]};
        }
        double alpha = 1 - confidence;
        return new double[] {type6(sorted, alpha / 2), type6(sorted, 1 - alpha / 2)};
    }

    /**
     * The bias-corrected percentile interval {lower, upper, clamped (1 or 0)}: z₀ = Φ⁻¹(#{θ* < θ̂}/B),
     * bounds at α₁ = Φ(2z₀ − z), α₂ = Φ(2z₀ + z) with z = Φ⁻¹(1 − (1 − conf)/2). PROCESS
     * approximates Φ⁻¹ (Odeh and Evans); this uses the exact quantile, which can move a bound by one
     * order statistic in rare borderline cases.
     */
    public static double[] biasCorrected(
            double[] draws, double estimate, double confidence, BootstrapPercentileRule rule) {
        double[] sorted = sortedFinite(draws);
        OlsRegression.checkConfidence(confidence);
        int b = sorted.length;
        int below = 0;
        for (double d : sorted) {
            if (d < estimate) {
                below++;
            }
        }
        double z0 = STANDARD_NORMAL.inverseCumulativeProbability((double) below / b);
        double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double alpha1 = STANDARD_NORMAL.cumulativeProbability(2 * z0 - z);
        double alpha2 = STANDARD_NORMAL.cumulativeProbability(2 * z0 + z);
        if (rule == BootstrapPercentileRule.PROCESS) {
            int lo = (int) Math.rint(b * alpha1);
            int hi = (int) Math.floor(b * alpha2) + 1;
            boolean clamped = false;
            if (lo < 1) {
                lo = 1;
                clamped = true;
            }
            if (hi > b) {
                hi = b;
                clamped = true;
            }
            return new double[] {sorted[lo - 1], sorted[hi - 1], clamped ? 1 : 0};
        }
        boolean clamped = (b + 1) * alpha1 < 1 || (b + 1) * alpha2 > b;
        return new double[] {type6(sorted, alpha1), type6(sorted, alpha2), clamped ? 1 : 0};
    }

    /** The estimate, its bootstrap SE and interval. */
    public static BootstrapEstimate summarize(
            double estimate,
            double[] draws,
            double confidence,
            BootstrapCiMethod method,
            BootstrapPercentileRule rule) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rule, "rule");
        if (draws.length == 0) {
            return BootstrapEstimate.pointOnly(estimate);
        }
        double se = standardDeviation(draws);
        if (method == BootstrapCiMethod.PERCENTILE) {
            double[] ci = percentile(draws, confidence, rule);
            return new BootstrapEstimate(estimate, se, ci[0], ci[1], false, draws);
        }
        double[] ci = biasCorrected(draws, estimate, confidence, rule);
        return new BootstrapEstimate(estimate, se, ci[0], ci[1], ci[2] != 0, draws);
    }

    /**
     * The 1-based order statistics {lower, upper} of PROCESS's percentile interval.
     *
     * @throws IllegalArgumentException if the bounds fall outside 1..B
     */
    static int[] processBounds(int resamples, double confidence) {
        // written as PROCESS writes it, so that the floating-point rounding is the same
        int lo = (int) Math.rint(resamples * (1 - confidence) / 2);
        int hi = (int) Math.floor(resamples * confidence + resamples * (1 - confidence) / 2) + 1;
        if (lo < 1 || hi > resamples) {
            throw new IllegalArgumentException(resamples + " bootstrap resamples are too few for a "
                    + (confidence * 100) + "% percentile interval");
        }
        return new int[] {lo, hi};
    }

    /**
     * Hyndman and Fan type 6 quantile of sorted values, as R computes it (and as PROCESS probes the
     * moderator's percentiles).
     *
     * @param sorted the values in increasing order, at least one
     * @param p the probability, 0 to 1
     */
    public static double type6(double[] sorted, double p) {
        int n = sorted.length;
        double h = p * (n + 1);
        double fuzz = 4 * Math.ulp(1.0);
        int j = (int) Math.floor(h + fuzz);
        double frac = h - j;
        if (Math.abs(frac) < fuzz) {
            frac = 0;
        }
        if (j < 1) {
            return sorted[0];
        }
        if (j >= n) {
            return sorted[n - 1];
        }
        double lo = sorted[j - 1];
        double hi = sorted[j];
        if (frac == 0 || lo == hi) {
            return lo;
        }
        return (1 - frac) * lo + frac * hi;
    }

    static double standardDeviation(double[] v) {
        double m = OlsRegression.mean(v);
        return Math.sqrt(OlsRegression.sumSquaredDeviations(v, m) / (v.length - 1));
    }

    private static double[] sortedFinite(double[] draws) {
        Objects.requireNonNull(draws, "draws");
        if (draws.length < 2) {
            throw new IllegalArgumentException("a bootstrap interval needs at least 2 resampled estimates");
        }
        double[] sorted = draws.clone();
        for (double d : sorted) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("a resampled estimate is not finite");
            }
        }
        Arrays.sort(sorted);
        return sorted;
    }
}
