package org.cocrea.analytics.data;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a mapping screen shows of an uploaded file before anything is mapped: the first rows as text
 * and, per column, whether it holds numbers, how many cells are empty, and the range of its values
 * (over all rows, not only those shown).
 *
 * @param source the file's name
 * @param format CSV or Excel
 * @param delimiter the CSV separator (',', ';' or '\t'), '\0' for a workbook
 * @param rowCount number of data rows in the file
 * @param columns a summary per column, in file order
 * @param rows the first data rows
 */
public record DataPreview(
        String source,
        DataTable.Format format,
        char delimiter,
        int rowCount,
        List<ColumnSummary> columns,
        List<PreviewRow> rows)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public DataPreview {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * One data row as text.
     *
     * @param row the row as the user sees it (CSV line or sheet row)
     * @param cells the cells in column order; "" for an empty cell
     */
    public record PreviewRow(int row, List<String> cells) implements Serializable {

        private static final long serialVersionUID = 1L;

        public PreviewRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A column over all data rows.
     *
     * @param name the header's name
     * @param numeric every non-empty cell is a number, and there is at least one
     * @param missing number of empty cells
     * @param nonNumeric number of non-empty cells that are not numbers
     * @param firstNonNumericRow the row of the first such cell (as the user sees it), 0 if none
     * @param firstNonNumeric the text of that cell, null if none
     * @param min smallest number in the column, NaN if none
     * @param max largest number in the column, NaN if none
     * @param wholeNumbers every number in the column is a whole number (e.g. Likert answers)
     * @param distinctValues number of distinct non-empty cells, counted up to 1,000
     */
    public record ColumnSummary(
            String name,
            boolean numeric,
            int missing,
            int nonNumeric,
            int firstNonNumericRow,
            String firstNonNumeric,
            double min,
            double max,
            boolean wholeNumbers,
            int distinctValues)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        /** Whether the column could be an item of a construct on a 1..scalePoints scale. */
        public boolean fitsScale(int scalePoints) {
            return numeric && wholeNumbers && min >= 1 && max <= scalePoints;
        }
    }

    /** Distinct values counted at most. */
    static final int DISTINCT_LIMIT = 1000;

    /**
     * Summarises a table.
     *
     * @param maxRows how many data rows to include (0 for none)
     */
    public static DataPreview of(DataTable table, int maxRows) {
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must not be negative, was " + maxRows);
        }
        List<ColumnSummary> summaries = new ArrayList<>();
        for (String column : table.columns()) {
            summaries.add(summarise(table, column));
        }
        List<PreviewRow> rows = new ArrayList<>();
        for (int r = 0; r < Math.min(maxRows, table.size()); r++) {
            List<String> cells = new ArrayList<>();
            for (String column : table.columns()) {
                String t = table.text(r, column);
                cells.add(t == null ? "" : t);
            }
            rows.add(new PreviewRow(table.rowNumber(r), cells));
        }
        return new DataPreview(table.source(), table.format(), table.delimiter(), table.size(), summaries, rows);
    }

    private static ColumnSummary summarise(DataTable table, String column) {
        String[] texts = table.texts(column);
        int missing = 0;
        int nonNumeric = 0;
        int firstRow = 0;
        String first = null;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean whole = true;
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (int r = 0; r < texts.length; r++) {
            String t = texts[r];
            if (t == null) {
                missing++;
                continue;
            }
            if (distinct.size() < DISTINCT_LIMIT) {
                distinct.add(t);
            }
            if (DataTable.isNumber(t)) {
                double v = Double.parseDouble(t);
                min = Math.min(min, v);
                max = Math.max(max, v);
                whole &= v == Math.rint(v);
            } else {
                if (nonNumeric++ == 0) {
                    firstRow = table.rowNumber(r);
                    first = t;
                }
            }
        }
        boolean anyNumber = min <= max;
        return new ColumnSummary(
                column,
                anyNumber && nonNumeric == 0,
                missing,
                nonNumeric,
                firstRow,
                first,
                anyNumber ? min : Double.NaN,
                anyNumber ? max : Double.NaN,
                anyNumber && whole,
                distinct.size());
    }

    /** The summary of a column. */
    public ColumnSummary column(String name) {
        return columns.stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column \"" + name + "\""));
    }

    @Override
    public String toString() {
        return "DataPreview[" + source + ", " + rowCount + " rows, columns "
                + Arrays.toString(columns.stream().map(ColumnSummary::name).toArray()) + "]";
    }
}
