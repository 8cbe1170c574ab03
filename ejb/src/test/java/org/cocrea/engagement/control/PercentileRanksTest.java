package org.cocrea.engagement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PercentileRanksTest {

    @Test
    void tiesShareTheAverageOfTheirRanks() {
        PercentileRanks p = PercentileRanks.of(new double[] {3, 2, 1, 2});
        // n = 4. P(1): 0 below, 1 equal → 100 × (0 + 0.5) / 4 = 12.5
        assertThat(p.percentile(1)).isEqualTo(12.5);
        // P(2): 1 below, 2 equal (ranks 2 and 3, average 2.5) → 100 × (1 + 1) / 4 = 50
        assertThat(p.percentile(2)).isEqualTo(50);
        // P(3): 3 below → 100 × 3.5 / 4 = 87.5
        assertThat(p.percentile(3)).isEqualTo(87.5);
        // a value between members: 3 below, none equal → 75
        assertThat(p.percentile(2.5)).isEqualTo(75);
        assertThat(p.percentile(0)).isZero();
        assertThat(p.percentile(9)).isEqualTo(100);
    }

    @Test
    void aPopulationOfOneOrOfEqualsIsInTheMiddle() {
        assertThat(PercentileRanks.of(new double[] {7}).percentile(7)).isEqualTo(50);
        assertThat(PercentileRanks.of(new double[] {4, 4, 4}).percentile(4)).isEqualTo(50);
    }

    @Test
    void nanIsLeftOutAndAnEmptyPopulationRanksNothing() {
        PercentileRanks p = PercentileRanks.of(new double[] {Double.NaN, 1, 2});
        assertThat(p.size()).isEqualTo(2);
        assertThat(p.percentile(2)).isEqualTo(75);
        assertThat(p.percentile(Double.NaN)).isNaN();
        assertThat(PercentileRanks.of(new double[0]).percentile(1)).isNaN();
    }

    @Test
    void agreesWithCountingOnRandomDataWithManyTies() {
        Random random = new Random(7);
        double[] values = new double[500];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(40);
        }
        PercentileRanks p = PercentileRanks.of(values);
        for (double v : values) {
            int below = 0;
            int equal = 0;
            for (double w : values) {
                below += w < v ? 1 : 0;
                equal += w == v ? 1 : 0;
            }
            assertThat(p.percentile(v)).isCloseTo(100.0 * (below + equal / 2.0) / values.length, within(1e-9));
        }
    }
}
