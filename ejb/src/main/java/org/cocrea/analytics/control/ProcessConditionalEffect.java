package org.cocrea.analytics.control;

import java.io.Serializable;

/**
 * Effects at one value of the moderator W in PROCESS model 7.
 *
 * @param w the value of W, in the metric of the analysis (centred when X and W were centred)
 * @param wOriginal the same value in W's original metric
 * @param clampedToRange mean ± SD fell outside the observed W and was replaced by its minimum or
 *     maximum (as PROCESS does)
 * @param slope simple slope of X on M at w: a₁ + a₃w
 * @param standardError √(Var a₁ + 2w Cov(a₁, a₃) + w² Var a₃)
 * @param t slope / SE
 * @param p two-sided, residual df of the M model
 * @param lower lower t-based confidence bound of the slope
 * @param upper upper t-based confidence bound of the slope
 * @param indirectEffect conditional indirect effect (a₁ + a₃w)·b with bootstrap SE and interval
 */
public record ProcessConditionalEffect(
        double w,
        double wOriginal,
        boolean clampedToRange,
        double slope,
        double standardError,
        double t,
        double p,
        double lower,
        double upper,
        BootstrapEstimate indirectEffect)
        implements Serializable {}
