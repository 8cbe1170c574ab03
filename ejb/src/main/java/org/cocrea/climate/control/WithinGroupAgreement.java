package org.cocrea.climate.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Within-group interrater agreement r<sub>wg</sub> (one item) and r<sub>wg(j)</sub> (a scale of J
 * parallel items) against the uniform ("rectangular") null distribution (James, Demaree &amp; Wolf
 * 1984).
 *
 * <p>For an A-point scale the variance expected if members answered at random is σ²<sub>EU</sub>
 * = (A² − 1)/12 (2 for a 5-point scale). For one item, r<sub>wg</sub> = 1 − s²/σ²<sub>EU</sub>
 * with s² the within-group variance; for J items, with s̄² the mean of the J within-group item
 * variances, r<sub>wg(j)</sub> = J(1 − s̄²/σ²<sub>EU</sub>) / (J(1 − s̄²/σ²<sub>EU</sub>) +
 * s̄²/σ²<sub>EU</sub>), the Spearman–Brown form of the single-item index.
 *
 * <p>Conventions follow the R package multilevel's {@code rwg} and {@code rwg.j} (Bliese 2000,
 * 2016): rows with any missing answer are dropped; variances use the n − 1 denominator; when the
 * observed (mean) variance exceeds σ²<sub>EU</sub> it is set to σ²<sub>EU</sub>, so the index is
 * 0 rather than negative (or, for r<sub>wg(j)</sub>, rather than outside 0..1), as James et al.
 * recommend; a group of one respondent has no index (NaN, R's NA); mean and median are taken over
 * the groups with an index.
 *
 * <p>Timing note (2-core build machine, measured once, not a test): one pass over the data with
 * Welford updates per group and item; 100,000 respondents × 40 items in 2,000 groups take about
 * 0.1 s.
 */
public final class WithinGroupAgreement {

    private final int scalePoints;
    private final double expectedVariance;

    /**
     * @param scalePoints A, the number of answer options of the scale, answers coded 1..A
     * @throws IllegalArgumentException if A &lt; 2
     */
    public WithinGroupAgreement(int scalePoints) {
        Inputs.checkScalePoints(scalePoints);
        this.scalePoints = scalePoints;
        this.expectedVariance = ((double) scalePoints * scalePoints - 1) / 12.0;
    }

    /** A, the number of answer options. */
    public int scalePoints() {
        return scalePoints;
    }

    /** σ²<sub>EU</sub> = (A² − 1)/12, the variance of the discrete uniform distribution on 1..A. */
    public double expectedVariance() {
        return expectedVariance;
    }

    /**
     * r<sub>wg</sub> of one item per group.
     *
     * @param answers one answer per respondent, 1..A, NaN = missing (the row is dropped)
     * @param groups the group of each respondent, same length, no nulls
     * @throws IllegalArgumentException on mismatched lengths, null groups, answers outside 1..A, or
     *     fewer than 2 respondents with an answer
     */
    public <K extends Comparable<? super K>> AgreementResult<K> rwg(double[] answers, List<K> groups) {
        Inputs.notNull(answers, "answers");
        double[][] matrix = new double[answers.length][];
        for (int i = 0; i < answers.length; i++) {
            matrix[i] = new double[] {answers[i]};
        }
        return compute(matrix, groups);
    }

    /**
     * r<sub>wg(j)</sub> of a J-item scale per group.
     *
     * @param responses respondents × items, answers 1..A, NaN = missing (the row is dropped)
     * @param groups the group of each respondent (row), no nulls
     * @throws IllegalArgumentException on a ragged or empty matrix, mismatched lengths, null
     *     groups, answers outside 1..A, or fewer than 2 complete respondents
     */
    public <K extends Comparable<? super K>> AgreementResult<K> rwgJ(double[][] responses, List<K> groups) {
        return compute(responses, groups);
    }

    private <K extends Comparable<? super K>> AgreementResult<K> compute(double[][] responses, List<K> groups) {
        int items = Inputs.checkMatrix(responses, 1, scalePoints);
        List<K> order = new ArrayList<>();
        int[] groupOf = Inputs.groupIndex(groups, responses.length, order);
        int g = order.size();
        int[] count = new int[g];
        double[] mean = new double[g * items];
        double[] m2 = new double[g * items];
        int dropped = 0;
        for (int r = 0; r < responses.length; r++) {
            double[] row = responses[r];
            boolean complete = true;
            for (double v : row) {
                if (Double.isNaN(v)) {
                    complete = false;
                    break;
                }
            }
            if (!complete) {
                dropped++;
                continue;
            }
            int gi = groupOf[r];
            int n = ++count[gi];
            int base = gi * items;
            for (int j = 0; j < items; j++) {
                double delta = row[j] - mean[base + j];
                mean[base + j] += delta / n;
                m2[base + j] += delta * (row[j] - mean[base + j]);
            }
        }
        if (responses.length - dropped < 2) {
            throw new IllegalArgumentException("fewer than 2 respondents answered every item ("
                    + (responses.length - dropped) + " of " + responses.length + " rows are complete)");
        }
        List<GroupAgreement<K>> result = new ArrayList<>();
        double[] defined = new double[g];
        int withIndex = 0;
        int truncatedGroups = 0;
        for (int gi = 0; gi < g; gi++) {
            if (count[gi] == 0) {
                continue; // every row of this group had a missing answer: like R, it disappears
            }
            if (count[gi] < 2) {
                result.add(new GroupAgreement<>(order.get(gi), count[gi], Double.NaN, Double.NaN, false));
                continue;
            }
            double s = 0;
            for (int j = 0; j < items; j++) {
                s += m2[gi * items + j] / (count[gi] - 1);
            }
            s /= items;
            boolean truncated = s > expectedVariance;
            double index = index(s, items);
            result.add(new GroupAgreement<>(order.get(gi), count[gi], s, index, truncated));
            defined[withIndex++] = index;
            if (truncated) {
                truncatedGroups++;
            }
        }
        return new AgreementResult<>(
                items,
                expectedVariance,
                result,
                withIndex,
                truncatedGroups,
                mean(defined, withIndex),
                median(defined, withIndex),
                dropped);
    }

    /**
     * r<sub>wg(j)</sub> of one group from its mean within-group item variance, for callers that
     * already hold the group's variances (e.g. summed over an organisation tree): the same formula
     * and truncation as {@link #rwgJ(double[][], List)}. With {@code items} = 1 it is r<sub>wg</sub>.
     *
     * @param meanObservedVariance s̄², the mean over the J items of the within-group item variances
     *     (denominator n − 1); above σ²<sub>EU</sub> it is set to σ²<sub>EU</sub> (index 0)
     * @param items J, at least 1
     * @throws IllegalArgumentException if the variance is negative or not finite, or J &lt; 1
     */
    public double index(double meanObservedVariance, int items) {
        if (!(meanObservedVariance >= 0) || Double.isInfinite(meanObservedVariance)) {
            throw new IllegalArgumentException(
                    "mean observed variance must be finite and not negative, was " + meanObservedVariance);
        }
        if (items < 1) {
            throw new IllegalArgumentException("items must be at least 1, was " + items);
        }
        double ratio = Math.min(meanObservedVariance, expectedVariance) / expectedVariance;
        return items * (1 - ratio) / (items * (1 - ratio) + ratio);
    }

    private static double mean(double[] values, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += values[i];
        }
        return sum / n;
    }

    private static double median(double[] values, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
