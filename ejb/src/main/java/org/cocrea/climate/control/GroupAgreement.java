package org.cocrea.climate.control;

import java.io.Serializable;

/**
 * Within-group agreement of one group.
 *
 * @param group the group's identifier
 * @param size respondents of the group used (complete rows)
 * @param meanObservedVariance the mean over the items of the within-group item variances
 *     (denominator n − 1); for a single item simply its variance; NaN for a group of one
 * @param rwg r<sub>wg</sub> (one item) or r<sub>wg(j)</sub> (J items); NaN for a group of one
 *     respondent, where no variance exists (R gives NA)
 * @param truncated true if the observed variance exceeded the expected null variance and was set
 *     to it, which makes the index 0 (the multilevel package's convention)
 */
public record GroupAgreement<K>(K group, int size, double meanObservedVariance, double rwg, boolean truncated)
        implements Serializable {}
