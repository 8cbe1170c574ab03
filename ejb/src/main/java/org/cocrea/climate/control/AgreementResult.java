package org.cocrea.climate.control;

import java.io.Serializable;
import java.util.List;

/**
 * r<sub>wg</sub> or r<sub>wg(j)</sub> for every group, with summaries over the groups.
 *
 * @param items J, the number of items (1 for r<sub>wg</sub>)
 * @param expectedVariance σ²<sub>EU</sub>, the variance of the uniform null distribution
 * @param groups per group, in the groups' natural order (as R's {@code split} orders them)
 * @param groupsWithIndex groups with at least 2 respondents, for which the index is defined
 * @param truncatedGroups groups whose index was set to 0 because the observed variance exceeded
 *     the expected variance
 * @param mean mean of the defined group indices (NaN if none)
 * @param median median of the defined group indices (NaN if none)
 * @param respondentsDropped rows left out because an answer was missing (listwise)
 */
public record AgreementResult<K>(
        int items,
        double expectedVariance,
        List<GroupAgreement<K>> groups,
        int groupsWithIndex,
        int truncatedGroups,
        double mean,
        double median,
        int respondentsDropped)
        implements Serializable {

    public AgreementResult {
        groups = List.copyOf(groups);
    }
}
