package org.cocrea.analytics.control;

/**
 * Values of the moderator W at which PROCESS probes conditional effects (unless values are given
 * explicitly, or W is dichotomous, in which case its two values are used).
 */
public enum ProcessConditioning {
    /**
     * The 16th, 50th and 84th percentiles of W, PROCESS 4's default. PROCESS (checked against the
     * source of PROCESS for R 4.3.1) computes them as Hyndman and Fan's type 6 (R's {@code quantile(w, c(.16, .5, .84), type = 6)}): sorted
     * w, h = p(n + 1), value = w₍⌊h⌋₎ + (h − ⌊h⌋)(w₍⌊h⌋₊₁₎ − w₍⌊h⌋₎), clamped to the observed range.
     */
    PERCENTILES,
    /**
     * Mean − 1 SD, mean, mean + 1 SD of W (PROCESS {@code moments=1}); a value outside the observed
     * range is replaced by the minimum or maximum, as PROCESS does, and flagged.
     */
    MEAN_AND_SD
}
