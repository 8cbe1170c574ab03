package org.cocrea.analytics.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.cocrea.analytics.control.BootstrapIntervals;
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
import org.cocrea.analytics.control.OlsRegression;
import org.cocrea.analytics.control.OlsResult;
import org.cocrea.analytics.control.ProcessModel4;
import org.cocrea.analytics.control.ProcessModel4Result;
import org.cocrea.analytics.control.ProcessModel7;
import org.cocrea.analytics.control.ProcessModel7Result;
import org.cocrea.analytics.control.ProcessOptions;
import org.cocrea.analytics.control.RegressionBlock;
import org.cocrea.analytics.control.RegressionVariable;
import org.cocrea.analytics.data.ColumnMapping;
import org.cocrea.analytics.data.ColumnMapping.Construct;
import org.cocrea.analytics.data.ConstructScores;
import org.cocrea.analytics.data.DataProblem;
import org.cocrea.analytics.data.DataTable;
import org.cocrea.analytics.data.InputException;
import org.cocrea.analytics.data.PreparedData;
import org.cocrea.analytics.evidence.Analysis.Agreement;
import org.cocrea.analytics.evidence.Analysis.Cfa;
import org.cocrea.analytics.evidence.Analysis.Model4;
import org.cocrea.analytics.evidence.Analysis.Model7;
import org.cocrea.analytics.evidence.Analysis.Regression;
import org.cocrea.analytics.evidence.Analysis.Reliability;
import org.cocrea.analytics.evidence.EvidenceResult.AgreementOutcome;
import org.cocrea.analytics.evidence.EvidenceResult.CfaMergeTest;
import org.cocrea.analytics.evidence.EvidenceResult.CfaOutcome;
import org.cocrea.analytics.evidence.EvidenceResult.ConstructAgreement;
import org.cocrea.analytics.evidence.EvidenceResult.ConstructReliability;
import org.cocrea.analytics.evidence.EvidenceResult.DataSummary;
import org.cocrea.analytics.evidence.EvidenceResult.Descriptives;
import org.cocrea.analytics.evidence.EvidenceResult.Model4Outcome;
import org.cocrea.analytics.evidence.EvidenceResult.Model7Outcome;
import org.cocrea.analytics.evidence.EvidenceResult.RegressionOutcome;
import org.cocrea.analytics.evidence.EvidenceResult.ReliabilityOutcome;
import org.cocrea.analytics.evidence.EvidenceResult.Variable;
import org.cocrea.analytics.evidence.EvidenceResult.VariableKind;
import org.cocrea.climate.control.AgreementResult;
import org.cocrea.climate.control.AlphaResult;
import org.cocrea.climate.control.IccResult;
import org.cocrea.climate.control.IntraclassCorrelation;
import org.cocrea.climate.control.OmegaResult;
import org.cocrea.climate.control.ScaleReliability;
import org.cocrea.climate.control.WithinGroupAgreement;

/**
 * Runs the evidence engine's analyses on an uploaded data table with a column mapping: the one entry
 * point for the server and the command line.
 *
 * <pre>{@code
 * DataTable table = DataTable.read(upload, "survey.xlsx");
 * CancellationToken cancel = new CancellationToken();
 * EvidenceResult result = EvidenceAnalysis.of(mapping, List.of(
 *                 new Analysis.Reliability(mapping.constructNames()),
 *                 new Analysis.Model7("engagement", "climate", "cocreation", "performance",
 *                         List.of(), true, Analysis.ProcessSettings.defaults())))
 *         .withProgress((fraction, stage) -> job.update(fraction, stage))
 *         .withCancellation(cancel)
 *         .run(table);
 * Report report = EvidenceReport.build(result, ReportOptions.defaults());
 * }</pre>
 *
 * <p><b>Steps.</b> {@link #run(DataTable)} checks the mapping and the analyses against the header,
 * applies the mapping ({@link PreparedData#prepare}: numbers, scales, missing values, constant
 * columns), checks that each analysis has enough rows, then computes descriptive statistics and the
 * analyses in the order reliability, agreement, CFA, regression, Model 4, Model 7. Problems with the
 * input throw {@link InputException} listing every {@link DataProblem} found, before any analysis
 * runs. An analysis that fails on the data (e.g. a singular item covariance matrix) does not stop
 * the others: its outcome carries the error, and {@link EvidenceResult#failures()} lists it.
 *
 * <p><b>Progress and cancellation.</b> The progress listener hears a fraction from 0 to 1 with the
 * current stage; the bootstraps, which take most of the time, report after every 100 resamples. The
 * cancellation token is checked between stages and after every 100 resamples; a cancelled run throws
 * {@link EvidenceCancelledException}.
 *
 * <p><b>Threads.</b> The bootstraps use {@link #withParallelism(int)} worker threads (default: all
 * processors) in a pool of their own; 1 keeps everything on the caller's thread. The same seed gives
 * the same result whatever the parallelism. Instances are immutable and may be shared; each {@code
 * run} is independent.
 */
