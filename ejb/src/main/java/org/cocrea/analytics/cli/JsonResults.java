package org.cocrea.analytics.cli;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocrea.analytics.control.BootstrapEstimate;
import org.cocrea.analytics.control.CfaFitIndices;
import org.cocrea.analytics.control.CfaResult;
import org.cocrea.analytics.control.HierarchicalResult;
import org.cocrea.analytics.control.HierarchicalStep;
import org.cocrea.analytics.control.MeasurementQualityReport;
import org.cocrea.analytics.control.OlsCoefficient;
import org.cocrea.analytics.control.OlsResult;
import org.cocrea.analytics.control.ProcessBootstrapInfo;
import org.cocrea.analytics.control.ProcessConditionalEffect;
import org.cocrea.analytics.control.ProcessJohnsonNeyman;
import org.cocrea.analytics.control.ProcessModel4Result;
import org.cocrea.analytics.control.ProcessModel7Result;
import org.cocrea.climate.control.AgreementResult;
import org.cocrea.climate.control.AlphaResult;
import org.cocrea.climate.control.GroupAgreement;
import org.cocrea.climate.control.IccResult;
import org.cocrea.climate.control.ItemStatistics;
import org.cocrea.climate.control.OmegaResult;

/**
 * The result records of the statistics as JSON-P objects. Keys keep the records' names; numbers
 * that are not finite (undefined, or an unbounded end of a region) are written as {@code null},
 * since JSON has no NaN or infinity. Bootstrap draws themselves are not written.
 */
public final class JsonResults {

    private JsonResults() {}

    /** A JSON object under construction that writes non-finite numbers as null. */
    static final class Obj {
        private final JsonObjectBuilder b = Json.createObjectBuilder();

        Obj num(String key, double v) {
            if (Double.isFinite(v)) {
                b.add(key, v);
            } else {
                b.addNull(key);
            }
            return this;
        }

        Obj integer(String key, long v) {
            b.add(key, v);
            return this;
        }

        Obj str(String key, String v) {
            if (v == null) {
                b.addNull(key);
            } else {
                b.add(key, v);
            }
            return this;
        }

        Obj bool(String key, boolean v) {
            b.add(key, v);
            return this;
        }

        Obj add(String key, JsonValue v) {
            b.add(key, v);
            return this;
        }

        Obj strings(String key, List<String> values) {
            b.add(key, JsonResults.strings(values));
            return this;
        }

        JsonObject build() {
            return b.build();
        }
    }

    static Obj obj() {
        return new Obj();
    }

    static JsonArray strings(List<String> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a.build();
    }

    static JsonArray numbers(double[] values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (double v : values) {
            if (Double.isFinite(v)) {
                a.add(v);
            } else {
                a.addNull();
            }
        }
        return a.build();
    }

    /** Global fit of a CFA. */
    public static JsonObject cfaFit(CfaFitIndices f) {
        return obj().num("chiSquare", f.chiSquare())
                .integer("df", f.degreesOfFreedom())
                .num("p", f.pValue())
                .num("normedChiSquare", f.normedChiSquare())
                .num("cfi", f.cfi())
                .num("tli", f.tli())
                .num("rmsea", f.rmsea())
                .add(
                        "rmseaCi",
                        obj().num("level", f.rmseaCiLevel())
                                .num("lower", f.rmseaLower())
                                .num("upper", f.rmseaUpper())
                                .build())
                .num("srmr", f.srmr())
                .num("baselineChiSquare", f.baselineChiSquare())
                .integer("baselineDf", f.baselineDegreesOfFreedom())
                .num("fmin", f.minimumDiscrepancy())
                .build();
    }

    /** Loadings per factor and indicator: unstandardised with SE, z, p, and standardised (std.all). */
    public static JsonObject cfaLoadings(CfaResult r) {
        Obj out = obj();
        for (String factor : r.model().factors()) {
            Obj items = obj();
            for (CfaResult.Loading l : r.loadings(factor)) {
                items.add(
                        l.indicator(),
                        obj().num("estimate", l.estimate())
                                .num("se", l.standardError())
                                .num("z", l.z())
                                .num("p", l.pValue())
                                .num("standardized", l.standardized())
                                .bool("marker", l.fixed())
                                .build());
            }
            out.add(factor, items.build());
        }
        return out.build();
    }

    /** Residual variances per indicator. */
    public static JsonObject cfaResidualVariances(CfaResult r) {
        Obj out = obj();
        for (CfaResult.ResidualVariance v : r.residualVariances()) {
            out.add(
                    v.indicator(),
                    obj().num("estimate", v.estimate())
                            .num("se", v.standardError())
                            .num("z", v.z())
                            .num("p", v.pValue())
                            .num("standardized", v.standardized())
                            .build());
        }
        return out.build();
    }

