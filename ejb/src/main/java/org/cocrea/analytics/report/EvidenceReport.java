package org.cocrea.analytics.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.statistics.distribution.TDistribution;
import org.cocrea.analytics.control.BootstrapCiMethod;
import org.cocrea.analytics.control.BootstrapEstimate;
import org.cocrea.analytics.control.CfaChiSquareConvention;
import org.cocrea.analytics.control.CfaFitIndices;
import org.cocrea.analytics.control.CfaResult;
import org.cocrea.analytics.control.HierarchicalResult;
import org.cocrea.analytics.control.HierarchicalStep;
import org.cocrea.analytics.control.MeasurementQualityReport;
import org.cocrea.analytics.control.OlsCoefficient;
import org.cocrea.analytics.control.OlsRegression;
import org.cocrea.analytics.control.OlsResult;
import org.cocrea.analytics.control.ProcessBootstrapInfo;
import org.cocrea.analytics.control.ProcessConditionalEffect;
import org.cocrea.analytics.control.ProcessJohnsonNeyman;
import org.cocrea.analytics.control.ProcessModel4Result;
import org.cocrea.analytics.control.ProcessModel7Result;
import org.cocrea.analytics.data.ColumnMapping;
import org.cocrea.analytics.data.DataTable;
import org.cocrea.analytics.data.DroppedRow;
import org.cocrea.analytics.evidence.EvidenceResult;
import org.cocrea.analytics.evidence.EvidenceResult.AgreementOutcome;
import org.cocrea.analytics.evidence.EvidenceResult.CfaMergeTest;
import org.cocrea.analytics.evidence.EvidenceResult.CfaOutcome;
import org.cocrea.analytics.evidence.EvidenceResult.ConstructAgreement;
import org.cocrea.analytics.evidence.EvidenceResult.ConstructReliability;
import org.cocrea.analytics.evidence.EvidenceResult.DataSummary;
import org.cocrea.analytics.evidence.EvidenceResult.Descriptives;
import org.cocrea.analytics.evidence.EvidenceResult.Variable;
import org.cocrea.analytics.evidence.SimpleSlopes;
import org.cocrea.analytics.evidence.Thresholds;

/**
 * Builds the results {@link Report} of an {@link EvidenceResult}: APA-style tables with notes, a
 * plain-language reading and warnings under each.
 *
 * <p>Tables, each present when its analysis ran (keys in brackets):
 *
 * <ol>
 *   <li>descriptive statistics and correlations, √AVE on the diagonal when a CFA ran ({@code
 *       descriptives});
 *   <li>reliability and convergent validity: α, ω, CR, AVE ({@code reliability});
 *   <li>within-unit agreement: r<sub>wg(j)</sub>, ICC(1), ICC(2) ({@code agreement});
 *   <li>CFA fit of the hypothesised and the merged models with Δχ² ({@code cfa-fit}), standardised
 *       loadings ({@code cfa-loadings}), discriminant validity: r, HTMT, Fornell–Larcker ({@code
 *       discriminant-validity});
 *   <li>hierarchical regression: steps with R², ΔR², F change ({@code regression-steps}) and
 *       coefficients B, SE, β, t, p, VIF per step ({@code regression-coefficients});
 *   <li>PROCESS Model 4: paths and the indirect effect with its bootstrap CI ({@code model4});
 *   <li>PROCESS Model 7: coefficients of both equations ({@code model7-coefficients}), conditional
 *       effects and the index of moderated mediation ({@code model7-conditional}), Johnson–Neyman
 *       boundaries ({@code model7-johnson-neyman}), simple slopes ({@code simple-slopes}).
 * </ol>
 *
 * Numbers follow {@link ApaFormat}: two decimals for most statistics, three for p values, fit indices,
 * R² and PROCESS effects.
 */
public final class EvidenceReport {

    /** Regression: cases needed for a medium effect, 50 + 8k (Green, 1991). */
    static final int GREEN_BASE = 50;

    static final int GREEN_PER_PREDICTOR = 8;

    /** A VIF above this suggests multicollinearity. */
    static final double MAX_VIF = 5;

    /** Standardised loadings below this are weak. */
    static final double MIN_LOADING = 0.50;

    /** Fewer bootstrap resamples than this are too few for reported intervals. */
    static final int MIN_REPORTED_RESAMPLES = 1000;

    /** Dropped rows named in the warning at most. */
    static final int LISTED_DROPPED_ROWS = 10;

    private final EvidenceResult result;
    private final ReportOptions options;
    private final List<ReportTable> tables = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private EvidenceReport(EvidenceResult result, ReportOptions options) {
        this.result = result;
        this.options = options;
    }

    /** The report of a result with the default title and no labels. */
    public static Report build(EvidenceResult result) {
        return build(result, ReportOptions.defaults());
    }

    /** The report of a result. */
    public static Report build(EvidenceResult result, ReportOptions options) {
        return new EvidenceReport(result, options).build();
    }

    private Report build() {
        List<String> header = new ArrayList<>(options.headerLines());
        header.add(dataLine());
        dataWarnings();
        descriptives();
        reliability();
        agreement();
        cfa();
        regression();
        model4();
        SimpleSlopes slopes = model7();
        return new Report(options.title(), header, warnings, tables, slopes);
    }

    private String label(String name) {
        return options.label(name);
    }

    private void add(
            String key,
            String title,
            List<String> columns,
            List<ReportRow> rows,
            List<String> notes,
            List<String> readings,
            List<String> tableWarnings) {
        tables.add(new ReportTable(key, tables.size() + 1, title, columns, rows, notes, readings, tableWarnings));
    }

    // ---------------------------------------------------------------- data

    private String dataLine() {
        DataSummary d = result.data();
        String line = "Data: " + d.source() + " (" + (d.format() == DataTable.Format.CSV ? "CSV" : "Excel") + "), "
                + ApaFormat.integer(d.rowsRead()) + " rows read, " + ApaFormat.integer(d.rowsUsed()) + " analysed";
        if (d.rowsDropped() > 0) {
            line += ", " + ApaFormat.integer(d.rowsDropped()) + " left out for missing values (listwise deletion)";
        }
        return line + ".";
    }

    private void dataWarnings() {
        DataSummary d = result.data();
        if (d.rowsDropped() > 0) {
            String word = d.format() == DataTable.Format.CSV ? "line" : "row";
            List<String> listed = new ArrayList<>();
            for (DroppedRow r : d.droppedRows().subList(0, Math.min(LISTED_DROPPED_ROWS, d.rowsDropped()))) {
                listed.add(word + " " + r.row() + " (" + String.join(", ", r.missing()) + ")");
            }
            int more = d.rowsDropped() - listed.size();
            warnings.add(ApaFormat.integer(d.rowsDropped()) + " of " + ApaFormat.integer(d.rowsRead()) + " rows ("
                    + ApaFormat.percent(d.rowsDropped() / (double) d.rowsRead(), 1)
                    + ") were left out of every analysis because they lack a value the analyses need (listwise"
                    + " deletion): " + String.join(", ", listed) + (more > 0 ? " and " + more + " more" : "")
                    + ". If these rows differ systematically from the others, the results may be biased.");
        }
        if (d.rowsUsed() < Thresholds.SMALL_SAMPLE) {
            warnings.add("Only " + d.rowsUsed() + " rows were analysed. With fewer than " + Thresholds.SMALL_SAMPLE
                    + " cases, estimates are imprecise and confidence intervals wide; treat the results as"
                    + " indicative.");
        }
        for (ColumnMapping.Construct c : result.mapping().constructs()) {
            if (c.aggregate()
                    && (result.agreement() == null || result.agreement().construct(c.name()) == null)) {
                warnings.add(label(c.name()) + " is used as a unit-level score (unit means), but the agreement"
                        + " within units was not checked; add it to the agreement analysis.");
            }
        }
        for (String f : result.failures()) {
            warnings.add("Could not be computed: " + f + ".");
        }
    }

