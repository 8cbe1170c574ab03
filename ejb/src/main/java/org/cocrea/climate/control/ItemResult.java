package org.cocrea.climate.control;

import java.io.Serializable;

/**
 * A group's result on one item, on the scored scale: a reverse-keyed item's answers are reversed
 * (points + 1 − answer), so that higher is more favourable for every item.
 *
 * @param itemKey the item, as in the instrument
 * @param factorKey the factor the item belongs to
 * @param reverse whether the item is reverse-keyed (its scores are reversed answers)
 * @param respondents n, the respondents who answered it (every respondent of the group)
 * @param mean the mean score
 * @param standardDeviation the standard deviation of the scores (denominator n − 1)
 * @param distribution the scores over the scale points
 */
public record ItemResult(
        String itemKey,
        String factorKey,
        boolean reverse,
        int respondents,
        double mean,
        double standardDeviation,
        Distribution distribution)
        implements Serializable {}
