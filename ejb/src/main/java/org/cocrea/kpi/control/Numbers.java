package org.cocrea.kpi.control;

import java.math.BigDecimal;

/** Reading and writing numbers in messages and files. */
final class Numbers {

    private Numbers() {}

    /** A number for a message: whole numbers without decimals, others as entered. */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "none";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * Reads a decimal number typed by a person or written by a spreadsheet: an optional sign, digits,
     * a decimal point or a decimal comma, an optional exponent. Thousands separators, units, and
     * "NaN"/"Infinity" are refused.
     *
     * @return the number, or null when the text is not one
     */
    static Double parse(String text) {
        String t = text.strip();
        if (t.indexOf(',') >= 0) {
            if (t.indexOf('.') >= 0 || t.indexOf(',') != t.lastIndexOf(',')) {
                return null;
            }
            t = t.replace(',', '.');
        }
        try {
            double d = new BigDecimal(t).doubleValue();
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
