package org.cocrea.analytics.control;

import java.io.Serializable;
import java.util.List;

/**
 * PROCESS model 4, simple mediation X → M → Y (covariates in both equations).
 *
 * @param n complete cases used
 * @param excludedCases cases dropped for a missing value
 * @param x name of X
 * @param m name of M
 * @param y name of Y
 * @param covariates names of the covariates
 * @param mediatorModel M = i₁ + aX (+ covariates)
 * @param outcomeModel Y = i₂ + c′X + bM (+ covariates)
 * @param totalEffectModel Y = i₃ + cX (+ covariates)
 * @param a the X → M path
 * @param b the M → Y path controlling for X
 * @param directEffect c′
 * @param totalEffect c (= c′ + ab)
 * @param indirectEffect ab with bootstrap SE and interval
 * @param normalTheoryTest Sobel test of ab
 * @param bootstrap how the bootstrap was done
 */
public record ProcessModel4Result(
        int n,
        int excludedCases,
        String x,
        String m,
        String y,
        List<String> covariates,
        OlsResult mediatorModel,
        OlsResult outcomeModel,
        OlsResult totalEffectModel,
        OlsCoefficient a,
        OlsCoefficient b,
        OlsCoefficient directEffect,
        OlsCoefficient totalEffect,
        BootstrapEstimate indirectEffect,
        ProcessNormalTheoryTest normalTheoryTest,
        ProcessBootstrapInfo bootstrap)
        implements Serializable {

    public ProcessModel4Result {
        covariates = List.copyOf(covariates);
    }
}
