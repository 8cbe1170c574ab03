package org.cocrea.analytics.control;

import java.io.Serializable;

/**
 * One row of a coefficient table.
 *
 * @param term the predictor's name, or {@value OlsRegression#INTERCEPT} for the constant
 * @param estimate the unstandardised coefficient b
 * @param standardized the standardised coefficient β = b·sd(x)/sd(y); {@code NaN} for the intercept
 * @param standardError the OLS standard error of b
 * @param t b / SE
 * @param p two-sided p-value of t with the residual degrees of freedom
 * @param lower lower bound of the confidence interval for b
 * @param upper upper bound of the confidence interval for b
 * @param vif variance inflation factor 1/(1 − R²ⱼ); {@code NaN} for the intercept
 */
public record OlsCoefficient(
        String term,
        double estimate,
        double standardized,
        double standardError,
        double t,
        double p,
        double lower,
        double upper,
        double vif)
        implements Serializable {}
