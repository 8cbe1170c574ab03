package org.cocrea.climate.control;

import java.io.Serializable;

/**
 * Item analysis of one item of a scale, computed on the complete (listwise) rows.
 *
 * @param item the item's position, counted from 1
 * @param mean the item mean
 * @param standardDeviation the item standard deviation (denominator n − 1)
 * @param itemTotalCorrelation Pearson correlation of the item with the scale total that includes
 *     it (psych's {@code raw.r})
 * @param correctedItemTotalCorrelation correlation of the item with the total of the other items
 *     (psych's {@code r.drop}); the usual item-discrimination index
 * @param alphaIfDeleted raw Cronbach's alpha of the scale without this item; NaN for a two-item
 *     scale, where one item is left and alpha is undefined
 * @param standardizedAlphaIfDeleted standardized alpha of the scale without this item; NaN for a
 *     two-item scale
 */
public record ItemStatistics(
        int item,
        double mean,
        double standardDeviation,
        double itemTotalCorrelation,
        double correctedItemTotalCorrelation,
        double alphaIfDeleted,
        double standardizedAlphaIfDeleted)
        implements Serializable {}