public final class EvidenceAnalysis {

    private static final String PREPARE = "Checking and preparing the data";

    private final ColumnMapping mapping;
    private final List<Analysis> analyses;
    private final EvidenceProgress progress;
    private final CancellationToken cancellation;
    private final int parallelism;

    private EvidenceAnalysis(
            ColumnMapping mapping,
            List<Analysis> analyses,
            EvidenceProgress progress,
            CancellationToken cancellation,
            int parallelism) {
        this.mapping = mapping;
        this.analyses = analyses;
        this.progress = progress;
        this.cancellation = cancellation;
        this.parallelism = parallelism;
    }

    /**
     * The analyses to run with a mapping.
     *
     * @param analyses at least one, at most one of each kind, in any order
     * @throws IllegalArgumentException if there is none or two of the same kind
     */
    public static EvidenceAnalysis of(ColumnMapping mapping, List<? extends Analysis> analyses) {
        Objects.requireNonNull(mapping, "mapping");
        if (analyses.isEmpty()) {
            throw new IllegalArgumentException("ask for at least one analysis");
        }
        Set<String> keys = new HashSet<>();
        for (Analysis a : analyses) {
            if (!keys.add(a.key())) {
                throw new IllegalArgumentException("the analysis " + a.key() + " is asked for twice");
            }
        }
        List<Analysis> sorted = new ArrayList<>(analyses);
        sorted.sort(Comparator.comparingInt(Analysis::order));
        return new EvidenceAnalysis(mapping, List.copyOf(sorted), null, null, 0);
    }

    /** The same run, reporting its progress to {@code listener} (null for none). */
    public EvidenceAnalysis withProgress(EvidenceProgress listener) {
        return new EvidenceAnalysis(mapping, analyses, listener, cancellation, parallelism);
    }

    /** The same run, stopping when {@code token} is cancelled (null for never). */
    public EvidenceAnalysis withCancellation(CancellationToken token) {
        return new EvidenceAnalysis(mapping, analyses, progress, token, parallelism);
    }

    /**
     * The same run with {@code threads} bootstrap worker threads; 0 (the default) uses all
     * processors, 1 runs everything on the caller's thread.
     */
    public EvidenceAnalysis withParallelism(int threads) {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must not be negative, was " + threads);
        }
        return new EvidenceAnalysis(mapping, analyses, progress, cancellation, threads);
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    /** The analyses, in the order they run. */
    public List<Analysis> analyses() {
        return analyses;
    }

    /**
     * Every problem of the mapping and of the analyses against a file's header, without reading
     * the data: unknown columns and constructs, names used in two roles, an agreement analysis
     * without group column, CFA comparisons of constructs not in the CFA.
     *
     * @param header the file's column names
     * @param source the file's name, for messages
     */
    public List<DataProblem> problems(Collection<String> header, String source) {
        List<DataProblem> out = new ArrayList<>(mapping.problems(header, source));
        Set<String> columns = new HashSet<>(header);
        Map<String, Construct> constructs = mapping.constructsByName();
        for (Analysis a : analyses) {
            switch (a.key()) {
                case "reliability" -> knownConstructs(((Reliability) a).constructs(), "reliability", out);
                case "agreement" -> {
                    knownConstructs(((Agreement) a).constructs(), "agreement", out);
                    if (mapping.group() == null) {
                        out.add(problem(
                                DataProblem.Kind.MAPPING,
                                null,
                                "agreement: needs the group column that identifies the units"));
                    }
                }
                case "cfa" -> cfaProblems((Cfa) a, out);
                case "regression" -> {
                    Regression r = (Regression) a;
                    if (r.blocks().isEmpty() || r.blocks().stream().anyMatch(List::isEmpty)) {
                        out.add(problem(
                                DataProblem.Kind.MAPPING, null, "regression: every step must add at least one term"));
                    }
                }
                default -> {
                    // model4, model7: names only
                }
            }
            for (Analysis.Reference r : a.references()) {
                if (!constructs.containsKey(r.name()) && !columns.contains(r.name())) {
                    out.add(problem(
                            DataProblem.Kind.UNKNOWN_COLUMN,
                            r.name(),
                            r.path() + ": \"" + r.name() + "\" is neither a construct ("
                                    + String.join(", ", constructs.keySet()) + ") nor a column of " + source));
                }
            }
        }
        return out;
    }

