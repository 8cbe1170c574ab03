package org.cocrea.analytics.control;

import java.io.Serializable;
import java.util.List;

/**
 * PROCESS model 7, first-stage moderated mediation: M = a₀ + a₁X + a₂W + a₃XW (+ covariates), Y =
 * c′₀ + c′X + bM (+ covariates).
 *
 * @param n complete cases used
 * @param excludedCases cases dropped for a missing value
 * @param x name of X
 * @param w name of W
 * @param m name of M
 * @param y name of Y
 * @param covariates names of the covariates
 * @param centred whether X and W were mean-centred before forming X·W
 * @param xMean mean subtracted from X (0 when not centred)
 * @param wMean mean subtracted from W (0 when not centred)
 * @param productTerm name of the X·W term in {@code mediatorModel}, "X*W" from the columns' names
 * @param mediatorModel the M equation with coefficient table
 * @param outcomeModel the Y equation with coefficient table
 * @param a1 X → M at W = 0
 * @param a2 W → M at X = 0
 * @param a3 the X·W interaction
 * @param b M → Y controlling for X
 * @param directEffect c′, the (unconditional) direct effect of X on Y
 * @param indexOfModeratedMediation a₃·b with bootstrap SE and interval
 * @param conditioning how the probed W values were chosen: "percentiles", "mean and SD",
 *     "dichotomous" or "custom"
 * @param conditionalEffects the simple slopes X → M and conditional indirect effects at the probed
 *     values of W
 * @param johnsonNeyman Johnson–Neyman regions for the X → M slope
 * @param bootstrap how the bootstrap was done
 */
public record ProcessModel7Result(
        int n,
        int excludedCases,
        String x,
        String w,
        String m,
        String y,
        List<String> covariates,
        boolean centred,
        double xMean,
        double wMean,
        String productTerm,
        OlsResult mediatorModel,
        OlsResult outcomeModel,
        OlsCoefficient a1,
        OlsCoefficient a2,
        OlsCoefficient a3,
        OlsCoefficient b,
        OlsCoefficient directEffect,
        BootstrapEstimate indexOfModeratedMediation,
        String conditioning,
        List<ProcessConditionalEffect> conditionalEffects,
        ProcessJohnsonNeyman johnsonNeyman,
        ProcessBootstrapInfo bootstrap)
        implements Serializable {

    public ProcessModel7Result {
        covariates = List.copyOf(covariates);
        conditionalEffects = List.copyOf(conditionalEffects);
    }
}
