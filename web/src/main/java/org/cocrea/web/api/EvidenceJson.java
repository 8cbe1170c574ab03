package org.cocrea.web.api;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocrea.analytics.boundary.AnalysisDetail;
import org.cocrea.analytics.boundary.AnalysisSummary;
import org.cocrea.analytics.boundary.EvidenceSpecs;
import org.cocrea.analytics.boundary.FilePreview;
import org.cocrea.analytics.evidence.SimpleSlopes;
import org.cocrea.analytics.report.Report;
import org.cocrea.analytics.report.ReportCell;
import org.cocrea.analytics.report.ReportRow;
import org.cocrea.analytics.report.ReportTable;

/**
 * The evidence API's bodies that differ from the boundary's records: the report with numbers that
 * do not exist as null (JSON has no NaN), and a saved analysis with its model as a JSON object.
 */
public final class EvidenceJson {

    private EvidenceJson() {}

    /**
     * A new or changed analysis.
     *
     * @param model the constructs and analyses in the command line's model format ({@code
     *     docs/evidence-cli.md})
     * @param labels display names of constructs in the report, e.g. {"cocreation": "value co-creation"}
     * @param fileName the data file's name, e.g. "survey.xlsx"
     * @param file the data file, Base64-encoded (optional when changing an analysis)
     */
    public record AnalysisInput(
            String name, JsonObject model, Map<String, String> labels, String fileName, String file) {}

    /** A saved analysis with its model and the preview of its data. */
    public record Analysis(AnalysisSummary summary, JsonObject model, Map<String, String> labels, FilePreview preview) {

        static Analysis of(AnalysisDetail d) {
            return new Analysis(
                    d.summary(),
                    EvidenceSpecs.readObject(d.modelJson()),
                    d.setup().labels(),
                    d.preview());
        }
    }

    /** The report: title, header lines, warnings, tables and the simple-slopes data. */
    public record ReportBody(
            String title, List<String> headerLines, List<String> warnings, List<Table> tables, Slopes simpleSlopes) {}

    /** A report table; on the screen it is the element {@code table-<key>}. */
    public record Table(
            String key,
            int number,
            String title,
            List<String> columns,
            List<Row> rows,
            List<String> notes,
            List<String> readings,
            List<String> warnings) {}

    public record Row(boolean heading, List<Cell> cells) {}

    /** A cell as printed and the number behind it (null for text). */
    public record Cell(String text, Double value) {}

    public record Slopes(String x, String w, String m, List<Double> xValues, List<Line> lines) {}

    public record Line(String label, Double w, List<Double> predicted, Double slope) {}

    static ReportBody report(Report r) {
        List<Table> tables = new ArrayList<>();
        for (ReportTable t : r.tables()) {
            List<Row> rows = new ArrayList<>();
            for (ReportRow row : t.rows()) {
                rows.add(new Row(
                        row.heading(),
                        row.cells().stream().map(EvidenceJson::cell).toList()));
            }
            tables.add(new Table(
                    t.key(), t.number(), t.title(), t.columns(), rows, t.notes(), t.readings(), t.warnings()));
        }
        return new ReportBody(r.title(), r.headerLines(), r.warnings(), tables, slopes(r.simpleSlopes()));
    }

    private static Cell cell(ReportCell c) {
        return new Cell(c.text(), c.isNumber() ? c.value() : null);
    }

    private static Slopes slopes(SimpleSlopes s) {
        if (s == null) {
            return null;
        }
        return new Slopes(
                s.x(),
                s.w(),
                s.m(),
                numbers(s.xValues()),
                s.lines().stream()
                        .map(l -> new Line(l.label(), number(l.w()), numbers(l.predicted()), number(l.slope())))
                        .toList());
    }

    private static List<Double> numbers(double[] values) {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            out.add(number(v));
        }
        return out;
    }

    private static Double number(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
