package org.cocrea.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cocrea.analytics.data.ColumnMapping;
import org.cocrea.analytics.data.ColumnMapping.Construct;
import org.cocrea.analytics.data.DataTable;
import org.cocrea.analytics.evidence.Analysis;
import org.cocrea.analytics.evidence.EvidenceAnalysis;
import org.cocrea.analytics.evidence.EvidenceResult;
import org.cocrea.analytics.evidence.ExampleStudy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EvidenceReportTest {

    private static EvidenceResult result;
    private static Report report;

    @BeforeAll
    static void buildExample() {
        result = ExampleStudy.run();
        report = EvidenceReport.build(
                result,
                ReportOptions.defaults()
                        .withTitle("Evidence Report: Example")
                        .withLabels(Map.of("cocreation", "co-creation")));
    }

    @Test
    void hasATableForEveryAnalysisInOrder() {
        assertThat(report.tables())
                .extracting(ReportTable::key)
                .containsExactly(
                        "descriptives",
                        "reliability",
                        "agreement",
                        "cfa-fit",
                        "cfa-loadings",
                        "discriminant-validity",
                        "regression-steps",
                        "regression-coefficients",
                        "model4",
                        "model7-coefficients",
                        "model7-conditional",
                        "model7-johnson-neyman",
                        "simple-slopes");
        assertThat(report.tables())
                .extracting(ReportTable::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(report.headerLines())
                .containsExactly("Data: data.csv (CSV), 200 rows read, 197 analysed, 3 left out for missing values"
                        + " (listwise deletion).");
        assertThat(report.simpleSlopes().m()).isEqualTo("co-creation");
        assertThat(report.simpleSlopes().xValues())
                .containsExactly(result.model7().simpleSlopes().xValues());
        assertThat(report.simpleSlopes().lines())
                .isEqualTo(result.model7().simpleSlopes().lines());
    }

    @Test
    void descriptivesCarryCorrelationsWithStarsAndSqrtAveOnTheDiagonal() {
        ReportTable t = report.table("descriptives");
        double sqrtAve = result.cfa().quality().construct("engagement").sqrtAverageVarianceExtracted();
        double r = result.descriptives().correlation("engagement", "cocreation");

        assertThat(t.columns()).containsExactly("Variable", "M", "SD", "1", "2", "3", "4", "5", "6");
        assertThat(t.text(0, 0)).isEqualTo("1. engagement");
        assertThat(t.text(1, 0)).isEqualTo("2. co-creation");
        assertThat(t.text(0, 3)).isEqualTo("(" + ApaFormat.bounded(sqrtAve, 2) + ")");
        assertThat(t.text(1, 3)).isEqualTo(ApaFormat.bounded(r, 2) + "**");
        assertThat(t.text(4, 7)).isEqualTo("\u2014"); // a control has no AVE
        assertThat(t.text(0, 4)).isEmpty();
        assertThat(t.notes()).anyMatch(n -> n.contains("\u221AAVE"));
    }

    @Test
    void fitAndComparisonRowsUseApaNumbers() {
        ReportTable t = report.table("cfa-fit");
        var fit = result.cfa().result().fit();

        assertThat(t.rows()).hasSize(2);
        assertThat(t.text(0, 0)).isEqualTo("4-factor model (hypothesised)");
        assertThat(t.text(0, 1)).isEqualTo(ApaFormat.number(fit.chiSquare(), 2));
        assertThat(t.text(0, 2)).isEqualTo("59");
        assertThat(t.text(0, 4)).isEqualTo(ApaFormat.bounded(fit.cfi(), 3)).startsWith(".");
        assertThat(t.text(1, 0)).isEqualTo("3-factor model: co-creation and engagement merged");
        assertThat(t.text(1, 9)).isEqualTo("3");
        assertThat(t.text(1, 10)).isEqualTo("< .001");
        assertThat(t.readings().get(0)).startsWith("The hypothesised 4-factor model fits the data well");
        assertThat(t.readings().get(1)).contains("which supports that they are distinct constructs");
    }

    @Test
    void processTablesReadTheIndirectEffects() {
        var m4 = result.model4().result().indirectEffect();
        ReportTable model4 = report.table("model4");
        assertThat(model4.row("ab: indirect effect through co-creation").texts())
                .containsExactly(
                        "ab: indirect effect through co-creation",
                        ApaFormat.number(m4.estimate(), 3),
                        ApaFormat.number(m4.bootstrapSe(), 3),
                        "\u2014",
                        ApaFormat.ci(m4.lower(), m4.upper(), 3));
        assertThat(model4.readings().get(0))
                .startsWith("The indirect effect of engagement on performance through co-creation is positive")
                .contains("excludes zero");

        ReportTable conditional = report.table("model7-conditional");
        assertThat(conditional.rows()).hasSize(4);
        assertThat(conditional.text(3, 0)).isEqualTo("Index of moderated mediation");
        assertThat(conditional.readings().get(0)).startsWith("The index of moderated mediation is ");
        assertThat(report.table("model7-johnson-neyman").readings().get(0))
                .startsWith("The effect of engagement on co-creation is significant (p < .05) when climate is");
        assertThat(report.table("regression-steps").text(3, 0)).isEqualTo("4. interaction");
        assertThat(report.table("regression-coefficients").row("4")).isNotNull();
    }

    @Test
    void warnsAboutListwiseDeletionAndCasesPerParameterButNotAboutSoundMeasures() {
        assertThat(report.warnings())
                .singleElement()
                .asString()
                .startsWith("3 of 200 rows (1.5%) were left out of every analysis")
                .contains("line 18 (CE2), line 89 (tenure), line 151 (IC3)");
        assertThat(report.table("cfa-fit").warnings())
                .singleElement()
                .asString()
                .startsWith("N = 197 gives 6.2 cases per free parameter (32 free parameters)");
        assertThat(report.table("reliability").warnings()).isEmpty();
        assertThat(report.table("agreement").warnings()).isEmpty();
        assertThat(report.table("discriminant-validity").warnings()).isEmpty();
        assertThat(report.allWarnings()).noneMatch(w -> w.contains("Only ") && w.contains("rows were analysed"));
        assertThat(report.table("model4").warnings())
                .contains("Only 500 bootstrap resamples were drawn; use at least 5,000 for results you report.");
    }

    /**
     * 60 respondents in 6 units: x and y measure the same latent variable (no discriminant
     * validity), the noise items are independent answers (no reliability, no agreement).
     */
    static DataTable troubledData() {
        Random random = new Random(11);
        StringBuilder csv = new StringBuilder("unit,x1,x2,x3,y1,y2,y3,n1,n2,n3\n");
        for (int i = 0; i < 60; i++) {
            double f = random.nextGaussian();
            csv.append("u").append(i % 6);
            for (int j = 0; j < 6; j++) {
                csv.append(',').append(likert(3 + 1.1 * f + 0.45 * random.nextGaussian()));
            }
            for (int j = 0; j < 3; j++) {
                csv.append(',').append(1 + random.nextInt(5));
            }
            csv.append('\n');
        }
        return DataTable.parseCsv(csv.toString(), "troubled.csv");
    }

    private static int likert(double v) {
        return (int) Math.max(1, Math.min(5, Math.round(v)));
    }

    @Test
    void warnsAboutSmallSamplesUnreliableScalesMissingAgreementAndOverlappingConstructs() {
        ColumnMapping mapping = ColumnMapping.of(
                        Construct.of("x", 5, "x1", "x2", "x3"),
                        Construct.of("y", 5, "y1", "y2", "y3"),
                        Construct.of("noise", 5, "n1", "n2", "n3"))
                .withGroup("unit");
        EvidenceResult troubled = EvidenceAnalysis.of(
                        mapping,
                        List.of(
                                new Analysis.Reliability(List.of("x", "y", "noise")),
                                new Analysis.Agreement(List.of("noise")),
                                new Analysis.Cfa(List.of("x", "y")),
                                new Analysis.Model4("x", "noise", "y", List.of(), ExampleStudyDefaults.noBootstrap())))
                .run(troubledData());

        Report r = EvidenceReport.build(troubled);

        assertThat(r.warnings()).anyMatch(w -> w.startsWith("Only 60 rows were analysed."));
        assertThat(r.table("reliability").warnings())
                .anyMatch(
                        w -> w.startsWith("Cronbach's alpha of noise is ") && w.contains("below the conventional .70"))
                .noneMatch(w -> w.startsWith("Cronbach's alpha of x "));
        assertThat(r.table("agreement").warnings())
                .anyMatch(w -> w.startsWith("Mean rwg(j) of noise is "))
                .anyMatch(w -> w.startsWith("units do not differ significantly in noise"));
        assertThat(r.table("discriminant-validity").warnings())
                .anyMatch(w -> w.startsWith("HTMT of x and y is ") && w.contains("may not be distinct"));
        assertThat(r.table("cfa-fit").warnings())
                .anyMatch(w -> w.startsWith("N = 60 is small for a confirmatory factor analysis"));
        assertThat(r.table("model4").warnings())
                .contains("No bootstrap was run, so the indirect effects have no confidence intervals and cannot be"
                        + " tested.");
        assertThat(r.table("model4").readings().get(0)).contains("no bootstrap confidence interval was computed");
        assertThat(r.allWarnings()).anyMatch(w -> w.startsWith("Table 3: Mean rwg(j) of noise"));
    }

    /** Settings for a PROCESS run without bootstrap. */
    static final class ExampleStudyDefaults {
        static Analysis.ProcessSettings noBootstrap() {
            return Analysis.ProcessSettings.defaults().withResamples(0, 1);
        }
    }
}
