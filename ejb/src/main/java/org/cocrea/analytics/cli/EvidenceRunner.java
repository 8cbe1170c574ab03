package org.cocrea.analytics.cli;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cocrea.analytics.cli.JsonResults.Obj;
import org.cocrea.analytics.cli.ModelSpec.Agreement;
import org.cocrea.analytics.cli.ModelSpec.Analysis;
import org.cocrea.analytics.cli.ModelSpec.Cfa;
import org.cocrea.analytics.cli.ModelSpec.Construct;
import org.cocrea.analytics.cli.ModelSpec.MissingRule;
import org.cocrea.analytics.cli.ModelSpec.Model4;
import org.cocrea.analytics.cli.ModelSpec.Model7;
import org.cocrea.analytics.cli.ModelSpec.Regression;
import org.cocrea.analytics.cli.ModelSpec.Reliability;
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
import org.cocrea.analytics.control.ProcessModel4;
import org.cocrea.analytics.control.ProcessModel4Result;
import org.cocrea.analytics.control.ProcessModel7;
import org.cocrea.analytics.control.ProcessModel7Result;
import org.cocrea.analytics.control.RegressionBlock;
import org.cocrea.analytics.control.RegressionVariable;
import org.cocrea.climate.control.AgreementResult;
import org.cocrea.climate.control.AlphaResult;
import org.cocrea.climate.control.IccResult;
import org.cocrea.climate.control.IntraclassCorrelation;
import org.cocrea.climate.control.OmegaResult;
import org.cocrea.climate.control.ScaleReliability;
import org.cocrea.climate.control.WithinGroupAgreement;

/**
 * Runs the analyses of a {@link ModelSpec} on {@link ItemData} and gathers every result in one JSON
 * object: {@code input} (rows read, used and dropped), {@code warnings}, {@code descriptives}, then
 * one section per requested analysis in the order reliability, agreement, cfa, regression, model4,
 * model7.
 *
 * <p>Problems with the input as a whole (an unknown column, a cell that is not a number, missing
 * values under the "refuse" rule) throw {@link InputException}. When one analysis cannot be run on
 * the data (e.g. a constant column), its section holds {@code {"error": "..."}}, the other analyses
 * still run, and {@link #failures()} lists it.
 */
public final class EvidenceRunner {

    /** Warn when fewer rows than this are analysed. */
    static final int SMALL_SAMPLE = 100;
    /** Conventional minimum of alpha and of the mean r<sub>wg(j)</sub>. */
    static final double MIN_RELIABILITY = 0.70;
    /** Dropped rows listed in the output at most. */
    static final int LISTED_DROPPED_ROWS = 50;
    /** Conventional minimum of composite reliability and alpha. */
    static final double MIN_COMPOSITE_RELIABILITY = 0.70;
    /** Conventional minimum of the average variance extracted. */
    static final double MIN_AVE = 0.50;
    /** HTMT at or above this is a discriminant-validity problem (conservative threshold). */
    static final double MAX_HTMT = 0.85;
    /** Conventional minimum of the CFI. */
    static final double MIN_CFI = 0.90;
    /** Conventional maximum of the RMSEA. */
    static final double MAX_RMSEA = 0.08;

    private final ModelSpec spec;
    private final ItemData data;
    private final List<String> warnings = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    private int[] rows;
    private String[] groups;
    private ConstructScores scores;
    private final Map<String, double[]> columns = new LinkedHashMap<>();

    public EvidenceRunner(ModelSpec spec, ItemData data) {
        this.spec = spec;
        this.data = data;
    }

