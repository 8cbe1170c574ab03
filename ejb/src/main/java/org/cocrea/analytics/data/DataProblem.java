package org.cocrea.analytics.data;

import java.io.Serializable;
import java.util.Objects;

/**
 * One thing wrong with an uploaded data file or its column mapping, for a screen that lists the
 * problems next to the data.
 *
 * @param kind what is wrong
 * @param column the column concerned, or null when the problem is not about one column
 * @param row the row as the user sees it (CSV: the file's line; Excel: the sheet's row; the header is
 *     row 1, so the first data row is usually row 2), or 0 when the problem is not about one row
 * @param message one sentence for the user that names the file, the row and the column where they
 *     apply, e.g. {@code data.csv line 5, column "tenure": "ten" is not a number; ...}
 */
public record DataProblem(Kind kind, String column, int row, String message) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Kind {
        /** The file cannot be read: not found, not text, not a spreadsheet, password-protected. */
        FILE,
        /** The header row or the table's shape: a blank or repeated name, a row of the wrong width. */
        STRUCTURE,
        /** The mapping names a column the file does not have. */
        UNKNOWN_COLUMN,
        /** The mapping (or an analysis) is inconsistent in itself: an item used twice, a bad scale. */
        MAPPING,
        /** A cell that should be a number is not. */
        NOT_A_NUMBER,
        /** An item answer outside its construct's scale 1..scalePoints. */
        OUT_OF_SCALE,
        /** A row lacks a value and missing values are refused. */
        MISSING_VALUE,
        /** A column has the same value in every row analysed. */
        CONSTANT_COLUMN,
        /** Fewer rows (or units) than an analysis needs. */
        TOO_FEW_CASES
    }

    public DataProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if (row < 0) {
            throw new IllegalArgumentException("row must not be negative, was " + row);
        }
    }
}
