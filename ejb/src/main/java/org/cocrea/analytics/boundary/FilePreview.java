package org.cocrea.analytics.boundary;

import java.io.Serializable;
import java.util.List;
import org.cocrea.analytics.data.DataPreview;

/**
 * What the mapping screen shows of an uploaded file: each column with a summary, and the first rows.
 * Plain values for pages and JSON (a number that does not exist is null, not NaN).
 *
 * @param source the file's name
 * @param format "CSV" or "Excel"
 * @param delimiter the CSV separator as text ("," ";" or "tab"), null for a workbook
 * @param rowCount data rows in the file
 * @param columns one summary per column, in file order
 * @param rows the first data rows as text
 */
public record FilePreview(
        String source, String format, String delimiter, int rowCount, List<Column> columns, List<Row> rows)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows shown at most. */
    public static final int ROWS = 20;

    public FilePreview {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * A column over all data rows.
     *
     * @param numeric every non-empty cell is a number (and there is one)
     * @param missing empty cells
     * @param nonNumeric cells that are not numbers
     * @param firstNonNumericRow the row (as the user sees it) of the first such cell, or null
     * @param firstNonNumeric its text, or null
     * @param min smallest number, or null
     * @param max largest number, or null
     * @param wholeNumbers every number is whole (Likert answers are)
     * @param distinctValues distinct non-empty values, counted up to 1,000
     * @param likert whole numbers from 1 up to at most 11: could be an item; its likely scale is
     *     {@code max}
     */
    public record Column(
            String name,
            boolean numeric,
            int missing,
            int nonNumeric,
            Integer firstNonNumericRow,
            String firstNonNumeric,
            Double min,
            Double max,
            boolean wholeNumbers,
            int distinctValues,
            boolean likert)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A data row: its number as the user sees it and its cells ("" for empty). */
    public record Row(int row, List<String> cells) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** The preview of the engine's summary. */
    public static FilePreview of(DataPreview p) {
        List<Column> columns = p.columns().stream()
                .map(c -> new Column(
                        c.name(),
                        c.numeric(),
                        c.missing(),
                        c.nonNumeric(),
                        c.firstNonNumericRow() == 0 ? null : c.firstNonNumericRow(),
                        c.firstNonNumeric(),
                        Double.isNaN(c.min()) ? null : c.min(),
                        Double.isNaN(c.max()) ? null : c.max(),
                        c.wholeNumbers(),
                        c.distinctValues(),
                        c.fitsScale(EvidenceChoices.MAX_SCALE_POINTS) && c.max() >= 2))
                .toList();
        List<Row> rows = p.rows().stream().map(r -> new Row(r.row(), r.cells())).toList();
        String delimiter = switch (p.delimiter()) {
            case '\0' -> null;
            case '\t' -> "tab";
            default -> String.valueOf(p.delimiter());
        };
        return new FilePreview(
                p.source(),
                p.format() == org.cocrea.analytics.data.DataTable.Format.CSV ? "CSV" : "Excel",
                delimiter,
                p.rowCount(),
                columns,
                rows);
    }

    /** The column names, in file order. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** The names of the columns that hold numbers only. */
    public List<String> numericColumnNames() {
        return columns.stream().filter(Column::numeric).map(Column::name).toList();
    }

    /** The summary of a column, or null. */
    public Column column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }
}