    private void knownConstructs(List<String> names, String key, List<DataProblem> out) {
        for (String name : names) {
            if (mapping.construct(name) == null) {
                out.add(problem(
                        DataProblem.Kind.MAPPING,
                        null,
                        key + ": no construct \"" + name + "\" (constructs are "
                                + String.join(", ", mapping.constructNames()) + ")"));
            }
        }
    }

    private void cfaProblems(Cfa c, List<DataProblem> out) {
        if (c.constructs().isEmpty()) {
            out.add(problem(DataProblem.Kind.MAPPING, null, "cfa: list at least one construct"));
        }
        knownConstructs(c.constructs(), "cfa", out);
        if (new HashSet<>(c.constructs()).size() != c.constructs().size()) {
            out.add(problem(DataProblem.Kind.MAPPING, null, "cfa: a construct is listed twice"));
        }
        for (List<String> pair : c.compare()) {
            if (pair.size() != 2
                    || pair.get(0).equals(pair.get(1))
                    || !c.constructs().containsAll(pair)) {
                out.add(problem(
                        DataProblem.Kind.MAPPING,
                        null,
                        "cfa: " + pair + " is not a pair of two different constructs of the CFA ("
                                + String.join(", ", c.constructs()) + ")"));
            }
        }
    }

    /**
     * Checks the mapping and the analyses against the table and applies the mapping.
     *
     * @throws InputException listing every problem found
     */
    public PreparedData prepare(DataTable table) {
        List<DataProblem> problems = problems(table.columns(), table.source());
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        PreparedData data = PreparedData.prepare(table, mapping, otherColumns());
        List<DataProblem> cases = caseProblems(data);
        if (!cases.isEmpty()) {
            throw new InputException(cases);
        }
        return data;
    }

    /** Raw columns the analyses name that the mapping does not read already. */
    private Set<String> otherColumns() {
        Set<String> out = new LinkedHashSet<>();
        Set<String> mapped = new HashSet<>(mapping.numericColumns());
        for (Analysis a : analyses) {
            for (Analysis.Reference r : a.references()) {
                if (mapping.construct(r.name()) == null && !mapped.contains(r.name())) {
                    out.add(r.name());
                }
            }
        }
        return out;
    }

    /**
     * Whether each analysis has enough rows (and units) to be estimated at all: agreement needs two
     * units of two respondents or more, a CFA more rows than items, a regression (each PROCESS
     * equation) more rows than coefficients plus one.
     */
    public List<DataProblem> caseProblems(PreparedData data) {
        List<DataProblem> out = new ArrayList<>();
        int n = data.size();
        String source = data.table().source();
        for (Analysis a : analyses) {
            String need = null;
            switch (a.key()) {
                case "agreement" -> {
                    Map<String, Integer> sizes = new HashMap<>();
                    String[] groups = data.groups();
                    for (String g : groups == null ? new String[0] : groups) {
                        sizes.merge(g, 1, Integer::sum);
                    }
                    long units = sizes.values().stream().filter(s -> s >= 2).count();
                    if (units < 2) {
                        need = "agreement needs at least 2 units with 2 or more respondents each; the rows analysed"
                                + " have " + units;
                    }
                }
                case "cfa" -> {
                    int items = ((Cfa) a)
                            .constructs().stream()
                                    .map(mapping::construct)
                                    .filter(Objects::nonNull)
                                    .mapToInt(c -> c.items().size())
                                    .sum();
                    if (n <= items) {
                        need = "the CFA of " + items + " items needs more than " + items + " rows; " + n
                                + " are analysed";
                    }
                }
                case "regression" -> {
                    int terms = ((Regression) a)
                            .blocks().stream().mapToInt(List::size).sum();
                    need = coefficients("the regression's final step", terms, n);
                }
                case "model4" ->
                    need = coefficients(
                            "Model 4's outcome equation",
                            2 + ((Model4) a).covariates().size(),
                            n);
                case "model7" ->
                    need = coefficients(
                            "Model 7's mediator equation",
                            3 + ((Model7) a).covariates().size(),
                            n);
                default -> {
                    // reliability: 2 rows suffice, checked when the data were prepared
                }
            }
            if (need != null) {
                out.add(problem(DataProblem.Kind.TOO_FEW_CASES, null, source + ": " + need));
            }
        }
        return out;
    }

