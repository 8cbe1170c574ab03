package org.cocrea.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessModel7Test {

    private static final Map<String, double[]> GARCIA = AnalyticsReferenceData.dataSet("garcia.csv");
    private static final Map<String, Double> R = AnalyticsReferenceData.expected();
    private static final Map<String, double[]> R_BOOT = AnalyticsReferenceData.bootstrapExpected();
    private static final RegressionVariable PROTEST = AnalyticsReferenceData.variable(GARCIA, "prot2");
    private static final RegressionVariable SEXISM = AnalyticsReferenceData.variable(GARCIA, "sexism");
    private static final RegressionVariable RESPAPPR = AnalyticsReferenceData.variable(GARCIA, "respappr");
    private static final RegressionVariable LIKING = AnalyticsReferenceData.variable(GARCIA, "liking");
    private static final ProcessOptions NO_BOOT = ProcessOptions.defaults().withResamples(0);

    @Test
    void matchesRsLmOnGarcia() {
        ProcessModel7Result r = ProcessModel7.run(PROTEST, SEXISM, RESPAPPR, LIKING, List.of(), NO_BOOT);

        assertThat(r.mediatorModel().coefficient(OlsRegression.INTERCEPT).estimate())
                .isCloseTo(R.get("m7.a0"), within(1e-10));
        assertThat(r.a1().estimate()).isCloseTo(R.get("m7.a1"), within(1e-10));
        assertThat(r.a2().estimate()).isCloseTo(R.get("m7.a2"), within(1e-10));
        assertThat(r.a3().estimate()).isCloseTo(R.get("m7.a3"), within(1e-10));
        assertThat(r.a3().standardError()).isCloseTo(R.get("m7.a3.se"), within(1e-10));
        assertThat(r.a3().p()).isCloseTo(R.get("m7.a3.p"), within(1e-12));
        assertThat(r.mediatorModel().rSquared()).isCloseTo(R.get("m7.m.r2"), within(1e-12));
        assertThat(r.b().estimate()).isCloseTo(R.get("m7.b"), within(1e-12));
        assertThat(r.b().standardError()).isCloseTo(R.get("m7.b.se"), within(1e-12));
        assertThat(r.directEffect().estimate()).isCloseTo(R.get("m7.cprime"), within(1e-12));
        assertThat(r.indexOfModeratedMediation().estimate()).isCloseTo(R.get("m7.index"), within(1e-10));
        assertThat(r.productTerm()).isEqualTo("prot2*sexism");

        assertThat(r.conditioning()).isEqualTo("percentiles");
        assertConditional(r.conditionalEffects(), "pct");
        ProcessModel7Result msd = ProcessModel7.run(
                PROTEST,
                SEXISM,
                RESPAPPR,
                LIKING,
                List.of(),
                NO_BOOT.withConditioning(ProcessConditioning.MEAN_AND_SD));
        assertThat(msd.conditioning()).isEqualTo("mean and SD");
        assertConditional(msd.conditionalEffects(), "msd");
    }

    @Test
    void findsJohnsonNeymanBoundariesLikeR() {
        ProcessJohnsonNeyman jn = ProcessModel7.run(PROTEST, SEXISM, RESPAPPR, LIKING, List.of(), NO_BOOT)
                .johnsonNeyman();

        assertThat(jn.boundaries()).hasSize(2);
        assertThat(jn.boundaries().get(0).w()).isCloseTo(R.get("m7.jn.lo"), within(1e-9));
        assertThat(jn.boundaries().get(1).w()).isCloseTo(R.get("m7.jn.hi"), within(1e-9));
        assertThat(jn.boundaries().get(0).withinObservedRange()).isFalse(); // -0.72, sexism runs 2.87..7
        assertThat(jn.boundaries().get(1).withinObservedRange()).isTrue(); // 4.15
        assertThat(jn.boundaries().get(1).percentBelow()
                        + jn.boundaries().get(1).percentAbove())
                .isCloseTo(100, within(1e-12));
        // a3 is significant, so the slope is significant outside the roots
        assertThat(jn.significantRegions()).hasSize(2);
        assertThat(jn.significantAt(5.0)).isTrue();
        assertThat(jn.significantAt(3.5)).isFalse();
        assertThat(jn.observedMin()).isEqualTo(2.87);
        assertThat(jn.observedMax()).isEqualTo(7.0);
    }

    @Test
    void johnsonNeymanSolvesTheQuadraticByHand() {
        // a1 = 1, a3 = 1, V11 = 1, V13 = 0, V33 = 1/16, t = 2: 0.75w² + 2w − 3 = 0, w = (−2 ± √13)/1.5
        double[] w = {-10, 0, 10};
        ProcessJohnsonNeyman jn = ProcessModel7.johnsonNeyman(1, 1, 1, 0, 1.0 / 16, 2, 100, w, 0);

        assertThat(jn.boundaries())
                .extracting(ProcessJohnsonNeyman.Boundary::w)
                .containsExactly((-2 - Math.sqrt(13)) / 1.5, (-2 + Math.sqrt(13)) / 1.5);
        double root = jn.boundaries().get(1).w();
        double t = (1 + root) / Math.sqrt(1 + root * root / 16);
        assertThat(t).isCloseTo(2, within(1e-12));
        assertThat(jn.significantRegions())
                .containsExactly(
                        new ProcessJohnsonNeyman.Region(Double.NEGATIVE_INFINITY, (-2 - Math.sqrt(13)) / 1.5),
                        new ProcessJohnsonNeyman.Region((-2 + Math.sqrt(13)) / 1.5, Double.POSITIVE_INFINITY));
        assertThat(jn.boundaries().get(1).percentBelow()).isCloseTo(200.0 / 3, within(1e-12));

        // V33 large: A < 0, significant only between the roots; no real roots when the slope is
        // never significant
        ProcessJohnsonNeyman between = ProcessModel7.johnsonNeyman(1, 0.1, 0.01, 0, 1, 2, 100, w, 0);
        assertThat(between.significantRegions()).hasSize(1);
        assertThat(between.significantAt(0)).isTrue();
        assertThat(between.significantAt(10)).isFalse();
        ProcessJohnsonNeyman nowhere = ProcessModel7.johnsonNeyman(0.1, 0.1, 1, 0, 1, 2, 100, w, 0);
        assertThat(nowhere.boundaries()).isEmpty();
        assertThat(nowhere.significantRegions()).isEmpty();
    }

    @Test
    void centringChangesLowerOrderTermsButNotTheIndexOrTheConditionalEffects() {
        ProcessModel7Result raw = ProcessModel7.run(PROTEST, SEXISM, RESPAPPR, LIKING, List.of(), NO_BOOT);
        ProcessModel7Result centred =
                ProcessModel7.run(PROTEST, SEXISM, RESPAPPR, LIKING, List.of(), NO_BOOT.withCentre(true));

        assertThat(centred.a1().estimate()).isCloseTo(R.get("m7c.a1"), within(1e-10));
        assertThat(centred.a2().estimate()).isCloseTo(R.get("m7c.a2"), within(1e-10));
        assertThat(centred.a3().estimate()).isCloseTo(R.get("m7c.a3"), within(1e-10));
        assertThat(centred.indexOfModeratedMediation().estimate()).isCloseTo(R.get("m7c.index"), within(1e-10));
        assertThat(centred.centred()).isTrue();
        assertThat(centred.wMean()).isCloseTo(R.get("m7.msd2.w"), within(1e-12));
        for (int i = 0; i < 3; i++) {
            ProcessConditionalEffect a = raw.conditionalEffects().get(i);
            ProcessConditionalEffect c = centred.conditionalEffects().get(i);
            assertThat(c.wOriginal()).isCloseTo(a.w(), within(1e-12));
            assertThat(c.slope()).isCloseTo(a.slope(), within(1e-10));
            assertThat(c.standardError()).isCloseTo(a.standardError(), within(1e-10));
            assertThat(c.indirectEffect().estimate())
                    .isCloseTo(a.indirectEffect().estimate(), within(1e-10));
        }
        assertThat(centred.johnsonNeyman().boundaries().get(1).wOriginal()).isCloseTo(R.get("m7.jn.hi"), within(1e-9));
    }

    /** R's 500 resamples of Garcia replayed: index of moderated mediation and conditional indirect effects. */
    @Test
    void replaysRsResamplesToTheSameIntervals() {
        int[][] indices = AnalyticsReferenceData.resampleIndices("garcia_boot_indices.csv");
        ProcessModel7Result process = ProcessModel7.replay(
                PROTEST,
                SEXISM,
                RESPAPPR,
                LIKING,
                List.of(),
                indices,
                ProcessOptions.defaults().withParallelism(2));
        ProcessModel7Result type6 = ProcessModel7.replay(
                PROTEST,
                SEXISM,
                RESPAPPR,
                LIKING,
                List.of(),
                indices,
                ProcessOptions.defaults().withPercentileRule(BootstrapPercentileRule.HYNDMAN_FAN_TYPE_6));
        ProcessModel7Result bc = ProcessModel7.replay(
                PROTEST,
                SEXISM,
                RESPAPPR,
                LIKING,
                List.of(),
                indices,
                ProcessOptions.defaults().withCiMethod(BootstrapCiMethod.BIAS_CORRECTED));

        assertInterval(process.indexOfModeratedMediation(), R_BOOT.get("m7.index.process"));
        assertInterval(type6.indexOfModeratedMediation(), R_BOOT.get("m7.index.type6"));
        assertInterval(bc.indexOfModeratedMediation(), R_BOOT.get("m7.index.bc"));
        for (int i = 0; i < 3; i++) {
            BootstrapEstimate e = process.conditionalEffects().get(i).indirectEffect();
            assertInterval(e, R_BOOT.get("m7.pct" + (i + 1) + ".indirect.process"));
            assertThat(e.bootstrapSe()).isCloseTo(R_BOOT.get("m7.pct" + (i + 1) + ".indirect.se")[0], within(1e-9));
        }
    }

    /** PROCESS's rule needs more resamples than these few; type 6 takes any number. */
    private static final ProcessOptions FEW_RESAMPLES =
            ProcessOptions.defaults().withPercentileRule(BootstrapPercentileRule.HYNDMAN_FAN_TYPE_6);

    @Test
    void choleskyOnCrossProductsAgreesWithQrWithCovariates() {
        int[][] indices = AnalyticsReferenceData.resampleIndices("garcia_boot_indices.csv");
        int[][] some = {indices[0], indices[250], indices[499]};
        RegressionVariable anger = AnalyticsReferenceData.variable(GARCIA, "anger");
        double[] draws = ProcessModel7.replay(PROTEST, SEXISM, RESPAPPR, LIKING, List.of(anger), some, FEW_RESAMPLES)
                .indexOfModeratedMediation()
                .draws();
        for (int r = 0; r < some.length; r++) {
            List<RegressionVariable> v = new ArrayList<>();
            for (String name : List.of("prot2", "sexism", "respappr", "liking", "anger")) {
                double[] src = GARCIA.get(name);
                double[] out = new double[some[r].length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = src[some[r][i]];
                }
                v.add(new RegressionVariable(name, out));
            }
            double qr = ProcessModel7.run(v.get(0), v.get(1), v.get(2), v.get(3), v.subList(4, 5), NO_BOOT)
                    .indexOfModeratedMediation()
                    .estimate();
            assertThat(draws[r]).as("resample %d", r).isCloseTo(qr, within(1e-12));
        }
    }

    @Test
    void probesBothValuesOfADichotomousModeratorAndCustomValues() {
        // swap roles: the binary protest variable moderates sexism -> respappr
        ProcessModel7Result r = ProcessModel7.run(SEXISM, PROTEST, RESPAPPR, LIKING, List.of(), NO_BOOT);
        assertThat(r.conditioning()).isEqualTo("dichotomous");
        assertThat(r.conditionalEffects())
                .extracting(ProcessConditionalEffect::w)
                .containsExactly(0.0, 1.0);

        ProcessModel7Result custom =
                ProcessModel7.run(PROTEST, SEXISM, RESPAPPR, LIKING, List.of(), NO_BOOT.withModeratorValues(4.0, 6.0));
        assertThat(custom.conditioning()).isEqualTo("custom");
        assertThat(custom.conditionalEffects().get(1).slope())
                .isCloseTo(R.get("m7.a1") + 6 * R.get("m7.a3"), within(1e-10));
    }

    @Test
    void meanMinusOneSdBelowTheSmallestWIsReplacedByTheMinimumAndFlagged() {
        // W skewed: mostly 0, one 10 → mean − SD < 0 = min, mean + SD < 10 = max
        double[] wv = {0, 0, 0, 1, 0, 0, 0, 2, 0, 10, 0, 1};
        RegressionVariable x = RegressionVariable.of("X", 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 0);
        RegressionVariable w = new RegressionVariable("W", wv);
        RegressionVariable m = RegressionVariable.of("M", 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8);
        RegressionVariable y = RegressionVariable.of("Y", 2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5);
        ProcessModel7Result r =
                ProcessModel7.run(x, w, m, y, List.of(), NO_BOOT.withConditioning(ProcessConditioning.MEAN_AND_SD));

        double mean = 14.0 / 12;
        double ss = 0;
        for (double v : wv) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / 11);
        List<ProcessConditionalEffect> effects = r.conditionalEffects();
        assertThat(effects.get(0).w()).isEqualTo(0.0);
        assertThat(effects.get(1).w()).isCloseTo(mean, within(1e-12));
        assertThat(effects.get(2).w()).isCloseTo(mean + sd, within(1e-12));
        assertThat(effects).extracting(ProcessConditionalEffect::clampedToRange).containsExactly(true, false, false);
    }

    @Test
    void namesTheProblemWithTheInput() {
        double[] seven = {1, 2, 3, 4, 5, 6, 7, Double.NaN, Double.NaN, Double.NaN};
        RegressionVariable x = RegressionVariable.of("X", 0, 1, 0, 1, 0, 1, 0, 1, 0, 1);
        RegressionVariable w = new RegressionVariable("W", seven);
        RegressionVariable m = RegressionVariable.of("M", 3, 1, 4, 1, 5, 9, 2, 6, 5, 3);
        RegressionVariable y = RegressionVariable.of("Y", 2, 7, 1, 8, 2, 8, 1, 8, 2, 8);
        assertThatThrownBy(() -> ProcessModel7.run(x, w, m, y, List.of(), NO_BOOT))
                .isInstanceOf(RegressionException.class)
                .hasMessage("needs at least 10 complete cases, found 7");

        RegressionVariable constant = RegressionVariable.of("W", 4, 4, 4, 4, 4, 4, 4, 4, 4, 4);
        assertThatThrownBy(() -> ProcessModel7.run(x, constant, m, y, List.of(), NO_BOOT))
                .isInstanceOf(RegressionException.class)
                .hasMessage("column W is constant");
        assertThatThrownBy(() -> ProcessModel7.run(x, x, m, y, List.of(), NO_BOOT))
                .hasMessage("column X is used twice in the model");
        assertThatThrownBy(() -> ProcessModel7.run(x, RegressionVariable.of("W", 1, 2, 3), m, y, List.of(), NO_BOOT))
                .hasMessage("column W has 3 values but column X has 10");
    }

    private static void assertConditional(List<ProcessConditionalEffect> effects, String set) {
        assertThat(effects).hasSize(3);
        for (int i = 0; i < 3; i++) {
            String k = "m7." + set + (i + 1) + ".";
            ProcessConditionalEffect e = effects.get(i);
            assertThat(e.w()).as(k + "w").isCloseTo(R.get(k + "w"), within(1e-12));
            assertThat(e.slope()).as(k + "slope").isCloseTo(R.get(k + "slope"), within(1e-10));
            assertThat(e.standardError()).as(k + "se").isCloseTo(R.get(k + "slope.se"), within(1e-10));
            assertThat(e.p()).as(k + "p").isCloseTo(R.get(k + "slope.p"), within(1e-12));
            assertThat(e.indirectEffect().estimate())
                    .as(k + "indirect")
                    .isCloseTo(R.get(k + "indirect"), within(1e-10));
        }
    }

    private static void assertInterval(BootstrapEstimate e, double[] expected) {
        assertThat(e.lower()).isCloseTo(expected[0], within(1e-9));
        assertThat(e.upper()).isCloseTo(expected[1], within(1e-9));
    }
}
