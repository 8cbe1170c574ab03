package org.cocrea.analytics.evidence;

import java.io.Serializable;
import java.util.List;
import org.cocrea.analytics.control.CfaResult;
import org.cocrea.analytics.control.HierarchicalResult;
import org.cocrea.analytics.control.MeasurementQualityReport;
import org.cocrea.analytics.control.ProcessModel4Result;
import org.cocrea.analytics.control.ProcessModel7Result;
import org.cocrea.analytics.data.ColumnMapping;
import org.cocrea.analytics.data.ColumnMapping.MissingRule;
import org.cocrea.analytics.data.DataTable;
import org.cocrea.analytics.data.DroppedRow;
import org.cocrea.climate.control.AgreementResult;
import org.cocrea.climate.control.AlphaResult;
import org.cocrea.climate.control.IccResult;
import org.cocrea.climate.control.OmegaResult;

/**
 * Everything an evidence run found, as plain serialisable data (no data rows, no bootstrap threads):
 * what was read, descriptive statistics, one outcome per analysis asked for (null for an analysis not
 * asked for), warnings and failures. {@link org.cocrea.analytics.report.EvidenceReport} turns it into
 * report tables; the command line writes it as JSON.
 *
 * <p>An analysis that could not be run on the data (e.g. a singular item covariance matrix for the
 * CFA) has an outcome whose {@code error} says why and whose results are null; the other analyses
 * still ran. The statistics are the engine's result records ({@code org.cocrea.analytics.control},
 * {@code org.cocrea.climate.control}).
 *
 * @param mapping the column mapping applied
 * @param data what was read and which rows were analysed
 * @param descriptives means, SDs and correlations of the constructs and controls
 * @param reliability alpha and omega per construct, or null
 * @param agreement r<sub>wg(j)</sub> and ICCs per construct, or null
 * @param cfa the confirmatory factor analysis, or null
 * @param regression the hierarchical regression, or null
 * @param model4 PROCESS model 4, or null
 * @param model7 PROCESS model 7, or null
 * @param warnings short warnings about the data and the results, in the order found (the same texts
 *     the command line writes)
 * @param failures analyses (or parts) that could not be computed, as "key: reason"
 */
