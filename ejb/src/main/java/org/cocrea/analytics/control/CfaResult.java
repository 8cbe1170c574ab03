package org.cocrea.analytics.control;

import java.io.Serializable;
import java.util.List;

/**
 * Outcome of {@link CfaFit#fit}: fit indices, parameter estimates with standard errors and the
 * standardised ({@code std.all}) solution, convergence information and warnings.
 *
 * <p>Standard errors are lavaan's default for ML with complete data ({@code se = "standard"},
 * {@code information = "expected"}): square roots of the diagonal of {@code (N* / 2 · H)⁻¹} with
 * {@code H_ab = tr(Σ̂⁻¹ Σ_a Σ̂⁻¹ Σ_b)} evaluated at the estimates and N* = N (normal) or N − 1
 * (Wishart). Fixed marker loadings have SE 0 and NaN z / p, as in lavaan's parameter table.
 *
 * @param model the fitted model
 * @param options settings used
 * @param fit global fit indices
 * @param loadings one per indicator, in model order
 * @param residualVariances one per indicator, in model order
 * @param factorCovariances factor variances (factor1 = factor2) and covariances, Φ_gh for g ≥ h
 * @param convergence optimiser report
 * @param warnings Heywood cases, non-convergence, singular information; empty if none
 */
public record CfaResult(
        CfaModel model,
        CfaOptions options,
        CfaFitIndices fit,
        List<Loading> loadings,
        List<ResidualVariance> residualVariances,
        List<FactorCovariance> factorCovariances,
        Convergence convergence,
        List<String> warnings)
        implements Serializable {

    public CfaResult {
        loadings = List.copyOf(loadings);
        residualVariances = List.copyOf(residualVariances);
        factorCovariances = List.copyOf(factorCovariances);
        warnings = List.copyOf(warnings);
    }

    /**
     * A factor loading (lavaan {@code factor =~ indicator}).
     *
     * @param estimate unstandardised loading (1 for the marker)
     * @param standardized {@code std.all}: λ · sqrt(φ) / sqrt(Σ̂_ii)
     * @param fixed true for the marker indicator
     */
    public record Loading(
            String factor,
            String indicator,
            double estimate,
            double standardError,
            double z,
            double pValue,
            double standardized,
            boolean fixed)
            implements Serializable {}

    /**
     * Residual (unique) variance θ_i of an indicator (lavaan {@code x ~~ x}).
     *
     * @param standardized θ_i / Σ̂_ii, i.e. 1 − R²
     */
    public record ResidualVariance(
            String indicator, double estimate, double standardError, double z, double pValue, double standardized)
            implements Serializable {}

    /**
     * A factor variance ({@code factor1 = factor2}) or covariance.
     *
     * @param correlation φ_gh / sqrt(φ_gg φ_hh) (1 for a variance; NaN if a variance is ≤ 0)
     */
    public record FactorCovariance(
            String factor1,
            String factor2,
            double estimate,
            double standardError,
            double z,
            double pValue,
            double correlation)
            implements Serializable {

        public boolean isVariance() {
            return factor1.equals(factor2);
        }
    }

    /**
     * Optimiser report.
     *
     * @param converged whether the optimum was reached
     * @param iterations quasi-Newton iterations
     * @param functionEvaluations evaluations of F
     * @param minimumDiscrepancy F_ML at the solution
     * @param maxAbsGradient largest |∂F/∂θ| at the solution
     * @param newtonDecrement g'H⁻¹g at the solution (≈ 2·(F − F_min))
     * @param message human-readable status
     * @param elapsedNanos wall time of the whole fit
     */
    public record Convergence(
            boolean converged,
            int iterations,
            int functionEvaluations,
            double minimumDiscrepancy,
            double maxAbsGradient,
            double newtonDecrement,
            String message,
            long elapsedNanos)
            implements Serializable {}

    /** The loading of an indicator. */
    public Loading loading(String indicator) {
        return loadings.stream()
                .filter(l -> l.indicator().equals(indicator))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("'" + indicator + "' is not an indicator of the model"));
    }

    /** Loadings of one factor, marker first. */
    public List<Loading> loadings(String factor) {
        model.indicators(factor);
        return loadings.stream().filter(l -> l.factor().equals(factor)).toList();
    }

    /** Residual variance of an indicator. */
    public ResidualVariance residualVariance(String indicator) {
        return residualVariances.stream()
                .filter(r -> r.indicator().equals(indicator))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("'" + indicator + "' is not an indicator of the model"));
    }

    /** Variance (f1 = f2) or covariance of two factors, in either order. */
    public FactorCovariance factorCovariance(String f1, String f2) {
        model.indicators(f1);
        model.indicators(f2);
        return factorCovariances.stream()
                .filter(c -> (c.factor1().equals(f1) && c.factor2().equals(f2))
                        || (c.factor1().equals(f2) && c.factor2().equals(f1)))
                .findFirst()
                .orElseThrow();
    }

    /** Correlation of two factors. */
    public double factorCorrelation(String f1, String f2) {
        return factorCovariance(f1, f2).correlation();
    }

    /** Standardised loadings of one factor, marker first. */
    public double[] standardizedLoadings(String factor) {
        return loadings(factor).stream().mapToDouble(Loading::standardized).toArray();
    }

    /**
     * True when the optimiser converged and the solution is proper: no negative variance, no
     * |standardised loading| ≥ 1 and a positive-definite factor covariance matrix.
     */
    public boolean isAdmissible() {
        return convergence.converged() && warnings.isEmpty();
    }
}
