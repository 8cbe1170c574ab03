package org.cocrea.analytics.control;

import java.util.List;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * The maximum-likelihood discrepancy of a {@link CfaModel} for one sample covariance matrix:
 *
 * <pre>
 *   F_ML(θ) = log|Σ(θ)| + tr(S Σ(θ)⁻¹) − log|S| − p,   Σ(θ) = Λ Φ Λ' + Θ
 * </pre>
 *
 * with its analytic gradient {@code ∂F/∂θ_a = tr(M ∂Σ/∂θ_a)}, {@code M = Σ⁻¹ (Σ − S) Σ⁻¹}, and the
 * expected (Fisher) information {@code H_ab = tr(Σ⁻¹ Σ_a Σ⁻¹ Σ_b)}, which is the exact Hessian of F
 * when {@code Σ = S} and thus a good quasi-Newton seed; {@code (N/2)·H} is the expected information
 * of the normal log-likelihood.
 *
 * <p>Each {@code ∂Σ/∂θ_a} is a sum of one or two outer products {@code x y'}, which keeps the
 * gradient at O(q·p²) and the information at O(q²·p²) for q parameters and p indicators.
 *
 * <p>Parameter vector layout: free loadings (non-marker indicators, model order), then the p
 * residual variances, then the factor (co)variances Φ_gh for g ≥ h, row by row.
 */
final class CfaDiscrepancy {

    final int p;
    final int m;
    final int q;
    /** factor index of each indicator */
    final int[] factorOf;
    /** parameter index of each indicator's loading, −1 for a marker (fixed to 1) */
    final int[] loadingIndex;
    /** parameter index of each indicator's residual variance */
    final int[] residualIndex;
    /** parameter index of Φ_gh (symmetric) */
    final int[][] phiIndex;

    private final double[][] s;
    private final double logDetS;

    CfaDiscrepancy(CfaModel model, double[][] sampleCovariance) {
        List<String> factors = model.factors();
        List<String> indicators = model.indicators();
        this.p = indicators.size();
        this.m = factors.size();
        this.factorOf = new int[p];
        this.loadingIndex = new int[p];
        this.residualIndex = new int[p];
        int k = 0;
        for (int i = 0; i < p; i++) {
            String f = model.factorOf(indicators.get(i));
            factorOf[i] = factors.indexOf(f);
            boolean marker = model.indicators(f).get(0).equals(indicators.get(i));
            loadingIndex[i] = marker ? -1 : k++;
        }
        for (int i = 0; i < p; i++) {
            residualIndex[i] = k++;
        }
        phiIndex = new int[m][m];
        for (int g = 0; g < m; g++) {
            for (int h = 0; h <= g; h++) {
                phiIndex[g][h] = k;
                phiIndex[h][g] = k;
                k++;
            }
        }
        this.q = k;
        this.s = CovarianceData.copy(sampleCovariance);
        Double ld = logDet(sampleCovariance);
        if (ld == null) {
            throw new IllegalArgumentException(
                    "sample covariance matrix of the model indicators is not positive definite");
        }
        this.logDetS = ld;
    }

    double loading(double[] theta, int i) {
        return loadingIndex[i] < 0 ? 1.0 : theta[loadingIndex[i]];
    }

    double phi(double[] theta, int g, int h) {
        return theta[phiIndex[g][h]];
    }

    /** Model-implied covariance matrix Σ(θ). */
    double[][] sigma(double[] theta) {
        double[][] sigma = new double[p][p];
        for (int i = 0; i < p; i++) {
            double li = loading(theta, i);
            for (int j = 0; j <= i; j++) {
                double v = li * loading(theta, j) * phi(theta, factorOf[i], factorOf[j]);
                if (i == j) {
                    v += theta[residualIndex[i]];
                }
                sigma[i][j] = v;
                sigma[j][i] = v;
            }
        }
        return sigma;
    }

    /** log|A| or null if A is not (numerically) positive definite. */
    static Double logDet(double[][] a) {
        try {
            RealMatrix l = new CholeskyDecomposition(MatrixUtils.createRealMatrix(a), 1e-12, 0.0).getL();
            double sum = 0;
            for (int i = 0; i < a.length; i++) {
                sum += Math.log(l.getEntry(i, i));
            }
            return 2 * sum;
        } catch (MathIllegalArgumentException notPositiveDefinite) {
            return null;
        }
    }

    /** Σ⁻¹ and log|Σ| at θ, or null when Σ(θ) is not positive definite. */
    Evaluation evaluate(double[] theta) {
        double[][] sigma = sigma(theta);
        for (double[] row : sigma) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return null;
                }
            }
        }
        CholeskyDecomposition chol;
        try {
            chol = new CholeskyDecomposition(MatrixUtils.createRealMatrix(sigma), 1e-12, 0.0);
        } catch (MathIllegalArgumentException notPositiveDefinite) {
            return null;
        }
        RealMatrix l = chol.getL();
        double logDet = 0;
        for (int i = 0; i < p; i++) {
            logDet += Math.log(l.getEntry(i, i));
        }
        logDet *= 2;
        double[][] w = chol.getSolver().getInverse().getData();
        symmetrize(w);
        double tr = 0;
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                tr += s[i][j] * w[j][i];
            }
        }
        double f = logDet + tr - logDetS - p;
        return new Evaluation(theta.clone(), sigma, w, f);
    }

    /** F_ML at θ, +∞ if Σ(θ) is not positive definite. */
    double value(double[] theta) {
        Evaluation e = evaluate(theta);
        return e == null ? Double.POSITIVE_INFINITY : e.value;
    }

    /** Analytic gradient ∂F/∂θ at an evaluated point. */
    double[] gradient(Evaluation e) {
        // M = W (Σ − S) W
        double[][] d = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                d[i][j] = e.sigma[i][j] - s[i][j];
            }
        }
        double[][] mtx = multiply(multiply(e.w, d), e.w);
        symmetrize(mtx);
        double[] grad = new double[q];
        double[][] u = markerScaledColumns(e.theta);
        for (int i = 0; i < p; i++) {
            // θ_i: Σ_a = e_i e_i'
            grad[residualIndex[i]] = mtx[i][i];
            if (loadingIndex[i] >= 0) {
                // λ_i: Σ_a = e_i v' + v e_i', v_j = λ_j Φ_{f(i) f(j)}
                double[] v = loadingPartner(e.theta, i);
                double t = 0;
                for (int j = 0; j < p; j++) {
                    t += mtx[i][j] * v[j];
                }
                grad[loadingIndex[i]] = 2 * t;
            }
        }
        for (int g = 0; g < m; g++) {
            for (int h = 0; h <= g; h++) {
                // Φ_gh: Σ_a = u_g u_h' (+ u_h u_g' when g ≠ h)
                double t = quadratic(mtx, u[g], u[h]);
                grad[phiIndex[g][h]] = g == h ? t : 2 * t;
            }
        }
        return grad;
    }

    /**
     * Expected information of F (not yet multiplied by N/2): {@code H_ab = tr(W Σ_a W Σ_b)}, with
     * W = Σ⁻¹ of the evaluation.
     */
    double[][] information(Evaluation e) {
        double[][] w = e.w;
        double[][][] a = new double[q][][];
        double[][] u = markerScaledColumns(e.theta);
        double[][] wu = new double[m][];
        for (int g = 0; g < m; g++) {
            wu[g] = multiply(w, u[g]);
        }
        for (int i = 0; i < p; i++) {
            // W e_i e_i'
            double[][] ai = new double[p][p];
            for (int r = 0; r < p; r++) {
                ai[r][i] = w[r][i];
            }
            a[residualIndex[i]] = ai;
            if (loadingIndex[i] >= 0) {
                double[] v = loadingPartner(e.theta, i);
                double[] wv = multiply(w, v);
                double[][] al = new double[p][p];
                for (int r = 0; r < p; r++) {
                    for (int c = 0; c < p; c++) {
                        al[r][c] = w[r][i] * v[c];
                    }
                    al[r][i] += wv[r];
                }
                a[loadingIndex[i]] = al;
            }
        }
        for (int g = 0; g < m; g++) {
            for (int h = 0; h <= g; h++) {
                double[][] ap = new double[p][p];
                for (int r = 0; r < p; r++) {
                    for (int c = 0; c < p; c++) {
                        ap[r][c] = wu[g][r] * u[h][c] + (g == h ? 0 : wu[h][r] * u[g][c]);
                    }
                }
                a[phiIndex[g][h]] = ap;
            }
        }
        double[][] info = new double[q][q];
        for (int x = 0; x < q; x++) {
            for (int y = 0; y <= x; y++) {
                double t = 0;
                double[][] ax = a[x];
                double[][] ay = a[y];
                for (int r = 0; r < p; r++) {
                    for (int c = 0; c < p; c++) {
                        t += ax[r][c] * ay[c][r];
                    }
                }
                info[x][y] = t;
                info[y][x] = t;
            }
        }
        return info;
    }

    /** v with v_j = λ_j Φ_{f(i) f(j)}: the partner vector of indicator i's loading derivative. */
    private double[] loadingPartner(double[] theta, int i) {
        double[] v = new double[p];
        for (int j = 0; j < p; j++) {
            v[j] = loading(theta, j) * phi(theta, factorOf[i], factorOf[j]);
        }
        return v;
    }

    /** u_g with (u_g)_j = λ_j if indicator j loads on g, else 0. */
    private double[][] markerScaledColumns(double[] theta) {
        double[][] u = new double[m][p];
        for (int j = 0; j < p; j++) {
            u[factorOf[j]][j] = loading(theta, j);
        }
        return u;
    }

    private static double quadratic(double[][] a, double[] x, double[] y) {
        double t = 0;
        for (int r = 0; r < x.length; r++) {
            if (x[r] == 0) {
                continue;
            }
            double row = 0;
            for (int c = 0; c < y.length; c++) {
                row += a[r][c] * y[c];
            }
            t += x[r] * row;
        }
        return t;
    }

    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int k = b.length;
        int c = b[0].length;
        double[][] out = new double[n][c];
        for (int i = 0; i < n; i++) {
            double[] oi = out[i];
            for (int l = 0; l < k; l++) {
                double ail = a[i][l];
                if (ail == 0) {
                    continue;
                }
                double[] bl = b[l];
                for (int j = 0; j < c; j++) {
                    oi[j] += ail * bl[j];
                }
            }
        }
        return out;
    }

    static double[] multiply(double[][] a, double[] x) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double t = 0;
            for (int j = 0; j < x.length; j++) {
                t += a[i][j] * x[j];
            }
            out[i] = t;
        }
        return out;
    }

    static void symmetrize(double[][] a) {
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < i; j++) {
                double v = 0.5 * (a[i][j] + a[j][i]);
                a[i][j] = v;
                a[j][i] = v;
            }
        }
    }

    /** One evaluated point: θ, Σ(θ), W = Σ(θ)⁻¹ and F(θ). */
    static final class Evaluation {
        final double[] theta;
        final double[][] sigma;
        final double[][] w;
        final double value;

        Evaluation(double[] theta, double[][] sigma, double[][] w, double value) {
            this.theta = theta;
            this.sigma = sigma;
            this.w = w;
            this.value = value;
        }
    }
}
