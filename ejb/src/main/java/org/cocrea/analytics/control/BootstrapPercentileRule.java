package org.cocrea.analytics.control;

/**
 * Which sample quantile definition turns the sorted bootstrap estimates into interval bounds. For a
 * level {@code conf} and B resamples, with x₍₁₎ ≤ … ≤ x₍B₎ the sorted estimates:
 */
public enum BootstrapPercentileRule {
    /**
     * PROCESS's order statistics (as in the source of PROCESS for SPSS 2.x and PROCESS for R 4.3.1): lower = x₍ₗ₎ with l =
     * round(B·(1 − conf)/2), upper = x₍ᵤ₎ with u = trunc(B·conf + B·(1 − conf)/2) + 1, rounding half
     * to even as R's {@code round}. For B = 5,000 and 95%: the 125th and 4,876th estimates; for B =
     * 1,000: the 25th and 976th. The bias-corrected interval uses l = round(B·α₁) and u =
     * trunc(B·α₂) + 1. No interpolation. This is the default.
     */
    PROCESS,
    /**
     * Hyndman and Fan's type 6, R's {@code quantile(x, p, type = 6)} and SPSS's default: h = (B + 1)p,
     * j = ⌊h⌋, Q = (1 − (h − j))·x₍ⱼ₎ + (h − j)·x₍ⱼ₊₁₎, clamped to x₍₁₎ and x₍B₎.
     */
    HYNDMAN_FAN_TYPE_6
}
