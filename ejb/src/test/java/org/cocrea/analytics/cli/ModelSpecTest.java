package org.cocrea.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cocrea.analytics.control.BootstrapCiMethod;
import org.cocrea.analytics.control.CfaChiSquareConvention;
import org.cocrea.analytics.control.ProcessConditioning;
import org.cocrea.analytics.control.ProcessOptions;
import org.cocrea.analytics.data.ColumnMapping;
import org.cocrea.analytics.data.DataTable;
import org.cocrea.analytics.data.InputException;
import org.cocrea.analytics.evidence.Analysis;
import org.junit.jupiter.api.Test;

class ModelSpecTest {

    static final List<String> COLUMNS = List.of("firm", "tenure", "size", "CE1", "CE2", "CE3", "VC1", "VC2", "IP1");

    /** A valid specification; tests replace one fragment to break it. */
    static final String VALID = """
            {
              "constructs": {
                "engagement": {"items": ["CE1", "CE2", "CE3"], "reverse": ["CE3"], "scalePoints": 7},
                "cocreation": {"items": ["VC1", "VC2"], "scalePoints": 7},
                "performance": {"items": ["IP1"], "scalePoints": 5}
              },
              "group": "firm",
              "controls": ["tenure", "size"],
              "missing": "listwise",
              "analyses": {
                "reliability": true,
                "agreement": {"constructs": ["cocreation"]},
                "cfa": {"constructs": ["engagement", "cocreation"]},
                "regression": {"dependent": "performance", "blocks": [["tenure", "size"], ["engagement"]]},
                "model4": {"x": "engagement", "m": "cocreation", "y": "performance", "covariates": ["tenure"]},
                "model7": {"x": "engagement", "w": "size", "m": "cocreation", "y": "performance", "centre": true,
                           "resamples": 1000, "seed": 42, "ci": "bc", "conditioning": "mean-sd"}
              }
            }
            """;

    private static ModelSpec parse(String json) {
        return ModelSpec.parse(json, "model.json");
    }

    private static String replace(String from, String to) {
        assertThat(VALID).contains(from);
        return VALID.replace(from, to);
    }

    @Test
    void parsesTheWholeTree() {
        ModelSpec spec = parse(VALID);
        spec.checkAgainst(COLUMNS, "data.csv");

        assertThat(spec.constructs()).containsOnlyKeys("engagement", "cocreation", "performance");
        assertThat(spec.construct("engagement").reverse()).containsExactly("CE3");
        assertThat(spec.construct("engagement").scalePoints()).isEqualTo(7);
        assertThat(spec.group()).isEqualTo("firm");
        assertThat(spec.missing()).isEqualTo(ColumnMapping.MissingRule.LISTWISE);
        assertThat(spec.analyses())
                .extracting(Analysis::key)
                .containsExactly("reliability", "agreement", "cfa", "regression", "model4", "model7");
        assertThat(spec.analysis(Analysis.Reliability.class).constructs())
                .containsExactly("engagement", "cocreation", "performance");
        assertThat(spec.analysis(Analysis.Cfa.class).constructs()).containsExactly("engagement", "cocreation");
        Analysis.Regression regression = spec.analysis(Analysis.Regression.class);
        assertThat(regression.labels()).containsExactly("step 1", "step 2");
        assertThat(regression.confidence()).isEqualTo(0.95);
        Analysis.Model4 m4 = spec.analysis(Analysis.Model4.class);
        assertThat(m4.settings().resamples()).isEqualTo(ProcessOptions.DEFAULT_RESAMPLES);
        assertThat(m4.settings().seed()).isEqualTo(ProcessOptions.DEFAULT_SEED);
        Analysis.Model7 m7 = spec.analysis(Analysis.Model7.class);
        ProcessOptions options = m7.settings().options(m7.centre());
        assertThat(options.resamples()).isEqualTo(1000);
        assertThat(options.seed()).isEqualTo(42);
        assertThat(options.ciMethod()).isEqualTo(BootstrapCiMethod.BIAS_CORRECTED);
        assertThat(options.conditioning()).isEqualTo(ProcessConditioning.MEAN_AND_SD);
        assertThat(options.centre()).isTrue();
        assertThat(spec.numericColumns()).containsExactly("CE1", "CE2", "CE3", "VC1", "VC2", "IP1", "tenure", "size");
    }

    @Test
    void namesTheItemThatIsNotAColumn() {
        ModelSpec spec = parse(
                replace("\"CE3\"], \"reverse\"", "\"CE9\"], \"reverse\"").replace("\"reverse\": [\"CE3\"], ", ""));

        assertThatThrownBy(() -> spec.checkAgainst(COLUMNS, "data.csv"))
                .isInstanceOf(InputException.class)
                .hasMessage("model.json: constructs.engagement.items[2]: no column \"CE9\" in data.csv");
    }

