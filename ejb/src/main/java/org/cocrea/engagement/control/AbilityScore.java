package org.cocrea.engagement.control;

/**
 * One ability of one stakeholder, with both paths.
 *
 * @param ability which ability
 * @param score 0..100: the weighted mean of the path percentiles with evidence; 0 without any
 * @param resultRaw the result-oriented raw score; NaN without evidence
 * @param resultPercentile its percentile rank in the population, 0..100; NaN without evidence
 * @param processRaw the process-oriented raw score; NaN without evidence
 * @param processPercentile its percentile rank, 0..100; NaN without evidence
 */
public record AbilityScore(
        Ability ability,
        double score,
        double resultRaw,
        double resultPercentile,
        double processRaw,
        double processPercentile) {

    /** Whether at least one path has evidence. */
    public boolean hasEvidence() {
        return !Double.isNaN(resultPercentile) || !Double.isNaN(processPercentile);
    }

    /** On how many paths (0, 1, 2) the score rests. */
    public int pathsWithEvidence() {
        return (Double.isNaN(resultPercentile) ? 0 : 1) + (Double.isNaN(processPercentile) ? 0 : 1);
    }
}
