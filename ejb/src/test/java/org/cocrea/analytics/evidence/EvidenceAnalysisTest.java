package org.cocrea.analytics.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocrea.analytics.control.ProcessConditionalEffect;
import org.cocrea.analytics.data.ColumnMapping;
import org.cocrea.analytics.data.DataProblem;
import org.cocrea.analytics.data.DataTable;
import org.cocrea.analytics.data.InputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EvidenceAnalysisTest {

    private static EvidenceResult result;

    @BeforeAll
    static void runExample() {
        result = ExampleStudy.run();
    }

    @Test
    void runsEveryAnalysisOnTheExample() {
        assertThat(result.failures()).isEmpty();
        assertThat(result.data().rowsRead()).isEqualTo(200);
        assertThat(result.data().rowsUsed()).isEqualTo(197);
        assertThat(result.data().droppedRows())
                .extracting(d -> d.row() + " " + d.missing())
                .containsExactly("18 [CE2]", "89 [tenure]", "151 [IC3]");
        assertThat(result.descriptives().variables())
                .extracting(EvidenceResult.Variable::name)
                .containsExactly("engagement", "cocreation", "climate", "performance", "tenure", "size");
        assertThat(result.reliability().construct("engagement").alpha().alpha()).isBetween(0.7, 1.0);
        assertThat(result.agreement().construct("climate").rwg().groups()).hasSize(20);
        assertThat(result.cfa().result().fit().degreesOfFreedom()).isEqualTo(59);
        assertThat(result.cfa().comparisons())
                .singleElement()
                .satisfies(c -> assertThat(c.deltaDf()).isEqualTo(3));
        assertThat(result.cfa().freeParameters()).isEqualTo(13 * 14 / 2 - 59);
        assertThat(result.model4().result().bootstrap().resamples()).isEqualTo(ExampleStudy.RESAMPLES);
        assertThat(result.model7().result().n()).isEqualTo(197);
    }

    @Test
    void regressionStepsAddControlsPredictorMediatorAndACentredInteraction() {
        var steps = result.regression().result().steps();

        assertThat(steps)
                .extracting(s -> s.label())
                .containsExactly("controls", "predictor", "mediator", "interaction");
        assertThat(steps.get(3).addedTerms()).containsExactly("climate", "engagement*climate");
        assertThat(result.regression().result().centred()).containsExactlyInAnyOrder("engagement", "climate");
        // centring leaves the product's VIF low
        assertThat(steps.get(3).model().coefficient("engagement*climate").vif()).isLessThan(2);
    }

    @Test
    void simpleSlopesAgreeWithTheConditionalEffects() {
        SimpleSlopes slopes = result.model7().simpleSlopes();
        List<ProcessConditionalEffect> effects = result.model7().result().conditionalEffects();

        assertThat(slopes.lines()).hasSize(3);
        assertThat(slopes.xValues()).hasSize(3).isSorted();
        for (int i = 0; i < 3; i++) {
            SimpleSlopes.Line line = slopes.lines().get(i);
            // the example probes W at the same percentiles
            assertThat(line.w()).isCloseTo(effects.get(i).wOriginal(), within(1e-12));
            assertThat(line.slope()).isCloseTo(effects.get(i).slope(), within(1e-12));
            double[] p = line.predicted();
            double[] x = slopes.xValues();
            assertThat((p[2] - p[0]) / (x[2] - x[0])).isCloseTo(line.slope(), within(1e-9));
        }
    }

    @Test
    void theResultSurvivesJavaSerialisation() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(result);
        }
        EvidenceResult copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (EvidenceResult) in.readObject();
        }

        assertThat(copy.cfa().result().fit()).isEqualTo(result.cfa().result().fit());
        assertThat(copy.model7().result().indexOfModeratedMediation().upper())
                .isEqualTo(result.model7().result().indexOfModeratedMediation().upper());
        assertThat(copy.mapping()).isEqualTo(result.mapping());
        assertThat(copy.warnings()).isEqualTo(result.warnings());
    }

    @Test
    void reportsProgressFromZeroToOneWithoutGoingBack() {
        List<Double> fractions = Collections.synchronizedList(new ArrayList<>());
        List<String> stages = Collections.synchronizedList(new ArrayList<>());

        EvidenceAnalysis.of(ExampleStudy.mapping(), ExampleStudy.analyses())
                .withProgress((f, s) -> {
                    fractions.add(f);
                    stages.add(s);
                })
                .run(ExampleStudy.data());

        assertThat(fractions.get(0)).isZero();
        assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
        assertThat(fractions).isSorted();
        assertThat(stages)
                .contains("Confirmatory factor analysis", "Done")
                .anyMatch(s -> s.startsWith("PROCESS Model 7: bootstrap ("));
    }

    @Test
    void cancellationStopsALongBootstrap() {
        // 2,000,000 resamples would take many seconds; the cancel comes at the first bootstrap report
        CancellationToken token = new CancellationToken();
        AtomicInteger reportsAfterCancel = new AtomicInteger();
        EvidenceAnalysis run = EvidenceAnalysis.of(ExampleStudy.mapping(), List.of(ExampleStudy.model7(2_000_000)))
                .withParallelism(2)
                .withCancellation(token)
                .withProgress((f, s) -> {
                    if (token.isCancelled()) {
                        reportsAfterCancel.incrementAndGet();
                    } else if (s.contains("bootstrap")) {
                        token.cancel();
                    }
                });
        long start = System.nanoTime();

        assertThatThrownBy(() -> run.run(ExampleStudy.data()))
                .isInstanceOf(EvidenceCancelledException.class)
                .hasMessageStartingWith("the analysis was cancelled during: PROCESS Model 7");
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(seconds).isLessThan(3.0);
        // at most a chunk of 100 resamples per worker thread finishes after the cancel
        assertThat(reportsAfterCancel.get()).isLessThanOrEqualTo(2);
    }

    @Test
    void aCancelledTokenStopsBeforeAnyAnalysis() {
        CancellationToken token = new CancellationToken();
        token.cancel();

        assertThatThrownBy(() -> EvidenceAnalysis.of(ExampleStudy.mapping(), ExampleStudy.analyses())
                        .withCancellation(token)
                        .run(ExampleStudy.data()))
                .isInstanceOf(EvidenceCancelledException.class)
                .extracting(e -> ((EvidenceCancelledException) e).stage())
                .isEqualTo("Checking and preparing the data");
    }

    @Test
    void namesUnknownConstructsAndColumnsOfTheAnalyses() {
        EvidenceAnalysis analysis = EvidenceAnalysis.of(
                ExampleStudy.mapping(),
                List.of(
                        new Analysis.Reliability(List.of("engagment")),
                        new Analysis.Model4("engagement", "cocreation", "perf", List.of(), ExampleStudy.settings(0))));

        assertThatThrownBy(() -> analysis.run(ExampleStudy.data()))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems())
                        .extracting(DataProblem::message)
                        .containsExactly(
                                "reliability: no construct \"engagment\" (constructs are engagement, cocreation,"
                                        + " climate, performance)",
                                "model4.y: \"perf\" is neither a construct (engagement, cocreation, climate,"
                                        + " performance) nor a column of data.csv"));
    }

    @Test
    void refusesTooFewCasesForTheModel() {
        StringBuilder csv = new StringBuilder("a1,a2,a3,b1,b2,b3\n");
        java.util.Random random = new java.util.Random(9);
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 6; j++) {
                csv.append(j == 0 ? "" : ",").append(1 + random.nextInt(5));
            }
            csv.append('\n');
        }
        ColumnMapping mapping = ColumnMapping.of(
                ColumnMapping.Construct.of("a", 5, "a1", "a2", "a3"),
                ColumnMapping.Construct.of("b", 5, "b1", "b2", "b3"));
        EvidenceAnalysis analysis = EvidenceAnalysis.of(
                mapping,
                List.of(
                        new Analysis.Cfa(List.of("a", "b")),
                        new Analysis.Regression(
                                "b", List.of(List.of("a1", "a2", "a3", "a")), List.of("all"), List.of(), 0.95)));

        assertThatThrownBy(() -> analysis.run(DataTable.parseCsv(csv.toString(), "tiny.csv")))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems())
                        .extracting(DataProblem::kind, DataProblem::message)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(
                                        DataProblem.Kind.TOO_FEW_CASES,
                                        "tiny.csv: the CFA of 6 items needs more than 6 rows; 5 are analysed"),
                                org.assertj.core.groups.Tuple.tuple(
                                        DataProblem.Kind.TOO_FEW_CASES,
                                        "tiny.csv: the regression's final step has 4 predictors and an intercept and"
                                                + " needs at least 6 rows; 5 are analysed")));
    }

    @Test
    void refusesTwoAnalysesOfTheSameKind() {
        assertThatThrownBy(() -> EvidenceAnalysis.of(
                        ExampleStudy.mapping(),
                        List.of(new Analysis.Reliability(List.of("climate")), new Analysis.Reliability(List.of()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reliability");
    }
}
