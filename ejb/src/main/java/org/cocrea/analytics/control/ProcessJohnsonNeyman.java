package org.cocrea.analytics.control;

import java.io.Serializable;
import java.util.List;

/**
 * Johnson–Neyman analysis of the X → M slope a₁ + a₃w over the moderator W: the values of W where
 * the slope's t equals the critical t, found by solving (a₁ + a₃w)² − t²(V₁₁ + 2wV₁₃ + w²V₃₃) = 0.
 * All values are in the metric of the analysis (centred when X and W were centred); boundaries also
 * carry the original metric.
 *
 * @param criticalT two-sided critical t at the run's confidence level
 * @param df residual degrees of freedom of the M model
 * @param observedMin smallest observed W
 * @param observedMax largest observed W
 * @param boundaries roots of the quadratic in increasing order (0, 1 or 2)
 * @param significantRegions intervals of W where the slope is significant (may be unbounded:
 *     infinite ends); empty when it is significant nowhere
 */
public record ProcessJohnsonNeyman(
        double criticalT,
        int df,
        double observedMin,
        double observedMax,
        List<Boundary> boundaries,
        List<Region> significantRegions)
        implements Serializable {

    public ProcessJohnsonNeyman {
        boundaries = List.copyOf(boundaries);
        significantRegions = List.copyOf(significantRegions);
    }

    /**
     * A value of W where significance changes.
     *
     * @param w the boundary
     * @param wOriginal the boundary in W's original metric
     * @param withinObservedRange whether observedMin ≤ w ≤ observedMax
     * @param percentBelow percentage of cases with W below the boundary
     * @param percentAbove percentage of cases with W above the boundary
     */
    public record Boundary(
            double w, double wOriginal, boolean withinObservedRange, double percentBelow, double percentAbove)
            implements Serializable {}

    /**
     * A closed interval of W where the slope is significant.
     *
     * @param from lower end, {@link Double#NEGATIVE_INFINITY} when unbounded
     * @param to upper end, {@link Double#POSITIVE_INFINITY} when unbounded
     */
    public record Region(double from, double to) implements Serializable {

        public boolean contains(double w) {
            return w >= from && w <= to;
        }
    }

    /** Whether the slope is significant at w. */
    public boolean significantAt(double w) {
        return significantRegions.stream().anyMatch(r -> r.contains(w));
    }
}
