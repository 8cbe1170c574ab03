package org.cocrea.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EvidenceDemoTest {

    @Test
    void zScoresHaveMeanZeroAndUnitStandardDeviation() {
        double[] z = EvidenceDemo.z(new double[] {2, 4, 4, 4, 5, 5, 7, 9});

        double mean = 0;
        for (double v : z) {
            mean += v;
        }
        assertThat(mean / z.length).isCloseTo(0, within(1e-12));
        // sample SD of the data is 2.138; (9 - 5) / 2.138 = 1.871
        assertThat(z[7]).isCloseTo(4 / Math.sqrt(32.0 / 7), within(1e-12));
        assertThat(EvidenceDemo.z(new double[] {3, 3})).containsExactly(0, 0);
    }

    @Test
    void poissonDrawsHaveTheirMean() {
        Random rnd = new Random(1);
        double sum = 0;
        for (int i = 0; i < 20_000; i++) {
            sum += EvidenceDemo.poisson(4.0, rnd);
        }
        assertThat(sum / 20_000).isCloseTo(4.0, within(0.05));
        assertThat(EvidenceDemo.poisson(0, rnd)).isZero();
    }
}
