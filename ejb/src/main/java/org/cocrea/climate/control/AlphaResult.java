package org.cocrea.climate.control;

import java.io.Serializable;
import java.util.List;

/**
 * Cronbach's alpha of a scale with its item analysis.
 *
 * @param items number of items (k)
 * @param respondentsUsed respondents with an answer to every item, on which everything is computed
 * @param respondentsDropped respondents left out because at least one answer was missing
 *     (listwise deletion)
 * @param alpha raw alpha from the covariance matrix (psych's {@code raw_alpha})
 * @param standardizedAlpha alpha from the correlation matrix, i.e. of the standardized items
 *     (psych's {@code std.alpha})
 * @param averageInterItemCorrelation mean of the k(k − 1)/2 inter-item correlations
 * @param itemStatistics one entry per item, in column order
 */
public record AlphaResult(
        int items,
        int respondentsUsed,
        int respondentsDropped,
        double alpha,
        double standardizedAlpha,
        double averageInterItemCorrelation,
        List<ItemStatistics> itemStatistics)
        implements Serializable {

    public AlphaResult {
        itemStatistics = List.copyOf(itemStatistics);
    }
}