    @Test
    void namesUnknownGroupAndControlColumns() {
        assertThatThrownBy(() -> parse(replace("\"group\": \"firm\"", "\"group\": \"company\""))
                        .checkAgainst(COLUMNS, "data.csv"))
                .hasMessage("model.json: group: no column \"company\" in data.csv");
        assertThatThrownBy(() -> parse(replace("[\"tenure\", \"size\"],", "[\"tenure\", \"sise\"],"))
                        .checkAgainst(COLUMNS, "data.csv"))
                .hasMessage("model.json: controls[1]: no column \"sise\" in data.csv");
    }

    @Test
    void namesAnUnknownVariableInAnAnalysis() {
        ModelSpec spec = parse(replace("\"w\": \"size\"", "\"w\": \"climat\""));

        assertThatThrownBy(() -> spec.checkAgainst(COLUMNS, "data.csv"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("model.json: analyses.model7.w: \"climat\" is neither a construct")
                .hasMessageEndingWith("nor a column of data.csv");
        ModelSpec blocks = parse(replace("[\"engagement\"]]", "[\"engagement*climat\"]]"));
        assertThatThrownBy(() -> blocks.checkAgainst(COLUMNS, "data.csv"))
                .hasMessageStartingWith("model.json: analyses.regression.blocks[1][0]: \"climat\" is neither");
    }

    @Test
    void namesAnUnknownConstructInAConstructList() {
        assertThatThrownBy(
                        () -> parse(replace("{\"constructs\": [\"cocreation\"]}", "{\"constructs\": [\"climate\"]}")))
                .isInstanceOf(InputException.class)
                .hasMessage("model.json: analyses.agreement.constructs[0]: no construct \"climate\""
                        + " (constructs are engagement, cocreation, performance)");
    }

    @Test
    void reportsWrongTypesWithTheirPath() {
        assertThatThrownBy(() -> parse(replace("\"scalePoints\": 5", "\"scalePoints\": \"5\"")))
                .hasMessage("model.json: constructs.performance.scalePoints: expected a whole number, found the string"
                        + " \"5\"");
        assertThatThrownBy(() -> parse(replace("\"items\": [\"IP1\"]", "\"items\": \"IP1\"")))
                .hasMessage("model.json: constructs.performance.items: expected an array, found the string \"IP1\"");
        assertThatThrownBy(() -> parse(replace("[\"tenure\", \"size\"],", "[\"tenure\", 7],")))
                .hasMessage("model.json: controls[1]: expected a string, found the number 7");
        assertThatThrownBy(() -> parse(replace("\"centre\": true", "\"centre\": \"yes\"")))
                .hasMessage("model.json: analyses.model7.centre: expected true or false, found the string \"yes\"");
        assertThatThrownBy(() -> parse(replace("\"resamples\": 1000", "\"resamples\": 99.5")))
                .hasMessage("model.json: analyses.model7.resamples: expected a whole number, found the number 99.5");
        assertThatThrownBy(() -> parse(replace("\"ci\": \"bc\"", "\"ci\": \"bca\"")))
                .hasMessageStartingWith("model.json: analyses.model7.ci: \"bca\" is not a bootstrap interval");
        assertThatThrownBy(() -> parse("[1, 2]")).hasMessageContaining("must be a JSON object");
    }

    @Test
    void reportsBadJsonWithLineAndColumn() {
        assertThatThrownBy(() -> parse("{\n  \"constructs\": {\n    \"a\": {\"items\": [\"CE1\",]}\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("model.json line 3, column ")
                .hasMessageContaining("not valid JSON");
        // comments are not JSON
        assertThatThrownBy(() -> parse(replace("\"missing\": \"listwise\",", "\"missing\": \"listwise\", // rule")))
                .hasMessage("model.json line 9, column 26: not valid JSON (Unexpected char 47)");
    }

    @Test
    void refusesUnknownKeysRequiredKeysAndInconsistentNames() {
        assertThatThrownBy(() -> parse(replace("\"scalePoints\": 5", "\"scalepoints\": 5")))
                .hasMessageStartingWith("model.json: constructs.performance.scalepoints: unknown key");
        assertThatThrownBy(() -> parse(replace("\"reliability\": true,", "\"reliabilty\": true,")))
                .hasMessageStartingWith("model.json: analyses.reliabilty: unknown analysis; this version knows"
                        + " reliability, agreement, cfa");
        assertThatThrownBy(() -> parse(replace(
                        "\"m\": \"cocreation\", \"y\": \"performance\", \"covariates\"",
                        "\"y\": \"performance\", \"covariates\"")))
                .hasMessage("model.json: analyses.model4.m: is required");
        assertThatThrownBy(() -> parse(replace("\"reverse\": [\"CE3\"]", "\"reverse\": [\"VC1\"]")))
                .hasMessage(
                        "model.json: constructs.engagement.reverse[0]: \"VC1\" is not one of the construct's items");
        assertThatThrownBy(() -> parse(replace("\"items\": [\"VC1\", \"VC2\"]", "\"items\": [\"VC1\", \"CE2\"]")))
                .hasMessage("model.json: constructs.cocreation.items[1]: column \"CE2\" is already an item of another"
                        + " construct");
        assertThatThrownBy(() -> parse(replace("\"group\": \"firm\",", "")))
                .hasMessage("model.json: analyses.agreement: needs \"group\", the column that identifies the units");
        assertThatThrownBy(() -> parse(replace("\"missing\": \"listwise\"", "\"missing\": \"pairwise\"")))
                .hasMessageStartingWith("model.json: missing: \"pairwise\" is not a missing-data rule");
    }

    @Test
    void parsesTheCfaConventionAndComparisons() {
        Analysis.Cfa cfa = parse(replace(
                        "\"cfa\": {\"constructs\": [\"engagement\", \"cocreation\"]}",
                        "\"cfa\": {\"constructs\": [\"engagement\", \"cocreation\"], \"convention\": \"wishart\","
                                + " \"compare\": [[\"cocreation\", \"engagement\"]]}"))
                .analysis(Analysis.Cfa.class);
        assertThat(cfa.convention()).isEqualTo(CfaChiSquareConvention.WISHART);
        assertThat(cfa.compare()).containsExactly(List.of("cocreation", "engagement"));

        Analysis.Cfa defaults = parse(
                        replace("\"cfa\": {\"constructs\": [\"engagement\", \"cocreation\"]}", "\"cfa\": true"))
                .analysis(Analysis.Cfa.class);
        assertThat(defaults.constructs()).containsExactly("engagement", "cocreation", "performance");
        assertThat(defaults.convention()).isEqualTo(CfaChiSquareConvention.NORMAL);
        assertThat(defaults.compare()).isEmpty();
    }

    @Test
    void refusesABadCfaConventionOrComparison() {
        String cfa = "\"cfa\": {\"constructs\": [\"engagement\", \"cocreation\"]}";
        assertThatThrownBy(() -> parse(replace(
                        cfa, "\"cfa\": {\"constructs\": [\"engagement\", \"cocreation\"], \"convention\": \"amos\"}")))
                .isInstanceOf(InputException.class)
                .hasMessage("model.json: analyses.cfa.convention: \"amos\" is not a chi-square convention; use"
                        + " \"normal\" (N·F, lavaan's default) or \"wishart\" ((N − 1)·F, AMOS/LISREL)");
        assertThatThrownBy(() -> parse(replace(
                        cfa,
                        "\"cfa\": {\"constructs\": [\"engagement\", \"cocreation\"],"
                                + " \"compare\": [[\"cocreation\", \"engagment\"]]}")))
                .isInstanceOf(InputException.class)
                .hasMessage("model.json: analyses.cfa.compare[0][1]: no construct \"engagment\" (constructs are"
                        + " engagement, cocreation, performance)");
        assertThatThrownBy(() -> parse(replace(
                        cfa,
                        "\"cfa\": {\"constructs\": [\"engagement\", \"cocreation\"],"
                                + " \"compare\": [[\"cocreation\", \"performance\"]]}")))
                .hasMessage("model.json: analyses.cfa.compare[0][1]: \"performance\" is not one of the constructs of"
                        + " the CFA (engagement, cocreation)");
        assertThatThrownBy(() -> parse(replace(
                        cfa,
                        "\"cfa\": {\"constructs\": [\"engagement\", \"cocreation\"],"
                                + " \"compare\": [[\"cocreation\"]]}")))
                .hasMessage("model.json: analyses.cfa.compare[0]: expected a pair of two constructs, found 1 names");
        assertThatThrownBy(() -> parse(replace(
                        cfa,
                        "\"cfa\": {\"constructs\": [\"engagement\", \"cocreation\"],"
                                + " \"compare\": [[\"cocreation\", \"cocreation\"]]}")))
                .hasMessage("model.json: analyses.cfa.compare[0]: a construct cannot be merged with itself");
        assertThatThrownBy(() -> parse(replace(cfa, "\"cfa\": {\"constructs\": [\"engagement\"], \"rotate\": 1}")))
                .hasMessageStartingWith("model.json: analyses.cfa.rotate: unknown key; expected one of compare,"
                        + " constructs, convention");
    }

    @Test
    void acceptsFalseAsSwitchedOffAndTrueAsAllConstructs() {
        ModelSpec spec = parse(replace("\"reliability\": true", "\"reliability\": false"));

        assertThat(spec.analysis(Analysis.Reliability.class)).isNull();
        assertThat(spec.analyses()).hasSize(5);
    }

    @Test
    void namesTheJsonPathOfAColumnMissingFromTheDataFile() {
        DataTable data = DataTable.parseCsv("firm,CE1\nA,1\n", "data.csv");
        ModelSpec spec = ModelSpec.parse(
                "{\"constructs\": {\"e\": {\"items\": [\"CE1\", \"CE2\"], \"scalePoints\": 5}},"
                        + " \"analyses\": {\"reliability\": true}}",
                "model.json");

        assertThatThrownBy(() -> spec.checkAgainst(data.columns(), data.source()))
                .hasMessage("model.json: constructs.e.items[1]: no column \"CE2\" in data.csv");
    }
}