    private static String coefficients(String equation, int predictors, int n) {
        int needed = predictors + 2;
        if (n >= needed) {
            return null;
        }
        return equation + " has " + predictors + " predictor" + (predictors == 1 ? "" : "s")
                + " and an intercept and needs at least " + needed + " rows; " + n + " are analysed";
    }

    private static DataProblem problem(DataProblem.Kind kind, String column, String message) {
        return new DataProblem(kind, column, 0, message);
    }

    /**
     * Runs every analysis on a table.
     *
     * @throws InputException if the data do not fit the mapping or the analyses (nothing is computed)
     * @throws EvidenceCancelledException if the cancellation token was cancelled
     */
    public EvidenceResult run(DataTable table) {
        Run run = new Run();
        run.begin(PREPARE, 1);
        PreparedData data = prepare(table);
        return run.analyse(data);
    }

    /**
     * Runs every analysis on data prepared by {@link #prepare(DataTable)} with the same mapping.
     *
     * @throws EvidenceCancelledException if the cancellation token was cancelled
     */
    public EvidenceResult run(PreparedData data) {
        if (!data.mapping().equals(mapping)) {
            throw new IllegalArgumentException("the data were prepared with another mapping");
        }
        Run run = new Run();
        run.begin(PREPARE, 1);
        return run.analyse(data);
    }

    /** The state of one run: progress, warnings, failures. */
    private final class Run {
        private final List<String> warnings = new ArrayList<>();
        private final List<String> failures = new ArrayList<>();
        private final double total;
        private double done;
        private double weight;
        private double reported = -1;
        private String stage = PREPARE;
        private PreparedData data;
        private ConstructScores scores;

        Run() {
            double t = 2; // preparing, descriptives
            for (Analysis a : analyses) {
                t += weight(a);
            }
            total = t;
        }

        private double weight(Analysis a) {
            return switch (a.key()) {
                case "cfa" -> 2 + 2 * ((Cfa) a).compare().size();
                case "model4" -> 1 + ((Model4) a).settings().resamples() / 100.0;
                case "model7" -> 1 + ((Model7) a).settings().resamples() / 100.0;
                default -> 1;
            };
        }

        void begin(String label, double w) {
            done += weight;
            weight = w;
            stage = label;
            checkCancelled();
            report(0, label);
        }

        void report(double within, String label) {
            if (progress == null) {
                return;
            }
            double f = Math.min(1, (done + weight * Math.max(0, Math.min(1, within))) / total);
            if (f < reported) {
                f = reported;
            }
            reported = f;
            progress.progress(f, label);
        }

        void checkCancelled() {
            if (cancellation != null && cancellation.isCancelled()) {
                throw new EvidenceCancelledException(stage);
            }
        }

        EvidenceResult analyse(PreparedData prepared) {
            data = prepared;
            scores = prepared.scores();
            begin("Descriptive statistics", 1);
            generalWarnings();
            Descriptives descriptives = descriptives();
            ReliabilityOutcome reliability = null;
            AgreementOutcome agreement = null;
            CfaOutcome cfa = null;
            RegressionOutcome regression = null;
            Model4Outcome model4 = null;
            Model7Outcome model7 = null;
            for (Analysis a : analyses) {
                switch (a.key()) {
                    case "reliability" -> {
                        begin("Reliability (alpha, omega)", weight(a));
                        reliability = reliability((Reliability) a);
                    }
                    case "agreement" -> {
                        begin("Agreement (rwg(j), ICC)", weight(a));
                        agreement = agreement((Agreement) a);
                    }
                    case "cfa" -> {
                        begin("Confirmatory factor analysis", weight(a));
                        cfa = cfa((Cfa) a);
                    }
                    case "regression" -> {
                        begin("Hierarchical regression", weight(a));
                        regression = regression((Regression) a);
                    }
                    case "model4" -> {
                        begin("PROCESS Model 4", weight(a));
                        model4 = model4((Model4) a);
                    }
                    case "model7" -> {
                        begin("PROCESS Model 7", weight(a));
                        model7 = model7((Model7) a);
                    }
                    default -> throw new IllegalStateException("no computation for analysis " + a.key());
                }
            }
            done = total;
            weight = 0;
            report(1, "Done");
            DataTable table = data.table();
            DataSummary summary = new DataSummary(
                    table.source(),
                    table.format(),
                    table.delimiter(),
                    data.rowsRead(),
                    data.size(),
                    mapping.missing(),
                    data.droppedRows());
            return new EvidenceResult(
                    mapping,
                    summary,
                    descriptives,
                    reliability,
                    agreement,
                    cfa,
                    regression,
                    model4,
                    model7,
                    warnings,
                    failures);
        }

