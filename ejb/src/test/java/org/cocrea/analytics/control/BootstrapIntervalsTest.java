package org.cocrea.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BootstrapIntervalsTest {

    /** 1, 2, …, B in a scrambled order. */
    private static double[] ranks(int b) {
        double[] out = new double[b];
        for (int i = 0; i < b; i++) {
            out[i] = (i * 7919L) % b + 1;
        }
        return out;
    }

    @Test
    void processUsesTheDocumentedOrderStatistics() {
        assertThat(BootstrapIntervals.processBounds(5000, 0.95)).containsExactly(125, 4876);
        assertThat(BootstrapIntervals.processBounds(1000, 0.95)).containsExactly(25, 976);
        assertThat(BootstrapIntervals.processBounds(10000, 0.90)).containsExactly(500, 9501);
        assertThat(BootstrapIntervals.percentile(ranks(5000), 0.95, BootstrapPercentileRule.PROCESS))
                .containsExactly(125.0, 4876.0);
        assertThatThrownBy(() -> BootstrapIntervals.processBounds(10, 0.99))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("10 bootstrap resamples are too few for a 99.0% percentile interval");
    }

    @Test
    void type6InterpolatesLikeR() {
        // R: quantile(1:1000, c(.025, .975), type = 6) = 25.025, 975.975
        double[] ci = BootstrapIntervals.percentile(ranks(1000), 0.95, BootstrapPercentileRule.HYNDMAN_FAN_TYPE_6);
        assertThat(ci[0]).isCloseTo(25.025, within(1e-12));
        assertThat(ci[1]).isCloseTo(975.975, within(1e-12));
        // beyond the ends: clamped to min and max
        double[] sorted = {1, 2, 3};
        assertThat(BootstrapIntervals.type6(sorted, 0.01)).isEqualTo(1);
        assertThat(BootstrapIntervals.type6(sorted, 0.99)).isEqualTo(3);
        assertThat(BootstrapIntervals.type6(sorted, 0.5)).isEqualTo(2);
        // PROCESS's percentiles of W: 16th of 1..10 is at h = 1.76
        assertThat(BootstrapIntervals.type6(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0.16))
                .isCloseTo(1.76, within(1e-14));
    }

    @Test
    void biasCorrectionVanishesWhenHalfTheDrawsAreBelowTheEstimate() {
        double[] draws = ranks(1000);
        // 500 draws below 500.5: z0 = 0, so BC equals the percentile interval
        double[] bc = BootstrapIntervals.biasCorrected(draws, 500.5, 0.95, BootstrapPercentileRule.PROCESS);
        assertThat(bc).containsExactly(25.0, 976.0, 0.0);
        // all draws below the estimate: z0 = +inf, upper bound clamped to the largest draw
        double[] clamped = BootstrapIntervals.biasCorrected(draws, 2000, 0.95, BootstrapPercentileRule.PROCESS);
        assertThat(clamped[1]).isEqualTo(1000);
        assertThat(clamped[2]).isEqualTo(1);
    }

    @Test
    void summaryHasTheBootstrapStandardError() {
        BootstrapEstimate e = BootstrapIntervals.summarize(
                0.5,
                new double[] {1, 2, 3, 4},
                0.5,
                BootstrapCiMethod.PERCENTILE,
                BootstrapPercentileRule.HYNDMAN_FAN_TYPE_6);
        assertThat(e.bootstrapSe()).isCloseTo(Math.sqrt(5.0 / 3), within(1e-15));
        assertThat(e.lower()).isCloseTo(1.25, within(1e-15)); // h = 5 * 0.25
        assertThat(e.upper()).isCloseTo(3.75, within(1e-15));
        assertThat(e.excludesZero()).isTrue();
    }
}
