package org.cocrea.analytics.control;

import java.io.Serializable;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A fitted ordinary least squares model with intercept.
 *
 * @param dependent the outcome's name
 * @param n number of cases
 * @param coefficients the intercept first, then the predictors in the order given
 * @param rSquared R²
 * @param adjustedRSquared 1 − (1 − R²)(n − 1)/(n − p − 1)
 * @param fStatistic F of the model against the intercept-only model
 * @param dfModel p, the number of predictors
 * @param dfResidual n − p − 1
 * @param fPValue upper-tail p of F
 * @param meanSquaredError residual variance SSE/(n − p − 1)
 * @param residualSumOfSquares SSE
 * @param totalSumOfSquares Σ(y − ȳ)²
 * @param confidenceLevel level of the coefficient intervals, e.g. 0.95
 * @param covariance covariance matrix of the coefficients (intercept first); a copy
 */
public record OlsResult(
        String dependent,
        int n,
        List<OlsCoefficient> coefficients,
        double rSquared,
        double adjustedRSquared,
        double fStatistic,
        int dfModel,
        int dfResidual,
        double fPValue,
        double meanSquaredError,
        double residualSumOfSquares,
        double totalSumOfSquares,
        double confidenceLevel,
        double[][] covariance)
        implements Serializable {

    public OlsResult {
        coefficients = List.copyOf(coefficients);
        covariance = deepCopy(covariance);
    }

    @Override
    public double[][] covariance() {
        return deepCopy(covariance);
    }

    /** The coefficient of the named term ({@value OlsRegression#INTERCEPT} for the constant). */
    public OlsCoefficient coefficient(String term) {
        return coefficients.get(indexOf(term));
    }

    /** Position of the named term in {@link #coefficients()} and {@link #covariance()}. */
    public int indexOf(String term) {
        for (int i = 0; i < coefficients.size(); i++) {
            if (coefficients.get(i).term().equals(term)) {
                return i;
            }
        }
        throw new NoSuchElementException("no term " + term + " in the model of " + dependent);
    }

    /** Covariance of two coefficients' estimates. */
    public double covariance(String term1, String term2) {
        return covariance[indexOf(term1)][indexOf(term2)];
    }

    /** Root mean squared error, the residual standard deviation. */
    public double rootMeanSquaredError() {
        return Math.sqrt(meanSquaredError);
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] copy = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            copy[i] = m[i].clone();
        }
        return copy;
    }
}
