package org.cocrea.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HierarchicalRegressionTest {

    private static final Map<String, double[]> TAL = AnalyticsReferenceData.dataSet("tal_or.csv");
    private static final Map<String, Double> R = AnalyticsReferenceData.expected();

    @Test
    void matchesRsAnovaOfNestedModels() {
        HierarchicalResult result = HierarchicalRegression.fit(
                "reaction",
                TAL,
                List.of(
                        RegressionBlock.of("controls", "gender", "age"),
                        RegressionBlock.of("predictor", "cond"),
                        RegressionBlock.of("mediator", "pmi"),
                        RegressionBlock.of("interaction", "cond*pmi")),
                Set.of("cond", "pmi"));

        assertThat(result.steps()).hasSize(4);
        for (int i = 0; i < 4; i++) {
            HierarchicalStep step = result.steps().get(i);
            String k = "hier.step" + (i + 1) + ".";
            assertThat(step.rSquared()).as(k + "r2").isCloseTo(R.get(k + "r2"), within(1e-12));
            assertThat(step.deltaRSquared()).as(k + "dr2").isCloseTo(R.get(k + "dr2"), within(1e-12));
            assertThat(step.fChange()).as(k + "F").isCloseTo(R.get(k + "Fchange"), within(1e-9));
            assertThat(step.df1()).isEqualTo(R.get(k + "df1").intValue());
            assertThat(step.df2()).isEqualTo(R.get(k + "df2").intValue());
            assertThat(step.pChange()).as(k + "p").isCloseTo(R.get(k + "pchange"), within(1e-12));
        }
        OlsCoefficient interaction = result.finalStep().model().coefficient("cond*pmi");
        assertThat(interaction.estimate()).isCloseTo(R.get("hier.step4.int.b"), within(1e-10));
        assertThat(interaction.standardError()).isCloseTo(R.get("hier.step4.int.se"), within(1e-10));
        assertThat(result.finalStep().model().coefficients()).hasSize(6);
        assertThat(result.n()).isEqualTo(123);
    }

    @Test
    void rSquaredChangesAddUpAndFirstStepIsTheModelF() {
        Map<String, double[]> data = Map.of(
                "y", new double[] {1, 3, 2, 5, 4, 6, 8, 7},
                "a", new double[] {1, 2, 3, 4, 5, 6, 7, 8},
                "b", new double[] {0, 1, 1, 0, 1, 0, 1, 1});
        HierarchicalResult result = HierarchicalRegression.fit(
                "y", data, List.of(RegressionBlock.of("first", "a"), RegressionBlock.of("second", "b")), Set.of());

        HierarchicalStep first = result.steps().get(0);
        HierarchicalStep second = result.steps().get(1);
        assertThat(first.deltaRSquared() + second.deltaRSquared()).isCloseTo(second.rSquared(), within(1e-15));
        assertThat(first.fChange()).isCloseTo(first.model().fStatistic(), within(1e-10));
        // one added term: F change = t² of that term in the larger model
        double t = second.model().coefficient("b").t();
        assertThat(second.fChange()).isCloseTo(t * t, within(1e-10));
        assertThat(second.pChange()).isCloseTo(second.model().coefficient("b").p(), within(1e-12));
    }

    @Test
    void deletesIncompleteCasesOnceForAllSteps() {
        Map<String, double[]> data = Map.of(
                "y", new double[] {1, 3, 2, 5, 4, 6, 8, 7, 9},
                "a", new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9},
                "b", new double[] {0, 1, 1, 0, 1, 0, 1, 1, Double.NaN});
        HierarchicalResult result = HierarchicalRegression.fit(
                "y", data, List.of(RegressionBlock.of("first", "a"), RegressionBlock.of("second", "b")), Set.of());
        assertThat(result.n()).isEqualTo(8);
        assertThat(result.excludedCases()).isEqualTo(1);
        assertThat(result.steps()).allSatisfy(s -> assertThat(s.model().n()).isEqualTo(8));
    }

    @Test
    void namesUnknownColumnsAndRepeatedTerms() {
        Map<String, double[]> data = Map.of("y", new double[] {1, 2, 3}, "a", new double[] {1, 2, 4});
        assertThatThrownBy(() ->
                        HierarchicalRegression.fit("y", data, List.of(RegressionBlock.of("s", "a", "c")), Set.of()))
                .isInstanceOf(RegressionException.class)
                .hasMessage("no column c in the data");
        assertThatThrownBy(() -> HierarchicalRegression.fit(
                        "y", data, List.of(RegressionBlock.of("s", "a"), RegressionBlock.of("t", "a")), Set.of()))
                .hasMessage("term a is entered twice");
    }
}