    /**
     * Runs every requested analysis.
     *
     * @throws InputException if the data do not fit the specification
     */
    public JsonObject run() {
        warnings.clear();
        failures.clear();
        columns.clear();
        spec.checkAgainst(data.columns(), data.source());
        Map<String, double[]> raw = new LinkedHashMap<>();
        for (String column : spec.numericColumns()) {
            raw.put(column, data.numbers(column));
        }
        String[] rawGroups = spec.group() == null ? null : data.texts(spec.group());
        JsonObject input = selectRows(raw, rawGroups);
        scores = ConstructScores.compute(spec.constructs().values(), data, rows, groups);
        for (Construct c : spec.constructs().values()) {
            columns.put(c.name(), scores.values(c.name()));
        }
        for (Map.Entry<String, double[]> e : raw.entrySet()) {
            if (!spec.constructs().containsKey(e.getKey())) {
                columns.put(e.getKey(), subset(e.getValue()));
            }
        }
        generalWarnings(raw);
        JsonObject descriptives = descriptives();

        Map<String, JsonObject> sections = new LinkedHashMap<>();
        for (Analysis a : spec.analyses()) {
            JsonObject section;
            try {
                section = run(a);
            } catch (IllegalArgumentException e) {
                failures.add(a.key() + ": " + e.getMessage());
                warnings.add(a.key() + " could not be run: " + e.getMessage());
                section = JsonResults.obj().str("error", e.getMessage()).build();
            }
            sections.put(a.key(), section);
        }
        Obj out = JsonResults.obj().add("input", input).strings("warnings", warnings);
        out.add("descriptives", descriptives);
        sections.forEach(out::add);
        return out.build();
    }

    /** Analyses that could not be run, as "key: reason"; filled by {@link #run()}. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** The one place that maps an analysis of the specification to its computation. */
    private JsonObject run(Analysis analysis) {
        if (analysis instanceof Reliability r) {
            return reliability(r);
        } else if (analysis instanceof Agreement a) {
            return agreement(a);
        } else if (analysis instanceof Cfa c) {
            return cfa(c);
        } else if (analysis instanceof Regression r) {
            return regression(r);
        } else if (analysis instanceof Model4 m) {
            return model4(m);
        } else if (analysis instanceof Model7 m) {
            return model7(m);
        }
        throw new IllegalStateException("no computation for analysis " + analysis.key());
    }

