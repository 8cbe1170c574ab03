package org.cocrea.analytics.control;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * BFGS minimiser for {@link CfaDiscrepancy}, seeded (and, when it stalls, re-seeded) with the
 * inverse expected information, which is the exact Hessian of F_ML at a perfect fit. The line
 * search backtracks from the full step (Armijo condition); points where Σ(θ) is not positive
 * definite have F = +∞ and are simply backtracked from.
 *
 * <p>Near the optimum F changes by less than its rounding error long before θ has converged, so a
 * step that leaves F unchanged within rounding is still accepted when it shrinks the gradient.
 * Convergence is declared when the Newton decrement {@code g' H⁻¹ g} (≈ 2·(F − F_min)), which does
 * not depend on the scale of the data, falls below {@code 1e-22}, i.e. θ is about 1e-11 (relative
 * to its standard error · √N) from the optimum.
 */
final class CfaQuasiNewton {

    static final double DECREMENT_TOLERANCE = 1e-22;
    private static final double ARMIJO = 1e-4;
    private static final int MAX_HALVINGS = 60;

    private CfaQuasiNewton() {}

    record Outcome(
            CfaDiscrepancy.Evaluation optimum,
            double[] gradient,
            boolean converged,
            int iterations,
            int evaluations,
            double decrement,
            String message) {}

    static Outcome minimise(CfaDiscrepancy objective, double[] start, int maxIterations) {
        CfaDiscrepancy.Evaluation x = objective.evaluate(start);
        if (x == null) {
            throw new IllegalStateException("starting values give a non-positive-definite implied covariance matrix");
        }
        int evaluations = 1;
        double[] g = objective.gradient(x);
        int q = g.length;
        double[][] hinv = fisherInverse(objective, x);
        boolean fresh = true;
        double decrement = Double.NaN;
        for (int iter = 0; iter < maxIterations; iter++) {
            double[] d = direction(hinv, g);
            double slope = dot(g, d);
            if (!(slope < 0)) {
                hinv = fisherInverse(objective, x);
                fresh = true;
                d = direction(hinv, g);
                slope = dot(g, d);
                if (!(slope < 0)) {
                    d = negate(g);
                    slope = dot(g, d);
                }
            }
            decrement = -slope;
            if (decrement < DECREMENT_TOLERANCE) {
                return new Outcome(
                        x,
                        g,
                        true,
                        iter,
                        evaluations,
                        decrement,
                        "converged (Newton decrement " + String.format("%.1e", decrement) + ")");
            }
            double gnorm = norm(g);
            double alpha = 1.0;
            CfaDiscrepancy.Evaluation next = null;
            double[] gNext = null;
            for (int k = 0; k < MAX_HALVINGS; k++) {
                double[] trial = new double[q];
                for (int i = 0; i < q; i++) {
                    trial[i] = x.theta[i] + alpha * d[i];
                }
                CfaDiscrepancy.Evaluation e = objective.evaluate(trial);
                evaluations++;
                if (e != null && Double.isFinite(e.value)) {
                    if (e.value <= x.value + ARMIJO * alpha * slope) {
                        next = e;
                        break;
                    }
                    double noise = 1e-13 * Math.max(1.0, Math.abs(x.value));
                    if (Math.abs(e.value - x.value) <= noise) {
                        double[] ge = objective.gradient(e);
                        if (norm(ge) < gnorm) {
                            next = e;
                            gNext = ge;
                            break;
                        }
                    }
                }
                alpha *= 0.5;
            }
            if (next == null) {
                if (!fresh) {
                    hinv = fisherInverse(objective, x);
                    fresh = true;
                    continue;
                }
                boolean close = decrement < 1e-12;
                return new Outcome(
                        x,
                        g,
                        close,
                        iter,
                        evaluations,
                        decrement,
                        (close ? "converged to rounding precision" : "line search failed") + " (Newton decrement "
                                + String.format("%.1e", decrement) + ")");
            }
            double[] gn = gNext != null ? gNext : objective.gradient(next);
            double[] sv = new double[q];
            double[] yv = new double[q];
            for (int i = 0; i < q; i++) {
                sv[i] = next.theta[i] - x.theta[i];
                yv[i] = gn[i] - g[i];
            }
            double sy = dot(sv, yv);
            if (sy > 1e-14 * norm(sv) * norm(yv) && sy > 0) {
                bfgsUpdate(hinv, sv, yv, sy);
                fresh = false;
            }
            x = next;
            g = gn;
        }
        return new Outcome(
                x,
                g,
                false,
                maxIterations,
                evaluations,
                decrement,
                "iteration limit (" + maxIterations + ") reached (Newton decrement " + String.format("%.1e", decrement)
                        + ")");
    }

    /** Inverse of the expected information, made positive definite (eigenvalue floor) if needed. */
    static double[][] fisherInverse(CfaDiscrepancy objective, CfaDiscrepancy.Evaluation x) {
        double[][] info = objective.information(x);
        int q = info.length;
        EigenDecompositionSymmetric eig = eigen(info);
        if (eig == null) {
            // degenerate point: fall back to a scaled steepest-descent metric
            double[][] identity = new double[q][q];
            for (int i = 0; i < q; i++) {
                identity[i][i] = 1e-2;
            }
            return identity;
        }
        double[] values = eig.getEigenvalues();
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        double floor = Math.max(max * 1e-10, Double.MIN_NORMAL);
        RealMatrix v = eig.getV();
        double[][] inv = new double[q][q];
        for (int k = 0; k < q; k++) {
            double lambda = Math.max(Math.abs(values[k]), floor);
            for (int i = 0; i < q; i++) {
                double vik = v.getEntry(i, k) / lambda;
                for (int j = 0; j < q; j++) {
                    inv[i][j] += vik * v.getEntry(j, k);
                }
            }
        }
        return inv;
    }

    /** Eigen-decomposition of a symmetric matrix, or null if it has non-finite entries or fails. */
    static EigenDecompositionSymmetric eigen(double[][] symmetric) {
        for (double[] row : symmetric) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return null;
                }
            }
        }
        try {
            return new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(symmetric));
        } catch (MathIllegalStateException e) {
            return null;
        }
    }

    private static void bfgsUpdate(double[][] h, double[] s, double[] y, double sy) {
        int q = s.length;
        double[] hy = CfaDiscrepancy.multiply(h, y);
        double yhy = dot(y, hy);
        double rho = 1.0 / sy;
        double c = (1.0 + rho * yhy) * rho;
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                h[i][j] += c * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j]);
            }
        }
        CfaDiscrepancy.symmetrize(h);
    }

    private static double[] direction(double[][] hinv, double[] g) {
        double[] d = CfaDiscrepancy.multiply(hinv, g);
        return negate(d);
    }

    private static double[] negate(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = -v[i];
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double t = 0;
        for (int i = 0; i < a.length; i++) {
            t += a[i] * b[i];
        }
        return t;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
