package org.cocrea.analytics.data;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.analytics.data.ColumnMapping.Construct;
import org.cocrea.climate.control.ScaleReliability;

/**
 * Item answers and scores of the constructs on the rows analysed.
 *
 * <p>Reverse-keyed items are turned around as scalePoints + 1 − answer ({@link
 * ScaleReliability#reverse(double, int)}). A respondent's construct score is the mean of the
 * (reverse-keyed) items, NaN if an item is missing. For a construct declared {@code aggregate}, the
 * value used in the analyses is the mean score of the respondent's unit; the individual score stays
 * available for agreement statistics.
 */
public final class ConstructScores {

    private record Scored(Construct construct, double[][] items, double[] scores, double[] values) {}

    private final Map<String, Scored> scored;
    private final int size;

    private ConstructScores(Map<String, Scored> scored, int size) {
        this.scored = scored;
        this.size = size;
    }

    /**
     * Scores the constructs.
     *
     * @param constructs the constructs to score
     * @param columns the raw answers of every item column on the rows analysed (all of the same
     *     length), already checked to lie on the scale
     * @param groups the unit of each row; needed only when a construct is aggregated, otherwise may be
     *     null
     * @throws IllegalArgumentException if an item column is not given, or a construct is aggregated
     *     and no groups are given
     */
    public static ConstructScores compute(
            Collection<Construct> constructs, Map<String, double[]> columns, String[] groups) {
        Map<String, Scored> out = new LinkedHashMap<>();
        int n = -1;
        for (Construct c : constructs) {
            int k = c.items().size();
            double[][] items = null;
            for (int j = 0; j < k; j++) {
                String column = c.items().get(j);
                double[] raw = columns.get(column);
                if (raw == null) {
                    throw new IllegalArgumentException("no values for item column " + column);
                }
                if (items == null) {
                    n = raw.length;
                    items = new double[n][k];
                }
                boolean reverse = c.reverse().contains(column);
                for (int i = 0; i < n; i++) {
                    items[i][j] = reverse ? ScaleReliability.reverse(raw[i], c.scalePoints()) : raw[i];
                }
            }
            if (items == null) {
                throw new IllegalArgumentException("construct " + c.name() + " has no items");
            }
            double[] scores = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    sum += items[i][j];
                }
                scores[i] = sum / k;
            }
            double[] values = scores;
            if (c.aggregate()) {
                if (groups == null) {
                    throw new IllegalArgumentException("construct " + c.name() + " is aggregated but no groups given");
                }
                values = unitMeans(scores, groups);
            }
            out.put(c.name(), new Scored(c, items, scores, values));
        }
        return new ConstructScores(out, Math.max(n, 0));
    }

    /** Mean of the finite values per group, given back per row (NaN for a group without values). */
    static double[] unitMeans(double[] values, String[] groups) {
        Map<String, double[]> sums = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i])) {
                double[] s = sums.computeIfAbsent(groups[i], g -> new double[2]);
                s[0] += values[i];
                s[1]++;
            }
        }
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double[] s = sums.get(groups[i]);
            out[i] = s == null ? Double.NaN : s[0] / s[1];
        }
        return out;
    }

    /** Number of rows scored. */
    public int size() {
        return size;
    }

    public boolean has(String construct) {
        return scored.containsKey(construct);
    }

    /** The construct's item answers, rows × items, reverse-keyed items already turned (a copy). */
    public double[][] items(String construct) {
        double[][] items = get(construct).items();
        double[][] copy = new double[items.length][];
        for (int i = 0; i < items.length; i++) {
            copy[i] = items[i].clone();
        }
        return copy;
    }

    /** Each respondent's own score: the mean of the construct's items (a copy). */
    public double[] scores(String construct) {
        return get(construct).scores().clone();
    }

    /**
     * The values the analyses use: the respondent's score, or for an aggregated construct the unit
     * mean (a copy).
     */
    public double[] values(String construct) {
        return get(construct).values().clone();
    }

    private Scored get(String construct) {
        Scored s = scored.get(construct);
        if (s == null) {
            throw new IllegalArgumentException("no construct " + construct);
        }
        return s;
    }
}
