package org.cocrea.climate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.hipparchus.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;

class ScaleReliabilityTest {

    private static final double R_TOLERANCE = 1e-12;

    /** bfi A1..A5 (6-point), A1 reversed by the caller; 91 of 2800 rows have a missing answer. */
    private static double[][] agreeableness() {
        double[][] m = ReferenceData.load("bfi-agreeableness.csv").matrix("A1", "A2", "A3", "A4", "A5");
        for (double[] row : m) {
            row[0] = ScaleReliability.reverse(row[0], 6);
        }
        return m;
    }

    @Test
    void agreeablenessMatchesPsychAlpha() {
        AlphaResult a = ScaleReliability.alpha(agreeableness(), 6);

        assertThat(a.items()).isEqualTo(5);
        assertThat(a.respondentsUsed()).isEqualTo(2709);
        assertThat(a.respondentsDropped()).isEqualTo(91);
        assertThat(a.alpha()).isCloseTo(0.703755894374836, within(R_TOLERANCE));
        assertThat(a.standardizedAlpha()).isCloseTo(0.713501552634643, within(R_TOLERANCE));
        assertThat(a.averageInterItemCorrelation()).isCloseTo(0.332480716458041, within(R_TOLERANCE));

        double[] rawR = {0.579096473517546, 0.728183897262683, 0.761692269131660, 0.654864656283934, 0.686101019597164};
        double[] rDrop = {0.311401300580162, 0.563015475492023, 0.588773078677353, 0.394793680111273, 0.487240867629001
        };
        double[] alphaDrop = {
            0.717972056565048, 0.618481211772761, 0.600753814422001, 0.686944741539779, 0.644622304221595
        };
        double[] stdAlphaDrop = {
            0.725037178895752, 0.626632393054737, 0.613085035526677, 0.694197296578555, 0.656937406415605
        };
        List<ItemStatistics> items = a.itemStatistics();
        for (int i = 0; i < 5; i++) {
            assertThat(items.get(i).item()).isEqualTo(i + 1);
            assertThat(items.get(i).itemTotalCorrelation()).isCloseTo(rawR[i], within(R_TOLERANCE));
            assertThat(items.get(i).correctedItemTotalCorrelation()).isCloseTo(rDrop[i], within(R_TOLERANCE));
            assertThat(items.get(i).alphaIfDeleted()).isCloseTo(alphaDrop[i], within(R_TOLERANCE));
            assertThat(items.get(i).standardizedAlphaIfDeleted()).isCloseTo(stdAlphaDrop[i], within(R_TOLERANCE));
        }
        // psych's item.stats: A1 mean 4.5876707, sd 1.4045753 (after reversing)
        assertThat(items.get(0).mean()).isCloseTo(4.5876707, within(1e-7));
        assertThat(items.get(0).standardDeviation()).isCloseTo(1.4045753, within(1e-7));
    }

    @Test
    void attitudeMatchesPsychAlphaWithoutAScaleRange() {
        ReferenceData attitude = ReferenceData.load("attitude.csv");
        AlphaResult a = ScaleReliability.alpha(
                attitude.matrix("rating", "complaints", "privileges", "learning", "raises", "critical", "advance"));

        assertThat(a.alpha()).isCloseTo(0.84314276956476, within(R_TOLERANCE));
        assertThat(a.standardizedAlpha()).isCloseTo(0.839083803029511, within(R_TOLERANCE));
        assertThat(a.respondentsDropped()).isZero();
    }

    @Test
    void agreeablenessOmegaMatchesTheMinresFitInR() {
        OmegaResult o = ScaleReliability.omega(agreeableness(), 6);

        assertThat(o.respondentsUsed()).isEqualTo(2709);
        assertThat(o.respondentsDropped()).isEqualTo(91);
        // R: the same minres criterion, solved by iterated principal axes to 1e-15
        double[] tight = {0.376955909942750, 0.677845292324573, 0.757086797178441, 0.480753423858440, 0.612879372579349
        };
        for (int i = 0; i < 5; i++) {
            assertThat(o.loadings().get(i)).isCloseTo(tight[i], within(1e-9));
            assertThat(o.uniquenesses().get(i)).isCloseTo(1 - tight[i] * tight[i], within(1e-9));
        }
        assertThat(o.omegaTotal()).isCloseTo(0.72372436439982, within(1e-10));
        assertThat(o.omegaTotalModelImplied()).isCloseTo(0.723983600226451, within(1e-10));
        // psych::omega(x, nfactors = 1)$omega.tot: its optim fit stops earlier (loadings off by
        // up to 6e-7), so the omega it reports agrees to 1e-8 only
        assertThat(o.omegaTotal()).isCloseTo(0.723724356915045, within(1e-8));
        assertThat(o.heywoodCase()).isFalse();
        assertThat(o.rootMeanSquareResidual()).isBetween(0.0, 0.1);
    }

    @Test
    void handComputedAlphaOfAPerfectlyParallelPair() {
        // two identical items: covariance matrix [[v, v], [v, v]], alpha = 2 (1 - 2v / 4v) = 1
        double[][] m = {{1, 1}, {2, 2}, {4, 4}, {5, 5}};
        AlphaResult a = ScaleReliability.alpha(m, 5);

        assertThat(a.alpha()).isCloseTo(1.0, within(1e-15));
        assertThat(a.standardizedAlpha()).isCloseTo(1.0, within(1e-15));
        assertThat(a.itemStatistics().get(0).alphaIfDeleted()).isNaN();
    }

