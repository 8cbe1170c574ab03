package org.cocrea.engagement.control;

import java.util.Arrays;

/**
 * Percentile ranks against a reference population, with ties averaged (the mid-rank rule).
 *
 * <p>For a value v in a population of n values, P(v) = 100 × (b + e/2) / n, where b is the number
 * of values below v and e the number equal to it. Equivalently, P = 100 × (r − ½) / n with r the
 * average of the ranks the tied values share. So in {1, 2, 2, 3}: P(1) = 12.5, P(2) = 50 (ranks 2
 * and 3 averaged), P(3) = 87.5; a population of one gives 50; everybody equal gives everybody 50.
 * Ranks depend only on order, so any increasing transformation of the raw scores (a log, a cap)
 * gives the same percentiles.
 *
 * <p>Building sorts the values once (O(n log n)); each look-up is two binary searches (O(log n)).
 * This is the cheap separate pass of a population normalisation: raw scores can be updated
 * incrementally, then ranked in one go. NaN values (no evidence) are left out of the population.
 */
public final class PercentileRanks {

    private final double[] sorted;

    private PercentileRanks(double[] sorted) {
        this.sorted = sorted;
    }

    /** The population of the given values, NaN values left out. The array is not changed. */
    public static PercentileRanks of(double[] values) {
        double[] kept = new double[values.length];
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                kept[n++] = v;
            }
        }
        double[] sorted = Arrays.copyOf(kept, n);
        Arrays.sort(sorted);
        return new PercentileRanks(sorted);
    }

    /** How many values the population has. */
    public int size() {
        return sorted.length;
    }

    /**
     * The percentile rank of a value, 0..100 (exclusive at both ends for a non-empty population);
     * NaN when the value is NaN or the population is empty. The value need not be one of the
     * population's.
     */
    public double percentile(double value) {
        int n = sorted.length;
        if (n == 0 || Double.isNaN(value)) {
            return Double.NaN;
        }
        int below = lowerBound(value);
        int upTo = upperBound(value);
        return 100.0 * (below + (upTo - below) / 2.0) / n;
    }

    private int lowerBound(double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int upperBound(double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
