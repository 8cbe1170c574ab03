package org.cocrea.analytics.cli;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocrea.analytics.cli.JsonResults.Obj;
import org.cocrea.analytics.control.CfaChiSquareConvention;
import org.cocrea.analytics.data.ColumnMapping.Construct;
import org.cocrea.analytics.data.DataTable;
import org.cocrea.analytics.data.DroppedRow;
import org.cocrea.analytics.data.InputException;
import org.cocrea.analytics.evidence.EvidenceAnalysis;
import org.cocrea.analytics.evidence.EvidenceResult;
import org.cocrea.analytics.evidence.EvidenceResult.AgreementOutcome;
import org.cocrea.analytics.evidence.EvidenceResult.CfaMergeTest;
import org.cocrea.analytics.evidence.EvidenceResult.CfaOutcome;
import org.cocrea.analytics.evidence.EvidenceResult.ConstructAgreement;
import org.cocrea.analytics.evidence.EvidenceResult.ConstructReliability;
import org.cocrea.analytics.evidence.EvidenceResult.Descriptives;
import org.cocrea.analytics.evidence.EvidenceResult.ReliabilityOutcome;
import org.cocrea.analytics.evidence.EvidenceResult.Variable;

/**
 * Runs the analyses of a {@link ModelSpec} on a {@link DataTable} with {@link EvidenceAnalysis} and
 * writes the {@link EvidenceResult} as one JSON object: {@code input} (rows read, used and dropped),
 * {@code warnings}, {@code descriptives}, then one section per requested analysis in the order
 * reliability, agreement, cfa, regression, model4, model7.
 *
 * <p>Problems with the input as a whole (an unknown column, a cell that is not a number, missing
 * values under the "refuse" rule, a constant column, too few rows) throw {@link InputException}.
 * When one analysis cannot be run on the data (e.g. a singular item covariance matrix), its section
 * holds {@code {"error": "..."}}, the other analyses still run, and {@link #failures()} lists it.
 */
public final class EvidenceRunner {

    /** Dropped rows listed in the output at most. */
    static final int LISTED_DROPPED_ROWS = 50;

    private final ModelSpec spec;
    private final DataTable data;
    private List<String> failures = List.of();

    public EvidenceRunner(ModelSpec spec, DataTable data) {
        this.spec = spec;
        this.data = data;
    }

    /**
     * Runs every requested analysis.
     *
     * @throws InputException if the data do not fit the specification
     */
    public JsonObject run() {
        spec.checkAgainst(data.columns(), data.source());
        EvidenceResult result =
                EvidenceAnalysis.of(spec.mapping(), spec.analyses()).run(data);
        failures = result.failures();
        return toJson(result, spec.source());
    }

    /** Analyses that could not be run, as "key: reason"; filled by {@link #run()}. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    /**
     * The JSON form of a result (documented in {@code docs/evidence-cli.md}).
     *
     * @param modelFile the specification's name for the {@code input} section, or null
     */
    public static JsonObject toJson(EvidenceResult result, String modelFile) {
        Obj out = JsonResults.obj()
                .add("input", input(result, modelFile))
                .strings("warnings", result.warnings())
                .add("descriptives", descriptives(result));
        if (result.reliability() != null) {
            out.add("reliability", reliability(result.reliability()));
        }
        if (result.agreement() != null) {
            out.add("agreement", agreement(result.agreement()));
        }
        if (result.cfa() != null) {
            out.add("cfa", cfa(result, result.cfa()));
        }
        if (result.regression() != null) {
            out.add(
                    "regression",
                    result.regression().error() != null
                            ? error(result.regression().error())
                            : JsonResults.hierarchical(result.regression().result()));
        }
        if (result.model4() != null) {
            out.add(
                    "model4",
                    result.model4().error() != null
                            ? error(result.model4().error())
                            : JsonResults.model4(result.model4().result()));
        }
        if (result.model7() != null) {
            out.add(
                    "model7",
                    result.model7().error() != null
                            ? error(result.model7().error())
                            : JsonResults.model7(result.model7().result()));
        }
        return out.build();
    }

    private static JsonObject error(String message) {
        return JsonResults.obj().str("error", message).build();
    }

    private static JsonObject input(EvidenceResult result, String modelFile) {
        EvidenceResult.DataSummary d = result.data();
        JsonArrayBuilder dropped = Json.createArrayBuilder();
        List<DroppedRow> rows = d.droppedRows();
        for (int i = 0; i < Math.min(rows.size(), LISTED_DROPPED_ROWS); i++) {
            dropped.add(JsonResults.obj()
                    .integer("line", rows.get(i).row())
                    .str("reason", "missing " + String.join(", ", rows.get(i).missing()))
                    .build());
        }
        return JsonResults.obj()
                .str("dataFile", d.source())
                .str("modelFile", modelFile)
                .str("delimiter", d.delimiter() == '\0' ? null : String.valueOf(d.delimiter()))
                .integer("rowsRead", d.rowsRead())
                .integer("rowsUsed", d.rowsUsed())
                .integer("rowsDropped", d.rowsDropped())
                .str("missingDataRule", d.missingRule().key())
                .add("droppedRows", dropped.build())
                .bool("droppedRowsTruncated", rows.size() > LISTED_DROPPED_ROWS)
                .build();
    }

