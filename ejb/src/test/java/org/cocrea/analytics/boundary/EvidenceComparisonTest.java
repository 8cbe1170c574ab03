package org.cocrea.analytics.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cocrea.analytics.data.DataTable;
import org.cocrea.analytics.evidence.Analysis;
import org.cocrea.analytics.evidence.EvidenceAnalysis;
import org.cocrea.analytics.evidence.EvidenceResult;
import org.cocrea.analytics.evidence.ExampleStudy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EvidenceComparisonTest {

    static EvidenceResult all;
    static EvidenceResult half;

    @BeforeAll
    static void run() {
        all = ExampleStudy.run();
        // the first 100 rows of the example, as an earlier, smaller survey
        DataTable table = ExampleStudy.data();
        StringBuilder csv = new StringBuilder(String.join(",", table.columns())).append('\n');
        for (int r = 0; r < 100; r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                String t = table.text(r, table.columns().get(c));
                csv.append(c == 0 ? "" : ",").append(t == null ? "" : t);
            }
            csv.append('\n');
        }
        half = EvidenceAnalysis.of(ExampleStudy.mapping(), ExampleStudy.analyses())
                .run(DataTable.parseCsv(csv.toString(), "first-half.csv"));
    }

    private static Comparison.Row row(List<Comparison.Row> rows, String figure) {
        return rows.stream()
                .filter(r -> r.figure().equals(figure))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + figure + " in " + rows));
    }

    @Test
    void putsTheKeyFiguresSideBySideWithTheChange() {
        List<Comparison.Row> rows = EvidenceComparison.rows(half, all, Map.of("climate", "innovation climate"));

        Comparison.Row n = row(rows, "Rows analysed");
        assertThat(n.a()).isEqualTo(String.valueOf(half.data().rowsUsed()));
        assertThat(n.b()).isEqualTo("197");
        assertThat(n.change()).isEqualTo("+" + (197 - half.data().rowsUsed()));

        Comparison.Row index = row(rows, "Index of moderated mediation");
        assertThat(index.section()).isEqualTo("PROCESS Model 7");
        assertThat(index.b()).matches("-?\\d\\.\\d{3} \\[-?\\d\\.\\d{3}, -?\\d\\.\\d{3}\\]");
        assertThat(index.change()).matches("[+\u2212\u00B1]\\d\\.\\d{3}");

        assertThat(row(rows, "Indirect effect a\u00B7b").b()).contains("[");
        assertThat(row(rows, "CFI").b()).matches("\\.\\d{3}");
        assertThat(row(rows, "R\u00B2 of the full model").a()).startsWith(".");
        assertThat(rows)
                .extracting(Comparison.Row::figure)
                .contains(
                        "M of innovation climate",
                        "Cronbach's \u03B1 of engagement",
                        "Conditional indirect effect at the 16th percentile of innovation climate");
    }

    @Test
    void aRunWithoutAnAnalysisShowsADash() {
        EvidenceResult reliabilityOnly = EvidenceAnalysis.of(
                        ExampleStudy.mapping(), List.of(new Analysis.Reliability(List.of("engagement"))))
                .run(ExampleStudy.data());

        List<Comparison.Row> rows = EvidenceComparison.rows(reliabilityOnly, all, Map.of());

        Comparison.Row index = row(rows, "Index of moderated mediation");
        assertThat(index.a()).isEqualTo("\u2014");
        assertThat(index.change()).isEmpty();
        assertThat(index.significanceChanged()).isFalse();
        assertThat(row(rows, "Cronbach's \u03B1 of engagement").change()).isEqualTo("\u00B1.00");
    }
}
