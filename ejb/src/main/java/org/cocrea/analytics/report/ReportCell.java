package org.cocrea.analytics.report;

import java.io.Serializable;
import java.util.Objects;

/**
 * One cell of a report table: the text as printed (APA-formatted) and, for a number, its value, so
 * that a spreadsheet can hold the number itself.
 *
 * @param text the cell as printed, e.g. {@code .36**}, {@code < .001}, {@code [0.12, 0.37]}
 * @param value the unrounded number the text shows, or NaN when the cell is text (a label, an
 *     interval, {@code < .001}) or empty
 * @param decimals decimals the text shows of {@code value}
 * @param leadingZero whether the text writes a leading zero ({@code 0.24}) or not ({@code .24})
 */
public record ReportCell(String text, double value, int decimals, boolean leadingZero) implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final ReportCell EMPTY = new ReportCell("", Double.NaN, 0, true);

    public ReportCell {
        Objects.requireNonNull(text, "text");
    }

    /** An empty cell. */
    public static ReportCell empty() {
        return EMPTY;
    }

    /** A text cell. */
    public static ReportCell text(String text) {
        return new ReportCell(text, Double.NaN, 0, true);
    }

    /** A number with a leading zero ({@code 0.24}); NaN gives a dash. */
    public static ReportCell number(double value, int decimals) {
        return new ReportCell(ApaFormat.number(value, decimals), finite(value), decimals, true);
    }

    /** A statistic bounded by 1, without leading zero ({@code .36}); NaN gives a dash. */
    public static ReportCell bounded(double value, int decimals) {
        return new ReportCell(ApaFormat.bounded(value, decimals), finite(value), decimals, false);
    }

    /** A whole number ({@code 197}). */
    public static ReportCell integer(long value) {
        return new ReportCell(Long.toString(value), value, 0, true);
    }

    /** A p value ({@code .034}); below .001 or above .999 it is text ({@code < .001}). */
    public static ReportCell p(double p) {
        String text = ApaFormat.p(p);
        boolean exact = !Double.isNaN(p) && p >= 0.001 && p <= 0.999;
        return new ReportCell(text, exact ? p : Double.NaN, 3, false);
    }

    /** Whether the cell holds a number (its value is finite). */
    public boolean isNumber() {
        return Double.isFinite(value);
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }
}