    // ---------------------------------------------------------------- descriptives

    private void descriptives() {
        Descriptives d = result.descriptives();
        List<Variable> vars = d.variables();
        int k = vars.size();
        double[][] r = d.correlations();
        MeasurementQualityReport quality =
                result.cfa() == null ? null : result.cfa().quality();
        List<String> columns = new ArrayList<>(List.of("Variable", "M", "SD"));
        for (int i = 1; i <= k; i++) {
            columns.add(Integer.toString(i));
        }
        List<ReportRow> rows = new ArrayList<>();
        boolean diagonal = false;
        for (int i = 0; i < k; i++) {
            List<ReportCell> cells = new ArrayList<>();
            cells.add(ReportCell.text((i + 1) + ". " + label(vars.get(i).name())));
            cells.add(ReportCell.number(vars.get(i).mean(), 2));
            cells.add(ReportCell.number(vars.get(i).sd(), 2));
            for (int j = 0; j < k; j++) {
                if (j < i) {
                    double p = correlationP(r[i][j], d.n());
                    ReportCell c = ReportCell.bounded(r[i][j], 2);
                    cells.add(new ReportCell(c.text() + ApaFormat.stars(p), c.value(), c.decimals(), c.leadingZero()));
                } else if (j == i) {
                    double sqrtAve = sqrtAve(quality, vars.get(i).name());
                    if (Double.isNaN(sqrtAve)) {
                        cells.add(ReportCell.text(ApaFormat.DASH));
                    } else {
                        diagonal = true;
                        cells.add(new ReportCell("(" + ApaFormat.bounded(sqrtAve, 2) + ")", sqrtAve, 2, false));
                    }
                } else {
                    cells.add(ReportCell.empty());
                }
            }
            rows.add(new ReportRow(cells, false));
        }
        List<String> notes = new ArrayList<>();
        notes.add("N = " + ApaFormat.integer(d.n()) + ". M and SD are the means and standard deviations of the"
                + " construct scores (mean of the items after reverse-keying) and of the controls.");
        List<String> unitLevel = vars.stream()
                .filter(v -> v.kind() == EvidenceResult.VariableKind.UNIT_LEVEL_CONSTRUCT)
                .map(v -> label(v.name()))
                .toList();
        if (!unitLevel.isEmpty()) {
            notes.add(Readings.list(unitLevel) + (unitLevel.size() == 1 ? " is" : " are")
                    + " a unit-level score: each respondent carries the mean of the respondent's unit.");
        }
        if (diagonal) {
            notes.add("Values in parentheses on the diagonal are the square roots of the average variance"
                    + " extracted (\u221AAVE) from the confirmatory factor analysis.");
        }
        notes.add("Pearson correlations; * p < .05, ** p < .01 (two-tailed).");

        List<String> readings = new ArrayList<>();
        int bi = -1;
        int bj = -1;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < i; j++) {
                if (bi < 0 || Math.abs(r[i][j]) > Math.abs(r[bi][bj])) {
                    bi = i;
                    bj = j;
                }
            }
        }
        if (bi >= 0) {
            double p = correlationP(r[bi][bj], d.n());
            readings.add(
                    "The strongest correlation is between " + label(vars.get(bj).name()) + " and "
                            + label(vars.get(bi).name()) + " (r = " + ApaFormat.bounded(r[bi][bj], 2) + ", "
                            + ApaFormat.pEquals(p) + "): "
                            + (p < 0.05
                                    ? (r[bi][bj] > 0
                                            ? "higher values of one go with higher values of the other."
                                            : "higher values of one go with lower values of the other.")
                                    : "not even this correlation is significant."));
        }
        if (quality != null && !quality.fornellLarcker().isEmpty()) {
            List<String> failed = quality.fornellLarcker().stream()
                    .filter(x -> !x.passed())
                    .map(x -> label(x.factor1()) + " and " + label(x.factor2()))
                    .toList();
            readings.add(
                    failed.isEmpty()
                            ? "Each construct's \u221AAVE exceeds its correlations with the other constructs, so the"
                                    + " Fornell\u2013Larcker criterion of discriminant validity is met."
                            : "The Fornell\u2013Larcker criterion fails for " + Readings.list(failed)
                                    + ": a construct shares more variance with another construct than with its own items.");
        }
        add("descriptives", "Descriptive Statistics and Correlations", columns, rows, notes, readings, List.of());
    }

    private static double sqrtAve(MeasurementQualityReport quality, String construct) {
        if (quality == null) {
            return Double.NaN;
        }
        return quality.constructs().stream()
                .filter(c -> c.factor().equals(construct))
                .mapToDouble(MeasurementQualityReport.Construct::sqrtAverageVarianceExtracted)
                .findFirst()
                .orElse(Double.NaN);
    }

    /** Two-sided p of a Pearson correlation, t test with n − 2 df. */
    static double correlationP(double r, int n) {
        if (n < 3 || Double.isNaN(r)) {
            return Double.NaN;
        }
        if (Math.abs(r) >= 1) {
            return 0;
        }
        double t = r * Math.sqrt((n - 2) / (1 - r * r));
        return 2 * TDistribution.of(n - 2).survivalProbability(Math.abs(t));
    }

    // ---------------------------------------------------------------- reliability

    private void reliability() {
        MeasurementQualityReport quality =
                result.cfa() == null ? null : result.cfa().quality();
        if (result.reliability() == null && quality == null) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        if (result.reliability() != null) {
            result.reliability().constructs().forEach(c -> names.add(c.construct()));
        }
        if (quality != null) {
            quality.constructs().forEach(c -> names.add(c.factor()));
        }
        List<ReportRow> rows = new ArrayList<>();
        List<String> tableWarnings = new ArrayList<>();
        List<String> below = new ArrayList<>();
        double minAlpha = Double.NaN;
        double maxAlpha = Double.NaN;
        List<String> reversed = new ArrayList<>();
        for (String name : names) {
            ColumnMapping.Construct construct = result.mapping().construct(name);
            ConstructReliability rel =
                    result.reliability() == null ? null : result.reliability().construct(name);
            MeasurementQualityReport.Construct q = null;
            if (quality != null) {
                q = quality.constructs().stream()
                        .filter(c -> c.factor().equals(name))
                        .findFirst()
                        .orElse(null);
            }
            double alpha =
                    rel != null && rel.alpha() != null ? rel.alpha().alpha() : q != null ? q.alpha() : Double.NaN;
            double omega =
                    rel != null && rel.omega() != null ? rel.omega().omegaTotal() : q != null ? q.omega() : Double.NaN;
            double cr = q == null ? Double.NaN : q.compositeReliability();
            double ave = q == null ? Double.NaN : q.averageVarianceExtracted();
            rows.add(ReportRow.of(
                    ReportCell.text(label(name)),
                    ReportCell.integer(construct.items().size()),
                    ReportCell.bounded(alpha, 2),
                    ReportCell.bounded(omega, 2),
                    ReportCell.bounded(cr, 2),
                    ReportCell.bounded(ave, 2)));
            if (!construct.reverse().isEmpty()) {
                reversed.add(String.join(", ", construct.reverse()) + " (" + label(name) + ")");
            }
            if (!Double.isNaN(alpha)) {
                minAlpha = Double.isNaN(minAlpha) ? alpha : Math.min(minAlpha, alpha);
                maxAlpha = Double.isNaN(maxAlpha) ? alpha : Math.max(maxAlpha, alpha);
            }
            String l = label(name);
            if (alpha < Thresholds.MIN_RELIABILITY) {
                below.add(l + " (\u03B1 = " + ApaFormat.bounded(alpha, 2) + ")");
                tableWarnings.add("Cronbach's alpha of " + l + " is " + ApaFormat.bounded(alpha, 2)
                        + ", below the conventional .70: its score is not reliable enough, so effects involving " + l
                        + " are underestimated and should be read with caution.");
            }
            if (omega < Thresholds.MIN_RELIABILITY) {
                tableWarnings.add("McDonald's omega of " + l + " is " + ApaFormat.bounded(omega, 2) + ", below .70.");
            }
            if (cr < Thresholds.MIN_RELIABILITY) {
                tableWarnings.add(
                        "The composite reliability of " + l + " is " + ApaFormat.bounded(cr, 2) + ", below .70.");
            }
            if (ave < Thresholds.MIN_AVE) {
                tableWarnings.add("The AVE of " + l + " is " + ApaFormat.bounded(ave, 2) + ", below .50: its items"
                        + " share less variance with the construct than they carry as measurement error (weak"
                        + " convergent validity).");
            }
            if (rel != null && rel.omega() != null && rel.omega().heywoodCase()) {
                tableWarnings.add("Omega of " + l + " comes from an improper one-factor solution (Heywood case).");
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("\u03B1 = Cronbach's alpha; \u03C9 = McDonald's omega total (one-factor model, 3 or more items);"
                + " CR = composite reliability and AVE = average variance extracted, both from the standardised"
                + " loadings of the confirmatory factor analysis. A dash marks a value that was not computed.");
        if (!reversed.isEmpty()) {
            notes.add("Reverse-keyed items (scale points + 1 \u2212 answer): " + String.join("; ", reversed) + ".");
        }
        List<String> readings = new ArrayList<>();
        if (!Double.isNaN(minAlpha)) {
            readings.add(
                    below.isEmpty()
                            ? "Every construct reaches the conventional threshold of .70 for Cronbach's alpha"
                                    + (minAlpha == maxAlpha
                                            ? " (\u03B1 = " + ApaFormat.bounded(minAlpha, 2) + ")"
                                            : " (\u03B1 from " + ApaFormat.bounded(minAlpha, 2) + " to "
                                                    + ApaFormat.bounded(maxAlpha, 2) + ")")
                                    + ", so the items of each construct measure it consistently."
                            : "Below the conventional .70 for Cronbach's alpha: " + Readings.list(below)
                                    + "; the other constructs are measured consistently.");
        }
        if (quality != null) {
            List<String> weak = quality.constructs().stream()
                    .filter(c -> c.averageVarianceExtracted() < Thresholds.MIN_AVE)
                    .map(c -> label(c.factor()))
                    .toList();
            readings.add(
                    weak.isEmpty()
                            ? "Every construct's AVE is at least .50: its items share more variance with the construct"
                                    + " than they carry as error (convergent validity)."
                            : "Convergent validity is weak for " + Readings.list(weak) + " (AVE below .50).");
        }
        add(
                "reliability",
                "Reliability and Convergent Validity",
                List.of("Construct", "Items", "\u03B1", "\u03C9", "CR", "AVE"),
                rows,
                notes,
                readings,
                tableWarnings);
    }

    // ---------------------------------------------------------------- agreement

    private void agreement() {
        AgreementOutcome a = result.agreement();
        if (a == null) {
            return;
        }
        List<ReportRow> rows = new ArrayList<>();
        List<String> tableWarnings = new ArrayList<>();
        List<String> readings = new ArrayList<>();
        int truncated = 0;
        for (ConstructAgreement c : a.constructs()) {
            String l = label(c.construct());
            if (c.error() != null) {
                rows.add(ReportRow.of(
                        ReportCell.text(l),
                        ReportCell.text(ApaFormat.DASH),
                        ReportCell.text(ApaFormat.DASH),
                        ReportCell.text(ApaFormat.DASH),
                        ReportCell.text(ApaFormat.DASH),
                        ReportCell.text(ApaFormat.DASH),
                        ReportCell.text(ApaFormat.DASH),
                        ReportCell.text(ApaFormat.DASH),
                        ReportCell.text(ApaFormat.DASH)));
                tableWarnings.add("Agreement of " + l + " could not be computed: " + c.error() + ".");
                continue;
            }
            truncated += c.rwg().truncatedGroups();
            rows.add(ReportRow.of(
                    ReportCell.text(l),
                    ReportCell.integer(c.icc().groups()),
                    ReportCell.bounded(c.rwg().mean(), 2),
                    ReportCell.bounded(c.rwg().median(), 2),
                    ReportCell.bounded(c.icc().icc1(), 2),
                    ReportCell.bounded(c.icc().icc2(), 2),
                    ReportCell.number(c.icc().f(), 2),
                    ReportCell.text(c.icc().dfBetween() + ", " + c.icc().dfWithin()),
                    ReportCell.p(c.icc().p())));
            boolean agrees = c.rwg().mean() >= Thresholds.MIN_RWG;
            boolean differs = c.icc().p() < Thresholds.ALPHA;
            boolean reliableMeans = c.icc().icc2() >= Thresholds.MIN_ICC2;
            readings.add("Respondents in the same " + a.group() + " "
                    + (agrees ? "agree well" : "do not agree well") + " on " + l + " (mean rwg(j) = "
                    + ApaFormat.bounded(c.rwg().mean(), 2) + "), and " + a.group() + "s "
                    + (differs ? "differ significantly" : "do not differ significantly") + " (ICC(1) = "
                    + ApaFormat.bounded(c.icc().icc1(), 2) + ", F(" + c.icc().dfBetween() + ", "
                    + c.icc().dfWithin()
                    + ") = " + ApaFormat.number(c.icc().f(), 2) + ", "
                    + ApaFormat.pEquals(c.icc().p())
                    + "); " + ApaFormat.percent(Math.max(0, c.icc().icc1()), 0) + " of the variance in " + l
                    + " lies between " + a.group() + "s. "
                    + (agrees && differs && reliableMeans
                            ? "Aggregating " + l + " to the " + a.group() + " level is justified."
                            : "Aggregating " + l + " to the " + a.group() + " level is "
                                    + (agrees && differs
                                            ? "defensible, but the unit means are imprecise."
                                            : "not well supported.")));
            if (!agrees) {
                tableWarnings.add("Mean rwg(j) of " + l + " is "
                        + ApaFormat.bounded(c.rwg().mean(), 2)
                        + ", below .70: respondents in the same " + a.group() + " do not agree enough for the "
                        + a.group() + " mean to stand for the " + a.group() + ".");
            }
            if (!differs) {
                tableWarnings.add(a.group() + "s do not differ significantly in " + l + " (ICC(1) = "
                        + ApaFormat.bounded(c.icc().icc1(), 2) + ", "
                        + ApaFormat.pEquals(c.icc().p())
                        + "): there is little " + a.group() + "-level variance to explain.");
            }
            if (!reliableMeans) {
                tableWarnings.add(
                        "ICC(2) of " + l + " is " + ApaFormat.bounded(c.icc().icc2(), 2)
                                + ", below .70: the " + a.group() + " means are not reliable, usually because "
                                + a.group() + "s have few respondents.");
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("Units: the values of the column " + a.group() + ". rwg(j) compares the within-unit variance of"
                + " the items with that of uniformly distributed answers (1 = full agreement); ICC(1) is the share"
                + " of variance between units, ICC(2) the reliability of the unit means; F, df and p belong to the"
                + " one-way ANOVA of the scores by unit.");
        if (truncated > 0) {
            notes.add(truncated + " unit" + (truncated == 1 ? "'s" : "s'")
                    + " rwg(j) exceeded the null variance and were set to 0.");
        }
        add(
                "agreement",
                "Within-Unit Agreement and Intraclass Correlations",
                List.of("Construct", "Units", "Mean rwg(j)", "Median rwg(j)", "ICC(1)", "ICC(2)", "F", "df", "p"),
                rows,
                notes,
                readings,
                tableWarnings);
    }

    // ---------------------------------------------------------------- CFA

    private void cfa() {
        CfaOutcome c = result.cfa();
        if (c == null || c.result() == null) {
            return;
        }
        CfaFitIndices fit = c.result().fit();
        int k = c.request().constructs().size();
        List<ReportRow> rows = new ArrayList<>();
        rows.add(fitRow(k + "-factor model (hypothesised)", fit, null));
        List<String> readings = new ArrayList<>();
        List<String> tableWarnings = new ArrayList<>();
        String rating = Readings.fitRating(fit.cfi(), fit.rmsea(), fit.srmr());
        readings.add("The hypothesised " + k + "-factor model fits the data "
                + (rating.equals("poor") ? "poorly" : rating.equals("good") ? "well" : "acceptably") + " ("
                + "\u03C7\u00B2(" + fit.degreesOfFreedom() + ") = " + ApaFormat.number(fit.chiSquare(), 2) + ", "
                + ApaFormat.pEquals(fit.pValue()) + ", CFI = " + ApaFormat.bounded(fit.cfi(), 3) + ", TLI = "
                + ApaFormat.bounded(fit.tli(), 3) + ", RMSEA = " + ApaFormat.bounded(fit.rmsea(), 3) + ", SRMR = "
                + ApaFormat.bounded(fit.srmr(), 3) + ")"
                + (rating.equals("good")
                        ? "."
                        : rating.equals("acceptable")
                                ? "; good fit would need CFI \u2265 .95, RMSEA \u2264 .06 and SRMR \u2264 .08."
                                : ": CFI below .90 or RMSEA above .08 suggests that items do not measure the"
                                        + " constructs as specified."));
        for (CfaMergeTest t : c.comparisons()) {
            String pair = label(t.merged().get(0)) + " and " + label(t.merged().get(1));
            if (t.error() != null) {
                tableWarnings.add("The model merging " + pair + " could not be fitted: " + t.error() + ".");
                continue;
            }
            rows.add(fitRow(
                    (k - 1) + "-factor model: " + pair + " merged",
                    t.mergedResult().fit(),
                    t));
            boolean distinct = t.p() < Thresholds.ALPHA;
            readings.add("Merging " + pair + " into one factor "
                    + (distinct ? "worsens" : "does not significantly worsen") + " the fit (\u0394\u03C7\u00B2("
                    + t.deltaDf() + ") = " + ApaFormat.number(t.deltaChiSquare(), 2) + ", " + ApaFormat.pEquals(t.p())
                    + "), "
                    + (distinct
                            ? "which supports that they are distinct constructs."
                            : "so the data do not show that they are distinct constructs."));
            if (!distinct) {
                tableWarnings.add(
                        pair + " may not be distinct: merging them does not significantly worsen the" + " fit.");
            }
        }
        int q = c.freeParameters();
        double perParameter = c.n() / (double) q;
        if (perParameter < Thresholds.CFA_CASES_PER_PARAMETER) {
            tableWarnings.add("N = " + c.n() + " gives " + ApaFormat.number(perParameter, 1)
                    + " cases per free parameter (" + q + " free parameters); at least "
                    + Thresholds.CFA_CASES_PER_PARAMETER
                    + " are recommended, so fit indices and loadings are less stable than they look.");
        }
        if (c.n() < Thresholds.SMALL_SAMPLE) {
            tableWarnings.add("N = " + c.n() + " is small for a confirmatory factor analysis; with fewer than "
                    + Thresholds.SMALL_SAMPLE + " cases the fit indices are unreliable.");
        }
        if (fit.cfi() < Thresholds.MIN_CFI) {
            tableWarnings.add("CFI is " + ApaFormat.bounded(fit.cfi(), 3) + ", below .90.");
        }
        if (fit.rmsea() > Thresholds.MAX_RMSEA) {
            tableWarnings.add("RMSEA is " + ApaFormat.bounded(fit.rmsea(), 3) + ", above .08.");
        }
        if (!c.result().convergence().converged()) {
            tableWarnings.add("The estimation did not converge ("
                    + c.result().convergence().message() + "); the estimates are not trustworthy.");
        }
        for (String w : c.result().warnings()) {
            tableWarnings.add("Estimation: " + w + ".");
        }
        List<String> notes = new ArrayList<>();
        notes.add("N = " + c.n() + ". Maximum-likelihood estimation on the item covariances (reverse-keyed items"
                + " turned), each item loading on its own construct, all constructs correlated; "
                + (c.request().convention() == CfaChiSquareConvention.NORMAL
                        ? "\u03C7\u00B2 = N \u00B7 F (normal likelihood, as lavaan)."
                        : "\u03C7\u00B2 = (N \u2212 1) \u00B7 F (Wishart likelihood, as AMOS and LISREL)."));
        if (!c.comparisons().isEmpty()) {
            notes.add("Each merged model puts the items of two constructs on one factor; \u0394\u03C7\u00B2 tests it"
                    + " against the hypothesised model. A significant \u0394\u03C7\u00B2 supports discriminant"
                    + " validity.");
        }
        add(
                "cfa-fit",
                "Fit of the Confirmatory Factor Models",
                List.of(
                        "Model",
                        "\u03C7\u00B2",
                        "df",
                        "p",
                        "CFI",
                        "TLI",
                        "RMSEA [90% CI]",
                        "SRMR",
                        "\u0394\u03C7\u00B2",
                        "\u0394df",
                        "p (\u0394\u03C7\u00B2)"),
                rows,
                notes,
                readings,
                tableWarnings);
        loadings(c);
        discriminantValidity(c);
    }

    private static ReportRow fitRow(String label, CfaFitIndices fit, CfaMergeTest test) {
        return ReportRow.of(
                ReportCell.text(label),
                ReportCell.number(fit.chiSquare(), 2),
                ReportCell.integer(fit.degreesOfFreedom()),
                ReportCell.p(fit.pValue()),
                ReportCell.bounded(fit.cfi(), 3),
                ReportCell.bounded(fit.tli(), 3),
                ReportCell.text(ApaFormat.bounded(fit.rmsea(), 3) + " "
                        + ApaFormat.boundedCi(fit.rmseaLower(), fit.rmseaUpper(), 3)),
                ReportCell.bounded(fit.srmr(), 3),
                test == null ? ReportCell.text(ApaFormat.DASH) : ReportCell.number(test.deltaChiSquare(), 2),
                test == null ? ReportCell.text(ApaFormat.DASH) : ReportCell.integer(test.deltaDf()),
                test == null ? ReportCell.text(ApaFormat.DASH) : ReportCell.p(test.p()));
    }

    private void loadings(CfaOutcome c) {
        List<ReportRow> rows = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean allSignificant = true;
        for (String factor : c.request().constructs()) {
            ColumnMapping.Construct construct = result.mapping().construct(factor);
            boolean first = true;
            for (CfaResult.Loading l : c.result().loadings(factor)) {
                boolean reversed = construct.reverse().contains(l.indicator());
                rows.add(ReportRow.of(
                        ReportCell.text(first ? label(factor) : ""),
                        ReportCell.text(l.indicator() + (reversed ? " (R)" : "")),
                        ReportCell.number(l.estimate(), 2),
                        l.fixed() ? ReportCell.text(ApaFormat.DASH) : ReportCell.number(l.standardError(), 2),
                        ReportCell.bounded(l.standardized(), 2),
                        l.fixed() ? ReportCell.text(ApaFormat.DASH) : ReportCell.p(l.pValue())));
                first = false;
                min = Math.min(min, l.standardized());
                max = Math.max(max, l.standardized());
                if (l.standardized() < MIN_LOADING) {
                    weak.add(l.indicator() + " of " + label(factor) + " (" + ApaFormat.bounded(l.standardized(), 2)
                            + ")");
                }
                if (!l.fixed() && !(l.pValue() < Thresholds.ALPHA)) {
                    allSignificant = false;
                }
            }
        }
        List<String> readings = new ArrayList<>();
        readings.add(
                weak.isEmpty()
                        ? "All standardised loadings lie between " + ApaFormat.bounded(min, 2) + " and "
                                + ApaFormat.bounded(max, 2) + (allSignificant ? " and are significant" : "")
                                + ": every item reflects its construct well."
                        : "Weak standardised loadings (below .50): " + Readings.list(weak)
                                + "; these items reflect their construct poorly.");
        List<String> tableWarnings = new ArrayList<>();
        if (!weak.isEmpty()) {
            tableWarnings.add("Items with standardised loadings below .50 weaken their construct's measurement: "
                    + Readings.list(weak) + ".");
        }
        add(
                "cfa-loadings",
                "Factor Loadings of the Confirmatory Factor Analysis",
                List.of("Construct", "Item", "B", "SE", "\u03B2", "p"),
                rows,
                List.of("B = unstandardised loading, \u03B2 = standardised loading. The first item of each construct"
                        + " is its marker (B fixed to 1, no SE). (R) marks a reverse-keyed item."),
                readings,
                tableWarnings);
    }

    private void discriminantValidity(CfaOutcome c) {
        MeasurementQualityReport q = c.quality();
        if (q.htmt().isEmpty()) {
            return;
        }
        List<ReportRow> rows = new ArrayList<>();
        List<String> tableWarnings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (MeasurementQualityReport.HtmtPair h : q.htmt()) {
            MeasurementQualityReport.FornellLarckerPair fl = q.fornellLarcker(h.factor1(), h.factor2());
            String pair = label(h.factor1()) + " \u2013 " + label(h.factor2());
            rows.add(ReportRow.of(
                    ReportCell.text(pair),
                    ReportCell.bounded(fl.correlation(), 2),
                    ReportCell.bounded(h.htmt(), 2),
                    ReportCell.bounded(Math.min(fl.sqrtAve1(), fl.sqrtAve2()), 2),
                    ReportCell.text(fl.passed() ? "met" : "not met")));
            String names = label(h.factor1()) + " and " + label(h.factor2());
            if (h.htmt() >= Thresholds.MAX_HTMT) {
                problems.add(names);
                tableWarnings.add("HTMT of " + names + " is " + ApaFormat.bounded(h.htmt(), 2) + ", "
                        + (h.htmt() >= Thresholds.MAX_HTMT_LIBERAL ? "above even the liberal .90" : "above .85")
                        + ": the two constructs may not be distinct (discriminant validity is in doubt).");
            }
            if (!fl.passed()) {
                if (!problems.contains(names)) {
                    problems.add(names);
                }
                tableWarnings.add("The Fornell\u2013Larcker criterion fails for " + names + ": their correlation ("
                        + ApaFormat.bounded(Math.abs(fl.correlation()), 2) + ") exceeds the smaller \u221AAVE ("
                        + ApaFormat.bounded(Math.min(fl.sqrtAve1(), fl.sqrtAve2()), 2) + ").");
            }
        }
        double maxHtmt = q.htmt().stream()
                .mapToDouble(MeasurementQualityReport.HtmtPair::htmt)
                .max()
                .orElse(Double.NaN);
        String reading = problems.isEmpty()
                ? "Every pair of constructs is distinct: HTMT is at most " + ApaFormat.bounded(maxHtmt, 2)
                        + " (below .85) and each construct's \u221AAVE exceeds its correlations."
                : "Discriminant validity is in doubt for " + Readings.list(problems) + ".";
        add(
                "discriminant-validity",
                "Discriminant Validity",
                List.of("Constructs", "r", "HTMT", "Smaller \u221AAVE", "Fornell\u2013Larcker"),
                rows,
                List.of("r = correlation of the two factors in the CFA; HTMT = heterotrait\u2013monotrait ratio of"
                        + " the item correlations (below .85 supports discriminant validity, .90 is the liberal"
                        + " limit). Fornell\u2013Larcker is met when |r| is below both constructs' \u221AAVE."),
                List.of(reading),
                tableWarnings);
    }

    // ---------------------------------------------------------------- regression

    private void regression() {
        EvidenceResult.RegressionOutcome outcome = result.regression();
        if (outcome == null || outcome.result() == null) {
            return;
        }
        HierarchicalResult h = outcome.result();
        String y = label(h.dependent());
        List<ReportRow> stepRows = new ArrayList<>();
        List<String> readings = new ArrayList<>();
        for (int s = 0; s < h.steps().size(); s++) {
            HierarchicalStep step = h.steps().get(s);
            List<String> added = step.addedTerms().stream().map(this::label).toList();
            String name = stepName(step, s);
            stepRows.add(ReportRow.of(
                    ReportCell.text((s + 1) + (name.isEmpty() ? "" : ". " + name)),
                    ReportCell.text(String.join(", ", added)),
                    ReportCell.bounded(step.rSquared(), 3),
                    ReportCell.bounded(step.deltaRSquared(), 3),
                    ReportCell.number(step.fChange(), 2),
                    ReportCell.text(step.df1() + ", " + step.df2()),
                    ReportCell.p(step.pChange())));
            boolean significant = step.pChange() < Thresholds.ALPHA;
            String what = "Step " + (s + 1) + (name.isEmpty() ? "" : " (" + name + ")") + ": " + Readings.list(added);
            if (s == 0) {
                readings.add(what + " explain" + (added.size() == 1 ? "s " : " ")
                        + ApaFormat.percent(step.rSquared(), 1) + " of the variance in " + y + " (R\u00B2 = "
                        + ApaFormat.bounded(step.rSquared(), 3) + ", F(" + step.df1() + ", " + step.df2() + ") = "
                        + ApaFormat.number(step.fChange(), 2) + ", " + ApaFormat.pEquals(step.pChange()) + ")"
                        + (significant ? "." : ", which is not significant."));
            } else {
                readings.add(what + (significant ? " add" : " do not significantly add")
                        + (added.size() == 1 && significant ? "s " : " ")
                        + ApaFormat.percent(step.deltaRSquared(), 1) + " of explained variance (\u0394R\u00B2 = "
                        + ApaFormat.bounded(step.deltaRSquared(), 3) + ", F(" + step.df1() + ", " + step.df2()
                        + ") = " + ApaFormat.number(step.fChange(), 2) + ", " + ApaFormat.pEquals(step.pChange())
                        + ").");
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("N = " + h.n() + ". Dependent variable: " + y + ". Each step adds the terms listed to those of the"
                + " previous steps; F change tests \u0394R\u00B2.");
        if (!h.centred().isEmpty()) {
            notes.add("Mean-centred before products were formed: "
                    + String.join(
                            ", ", h.centred().stream().sorted().map(this::label).toList()) + ".");
        }
        List<String> tableWarnings = new ArrayList<>();
        int k = h.finalStep().model().coefficients().size() - 1;
        int needed = GREEN_BASE + GREEN_PER_PREDICTOR * k;
        if (h.n() < needed) {
            tableWarnings.add("With " + k + " predictors the final model needs about " + needed + " cases (50 + 8k,"
                    + " Green 1991) to detect a medium effect reliably; " + h.n() + " were analysed.");
        }
        add(
                "regression-steps",
                "Hierarchical Regression of " + capitalise(y) + ": Model Summary",
                List.of("Step", "Terms added", "R\u00B2", "\u0394R\u00B2", "F change", "df", "p"),
                stepRows,
                notes,
                readings,
                tableWarnings);

        List<ReportRow> rows = new ArrayList<>();
        List<String> coefficientWarnings = new ArrayList<>();
        for (int s = 0; s < h.steps().size(); s++) {
            HierarchicalStep step = h.steps().get(s);
            String name = stepName(step, s);
            rows.add(ReportRow.heading(
                    "Step " + (s + 1) + (name.isEmpty() ? "" : ": " + name) + " (R\u00B2 = "
                            + ApaFormat.bounded(step.rSquared(), 3) + ")",
                    8));
            for (OlsCoefficient c : step.model().coefficients()) {
                boolean intercept = c.term().equals(OlsRegression.INTERCEPT);
                rows.add(ReportRow.of(
                        ReportCell.text(Integer.toString(s + 1)),
                        ReportCell.text(intercept ? "Constant" : label(c.term())),
                        ReportCell.number(c.estimate(), 2),
                        ReportCell.number(c.standardError(), 2),
                        intercept ? ReportCell.text(ApaFormat.DASH) : ReportCell.bounded(c.standardized(), 2),
                        ReportCell.number(c.t(), 2),
                        ReportCell.p(c.p()),
                        intercept ? ReportCell.text(ApaFormat.DASH) : ReportCell.number(c.vif(), 2)));
                if (s == h.steps().size() - 1 && !intercept && c.vif() > MAX_VIF) {
                    coefficientWarnings.add("The VIF of " + label(c.term()) + " is " + ApaFormat.number(c.vif(), 2)
                            + ", above " + ApaFormat.number(MAX_VIF, 0)
                            + ": it overlaps strongly with the other predictors, so its coefficient is unstable.");
                }
            }
        }
        List<String> significant = new ArrayList<>();
        List<String> notSignificant = new ArrayList<>();
        for (OlsCoefficient c : h.finalStep().model().coefficients()) {
            if (c.term().equals(OlsRegression.INTERCEPT)) {
                continue;
            }
            if (c.p() < Thresholds.ALPHA) {
                significant.add(label(c.term()) + " (\u03B2 = " + ApaFormat.bounded(c.standardized(), 2) + ", "
                        + ApaFormat.pEquals(c.p()) + ")");
            } else {
                notSignificant.add(label(c.term()));
            }
        }
        String reading = "In the final model (R\u00B2 = "
                + ApaFormat.bounded(h.finalStep().rSquared(), 3) + "), "
                + (significant.isEmpty()
                        ? "no term predicts " + y + " significantly."
                        : Readings.list(significant) + (significant.size() == 1 ? " predicts " : " predict ") + y
                                + " significantly"
                                + (notSignificant.isEmpty()
                                        ? "."
                                        : "; " + Readings.list(notSignificant)
                                                + (notSignificant.size() == 1 ? " does" : " do") + " not."));
        add(
                "regression-coefficients",
                "Hierarchical Regression of " + capitalise(y) + ": Coefficients",
                List.of("Step", "Predictor", "B", "SE", "\u03B2", "t", "p", "VIF"),
                rows,
                List.of("B = unstandardised coefficient, \u03B2 = standardised coefficient, VIF = variance"
                        + " inflation factor. A product term a \u00D7 b is an interaction."),
                List.of(reading),
                coefficientWarnings);
    }

    /** A step's label, or "" when it is only the default "step N". */
    private static String stepName(HierarchicalStep step, int index) {
        return step.label().equalsIgnoreCase("step " + (index + 1)) ? "" : step.label();
    }

    // ---------------------------------------------------------------- PROCESS

    private List<String> bootstrapWarnings(ProcessBootstrapInfo b, List<BootstrapEstimate> estimates) {
        List<String> out = new ArrayList<>();
        if (b.resamples() == 0) {
            out.add("No bootstrap was run, so the indirect effects have no confidence intervals and cannot be"
                    + " tested.");
        } else if (b.resamples() < MIN_REPORTED_RESAMPLES) {
            out.add("Only " + ApaFormat.integer(b.resamples()) + " bootstrap resamples were drawn; use at least"
                    + " 5,000 for results you report.");
        }
        if (b.redrawnResamples() > 0) {
            out.add(b.redrawnResamples() + " bootstrap resamples were singular and drawn again.");
        }
        if (estimates.stream().anyMatch(BootstrapEstimate::boundClamped)) {
            out.add("A bias-corrected bound fell outside the bootstrap estimates and was set to the extreme one;"
                    + " use more resamples.");
        }
        return out;
    }

    private static String bootstrapNote(ProcessBootstrapInfo b) {
        if (b.resamples() == 0) {
            return "No bootstrap resamples.";
        }
        return "Bootstrap: " + ApaFormat.integer(b.resamples()) + " resamples"
                + (b.seed() == null ? "" : " (seed " + b.seed() + ")") + ", "
                + (b.ciMethod() == BootstrapCiMethod.PERCENTILE ? "percentile" : "bias-corrected") + " "
                + ApaFormat.level(b.confidence()) + " confidence intervals; Boot SE is the standard deviation of the"
                + " resampled estimates.";
    }

    private static ReportRow pathRow(String label, OlsCoefficient c) {
        return ReportRow.of(
                ReportCell.text(label),
                ReportCell.number(c.estimate(), 3),
                ReportCell.number(c.standardError(), 3),
                ReportCell.p(c.p()),
                ReportCell.text(ApaFormat.ci(c.lower(), c.upper(), 3)));
    }

    private void model4() {
        EvidenceResult.Model4Outcome outcome = result.model4();
        if (outcome == null || outcome.result() == null) {
            return;
        }
        ProcessModel4Result r = outcome.result();
        String x = label(r.x());
        String m = label(r.m());
        String y = label(r.y());
        String level = ApaFormat.level(r.bootstrap().confidence());
        BootstrapEstimate ab = r.indirectEffect();
        List<ReportRow> rows = List.of(
                pathRow("a: " + x + " \u2192 " + m, r.a()),
                pathRow("b: " + m + " \u2192 " + y, r.b()),
                pathRow("c\u2032: direct effect " + x + " \u2192 " + y, r.directEffect()),
                pathRow("c: total effect " + x + " \u2192 " + y, r.totalEffect()),
                ReportRow.of(
                        ReportCell.text("ab: indirect effect through " + m),
                        ReportCell.number(ab.estimate(), 3),
                        ReportCell.number(ab.bootstrapSe(), 3),
                        ReportCell.text(ApaFormat.DASH),
                        ReportCell.text(ApaFormat.ci(ab.lower(), ab.upper(), 3))));
        List<String> notes = new ArrayList<>();
        notes.add("N = " + r.n() + ". PROCESS Model 4 (simple mediation), unstandardised coefficients. Paths a, b,"
                + " c\u2032 and c have t-based intervals; the indirect effect ab has a bootstrap interval and its SE"
                + " is the bootstrap SE.");
        if (!r.covariates().isEmpty()) {
            notes.add("Covariates in both equations: "
                    + String.join(", ", r.covariates().stream().map(this::label).toList()) + ".");
        }
        notes.add(bootstrapNote(r.bootstrap()));
        notes.add("Normal-theory (Sobel) test of ab: z = "
                + ApaFormat.number(r.normalTheoryTest().z(), 2) + ", "
                + ApaFormat.pEquals(r.normalTheoryTest().p()) + ".");
        List<String> readings = new ArrayList<>();
        readings.add(Readings.indirectEffect(
                x, m, y, ab.estimate(), ab.lower(), ab.upper(), r.bootstrap().confidence()));
        readings.add(Readings.directEffect(
                x, m, y, r.directEffect().estimate(), r.directEffect().p(), ab.excludesZero()));
        add(
                "model4",
                "Mediation of the Effect of " + capitalise(x) + " on " + capitalise(y) + " Through " + capitalise(m)
                        + " (PROCESS Model 4)",
                List.of("Effect", "B", "SE", "p", level + " CI"),
                rows,
                notes,
                readings,
                bootstrapWarnings(r.bootstrap(), List.of(ab)));
    }

    private SimpleSlopes model7() {
        EvidenceResult.Model7Outcome outcome = result.model7();
        if (outcome == null || outcome.result() == null) {
            return null;
        }
        ProcessModel7Result r = outcome.result();
        String x = label(r.x());
        String w = label(r.w());
        String m = label(r.m());
        String y = label(r.y());
        String level = ApaFormat.level(r.bootstrap().confidence());

        // coefficients of both equations
        List<ReportRow> rows = new ArrayList<>();
        rows.add(ReportRow.heading("Mediator model: " + m + " (" + modelFit(r.mediatorModel()) + ")", 6));
        for (OlsCoefficient c : r.mediatorModel().coefficients()) {
            rows.add(coefficientRow(c, r, true));
        }
        rows.add(ReportRow.heading("Outcome model: " + y + " (" + modelFit(r.outcomeModel()) + ")", 6));
        for (OlsCoefficient c : r.outcomeModel().coefficients()) {
            rows.add(coefficientRow(c, r, false));
        }
        List<String> notes = new ArrayList<>();
        notes.add("N = " + r.n() + ". PROCESS Model 7: " + w + " moderates the path " + x + " \u2192 " + m
                + "; unstandardised coefficients with t-based intervals.");
        if (r.centred()) {
            notes.add(x + " and " + w + " were mean-centred before the product " + x + " \u00D7 " + w + " was formed.");
        }
        if (!r.covariates().isEmpty()) {
            notes.add("Covariates in both equations: "
                    + String.join(", ", r.covariates().stream().map(this::label).toList()) + ".");
        }
        OlsCoefficient a3 = r.a3();
        List<String> readings = new ArrayList<>();
        readings.add("The interaction " + x + " \u00D7 " + w + " on " + m + " is "
                + (a3.p() < Thresholds.ALPHA ? "significant" : "not significant") + " (B = "
                + ApaFormat.number(a3.estimate(), 3) + ", " + ApaFormat.pEquals(a3.p()) + ")"
                + (a3.p() < Thresholds.ALPHA
                        ? ": the effect of " + x + " on " + m + " " + (a3.estimate() > 0 ? "grows" : "weakens") + " as "
                                + w + " increases."
                        : ": the data do not show that " + w + " changes the effect of " + x + " on " + m + ".")
                + " " + capitalise(m) + " "
                + (r.b().p() < Thresholds.ALPHA ? "predicts" : "does not significantly predict")
                + " " + y + " (b = " + ApaFormat.number(r.b().estimate(), 3) + ", " + ApaFormat.pEquals(r.b().p())
                + ").");
        add(
                "model7-coefficients",
                "Moderated Mediation (PROCESS Model 7): Coefficients",
                List.of("Predictor", "B", "SE", "t", "p", level + " CI"),
                rows,
                notes,
                readings,
                List.of());

        // conditional effects and the index
        List<ReportRow> conditional = new ArrayList<>();
        List<String> probes = new ArrayList<>();
        int d = ApaFormat.decimalsFor(r.conditionalEffects().stream()
                .mapToDouble(e -> e.indirectEffect().estimate())
                .toArray());
        List<BootstrapEstimate> estimates = new ArrayList<>();
        for (int i = 0; i < r.conditionalEffects().size(); i++) {
            ProcessConditionalEffect e = r.conditionalEffects().get(i);
            String where =
                    probeLabel(r.conditioning(), i, r.conditionalEffects().size());
            BootstrapEstimate ie = e.indirectEffect();
            estimates.add(ie);
            conditional.add(ReportRow.of(
                    ReportCell.text(where + (e.clampedToRange() ? " (observed limit)" : "")),
                    ReportCell.number(e.wOriginal(), 2),
                    ReportCell.number(e.slope(), 3),
                    ReportCell.number(e.standardError(), 3),
                    ReportCell.p(e.p()),
                    ReportCell.number(ie.estimate(), 3),
                    ReportCell.number(ie.bootstrapSe(), 3),
                    ReportCell.text(ApaFormat.ci(ie.lower(), ie.upper(), 3))));
            probes.add(Readings.conditionalIndirect(
                    (where.isEmpty() ? "at " : "at the " + where + " of " + w + " ") + "(" + w + " = "
                            + ApaFormat.number(e.wOriginal(), 2) + ")",
                    ie.estimate(),
                    ie.lower(),
                    ie.upper(),
                    r.bootstrap().confidence(),
                    d));
        }
        BootstrapEstimate index = r.indexOfModeratedMediation();
        estimates.add(index);
        conditional.add(ReportRow.of(
                ReportCell.text("Index of moderated mediation"),
                ReportCell.text(""),
                ReportCell.text(""),
                ReportCell.text(""),
                ReportCell.text(""),
                ReportCell.number(index.estimate(), 3),
                ReportCell.number(index.bootstrapSe(), 3),
                ReportCell.text(ApaFormat.ci(index.lower(), index.upper(), 3))));
        List<String> conditionalReadings = new ArrayList<>();
        conditionalReadings.add(Readings.indexOfModeratedMediation(
                x,
                w,
                m,
                y,
                index.estimate(),
                index.lower(),
                index.upper(),
                r.bootstrap().confidence()));
        conditionalReadings.add("The conditional indirect effect of " + x + " on " + y + " through " + m + " is, "
                + String.join("; ", probes) + ".");
        List<String> conditionalNotes = new ArrayList<>();
        conditionalNotes.add(w + " is probed at "
                + switch (r.conditioning()) {
                    case "percentiles" -> "its 16th, 50th and 84th percentiles";
                    case "mean and SD" -> "its mean and one SD below and above (kept within the observed range)";
                    case "dichotomous" -> "its two values";
                    default -> "the values chosen";
                }
                + ", shown in " + w + "'s own metric. The effect on " + m + " is the simple slope of " + x
                + " (t-based SE and p); the indirect effect is that slope times b, with a bootstrap interval.");
        conditionalNotes.add(bootstrapNote(r.bootstrap()));
        add(
                "model7-conditional",
                "Conditional Indirect Effects of " + capitalise(x) + " on " + capitalise(y) + " at Values of "
                        + capitalise(w),
                List.of(w, "Value", "Effect on " + m, "SE", "p", "Indirect effect", "Boot SE", level + " CI"),
                conditional,
                conditionalNotes,
                conditionalReadings,
                bootstrapWarnings(r.bootstrap(), estimates));

        johnsonNeyman(r, x, w, m);
        SimpleSlopes slopes = outcome.simpleSlopes();
        if (slopes == null) {
            return null;
        }
        simpleSlopes(slopes, x, w, m);
        // the report's copy names the variables by their labels, for the figure
        return new SimpleSlopes(x, w, m, slopes.xValues(), slopes.lines());
    }

    private ReportRow coefficientRow(OlsCoefficient c, ProcessModel7Result r, boolean mediatorModel) {
        String term;
        if (c.term().equals(OlsRegression.INTERCEPT)) {
            term = "Constant";
        } else if (c.term().equals(r.productTerm())) {
            term = label(r.x()) + " \u00D7 " + label(r.w()) + " (a3)";
        } else if (c.term().equals(r.x())) {
            term = label(c.term()) + (mediatorModel ? " (a1)" : " (c\u2032)");
        } else if (c.term().equals(r.w())) {
            term = label(c.term()) + " (a2)";
        } else if (c.term().equals(r.m())) {
            term = label(c.term()) + " (b)";
        } else {
            term = label(c.term());
        }
        return ReportRow.of(
                ReportCell.text(term),
                ReportCell.number(c.estimate(), 3),
                ReportCell.number(c.standardError(), 3),
                ReportCell.number(c.t(), 2),
                ReportCell.p(c.p()),
                ReportCell.text(ApaFormat.ci(c.lower(), c.upper(), 3)));
    }

    private static String modelFit(OlsResult model) {
        return "R\u00B2 = " + ApaFormat.bounded(model.rSquared(), 3) + ", F(" + model.dfModel() + ", "
                + model.dfResidual() + ") = " + ApaFormat.number(model.fStatistic(), 2) + ", "
                + ApaFormat.pEquals(model.fPValue());
    }

    private static String probeLabel(String conditioning, int i, int count) {
        return switch (conditioning) {
            case "percentiles" ->
                count == 3 ? new String[] {"16th percentile", "50th percentile", "84th percentile"}[i] : "";
            case "mean and SD" -> count == 3 ? new String[] {"mean \u2212 1 SD", "mean", "mean + 1 SD"}[i] : "";
            case "dichotomous" -> i == 0 ? "low" : "high";
            default -> "";
        };
    }

    private void johnsonNeyman(ProcessModel7Result r, String x, String w, String m) {
        ProcessJohnsonNeyman jn = r.johnsonNeyman();
        double shift = r.wMean();
        List<ReportRow> rows = new ArrayList<>();
        for (ProcessJohnsonNeyman.Boundary b : jn.boundaries()) {
            rows.add(ReportRow.of(
                    ReportCell.number(b.wOriginal(), 2),
                    ReportCell.text(b.withinObservedRange() ? "yes" : "no"),
                    ReportCell.number(b.percentBelow(), 1),
                    ReportCell.number(b.percentAbove(), 1)));
        }
        if (rows.isEmpty()) {
            rows.add(ReportRow.of(
                    ReportCell.text("none"),
                    ReportCell.text(ApaFormat.DASH),
                    ReportCell.text(ApaFormat.DASH),
                    ReportCell.text(ApaFormat.DASH)));
        }
        double lo = jn.observedMin() + shift;
        double hi = jn.observedMax() + shift;
        List<String> regions = new ArrayList<>();
        for (ProcessJohnsonNeyman.Region region : jn.significantRegions()) {
            regions.add(regionText(region.from() + shift, region.to() + shift, w));
        }
        String reading = jnReading(jn, shift, lo, hi, x, w, m);
        List<String> notes = new ArrayList<>();
        notes.add("Values of " + w + " (in its own metric) where the effect of " + x + " on " + m
                + " changes between significant and not significant (p = .05, critical t("
                + jn.df() + ") = " + ApaFormat.number(jn.criticalT(), 3) + "); observed range of " + w + ": "
                + ApaFormat.number(lo, 2) + " to " + ApaFormat.number(hi, 2) + ".");
        notes.add(
                regions.isEmpty()
                        ? "The effect is significant for no value of " + w + "."
                        : "The effect is significant where " + String.join(" or ", regions) + ".");
        add(
                "model7-johnson-neyman",
                "Johnson\u2013Neyman Regions of Significance of the Effect of " + capitalise(x) + " on "
                        + capitalise(m),
                List.of("Boundary (" + w + ")", "Within observed range", "% of cases below", "% of cases above"),
                rows,
                notes,
                List.of(reading),
                List.of());
    }

    private static String regionText(double from, double to, String w) {
        boolean openLow = Double.isInfinite(from);
        boolean openHigh = Double.isInfinite(to);
        if (openLow && openHigh) {
            return w + " takes any value";
        }
        if (openLow) {
            return w + " \u2264 " + ApaFormat.number(to, 2);
        }
        if (openHigh) {
            return w + " \u2265 " + ApaFormat.number(from, 2);
        }
        return ApaFormat.number(from, 2) + " \u2264 " + w + " \u2264 " + ApaFormat.number(to, 2);
    }

    /** The significance regions clipped to the observed range of W, in words. */
    private static String jnReading(
            ProcessJohnsonNeyman jn, double shift, double lo, double hi, String x, String w, String m) {
        String effect = "The effect of " + x + " on " + m;
        List<String> parts = new ArrayList<>();
        boolean everywhere = false;
        for (ProcessJohnsonNeyman.Region region : jn.significantRegions()) {
            double from = Math.max(region.from() + shift, lo);
            double to = Math.min(region.to() + shift, hi);
            if (from > to) {
                continue;
            }
            boolean fromLow = from <= lo;
            boolean toHigh = to >= hi;
            if (fromLow && toHigh) {
                everywhere = true;
            } else if (fromLow) {
                parts.add("at or below " + ApaFormat.number(to, 2));
            } else if (toHigh) {
                parts.add("at or above " + ApaFormat.number(from, 2));
            } else {
                parts.add("between " + ApaFormat.number(from, 2) + " and " + ApaFormat.number(to, 2));
            }
        }
        if (everywhere) {
            return effect + " is significant (p < .05) across the whole observed range of " + w + " ("
                    + ApaFormat.number(lo, 2) + " to " + ApaFormat.number(hi, 2) + ").";
        }
        if (parts.isEmpty()) {
            return effect + " is not significant (p < .05) at any observed value of " + w + ".";
        }
        double share = significantShare(jn);
        return effect + " is significant (p < .05) when " + w + " is " + String.join(" or ", parts)
                + (Double.isNaN(share) ? "" : " (" + ApaFormat.number(share, 0) + "% of the cases)")
                + "; elsewhere in the observed range it is not.";
    }

    /** Percentage of cases whose W lies in a significance region, from the boundaries. */
    static double significantShare(ProcessJohnsonNeyman jn) {
        double share = 0;
        for (ProcessJohnsonNeyman.Region region : jn.significantRegions()) {
            double below = Double.isInfinite(region.from()) ? 0 : percentBelow(jn, region.from());
            double above = Double.isInfinite(region.to()) ? 0 : percentAbove(jn, region.to());
            if (Double.isNaN(below) || Double.isNaN(above)) {
                return Double.NaN;
            }
            share += Math.max(0, 100 - below - above);
        }
        return share;
    }

    private static double percentBelow(ProcessJohnsonNeyman jn, double w) {
        return jn.boundaries().stream()
                .filter(b -> b.w() == w)
                .mapToDouble(ProcessJohnsonNeyman.Boundary::percentBelow)
                .findFirst()
                .orElse(Double.NaN);
    }

    private static double percentAbove(ProcessJohnsonNeyman jn, double w) {
        return jn.boundaries().stream()
                .filter(b -> b.w() == w)
                .mapToDouble(ProcessJohnsonNeyman.Boundary::percentAbove)
                .findFirst()
                .orElse(Double.NaN);
    }

    private void simpleSlopes(SimpleSlopes s, String x, String w, String m) {
        double[] xs = s.xValues();
        List<String> columns = new ArrayList<>(List.of(w, "Value", "Slope of " + x));
        String[] pct = {"16th", "50th", "84th"};
        for (int i = 0; i < xs.length; i++) {
            columns.add(m + " at " + x + " = " + ApaFormat.number(xs[i], 2) + " (" + pct[i] + ")");
        }
        List<ReportRow> rows = new ArrayList<>();
        for (SimpleSlopes.Line line : s.lines()) {
            List<ReportCell> cells = new ArrayList<>();
            cells.add(ReportCell.text(line.label()));
            cells.add(ReportCell.number(line.w(), 2));
            cells.add(ReportCell.number(line.slope(), 3));
            for (double v : line.predicted()) {
                cells.add(ReportCell.number(v, 2));
            }
            rows.add(new ReportRow(cells, false));
        }
        SimpleSlopes.Line low = s.lines().get(0);
        SimpleSlopes.Line high = s.lines().get(s.lines().size() - 1);
        String reading = "At low " + w + " (" + low.label() + ", " + ApaFormat.number(low.w(), 2) + ") the slope of "
                + x + " on " + m + " is " + ApaFormat.number(low.slope(), 3) + "; at high " + w + " ("
                + high.label() + ", " + ApaFormat.number(high.w(), 2) + ") it is "
                + ApaFormat.number(high.slope(), 3) + ". "
                + (Math.abs(high.slope()) > Math.abs(low.slope())
                        ? "The lines fan out: " + x + " matters more for " + m + " where " + w + " is high."
                        : Math.abs(high.slope()) < Math.abs(low.slope())
                                ? "The lines converge: " + x + " matters less for " + m + " where " + w + " is high."
                                : "The lines are parallel.");
        add(
                "simple-slopes",
                "Simple Slopes of " + capitalise(x) + " on " + capitalise(m) + " at Values of " + capitalise(w),
                columns,
                rows,
                List.of("Predicted " + m + " from the mediator model at the 16th, 50th and 84th percentiles of " + x
                        + ", covariates at their means; " + x + " and " + w + " in their own metric. The report's"
                        + " figure plots these lines. Whether a slope differs from zero is shown in the"
                        + " conditional-effects and Johnson\u2013Neyman tables."),
                List.of(reading),
                List.of());
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
