package org.cocrea.climate.control;

import java.io.Serializable;

/**
 * One-way random-effects ANOVA of a score on the grouping, with ICC(1), ICC(2) and the F test.
 *
 * @param respondents N, respondents with a score
 * @param groups G, groups with at least one respondent
 * @param respondentsDropped rows left out because the score was missing
 * @param meanSquareBetween MSB = Σ n<sub>g</sub>(ȳ<sub>g</sub> − ȳ)² / (G − 1)
 * @param meanSquareWithin MSW = ΣΣ(y − ȳ<sub>g</sub>)² / (N − G)
 * @param averageGroupSize N / G, the group size ICC(1) uses (as multilevel's {@code ICC1})
 * @param icc1 ICC(1) = (MSB − MSW) / (MSB + (N/G − 1)·MSW)
 * @param icc2 ICC(2) = (MSB − MSW) / MSB
 * @param f F = MSB / MSW
 * @param dfBetween G − 1
 * @param dfWithin N − G
 * @param p P(F<sub>G−1, N−G</sub> ≥ F), the p-value of the test that the groups do not differ
 */
public record IccResult(
        int respondents,
        int groups,
        int respondentsDropped,
        double meanSquareBetween,
        double meanSquareWithin,
        double averageGroupSize,
        double icc1,
        double icc2,
        double f,
        int dfBetween,
        int dfWithin,
        double p)
        implements Serializable {}