    /** Factor variances and covariances with the factor correlations. */
    public static JsonArray cfaFactorCovariances(CfaResult r) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (CfaResult.FactorCovariance c : r.factorCovariances()) {
            a.add(obj().str("factor1", c.factor1())
                    .str("factor2", c.factor2())
                    .bool("variance", c.isVariance())
                    .num("estimate", c.estimate())
                    .num("se", c.standardError())
                    .num("z", c.z())
                    .num("p", c.pValue())
                    .num("correlation", c.correlation())
                    .build());
        }
        return a.build();
    }

    /** The factor correlation matrix as {factor: {factor: r}}. */
    public static JsonObject cfaFactorCorrelations(CfaResult r) {
        Obj out = obj();
        for (String f : r.model().factors()) {
            Obj row = obj();
            for (String g : r.model().factors()) {
                row.num(g, r.factorCorrelation(f, g));
            }
            out.add(f, row.build());
        }
        return out.build();
    }

    /** The optimiser's report (without the wall time, so that runs are reproducible). */
    public static JsonObject cfaConvergence(CfaResult r) {
        CfaResult.Convergence c = r.convergence();
        return obj().bool("converged", c.converged())
                .bool("admissible", r.isAdmissible())
                .integer("iterations", c.iterations())
                .integer("functionEvaluations", c.functionEvaluations())
                .num("maxAbsGradient", c.maxAbsGradient())
                .str("message", c.message())
                .build();
    }

    /** Reliability, convergent and discriminant validity of the CFA's constructs. */
    public static JsonObject measurementQuality(MeasurementQualityReport q) {
        Obj constructs = obj();
        for (MeasurementQualityReport.Construct c : q.constructs()) {
            constructs.add(
                    c.factor(),
                    obj().num("alpha", c.alpha())
                            .num("compositeReliability", c.compositeReliability())
                            .num("ave", c.averageVarianceExtracted())
                            .num("sqrtAve", c.sqrtAverageVarianceExtracted())
                            .num("omega", c.omega())
                            .build());
        }
        JsonArrayBuilder fl = Json.createArrayBuilder();
        for (MeasurementQualityReport.FornellLarckerPair p : q.fornellLarcker()) {
            fl.add(obj().str("factor1", p.factor1())
                    .str("factor2", p.factor2())
                    .num("correlation", p.correlation())
                    .num("sqrtAve1", p.sqrtAve1())
                    .num("sqrtAve2", p.sqrtAve2())
                    .bool("passed", p.passed())
                    .build());
        }
        JsonArrayBuilder htmt = Json.createArrayBuilder();
        for (MeasurementQualityReport.HtmtPair h : q.htmt()) {
            htmt.add(obj().str("factor1", h.factor1())
                    .str("factor2", h.factor2())
                    .num("htmt", h.htmt())
                    .bool("below085", h.below085())
                    .bool("below090", h.below090())
                    .build());
        }
        return obj().add("constructs", constructs.build())
                .add("fornellLarcker", fl.build())
                .add("htmt", htmt.build())
                .bool("discriminantValidity", q.discriminantValidity())
                .strings("warnings", q.warnings())
                .build();
    }

    /** One row of a coefficient table. */
    public static JsonObject coefficient(OlsCoefficient c) {
        return obj().str("term", c.term())
                .num("b", c.estimate())
                .num("beta", c.standardized())
                .num("se", c.standardError())
                .num("t", c.t())
                .num("p", c.p())
                .num("lower", c.lower())
                .num("upper", c.upper())
                .num("vif", c.vif())
                .build();
    }

    /** An OLS model with its fit and coefficient table. */
    public static JsonObject ols(OlsResult r) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        r.coefficients().forEach(c -> rows.add(coefficient(c)));
        return obj().str("dependent", r.dependent())
                .integer("n", r.n())
                .num("rSquared", r.rSquared())
                .num("adjustedRSquared", r.adjustedRSquared())
                .num("F", r.fStatistic())
                .integer("dfModel", r.dfModel())
                .integer("dfResidual", r.dfResidual())
                .num("p", r.fPValue())
                .num("mse", r.meanSquaredError())
                .num("rmse", r.rootMeanSquaredError())
                .num("confidence", r.confidenceLevel())
                .add("coefficients", rows.build())
                .build();
    }

    /** A hierarchical regression: every step with R², ΔR², F change and its model. */
    public static JsonObject hierarchical(HierarchicalResult r) {
        JsonArrayBuilder steps = Json.createArrayBuilder();
        for (HierarchicalStep s : r.steps()) {
            steps.add(obj().str("label", s.label())
                    .strings("added", s.addedTerms())
                    .num("rSquared", s.rSquared())
                    .num("deltaRSquared", s.deltaRSquared())
                    .num("fChange", s.fChange())
                    .integer("df1", s.df1())
                    .integer("df2", s.df2())
                    .num("pChange", s.pChange())
                    .add("model", ols(s.model()))
                    .build());
        }
        return obj().str("dependent", r.dependent())
                .integer("n", r.n())
                .integer("excludedCases", r.excludedCases())
                .strings("centred", r.centred().stream().sorted().toList())
                .add("steps", steps.build())
                .build();
    }

    /** An estimate with its bootstrap standard error and interval. */
    public static JsonObject bootstrapEstimate(BootstrapEstimate e) {
        return obj().num("estimate", e.estimate())
                .num("bootSe", e.bootstrapSe())
                .num("lower", e.lower())
                .num("upper", e.upper())
                .bool("excludesZero", e.excludesZero())
                .bool("boundClamped", e.boundClamped())
                .build();
    }

    /** How the bootstrap was run: resamples, seed, level, method. */
    public static JsonObject bootstrapInfo(ProcessBootstrapInfo b) {
        Obj o = obj().integer("resamples", b.resamples());
        if (b.seed() == null) {
            o.add("seed", JsonValue.NULL);
        } else {
            o.integer("seed", b.seed());
        }
        return o.num("confidence", b.confidence())
                .str("ciMethod", b.ciMethod().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .str("percentileRule", b.percentileRule().name().toLowerCase(Locale.ROOT))
                .integer("redrawnResamples", b.redrawnResamples())
                .build();
    }

    /** PROCESS model 4. */
    public static JsonObject model4(ProcessModel4Result r) {
        return obj().integer("n", r.n())
                .integer("excludedCases", r.excludedCases())
                .str("x", r.x())
                .str("m", r.m())
                .str("y", r.y())
                .strings("covariates", r.covariates())
                .add("mediatorModel", ols(r.mediatorModel()))
                .add("outcomeModel", ols(r.outcomeModel()))
                .add("totalEffectModel", ols(r.totalEffectModel()))
                .add(
                        "paths",
                        obj().add("a", coefficient(r.a()))
                                .add("b", coefficient(r.b()))
                                .add("directEffect", coefficient(r.directEffect()))
                                .add("totalEffect", coefficient(r.totalEffect()))
                                .build())
                .add("indirectEffect", bootstrapEstimate(r.indirectEffect()))
                .add(
                        "sobelTest",
                        obj().num("effect", r.normalTheoryTest().effect())
                                .num("se", r.normalTheoryTest().standardError())
                                .num("z", r.normalTheoryTest().z())
                                .num("p", r.normalTheoryTest().p())
                                .build())
                .add("bootstrap", bootstrapInfo(r.bootstrap()))
                .build();
    }

    /** PROCESS model 7. */
    public static JsonObject model7(ProcessModel7Result r) {
        JsonArrayBuilder effects = Json.createArrayBuilder();
        for (ProcessConditionalEffect e : r.conditionalEffects()) {
            effects.add(obj().num("w", e.w())
                    .num("wOriginal", e.wOriginal())
                    .bool("clampedToRange", e.clampedToRange())
                    .add(
                            "slopeXonM",
                            obj().num("effect", e.slope())
                                    .num("se", e.standardError())
                                    .num("t", e.t())
                                    .num("p", e.p())
                                    .num("lower", e.lower())
                                    .num("upper", e.upper())
                                    .build())
                    .add("indirectEffect", bootstrapEstimate(e.indirectEffect()))
                    .build());
        }
        return obj().integer("n", r.n())
                .integer("excludedCases", r.excludedCases())
                .str("x", r.x())
                .str("w", r.w())
                .str("m", r.m())
                .str("y", r.y())
                .strings("covariates", r.covariates())
                .bool("centred", r.centred())
                .num("xMean", r.xMean())
                .num("wMean", r.wMean())
                .str("productTerm", r.productTerm())
                .add("mediatorModel", ols(r.mediatorModel()))
                .add("outcomeModel", ols(r.outcomeModel()))
                .add(
                        "paths",
                        obj().add("a1", coefficient(r.a1()))
                                .add("a2", coefficient(r.a2()))
                                .add("a3", coefficient(r.a3()))
                                .add("b", coefficient(r.b()))
                                .add("directEffect", coefficient(r.directEffect()))
                                .build())
                .add("indexOfModeratedMediation", bootstrapEstimate(r.indexOfModeratedMediation()))
                .str("conditioning", r.conditioning())
                .add("conditionalEffects", effects.build())
                .add("johnsonNeyman", johnsonNeyman(r.johnsonNeyman()))
                .add("bootstrap", bootstrapInfo(r.bootstrap()))
                .build();
    }

    /** Johnson–Neyman boundaries and regions; an unbounded end is null. */
    public static JsonObject johnsonNeyman(ProcessJohnsonNeyman jn) {
        JsonArrayBuilder boundaries = Json.createArrayBuilder();
        for (ProcessJohnsonNeyman.Boundary b : jn.boundaries()) {
            boundaries.add(obj().num("w", b.w())
                    .num("wOriginal", b.wOriginal())
                    .bool("withinObservedRange", b.withinObservedRange())
                    .num("percentBelow", b.percentBelow())
                    .num("percentAbove", b.percentAbove())
                    .build());
        }
        JsonArrayBuilder regions = Json.createArrayBuilder();
        for (ProcessJohnsonNeyman.Region g : jn.significantRegions()) {
            regions.add(obj().num("from", g.from()).num("to", g.to()).build());
        }
        return obj().num("criticalT", jn.criticalT())
                .integer("df", jn.df())
                .num("observedMin", jn.observedMin())
                .num("observedMax", jn.observedMax())
                .add("boundaries", boundaries.build())
                .add("significantRegions", regions.build())
                .build();
    }

    /** Cronbach's alpha with the item analysis; items named. */
    public static JsonObject alpha(AlphaResult a, List<String> items) {
        JsonArrayBuilder stats = Json.createArrayBuilder();
        for (ItemStatistics s : a.itemStatistics()) {
            stats.add(obj().str("item", items.get(s.item() - 1))
                    .num("mean", s.mean())
                    .num("sd", s.standardDeviation())
                    .num("itemTotalCorrelation", s.itemTotalCorrelation())
                    .num("correctedItemTotalCorrelation", s.correctedItemTotalCorrelation())
                    .num("alphaIfDeleted", s.alphaIfDeleted())
                    .num("standardizedAlphaIfDeleted", s.standardizedAlphaIfDeleted())
                    .build());
        }
        return obj().integer("respondents", a.respondentsUsed())
                .num("alpha", a.alpha())
                .num("standardizedAlpha", a.standardizedAlpha())
                .num("averageInterItemCorrelation", a.averageInterItemCorrelation())
                .add("itemStatistics", stats.build())
                .build();
    }

    /** McDonald's omega total with the one-factor loadings; items named. */
    public static JsonObject omega(OmegaResult o, List<String> items) {
        JsonArrayBuilder loadings = Json.createArrayBuilder();
        for (int i = 0; i < o.items(); i++) {
            loadings.add(obj().str("item", items.get(i))
                    .num("loading", o.loadings().get(i))
                    .num("uniqueness", o.uniquenesses().get(i))
                    .build());
        }
        return obj().num("omegaTotal", o.omegaTotal())
                .num("omegaTotalModelImplied", o.omegaTotalModelImplied())
                .bool("heywoodCase", o.heywoodCase())
                .num("rootMeanSquareResidual", o.rootMeanSquareResidual())
                .add("loadings", loadings.build())
                .build();
    }

    /** r<sub>wg(j)</sub> per group with its summary. */
    public static JsonObject agreement(AgreementResult<String> a) {
        JsonArrayBuilder groups = Json.createArrayBuilder();
        for (GroupAgreement<String> g : a.groups()) {
            groups.add(obj().str("group", g.group())
                    .integer("size", g.size())
                    .num("meanObservedVariance", g.meanObservedVariance())
                    .num("rwg", g.rwg())
                    .bool("truncated", g.truncated())
                    .build());
        }
        return obj().integer("items", a.items())
                .num("expectedVariance", a.expectedVariance())
                .integer("groupsWithIndex", a.groupsWithIndex())
                .integer("truncatedGroups", a.truncatedGroups())
                .num("mean", a.mean())
                .num("median", a.median())
                .add("groups", groups.build())
                .build();
    }

    /** ICC(1), ICC(2) and the one-way ANOVA F test. */
    public static JsonObject icc(IccResult r) {
        return obj().integer("respondents", r.respondents())
                .integer("groups", r.groups())
                .num("averageGroupSize", r.averageGroupSize())
                .num("msBetween", r.meanSquareBetween())
                .num("msWithin", r.meanSquareWithin())
                .num("icc1", r.icc1())
                .num("icc2", r.icc2())
                .num("F", r.f())
                .integer("dfBetween", r.dfBetween())
                .integer("dfWithin", r.dfWithin())
                .num("p", r.p())
                .build();
    }

    /** Writes pretty-printed JSON (UTF-8) followed by a line break. */
    public static void write(JsonObject json, OutputStream out) {
        JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out, java.nio.charset.StandardCharsets.UTF_8);
        writer.writeObject(json);
        try {
            out.write('\n');
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
