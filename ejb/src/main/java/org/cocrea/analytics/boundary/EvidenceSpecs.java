package org.cocrea.analytics.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.analytics.cli.ModelSpec;
import org.cocrea.analytics.control.BootstrapCiMethod;
import org.cocrea.analytics.control.BootstrapPercentileRule;
import org.cocrea.analytics.control.CfaChiSquareConvention;
import org.cocrea.analytics.control.ProcessConditioning;
import org.cocrea.analytics.data.ColumnMapping;
import org.cocrea.analytics.data.ColumnMapping.Construct;
import org.cocrea.analytics.data.InputException;
import org.cocrea.analytics.evidence.Analysis;
import org.cocrea.analytics.evidence.Analysis.Agreement;
import org.cocrea.analytics.evidence.Analysis.Cfa;
import org.cocrea.analytics.evidence.Analysis.Model4;
import org.cocrea.analytics.evidence.Analysis.Model7;
import org.cocrea.analytics.evidence.Analysis.ProcessSettings;
import org.cocrea.analytics.evidence.Analysis.Regression;
import org.cocrea.analytics.evidence.Analysis.Reliability;

/**
 * A saved analysis' choices as text: the column mapping and the analyses in the JSON format of the
 * command line's model file ({@code docs/evidence-cli.md}), so a stored analysis can be downloaded
 * and run with the command line as it is, and is read back by the same parser ({@link ModelSpec});
 * the constructs' display names as a small JSON object.
 */
public final class EvidenceSpecs {

    private EvidenceSpecs() {}

    /** The mapping and analyses as the command line's model JSON. */
    public static String toJson(ColumnMapping mapping, List<? extends Analysis> analyses) {
        return write(toJsonObject(mapping, analyses));
    }

    /** The mapping and analyses as the command line's model JSON object. */
    public static JsonObject toJsonObject(ColumnMapping mapping, List<? extends Analysis> analyses) {
        JsonObjectBuilder constructs = Json.createObjectBuilder();
        for (Construct c : mapping.constructs()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("items", strings(c.items()));
            if (!c.reverse().isEmpty()) {
                o.add("reverse", strings(c.reverse()));
            }
            o.add("scalePoints", c.scalePoints());
            if (c.aggregate()) {
                o.add("aggregate", true);
            }
            constructs.add(c.name(), o);
        }
        JsonObjectBuilder root = Json.createObjectBuilder().add("constructs", constructs);
        if (mapping.group() != null) {
            root.add("group", mapping.group());
        }
        root.add("controls", strings(mapping.controls()));
        root.add("missing", mapping.missing().key());
        JsonObjectBuilder an = Json.createObjectBuilder();
        for (Analysis a : analyses) {
            an.add(a.key(), analysis(a));
        }
        return root.add("analyses", an).build();
    }

    private static JsonObjectBuilder analysis(Analysis a) {
        if (a instanceof Reliability r) {
            return Json.createObjectBuilder().add("constructs", strings(r.constructs()));
        }
        if (a instanceof Agreement g) {
            return Json.createObjectBuilder().add("constructs", strings(g.constructs()));
        }
        if (a instanceof Cfa c) {
            JsonArrayBuilder pairs = Json.createArrayBuilder();
            c.compare().forEach(p -> pairs.add(strings(p)));
            return Json.createObjectBuilder()
                    .add("constructs", strings(c.constructs()))
                    .add("convention", c.convention() == CfaChiSquareConvention.WISHART ? "wishart" : "normal")
                    .add("compare", pairs);
        }
        if (a instanceof Regression r) {
            JsonArrayBuilder blocks = Json.createArrayBuilder();
            r.blocks().forEach(b -> blocks.add(strings(b)));
            return Json.createObjectBuilder()
                    .add("dependent", r.dependent())
                    .add("blocks", blocks)
                    .add("labels", strings(r.labels()))
                    .add("centre", strings(r.centre()))
                    .add("confidence", r.confidence());
        }
        if (a instanceof Model4 m) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("x", m.x())
                    .add("m", m.m())
                    .add("y", m.y())
                    .add("covariates", strings(m.covariates()));
            bootstrap(o, m.settings());
            return o;
        }
        Model7 m = (Model7) a;
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("x", m.x())
                .add("w", m.w())
                .add("m", m.m())
                .add("y", m.y())
                .add("covariates", strings(m.covariates()))
                .add("centre", m.centre());
        bootstrap(o, m.settings());
        ProcessSettings s = m.settings();
        o.add("conditioning", s.conditioning() == ProcessConditioning.MEAN_AND_SD ? "mean-sd" : "percentiles");
        if (s.wValues() != null) {
            JsonArrayBuilder w = Json.createArrayBuilder();
            for (double v : s.wValues()) {
                w.add(v);
            }
            o.add("wValues", w);
        }
        return o;
    }

    private static void bootstrap(JsonObjectBuilder o, ProcessSettings s) {
        o.add("resamples", s.resamples())
                .add("seed", s.seed())
                .add("confidence", s.confidence())
                .add("ci", s.ci() == BootstrapCiMethod.BIAS_CORRECTED ? "bias-corrected" : "percentile")
                .add(
                        "percentileRule",
                        s.percentileRule() == BootstrapPercentileRule.HYNDMAN_FAN_TYPE_6 ? "type6" : "process");
    }

    /**
     * Reads a model JSON back.
     *
     * @throws InputException naming the JSON path of what is wrong
     */
    public static ModelSpec parse(String json) {
        return ModelSpec.parse(json, "the analysis' model");
    }

    /**
     * A setup from the command line's model JSON, as the API receives it.
     *
     * @throws EvidenceInputException (field "model") naming the JSON path of what is wrong
     */
    public static EvidenceSetup setup(String name, String modelJson, Map<String, String> labels) {
        if (modelJson == null || modelJson.isBlank()) {
            throw new EvidenceInputException(
                    "model",
                    "Send the model: the constructs and analyses in the command line's JSON format.",
                    List.of());
        }
        try {
            ModelSpec spec = parse(modelJson);
            return new EvidenceSetup(name, spec.mapping(), spec.analyses(), labels == null ? Map.of() : labels);
        } catch (InputException e) {
            throw new EvidenceInputException("model", e.getMessage(), e.problems());
        }
    }

    /** Display names as a JSON object, in the order given. */
    public static String labelsToJson(Map<String, String> labels) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        labels.forEach((k, v) -> {
            if (k != null && v != null && !v.isBlank()) {
                o.add(k, v.strip());
            }
        });
        return write(o.build());
    }

    /** Display names from their JSON object; an empty map for null or blank text. */
    public static Map<String, String> labelsFromJson(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            for (Map.Entry<String, JsonValue> e : reader.readObject().entrySet()) {
                if (e.getValue() instanceof JsonString s) {
                    out.put(e.getKey(), s.getString());
                }
            }
        } catch (JsonParsingException | ClassCastException e) {
            throw new InputException("the labels are not a JSON object of names: " + e.getMessage());
        }
        return out;
    }

    /** Parses a JSON object from text. */
    public static JsonObject readObject(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    private static String write(JsonObject o) {
        StringWriter out = new StringWriter();
        try (var w = Json.createWriter(out)) {
            w.writeObject(o);
        }
        return out.toString();
    }
}
