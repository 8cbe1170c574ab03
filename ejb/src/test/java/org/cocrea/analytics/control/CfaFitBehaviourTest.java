package org.cocrea.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hand-checkable CFA cases: just-identified models, exact population covariances, improper solutions. */
class CfaFitBehaviourTest {

    private static final List<String> XYZ = List.of("x", "y", "z");

    /**
     * One factor, three indicators: df = 0, Σ̂ = S, and with the marker x:
     * λ_y = s_yz/s_xz, λ_z = s_yz/s_xy, φ = s_xy·s_xz/s_yz, θ_i = s_ii − λ_i²φ.
     */
    @Test
    void oneFactorThreeIndicatorsIsJustIdentified() {
        double[][] s = {{2.0, 0.9, 0.7}, {0.9, 1.5, 0.6}, {0.7, 0.6, 1.2}};
        var data = CovarianceData.ofCovariance(XYZ, s, 200, CovarianceData.Divisor.N);
        var model = CfaModel.builder().factor("f", "x", "y", "z").build();
        assertThat(model.degreesOfFreedom()).isZero();
        CfaResult r = CfaFit.fit(model, data);

        double phi = 0.9 * 0.7 / 0.6;
        double ly = 0.6 / 0.7;
        double lz = 0.6 / 0.9;
        assertThat(r.convergence().converged()).isTrue();
        assertThat(r.loading("x").estimate()).isEqualTo(1.0);
        assertThat(r.loading("x").fixed()).isTrue();
        assertThat(r.loading("y").estimate()).isCloseTo(ly, within(1e-10));
        assertThat(r.loading("z").estimate()).isCloseTo(lz, within(1e-10));
        assertThat(r.factorCovariance("f", "f").estimate()).isCloseTo(phi, within(1e-10));
        assertThat(r.residualVariance("x").estimate()).isCloseTo(2.0 - phi, within(1e-10));
        assertThat(r.residualVariance("y").estimate()).isCloseTo(1.5 - ly * ly * phi, within(1e-10));
        assertThat(r.residualVariance("z").estimate()).isCloseTo(1.2 - lz * lz * phi, within(1e-10));
        assertThat(r.loading("y").standardized()).isCloseTo(ly * Math.sqrt(phi / 1.5), within(1e-10));

        CfaFitIndices fit = r.fit();
        assertThat(fit.degreesOfFreedom()).isZero();
        assertThat(fit.chiSquare()).isCloseTo(0, within(1e-10));
        assertThat(fit.pValue()).isNaN();
        assertThat(fit.cfi()).isEqualTo(1.0);
        assertThat(fit.tli()).isEqualTo(1.0);
        assertThat(fit.rmsea()).isZero();
        assertThat(fit.rmseaLower()).isZero();
        assertThat(fit.rmseaUpper()).isZero();
        assertThat(fit.srmr()).isCloseTo(0, within(1e-10));
        assertThat(r.warnings()).isEmpty();
    }

