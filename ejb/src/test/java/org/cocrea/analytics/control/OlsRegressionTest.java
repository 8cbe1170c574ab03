package org.cocrea.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OlsRegressionTest {

    private static final Map<String, double[]> TAL = AnalyticsReferenceData.dataSet("tal_or.csv");
    private static final Map<String, Double> R = AnalyticsReferenceData.expected();

    @Test
    void fitsFiveHandComputedPoints() {
        // x̄ = 3, ȳ = 3, Sxy = 8, Sxx = 10: b = 0.8, a = 0.6; SSE = 3.6, SST = 10, MSE = 1.2
        OlsResult fit =
                OlsRegression.fit(RegressionVariable.of("y", 1, 3, 2, 5, 4), RegressionVariable.of("x", 1, 2, 3, 4, 5));

        OlsCoefficient a = fit.coefficient(OlsRegression.INTERCEPT);
        OlsCoefficient b = fit.coefficient("x");
        assertThat(b.estimate()).isCloseTo(0.8, within(1e-14));
        assertThat(a.estimate()).isCloseTo(0.6, within(1e-14));
        assertThat(fit.residualSumOfSquares()).isCloseTo(3.6, within(1e-13));
        assertThat(fit.totalSumOfSquares()).isCloseTo(10, within(1e-13));
        assertThat(fit.meanSquaredError()).isCloseTo(1.2, within(1e-13));
        assertThat(fit.rSquared()).isCloseTo(0.64, within(1e-14));
        assertThat(fit.adjustedRSquared()).isCloseTo(0.52, within(1e-14));
        assertThat(b.standardError()).isCloseTo(Math.sqrt(0.12), within(1e-14)); // MSE / Sxx
        assertThat(a.standardError()).isCloseTo(Math.sqrt(1.2 * (0.2 + 0.9)), within(1e-14)); // MSE (1/n + x̄²/Sxx)
        assertThat(b.t()).isCloseTo(0.8 / Math.sqrt(0.12), within(1e-13));
        assertThat(fit.fStatistic()).isCloseTo(b.t() * b.t(), within(1e-12));
        assertThat(b.p()).isCloseTo(0.104088038661828, within(1e-12)); // R: summary(lm(y ~ x))
        assertThat(fit.fPValue()).isCloseTo(b.p(), within(1e-12));
        assertThat(b.standardized()).isCloseTo(0.8, within(1e-14)); // sd(x) = sd(y)
        assertThat(b.vif()).isCloseTo(1, within(1e-14));
        assertThat(a.standardized()).isNaN();
        assertThat(fit.dfModel()).isEqualTo(1);
        assertThat(fit.dfResidual()).isEqualTo(3);
        assertThat(fit.covariance(OlsRegression.INTERCEPT, "x")).isCloseTo(-1.2 * 3 / 10, within(1e-14));
    }

    @Test
    void matchesRsLmOnTalOr() {
        OlsResult fit = OlsRegression.fit(
                AnalyticsReferenceData.variable(TAL, "reaction"),
                List.of(
                        AnalyticsReferenceData.variable(TAL, "cond"),
                        AnalyticsReferenceData.variable(TAL, "pmi"),
                        AnalyticsReferenceData.variable(TAL, "import"),
                        AnalyticsReferenceData.variable(TAL, "age")));

        for (OlsCoefficient c : fit.coefficients()) {
            String k = "ols." + c.term() + ".";
            assertThat(c.estimate()).as(k + "b").isCloseTo(R.get(k + "b"), within(1e-10));
            assertThat(c.standardError()).as(k + "se").isCloseTo(R.get(k + "se"), within(1e-10));
            assertThat(c.t()).as(k + "t").isCloseTo(R.get(k + "t"), within(1e-9));
            assertThat(c.p()).as(k + "p").isCloseTo(R.get(k + "p"), within(1e-10));
            assertThat(c.lower()).as(k + "lo").isCloseTo(R.get(k + "lo"), within(1e-10));
            assertThat(c.upper()).as(k + "hi").isCloseTo(R.get(k + "hi"), within(1e-10));
            if (!c.term().equals(OlsRegression.INTERCEPT)) {
                assertThat(c.standardized()).as(k + "beta").isCloseTo(R.get(k + "beta"), within(1e-10));
                assertThat(c.vif()).as(k + "vif").isCloseTo(R.get(k + "vif"), within(1e-10));
            }
        }
        assertThat(fit.rSquared()).isCloseTo(R.get("ols.r2"), within(1e-12));
        assertThat(fit.adjustedRSquared()).isCloseTo(R.get("ols.adjr2"), within(1e-12));
        assertThat(fit.fStatistic()).isCloseTo(R.get("ols.F"), within(1e-9));
        assertThat(fit.dfModel()).isEqualTo(R.get("ols.df1").intValue());
        assertThat(fit.dfResidual()).isEqualTo(R.get("ols.df2").intValue());
        assertThat(fit.fPValue()).isCloseTo(R.get("ols.Fp"), within(1e-15));
        assertThat(fit.n()).isEqualTo(123);
    }

    @Test
    void namesAConstantColumn() {
        assertThatThrownBy(() -> OlsRegression.fit(
                        RegressionVariable.of("Y", 1, 2, 3, 4, 5), RegressionVariable.of("W", 2, 2, 2, 2, 2)))
                .isInstanceOf(RegressionException.class)
                .hasMessage("column W is constant");
        assertThatThrownBy(() -> OlsRegression.fit(
                        RegressionVariable.of("Y", 3, 3, 3, 3, 3), RegressionVariable.of("X", 1, 2, 3, 4, 5)))
                .hasMessage("column Y is constant");
    }

    @Test
    void namesAPerfectlyCollinearColumn() {
        RegressionVariable y = RegressionVariable.of("Y", 1, 3, 2, 5, 4, 6);
        RegressionVariable x1 = RegressionVariable.of("X1", 1, 2, 3, 4, 5, 7);
        RegressionVariable x2 = RegressionVariable.of("X2", 0, 1, 0, 1, 1, 0);
        RegressionVariable x3 = RegressionVariable.of("X3", 3, 6, 7, 10, 12, 15); // 2·X1 + X2 + 1

        assertThatThrownBy(() -> OlsRegression.fit(y, x1, x2, x3))
                .isInstanceOf(RegressionException.class)
                .hasMessage("column X3 is perfectly collinear with the intercept and X1, X2 in the model of Y");
    }

    @Test
    void needsMoreCasesThanParameters() {
        assertThatThrownBy(() -> OlsRegression.fit(
                        RegressionVariable.of("Y", 1, 2, 4),
                        RegressionVariable.of("X1", 1, 2, 3),
                        RegressionVariable.of("X2", 1, 0, 0)))
                .isInstanceOf(RegressionException.class)
                .hasMessage("the model of Y with 2 predictors and an intercept needs at least 4 cases, found 3");
    }

    @Test
    void refusesMissingValuesAndUnequalColumns() {
        assertThatThrownBy(() -> OlsRegression.fit(
                        RegressionVariable.of("Y", 1, 2, 4, 5), RegressionVariable.of("X", 1, Double.NaN, 3, 4)))
                .hasMessage("column X has a missing or non-finite value in row 2");
        assertThatThrownBy(() ->
                        OlsRegression.fit(RegressionVariable.of("Y", 1, 2, 4, 5), RegressionVariable.of("X", 1, 3, 4)))
                .hasMessage("column X has 3 values but column Y has 4");
    }

    @Test
    void staysAccurateWithLargeOffsets() {
        // same data as the hand example, shifted by 1e6: slopes and fit must not change
        OlsResult fit = OlsRegression.fit(
                RegressionVariable.of("y", 1, 3, 2, 5, 4),
                RegressionVariable.of("x", 1e6 + 1, 1e6 + 2, 1e6 + 3, 1e6 + 4, 1e6 + 5));
        assertThat(fit.coefficient("x").estimate()).isCloseTo(0.8, within(1e-9));
        assertThat(fit.coefficient("x").standardError()).isCloseTo(Math.sqrt(0.12), within(1e-9));
        assertThat(fit.rSquared()).isCloseTo(0.64, within(1e-12));
    }
}
