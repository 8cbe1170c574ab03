package org.cocrea.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.analytics.control.HierarchicalRegression;
import org.cocrea.analytics.control.HierarchicalResult;
import org.cocrea.analytics.control.ProcessConditionalEffect;
import org.cocrea.analytics.control.ProcessModel4;
import org.cocrea.analytics.control.ProcessModel4Result;
import org.cocrea.analytics.control.ProcessModel7;
import org.cocrea.analytics.control.ProcessModel7Result;
import org.cocrea.analytics.control.RegressionBlock;
import org.cocrea.analytics.control.RegressionVariable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EvidenceRunnerTest {

    private static ModelSpec spec;
    private static ItemData data;
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
        scores = ConstructScores.compute(spec.constructs().values(), data, rows, null);
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

        assertThat(result.getJsonObject("cfa").getString("status")).isEqualTo("not available");
        assertThat(result.getJsonArray("warnings").getValuesAs(jakarta.json.JsonString.class))
                .anyMatch(s -> s.getString().startsWith("confirmatory factor analysis is not available"));

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
        ModelSpec.Model7 m7 = spec.analysis(ModelSpec.Model7.class);
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
                spec.analysis(ModelSpec.Model4.class).settings().options(false));
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
    void refuseRuleStopsWithTheLinesThatMissValues() {
        ModelSpec refusing = ModelSpec.parse(
                Examples.modelJson().replace("\"missing\": \"listwise\"", "\"missing\": \"refuse\""), "model.json");

        assertThatThrownBy(() -> new EvidenceRunner(refusing, data).run())
                .isInstanceOf(InputException.class)
                .hasMessage("data.csv: 3 rows have missing values and the model says \"missing\": \"refuse\": line 18"
                        + " (CE2); line 89 (tenure); line 151 (IC3)");
    }

    @Test
    void aFailingAnalysisGetsAnErrorSectionAndTheOthersStillRun() {
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
        ItemData small = ItemData.parse(csv.toString(), "small.csv");
        ModelSpec s = ModelSpec.parse("""
                {"constructs": {"xs": {"items": ["x"], "scalePoints": 5}},
                 "analyses": {
                   "reliability": true,
                   "model4": {"x": "xs", "m": "m", "y": "y", "covariates": ["k"], "resamples": 0}}}
                """, "model.json");
        EvidenceRunner runner = new EvidenceRunner(s, small);

        JsonObject out = runner.run();

        assertThat(runner.failures()).containsExactly("model4: column k is constant");
        assertThat(out.getJsonObject("model4").getString("error")).isEqualTo("column k is constant");
        assertThat(out.getJsonObject("reliability").getJsonObject("xs").getString("note"))
                .contains("single item");
        assertThat(out.getJsonArray("warnings").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .contains(
                        "only 30 rows are analysed (n < 100); estimates and bootstrap intervals are imprecise",
                        "column k is constant (3.0) in the rows analysed",
                        "model4 could not be run: column k is constant");
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

        JsonObject out = new EvidenceRunner(s, ItemData.parse(csv.toString(), "noise.csv")).run();

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
    void aConstantItemFailsOnlyItsConstructsReliability() {
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
        EvidenceRunner runner = new EvidenceRunner(s, ItemData.parse(csv.toString(), "c.csv"));

        JsonObject out = runner.run();

        assertThat(out.getJsonObject("reliability").getJsonObject("a").containsKey("alpha"))
                .isTrue();
        assertThat(out.getJsonObject("reliability").getJsonObject("b").getString("error"))
                .startsWith("item 1 is constant");
        assertThat(runner.failures()).singleElement().asString().startsWith("reliability of b: item 1 is constant");
        assertThat(out.getJsonObject("input").getString("dataFile")).isEqualTo("c.csv");
    }
}