        /** Records an analysis that could not be run. */
        private String failed(String key, IllegalArgumentException e) {
            failures.add(key + ": " + e.getMessage());
            warnings.add(key + " could not be run: " + e.getMessage());
            return e.getMessage();
        }

        /** Records that one construct of an analysis failed; the analysis goes on with the others. */
        private String constructFailure(String key, String construct, IllegalArgumentException e) {
            failures.add(key + " of " + construct + ": " + e.getMessage());
            warnings.add(key + " of " + construct + " could not be computed: " + e.getMessage());
            return e.getMessage();
        }

        private void generalWarnings() {
            if (data.size() < Thresholds.SMALL_SAMPLE) {
                warnings.add("only " + data.size() + " rows are analysed (n < " + Thresholds.SMALL_SAMPLE
                        + "); estimates and bootstrap intervals are imprecise");
            }
            Agreement a = (Agreement) analyses.stream()
                    .filter(x -> x.key().equals("agreement"))
                    .findFirst()
                    .orElse(null);
            for (Construct c : mapping.constructs()) {
                if (c.aggregate() && (a == null || !a.constructs().contains(c.name()))) {
                    warnings.add("construct " + c.name() + " is used as a unit-level score (aggregate) but its"
                            + " agreement is not checked; add it to analyses.agreement");
                }
            }
        }

