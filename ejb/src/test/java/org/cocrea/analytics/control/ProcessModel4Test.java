package org.cocrea.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessModel4Test {

    private static final Map<String, double[]> TAL = AnalyticsReferenceData.dataSet("tal_or.csv");
    private static final Map<String, Double> R = AnalyticsReferenceData.expected();
    private static final Map<String, double[]> R_BOOT = AnalyticsReferenceData.bootstrapExpected();
    private static final RegressionVariable COND = AnalyticsReferenceData.variable(TAL, "cond");
    private static final RegressionVariable PMI = AnalyticsReferenceData.variable(TAL, "pmi");
    private static final RegressionVariable REACTION = AnalyticsReferenceData.variable(TAL, "reaction");

    @Test
    void handComputedMediationOnFiveRowsTwice() {
        // x = 1..5, m = 1,3,2,5,4, y = 2,5,3,8,7 (each row twice: slopes unchanged).
        // Centred sums: Sxx = 10, Smm = 10, Sxm = 8, Sxy = 13, Smy = 16.
        // a = 8/10; [c', b] solves [[10, 8], [8, 10]] [c', b] = [13, 16]: c' = 2/36, b = 56/36; c = 13/10.
        RegressionVariable x = RegressionVariable.of("X", 1, 2, 3, 4, 5, 1, 2, 3, 4, 5);
        RegressionVariable m = RegressionVariable.of("M", 1, 3, 2, 5, 4, 1, 3, 2, 5, 4);
        RegressionVariable y = RegressionVariable.of("Y", 2, 5, 3, 8, 7, 2, 5, 3, 8, 7);

        ProcessModel4Result r =
                ProcessModel4.run(x, m, y, List.of(), ProcessOptions.defaults().withResamples(0));

        assertThat(r.a().estimate()).isCloseTo(0.8, within(1e-14));
        assertThat(r.directEffect().estimate()).isCloseTo(2.0 / 36, within(1e-14));
        assertThat(r.b().estimate()).isCloseTo(56.0 / 36, within(1e-14));
        assertThat(r.totalEffect().estimate()).isCloseTo(1.3, within(1e-14));
        assertThat(r.indirectEffect().estimate()).isCloseTo(0.8 * 56 / 36, within(1e-14));
        // OLS identity c = c' + ab
        assertThat(r.directEffect().estimate() + r.indirectEffect().estimate())
                .isCloseTo(r.totalEffect().estimate(), within(1e-14));
        assertThat(r.indirectEffect().lower()).isNaN();
        assertThat(r.bootstrap().resamples()).isZero();
    }

    @Test
    void matchesHayesPmiExampleAndRsLm() {
        ProcessModel4Result r = ProcessModel4.run(
                COND, PMI, REACTION, List.of(), ProcessOptions.defaults().withResamples(0));

        // Hayes (2022), chapter 3, as printed
        assertThat(r.a().estimate()).isCloseTo(0.4765, within(5e-5));
        assertThat(r.b().estimate()).isCloseTo(0.5064, within(5e-5));
        assertThat(r.directEffect().estimate()).isCloseTo(0.2544, within(5e-5));
        assertThat(r.totalEffect().estimate()).isCloseTo(0.4957, within(5e-5));
        assertThat(r.indirectEffect().estimate()).isCloseTo(0.2413, within(5e-5));
        // R's lm, far tighter than the 1e-6 required
        assertThat(r.a().estimate()).isCloseTo(R.get("m4.a"), within(1e-12));
        assertThat(r.a().standardError()).isCloseTo(R.get("m4.a.se"), within(1e-12));
        assertThat(r.b().estimate()).isCloseTo(R.get("m4.b"), within(1e-12));
        assertThat(r.b().standardError()).isCloseTo(R.get("m4.b.se"), within(1e-12));
        assertThat(r.directEffect().estimate()).isCloseTo(R.get("m4.cprime"), within(1e-12));
        assertThat(r.directEffect().standardError()).isCloseTo(R.get("m4.cprime.se"), within(1e-12));
        assertThat(r.totalEffect().estimate()).isCloseTo(R.get("m4.c"), within(1e-12));
        assertThat(r.totalEffect().standardError()).isCloseTo(R.get("m4.c.se"), within(1e-12));
        assertThat(r.totalEffect().p()).isCloseTo(R.get("m4.c.p"), within(1e-12));
        assertThat(r.indirectEffect().estimate()).isCloseTo(R.get("m4.indirect"), within(1e-12));
        assertThat(r.mediatorModel().rSquared()).isCloseTo(R.get("m4.m.r2"), within(1e-12));
        assertThat(r.outcomeModel().rSquared()).isCloseTo(R.get("m4.y.r2"), within(1e-12));
        assertThat(r.n()).isEqualTo(123);

        ProcessNormalTheoryTest sobel = r.normalTheoryTest();
        double a = r.a().estimate();
        double b = r.b().estimate();
        double se = Math.sqrt(a * a * Math.pow(r.b().standardError(), 2) + b * b * Math.pow(r.a().standardError(), 2));
        assertThat(sobel.standardError()).isCloseTo(se, within(1e-15));
        assertThat(sobel.z()).isCloseTo(a * b / se, within(1e-12));
    }

    @Test
    void matchesRWithCovariatesInBothEquations() {
        ProcessModel4Result r = ProcessModel4.run(
                COND,
                PMI,
                REACTION,
                List.of(AnalyticsReferenceData.variable(TAL, "gender"), AnalyticsReferenceData.variable(TAL, "age")),
                ProcessOptions.defaults().withResamples(0));

        assertThat(r.a().estimate()).isCloseTo(R.get("m4cov.a"), within(1e-12));
        assertThat(r.b().estimate()).isCloseTo(R.get("m4cov.b"), within(1e-12));
        assertThat(r.directEffect().estimate()).isCloseTo(R.get("m4cov.cprime"), within(1e-12));
        assertThat(r.totalEffect().estimate()).isCloseTo(R.get("m4cov.c"), within(1e-12));
        assertThat(r.indirectEffect().estimate()).isCloseTo(R.get("m4cov.indirect"), within(1e-12));
        assertThat(r.mediatorModel().coefficients())
                .extracting(OlsCoefficient::term)
                .containsExactly(OlsRegression.INTERCEPT, "cond", "gender", "age");
        assertThat(r.outcomeModel().coefficients())
                .extracting(OlsCoefficient::term)
                .containsExactly(OlsRegression.INTERCEPT, "cond", "pmi", "gender", "age");
    }

    /** The reference test: R's 1,000 resamples of Tal_Or replayed; intervals equal to 1e-9. */
    @Test
    void replaysRsResamplesToTheSameIntervals() {
        int[][] indices = AnalyticsReferenceData.resampleIndices("tal_or_boot_indices.csv");
        assertThat(indices).hasNumberOfRows(1000);

        ProcessModel4Result process =
                ProcessModel4.replay(COND, PMI, REACTION, List.of(), indices, ProcessOptions.defaults());
        ProcessModel4Result type6 = ProcessModel4.replay(
                COND,
                PMI,
                REACTION,
                List.of(),
                indices,
                ProcessOptions.defaults().withPercentileRule(BootstrapPercentileRule.HYNDMAN_FAN_TYPE_6));
        ProcessModel4Result bc = ProcessModel4.replay(
                COND,
                PMI,
                REACTION,
                List.of(),
                indices,
                ProcessOptions.defaults().withCiMethod(BootstrapCiMethod.BIAS_CORRECTED));

        assertInterval(process.indirectEffect(), R_BOOT.get("m4.indirect.process"));
        assertInterval(type6.indirectEffect(), R_BOOT.get("m4.indirect.type6"));
        assertInterval(bc.indirectEffect(), R_BOOT.get("m4.indirect.bc"));
        assertThat(process.indirectEffect().bootstrapSe()).isCloseTo(R_BOOT.get("m4.indirect.se")[0], within(1e-9));
        double[] draws = process.indirectEffect().draws();
        assertThat(draws[0]).isCloseTo(R_BOOT.get("m4.indirect.first3")[0], within(1e-12));
        assertThat(draws[1]).isCloseTo(R_BOOT.get("m4.indirect.first3")[1], within(1e-12));
        assertThat(process.bootstrap().seed()).isNull();
        assertThat(process.bootstrap().resamples()).isEqualTo(1000);
    }

    /** The per-resample Cholesky solve against QR fits (OlsRegression) of the same resampled rows. */
    /** PROCESS's rule needs more resamples than these few; type 6 takes any number. */
    private static final ProcessOptions FEW_RESAMPLES =
            ProcessOptions.defaults().withPercentileRule(BootstrapPercentileRule.HYNDMAN_FAN_TYPE_6);

    @Test
    void choleskyOnCrossProductsAgreesWithQr() {
        int[][] indices = AnalyticsReferenceData.resampleIndices("tal_or_boot_indices.csv");
        int[][] some = {indices[0], indices[1], indices[2], indices[500], indices[999]};
        List<RegressionVariable> covariates =
                List.of(AnalyticsReferenceData.variable(TAL, "gender"), AnalyticsReferenceData.variable(TAL, "age"));
        double[] draws = ProcessModel4.replay(COND, PMI, REACTION, covariates, some, FEW_RESAMPLES)
                .indirectEffect()
                .draws();
        for (int r = 0; r < some.length; r++) {
            List<RegressionVariable> resampled = new ArrayList<>();
            for (String name : List.of("cond", "pmi", "reaction", "gender", "age")) {
                double[] v = TAL.get(name);
                double[] out = new double[some[r].length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = v[some[r][i]];
                }
                resampled.add(new RegressionVariable(name, out));
            }
            double qr = ProcessModel4.run(
                            resampled.get(0),
                            resampled.get(1),
                            resampled.get(2),
                            resampled.subList(3, 5),
                            ProcessOptions.defaults().withResamples(0))
                    .indirectEffect()
                    .estimate();
            assertThat(draws[r]).as("resample %d", r).isCloseTo(qr, within(1e-12));
        }
    }

    @Test
    void seededRunIsReproducibleAndCoversTheEstimate() {
        ProcessOptions options = ProcessOptions.defaults().withResamples(500).withSeed(42);
        ProcessModel4Result first = ProcessModel4.run(COND, PMI, REACTION, List.of(), options);
        ProcessModel4Result again = ProcessModel4.run(COND, PMI, REACTION, List.of(), options);

        assertThat(again.indirectEffect()).usingRecursiveComparison().isEqualTo(first.indirectEffect());
        assertThat(first.indirectEffect().lower())
                .isLessThan(first.indirectEffect().estimate());
        assertThat(first.indirectEffect().upper())
                .isGreaterThan(first.indirectEffect().estimate());
        // same order as R's 1,000 resamples (SE 0.131)
        assertThat(first.indirectEffect().bootstrapSe()).isBetween(0.10, 0.16);
        assertThat(first.bootstrap().seed()).isEqualTo(42L);
    }

    private static void assertInterval(BootstrapEstimate e, double[] expected) {
        assertThat(e.lower()).isCloseTo(expected[0], within(1e-9));
        assertThat(e.upper()).isCloseTo(expected[1], within(1e-9));
    }
}