    private JsonObject selectRows(Map<String, double[]> raw, String[] rawGroups) {
        int n = data.size();
        List<Integer> kept = new ArrayList<>();
        JsonArrayBuilder dropped = Json.createArrayBuilder();
        int droppedCount = 0;
        List<String> refused = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            List<String> missing = new ArrayList<>();
            for (Map.Entry<String, double[]> e : raw.entrySet()) {
                if (Double.isNaN(e.getValue()[r])) {
                    missing.add(e.getKey());
                }
            }
            if (rawGroups != null && rawGroups[r] == null) {
                missing.add(spec.group());
            }
            if (missing.isEmpty()) {
                kept.add(r);
                continue;
            }
            droppedCount++;
            if (droppedCount <= LISTED_DROPPED_ROWS) {
                dropped.add(JsonResults.obj()
                        .integer("line", data.line(r))
                        .str("reason", "missing " + String.join(", ", missing))
                        .build());
            }
            if (refused.size() < 10) {
                refused.add("line " + data.line(r) + " (" + String.join(", ", missing) + ")");
            }
        }
        if (droppedCount > 0 && spec.missing() == MissingRule.REFUSE) {
            throw new InputException(data.source() + ": " + droppedCount + " row"
                    + (droppedCount == 1 ? " has" : "s have")
                    + " missing values and the model says \"missing\": \"refuse\": " + String.join("; ", refused)
                    + (droppedCount > refused.size() ? "; …" : ""));
        }
        rows = kept.stream().mapToInt(Integer::intValue).toArray();
        if (rawGroups != null) {
            groups = new String[rows.length];
            for (int i = 0; i < rows.length; i++) {
                groups[i] = rawGroups[rows[i]];
            }
        }
        if (rows.length < 2) {
            throw new InputException(data.source() + ": only " + rows.length + " of " + n
                    + " rows have every value the model needs; nothing can be analysed");
        }
        return JsonResults.obj()
                .str("dataFile", data.source())
                .str("modelFile", spec.source())
                .str("delimiter", String.valueOf(data.delimiter()))
                .integer("rowsRead", n)
                .integer("rowsUsed", rows.length)
                .integer("rowsDropped", droppedCount)
                .str("missingDataRule", spec.missing().key())
                .add("droppedRows", dropped.build())
                .bool("droppedRowsTruncated", droppedCount > LISTED_DROPPED_ROWS)
                .build();
    }

    private void generalWarnings(Map<String, double[]> raw) {
        if (rows.length < SMALL_SAMPLE) {
            warnings.add("only " + rows.length + " rows are analysed (n < " + SMALL_SAMPLE
                    + "); estimates and bootstrap intervals are imprecise");
        }
        for (String column : raw.keySet()) {
            double[] v = subset(raw.get(column));
            if (Arrays.stream(v).distinct().count() == 1) {
                warnings.add("column " + column + " is constant (" + v[0] + ") in the rows analysed");
            }
        }
        for (Construct c : spec.constructs().values()) {
            if (c.aggregate()) {
                Agreement a = spec.analysis(Agreement.class);
                if (a == null || !a.constructs().contains(c.name())) {
                    warnings.add("construct " + c.name() + " is used as a unit-level score (aggregate) but its"
                            + " agreement is not checked; add it to analyses.agreement");
                }
            }
        }
    }

    private double[] subset(double[] all) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = all[rows[i]];
        }
        return out;
    }

    /** Mean, SD, range of constructs and controls, and their Pearson correlations. */
    private JsonObject descriptives() {
        List<String> names = new ArrayList<>(spec.constructs().keySet());
        for (String c : spec.controls()) {
            names.add(c);
        }
        Obj variables = JsonResults.obj();
        double[][] values = new double[names.size()][];
        double[] means = new double[names.size()];
        double[] sds = new double[names.size()];
        int n = rows.length;
        for (int v = 0; v < names.size(); v++) {
            values[v] = columns.get(names.get(v));
            double mean = Arrays.stream(values[v]).sum() / n;
            double ss = 0;
            for (double x : values[v]) {
                ss += (x - mean) * (x - mean);
            }
            means[v] = mean;
            sds[v] = Math.sqrt(ss / (n - 1));
            Construct c = spec.construct(names.get(v));
            variables.add(
                    names.get(v),
                    JsonResults.obj()
                            .str("kind", c == null ? "column" : c.aggregate() ? "unit-level construct" : "construct")
                            .integer("n", n)
                            .num("mean", mean)
                            .num("sd", sds[v])
                            .num("min", Arrays.stream(values[v]).min().orElse(Double.NaN))
                            .num("max", Arrays.stream(values[v]).max().orElse(Double.NaN))
                            .build());
        }
        Obj correlations = JsonResults.obj();
        for (int a = 0; a < names.size(); a++) {
            double[] row = new double[names.size()];
            for (int b = 0; b < names.size(); b++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += (values[a][i] - means[a]) * (values[b][i] - means[b]);
                }
                row[b] = a == b ? 1.0 : s / ((n - 1) * sds[a] * sds[b]);
            }
            correlations.add(names.get(a), JsonResults.numbers(row));
        }
        return JsonResults.obj()
                .add("variables", variables.build())
                .strings("correlationOrder", names)
                .add("correlations", correlations.build())
                .build();
    }

    private JsonObject reliability(Reliability r) {
        Obj out = JsonResults.obj();
        for (String name : r.constructs()) {
            Construct c = spec.construct(name);
            double[][] items = scores.items(name);
            Obj section = JsonResults.obj()
                    .strings("items", c.items())
                    .strings("reversed", c.reverse())
                    .integer("scalePoints", c.scalePoints());
            if (c.items().size() < 2) {
                section.str("note", "a single item has no internal consistency");
                out.add(name, section.build());
                continue;
            }
            AlphaResult alpha;
            try {
                alpha = ScaleReliability.alpha(items, c.scalePoints());
            } catch (IllegalArgumentException e) {
                out.add(name, constructFailure("reliability", name, e));
                continue;
            }
            section.add("alpha", JsonResults.alpha(alpha, c.items()));
            if (alpha.alpha() < MIN_RELIABILITY) {
                warnings.add(String.format(
                        Locale.ROOT, "alpha of %s is %.3f, below %.2f", name, alpha.alpha(), MIN_RELIABILITY));
            }
            if (c.items().size() >= 3) {
                try {
                    OmegaResult omega = ScaleReliability.omega(items, c.scalePoints());
                    section.add("omega", JsonResults.omega(omega, c.items()));
                    if (omega.heywoodCase()) {
                        warnings.add("omega of " + name + " comes from an improper one-factor solution (Heywood case)");
                    }
                } catch (IllegalArgumentException e) {
                    section.add("omega", constructFailure("reliability", name + " (omega)", e));
                }
            } else {
                section.str("omega", null).str("note", "omega needs at least 3 items");
            }
            out.add(name, section.build());
        }
        return out.build();
    }

    private JsonObject agreement(Agreement a) {
        Obj out = JsonResults.obj();
        List<String> groupList = Arrays.asList(groups);
        for (String name : a.constructs()) {
            Construct c = spec.construct(name);
            AgreementResult<String> rwg;
            IccResult icc;
            try {
                rwg = new WithinGroupAgreement(c.scalePoints()).rwgJ(scores.items(name), groupList);
                icc = IntraclassCorrelation.icc(scores.scores(name), groupList);
            } catch (IllegalArgumentException e) {
                out.add(name, constructFailure("agreement", name, e));
                continue;
            }
            out.add(
                    name,
                    JsonResults.obj()
                            .str("group", spec.group())
                            .integer("scalePoints", c.scalePoints())
                            .bool("unitLevelScore", c.aggregate())
                            .add("rwgJ", JsonResults.agreement(rwg))
                            .add("icc", JsonResults.icc(icc))
                            .build());
            if (c.aggregate()) {
                if (!(rwg.mean() >= MIN_RELIABILITY)) {
                    warnings.add(String.format(
                            Locale.ROOT,
                            "mean rwg(j) of %s is %.3f, below %.2f, yet it is used as a unit-level score",
                            name,
                            rwg.mean(),
                            MIN_RELIABILITY));
                }
                if (!(icc.p() < 0.05)) {
                    warnings.add(String.format(
                            Locale.ROOT,
                            "units do not differ significantly in %s (ICC(1) = %.3f, F(%d, %d) = %.2f, p = %.3f),"
                                    + " yet it is used as a unit-level score",
                            name,
                            icc.icc1(),
                            icc.dfBetween(),
                            icc.dfWithin(),
                            icc.f(),
                            icc.p()));
                }
            }
        }
        return out.build();
    }

    /** Records that one construct of an analysis failed; the analysis goes on with the others. */
    private JsonObject constructFailure(String key, String construct, IllegalArgumentException e) {
        failures.add(key + " of " + construct + ": " + e.getMessage());
        warnings.add(key + " of " + construct + " could not be computed: " + e.getMessage());
        return JsonResults.obj().str("error", e.getMessage()).build();
    }

    /**
     * Fits one factor per construct to the construct's item answers as the other analyses see
     * them: reverse-keyed items already turned (scalePoints + 1 − answer), in the rows kept by the
     * missing-data rule. Then the measurement-quality indices and, per requested pair, the χ²
     * difference test of the model with the pair merged into one factor against the full model.
     */
    private JsonObject cfa(Cfa c) {
        CfaOptions options = CfaOptions.defaults().withConvention(c.convention());
        CovarianceData data = cfaData(c.constructs());
        CfaModel model = cfaModel(c.constructs());
        CfaResult result = CfaFit.fit(model, data, options);
        MeasurementQualityReport quality = MeasurementQuality.assess(result, data);
        for (String w : result.warnings()) {
            warnings.add("cfa: " + w);
        }
        for (String w : quality.warnings()) {
            warnings.add("cfa measurement quality: " + w);
        }
        warnings.addAll(cfaQualityWarnings(result.fit(), quality));

        JsonArrayBuilder comparisons = Json.createArrayBuilder();
        for (List<String> pair : c.compare()) {
            Obj comparison = JsonResults.obj().strings("merged", pair);
            try {
                CfaResult merged = CfaFit.fit(model.merge(pair.get(0), pair.get(1)), data, options);
                CfaComparison test = CfaFit.compare(merged, result);
                comparison
                        .str("mergedFactor", pair.get(0) + "_" + pair.get(1))
                        .num("chiSquare", merged.fit().chiSquare())
                        .integer("df", merged.fit().degreesOfFreedom())
                        .num("cfi", merged.fit().cfi())
                        .num("rmsea", merged.fit().rmsea())
                        .num("deltaChiSquare", test.deltaChiSquare())
                        .integer("deltaDf", test.deltaDegreesOfFreedom())
                        .num("p", test.pValue())
                        .bool("fullModelFitsBetter", test.pValue() < 0.05)
                        .bool("converged", merged.convergence().converged())
                        .strings("warnings", merged.warnings());
                if (!(test.pValue() < 0.05)) {
                    warnings.add(String.format(
                            Locale.ROOT,
                            "cfa: merging %s and %s does not worsen the fit significantly (Δχ² = %.2f, Δdf = %d,"
                                    + " p = %.3f); the two are not shown to be distinct",
                            pair.get(0),
                            pair.get(1),
                            test.deltaChiSquare(),
                            test.deltaDegreesOfFreedom(),
                            test.pValue()));
                }
            } catch (IllegalArgumentException e) {
                failures.add("cfa comparison " + String.join(" + ", pair) + ": " + e.getMessage());
                warnings.add("cfa comparison of " + String.join(" and ", pair) + " could not be computed: "
                        + e.getMessage());
                comparison.str("error", e.getMessage());
            }
            comparisons.add(comparison.build());
        }
        return JsonResults.obj()
                .str("convention", c.convention().name().toLowerCase(Locale.ROOT))
                .str(
                        "chiSquareFormula",
                        c.convention() == CfaChiSquareConvention.NORMAL ? "N * Fmin" : "(N - 1) * Fmin")
                .integer("n", data.sampleSize())
                .str(
                        "itemValues",
                        "reverse-keyed items turned (scalePoints + 1 - answer); rows after the "
                                + spec.missing().key() + " missing-data rule")
                .add("factors", cfaFactors(c.constructs()))
                .add("fit", JsonResults.cfaFit(result.fit()))
                .add("loadings", JsonResults.cfaLoadings(result))
                .add("residualVariances", JsonResults.cfaResidualVariances(result))
                .add("factorCorrelations", JsonResults.cfaFactorCorrelations(result))
                .add("factorCovariances", JsonResults.cfaFactorCovariances(result))
                .add("convergence", JsonResults.cfaConvergence(result))
                .strings("warnings", result.warnings())
                .add("comparisons", comparisons.build())
                .add("measurementQuality", JsonResults.measurementQuality(quality))
                .build();
    }

    /** Item covariances of the CFA's constructs, on the reverse-keyed answers of the rows analysed. */
    private CovarianceData cfaData(List<String> constructs) {
        List<String> names = new ArrayList<>();
        List<double[][]> blocks = new ArrayList<>();
        for (String name : constructs) {
            names.addAll(spec.construct(name).items());
            blocks.add(scores.items(name));
        }
        double[][] matrix = new double[rows.length][names.size()];
        for (int i = 0; i < rows.length; i++) {
            int j = 0;
            for (double[][] block : blocks) {
                for (double v : block[i]) {
                    matrix[i][j++] = v;
                }
            }
        }
        return CovarianceData.fromRows(names, matrix);
    }

    private CfaModel cfaModel(List<String> constructs) {
        CfaModel.Builder builder = CfaModel.builder();
        for (String name : constructs) {
            builder.factor(name, spec.construct(name).items());
        }
        return builder.build();
    }

    private JsonObject cfaFactors(List<String> constructs) {
        Obj out = JsonResults.obj();
        for (String name : constructs) {
            Construct c = spec.construct(name);
            out.add(
                    name,
                    JsonResults.obj()
                            .strings("items", c.items())
                            .strings("reversed", c.reverse())
                            .str("marker", c.items().get(0))
                            .build());
        }
        return out.build();
    }

    /**
     * Warnings on the fit and the measurement quality of a CFA: CFI &lt; .90, RMSEA &gt; .08,
     * alpha or CR &lt; .70, AVE &lt; .50, a failed Fornell–Larcker pair, HTMT ≥ .85.
     */
    static List<String> cfaQualityWarnings(CfaFitIndices fit, MeasurementQualityReport quality) {
        List<String> out = new ArrayList<>();
        if (fit.cfi() < MIN_CFI) {
            out.add(String.format(Locale.ROOT, "cfa: CFI is %.3f, below %.2f", fit.cfi(), MIN_CFI));
        }
        if (fit.rmsea() > MAX_RMSEA) {
            out.add(String.format(Locale.ROOT, "cfa: RMSEA is %.3f, above %.2f", fit.rmsea(), MAX_RMSEA));
        }
        for (MeasurementQualityReport.Construct c : quality.constructs()) {
            if (c.alpha() < MIN_COMPOSITE_RELIABILITY) {
                out.add(String.format(
                        Locale.ROOT,
                        "cfa: alpha of %s is %.3f, below %.2f",
                        c.factor(),
                        c.alpha(),
                        MIN_COMPOSITE_RELIABILITY));
            }
            if (c.compositeReliability() < MIN_COMPOSITE_RELIABILITY) {
                out.add(String.format(
                        Locale.ROOT,
                        "cfa: composite reliability of %s is %.3f, below %.2f",
                        c.factor(),
                        c.compositeReliability(),
                        MIN_COMPOSITE_RELIABILITY));
            }
            if (c.averageVarianceExtracted() < MIN_AVE) {
                out.add(String.format(
                        Locale.ROOT,
                        "cfa: AVE of %s is %.3f, below %.2f",
                        c.factor(),
                        c.averageVarianceExtracted(),
                        MIN_AVE));
            }
        }
        for (MeasurementQualityReport.FornellLarckerPair p : quality.fornellLarcker()) {
            if (!p.passed()) {
                out.add(String.format(
                        Locale.ROOT,
                        "cfa: Fornell-Larcker criterion fails for %s and %s (|r| = %.3f, sqrt(AVE) = %.3f and"
                                + " %.3f)",
                        p.factor1(),
                        p.factor2(),
                        Math.abs(p.correlation()),
                        p.sqrtAve1(),
                        p.sqrtAve2()));
            }
        }
        for (MeasurementQualityReport.HtmtPair h : quality.htmt()) {
            if (h.htmt() >= MAX_HTMT) {
                out.add(String.format(
                        Locale.ROOT,
                        "cfa: HTMT of %s and %s is %.3f, at or above %.2f%s",
                        h.factor1(),
                        h.factor2(),
                        h.htmt(),
                        MAX_HTMT,
                        h.below090() ? "" : " (and above the liberal 0.90)"));
            }
        }
        return out;
    }

    private JsonObject regression(Regression r) {
        List<RegressionBlock> blocks = new ArrayList<>();
        for (int b = 0; b < r.blocks().size(); b++) {
            List<String> terms = r.blocks().get(b).stream()
                    .map(t -> String.join(
                            "*",
                            Arrays.stream(t.split("\\*")).map(String::strip).toList()))
                    .toList();
            blocks.add(new RegressionBlock(r.labels().get(b), terms));
        }
        Set<String> centre = new LinkedHashSet<>(r.centre());
        HierarchicalResult result = HierarchicalRegression.fit(r.dependent(), columns, blocks, centre, r.confidence());
        return JsonResults.hierarchical(result);
    }

    private JsonObject model4(Model4 m) {
        ProcessModel4Result result = ProcessModel4.run(
                variable(m.x()),
                variable(m.m()),
                variable(m.y()),
                variables(m.covariates()),
                m.settings().options(false));
        bootstrapWarnings("model4", result.bootstrap().redrawnResamples());
        return JsonResults.model4(result);
    }

    private JsonObject model7(Model7 m) {
        ProcessModel7Result result = ProcessModel7.run(
                variable(m.x()),
                variable(m.w()),
                variable(m.m()),
                variable(m.y()),
                variables(m.covariates()),
                m.settings().options(m.centre()));
        bootstrapWarnings("model7", result.bootstrap().redrawnResamples());
        return JsonResults.model7(result);
    }

    private void bootstrapWarnings(String key, int redrawn) {
        if (redrawn > 0) {
            warnings.add(key + ": " + redrawn + " bootstrap resamples were singular and drawn again");
        }
    }

    private RegressionVariable variable(String name) {
        return new RegressionVariable(name, columns.get(name));
    }

    private List<RegressionVariable> variables(List<String> names) {
        return names.stream().map(this::variable).toList();
    }
}
