package org.cocrea.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

/** Expected values: R's {@code pchisq(x, df, ncp)} and lavaan's RMSEA interval (see cfa-hs1939.R). */
class CfaNoncentralChiSquaredTest {

    @Test
    void cdfMatchesR() {
        double[][] cases = {
            {85.3, 24, 30, 0.984839670149155},
            {10, 3, 0.5, 0.96552026793854},
            {150, 100, 60, 0.328040393909442},
            {700, 400, 250, 0.879323003063351},
            {5, 24, 2, 5.59346000672681e-06},
            {40, 2, 20, 0.960654966894897},
        };
        for (double[] c : cases) {
            double p = CfaNoncentralChiSquared.cdf(c[0], c[1], c[2]);
            assertThat(p).as("x=%s df=%s ncp=%s", c[0], c[1], c[2]).isCloseTo(c[3], within(1e-12 + 1e-9 * c[3]));
        }
    }

    @Test
    void zeroNoncentralityIsTheCentralDistribution() {
        assertThat(CfaNoncentralChiSquared.cdf(30, 24, 0))
                .isEqualTo(ChiSquaredDistribution.of(24).cumulativeProbability(30));
        assertThat(CfaNoncentralChiSquared.cdf(0, 24, 3)).isZero();
    }

    @Test
    void inversionRecoversTheNoncentrality() {
        double lambda = CfaNoncentralChiSquared.noncentralityFor(85.3, 24, 0.95, 85.3);
        assertThat(CfaNoncentralChiSquared.cdf(85.3, 24, lambda)).isCloseTo(0.95, within(1e-13));
    }

    @Test
    void rmseaIntervalsMatchLavaanFormula() {
        // X2, df, N, lower, upper (90%), upper (95%); lower at 95% as listed
        double[][] cases = {
            {20, 24, 301, 0, 0.0369533276579274, 0, 0.0426634563417171},
            {30, 24, 301, 0, 0.0578140541814963, 0, 0.0624413703813036},
            {12, 5, 120, 0.0267726350891671, 0.187958404367347, 0, 0.201576631497254},
            {85.3055217697941, 24, 301, 0.0714184908108582, 0.113678016848385, 0.0672164150356672, 0.117628696849379},
        };
        for (double[] c : cases) {
            double[] ci90 = CfaFit.rmseaInterval(c[0], (int) c[1], (int) c[2], 0.90);
            double[] ci95 = CfaFit.rmseaInterval(c[0], (int) c[1], (int) c[2], 0.95);
            assertThat(ci90[0]).isCloseTo(c[3], within(1e-10));
            assertThat(ci90[1]).isCloseTo(c[4], within(1e-10));
            assertThat(ci95[0]).isCloseTo(c[5], within(1e-10));
            assertThat(ci95[1]).isCloseTo(c[6], within(1e-10));
        }
        // lavaan's own numbers (uniroot() with its default tolerance) differ by < 1e-7
        double[] ci = CfaFit.rmseaInterval(12, 5, 120, 0.90);
        assertThat(ci[0]).isCloseTo(0.0267726298050052, within(1e-7));
        assertThat(ci[1]).isCloseTo(0.187958432893573, within(1e-7));
        assertThat(CfaFit.rmseaInterval(0, 0, 100, 0.9)).containsExactly(0, 0);
    }
}
