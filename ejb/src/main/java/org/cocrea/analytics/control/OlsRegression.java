package org.cocrea.analytics.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.statistics.distribution.FDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Ordinary least squares with intercept, fitted by Householder QR (Hipparchus).
 *
 * <p>For accuracy the predictors are mean-centred and scaled to unit standard deviation before the
 * decomposition; the coefficients and their covariance matrix are transformed back exactly
 * afterwards, so results are in the original units. Standard errors, t, p and confidence intervals
 * are the classical (homoscedastic) ones, as in R's {@code summary.lm} and {@code confint}, with exact
 * Student t quantiles (Commons Statistics).
 */
public final class OlsRegression {

    /** Name of the constant term in coefficient tables. */
    public static final String INTERCEPT = "(Intercept)";

    /** Default level of the coefficient confidence intervals. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    /**
     * A predictor whose unexplained share, 1 − R² on the intercept and the predictors before it, is
     * below this is treated as perfectly collinear.
     */
    static final double COLLINEARITY_TOLERANCE = 1e-10;

    private OlsRegression() {}

    /** Fits {@code y} on the predictors plus an intercept, with 95% intervals. */
    public static OlsResult fit(RegressionVariable y, List<RegressionVariable> predictors) {
        return fit(y, predictors, DEFAULT_CONFIDENCE);
    }

    /** Fits {@code y} on the predictors plus an intercept. */
    public static OlsResult fit(RegressionVariable y, RegressionVariable... predictors) {
        return fit(y, List.of(predictors), DEFAULT_CONFIDENCE);
    }

