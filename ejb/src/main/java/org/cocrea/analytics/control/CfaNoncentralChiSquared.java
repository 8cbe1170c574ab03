package org.cocrea.analytics.control;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * Noncentral χ² distribution function, needed for the RMSEA confidence interval.
 *
 * <p><b>Deliberate exception to "use the library's distributions":</b> Apache Commons Statistics
 * 1.3 has no noncentral χ². The CDF is therefore assembled here from library parts only, as the
 * standard Poisson mixture of central χ² CDFs
 *
 * <pre>
 *   P(X ≤ x; k, λ) = Σ_{j ≥ 0} Pois(j; λ/2) · P(χ²_{k+2j} ≤ x)
 * </pre>
 *
 * with the Poisson weights and the central CDFs taken from Commons Statistics. The sum starts at
 * the Poisson mode and runs outwards until the Poisson mass not yet visited is below {@code
 * 1e-16}, so the truncation error is below that too. {@link #noncentralityFor} inverts the CDF in
 * λ (it is strictly decreasing in λ) with Hipparchus' Brent solver.
 */
final class CfaNoncentralChiSquared {

    private static final double TAIL = 1e-16;

    private CfaNoncentralChiSquared() {}

    /** {@code P(X ≤ x)} for a noncentral χ² with {@code df} degrees of freedom and noncentrality {@code ncp}. */
    static double cdf(double x, double df, double ncp) {
        if (!(df > 0) || !(ncp >= 0) || Double.isNaN(x)) {
            throw new IllegalArgumentException(
                    "invalid noncentral chi-squared arguments: x=" + x + ", df=" + df + ", ncp=" + ncp);
        }
        if (x <= 0) {
            return 0.0;
        }
        if (ncp == 0) {
            return ChiSquaredDistribution.of(df).cumulativeProbability(x);
        }
        PoissonDistribution poisson = PoissonDistribution.of(ncp / 2);
        int mode = (int) Math.floor(ncp / 2);
        double sum = 0;
        // downwards from the mode (inclusive)
        for (int j = mode; j >= 0; j--) {
            double w = poisson.probability(j);
            sum += w * ChiSquaredDistribution.of(df + 2.0 * j).cumulativeProbability(x);
            if (j > 0 && poisson.cumulativeProbability(j - 1) < TAIL) {
                break;
            }
        }
        // upwards
        for (int j = mode + 1; ; j++) {
            double w = poisson.probability(j);
            double c = ChiSquaredDistribution.of(df + 2.0 * j).cumulativeProbability(x);
            sum += w * c;
            // the remaining terms have CDF values ≤ c (decreasing in j) and mass = survival(j)
            if (poisson.survivalProbability(j) * c < TAIL || c == 0) {
                break;
            }
        }
        return Math.min(1.0, sum);
    }

    /**
     * The noncentrality λ in {@code [0, upper]} with {@code cdf(x, df, λ) = p}; the caller makes
     * sure that the root is bracketed.
     */
    static double noncentralityFor(double x, double df, double p, double upper) {
        BrentSolver solver = new BrentSolver(1e-15, 1e-12, 1e-15);
        return solver.solve(10_000, lambda -> cdf(x, df, lambda) - p, 0.0, upper);
    }
}
