package org.cocrea.analytics.control;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * χ² difference (likelihood-ratio) test of two nested CFA models fitted to the same data, as
 * lavaan's {@code anova()} / {@code lavTestLRT()} computes it for standard ML.
 *
 * @param restricted the model with more degrees of freedom (e.g. two factors merged)
 * @param full the less restricted model
 * @param deltaChiSquare χ²(restricted) − χ²(full)
 * @param deltaDegreesOfFreedom df(restricted) − df(full)
 * @param pValue upper-tail χ² probability of Δχ² on Δdf
 * @param rmseaOfDifference sqrt(max(Δχ² − Δdf, 0) / (Δdf · N*)), lavaan's RMSEA column of {@code anova()}
 */
public record CfaComparison(
        CfaResult restricted,
        CfaResult full,
        double deltaChiSquare,
        int deltaDegreesOfFreedom,
        double pValue,
        double rmseaOfDifference) {

    /**
     * Compares two results; the one with more degrees of freedom is taken as the restricted model.
     *
     * @throws IllegalArgumentException if they differ in N, convention or indicator set, or have
     *     equal df
     */
    public static CfaComparison of(CfaResult a, CfaResult b) {
        if (a.fit().sampleSize() != b.fit().sampleSize()) {
            throw new IllegalArgumentException("models were fitted to different sample sizes: "
                    + a.fit().sampleSize() + " vs " + b.fit().sampleSize());
        }
        if (a.fit().convention() != b.fit().convention()) {
            throw new IllegalArgumentException("models use different chi-square conventions");
        }
        if (!new java.util.HashSet<>(a.model().indicators())
                .equals(new java.util.HashSet<>(b.model().indicators()))) {
            throw new IllegalArgumentException("models must use the same indicators to be compared: "
                    + a.model().indicators() + " vs " + b.model().indicators());
        }
        int dfa = a.fit().degreesOfFreedom();
        int dfb = b.fit().degreesOfFreedom();
        if (dfa == dfb) {
            throw new IllegalArgumentException("models have the same degrees of freedom (" + dfa + "); not nested");
        }
        CfaResult restricted = dfa > dfb ? a : b;
        CfaResult full = dfa > dfb ? b : a;
        double delta = restricted.fit().chiSquare() - full.fit().chiSquare();
        int ddf = Math.abs(dfa - dfb);
        double p = ChiSquaredDistribution.of(ddf).survivalProbability(Math.max(delta, 0));
        int n = restricted.fit().convention().multiplier(restricted.fit().sampleSize());
        double rmsea = Math.sqrt(Math.max(delta - ddf, 0) / (ddf * (double) n));
        return new CfaComparison(restricted, full, delta, ddf, p, rmsea);
    }
}
