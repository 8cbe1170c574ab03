package org.cocrea.analytics.control;

import java.io.Serializable;

/**
 * How the bootstrap of a PROCESS run was done, for the table's footnote.
 *
 * @param resamples resamples used (0: no bootstrap)
 * @param seed the seed, or {@code null} when given resample indices were replayed
 * @param confidence level of the intervals
 * @param ciMethod percentile or bias-corrected
 * @param percentileRule quantile definition of the bounds
 * @param redrawnResamples resamples that were singular (e.g. a constant column) and were replaced by
 *     fresh draws from the same seeded stream, as PROCESS replaces them
 */
public record ProcessBootstrapInfo(
        int resamples,
        Long seed,
        double confidence,
        BootstrapCiMethod ciMethod,
        BootstrapPercentileRule percentileRule,
        int redrawnResamples)
        implements Serializable {}
