package org.cocrea.climate.control;

import java.io.Serializable;

/**
 * A group's result on one factor (subscale). A respondent's factor score is the mean of their
 * scored answers (reverse-keyed items reversed) to the factor's items.
 *
 * @param factorKey the factor, as in the instrument
 * @param mean the mean factor score
 * @param standardDeviation the standard deviation of the factor scores (denominator n − 1)
 * @param distribution the scored answers to all the factor's items, pooled
 * @param rwgJ r<sub>wg(j)</sub> against the uniform null distribution of the scale (see {@link
 *     WithinGroupAgreement}); for the organisation as a whole it is reported like for any group
 * @param lacksAgreement true if r<sub>wg(j)</sub> is below {@link RoundResultsCalculator#AGREEMENT_CUT_OFF}
 *     (.70): members disagree too much for the mean to stand for the group
 * @param change the mean minus the same group's mean on this factor in the previous round; null
 *     when there is no previous round, or the group's result was not shown in it or is not
 *     comparable (see {@link RoundResultsCalculator})
 */
public record FactorResult(
        String factorKey,
        double mean,
        double standardDeviation,
        Distribution distribution,
        double rwgJ,
        boolean lacksAgreement,
        Double change)
        implements Serializable {}
