package org.cocrea.analytics.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * Maximum-likelihood confirmatory factor analysis of a {@link CfaModel} on {@link CovarianceData},
 * reproducing lavaan 0.6's {@code cfa()} with default settings (marker-variable identification,
 * {@code estimator = "ML"}, {@code likelihood = "normal"}, {@code information = "expected"}).
 *
 * <p>Estimation minimises F_ML = log|Σ(θ)| + tr(SΣ(θ)⁻¹) − log|S| − p on the ML sample covariance
 * (divisor N; divisor N − 1 under {@link CfaChiSquareConvention#WISHART}, as lavaan's {@code
 * likelihood = "wishart"}) with an analytic gradient and a BFGS quasi-Newton method seeded with
 * the expected information ({@link CfaQuasiNewton}); it stops when the Newton decrement is below
 * 1e-22, so F is at its floating-point minimum and θ is typically 1e-10 from the optimum — tighter
 * than lavaan's own nlminb default (see the reference tests).
 *
 * <p>Starting values: each non-marker loading from the regression of its covariances on the
 * marker's covariances with all other indicators (in the population s_ij = λ_i · s_rj), factor
 * (co)variances from s_ij = λ_i λ_j φ_gh by least squares, residual variances s_ii − λ_i²φ (at
 * least 10% of s_ii); falling back to lavaan's "simple" starts (λ = 1, θ = s_ii/2, φ = 0.05) if
 * that does not give a positive-definite Σ.
 *
 * <p>Improper solutions (Heywood cases) are not suppressed: negative residual or factor variances,
 * |standardised loadings| ≥ 1 and non-positive-definite factor covariance matrices are reported in
 * {@link CfaResult#warnings()}.
 *
 * <p>Stateless and thread-safe.
 */
public final class CfaFit {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private CfaFit() {}

    /** Fits with lavaan's defaults ({@link CfaOptions#defaults()}). */
    public static CfaResult fit(CfaModel model, CovarianceData data) {
        return fit(model, data, CfaOptions.defaults());
    }

    /**
     * Fits the model.
     *
     * @throws IllegalArgumentException if an indicator is not a column of the data or the data has
     *     too few cases for the model's indicators
     */
    public static CfaResult fit(CfaModel model, CovarianceData data, CfaOptions options) {
        long t0 = System.nanoTime();
        List<String> indicators = model.indicators();
        for (String x : indicators) {
            if (!data.hasColumn(x)) {
                throw new IllegalArgumentException("indicator '" + x + "' of factor '" + model.factorOf(x)
                        + "' is not a column of the data (columns: " + data.names() + ")");
            }
        }
        int n = data.sampleSize();
        int p = indicators.size();
        if (n <= p) {
            throw new IllegalArgumentException(
                    "fewer cases than needed: N = " + n + " for " + p + " indicators (need at least " + (p + 1) + ")");
        }
        CfaChiSquareConvention convention = options.convention();
        int nStar = convention.multiplier(n);
        double[][] s = data.covariance(indicators);
        if (convention == CfaChiSquareConvention.WISHART) {
            double f = n / (n - 1.0);
            for (double[] row : s) {
                for (int j = 0; j < p; j++) {
                    row[j] *= f;
                }
            }
        }
        // Optimise on the correlation-scaled matrix D⁻¹SD⁻¹ (D = diag(√s_ii)) so that the
        // parameters are all of order 1 whatever the units of the items; F is invariant under the
        // rescaling and the estimates, SEs and Σ̂ are mapped back exactly (a diagonal linear map).
        double[] d = new double[p];
        for (int i = 0; i < p; i++) {
            d[i] = Math.sqrt(s[i][i]);
        }
        double[][] scaled = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                scaled[i][j] = s[i][j] / (d[i] * d[j]);
            }
        }
        var objective = new CfaDiscrepancy(model, scaled);
        double[] start = startValues(objective, scaled);
        CfaQuasiNewton.Outcome outcome = CfaQuasiNewton.minimise(objective, start, options.maxIterations());
        CfaDiscrepancy.Evaluation opt = outcome.optimum();
        double fmin = Math.max(opt.value, 0.0);
        List<String> warnings = new ArrayList<>();
        if (!outcome.converged()) {
            warnings.add("the optimiser did not converge: " + outcome.message()
                    + "; estimates and fit indices are not trustworthy");
        }

        // standard errors from the expected information at the estimates
        double[] scaledSe = standardErrors(objective, opt, nStar, warnings);
        double[] unit = metricFactors(objective, d);
        double[] theta = new double[objective.q];
        double[] se = new double[objective.q];
        for (int k = 0; k < objective.q; k++) {
            theta[k] = opt.theta[k] * unit[k];
            se[k] = scaledSe[k] * unit[k];
        }
        double[][] sigma = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                sigma[i][j] = opt.sigma[i][j] * d[i] * d[j];
            }
        }

        List<String> factors = model.factors();
        int m = factors.size();
        var loadings = new ArrayList<CfaResult.Loading>();
        var residuals = new ArrayList<CfaResult.ResidualVariance>();
        for (int i = 0; i < p; i++) {
            int g = objective.factorOf[i];
            double lambda = objective.loading(theta, i);
            double phi = objective.phi(theta, g, g);
            double std = lambda * Math.sqrt(phi) / Math.sqrt(sigma[i][i]);
            int li = objective.loadingIndex[i];
            if (li < 0) {
                loadings.add(new CfaResult.Loading(
                        factors.get(g), indicators.get(i), 1.0, 0.0, Double.NaN, Double.NaN, std, true));
            } else {
                double z = theta[li] / se[li];
                loadings.add(new CfaResult.Loading(
                        factors.get(g), indicators.get(i), theta[li], se[li], z, twoSided(z), std, false));
            }
            int ri = objective.residualIndex[i];
            double z = theta[ri] / se[ri];
            residuals.add(new CfaResult.ResidualVariance(
                    indicators.get(i), theta[ri], se[ri], z, twoSided(z), theta[ri] / sigma[i][i]));
        }
        var covariances = new ArrayList<CfaResult.FactorCovariance>();
        for (int g = 0; g < m; g++) {
            for (int h = 0; h <= g; h++) {
                int k = objective.phiIndex[g][h];
                double z = theta[k] / se[k];
                double vg = objective.phi(theta, g, g);
                double vh = objective.phi(theta, h, h);
                double r = g == h ? (vg > 0 ? 1.0 : Double.NaN) : theta[k] / Math.sqrt(vg * vh);
                covariances.add(new CfaResult.FactorCovariance(
                        factors.get(h), factors.get(g), theta[k], se[k], z, twoSided(z), r));
            }
        }
        // variances first (as lavaan prints them), then covariances
        covariances.sort((a, b) -> Boolean.compare(!a.isVariance(), !b.isVariance()));
        heywoodWarnings(objective, theta, loadings, residuals, factors, warnings);

        CfaFitIndices fit = fitIndices(objective, s, sigma, fmin, n, convention, options.rmseaCiLevel());
        double maxGrad = 0;
        for (double v : outcome.gradient()) {
            maxGrad = Math.max(maxGrad, Math.abs(v));
        }
        var convergence = new CfaResult.Convergence(
                outcome.converged(),
                outcome.iterations(),
                outcome.evaluations(),
                opt.value,
                maxGrad,
                outcome.decrement(),
                outcome.message(),
                System.nanoTime() - t0);
        return new CfaResult(model, options, fit, loadings, residuals, covariances, convergence, warnings);
    }

    /** χ² difference test of two nested fits; see {@link CfaComparison#of}. */
    public static CfaComparison compare(CfaResult a, CfaResult b) {
        return CfaComparison.of(a, b);
    }

    /**
     * Factors that take parameters from the standardised metric back to the data's: with x_i =
     * d_i x'_i and marker r(g), λ_i = λ'_i d_i / d_r, θ_i = θ'_i d_i², φ_gh = φ'_gh d_r(g) d_r(h).
     */
    private static double[] metricFactors(CfaDiscrepancy obj, double[] d) {
        int[] marker = new int[obj.m];
        for (int i = 0; i < obj.p; i++) {
            if (obj.loadingIndex[i] < 0) {
                marker[obj.factorOf[i]] = i;
            }
        }
        double[] unit = new double[obj.q];
        for (int i = 0; i < obj.p; i++) {
            if (obj.loadingIndex[i] >= 0) {
                unit[obj.loadingIndex[i]] = d[i] / d[marker[obj.factorOf[i]]];
            }
            unit[obj.residualIndex[i]] = d[i] * d[i];
        }
        for (int g = 0; g < obj.m; g++) {
            for (int h = 0; h <= g; h++) {
                unit[obj.phiIndex[g][h]] = d[marker[g]] * d[marker[h]];
            }
        }
        return unit;
    }

    private static double twoSided(double z) {
        return Double.isFinite(z) ? 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)) : Double.NaN;
    }

    private static double[] standardErrors(
            CfaDiscrepancy objective, CfaDiscrepancy.Evaluation opt, int nStar, List<String> warnings) {
        double[][] info = objective.information(opt);
        int q = info.length;
        double[] se = new double[q];
        EigenDecompositionSymmetric eig = CfaQuasiNewton.eigen(info);
        if (eig == null) {
            warnings.add("the information matrix could not be decomposed (non-finite or degenerate);"
                    + " standard errors are not available");
            java.util.Arrays.fill(se, Double.NaN);
            return se;
        }
        double[] values = eig.getEigenvalues();
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
            min = Math.min(min, v);
        }
        if (!(min > max * 1e-12)) {
            warnings.add(String.format(
                    Locale.ROOT,
                    "the information matrix is singular (smallest eigenvalue %.3g): the model may not be"
                            + " identified; standard errors are not available",
                    min));
            java.util.Arrays.fill(se, Double.NaN);
            return se;
        }
        var v = eig.getV();
        // cov = (N*/2 · H)⁻¹ = 2/N* · H⁻¹
        for (int a = 0; a < q; a++) {
            double t = 0;
            for (int k = 0; k < q; k++) {
                double vak = v.getEntry(a, k);
                t += vak * vak / values[k];
            }
            se[a] = Math.sqrt(2.0 / nStar * t);
        }
        return se;
    }

    private static void heywoodWarnings(
            CfaDiscrepancy objective,
            double[] theta,
            List<CfaResult.Loading> loadings,
            List<CfaResult.ResidualVariance> residuals,
            List<String> factors,
            List<String> warnings) {
        for (var r : residuals) {
            if (r.estimate() < 0) {
                warnings.add(String.format(
                        Locale.ROOT,
                        "Heywood case: residual variance of '%s' is negative (%.4g); the solution is improper",
                        r.indicator(),
                        r.estimate()));
            }
        }
        for (var l : loadings) {
            if (Math.abs(l.standardized()) >= 1) {
                warnings.add(String.format(
                        Locale.ROOT,
                        "Heywood case: standardised loading of '%s' on '%s' is %.4g (|λ*| ≥ 1)",
                        l.indicator(),
                        l.factor(),
                        l.standardized()));
            }
        }
        int m = factors.size();
        boolean varianceProblem = false;
        for (int g = 0; g < m; g++) {
            double v = objective.phi(theta, g, g);
            if (!(v > 0)) {
                varianceProblem = true;
                warnings.add(String.format(
                        Locale.ROOT, "variance of factor '%s' is not positive (%.4g)", factors.get(g), v));
            }
        }
        if (!varianceProblem && m > 1) {
            double[][] phi = new double[m][m];
            for (int g = 0; g < m; g++) {
                for (int h = 0; h < m; h++) {
                    phi[g][h] = objective.phi(theta, g, h);
                }
            }
            if (CfaDiscrepancy.logDet(phi) == null) {
                warnings.add("the factor covariance matrix is not positive definite"
                        + " (a factor correlation is at or beyond ±1); the solution is improper");
            }
        }
    }

    static CfaFitIndices fitIndices(
            CfaDiscrepancy objective,
            double[][] s,
            double[][] sigma,
            double fmin,
            int n,
            CfaChiSquareConvention convention,
            double level) {
        int p = s.length;
        int nStar = convention.multiplier(n);
        int df = p * (p + 1) / 2 - objective.q;
        double chi2 = nStar * fmin;
        double pValue = df > 0 ? ChiSquaredDistribution.of(df).survivalProbability(chi2) : Double.NaN;

        // independence model: Σ = diag(S), F_b = Σ log s_ii − log|S|
        double logDiag = 0;
        for (int i = 0; i < p; i++) {
            logDiag += Math.log(s[i][i]);
        }
        double fBase = logDiag - CfaDiscrepancy.logDet(s);
        double chi2Base = nStar * fBase;
        int dfBase = p * (p - 1) / 2;

        double t1 = Math.max(chi2 - df, 0);
        double t2 = Math.max(Math.max(chi2 - df, chi2Base - dfBase), 0);
        double cfi = (t1 == 0 && t2 == 0) ? 1.0 : 1 - t1 / t2;
        double tli;
        double tt2 = (chi2Base - dfBase) * df;
        if (df > 0 && tt2 != 0) {
            tli = 1 - ((chi2 - df) * dfBase) / tt2;
        } else {
            tli = 1.0;
        }

        double rmsea = df > 0 ? Math.sqrt(Math.max((chi2 / nStar) / df - 1.0 / nStar, 0)) : 0.0;
        double[] ci = rmseaInterval(chi2, df, nStar, level);

        // SRMR (Bentler): residuals scaled by the observed standard deviations, i ≤ j
        double sum = 0;
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double r = (s[i][j] - sigma[i][j]) / Math.sqrt(s[i][i] * s[j][j]);
                sum += r * r;
            }
        }
        double srmr = Math.sqrt(sum / (p * (p + 1) / 2.0));
        return new CfaFitIndices(
                convention, chi2, df, pValue, chi2Base, dfBase, cfi, tli, rmsea, ci[0], ci[1], level, srmr, fmin, n);
    }

    /**
     * RMSEA interval as lavaan's {@code lav_fit_rmsea_ci}: λ_L solves P(χ² ≤ X²; df, λ) = (1+level)/2
     * on [0, X²], λ_U solves it for (1−level)/2 on [0, max(N, 4X²)]; a bound is 0 when the
     * equation has no root there; RMSEA bound = sqrt(λ / (N* · df)).
     */
    static double[] rmseaInterval(double chi2, int df, int nStar, double level) {
        if (df < 1 || !Double.isFinite(chi2)) {
            return new double[] {0.0, 0.0};
        }
        double upperPerc = 1 - (1 - level) / 2;
        double lowerPerc = (1 - level) / 2;
        double x = Math.max(chi2, 0);
        double lower;
        if (CfaNoncentralChiSquared.cdf(x, df, 0) - upperPerc < 0) {
            lower = 0;
        } else {
            double lambda = CfaNoncentralChiSquared.noncentralityFor(x, df, upperPerc, x);
            lower = Math.sqrt(lambda / ((double) nStar * df));
        }
        double bound = Math.max(nStar, 4 * x);
        double upper;
        if (CfaNoncentralChiSquared.cdf(x, df, bound) - lowerPerc > 0
                || CfaNoncentralChiSquared.cdf(x, df, 0) - lowerPerc < 0) {
            upper = 0;
        } else {
            double lambda = CfaNoncentralChiSquared.noncentralityFor(x, df, lowerPerc, bound);
            upper = Math.sqrt(lambda / ((double) nStar * df));
        }
        return new double[] {lower, upper};
    }

    /** Starting values (see the class comment). */
    static double[] startValues(CfaDiscrepancy obj, double[][] s) {
        int p = obj.p;
        int m = obj.m;
        double[] theta = new double[obj.q];
        double[] lambda = new double[p];
        int[] marker = new int[m];
        java.util.Arrays.fill(marker, -1);
        for (int i = 0; i < p; i++) {
            if (obj.loadingIndex[i] < 0) {
                marker[obj.factorOf[i]] = i;
            }
        }
        for (int i = 0; i < p; i++) {
            int r = marker[obj.factorOf[i]];
            if (i == r) {
                lambda[i] = 1.0;
                continue;
            }
            double num = 0;
            double den = 0;
            for (int j = 0; j < p; j++) {
                if (j == i || j == r) {
                    continue;
                }
                num += s[i][j] * s[r][j];
                den += s[r][j] * s[r][j];
            }
            double est = den > 0 ? num / den : 1.0;
            // keep wild ratios (near-zero marker covariances) from ruining the start
            double cap = 10 * Math.sqrt(s[i][i] / s[r][r]);
            lambda[i] = Double.isFinite(est) ? Math.max(-cap, Math.min(cap, est)) : 1.0;
            theta[obj.loadingIndex[i]] = lambda[i];
        }
        double[][] phi = new double[m][m];
        for (int g = 0; g < m; g++) {
            for (int h = 0; h <= g; h++) {
                double num = 0;
                double den = 0;
                for (int i = 0; i < p; i++) {
                    if (obj.factorOf[i] != g) {
                        continue;
                    }
                    for (int j = 0; j < p; j++) {
                        if (obj.factorOf[j] != h || j == i) {
                            continue;
                        }
                        double ll = lambda[i] * lambda[j];
                        num += s[i][j] * ll;
                        den += ll * ll;
                    }
                }
                phi[g][h] = den > 0 ? num / den : 0.0;
                phi[h][g] = phi[g][h];
            }
        }
        for (int g = 0; g < m; g++) {
            double markerVar = s[marker[g]][marker[g]];
            if (!(phi[g][g] > 0.05 * markerVar)) {
                phi[g][g] = 0.05 * markerVar;
            }
            if (phi[g][g] > 0.95 * markerVar) {
                phi[g][g] = 0.95 * markerVar;
            }
        }
        for (int g = 0; g < m; g++) {
            for (int h = 0; h < g; h++) {
                double bound = 0.9 * Math.sqrt(phi[g][g] * phi[h][h]);
                phi[g][h] = Math.max(-bound, Math.min(bound, phi[g][h]));
                phi[h][g] = phi[g][h];
            }
        }
        for (int shrink = 0; shrink < 20 && CfaDiscrepancy.logDet(phi) == null; shrink++) {
            for (int g = 0; g < m; g++) {
                for (int h = 0; h < m; h++) {
                    if (g != h) {
                        phi[g][h] *= 0.5;
                    }
                }
            }
        }
        for (int g = 0; g < m; g++) {
            for (int h = 0; h <= g; h++) {
                theta[obj.phiIndex[g][h]] = phi[g][h];
            }
        }
        for (int i = 0; i < p; i++) {
            double common = lambda[i] * lambda[i] * phi[obj.factorOf[i]][obj.factorOf[i]];
            theta[obj.residualIndex[i]] = Math.max(s[i][i] - common, 0.1 * s[i][i]);
        }
        if (obj.evaluate(theta) != null) {
            return theta;
        }
        // lavaan's "simple" starts
        double[] simple = new double[obj.q];
        for (int i = 0; i < p; i++) {
            if (obj.loadingIndex[i] >= 0) {
                simple[obj.loadingIndex[i]] = 1.0;
            }
            simple[obj.residualIndex[i]] = 0.5 * s[i][i];
        }
        for (int g = 0; g < m; g++) {
            simple[obj.phiIndex[g][g]] = 0.05;
        }
        return simple;
    }
}