        /** Mean, SD, range of constructs and controls, and their Pearson correlations. */
        private Descriptives descriptives() {
            List<String> names = new ArrayList<>(mapping.constructNames());
            names.addAll(mapping.controls());
            int n = data.size();
            int k = names.size();
            double[][] values = new double[k][];
            double[] means = new double[k];
            double[] sds = new double[k];
            List<Variable> variables = new ArrayList<>();
            for (int v = 0; v < k; v++) {
                values[v] = data.values(names.get(v));
                double mean = Arrays.stream(values[v]).sum() / n;
                double ss = 0;
                for (double x : values[v]) {
                    ss += (x - mean) * (x - mean);
                }
                means[v] = mean;
                sds[v] = Math.sqrt(ss / (n - 1));
                Construct c = mapping.construct(names.get(v));
                VariableKind kind = c == null
                        ? VariableKind.COLUMN
                        : c.aggregate() ? VariableKind.UNIT_LEVEL_CONSTRUCT : VariableKind.CONSTRUCT;
                variables.add(new Variable(
                        names.get(v),
                        kind,
                        mean,
                        sds[v],
                        Arrays.stream(values[v]).min().orElse(Double.NaN),
                        Arrays.stream(values[v]).max().orElse(Double.NaN)));
            }
            double[][] r = new double[k][k];
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    double s = 0;
                    for (int i = 0; i < n; i++) {
                        s += (values[a][i] - means[a]) * (values[b][i] - means[b]);
                    }
                    r[a][b] = a == b ? 1.0 : s / ((n - 1) * sds[a] * sds[b]);
                }
            }
            return new Descriptives(n, variables, r);
        }

        private ReliabilityOutcome reliability(Reliability r) {
            List<ConstructReliability> out = new ArrayList<>();
            for (String name : r.constructs()) {
                Construct c = mapping.construct(name);
                double[][] items = scores.items(name);
                if (c.items().size() < 2) {
                    out.add(new ConstructReliability(
                            name,
                            c.items(),
                            c.reverse(),
                            c.scalePoints(),
                            null,
                            null,
                            "a single item has no internal consistency",
                            null,
                            null));
                    continue;
                }
                AlphaResult alpha;
                try {
                    alpha = ScaleReliability.alpha(items, c.scalePoints());
                } catch (IllegalArgumentException e) {
                    String error = constructFailure("reliability", name, e);
                    out.add(new ConstructReliability(
                            name, c.items(), c.reverse(), c.scalePoints(), null, null, null, error, null));
                    continue;
                }
                if (alpha.alpha() < Thresholds.MIN_RELIABILITY) {
                    warnings.add(String.format(
                            Locale.ROOT,
                            "alpha of %s is %.3f, below %.2f",
                            name,
                            alpha.alpha(),
                            Thresholds.MIN_RELIABILITY));
                }
                OmegaResult omega = null;
                String note = null;
                String omegaError = null;
                if (c.items().size() >= 3) {
                    try {
                        omega = ScaleReliability.omega(items, c.scalePoints());
                        if (omega.heywoodCase()) {
                            warnings.add(
                                    "omega of " + name + " comes from an improper one-factor solution (Heywood case)");
                        }
                    } catch (IllegalArgumentException e) {
                        omegaError = constructFailure("reliability", name + " (omega)", e);
                    }
                } else {
                    note = "omega needs at least 3 items";
                }
                out.add(new ConstructReliability(
                        name, c.items(), c.reverse(), c.scalePoints(), alpha, omega, note, null, omegaError));
                report(out.size() / (double) r.constructs().size(), stage);
            }
            return new ReliabilityOutcome(out);
        }

        private AgreementOutcome agreement(Agreement a) {
            List<ConstructAgreement> out = new ArrayList<>();
            List<String> groupList = Arrays.asList(data.groups());
            for (String name : a.constructs()) {
                Construct c = mapping.construct(name);
                AgreementResult<String> rwg;
                IccResult icc;
                try {
                    rwg = new WithinGroupAgreement(c.scalePoints()).rwgJ(scores.items(name), groupList);
                    icc = IntraclassCorrelation.icc(scores.scores(name), groupList);
                } catch (IllegalArgumentException e) {
                    String error = constructFailure("agreement", name, e);
                    out.add(new ConstructAgreement(name, c.scalePoints(), c.aggregate(), null, null, error));
                    continue;
                }
                out.add(new ConstructAgreement(name, c.scalePoints(), c.aggregate(), rwg, icc, null));
                if (c.aggregate()) {
                    if (!(rwg.mean() >= Thresholds.MIN_RWG)) {
                        warnings.add(String.format(
                                Locale.ROOT,
                                "mean rwg(j) of %s is %.3f, below %.2f, yet it is used as a unit-level score",
                                name,
                                rwg.mean(),
                                Thresholds.MIN_RWG));
                    }
                    if (!(icc.p() < Thresholds.ALPHA)) {
                        warnings.add(String.format(
                                Locale.ROOT,
                                "units do not differ significantly in %s (ICC(1) = %.3f, F(%d, %d) = %.2f, p ="
                                        + " %.3f), yet it is used as a unit-level score",
                                name,
                                icc.icc1(),
                                icc.dfBetween(),
                                icc.dfWithin(),
                                icc.f(),
                                icc.p()));
                    }
                }
            }
            return new AgreementOutcome(mapping.group(), out);
        }

        /**
         * Fits one factor per construct to the construct's item answers as the other analyses see
         * them: reverse-keyed items already turned (scalePoints + 1 − answer), in the rows kept by the
         * missing-data rule. Then the measurement-quality indices and, per requested pair, the χ²
         * difference test of the model with the pair merged into one factor against the full model.
         */
        private CfaOutcome cfa(Cfa c) {
            CfaOptions options = CfaOptions.defaults().withConvention(c.convention());
            CovarianceData items;
            CfaModel model;
            CfaResult result;
            MeasurementQualityReport quality;
            try {
                items = cfaData(c.constructs());
                model = cfaModel(c.constructs());
                result = CfaFit.fit(model, items, options);
                quality = MeasurementQuality.assess(result, items);
            } catch (IllegalArgumentException e) {
                return new CfaOutcome(c, data.size(), null, null, List.of(), failed(c.key(), e));
            }
            for (String w : result.warnings()) {
                warnings.add("cfa: " + w);
            }
            for (String w : quality.warnings()) {
                warnings.add("cfa measurement quality: " + w);
            }
            warnings.addAll(cfaQualityWarnings(result.fit(), quality));
            report(1.0 / (1 + c.compare().size()), stage);

            List<CfaMergeTest> comparisons = new ArrayList<>();
            for (List<String> pair : c.compare()) {
                checkCancelled();
                String mergedFactor = pair.get(0) + "_" + pair.get(1);
                try {
                    CfaResult merged = CfaFit.fit(model.merge(pair.get(0), pair.get(1)), items, options);
                    CfaComparison test = CfaFit.compare(merged, result);
                    comparisons.add(new CfaMergeTest(
                            pair,
                            mergedFactor,
                            merged,
                            test.deltaChiSquare(),
                            test.deltaDegreesOfFreedom(),
                            test.pValue(),
                            null));
                    if (!(test.pValue() < Thresholds.ALPHA)) {
                        warnings.add(String.format(
                                Locale.ROOT,
                                "cfa: merging %s and %s does not worsen the fit significantly (Δχ² = %.2f, Δdf ="
                                        + " %d, p = %.3f); the two are not shown to be distinct",
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
                    comparisons.add(
                            new CfaMergeTest(pair, mergedFactor, null, Double.NaN, 0, Double.NaN, e.getMessage()));
                }
                report((1.0 + comparisons.size()) / (1 + c.compare().size()), stage);
            }
            return new CfaOutcome(c, data.size(), result, quality, comparisons, null);
        }

        /** Item covariances of the CFA's constructs, on the reverse-keyed answers of the rows analysed. */
        private CovarianceData cfaData(List<String> constructs) {
            List<String> names = new ArrayList<>();
            List<double[][]> blocks = new ArrayList<>();
            for (String name : constructs) {
                names.addAll(mapping.construct(name).items());
                blocks.add(scores.items(name));
            }
            int n = data.size();
            double[][] matrix = new double[n][names.size()];
            for (int i = 0; i < n; i++) {
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
                builder.factor(name, mapping.construct(name).items());
            }
            return builder.build();
        }

        private RegressionOutcome regression(Regression r) {
            List<RegressionBlock> blocks = new ArrayList<>();
            for (int b = 0; b < r.blocks().size(); b++) {
                List<String> terms = r.blocks().get(b).stream()
                        .map(t -> String.join(
                                "*",
                                Arrays.stream(t.split("\\*")).map(String::strip).toList()))
                        .toList();
                blocks.add(new RegressionBlock(r.labels().get(b), terms));
            }
            Map<String, double[]> columns = new LinkedHashMap<>();
            for (Analysis.Reference ref : r.references()) {
                columns.computeIfAbsent(ref.name(), data::values);
            }
            try {
                HierarchicalResult result = HierarchicalRegression.fit(
                        r.dependent(), columns, blocks, new LinkedHashSet<>(r.centre()), r.confidence());
                return new RegressionOutcome(r, result, null);
            } catch (IllegalArgumentException e) {
                return new RegressionOutcome(r, null, failed(r.key(), e));
            }
        }

        private ProcessOptions processOptions(Analysis.ProcessSettings settings, boolean centre) {
            String label = stage;
            return settings.options(centre)
                    .withParallelism(parallelism)
                    .withCancellation(cancellation)
                    .withProgress((completed, all) -> report(
                            completed / (double) all,
                            String.format(Locale.ROOT, "%s: bootstrap (%,d of %,d resamples)", label, completed, all)));
        }

        private Model4Outcome model4(Model4 m) {
            try {
                ProcessModel4Result result = ProcessModel4.run(
                        variable(m.x()),
                        variable(m.m()),
                        variable(m.y()),
                        variables(m.covariates()),
                        processOptions(m.settings(), false));
                bootstrapWarnings(m.key(), result.bootstrap().redrawnResamples());
                return new Model4Outcome(m, result, null);
            } catch (CancellationException e) {
                throw new EvidenceCancelledException(stage);
            } catch (IllegalArgumentException e) {
                return new Model4Outcome(m, null, failed(m.key(), e));
            }
        }

        private Model7Outcome model7(Model7 m) {
            try {
                ProcessModel7Result result = ProcessModel7.run(
                        variable(m.x()),
                        variable(m.w()),
                        variable(m.m()),
                        variable(m.y()),
                        variables(m.covariates()),
                        processOptions(m.settings(), m.centre()));
                bootstrapWarnings(m.key(), result.bootstrap().redrawnResamples());
                return new Model7Outcome(m, result, simpleSlopes(m, result), null);
            } catch (CancellationException e) {
                throw new EvidenceCancelledException(stage);
            } catch (IllegalArgumentException e) {
                return new Model7Outcome(m, null, null, failed(m.key(), e));
            }
        }

        /**
         * Predicted M at X's 16th, 50th and 84th percentiles for W's 16th, 50th and 84th percentiles
         * (or W's two values), covariates at their means.
         */
        private SimpleSlopes simpleSlopes(Model7 m, ProcessModel7Result r) {
            double[] x = data.values(m.x());
            double[] w = data.values(m.w());
            Arrays.sort(x);
            Arrays.sort(w);
            double[] xValues = {
                BootstrapIntervals.type6(x, 0.16), BootstrapIntervals.type6(x, 0.50), BootstrapIntervals.type6(x, 0.84)
            };
            double[] distinct = Arrays.stream(w).distinct().limit(3).toArray();
            double[] wValues;
            String[] labels;
            if (distinct.length == 2) {
                wValues = distinct;
                labels = new String[] {"low", "high"};
            } else {
                wValues = new double[] {
                    BootstrapIntervals.type6(w, 0.16),
                    BootstrapIntervals.type6(w, 0.50),
                    BootstrapIntervals.type6(w, 0.84)
                };
                labels = new String[] {"16th percentile", "50th percentile", "84th percentile"};
            }
            OlsResult model = r.mediatorModel();
            double constant = model.coefficient(OlsRegression.INTERCEPT).estimate();
            for (String cov : m.covariates()) {
                constant += model.coefficient(cov).estimate()
                        * Arrays.stream(data.values(cov)).average().orElse(0);
            }
            double a1 = r.a1().estimate();
            double a2 = r.a2().estimate();
            double a3 = r.a3().estimate();
            List<SimpleSlopes.Line> lines = new ArrayList<>();
            for (int j = 0; j < wValues.length; j++) {
                double wc = wValues[j] - r.wMean();
                double[] predicted = new double[xValues.length];
                for (int i = 0; i < xValues.length; i++) {
                    double xc = xValues[i] - r.xMean();
                    predicted[i] = constant + a1 * xc + a2 * wc + a3 * xc * wc;
                }
                lines.add(new SimpleSlopes.Line(labels[j], wValues[j], predicted, a1 + a3 * wc));
            }
            return new SimpleSlopes(m.x(), m.w(), m.m(), xValues, lines);
        }

        private void bootstrapWarnings(String key, int redrawn) {
            if (redrawn > 0) {
                warnings.add(key + ": " + redrawn + " bootstrap resamples were singular and drawn again");
            }
        }

        private RegressionVariable variable(String name) {
            return new RegressionVariable(name, data.values(name));
        }

        private List<RegressionVariable> variables(List<String> names) {
            return names.stream().map(this::variable).toList();
        }
    }

    /**
     * Warnings on the fit and the measurement quality of a CFA: CFI &lt; .90, RMSEA &gt; .08, alpha
     * or CR &lt; .70, AVE &lt; .50, a failed Fornell–Larcker pair, HTMT ≥ .85.
     */
    public static List<String> cfaQualityWarnings(CfaFitIndices fit, MeasurementQualityReport quality) {
        List<String> out = new ArrayList<>();
        if (fit.cfi() < Thresholds.MIN_CFI) {
            out.add(String.format(Locale.ROOT, "cfa: CFI is %.3f, below %.2f", fit.cfi(), Thresholds.MIN_CFI));
        }
        if (fit.rmsea() > Thresholds.MAX_RMSEA) {
            out.add(String.format(Locale.ROOT, "cfa: RMSEA is %.3f, above %.2f", fit.rmsea(), Thresholds.MAX_RMSEA));
        }
        for (MeasurementQualityReport.Construct c : quality.constructs()) {
            if (c.alpha() < Thresholds.MIN_RELIABILITY) {
                out.add(String.format(
                        Locale.ROOT,
                        "cfa: alpha of %s is %.3f, below %.2f",
                        c.factor(),
                        c.alpha(),
                        Thresholds.MIN_RELIABILITY));
            }
            if (c.compositeReliability() < Thresholds.MIN_RELIABILITY) {
                out.add(String.format(
                        Locale.ROOT,
                        "cfa: composite reliability of %s is %.3f, below %.2f",
                        c.factor(),
                        c.compositeReliability(),
                        Thresholds.MIN_RELIABILITY));
            }
            if (c.averageVarianceExtracted() < Thresholds.MIN_AVE) {
                out.add(String.format(
                        Locale.ROOT,
                        "cfa: AVE of %s is %.3f, below %.2f",
                        c.factor(),
                        c.averageVarianceExtracted(),
                        Thresholds.MIN_AVE));
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
            if (h.htmt() >= Thresholds.MAX_HTMT) {
                out.add(String.format(
                        Locale.ROOT,
                        "cfa: HTMT of %s and %s is %.3f, at or above %.2f%s",
                        h.factor1(),
                        h.factor2(),
                        h.htmt(),
                        Thresholds.MAX_HTMT,
                        h.below090() ? "" : " (and above the liberal 0.90)"));
            }
        }
        return out;
    }
}
