package org.cocrea.analytics.report;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A row of a report table.
 *
 * @param cells one per column
 * @param heading a heading row that groups the rows below it (e.g. "Step 2: predictor"); its first
 *     cell holds the text, the others are empty, and a renderer may let it span the table
 */
public record ReportRow(List<ReportCell> cells, boolean heading) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ReportRow {
        cells = List.copyOf(cells);
    }

    /** A row of cells. */
    public static ReportRow of(ReportCell... cells) {
        return new ReportRow(Arrays.asList(cells), false);
    }

    /** A heading row for a table of {@code width} columns. */
    public static ReportRow heading(String text, int width) {
        ReportCell[] cells = new ReportCell[width];
        Arrays.fill(cells, ReportCell.empty());
        cells[0] = ReportCell.text(text);
        return new ReportRow(Arrays.asList(cells), true);
    }

    /** The texts of the cells. */
    public List<String> texts() {
        return cells.stream().map(ReportCell::text).toList();
    }
}