    /**
     * Fits {@code y} on the predictors plus an intercept.
     *
     * @param confidence level of the coefficient intervals, strictly between 0 and 1
     * @throws RegressionException if a value is missing, a column is constant or perfectly collinear
     *     with the ones before it, or there are not more cases than parameters
     */
    public static OlsResult fit(RegressionVariable y, List<RegressionVariable> predictors, double confidence) {
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(predictors, "predictors");
        checkConfidence(confidence);
        if (predictors.isEmpty()) {
            throw new RegressionException("the model of " + y.name() + " needs at least one predictor");
        }
        int n = y.size();
        int p = predictors.size();
        int k = p + 1;
        Set<String> names = new HashSet<>();
        names.add(y.name());
        for (RegressionVariable x : predictors) {
            Objects.requireNonNull(x, "predictor");
            if (!names.add(x.name())) {
                throw new RegressionException("column " + x.name() + " appears twice in the model of " + y.name());
            }
            if (x.size() != n) {
                throw new RegressionException(
                        "column " + x.name() + " has " + x.size() + " values but column " + y.name() + " has " + n);
            }
        }
        requireFinite(y);
        predictors.forEach(OlsRegression::requireFinite);
        if (n <= k) {
            throw new RegressionException("the model of " + y.name() + " with " + p + " predictor" + (p == 1 ? "" : "s")
                    + " and an intercept needs at least " + (k + 1) + " cases, found " + n);
        }

        double[] yv = y.raw();
        double yMean = mean(yv);
        double sst = 0;
        for (double v : yv) {
            sst += (v - yMean) * (v - yMean);
        }
        if (!(sst > 0)) {
            throw new RegressionException("column " + y.name() + " is constant");
        }

        // design: 1, (x_j - mean_j) / sd_j
        double[] means = new double[k];
        double[] sds = new double[k];
        double[][] design = new double[n][k];
        for (int i = 0; i < n; i++) {
            design[i][0] = 1;
        }
        for (int j = 1; j < k; j++) {
            RegressionVariable x = predictors.get(j - 1);
            double[] xv = x.raw();
            means[j] = mean(xv);
            sds[j] = Math.sqrt(sumSquaredDeviations(xv, means[j]) / (n - 1));
            if (!(sds[j] > 0)) {
                throw new RegressionException("column " + x.name() + " is constant");
            }
            for (int i = 0; i < n; i++) {
                design[i][j] = (xv[i] - means[j]) / sds[j];
            }
        }
        RealMatrix z = new Array2DRowRealMatrix(design, false);
        QRDecomposition qr = new QRDecomposition(z, 0);
        RealMatrix rFull = qr.getR();
        double[][] r = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                r[a][b] = rFull.getEntry(a, b);
            }
        }
        // |R_jj|^2 / (n-1) is the share of column j not explained by the columns before it
        for (int j = 1; j < k; j++) {
            double unexplained = r[j][j] * r[j][j] / (n - 1);
            if (unexplained < COLLINEARITY_TOLERANCE) {
                List<String> before = new ArrayList<>();
                for (int b = 0; b < j - 1; b++) {
                    before.add(predictors.get(b).name());
                }
                throw new RegressionException("column " + predictors.get(j - 1).name()
                        + " is perfectly collinear with "
                        + (before.isEmpty() ? "the intercept" : "the intercept and " + String.join(", ", before))
                        + " in the model of " + y.name());
            }
        }
        RealVector beta = qr.getSolver().solve(new ArrayRealVector(yv, false));
        double[] bs = beta.toArray();

        double sse = 0;
        for (int i = 0; i < n; i++) {
            double fitted = 0;
            for (int j = 0; j < k; j++) {
                fitted += design[i][j] * bs[j];
            }
            double e = yv[i] - fitted;
            sse += e * e;
        }
        int dfResidual = n - k;
        double mse = sse / dfResidual;

        double[][] rInv = invertUpperTriangular(r);
        // (Z'Z)^-1 = R^-1 R^-T
        double[][] zzInv = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double s = 0;
                for (int c = Math.max(a, b); c < k; c++) {
                    s += rInv[a][c] * rInv[b][c];
                }
                zzInv[a][b] = s;
            }
        }
        // back to original units: beta = T beta', cov = T cov' T'
        double[][] t = new double[k][k];
        t[0][0] = 1;
        for (int j = 1; j < k; j++) {
            t[j][j] = 1 / sds[j];
            t[0][j] = -means[j] / sds[j];
        }
        double[] b = multiply(t, bs);
        double[][] cov = multiply(multiply(t, zzInv), transpose(t));
        for (int a = 0; a < k; a++) {
            for (int c = 0; c < k; c++) {
                cov[a][c] *= mse;
            }
        }

        TDistribution tDist = TDistribution.of(dfResidual);
        double tCrit = tDist.inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double ySd = Math.sqrt(sst / (n - 1));
        List<OlsCoefficient> rows = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            double se = Math.sqrt(cov[j][j]);
            double tv = b[j] / se;
            double pv = 2 * tDist.survivalProbability(Math.abs(tv));
            double beta0 = j == 0 ? Double.NaN : b[j] * sds[j] / ySd;
            // VIF_j = diag of the inverse correlation matrix = (n - 1) [(Z'Z)^-1]_jj for centred, scaled Z
            double vif = j == 0 ? Double.NaN : (n - 1) * zzInv[j][j];
            rows.add(new OlsCoefficient(
                    j == 0 ? INTERCEPT : predictors.get(j - 1).name(),
                    b[j],
                    beta0,
                    se,
                    tv,
                    pv,
                    b[j] - tCrit * se,
                    b[j] + tCrit * se,
                    vif));
        }
        double r2 = 1 - sse / sst;
        double adjR2 = 1 - (1 - r2) * (n - 1) / dfResidual;
        double f = ((sst - sse) / p) / mse;
        double fp = FDistribution.of(p, dfResidual).survivalProbability(f);
        return new OlsResult(y.name(), n, rows, r2, adjR2, f, p, dfResidual, fp, mse, sse, sst, confidence, cov);
    }

    static void checkConfidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
        }
    }

    private static void requireFinite(RegressionVariable v) {
        double[] values = v.raw();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new RegressionException(
                        "column " + v.name() + " has a missing or non-finite value in row " + (i + 1));
            }
        }
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        double m = s / v.length;
        // one refinement pass
        double c = 0;
        for (double x : v) {
            c += x - m;
        }
        return m + c / v.length;
    }

    static double sumSquaredDeviations(double[] v, double mean) {
        double s = 0;
        for (double x : v) {
            s += (x - mean) * (x - mean);
        }
        return s;
    }

    static double[][] invertUpperTriangular(double[][] r) {
        int k = r.length;
        double[][] inv = new double[k][k];
        for (int j = k - 1; j >= 0; j--) {
            inv[j][j] = 1 / r[j][j];
            for (int i = j - 1; i >= 0; i--) {
                double s = 0;
                for (int c = i + 1; c <= j; c++) {
                    s += r[i][c] * inv[c][j];
                }
                inv[i][j] = -s / r[i][i];
            }
        }
        return inv;
    }

    private static double[] multiply(double[][] m, double[] v) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                s += m[i][j] * v[j];
            }
            out[i] = s;
        }
        return out;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int rows = a.length;
        int inner = b.length;
        int cols = b[0].length;
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double s = 0;
                for (int c = 0; c < inner; c++) {
                    s += a[i][c] * b[c][j];
                }
                out[i][j] = s;
            }
        }
        return out;
    }

    private static double[][] transpose(double[][] a) {
        double[][] out = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[j][i] = a[i][j];
            }
        }
        return out;
    }
}