public record EvidenceResult(
        ColumnMapping mapping,
        DataSummary data,
        Descriptives descriptives,
        ReliabilityOutcome reliability,
        AgreementOutcome agreement,
        CfaOutcome cfa,
        RegressionOutcome regression,
        Model4Outcome model4,
        Model7Outcome model7,
        List<String> warnings,
        List<String> failures)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public EvidenceResult {
        warnings = List.copyOf(warnings);
        failures = List.copyOf(failures);
    }

    /**
     * What was read.
     *
     * @param source the data file's name
     * @param format CSV or Excel
     * @param delimiter the CSV separator, '\0' for a workbook
     * @param rowsRead data rows in the file
     * @param rowsUsed rows analysed
     * @param missingRule the missing-data rule applied
     * @param droppedRows every row left out by listwise deletion, with its empty columns
     */
    public record DataSummary(
            String source,
            DataTable.Format format,
            char delimiter,
            int rowsRead,
            int rowsUsed,
            MissingRule missingRule,
            List<DroppedRow> droppedRows)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        public DataSummary {
            droppedRows = List.copyOf(droppedRows);
        }

        public int rowsDropped() {
            return droppedRows.size();
        }
    }

    /**
     * Descriptive statistics of the constructs (their scores as the analyses use them) and the
     * controls, on the rows analysed.
     *
     * @param n rows analysed
     * @param variables constructs then controls
     * @param correlations Pearson correlations, in the order of {@code variables}
     */
    public record Descriptives(int n, List<Variable> variables, double[][] correlations) implements Serializable {

        private static final long serialVersionUID = 1L;

        public Descriptives {
            variables = List.copyOf(variables);
            correlations = copy(correlations);
        }

        @Override
        public double[][] correlations() {
            return copy(correlations);
        }

        /** The correlation of two variables by name. */
        public double correlation(String a, String b) {
            return correlations[index(a)][index(b)];
        }

        /** The variable's position in {@code variables}. */
        public int index(String name) {
            for (int i = 0; i < variables.size(); i++) {
                if (variables.get(i).name().equals(name)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no variable " + name);
        }

        private static double[][] copy(double[][] m) {
            double[][] out = new double[m.length][];
            for (int i = 0; i < m.length; i++) {
                out[i] = m[i].clone();
            }
            return out;
        }
    }

    /** What a descriptive variable is. */
    public enum VariableKind {
        CONSTRUCT("construct"),
        UNIT_LEVEL_CONSTRUCT("unit-level construct"),
        COLUMN("column");

        private final String label;

        VariableKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Mean, SD (n − 1) and range of one variable. */
    public record Variable(String name, VariableKind kind, double mean, double sd, double min, double max)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Alpha and omega per construct, in the order asked for. */
    public record ReliabilityOutcome(List<ConstructReliability> constructs) implements Serializable {

        private static final long serialVersionUID = 1L;

        public ReliabilityOutcome {
            constructs = List.copyOf(constructs);
        }

        /** The entry of a construct, or null. */
        public ConstructReliability construct(String name) {
            return constructs.stream()
                    .filter(c -> c.construct().equals(name))
                    .findFirst()
                    .orElse(null);
        }
    }

    /**
     * Internal consistency of one construct.
     *
     * @param alpha Cronbach's alpha with item statistics, null for a single item or on error
     * @param omega McDonald's omega total, null with fewer than 3 items or on error
     * @param note why a statistic is absent ("a single item has no internal consistency", "omega
     *     needs at least 3 items"), or null
     * @param error why alpha could not be computed, or null
     * @param omegaError why omega could not be computed, or null
     */
    public record ConstructReliability(
            String construct,
            List<String> items,
            List<String> reversed,
            int scalePoints,
            AlphaResult alpha,
            OmegaResult omega,
            String note,
            String error,
            String omegaError)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        public ConstructReliability {
            items = List.copyOf(items);
            reversed = List.copyOf(reversed);
        }
    }

    /** Agreement per construct within the units of {@code group}. */
    public record AgreementOutcome(String group, List<ConstructAgreement> constructs) implements Serializable {

        private static final long serialVersionUID = 1L;

        public AgreementOutcome {
            constructs = List.copyOf(constructs);
        }

        /** The entry of a construct, or null. */
        public ConstructAgreement construct(String name) {
            return constructs.stream()
                    .filter(c -> c.construct().equals(name))
                    .findFirst()
                    .orElse(null);
        }
    }

    /**
     * Within-unit agreement of one construct.
     *
     * @param unitLevelScore the construct is aggregated to the unit in the analyses
     * @param rwg r<sub>wg(j)</sub> per unit (uniform null), null on error
     * @param icc ICC(1), ICC(2) and the one-way ANOVA of the scores by unit, null on error
     * @param error why it could not be computed, or null
     */
    public record ConstructAgreement(
            String construct,
            int scalePoints,
            boolean unitLevelScore,
            AgreementResult<String> rwg,
            IccResult icc,
            String error)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The CFA and its merged-pair comparisons.
     *
     * @param request the analysis asked for
     * @param n rows fitted
     * @param result the fitted model, null on error
     * @param quality CR, AVE, Fornell–Larcker and HTMT of the fitted model, null on error
     * @param comparisons one per requested pair
     * @param error why the model could not be fitted, or null
     */
    public record CfaOutcome(
            Analysis.Cfa request,
            int n,
            CfaResult result,
            MeasurementQualityReport quality,
            List<CfaMergeTest> comparisons,
            String error)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        public CfaOutcome {
            comparisons = List.copyOf(comparisons);
        }

        /** Free parameters of the fitted model: p(p + 1)/2 − df for p items; 0 on error. */
        public int freeParameters() {
            if (result == null) {
                return 0;
            }
            int p = result.model().indicators().size();
            return p * (p + 1) / 2 - result.fit().degreesOfFreedom();
        }
    }

    /**
     * The χ² difference test of a model with two constructs merged into one factor against the full
     * model.
     *
     * @param merged the pair
     * @param mergedFactor the merged factor's name, "a_b"
     * @param mergedResult the merged model's fit, null on error
     * @param deltaChiSquare χ² of the merged model minus χ² of the full model
     * @param deltaDf difference of their degrees of freedom
     * @param p the test's p value; below .05 the full model fits better (the pair is distinct)
     * @param error why the merged model could not be fitted, or null
     */
    public record CfaMergeTest(
            List<String> merged,
            String mergedFactor,
            CfaResult mergedResult,
            double deltaChiSquare,
            int deltaDf,
            double p,
            String error)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        public CfaMergeTest {
            merged = List.copyOf(merged);
        }
    }

    /** The hierarchical regression; {@code result} is null and {@code error} says why on failure. */
    public record RegressionOutcome(Analysis.Regression request, HierarchicalResult result, String error)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** PROCESS model 4; {@code result} is null and {@code error} says why on failure. */
    public record Model4Outcome(Analysis.Model4 request, ProcessModel4Result result, String error)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * PROCESS model 7 with the data of its simple-slopes plot; {@code result} and {@code
     * simpleSlopes} are null and {@code error} says why on failure.
     */
    public record Model7Outcome(
            Analysis.Model7 request, ProcessModel7Result result, SimpleSlopes simpleSlopes, String error)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
