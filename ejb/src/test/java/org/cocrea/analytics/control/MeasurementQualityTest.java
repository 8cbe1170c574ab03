package org.cocrea.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementQualityTest {

    private static final double EXACT = 1e-9;
    private static final double LAVAAN_DEFAULT = 1e-6;

    /**
     * HolzingerSwineford1939: CR, AVE, ω, α, factor correlations and HTMT computed by formula in
     * {@code cfa-hs1939.R} from lavaan's standardised solution and the raw correlations.
     */
    @Test
    void holzingerSwinefordMatchesTheRComputation() {
        CovarianceData data = CfaTestData.holzingerSwineford();
        CfaResult cfa = CfaFit.fit(CfaTestData.threeFactorModel(), data);
        MeasurementQualityReport q = MeasurementQuality.assess(cfa, data);
        assertThat(q.warnings()).isEmpty();

        // factor: CR, AVE, sqrt(AVE), omega, alpha at lavaan's exact optimum, then from lavaan's default fit
        Object[][] expected = {
            {"visual", 0.625838220670107, 0.370983778017935, 0.609084376763954, 0.625317757621379, 0.626117131884981},
            {"textual", 0.88500135520172, 0.71953006665303, 0.848251181344907, 0.885175378229229, 0.882706912875796},
            {"speed", 0.691373623011794, 0.429792536312898, 0.655585643766624, 0.687760079478281, 0.688455022985003},
        };
        Object[][] lavaanDefault = {
            {"visual", 0.625838444362658, 0.370983987216832, 0.60908454849621, 0.625318015570728},
            {"textual", 0.885001335532406, 0.719530027692828, 0.848251158379892, 0.885175360316964},
            {"speed", 0.691373580804138, 0.4297924960497, 0.655585613058814, 0.687760037205504},
        };
        for (int i = 0; i < expected.length; i++) {
            var c = q.construct((String) expected[i][0]);
            assertThat(c.compositeReliability()).isCloseTo((double) expected[i][1], within(EXACT));
            assertThat(c.averageVarianceExtracted()).isCloseTo((double) expected[i][2], within(EXACT));
            assertThat(c.sqrtAverageVarianceExtracted()).isCloseTo((double) expected[i][3], within(EXACT));
            assertThat(c.omega()).isCloseTo((double) expected[i][4], within(EXACT));
            assertThat(c.alpha()).isCloseTo((double) expected[i][5], within(1e-12));
            assertThat(c.compositeReliability()).isCloseTo((double) lavaanDefault[i][1], within(LAVAAN_DEFAULT));
            assertThat(c.averageVarianceExtracted()).isCloseTo((double) lavaanDefault[i][2], within(LAVAAN_DEFAULT));
            assertThat(c.sqrtAverageVarianceExtracted())
                    .isCloseTo((double) lavaanDefault[i][3], within(LAVAAN_DEFAULT));
            assertThat(c.omega()).isCloseTo((double) lavaanDefault[i][4], within(LAVAAN_DEFAULT));
        }
        assertThat(q.htmt("visual", "textual")).isCloseTo(0.424323042412548, within(1e-12));
        assertThat(q.htmt("visual", "speed")).isCloseTo(0.42354186901874, within(1e-12));
        assertThat(q.htmt("speed", "textual")).isCloseTo(0.289567862761083, within(1e-12));
        assertThat(q.fornellLarcker("visual", "textual").correlation()).isCloseTo(0.458509338075717, within(EXACT));
        assertThat(q.fornellLarcker("visual", "speed").correlation()).isCloseTo(0.470534752307027, within(EXACT));
        assertThat(q.fornellLarcker("textual", "speed").correlation()).isCloseTo(0.282984819279476, within(EXACT));
        // sqrt(AVE) 0.609 / 0.848 / 0.656 all exceed the correlations (max 0.471)
        assertThat(q.fornellLarcker()).hasSize(3).allMatch(MeasurementQualityReport.FornellLarckerPair::passed);
        assertThat(q.htmt()).hasSize(3).allMatch(MeasurementQualityReport.HtmtPair::below085);
        assertThat(q.discriminantValidity()).isTrue();
    }

    @Test
    void alphaOfTwoItemsByHand() {
        // k/(k−1)·(1 − tr/total) = 2·(1 − 2/3)
        assertThat(MeasurementQuality.alpha(new double[][] {{1, .5}, {.5, 1}})).isCloseTo(2.0 / 3, within(1e-15));
        assertThatThrownBy(() -> MeasurementQuality.alpha(new double[][] {{1}}))
                .hasMessageContaining("at least two items");
    }

    @Test
    void compositeReliabilityAndAveByHand() {
        double[] l = {0.7, 0.8, 0.9};
        // (2.4)² / ((2.4)² + 0.51 + 0.36 + 0.19)
        assertThat(MeasurementQuality.compositeReliability(l)).isCloseTo(5.76 / 6.82, within(1e-15));
        assertThat(MeasurementQuality.averageVarianceExtracted(l)).isCloseTo(1.94 / 3, within(1e-15));
    }

    @Test
    void htmtByHandWithSignedAndAbsoluteCorrelations() {
        // r(a1,a2) = .64, r(b1,b2) = .36, all heterotrait r = .24 → .24 / sqrt(.64 · .36) = .5
        double[][] r = {
            {1, .64, .24, .24},
            {.64, 1, .24, .24},
            {.24, .24, 1, .36},
            {.24, .24, .36, 1},
        };
        var data = CovarianceData.ofCovariance(List.of("a1", "a2", "b1", "b2"), r, 100, CovarianceData.Divisor.N);
        assertThat(MeasurementQuality.htmt(data, List.of("a1", "a2"), List.of("b1", "b2")))
                .isCloseTo(0.5, within(1e-15));
        // b2 reverse-keyed: signed monotrait mean of b is negative → undefined; absolute → .5 again
        double[][] reversed = {
            {1, .64, .24, -.24},
            {.64, 1, .24, -.24},
            {.24, .24, 1, -.36},
            {-.24, -.24, -.36, 1},
        };
        var rev = CovarianceData.ofCovariance(List.of("a1", "a2", "b1", "b2"), reversed, 100, CovarianceData.Divisor.N);
        assertThat(MeasurementQuality.htmt(rev, List.of("a1", "a2"), List.of("b1", "b2")))
                .isNaN();
        assertThat(MeasurementQuality.htmt(rev, List.of("a1", "a2"), List.of("b1", "b2"), true))
                .isCloseTo(0.5, within(1e-15));
        assertThatThrownBy(() -> MeasurementQuality.htmt(data, List.of("a1", "a2"), List.of("a2", "b1")))
                .hasMessageContaining("'a2' belongs to both");
    }

    /**
     * Population covariance of two factors correlating .95, each with three standardised loadings
     * of .6: the CFA recovers it exactly, √AVE = .6 < .95 fails Fornell–Larcker and HTMT = .95.
     */
    @Test
    void fornellLarckerFailsForNearlyIdenticalFactors() {
        List<String> names = List.of("a1", "a2", "a3", "b1", "b2", "b3");
        double[][] sigma = new double[6][6];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                boolean same = (i < 3) == (j < 3);
                sigma[i][j] = i == j ? 1.0 : (same ? 0.36 : 0.36 * 0.95);
            }
        }
        var data = CovarianceData.ofCovariance(names, sigma, 500, CovarianceData.Divisor.N);
        var model = CfaModel.builder()
                .factor("A", "a1", "a2", "a3")
                .factor("B", "b1", "b2", "b3")
                .build();
        CfaResult cfa = CfaFit.fit(model, data);
        assertThat(cfa.fit().chiSquare()).isCloseTo(0, within(1e-9));
        assertThat(cfa.factorCorrelation("A", "B")).isCloseTo(0.95, within(1e-9));
        MeasurementQualityReport q = MeasurementQuality.assess(cfa, data);
        assertThat(q.construct("A").averageVarianceExtracted()).isCloseTo(0.36, within(1e-9));
        assertThat(q.construct("A").compositeReliability()).isCloseTo(3.24 / (3.24 + 1.92), within(1e-9));
        // parallel items: ω of the raw sum equals CR of the standardised items
        assertThat(q.construct("B").omega()).isCloseTo(3.24 / (3.24 + 1.92), within(1e-9));
        var fl = q.fornellLarcker("A", "B");
        assertThat(fl.passed()).isFalse();
        assertThat(fl.sqrtAve1()).isCloseTo(0.6, within(1e-9));
        assertThat(q.htmt("A", "B")).isCloseTo(0.95, within(1e-12));
        assertThat(q.htmt().get(0).below085()).isFalse();
        assertThat(q.htmt().get(0).below090()).isFalse();
        assertThat(q.discriminantValidity()).isFalse();
    }
}
