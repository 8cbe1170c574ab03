package org.cocrea.climate.control;

import java.io.Serializable;
import java.util.List;

/**
 * How answers spread over the scale, as shares (0..1) of all answers counted.
 *
 * <p>Answers are counted after scoring, i.e. with reverse-keyed items reversed, so that the top of
 * the scale is always the favourable end. The favourable, neutral and unfavourable shares group
 * the points around the middle of the scale: on a 5-point scale the top two points (4, 5), the
 * middle point (3) and the bottom two (1, 2); on a 7-point scale the top three (5–7), the middle
 * (4) and the bottom three (1–3). The three shares add up to 1.
 *
 * @param shares the share of answers at each point, index 0 for point 1
 * @param favourable share above the middle point
 * @param neutral share at the middle point
 * @param unfavourable share below the middle point
 */
public record Distribution(List<Double> shares, double favourable, double neutral, double unfavourable)
        implements Serializable {

    public Distribution {
        shares = List.copyOf(shares);
    }

    /**
     * The distribution of counts per scale point.
     *
     * @param counts answers at each point, index 0 for point 1; its length is the number of points
     *     (odd)
     * @throws IllegalArgumentException if nothing was counted
     */
    static Distribution of(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        if (total <= 0) {
            throw new IllegalArgumentException("no answers to describe");
        }
        int middle = counts.length / 2; // index of the middle point: 2 on 5 points, 3 on 7
        Double[] shares = new Double[counts.length];
        long below = 0;
        long above = 0;
        for (int p = 0; p < counts.length; p++) {
            shares[p] = (double) counts[p] / total;
            if (p < middle) {
                below += counts[p];
            } else if (p > middle) {
                above += counts[p];
            }
        }
        return new Distribution(
                List.of(shares), (double) above / total, (double) counts[middle] / total, (double) below / total);
    }
}
