package org.cocrea.analytics.report;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * An APA-style table as plain data, with what the report says under it.
 *
 * @param key a stable identifier, e.g. {@code descriptives}, {@code cfa-fit}, {@code
 *     model7-conditional} (file and sheet names of exports derive from it)
 * @param number the table's number in the report (Table 1, 2, …)
 * @param title the title, e.g. "Descriptive Statistics and Correlations"
 * @param columns the column headers
 * @param rows the body, each row as wide as {@code columns}
 * @param notes the table's general and specific notes ("Note. N = 197. …"), one sentence or more each
 * @param readings what the table shows, in plain English
 * @param warnings what the reader should be careful about, in plain English
 */
public record ReportTable(
        String key,
        int number,
        String title,
        List<String> columns,
        List<ReportRow> rows,
        List<String> notes,
        List<String> readings,
        List<String> warnings)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public ReportTable {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
        readings = List.copyOf(readings);
        warnings = List.copyOf(warnings);
        for (ReportRow row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("table " + key + ": a row has "
                        + row.cells().size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** The text of a cell. */
    public String text(int row, int column) {
        return rows.get(row).cells().get(column).text();
    }

    /** The first row whose first cell has this text, or null. */
    public ReportRow row(String label) {
        return rows.stream()
                .filter(r -> r.cells().get(0).text().equals(label))
                .findFirst()
                .orElse(null);
    }
}
