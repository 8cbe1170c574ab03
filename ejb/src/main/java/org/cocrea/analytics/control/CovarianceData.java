package org.cocrea.analytics.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sample covariance matrix of named columns plus the number of cases: everything a confirmatory
 * factor analysis needs from the raw data.
 *
 * <p>The matrix is stored with divisor {@code N} (the maximum-likelihood covariance), which is what
 * lavaan fits by default ({@code likelihood = "normal"}); {@link #unbiasedCovariance()} gives the
 * {@code N − 1} version. Construction validates the input and reports problems by column name:
 * non-finite values, constant columns, fewer cases than needed and a covariance matrix that is not
 * positive definite (naming the first column that is a linear combination of earlier ones).
 *
 * <p>Immutable; all accessors return copies.
 */
public final class CovarianceData {

    /** Divisor convention of a covariance matrix handed to {@link #ofCovariance}. */
    public enum Divisor {
        /** Maximum-likelihood covariance: sums of cross-products divided by {@code N}. */
        N,
        /** Unbiased covariance: divided by {@code N − 1} (R's {@code cov()}, SPSS). */
        N_MINUS_1
    }

    private static final double CONSTANT_TOLERANCE = 1e-12;
    private static final double DEPENDENCE_TOLERANCE = 1e-10;

    private final List<String> names;
    private final Map<String, Integer> index;
    private final int sampleSize;
    private final double[][] covariance;

    private CovarianceData(List<String> names, int sampleSize, double[][] covariance) {
        this.names = List.copyOf(names);
        this.sampleSize = sampleSize;
        this.covariance = covariance;
        this.index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
    }

    /**
     * Builds the covariance data from raw cases.
     *
     * @param names column names, one per column of {@code rows}
     * @param rows cases × columns; every value must be finite (no missing values)
     * @throws IllegalArgumentException naming the offending column or row
     */
    public static CovarianceData fromRows(List<String> names, double[][] rows) {
        Objects.requireNonNull(rows, "rows");
        List<String> cols = checkNames(names);
        int p = cols.size();
        int n = rows.length;
        for (int r = 0; r < n; r++) {
            if (rows[r] == null || rows[r].length != p) {
                throw new IllegalArgumentException("row " + (r + 1) + " has "
                        + (rows[r] == null ? 0 : rows[r].length) + " values but there are " + p
                        + " columns " + cols);
            }
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(rows[r][j])) {
                    throw new IllegalArgumentException("column '" + cols.get(j) + "' has a non-finite value ("
                            + rows[r][j] + ") in row " + (r + 1) + "; missing values must be handled beforehand");
                }
            }
        }
        checkSampleSize(n, cols);
        double[] mean = new double[p];
        for (double[] row : rows) {
            for (int j = 0; j < p; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= n;
        }
        double[][] cov = new double[p][p];
        for (double[] row : rows) {
            for (int i = 0; i < p; i++) {
                double di = row[i] - mean[i];
                for (int j = 0; j <= i; j++) {
                    cov[i][j] += di * (row[j] - mean[j]);
                }
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                cov[i][j] /= n;
                cov[j][i] = cov[i][j];
            }
        }
        for (int j = 0; j < p; j++) {
            double scale = 0;
            for (double[] row : rows) {
                scale = Math.max(scale, Math.abs(row[j]));
            }
            if (cov[j][j] <= CONSTANT_TOLERANCE * CONSTANT_TOLERANCE * Math.max(1.0, scale * scale)) {
                throw new IllegalArgumentException(
                        "column '" + cols.get(j) + "' is constant (all " + n + " cases equal " + rows[0][j] + ")");
            }
        }
        checkPositiveDefinite(cov, cols);
        return new CovarianceData(cols, n, cov);
    }

    /**
     * Wraps an existing covariance matrix.
     *
     * @param names column names in matrix order
     * @param covariance symmetric positive-definite matrix
     * @param sampleSize number of cases {@code N} the matrix was computed from
     * @param divisor whether the matrix was divided by {@code N} or {@code N − 1}
     */
    public static CovarianceData ofCovariance(
            List<String> names, double[][] covariance, int sampleSize, Divisor divisor) {
        Objects.requireNonNull(covariance, "covariance");
        Objects.requireNonNull(divisor, "divisor");
        List<String> cols = checkNames(names);
        int p = cols.size();
        if (covariance.length != p) {
            throw new IllegalArgumentException(
                    "covariance matrix has " + covariance.length + " rows but there are " + p + " names " + cols);
        }
        checkSampleSize(sampleSize, cols);
        double factor = divisor == Divisor.N ? 1.0 : (sampleSize - 1.0) / sampleSize;
        double[][] cov = new double[p][p];
        for (int i = 0; i < p; i++) {
            if (covariance[i] == null || covariance[i].length != p) {
                throw new IllegalArgumentException("covariance row of '" + cols.get(i) + "' has "
                        + (covariance[i] == null ? 0 : covariance[i].length) + " values, expected " + p);
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                double v = covariance[i][j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(
                            "covariance of '" + cols.get(i) + "' and '" + cols.get(j) + "' is not finite: " + v);
                }
                double t = covariance[j][i];
                if (Math.abs(v - t) > 1e-10 * Math.max(1.0, Math.abs(v))) {
                    throw new IllegalArgumentException("covariance matrix is not symmetric at '" + cols.get(i) + "', '"
                            + cols.get(j) + "' (" + v + " vs " + t + ")");
                }
                cov[i][j] = 0.5 * (v + t) * factor;
            }
        }
        for (int j = 0; j < p; j++) {
            if (!(cov[j][j] > 0)) {
                throw new IllegalArgumentException(
                        "column '" + cols.get(j) + "' has variance " + cov[j][j] + " (constant or invalid)");
            }
        }
        checkPositiveDefinite(cov, cols);
        return new CovarianceData(cols, sampleSize, cov);
    }

    private static List<String> checkNames(List<String> names) {
        Objects.requireNonNull(names, "names");
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no columns given");
        }
        var seen = new HashSet<String>();
        for (String n : names) {
            if (n == null || n.isBlank()) {
                throw new IllegalArgumentException("column names must not be blank: " + names);
            }
            if (!seen.add(n)) {
                throw new IllegalArgumentException("column name '" + n + "' occurs twice");
            }
        }
        return List.copyOf(names);
    }

    private static void checkSampleSize(int n, List<String> cols) {
        int needed = cols.size() + 1;
        if (n < needed) {
            throw new IllegalArgumentException("fewer cases than needed: N = " + n + " but at least " + needed
                    + " are required for " + cols.size() + " columns (the covariance matrix would be singular)");
        }
    }

    /**
     * Sweeps the columns in order (a pivot-free Cholesky); a column whose variance left after
     * regressing it on the earlier ones is (numerically) zero makes the matrix singular.
     */
    private static void checkPositiveDefinite(double[][] cov, List<String> cols) {
        int p = cov.length;
        double[][] l = new double[p][p];
        for (int j = 0; j < p; j++) {
            double d = cov[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (!(d > DEPENDENCE_TOLERANCE * cov[j][j])) {
                List<String> earlier = cols.subList(0, j);
                throw new IllegalArgumentException("sample covariance matrix is not positive definite: column '"
                        + cols.get(j) + "' is (almost) a linear combination of " + earlier
                        + " (residual variance share " + (d / cov[j][j]) + ")");
            }
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < p; i++) {
                double s = cov[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
    }

    /** Column names in matrix order. */
    public List<String> names() {
        return names;
    }

    /** Number of cases {@code N}. */
    public int sampleSize() {
        return sampleSize;
    }

    /** Number of columns. */
    public int columnCount() {
        return names.size();
    }

    /** Whether a column of this name exists. */
    public boolean hasColumn(String name) {
        return index.containsKey(name);
    }

    /** Position of a column; throws naming the column and the available ones if absent. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("'" + name + "' is not a column of the data (columns: " + names + ")");
        }
        return i;
    }

    /** Maximum-likelihood covariance (divisor {@code N}), copied. */
    public double[][] covariance() {
        return copy(covariance);
    }

    /** Unbiased covariance (divisor {@code N − 1}), copied. */
    public double[][] unbiasedCovariance() {
        double f = sampleSize / (sampleSize - 1.0);
        double[][] c = copy(covariance);
        for (double[] row : c) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= f;
            }
        }
        return c;
    }

    /** Pearson correlation matrix, copied. */
    public double[][] correlation() {
        int p = covariance.length;
        double[][] r = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                r[i][j] = i == j ? 1.0 : covariance[i][j] / Math.sqrt(covariance[i][i] * covariance[j][j]);
            }
        }
        return r;
    }

    /** ML covariance (divisor {@code N}) of the named columns, in the order given. */
    public double[][] covariance(List<String> columns) {
        int[] idx = indices(columns);
        double[][] c = new double[idx.length][idx.length];
        for (int i = 0; i < idx.length; i++) {
            for (int j = 0; j < idx.length; j++) {
                c[i][j] = covariance[idx[i]][idx[j]];
            }
        }
        return c;
    }

    /** The same data restricted to (and reordered as) the named columns. */
    public CovarianceData select(Collection<String> columns) {
        List<String> cols = new ArrayList<>(columns);
        double[][] c = covariance(cols);
        return new CovarianceData(cols, sampleSize, c);
    }

    private int[] indices(List<String> columns) {
        int[] idx = new int[columns.size()];
        var seen = new HashSet<String>();
        for (int i = 0; i < idx.length; i++) {
            String c = columns.get(i);
            if (!seen.add(c)) {
                throw new IllegalArgumentException("column '" + c + "' requested twice");
            }
            idx[i] = indexOf(c);
        }
        return idx;
    }

    static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = Arrays.copyOf(m[i], m[i].length);
        }
        return c;
    }

    @Override
    public String toString() {
        return "CovarianceData[N=" + sampleSize + ", columns=" + names + "]";
    }
}
