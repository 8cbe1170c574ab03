package org.cocrea.analytics.cli;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.cocrea.analytics.control.BootstrapCiMethod;
import org.cocrea.analytics.control.BootstrapPercentileRule;
import org.cocrea.analytics.control.CfaChiSquareConvention;
import org.cocrea.analytics.control.ProcessConditioning;
import org.cocrea.analytics.control.ProcessOptions;
import org.cocrea.analytics.data.ColumnMapping;
import org.cocrea.analytics.data.ColumnMapping.Construct;
import org.cocrea.analytics.data.ColumnMapping.MissingRule;
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
 * The model specification of an evidence run, parsed from JSON (format in {@code
 * docs/evidence-cli.md}): the {@link ColumnMapping} (constructs, group, controls, missing-data rule)
 * and the {@link Analysis analyses}. Parsing checks structure and types; {@link #checkAgainst}
 * checks the names against the columns of the data file. Every message names the JSON path of the
 * offending value, e.g. {@code constructs.engagement.items[2]} (array positions count from 0).
 *
 * <p>To add an analysis: add a record implementing {@link Analysis}, a parser to {@link #PARSERS},
 * and its computation to {@link org.cocrea.analytics.evidence.EvidenceAnalysis}.
 *
 * @param source name of the specification file, for messages
 * @param mapping the constructs, group column, controls and missing-data rule
 * @param analyses the analyses in the order of {@link #analysisKeys()}
 */
public record ModelSpec(String source, ColumnMapping mapping, List<Analysis> analyses) {

    public ModelSpec {
        analyses = List.copyOf(analyses);
    }

    /** The multi-item constructs by name, in the order given. */
    public Map<String, Construct> constructs() {
        return mapping.constructsByName();
    }

    /** Column identifying the unit (firm, team) of each respondent, or null. */
    public String group() {
        return mapping.group();
    }

    /** Raw numeric columns used as controls. */
    public List<String> controls() {
        return mapping.controls();
    }

    /** What to do with rows that lack a value the run needs. */
    public MissingRule missing() {
        return mapping.missing();
    }

    /** Parsers of the entries under {@code analyses}, by key; the order is the order of the output. */
    private static final Map<String, BiFunction<Parser, JsonValue, Analysis>> PARSERS = new LinkedHashMap<>();

    static {
        PARSERS.put("reliability", (p, v) -> new Reliability(p.constructList(v, "analyses.reliability")));
        PARSERS.put("agreement", (p, v) -> new Agreement(p.constructList(v, "analyses.agreement")));
        PARSERS.put("cfa", Parser::cfa);
        PARSERS.put("regression", Parser::regression);
        PARSERS.put("model4", Parser::model4);
        PARSERS.put("model7", Parser::model7);
    }

    /** The analysis keys this version understands. */
    public static Set<String> analysisKeys() {
        return PARSERS.keySet();
    }

    /**
     * Parses a specification.
     *
     * @param json the file's content
     * @param source the file's name, for messages
     * @throws InputException on invalid JSON, a wrong type, an unknown key or an inconsistent name
     */
    public static ModelSpec parse(String json, String source) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InputException(
                        source + ": the specification must be a JSON object {...}, found " + describe(value));
            }
            root = value.asJsonObject();
        } catch (JsonParsingException e) {
            throw new InputException(
                    source + " line " + e.getLocation().getLineNumber() + ", column "
                            + e.getLocation().getColumnNumber() + ": not valid JSON ("
                            + e.getMessage().replaceFirst(" at \\(line no=.*\\)$", "") + ")",
                    e);
        } catch (JsonException e) {
            throw new InputException(source + ": not valid JSON (" + e.getMessage() + ")", e);
        }
        return new Parser(source).spec(root);
    }

    /** The construct of that name, or null. */
    public Construct construct(String name) {
        return mapping.construct(name);
    }

    /** The analysis of that type, or null. */
    public <A extends Analysis> A analysis(Class<A> type) {
        for (Analysis a : analyses) {
            if (type.isInstance(a)) {
                return type.cast(a);
            }
        }
        return null;
    }

    /**
     * Checks every column name against the header of the data file: construct items, the group,
     * the controls and the names used by the analyses (each must be a construct or a column).
     *
     * @param columns the data file's header
     * @param dataName the data file's name, for messages
     * @throws InputException naming the JSON path of the first name that is not found
     */
    public void checkAgainst(Collection<String> columns, String dataName) {
        Set<String> header = new HashSet<>(columns);
        for (Construct c : mapping.constructs()) {
            for (int i = 0; i < c.items().size(); i++) {
                if (!header.contains(c.items().get(i))) {
                    throw error(
                            "constructs." + c.name() + ".items[" + i + "]",
                            "no column \"" + c.items().get(i) + "\" in " + dataName);
                }
            }
        }
        String group = group();
        List<String> controls = controls();
        if (group != null && !header.contains(group)) {
            throw error("group", "no column \"" + group + "\" in " + dataName);
        }
        for (int i = 0; i < controls.size(); i++) {
            if (!header.contains(controls.get(i))) {
                throw error("controls[" + i + "]", "no column \"" + controls.get(i) + "\" in " + dataName);
            }
        }
        for (Analysis a : analyses) {
            for (Analysis.Reference r : a.references()) {
                if (!constructs().containsKey(r.name()) && !header.contains(r.name())) {
                    throw error(
                            "analyses." + r.path(),
                            "\"" + r.name() + "\" is neither a construct ("
                                    + String.join(", ", constructs().keySet()) + ") nor a column of " + dataName);
                }
            }
        }
    }

    /**
     * The data columns the run reads as numbers: items, controls and raw columns the analyses
     * name, in a stable order.
     */
    public Set<String> numericColumns() {
        Set<String> out = new LinkedHashSet<>(mapping.numericColumns());
        for (Analysis a : analyses) {
            for (Analysis.Reference r : a.references()) {
                if (!constructs().containsKey(r.name())) {
                    out.add(r.name());
                }
            }
        }
        return out;
    }

    private InputException error(String path, String message) {
        return new InputException(source + ": " + path + ": " + message);
    }

    private static String describe(JsonValue v) {
        return switch (v.getValueType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "the string " + v;
            case NUMBER -> "the number " + v;
            case TRUE, FALSE -> v.toString();
            case NULL -> "null";
        };
    }

    /** Reads the JSON tree, checking types and names, with messages naming the path. */
    private static final class Parser {
        private final String source;
        private Map<String, Construct> constructs = Map.of();

        Parser(String source) {
            this.source = source;
        }

        ModelSpec spec(JsonObject root) {
            keys(root, "", Set.of("constructs", "group", "controls", "missing", "analyses"));
            JsonObject cs = object(required(root, "constructs", ""), "constructs");
            if (cs.isEmpty()) {
                throw error("constructs", "define at least one construct");
            }
            Map<String, Construct> parsed = new LinkedHashMap<>();
            Set<String> itemOwner = new HashSet<>();
            for (Map.Entry<String, JsonValue> e : cs.entrySet()) {
                Construct c = construct(e.getKey(), e.getValue());
                for (int i = 0; i < c.items().size(); i++) {
                    if (!itemOwner.add(c.items().get(i))) {
                        throw error(
                                "constructs." + c.name() + ".items[" + i + "]",
                                "column \"" + c.items().get(i) + "\" is already an item of another construct");
                    }
                }
                parsed.put(c.name(), c);
            }
            constructs = parsed;
            String group = root.containsKey("group") ? string(root.get("group"), "group") : null;
            List<String> controls =
                    root.containsKey("controls") ? strings(root.get("controls"), "controls") : List.of();
            for (int i = 0; i < controls.size(); i++) {
                if (constructs.containsKey(controls.get(i))) {
                    throw error(
                            "controls[" + i + "]",
                            "\"" + controls.get(i) + "\" is a construct; controls are columns of the data file");
                }
            }
            MissingRule missing = MissingRule.LISTWISE;
            if (root.containsKey("missing")) {
                String m = string(root.get("missing"), "missing");
                missing = switch (m) {
                    case "listwise" -> MissingRule.LISTWISE;
                    case "refuse" -> MissingRule.REFUSE;
                    default ->
                        throw error(
                                "missing",
                                "\"" + m + "\" is not a missing-data rule; use \"listwise\"" + " or \"refuse\"");
                };
            }
            for (Construct c : constructs.values()) {
                if (c.aggregate() && group == null) {
                    throw error(
                            "constructs." + c.name() + ".aggregate",
                            "a unit-level score needs \"group\", the column that identifies the units");
                }
            }
            JsonObject an = object(required(root, "analyses", ""), "analyses");
            List<Analysis> analyses = new ArrayList<>();
            for (String key : an.keySet()) {
                if (!PARSERS.containsKey(key)) {
                    throw error(
                            "analyses." + key,
                            "unknown analysis; this version knows " + String.join(", ", PARSERS.keySet()));
                }
            }
            for (Map.Entry<String, BiFunction<Parser, JsonValue, Analysis>> p : PARSERS.entrySet()) {
                JsonValue v = an.get(p.getKey());
                if (v == null || v.getValueType() == JsonValue.ValueType.FALSE) {
                    continue;
                }
                analyses.add(p.getValue().apply(this, v));
            }
            if (analyses.isEmpty()) {
                throw error(
                        "analyses", "no analysis requested; known analyses are " + String.join(", ", PARSERS.keySet()));
            }
            Agreement agreement = analyses.stream()
                    .filter(Agreement.class::isInstance)
                    .map(Agreement.class::cast)
                    .findFirst()
                    .orElse(null);
            if (agreement != null && group == null) {
                throw error("analyses.agreement", "needs \"group\", the column that identifies the units");
            }
            return new ModelSpec(
                    source, new ColumnMapping(List.copyOf(constructs.values()), group, controls, missing), analyses);
        }

        private Construct construct(String name, JsonValue value) {
            String path = "constructs." + name;
            if (name.isBlank() || name.contains("*")) {
                throw error(path, "a construct name must not be blank or contain '*'");
            }
            JsonObject o = object(value, path);
            keys(o, path, Set.of("items", "reverse", "scalePoints", "aggregate"));
            List<String> items = strings(required(o, "items", path), path + ".items");
            if (items.isEmpty()) {
                throw error(path + ".items", "list at least one item column");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                if (!seen.add(items.get(i))) {
                    throw error(path + ".items[" + i + "]", "item \"" + items.get(i) + "\" is listed twice");
                }
            }
            List<String> reverse = o.containsKey("reverse") ? strings(o.get("reverse"), path + ".reverse") : List.of();
            for (int i = 0; i < reverse.size(); i++) {
                if (!items.contains(reverse.get(i))) {
                    throw error(
                            path + ".reverse[" + i + "]",
                            "\"" + reverse.get(i) + "\" is not one of the construct's items");
                }
            }
            int points = integer(required(o, "scalePoints", path), path + ".scalePoints");
            if (points < 2) {
                throw error(path + ".scalePoints", "must be at least 2 (answers coded 1..scalePoints), was " + points);
            }
            boolean aggregate = o.containsKey("aggregate") && bool(o.get("aggregate"), path + ".aggregate");
            return new Construct(name, items, reverse, points, aggregate);
        }

        /** {@code true} (all constructs) or {@code {"constructs": [...]}}. */
        List<String> constructList(JsonValue v, String path) {
            if (v.getValueType() == JsonValue.ValueType.TRUE) {
                return List.copyOf(constructs.keySet());
            }
            JsonObject o = object(v, path, "true or an object");
            keys(o, path, Set.of("constructs"));
            if (!o.containsKey("constructs")) {
                return List.copyOf(constructs.keySet());
            }
            List<String> names = strings(o.get("constructs"), path + ".constructs");
            for (int i = 0; i < names.size(); i++) {
                construct(names.get(i), path + ".constructs[" + i + "]");
            }
            return names;
        }

        private Construct construct(String name, String path) {
            Construct c = constructs.get(name);
            if (c == null) {
                throw error(
                        path,
                        "no construct \"" + name + "\" (constructs are " + String.join(", ", constructs.keySet())
                                + ")");
            }
            return c;
        }

        /**
         * {@code true} (all constructs, normal convention, no comparisons) or {@code {"constructs":
         * [...], "convention": "normal"|"wishart", "compare": [["a", "b"], ...]}}.
         */
        Analysis cfa(JsonValue v) {
            String path = "analyses.cfa";
            if (v.getValueType() == JsonValue.ValueType.TRUE) {
                return new Cfa(List.copyOf(constructs.keySet()));
            }
            JsonObject o = object(v, path, "true or an object");
            keys(o, path, Set.of("constructs", "convention", "compare"));
            List<String> names = List.copyOf(constructs.keySet());
            if (o.containsKey("constructs")) {
                names = strings(o.get("constructs"), path + ".constructs");
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < names.size(); i++) {
                    construct(names.get(i), path + ".constructs[" + i + "]");
                    if (!seen.add(names.get(i))) {
                        throw error(path + ".constructs[" + i + "]", "\"" + names.get(i) + "\" is listed twice");
                    }
                }
                if (names.isEmpty()) {
                    throw error(path + ".constructs", "list at least one construct");
                }
            }
            CfaChiSquareConvention convention = CfaChiSquareConvention.NORMAL;
            if (o.containsKey("convention")) {
                String c = string(o.get("convention"), path + ".convention");
                convention = switch (c) {
                    case "normal" -> CfaChiSquareConvention.NORMAL;
                    case "wishart" -> CfaChiSquareConvention.WISHART;
                    default ->
                        throw error(
                                path + ".convention",
                                "\"" + c + "\" is not a chi-square convention; use \"normal\" (N·F, lavaan's"
                                        + " default) or \"wishart\" ((N − 1)·F, AMOS/LISREL)");
                };
            }
            List<List<String>> compare = new ArrayList<>();
            if (o.containsKey("compare")) {
                JsonArray pairs = array(o.get("compare"), path + ".compare");
                for (int i = 0; i < pairs.size(); i++) {
                    String pairPath = path + ".compare[" + i + "]";
                    List<String> pair = strings(pairs.get(i), pairPath);
                    if (pair.size() != 2) {
                        throw error(pairPath, "expected a pair of two constructs, found " + pair.size() + " names");
                    }
                    for (int j = 0; j < 2; j++) {
                        construct(pair.get(j), pairPath + "[" + j + "]");
                        if (!names.contains(pair.get(j))) {
                            throw error(
                                    pairPath + "[" + j + "]",
                                    "\"" + pair.get(j) + "\" is not one of the constructs of the CFA ("
                                            + String.join(", ", names) + ")");
                        }
                    }
                    if (pair.get(0).equals(pair.get(1))) {
                        throw error(pairPath, "a construct cannot be merged with itself");
                    }
                    compare.add(pair);
                }
            }
            return new Cfa(names, convention, compare);
        }

        Analysis regression(JsonValue v) {
            String path = "analyses.regression";
            JsonObject o = object(v, path);
            keys(o, path, Set.of("dependent", "blocks", "labels", "centre", "confidence"));
            String dependent = string(required(o, "dependent", path), path + ".dependent");
            JsonArray bs = array(required(o, "blocks", path), path + ".blocks");
            if (bs.isEmpty()) {
                throw error(path + ".blocks", "list at least one block, e.g. [[\"tenure\"], [\"engagement\"]]");
            }
            List<List<String>> blocks = new ArrayList<>();
            for (int b = 0; b < bs.size(); b++) {
                List<String> terms = strings(bs.get(b), path + ".blocks[" + b + "]");
                if (terms.isEmpty()) {
                    throw error(path + ".blocks[" + b + "]", "a block must add at least one term");
                }
                blocks.add(terms);
            }
            List<String> labels;
            if (o.containsKey("labels")) {
                labels = strings(o.get("labels"), path + ".labels");
                if (labels.size() != blocks.size()) {
                    throw error(path + ".labels", "has " + labels.size() + " labels for " + blocks.size() + " blocks");
                }
            } else {
                labels = new ArrayList<>();
                for (int b = 0; b < blocks.size(); b++) {
                    labels.add("step " + (b + 1));
                }
            }
            List<String> centre = o.containsKey("centre") ? strings(o.get("centre"), path + ".centre") : List.of();
            double confidence = confidence(o, path);
            return new Regression(dependent, blocks, labels, centre, confidence);
        }

        Analysis model4(JsonValue v) {
            String path = "analyses.model4";
            JsonObject o = object(v, path);
            keys(
                    o,
                    path,
                    Set.of("x", "m", "y", "covariates", "resamples", "seed", "confidence", "ci", "percentileRule"));
            return new Model4(
                    string(required(o, "x", path), path + ".x"),
                    string(required(o, "m", path), path + ".m"),
                    string(required(o, "y", path), path + ".y"),
                    o.containsKey("covariates") ? strings(o.get("covariates"), path + ".covariates") : List.of(),
                    settings(o, path));
        }

        Analysis model7(JsonValue v) {
            String path = "analyses.model7";
            JsonObject o = object(v, path);
            keys(
                    o,
                    path,
                    Set.of(
                            "x",
                            "w",
                            "m",
                            "y",
                            "covariates",
                            "centre",
                            "resamples",
                            "seed",
                            "confidence",
                            "ci",
                            "percentileRule",
                            "conditioning",
                            "wValues"));
            return new Model7(
                    string(required(o, "x", path), path + ".x"),
                    string(required(o, "w", path), path + ".w"),
                    string(required(o, "m", path), path + ".m"),
                    string(required(o, "y", path), path + ".y"),
                    o.containsKey("covariates") ? strings(o.get("covariates"), path + ".covariates") : List.of(),
                    o.containsKey("centre") && bool(o.get("centre"), path + ".centre"),
                    settings(o, path));
        }

        private ProcessSettings settings(JsonObject o, String path) {
            int resamples = ProcessOptions.DEFAULT_RESAMPLES;
            if (o.containsKey("resamples")) {
                resamples = integer(o.get("resamples"), path + ".resamples");
                if (resamples != 0 && resamples < 100) {
                    throw error(
                            path + ".resamples", "use 0 (no bootstrap) or at least 100 resamples, was " + resamples);
                }
            }
            long seed = ProcessOptions.DEFAULT_SEED;
            if (o.containsKey("seed")) {
                JsonValue s = o.get("seed");
                if (!(s instanceof JsonNumber n) || !n.isIntegral()) {
                    throw error(path + ".seed", "expected a whole number, found " + describe(s));
                }
                try {
                    seed = n.longValueExact();
                } catch (ArithmeticException e) {
                    throw error(path + ".seed", "does not fit in 64 bits");
                }
            }
            BootstrapCiMethod ci = BootstrapCiMethod.PERCENTILE;
            if (o.containsKey("ci")) {
                String c = string(o.get("ci"), path + ".ci");
                ci = switch (c) {
                    case "percentile" -> BootstrapCiMethod.PERCENTILE;
                    case "bias-corrected", "bc" -> BootstrapCiMethod.BIAS_CORRECTED;
                    default ->
                        throw error(
                                path + ".ci",
                                "\"" + c + "\" is not a bootstrap interval; use"
                                        + " \"percentile\" or \"bias-corrected\"");
                };
            }
            BootstrapPercentileRule rule = BootstrapPercentileRule.PROCESS;
            if (o.containsKey("percentileRule")) {
                String r = string(o.get("percentileRule"), path + ".percentileRule");
                rule = switch (r) {
                    case "process" -> BootstrapPercentileRule.PROCESS;
                    case "type6" -> BootstrapPercentileRule.HYNDMAN_FAN_TYPE_6;
                    default ->
                        throw error(
                                path + ".percentileRule",
                                "\"" + r + "\" is not a percentile rule; use" + " \"process\" or \"type6\"");
                };
            }
            ProcessConditioning conditioning = ProcessConditioning.PERCENTILES;
            if (o.containsKey("conditioning")) {
                String c = string(o.get("conditioning"), path + ".conditioning");
                conditioning = switch (c) {
                    case "percentiles" -> ProcessConditioning.PERCENTILES;
                    case "mean-sd", "moments" -> ProcessConditioning.MEAN_AND_SD;
                    default ->
                        throw error(
                                path + ".conditioning",
                                "\"" + c + "\" is not a conditioning rule; use" + " \"percentiles\" or \"mean-sd\"");
                };
            }
            double[] wValues = null;
            if (o.containsKey("wValues")) {
                JsonArray a = array(o.get("wValues"), path + ".wValues");
                if (a.isEmpty()) {
                    throw error(path + ".wValues", "list at least one value, or leave it out");
                }
                wValues = new double[a.size()];
                for (int i = 0; i < a.size(); i++) {
                    wValues[i] = number(a.get(i), path + ".wValues[" + i + "]");
                }
            }
            return new ProcessSettings(resamples, seed, confidence(o, path), ci, rule, conditioning, wValues);
        }

        private double confidence(JsonObject o, String path) {
            if (!o.containsKey("confidence")) {
                return 0.95;
            }
            double c = number(o.get("confidence"), path + ".confidence");
            if (!(c > 0.5 && c < 1)) {
                throw error(path + ".confidence", "must lie between 0.5 and 1 (e.g. 0.95), was " + c);
            }
            return c;
        }

        private void keys(JsonObject o, String path, Set<String> allowed) {
            for (String k : o.keySet()) {
                if (!allowed.contains(k)) {
                    throw error(
                            path.isEmpty() ? k : path + "." + k,
                            "unknown key; expected one of "
                                    + String.join(
                                            ", ", allowed.stream().sorted().toList()));
                }
            }
        }

        private JsonValue required(JsonObject o, String key, String path) {
            JsonValue v = o.get(key);
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                throw error(path.isEmpty() ? key : path + "." + key, "is required");
            }
            return v;
        }

        private JsonObject object(JsonValue v, String path) {
            return object(v, path, "an object");
        }

        private JsonObject object(JsonValue v, String path, String expected) {
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw error(path, "expected " + expected + ", found " + describe(v));
            }
            return v.asJsonObject();
        }

        private JsonArray array(JsonValue v, String path) {
            if (v.getValueType() != JsonValue.ValueType.ARRAY) {
                throw error(path, "expected an array, found " + describe(v));
            }
            return v.asJsonArray();
        }

        private String string(JsonValue v, String path) {
            if (!(v instanceof JsonString s)) {
                throw error(path, "expected a string, found " + describe(v));
            }
            if (s.getString().isBlank()) {
                throw error(path, "must not be blank");
            }
            return s.getString().strip();
        }

        private List<String> strings(JsonValue v, String path) {
            JsonArray a = array(v, path);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                out.add(string(a.get(i), path + "[" + i + "]"));
            }
            return out;
        }

        private int integer(JsonValue v, String path) {
            if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
                throw error(path, "expected a whole number, found " + describe(v));
            }
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                throw error(path, "is too large");
            }
        }

        private double number(JsonValue v, String path) {
            if (!(v instanceof JsonNumber n)) {
                throw error(path, "expected a number, found " + describe(v));
            }
            return n.doubleValue();
        }

        private boolean bool(JsonValue v, String path) {
            if (v.getValueType() == JsonValue.ValueType.TRUE) {
                return true;
            }
            if (v.getValueType() == JsonValue.ValueType.FALSE) {
                return false;
            }
            throw error(path, "expected true or false, found " + describe(v));
        }

        private InputException error(String path, String message) {
            return new InputException(source + ": " + path + ": " + message);
        }
    }
}
