package org.cocrea.climate.control;

import java.io.Serializable;

/**
 * How well a factor measures, over the whole organisation.
 *
 * @param factorKey the factor
 * @param items the number of items of the factor
 * @param alpha Cronbach's alpha of the factor's scored items ({@link ScaleReliability#alpha}); not
 *     computable for a single item, or when an item or the sum has no variance
 * @param omega McDonald's omega total ({@link ScaleReliability#omega}); needs at least 3 items (a
 *     one-factor model of 2 items is not identified), and is not reported for an improper
 *     (Heywood) solution
 * @param icc1 ICC(1) of the respondents' factor scores grouped by their own unit (not rolled up),
 *     counting only units with at least 2 respondents ({@link IntraclassCorrelation})
 * @param icc2 ICC(2), likewise
 * @param reading the plain reading of the two ICCs
 */
public record FactorQuality(
        String factorKey,
        int items,
        Coefficient alpha,
        Coefficient omega,
        Coefficient icc1,
        Coefficient icc2,
        ClimateReading reading)
        implements Serializable {}
