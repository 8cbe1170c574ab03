package org.cocrea.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Input problems are rejected with messages that name the column, factor or row. */
class CfaInputValidationTest {

    @Test
    void indicatorUsedByTwoFactors() {
        assertThatThrownBy(() -> CfaModel.builder()
                        .factor("a", "x1", "x2", "x3")
                        .factor("b", "x3", "x4", "x5")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("indicator 'x3' is used twice")
                .hasMessageContaining("'a'")
                .hasMessageContaining("'b'");
        assertThatThrownBy(
                        () -> CfaModel.builder().factor("a", "x1", "x2", "x1").build())
                .hasMessageContaining("'x1' is listed twice for factor 'a'");
    }

    @Test
    void factorWithOneIndicator() {
        assertThatThrownBy(() -> CfaModel.builder()
                        .factor("a", "x1", "x2", "x3")
                        .factor("lonely", "x4")
                        .build())
                .hasMessageContaining("factor 'lonely' has only one indicator ('x4')");
    }

    @Test
    void otherModelErrors() {
        assertThatThrownBy(() -> CfaModel.builder().build()).hasMessageContaining("at least one factor");
        assertThatThrownBy(() -> CfaModel.builder().factor("a", "x1", "x2").factor("a", "x3", "x4"))
                .hasMessageContaining("factor 'a' is declared twice");
        assertThatThrownBy(() -> CfaModel.builder().factor("a", "x1", "x2").build())
                .hasMessageContaining("not identified")
                .hasMessageContaining("df = -1");
        assertThatThrownBy(() -> CfaModel.builder()
                        .factor("a", "x1", "x2", "b")
                        .factor("b", "x4", "x5")
                        .build())
                .hasMessageContaining("'b' is used both as a factor and as an indicator");
        assertThatThrownBy(() -> CfaModel.builder().factor("a", "x1", null).build())
                .hasMessageContaining("factor 'a' has a blank indicator name");
        assertThatThrownBy(() -> CfaModel.builder().factor("a").build()).hasMessageContaining("no indicators");
    }

    @Test
    void mergeKeepsOrderAndValidates() {
        CfaModel m = CfaTestData.threeFactorModel();
        CfaModel merged = m.merge("visual", "speed");
        assertThat(merged.factors()).containsExactly("visual_speed", "textual");
        assertThat(merged.indicators("visual_speed")).containsExactly("x1", "x2", "x3", "x7", "x8", "x9");
        assertThat(merged.degreesOfFreedom()).isEqualTo(m.degreesOfFreedom() + 2);
        assertThat(m.merge("textual", "speed", "verbal").toLavaanSyntax())
                .isEqualTo("visual =~ x1 + x2 + x3\nverbal =~ x4 + x5 + x6 + x7 + x8 + x9\n");
        assertThatThrownBy(() -> m.merge("visual", "memory")).hasMessageContaining("unknown factor 'memory'");
        assertThatThrownBy(() -> m.merge("visual", "visual")).hasMessageContaining("with itself");
        assertThatThrownBy(() -> m.merge("visual", "speed", "textual")).hasMessageContaining("already exists");
    }

    @Test
    void modelFromMapKeepsOrder() {
        Map<String, List<String>> spec = new LinkedHashMap<>();
        spec.put("z", List.of("c", "d", "e"));
        spec.put("y", List.of("a", "b", "f"));
        CfaModel m = CfaModel.of(spec);
        assertThat(m.factors()).containsExactly("z", "y");
        assertThat(m.indicators()).containsExactly("c", "d", "e", "a", "b", "f");
        assertThat(m.factorOf("a")).isEqualTo("y");
        assertThat(m.freeParameterCount()).isEqualTo(4 + 6 + 3);
    }

    @Test
    void constantColumn() {
        double[][] rows = {{1, 3, 2}, {2, 3, 5}, {3, 3, 1}, {4, 3, 0}, {2, 3, 2}};
        assertThatThrownBy(() -> CovarianceData.fromRows(List.of("a", "const", "c"), rows))
                .hasMessageContaining("column 'const' is constant");
    }

    @Test
    void fewerCasesThanNeeded() {
        double[][] rows = {{1, 2, 3}, {2, 1, 3}, {3, 4, 1}};
        assertThatThrownBy(() -> CovarianceData.fromRows(List.of("a", "b", "c"), rows))
                .hasMessageContaining("fewer cases than needed: N = 3")
                .hasMessageContaining("at least 4");
    }

    @Test
    void nonPositiveDefiniteCovarianceNamesTheDependentColumn() {
        double[][] rows = new double[10][3];
        for (int i = 0; i < 10; i++) {
            rows[i][0] = i;
            rows[i][1] = (i * 7) % 5;
            rows[i][2] = 2 * rows[i][0] - rows[i][1];
        }
        assertThatThrownBy(() -> CovarianceData.fromRows(List.of("a", "b", "sum"), rows))
                .hasMessageContaining("not positive definite")
                .hasMessageContaining("column 'sum'")
                .hasMessageContaining("[a, b]");
        double[][] singular = {{1, 1}, {1, 1}};
        assertThatThrownBy(() ->
                        CovarianceData.ofCovariance(List.of("p", "q"), singular, 50, CovarianceData.Divisor.N_MINUS_1))
                .hasMessageContaining("column 'q'");
    }

    @Test
    void nonFiniteRaggedAndNameErrors() {
        assertThatThrownBy(() -> CovarianceData.fromRows(List.of("a", "b"), new double[][] {
                    {1, 2}, {Double.NaN, 1}, {3, 1}, {2, 2}
                }))
                .hasMessageContaining("column 'a' has a non-finite value (NaN) in row 2");
        assertThatThrownBy(() -> CovarianceData.fromRows(List.of("a", "b"), new double[][] {{1, 2}, {1}}))
                .hasMessageContaining("row 2 has 1 values");
        assertThatThrownBy(() -> CovarianceData.fromRows(List.of("a", "a"), new double[][] {{1, 2}}))
                .hasMessageContaining("'a' occurs twice");
        assertThatThrownBy(() -> CovarianceData.ofCovariance(
                        List.of("a", "b"), new double[][] {{1, .5}, {.4, 1}}, 30, CovarianceData.Divisor.N))
                .hasMessageContaining("not symmetric at 'a', 'b'");
    }

    @Test
    void indicatorMissingFromTheData() {
        var data = CovarianceData.ofCovariance(
                List.of("x1", "x2", "x3"),
                new double[][] {{1, .3, .3}, {.3, 1, .3}, {.3, .3, 1}},
                50,
                CovarianceData.Divisor.N);
        var model = CfaModel.builder().factor("f", "x1", "x2", "x4").build();
        assertThatThrownBy(() -> CfaFit.fit(model, data))
                .hasMessageContaining("indicator 'x4' of factor 'f' is not a column of the data")
                .hasMessageContaining("[x1, x2, x3]");
    }

    @Test
    void divisorConventionsOfSuppliedMatrices() {
        double[][] c = {{2, 1}, {1, 2}};
        var unbiased = CovarianceData.ofCovariance(List.of("a", "b"), c, 11, CovarianceData.Divisor.N_MINUS_1);
        assertThat(unbiased.covariance()[0][0]).isEqualTo(2.0 * 10 / 11);
        assertThat(unbiased.unbiasedCovariance()[0][1]).isEqualTo(1.0);
        assertThat(unbiased.correlation()[0][1]).isEqualTo(0.5);
        var data = CovarianceData.fromRows(List.of("u", "v"), new double[][] {{1, 2}, {2, 1}, {3, 5}, {6, 4}});
        // divisor N: mean of u = 3, squares 4 + 1 + 0 + 9 = 14
        assertThat(data.covariance()[0][0]).isEqualTo(14 / 4.0);
        assertThat(data.sampleSize()).isEqualTo(4);
    }
}