    /** Mean, SD, range of constructs and controls, and their Pearson correlations. */
    private static JsonObject descriptives(EvidenceResult result) {
        Descriptives d = result.descriptives();
        Obj variables = JsonResults.obj();
        List<String> names = new ArrayList<>();
        for (Variable v : d.variables()) {
            names.add(v.name());
            variables.add(
                    v.name(),
                    JsonResults.obj()
                            .str("kind", v.kind().label())
                            .integer("n", d.n())
                            .num("mean", v.mean())
                            .num("sd", v.sd())
                            .num("min", v.min())
                            .num("max", v.max())
                            .build());
        }
        Obj correlations = JsonResults.obj();
        double[][] r = d.correlations();
        for (int a = 0; a < names.size(); a++) {
            correlations.add(names.get(a), JsonResults.numbers(r[a]));
        }
        return JsonResults.obj()
                .add("variables", variables.build())
                .strings("correlationOrder", names)
                .add("correlations", correlations.build())
                .build();
    }

    private static JsonObject reliability(ReliabilityOutcome outcome) {
        Obj out = JsonResults.obj();
        for (ConstructReliability c : outcome.constructs()) {
            if (c.error() != null) {
                out.add(c.construct(), error(c.error()));
                continue;
            }
            Obj section = JsonResults.obj()
                    .strings("items", c.items())
                    .strings("reversed", c.reversed())
                    .integer("scalePoints", c.scalePoints());
            if (c.alpha() == null) {
                out.add(c.construct(), section.str("note", c.note()).build());
                continue;
            }
            section.add("alpha", JsonResults.alpha(c.alpha(), c.items()));
            if (c.omega() != null) {
                section.add("omega", JsonResults.omega(c.omega(), c.items()));
            } else if (c.omegaError() != null) {
                section.add("omega", error(c.omegaError()));
            } else {
                section.str("omega", null).str("note", c.note());
            }
            out.add(c.construct(), section.build());
        }
        return out.build();
    }

    private static JsonObject agreement(AgreementOutcome outcome) {
        Obj out = JsonResults.obj();
        for (ConstructAgreement c : outcome.constructs()) {
            if (c.error() != null) {
                out.add(c.construct(), error(c.error()));
                continue;
            }
            out.add(
                    c.construct(),
                    JsonResults.obj()
                            .str("group", outcome.group())
                            .integer("scalePoints", c.scalePoints())
                            .bool("unitLevelScore", c.unitLevelScore())
                            .add("rwgJ", JsonResults.agreement(c.rwg()))
                            .add("icc", JsonResults.icc(c.icc()))
                            .build());
        }
        return out.build();
    }

    private static JsonObject cfa(EvidenceResult result, CfaOutcome c) {
        if (c.error() != null) {
            return error(c.error());
        }
        JsonArrayBuilder comparisons = Json.createArrayBuilder();
        for (CfaMergeTest t : c.comparisons()) {
            Obj comparison = JsonResults.obj().strings("merged", t.merged());
            if (t.error() != null) {
                comparison.str("error", t.error());
            } else {
                comparison
                        .str("mergedFactor", t.mergedFactor())
                        .num("chiSquare", t.mergedResult().fit().chiSquare())
                        .integer("df", t.mergedResult().fit().degreesOfFreedom())
                        .num("cfi", t.mergedResult().fit().cfi())
                        .num("rmsea", t.mergedResult().fit().rmsea())
                        .num("deltaChiSquare", t.deltaChiSquare())
                        .integer("deltaDf", t.deltaDf())
                        .num("p", t.p())
                        .bool("fullModelFitsBetter", t.p() < 0.05)
                        .bool("converged", t.mergedResult().convergence().converged())
                        .strings("warnings", t.mergedResult().warnings());
            }
            comparisons.add(comparison.build());
        }
        Map<String, Construct> constructs = result.mapping().constructsByName();
        Obj factors = JsonResults.obj();
        for (String name : c.request().constructs()) {
            Construct k = constructs.get(name);
            factors.add(
                    name,
                    JsonResults.obj()
                            .strings("items", k.items())
                            .strings("reversed", k.reverse())
                            .str("marker", k.items().get(0))
                            .build());
        }
        CfaChiSquareConvention convention = c.request().convention();
        return JsonResults.obj()
                .str("convention", convention.name().toLowerCase(Locale.ROOT))
                .str("chiSquareFormula", convention == CfaChiSquareConvention.NORMAL ? "N * Fmin" : "(N - 1) * Fmin")
                .integer("n", c.result().fit().sampleSize())
                .str(
                        "itemValues",
                        "reverse-keyed items turned (scalePoints + 1 - answer); rows after the "
                                + result.mapping().missing().key() + " missing-data rule")
                .add("factors", factors.build())
                .add("fit", JsonResults.cfaFit(c.result().fit()))
                .add("loadings", JsonResults.cfaLoadings(c.result()))
                .add("residualVariances", JsonResults.cfaResidualVariances(c.result()))
                .add("factorCorrelations", JsonResults.cfaFactorCorrelations(c.result()))
                .add("factorCovariances", JsonResults.cfaFactorCovariances(c.result()))
                .add("convergence", JsonResults.cfaConvergence(c.result()))
                .strings("warnings", c.result().warnings())
                .add("comparisons", comparisons.build())
                .add("measurementQuality", JsonResults.measurementQuality(c.quality()))
                .build();
    }
}
