package org.cocrea.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.analytics.control.CfaChiSquareConvention;
import org.cocrea.analytics.control.CfaComparison;
import org.cocrea.analytics.control.CfaFit;
import org.cocrea.analytics.control.CfaFitIndices;
import org.cocrea.analytics.control.CfaModel;
import org.cocrea.analytics.control.CfaOptions;
import org.cocrea.analytics.control.CfaResult;
import org.cocrea.analytics.control.CovarianceData;
import org.cocrea.analytics.control.HierarchicalRegression;
import org.cocrea.analytics.control.HierarchicalResult;
import org.cocrea.analytics.control.MeasurementQuality;
import org.cocrea.analytics.control.MeasurementQualityReport;
import org.cocrea.analytics.control.ProcessConditionalEffect;
import org.cocrea.analytics.control.ProcessModel4;
import org.cocrea.analytics.control.ProcessModel4Result;
import org.cocrea.analytics.control.ProcessModel7;
import org.cocrea.analytics.control.ProcessModel7Result;
import org.cocrea.analytics.control.RegressionBlock;
import org.cocrea.analytics.control.RegressionVariable;
import org.cocrea.analytics.data.ConstructScores;
import org.cocrea.analytics.data.DataProblem;
import org.cocrea.analytics.data.DataTable;
import org.cocrea.analytics.data.InputException;
import org.cocrea.analytics.evidence.Analysis;
import org.cocrea.analytics.evidence.EvidenceAnalysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EvidenceRunnerTest {

    private static ModelSpec spec;
    private static DataTable data;
    private static JsonObject result;
    private static ConstructScores scores;
    private static double[] tenure;
    private static double[] size;

    @BeforeAll
    static void runExample() {
        spec = Examples.spec();
        data = Examples.data();
        EvidenceRunner runner = new EvidenceRunner(spec, data);
        result = runner.run();
        assertThat(runner.failures()).isEmpty();

        // the same rows and scores, computed without the runner
        List<Integer> complete = new ArrayList<>();
        for (int r = 0; r < data.size(); r++) {
            boolean ok = data.text(r, "firm") != null;
            for (String column : spec.numericColumns()) {
                ok &= data.text(r, column) != null;
            }
            if (ok) {
                complete.add(r);
            }
        }
        int[] rows = complete.stream().mapToInt(Integer::intValue).toArray();
        java.util.Map<String, double[]> columns = new java.util.HashMap<>();
        for (String column : spec.numericColumns()) {
            columns.put(column, subset(data.numbers(column), rows));
        }
        scores = ConstructScores.compute(spec.constructs().values(), columns, null);
        tenure = subset(data.numbers("tenure"), rows);
        size = subset(data.numbers("size"), rows);
    }

    private static double[] subset(double[] all, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = all[rows[i]];
        }
        return out;
    }

    private static RegressionVariable v(String construct) {
        return new RegressionVariable(construct, scores.values(construct));
    }

    private static double number(JsonObject o, String key) {
        return o.getJsonNumber(key).doubleValue();
    }

    @Test
    void writesEverySection() {
        assertThat(result.keySet())
                .containsExactly(
                        "input",
                        "warnings",
                        "descriptives",
                        "reliability",
                        "agreement",
                        "cfa",
                        "regression",
                        "model4",
                        "model7");
        JsonObject input = result.getJsonObject("input");
        assertThat(input.getInt("rowsRead")).isEqualTo(200);
        assertThat(input.getInt("rowsUsed")).isEqualTo(197);
        assertThat(input.getInt("rowsDropped")).isEqualTo(3);
        assertThat(input.getString("missingDataRule")).isEqualTo("listwise");
        JsonArray dropped = input.getJsonArray("droppedRows");
        assertThat(dropped.getValuesAs(JsonObject.class))
                .extracting(o -> o.getInt("line"), o -> o.getString("reason"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(18, "missing CE2"),
                        org.assertj.core.groups.Tuple.tuple(89, "missing tenure"),
                        org.assertj.core.groups.Tuple.tuple(151, "missing IC3"));

        assertThat(result.getJsonObject("reliability").keySet())
                .containsExactly("engagement", "cocreation", "climate", "performance");
        JsonObject engagement = result.getJsonObject("reliability").getJsonObject("engagement");
        assertThat(engagement.getJsonArray("reversed").getString(0)).isEqualTo("CE3");
        assertThat(number(engagement.getJsonObject("alpha"), "alpha")).isBetween(0.7, 1.0);
        assertThat(engagement.getJsonObject("omega").containsKey("omegaTotal")).isTrue();

        JsonObject climate = result.getJsonObject("agreement").getJsonObject("climate");
        assertThat(climate.getJsonObject("rwgJ").getJsonArray("groups")).hasSize(20);
        assertThat(climate.getJsonObject("icc").getInt("groups")).isEqualTo(20);

        JsonObject cfa = result.getJsonObject("cfa");
        assertThat(cfa.getString("convention")).isEqualTo("normal");
        assertThat(cfa.getInt("n")).isEqualTo(197);
        assertThat(cfa.keySet())
                .contains(
                        "fit",
                        "loadings",
                        "factorCovariances",
                        "convergence",
                        "warnings",
                        "comparisons",
                        "measurementQuality");
        assertThat(cfa.getJsonObject("fit").keySet())
                .contains("chiSquare", "df", "p", "cfi", "tli", "rmsea", "rmseaCi", "srmr");
        assertThat(cfa.getJsonObject("convergence").getBoolean("converged")).isTrue();
        assertThat(result.getJsonArray("warnings").getValuesAs(jakarta.json.JsonString.class))
                .noneMatch(s -> s.getString().startsWith("confirmatory factor analysis is not available"));

        JsonArray steps = result.getJsonObject("regression").getJsonArray("steps");
        assertThat(steps).hasSize(3);
        assertThat(steps.getJsonObject(2).keySet())
                .contains("rSquared", "deltaRSquared", "fChange", "df1", "df2", "pChange", "model");

        JsonObject bootstrap = result.getJsonObject("model7").getJsonObject("bootstrap");
        assertThat(bootstrap.getInt("resamples")).isEqualTo(Examples.TEST_RESAMPLES);
        assertThat(bootstrap.getJsonNumber("seed").longValue()).isEqualTo(20_261_122L);
    }

    @Test
    void model7EqualsTheEngineOnTheSameConstructScores() {
        Analysis.Model7 m7 = spec.analysis(Analysis.Model7.class);
        ProcessModel7Result direct = ProcessModel7.run(
                v("engagement"),
                v("climate"),
                v("cocreation"),
                v("performance"),
                List.of(),
                m7.settings().options(true));
        JsonObject json = result.getJsonObject("model7");

        assertThat(json.getInt("n")).isEqualTo(direct.n()).isEqualTo(197);
        JsonObject paths = json.getJsonObject("paths");
        assertThat(number(paths.getJsonObject("a1"), "b")).isEqualTo(direct.a1().estimate());
        assertThat(number(paths.getJsonObject("a2"), "b")).isEqualTo(direct.a2().estimate());
        assertThat(number(paths.getJsonObject("a3"), "b")).isEqualTo(direct.a3().estimate());
        assertThat(number(paths.getJsonObject("a3"), "se"))
                .isEqualTo(direct.a3().standardError());
        assertThat(number(paths.getJsonObject("b"), "b")).isEqualTo(direct.b().estimate());
        assertThat(number(paths.getJsonObject("directEffect"), "b"))
                .isEqualTo(direct.directEffect().estimate());
        JsonObject index = json.getJsonObject("indexOfModeratedMediation");
        assertThat(number(index, "estimate"))
                .isEqualTo(direct.indexOfModeratedMediation().estimate());
        assertThat(number(index, "lower"))
                .isEqualTo(direct.indexOfModeratedMediation().lower());
        assertThat(number(index, "upper"))
                .isEqualTo(direct.indexOfModeratedMediation().upper());
        JsonArray effects = json.getJsonArray("conditionalEffects");
        assertThat(effects).hasSize(direct.conditionalEffects().size());
        for (int i = 0; i < effects.size(); i++) {
            ProcessConditionalEffect e = direct.conditionalEffects().get(i);
            JsonObject o = effects.getJsonObject(i);
            assertThat(number(o, "w")).isEqualTo(e.w());
            assertThat(number(o.getJsonObject("slopeXonM"), "effect")).isEqualTo(e.slope());
            assertThat(number(o.getJsonObject("indirectEffect"), "estimate"))
                    .isEqualTo(e.indirectEffect().estimate());
            assertThat(number(o.getJsonObject("indirectEffect"), "lower"))
                    .isEqualTo(e.indirectEffect().lower());
        }
        JsonArray boundaries = json.getJsonObject("johnsonNeyman").getJsonArray("boundaries");
        assertThat(boundaries).hasSize(direct.johnsonNeyman().boundaries().size());
        for (int i = 0; i < boundaries.size(); i++) {
            assertThat(number(boundaries.getJsonObject(i), "w"))
                    .isEqualTo(direct.johnsonNeyman().boundaries().get(i).w());
        }
        assertThat(number(json.getJsonObject("mediatorModel"), "rSquared"))
                .isEqualTo(direct.mediatorModel().rSquared());
    }

    @Test
    void model4AndRegressionEqualTheEngine() {
        ProcessModel4Result m4 = ProcessModel4.run(
                v("engagement"),
                v("cocreation"),
                v("performance"),
                List.of(new RegressionVariable("tenure", tenure)),
                spec.analysis(Analysis.Model4.class).settings().options(false));
        JsonObject json = result.getJsonObject("model4");
        assertThat(number(json.getJsonObject("indirectEffect"), "estimate"))
                .isEqualTo(m4.indirectEffect().estimate());
        assertThat(number(json.getJsonObject("indirectEffect"), "upper"))
                .isEqualTo(m4.indirectEffect().upper());
        assertThat(number(json.getJsonObject("paths").getJsonObject("totalEffect"), "b"))
                .isEqualTo(m4.totalEffect().estimate());

        java.util.Map<String, double[]> columns = new java.util.HashMap<>();
        for (String c : List.of("engagement", "cocreation", "performance")) {
            columns.put(c, scores.values(c));
        }
        columns.put("tenure", tenure);
        columns.put("size", size);
        HierarchicalResult h = HierarchicalRegression.fit(
                "performance",
                columns,
                List.of(
                        RegressionBlock.of("step 1", "tenure", "size"),
                        RegressionBlock.of("step 2", "engagement"),
                        RegressionBlock.of("step 3", "cocreation")),
                java.util.Set.of());
        JsonArray steps = result.getJsonObject("regression").getJsonArray("steps");
        assertThat(steps).hasSize(3);
        for (int i = 0; i < 3; i++) {
            JsonObject step = steps.getJsonObject(i);
            assertThat(step.getString("label")).isEqualTo(h.steps().get(i).label());
            assertThat(number(step, "rSquared")).isEqualTo(h.steps().get(i).rSquared());
            assertThat(number(step, "deltaRSquared")).isEqualTo(h.steps().get(i).deltaRSquared());
            assertThat(number(step, "fChange")).isEqualTo(h.steps().get(i).fChange());
            assertThat(number(step, "pChange")).isEqualTo(h.steps().get(i).pChange());
        }
        assertThat(steps.getJsonObject(2).getJsonObject("model").getInt("n")).isEqualTo(197);
    }

    @Test
    void cfaEqualsTheEngineOnTheReverseKeyedItems() {
        Analysis.Cfa c = spec.analysis(Analysis.Cfa.class);
        List<String> names = new ArrayList<>();
        List<double[][]> blocks = new ArrayList<>();
        CfaModel.Builder builder = CfaModel.builder();
        for (String construct : c.constructs()) {
            names.addAll(spec.construct(construct).items());
            blocks.add(scores.items(construct));
            builder.factor(construct, spec.construct(construct).items());
        }
        int n = scores.size();
        double[][] matrix = new double[n][names.size()];
        for (int i = 0; i < n; i++) {
            int j = 0;
            for (double[][] block : blocks) {
                for (double v : block[i]) {
                    matrix[i][j++] = v;
                }
            }
        }
        // CE3 is reverse-keyed on a 7-point scale: the CFA sees 8 − answer
        int ce3 = names.indexOf("CE3");
        assertThat(matrix[0][ce3]).isEqualTo(8 - data.numbers("CE3")[0]);
        CovarianceData items = CovarianceData.fromRows(names, matrix);
        CfaModel model = builder.build();
        CfaResult direct = CfaFit.fit(model, items, CfaOptions.defaults());
        MeasurementQualityReport quality = MeasurementQuality.assess(direct, items);
        CfaResult merged = CfaFit.fit(model.merge("cocreation", "engagement"), items, CfaOptions.defaults());
        CfaComparison comparison = CfaFit.compare(merged, direct);

        JsonObject json = result.getJsonObject("cfa");
        JsonObject fit = json.getJsonObject("fit");
        assertThat(number(fit, "chiSquare")).isEqualTo(direct.fit().chiSquare());
        assertThat(fit.getInt("df")).isEqualTo(direct.fit().degreesOfFreedom()).isEqualTo(59);
        assertThat(number(fit, "cfi")).isEqualTo(direct.fit().cfi());
        assertThat(number(fit, "rmsea")).isEqualTo(direct.fit().rmsea());
        assertThat(number(fit.getJsonObject("rmseaCi"), "upper"))
                .isEqualTo(direct.fit().rmseaUpper());
        assertThat(number(fit, "srmr")).isEqualTo(direct.fit().srmr());
        for (CfaResult.Loading l : direct.loadings()) {
            JsonObject loading =
                    json.getJsonObject("loadings").getJsonObject(l.factor()).getJsonObject(l.indicator());
            assertThat(number(loading, "estimate")).isEqualTo(l.estimate());
            assertThat(number(loading, "standardized")).isEqualTo(l.standardized());
            assertThat(loading.getBoolean("marker")).isEqualTo(l.fixed());
            if (!l.fixed()) {
                assertThat(number(loading, "se")).isEqualTo(l.standardError());
            }
        }
        assertThat(number(
                        json.getJsonObject("loadings")
                                .getJsonObject("engagement")
                                .getJsonObject("CE3"),
                        "standardized"))
                .isPositive();
        JsonObject factorCovariance = json.getJsonArray("factorCovariances").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("factor1").equals("engagement")
                        && o.getString("factor2").equals("cocreation"))
                .findFirst()
                .orElseThrow();
        assertThat(number(factorCovariance, "correlation"))
                .isEqualTo(direct.factorCorrelation("cocreation", "engagement"));

        JsonObject compared = json.getJsonArray("comparisons").getJsonObject(0);
        assertThat(compared.getJsonArray("merged").getString(0)).isEqualTo("cocreation");
        assertThat(number(compared, "chiSquare")).isEqualTo(merged.fit().chiSquare());
        assertThat(compared.getInt("df"))
                .isEqualTo(merged.fit().degreesOfFreedom())
                .isEqualTo(62);
        assertThat(number(compared, "deltaChiSquare")).isEqualTo(comparison.deltaChiSquare());
        assertThat(compared.getInt("deltaDf")).isEqualTo(3);
        assertThat(number(json.getJsonObject("factorCorrelations").getJsonObject("cocreation"), "engagement"))
                .isEqualTo(direct.factorCorrelation("cocreation", "engagement"));
        assertThat(number(compared, "p")).isEqualTo(comparison.pValue());

        JsonObject mq = json.getJsonObject("measurementQuality");
        for (MeasurementQualityReport.Construct q : quality.constructs()) {
            JsonObject o = mq.getJsonObject("constructs").getJsonObject(q.factor());
            assertThat(number(o, "alpha")).isEqualTo(q.alpha());
            assertThat(number(o, "compositeReliability")).isEqualTo(q.compositeReliability());
            assertThat(number(o, "ave")).isEqualTo(q.averageVarianceExtracted());
            assertThat(number(o, "sqrtAve")).isEqualTo(q.sqrtAverageVarianceExtracted());
            assertThat(number(o, "omega")).isEqualTo(q.omega());
        }
        assertThat(mq.getJsonArray("fornellLarcker")).hasSize(6);
        assertThat(mq.getJsonArray("htmt")).hasSize(6);
        assertThat(number(mq.getJsonArray("htmt").getJsonObject(0), "htmt"))
                .isEqualTo(quality.htmt().get(0).htmt());
        // the example's alpha for the reliability section and for the CFA agree
        assertThat(number(mq.getJsonObject("constructs").getJsonObject("engagement"), "alpha"))
                .isCloseTo(
                        number(
                                result.getJsonObject("reliability")
                                        .getJsonObject("engagement")
                                        .getJsonObject("alpha"),
                                "alpha"),
                        org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void wishartConventionScalesTheChiSquareByNMinusOneOverN() {
        ModelSpec wishart = ModelSpec.parse("""
                {"constructs": {"engagement": {"items": ["CE1", "CE2", "CE3"], "reverse": ["CE3"], "scalePoints": 7},
                                "cocreation": {"items": ["VC1", "VC2", "VC3"], "scalePoints": 7},
                                "climate": {"items": ["IC1", "IC2", "IC3", "IC4"], "scalePoints": 5},
                                "performance": {"items": ["IP1", "IP2", "IP3"], "scalePoints": 5}},
                 "group": "firm",
                 "controls": ["tenure", "size"],
                 "analyses": {"cfa": {"convention": "wishart"}}}
                """, "model.json");

        JsonObject cfa = new EvidenceRunner(wishart, data).run().getJsonObject("cfa");

        assertThat(cfa.getString("convention")).isEqualTo("wishart");
        double normal = number(result.getJsonObject("cfa").getJsonObject("fit"), "chiSquare");
        assertThat(number(cfa.getJsonObject("fit"), "chiSquare"))
                .isCloseTo(normal * 196 / 197, org.assertj.core.data.Offset.offset(1e-8));
        assertThat(number(cfa.getJsonObject("loadings").getJsonObject("climate").getJsonObject("IC2"), "standardized"))
                .isCloseTo(
                        number(
                                result.getJsonObject("cfa")
                                        .getJsonObject("loadings")
                                        .getJsonObject("climate")
                                        .getJsonObject("IC2"),
                                "standardized"),
                        org.assertj.core.data.Offset.offset(1e-8));
    }

    @Test
    void cfaWarnsAboutPoorFitAndMeasurementQuality() {
        CfaFitIndices fit = new CfaFitIndices(
                CfaChiSquareConvention.NORMAL,
                300,
                50,
                1e-30,
                2000,
                66,
                0.85,
                0.80,
                0.12,
                0.10,
                0.14,
                0.90,
                0.09,
                1.5,
                200);
        MeasurementQualityReport quality = new MeasurementQualityReport(
                List.of(
                        new MeasurementQualityReport.Construct(
                                "a", List.of("a1", "a2", "a3"), 0.65, 0.68, 0.42, Math.sqrt(0.42), 0.66),
                        new MeasurementQualityReport.Construct(
                                "b", List.of("b1", "b2", "b3"), 0.90, 0.91, 0.77, Math.sqrt(0.77), 0.90)),
                List.of(new MeasurementQualityReport.FornellLarckerPair(
                        "a", "b", 0.70, Math.sqrt(0.42), Math.sqrt(0.77), false)),
                List.of(new MeasurementQualityReport.HtmtPair("a", "b", 0.87, false, true)),
                List.of());

        assertThat(EvidenceAnalysis.cfaQualityWarnings(fit, quality))
                .containsExactly(
                        "cfa: CFI is 0.850, below 0.90",
                        "cfa: RMSEA is 0.120, above 0.08",
                        "cfa: alpha of a is 0.650, below 0.70",
                        "cfa: composite reliability of a is 0.680, below 0.70",
                        "cfa: AVE of a is 0.420, below 0.50",
                        "cfa: Fornell-Larcker criterion fails for a and b (|r| = 0.700, sqrt(AVE) = 0.648 and 0.877)",
                        "cfa: HTMT of a and b is 0.870, at or above 0.85");

        CfaFitIndices good = new CfaFitIndices(
                CfaChiSquareConvention.NORMAL,
                60,
                50,
                0.2,
                2000,
                66,
                0.99,
                0.98,
                0.03,
                0.0,
                0.06,
                0.90,
                0.04,
                0.3,
                200);
        MeasurementQualityReport fine = new MeasurementQualityReport(
                List.of(quality.constructs().get(1)),
                List.of(),
                List.of(new MeasurementQualityReport.HtmtPair("b", "c", 0.92, false, false)),
                List.of());
        assertThat(EvidenceAnalysis.cfaQualityWarnings(good, fine))
                .containsExactly("cfa: HTMT of b and c is 0.920, at or above 0.85 (and above the liberal 0.90)");
    }

    @Test
    void aFailingCfaGetsAnErrorSectionAndTheOthersStillRun() {
        StringBuilder csv = new StringBuilder("a1,a2,a3,b1,b2,b3\n");
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 40; i++) {
            int x = 1 + random.nextInt(5);
            // b3 is a copy of b2: the item covariance matrix is singular
            int b = 1 + random.nextInt(5);
            csv.append(x).append(',').append(Math.min(5, x + random.nextInt(2))).append(',');
            csv.append(1 + random.nextInt(5)).append(',');
            csv.append(1 + random.nextInt(5))
                    .append(',')
                    .append(b)
                    .append(',')
                    .append(b)
                    .append('\n');
        }
        ModelSpec s = ModelSpec.parse("""
                {"constructs": {"a": {"items": ["a1", "a2", "a3"], "scalePoints": 5},
                                "b": {"items": ["b1", "b2", "b3"], "scalePoints": 5}},
                 "analyses": {"reliability": true, "cfa": true}}
                """, "model.json");
        EvidenceRunner runner = new EvidenceRunner(s, DataTable.parseCsv(csv.toString(), "s.csv"));

        JsonObject out = runner.run();

        assertThat(out.getJsonObject("cfa").getString("error")).contains("b3");
        assertThat(runner.failures()).singleElement().asString().startsWith("cfa: ");
        assertThat(out.getJsonObject("reliability").getJsonObject("a").containsKey("alpha"))
                .isTrue();
    }

    @Test
    void refuseRuleStopsWithTheLinesThatMissValues() {
        ModelSpec refusing = ModelSpec.parse(
                Examples.modelJson().replace("\"missing\": \"listwise\"", "\"missing\": \"refuse\""), "model.json");

        assertThatThrownBy(() -> new EvidenceRunner(refusing, data).run())
                .isInstanceOf(InputException.class)
                .hasMessage("data.csv: 3 rows have missing values and missing values are refused: line 18 (CE2);"
                        + " line 89 (tenure); line 151 (IC3)")
                .extracting(e -> ((InputException) e).problems())
                .asList()
                .extracting(p -> ((DataProblem) p).row())
                .containsExactly(18, 89, 151);
    }

    @Test
    void aFailingAnalysisGetsAnErrorSectionAndTheOthersStillRun() {
        // k is a copy of x: the covariate is perfectly collinear with X
        StringBuilder csv = new StringBuilder("x,m,y,k\n");
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 30; i++) {
            int x = 1 + random.nextInt(5);
            csv.append(x)
                    .append(',')
                    .append(1 + random.nextInt(5))
                    .append(',')
                    .append(1 + random.nextInt(5))
                    .append(',')
                    .append(x)
                    .append('\n');
        }
        DataTable small = DataTable.parseCsv(csv.toString(), "small.csv");
        ModelSpec s = ModelSpec.parse("""
                {"constructs": {"xs": {"items": ["x"], "scalePoints": 5}},
                 "analyses": {
                   "reliability": true,
                   "model4": {"x": "xs", "m": "m", "y": "y", "covariates": ["k"], "resamples": 0}}}
                """, "model.json");
        EvidenceRunner runner = new EvidenceRunner(s, small);

        JsonObject out = runner.run();

        assertThat(runner.failures())
                .singleElement()
                .asString()
                .startsWith("model4: ")
                .contains("k");
        assertThat(out.getJsonObject("model4").getString("error")).contains("k");
        assertThat(out.getJsonObject("reliability").getJsonObject("xs").getString("note"))
                .contains("single item");
        assertThat(out.getJsonArray("warnings").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .contains("only 30 rows are analysed (n < 100); estimates and bootstrap intervals are imprecise")
                .anyMatch(w -> w.startsWith("model4 could not be run: "));
    }

    @Test
    void aConstantColumnIsRefusedNamingIt() {
        StringBuilder csv = new StringBuilder("x,m,y,k\n");
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 30; i++) {
            csv.append(1 + random.nextInt(5))
                    .append(',')
                    .append(1 + random.nextInt(5))
                    .append(',')
                    .append(1 + random.nextInt(5))
                    .append(",3\n");
        }
        ModelSpec s = ModelSpec.parse("""
                {"constructs": {"xs": {"items": ["x"], "scalePoints": 5}},
                 "analyses": {"model4": {"x": "xs", "m": "m", "y": "y", "covariates": ["k"], "resamples": 0}}}
                """, "model.json");

        assertThatThrownBy(() -> new EvidenceRunner(s, DataTable.parseCsv(csv.toString(), "small.csv")).run())
                .isInstanceOf(InputException.class)
                .hasMessage("small.csv, column \"k\": every row analysed has the same value (3); a constant column"
                        + " cannot be analysed, so leave it out of the mapping");
    }

    @Test
    void warnsWhenAUnitLevelScoreLacksAgreementOrReliability() {
        String json = Examples.modelJson()
                .replace(
                        "\"scalePoints\": 5},\n    \"performance\"",
                        "\"scalePoints\": 5, \"aggregate\": true},\n    \"performance\"")
                .replace("\"agreement\": {\"constructs\": [\"climate\"]},", "");
        ModelSpec s = ModelSpec.parse(json, "model.json");
        assertThat(s.construct("climate").aggregate()).isTrue();

        JsonObject out = new EvidenceRunner(s, data).run();

        assertThat(out.getJsonArray("warnings").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .contains("construct climate is used as a unit-level score (aggregate) but its agreement is not"
                        + " checked; add it to analyses.agreement");
        JsonObject descriptives =
                out.getJsonObject("descriptives").getJsonObject("variables").getJsonObject("climate");
        assertThat(descriptives.getString("kind")).isEqualTo("unit-level construct");
        assertThat(out.get("agreement")).isNull();
        assertThat(out.getJsonObject("model7").get("paths")).isNotEqualTo(JsonValue.NULL);
    }

    @Test
    void warnsAboutLowAlphaAndLowAgreementOfAUnitLevelScore() {
        // two unrelated items: alpha near 0; every unit answers at random, so no agreement
        StringBuilder csv = new StringBuilder("unit,a,b,y\n");
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 120; i++) {
            csv.append("u").append(i % 6).append(',');
            csv.append(1 + random.nextInt(5))
                    .append(',')
                    .append(1 + random.nextInt(5))
                    .append(',');
            csv.append(random.nextInt(10)).append('\n');
        }
        ModelSpec s = ModelSpec.parse("""
                {"constructs": {"noise": {"items": ["a", "b"], "scalePoints": 5, "aggregate": true}},
                 "group": "unit",
                 "analyses": {"reliability": true, "agreement": true}}
                """, "model.json");

        JsonObject out = new EvidenceRunner(s, DataTable.parseCsv(csv.toString(), "noise.csv")).run();

        List<String> warnings = out.getJsonArray("warnings").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
        assertThat(warnings).anyMatch(w -> w.startsWith("alpha of noise is ") && w.endsWith(", below 0.70"));
        assertThat(warnings)
                .anyMatch(w -> w.startsWith("mean rwg(j) of noise is ")
                        && w.endsWith("below 0.70, yet it is used as a unit-level score"));
        assertThat(warnings).anyMatch(w -> w.startsWith("units do not differ significantly in noise (ICC(1) = "));
        assertThat(out.getJsonObject("reliability").getJsonObject("noise").getString("note"))
                .isEqualTo("omega needs at least 3 items");
    }

    @Test
    void aConstantItemIsRefusedNamingItsColumn() {
        StringBuilder csv = new StringBuilder("a1,a2,b1,b2\n");
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 20; i++) {
            int x = 1 + random.nextInt(5);
            csv.append(x).append(',').append(Math.min(5, x + random.nextInt(2))).append(",4,");
            csv.append(1 + random.nextInt(5)).append('\n');
        }
        ModelSpec s = ModelSpec.parse("""
                {"constructs": {"a": {"items": ["a1", "a2"], "scalePoints": 5},
                                "b": {"items": ["b1", "b2"], "scalePoints": 5}},
                 "analyses": {"reliability": true}}
                """, "model.json");
        EvidenceRunner runner = new EvidenceRunner(s, DataTable.parseCsv(csv.toString(), "c.csv"));

        assertThatThrownBy(runner::run)
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("c.csv, column \"b1\": every row analysed has the same value (4)")
                .extracting(e -> ((InputException) e).problems().get(0).kind())
                .isEqualTo(DataProblem.Kind.CONSTANT_COLUMN);
    }
}
