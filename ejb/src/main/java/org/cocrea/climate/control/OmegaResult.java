package org.cocrea.climate.control;

import java.io.Serializable;
import java.util.List;

/**
 * McDonald's omega total from a one-factor model fitted by minimum residuals to the item
 * correlation matrix (see {@link ScaleReliability#omega(double[][])}).
 *
 * @param items number of items (k)
 * @param respondentsUsed respondents with an answer to every item
 * @param respondentsDropped respondents left out for a missing answer (listwise deletion)
 * @param omegaTotal 1 − Σψ<sub>i</sub> / 1ᵀR1: the share of the observed variance of the
 *     standardized sum score that is not unique variance (the definition of psych's {@code omega})
 * @param omegaTotalModelImplied (Σλ<sub>i</sub>)² / ((Σλ<sub>i</sub>)² + Σψ<sub>i</sub>): the same
 *     share of the variance the model implies instead of the observed one (McDonald's textbook
 *     form); equal to {@code omegaTotal} when the model fits perfectly
 * @param loadings standardized loadings λ<sub>i</sub>, oriented so that their sum is positive
 * @param uniquenesses ψ<sub>i</sub> = 1 − λ<sub>i</sub>²
 * @param heywoodCase true if a loading reached ±1 or beyond (a uniqueness ≤ 0): the one-factor
 *     solution is then improper and omega should not be reported
 * @param rootMeanSquareResidual root mean square of the off-diagonal residuals r<sub>ij</sub> −
 *     λ<sub>i</sub>λ<sub>j</sub>, a quick measure of fit
 */
public record OmegaResult(
        int items,
        int respondentsUsed,
        int respondentsDropped,
        double omegaTotal,
        double omegaTotalModelImplied,
        List<Double> loadings,
        List<Double> uniquenesses,
        boolean heywoodCase,
        double rootMeanSquareResidual)
        implements Serializable {

    public OmegaResult {
        loadings = List.copyOf(loadings);
        uniquenesses = List.copyOf(uniquenesses);
    }
}