    @Test
    void handComputedAlphaOfThreeItems() {
        // items x, y, z on 4 respondents
        double[][] m = {{1, 2, 2}, {2, 2, 3}, {3, 4, 3}, {4, 4, 5}};
        // covariances (n-1 = 3): var x = 5/3, var y = 4/3, var z = 4.75/3, cov xy = 4/3, cov xz = 4.5/3, cov yz = 1
        double trace = (5 + 4 + 4.75) / 3;
        double total = trace + 2 * (4 + 4.5 + 3) / 3;
        AlphaResult a = ScaleReliability.alpha(m);

        assertThat(a.alpha()).isCloseTo(1.5 * (1 - trace / total), within(1e-14));
        // without z: k = 2, alpha = 2 (1 - (5/3 + 4/3) / (5/3 + 4/3 + 8/3))
        assertThat(a.itemStatistics().get(2).alphaIfDeleted()).isCloseTo(2 * (1 - 3 / (17 / 3.0)), within(1e-14));
    }

    @Test
    void threeItemsAreFittedExactlySoTheLoadingsHaveAClosedForm() {
        // with 3 items the one-factor model reproduces the 3 correlations exactly:
        // lambda1 = sqrt(r12 r13 / r23), and so on
        double[][] all = agreeableness();
        double[][] m = java.util.Arrays.stream(all)
                .filter(row -> !Double.isNaN(row[0] + row[1] + row[2]))
                .map(row -> java.util.Arrays.copyOf(row, 3))
                .toArray(double[][]::new);
        double[][] r = new PearsonsCorrelation(m).getCorrelationMatrix().getData();
        double[] expected = {
            Math.sqrt(r[0][1] * r[0][2] / r[1][2]),
            Math.sqrt(r[0][1] * r[1][2] / r[0][2]),
            Math.sqrt(r[0][2] * r[1][2] / r[0][1])
        };
        OmegaResult o = ScaleReliability.omega(m, 6);

        for (int i = 0; i < 3; i++) {
            assertThat(o.loadings().get(i)).isCloseTo(expected[i], within(1e-10));
        }
        assertThat(o.rootMeanSquareResidual()).isLessThan(1e-10);
        double sumLambda = expected[0] + expected[1] + expected[2];
        double sumPsi = 3 - expected[0] * expected[0] - expected[1] * expected[1] - expected[2] * expected[2];
        assertThat(o.omegaTotalModelImplied())
                .isCloseTo(sumLambda * sumLambda / (sumLambda * sumLambda + sumPsi), within(1e-10));
        assertThat(o.omegaTotal()).isCloseTo(o.omegaTotalModelImplied(), within(1e-10));
    }

    @Test
    void flagsAHeywoodCase() {
        // population correlations r12 = r13 = .8, r23 = .5 need lambda1^2 = .64 / .5 = 1.28
        Random random = new Random(7);
        double[][] m = new double[2000][3];
        for (double[] row : m) {
            double z1 = random.nextGaussian();
            double z2 = random.nextGaussian();
            double z3 = random.nextGaussian();
            row[0] = z1;
            row[1] = 0.8 * z1 + 0.6 * z2;
            row[2] = 0.8 * z1 - 0.7 / 3 * z2 + Math.sqrt(1 - 0.64 - 0.49 / 9) * z3;
        }
        OmegaResult o = ScaleReliability.omega(m);

        assertThat(o.heywoodCase()).isTrue();
        assertThat(o.loadings().get(0)).isGreaterThan(1.0);
        assertThat(o.uniquenesses().get(0)).isNegative();
    }

    @Test
    void refusesItemsThatCancelOut() {
        // item 2 is item 1 reverse keyed but not reversed: the sum score is constant
        double[][] m = {{1, 5}, {2, 4}, {4, 2}};
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScaleReliability.alpha(m, 5))
                .withMessageContaining("is a reverse-keyed item not reversed?");
    }

    @Test
    void reversesLikertAnswers() {
        assertThat(ScaleReliability.reverse(1, 5)).isEqualTo(5);
        assertThat(ScaleReliability.reverse(3, 5)).isEqualTo(3);
        assertThat(ScaleReliability.reverse(2, 7)).isEqualTo(6);
        assertThat(ScaleReliability.reverse(6.0, 6)).isEqualTo(1.0);
        assertThat(ScaleReliability.reverse(Double.NaN, 6)).isNaN();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScaleReliability.reverse(0, 5))
                .withMessage("value 0 is outside 1..5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScaleReliability.reverse(6.5, 6))
                .withMessage("value 6.5 is outside 1..6");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScaleReliability.reverse(1, 1))
                .withMessageContaining("scalePoints must be at least 2");
    }

    @Test
    void refusesInputItCannotAnalyse() {
        double[][] outOfRange = new double[12][3];
        for (double[] row : outOfRange) {
            java.util.Arrays.fill(row, 3);
        }
        outOfRange[11][2] = 9;
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScaleReliability.alpha(outOfRange, 5))
                .withMessage("item 3 has a value 9 outside 1..5 at row 12");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScaleReliability.alpha(new double[][] {{1, 2}, {2, 2}, {3, 2}}))
                .withMessageStartingWith("item 2 is constant (every complete respondent answered 2)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScaleReliability.alpha(new double[][] {{1, 2}, {2, Double.NaN}}))
                .withMessageStartingWith("fewer than 2 respondents answered every item (1 of 2 rows are complete)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScaleReliability.alpha(new double[][] {{1}, {2}}))
                .withMessage("responses has 1 item column(s); at least 2 are needed");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScaleReliability.omega(new double[][] {{1, 2}, {2, 1}}))
                .withMessage("responses has 2 item column(s); at least 3 are needed");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScaleReliability.alpha(null))
                .withMessage("responses must not be null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScaleReliability.alpha(new double[][] {{1, 2}, null}))
                .withMessage("row 2 is null");
    }
}
