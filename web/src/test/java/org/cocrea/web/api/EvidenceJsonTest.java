package org.cocrea.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cocrea.analytics.evidence.SimpleSlopes;
import org.cocrea.analytics.report.Report;
import org.cocrea.analytics.report.ReportCell;
import org.cocrea.analytics.report.ReportRow;
import org.cocrea.analytics.report.ReportTable;
import org.junit.jupiter.api.Test;

class EvidenceJsonTest {

    @Test
    void numbersThatDoNotExistBecomeNull() {
        ReportTable t = new ReportTable(
                "model4",
                1,
                "Mediation",
                List.of("Path", "B"),
                List.of(
                        ReportRow.heading("Mediator model", 2),
                        ReportRow.of(ReportCell.text("a"), ReportCell.number(0.25, 2)),
                        ReportRow.of(ReportCell.text("c"), ReportCell.number(Double.NaN, 2))),
                List.of("N = 10."),
                List.of("It reads."),
                List.of());
        SimpleSlopes slopes = new SimpleSlopes(
                "x",
                "w",
                "m",
                new double[] {1, Double.NaN},
                List.of(new SimpleSlopes.Line("low", 1, new double[] {2, Double.POSITIVE_INFINITY}, 0.5)));
        Report report = new Report("Evidence Report", List.of("Data"), List.of(), List.of(t), slopes);

        EvidenceJson.ReportBody body = EvidenceJson.report(report);

        EvidenceJson.Table table = body.tables().get(0);
        assertThat(table.rows().get(0).heading()).isTrue();
        assertThat(table.rows().get(1).cells().get(1)).isEqualTo(new EvidenceJson.Cell("0.25", 0.25));
        assertThat(table.rows().get(1).cells().get(0).value()).isNull();
        assertThat(table.rows().get(2).cells().get(1).value()).isNull();
        assertThat(body.simpleSlopes().xValues()).containsExactly(1.0, null);
        assertThat(body.simpleSlopes().lines().get(0).predicted()).containsExactly(2.0, null);
        assertThat(table.readings()).containsExactly("It reads.");
    }
}