    /** S = Σ(θ₀) exactly: the fit returns θ₀ and perfect fit indices. */
    @Test
    void recoversPopulationParametersFromAnExactCovarianceMatrix() {
        double[] lambda = {1, 0.8, 1.2, 1, 0.5, 0.9, 1, 1.1};
        int[] factor = {0, 0, 0, 1, 1, 1, 2, 2};
        double[][] phi = {{2.0, 0.6, -0.3}, {0.6, 1.0, 0.2}, {-0.3, 0.2, 0.5}};
        double[] theta = {1.0, 0.7, 0.9, 0.4, 0.5, 0.6, 0.3, 0.35};
        double[][] sigma = new double[8][8];
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                sigma[i][j] = lambda[i] * lambda[j] * phi[factor[i]][factor[j]] + (i == j ? theta[i] : 0);
            }
        }
        List<String> names = List.of("a1", "a2", "a3", "b1", "b2", "b3", "c1", "c2");
        var data = CovarianceData.ofCovariance(names, sigma, 250, CovarianceData.Divisor.N);
        var model = CfaModel.builder()
                .factor("A", "a1", "a2", "a3")
                .factor("B", "b1", "b2", "b3")
                .factor("C", "c1", "c2")
                .build();
        CfaResult r = CfaFit.fit(model, data);
        assertThat(r.convergence().converged()).isTrue();
        for (int i = 0; i < 8; i++) {
            assertThat(r.loading(names.get(i)).estimate()).isCloseTo(lambda[i], within(1e-9));
            assertThat(r.residualVariance(names.get(i)).estimate()).isCloseTo(theta[i], within(1e-9));
            CfaResult.Loading l = r.loading(names.get(i));
            assertThat(l.standardError()).isEqualTo(l.fixed() ? 0.0 : l.standardError());
            assertThat(l.fixed() || l.standardError() > 0).isTrue();
        }
        assertThat(r.factorCovariance("A", "C").estimate()).isCloseTo(-0.3, within(1e-9));
        assertThat(r.factorCorrelation("B", "C")).isCloseTo(0.2 / Math.sqrt(0.5), within(1e-9));
        assertThat(r.fit().degreesOfFreedom()).isEqualTo(36 - (5 + 8 + 6));
        assertThat(r.fit().chiSquare()).isCloseTo(0, within(1e-9));
        assertThat(r.fit().cfi()).isEqualTo(1.0);
        assertThat(r.fit().tli()).isGreaterThan(1.0);
        assertThat(r.fit().rmsea()).isZero();
        assertThat(r.fit().rmseaLower()).isZero();
        assertThat(r.fit().rmseaUpper()).isZero();
        assertThat(r.fit().srmr()).isCloseTo(0, within(1e-9));
        assertThat(r.warnings()).isEmpty();
    }

    /**
     * r_xy = r_xz = .8, r_yz = .4: the just-identified solution has λ_x²φ = .8·.8/.4 = 1.6 > 1,
     * i.e. θ_x = −0.6 and a standardised loading above 1. The fit must return it with warnings.
     */
    @Test
    void heywoodCaseIsReportedNotThrown() {
        double[][] s = {{1, .8, .8}, {.8, 1, .4}, {.8, .4, 1}};
        var data = CovarianceData.ofCovariance(XYZ, s, 150, CovarianceData.Divisor.N);
        CfaResult r = CfaFit.fit(CfaModel.builder().factor("f", "x", "y", "z").build(), data);
        assertThat(r.convergence().converged()).isTrue();
        assertThat(r.residualVariance("x").estimate()).isCloseTo(-0.6, within(1e-9));
        assertThat(r.loading("x").standardized()).isCloseTo(Math.sqrt(1.6), within(1e-9));
        assertThat(r.warnings())
                .anyMatch(w -> w.contains("Heywood") && w.contains("'x'") && w.contains("negative"))
                .anyMatch(w -> w.contains("standardised loading of 'x'"));
        assertThat(r.isAdmissible()).isFalse();
        MeasurementQualityReport q = MeasurementQuality.assess(r, data);
        assertThat(q.warnings()).anyMatch(w -> w.contains("not admissible"));
    }

    /** A two-indicator factor unrelated to the rest is not identified: singular information, no SEs. */
    @Test
    void empiricalUnderidentificationIsReported() {
        double[][] s = new double[5][5];
        double[] l = {1, .8, .9};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                s[i][j] = l[i] * l[j] * 0.5 + (i == j ? 0.5 : 0);
            }
        }
        s[3][3] = 1;
        s[4][4] = 1;
        s[3][4] = 0.3;
        s[4][3] = 0.3;
        var data = CovarianceData.ofCovariance(List.of("a1", "a2", "a3", "b1", "b2"), s, 300, CovarianceData.Divisor.N);
        var model = CfaModel.builder()
                .factor("A", "a1", "a2", "a3")
                .factor("B", "b1", "b2")
                .build();
        CfaResult r = CfaFit.fit(model, data);
        assertThat(r.fit().chiSquare()).isCloseTo(0, within(1e-8));
        assertThat(r.warnings()).anyMatch(w -> w.contains("information matrix is singular"));
        assertThat(r.loading("b2").standardError()).isNaN();
    }

    @Test
    void iterationLimitGivesANonConvergenceWarning() {
        CovarianceData data = CfaTestData.holzingerSwineford();
        CfaResult r = CfaFit.fit(
                CfaTestData.threeFactorModel(), data, CfaOptions.defaults().withMaxIterations(1));
        assertThat(r.convergence().converged()).isFalse();
        assertThat(r.convergence().message()).contains("iteration limit");
        assertThat(r.warnings()).anyMatch(w -> w.contains("did not converge"));
        assertThat(r.isAdmissible()).isFalse();
    }

    /** Columns are picked by name: extra and reordered columns do not change the fit. */
    @Test
    void columnOrderAndExtraColumnsDoNotMatter() {
        var rnd = new Random(7);
        double[][] rows = new double[120][4];
        for (double[] row : rows) {
            double f = rnd.nextGaussian();
            row[0] = f + 0.6 * rnd.nextGaussian();
            row[1] = 0.8 * f + 0.6 * rnd.nextGaussian();
            row[2] = rnd.nextGaussian();
            row[3] = 1.2 * f + 0.6 * rnd.nextGaussian();
        }
        var data = CovarianceData.fromRows(List.of("q1", "q2", "noise", "q3"), rows);
        double[][] reordered = new double[120][];
        for (int i = 0; i < 120; i++) {
            reordered[i] = new double[] {rows[i][3], rows[i][0], rows[i][1]};
        }
        var data2 = CovarianceData.fromRows(List.of("q3", "q1", "q2"), reordered);
        var model = CfaModel.builder().factor("f", "q1", "q2", "q3").build();
        CfaResult a = CfaFit.fit(model, data);
        CfaResult b = CfaFit.fit(model, data2);
        assertThat(a.loading("q3").estimate()).isCloseTo(b.loading("q3").estimate(), within(1e-10));
        assertThat(a.residualVariance("q2").estimate())
                .isCloseTo(b.residualVariance("q2").estimate(), within(1e-10));
    }

    /** A larger model with 2-indicator factors converges from the default starts. */
    @Test
    void twoIndicatorFactorsInALargerModel() {
        CovarianceData data = CfaTestData.holzingerSwineford();
        var model = CfaModel.builder()
                .factor("v", "x1", "x2")
                .factor("v2", "x3", "x4")
                .factor("t", "x5", "x6")
                .factor("s", "x7", "x8", "x9")
                .build();
        CfaResult r = CfaFit.fit(model, data);
        assertThat(r.convergence().converged()).isTrue();
        assertThat(r.fit().degreesOfFreedom()).isEqualTo(45 - (5 + 9 + 10));
        assertThat(r.convergence().maxAbsGradient()).isLessThan(1e-8);
    }

    /** Rescaling items (x1 × 1000, x5 × 0.001) changes only the metric of the estimates. */
    @Test
    void resultsAreScaleInvariant() {
        CovarianceData hs = CfaTestData.holzingerSwineford();
        double[][] c = hs.covariance();
        double[] k = {1000, 1, 1, 1, 0.001, 1, 1, 1, 1};
        for (int i = 0; i < 9; i++) {
            for (int j = 0; j < 9; j++) {
                c[i][j] *= k[i] * k[j];
            }
        }
        var scaled = CovarianceData.ofCovariance(hs.names(), c, hs.sampleSize(), CovarianceData.Divisor.N);
        CfaResult a = CfaFit.fit(CfaTestData.threeFactorModel(), hs);
        CfaResult b = CfaFit.fit(CfaTestData.threeFactorModel(), scaled);
        assertThat(b.convergence().converged()).isTrue();
        assertThat(b.fit().chiSquare()).isCloseTo(a.fit().chiSquare(), within(1e-8));
        assertThat(b.fit().srmr()).isCloseTo(a.fit().srmr(), within(1e-12));
        for (int i = 0; i < 9; i++) {
            String x = "x" + (i + 1);
            assertThat(b.loading(x).standardized()).isCloseTo(a.loading(x).standardized(), within(1e-10));
            assertThat(b.residualVariance(x).estimate() / (k[i] * k[i]))
                    .isCloseTo(a.residualVariance(x).estimate(), within(1e-9));
            assertThat(b.loading(x).z()).isEqualTo(a.loading(x).z(), within(1e-8));
        }
        // x2 loads on visual, whose marker x1 was multiplied by 1000
        assertThat(b.loading("x2").estimate() * 1000).isCloseTo(a.loading("x2").estimate(), within(1e-9));
        assertThat(b.loading("x5").estimate() / 0.001).isCloseTo(a.loading("x5").estimate(), within(1e-9));
        assertThat(b.factorCovariance("visual", "visual").estimate() / 1e6)
                .isCloseTo(a.factorCovariance("visual", "visual").estimate(), within(1e-9));
    }
}
