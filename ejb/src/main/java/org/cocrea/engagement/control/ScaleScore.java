package org.cocrea.engagement.control;

/**
 * A respondent's mean answer on a Likert scale (1..{@code scalePoints}), e.g. the mean of the
 * twelve items of the customer-engagement instrument on its 7-point scale.
 *
 * @param mean the mean answer, 1 ≤ mean ≤ scalePoints
 * @param scalePoints the number of answer options, at least 2
 */
public record ScaleScore(double mean, int scalePoints) {

    public ScaleScore {
        if (scalePoints < 2) {
            throw new IllegalArgumentException("scalePoints must be at least 2, was " + scalePoints);
        }
        if (!(mean >= 1 && mean <= scalePoints)) {
            throw new IllegalArgumentException(
                    "mean must lie within 1.." + scalePoints + " (the scale's answers), was " + mean);
        }
    }

    /** The mean on 0..1: (mean − 1) / (scalePoints − 1); 4 on a 7-point scale → 0.5. */
    public double toUnit() {
        return (mean - 1) / (scalePoints - 1);
    }

    /** The mean on 0..100: 100 × {@link #toUnit()}. */
    public double to100() {
        return 100 * toUnit();
    }
}
