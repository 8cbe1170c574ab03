package org.cocrea.reporting.control;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How KPI figures are written on screens and in reports: large numbers grouped without decimals,
 * indices with two decimals, rates and days with one, a dash for none, and the unit where it
 * reads naturally ({@code 45.2 %}, {@code 12.5 days}, {@code 1,250,000 EUR}).
 */
public final class KpiFormat {

    /** What is written for a missing value. */
    public static final String NONE = "\u2013";

    private KpiFormat() {}

    /** The number alone, e.g. {@code 45.2} or {@code 1,250,000}. */
    public static String number(Double v, String unit) {
        if (v == null || !Double.isFinite(v)) {
            return NONE;
        }
        double a = Math.abs(v);
        String pattern;
        if (a >= 1000) {
            pattern = "#,##0";
        } else if ("index 0–1".equals(unit) || "index 0-1".equals(unit)) {
            pattern = "0.00";
        } else if ("index 0–0.25".equals(unit) || "index 0-0.25".equals(unit)) {
            pattern = "0.000";
        } else if (v == Math.rint(v)) {
            pattern = "0";
        } else {
            pattern = "0.0";
        }
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(v);
    }

    /** The number with its unit, e.g. {@code 45.2 %}, {@code 12.5 days}, {@code 61.3} (indices). */
    public static String value(Double v, String unit) {
        String n = number(v, unit);
        if (v == null || !Double.isFinite(v) || unit == null || unit.isBlank()) {
            return n;
        }
        if (unit.equals("%")) {
            return n + " %";
        }
        if (unit.startsWith("index") || unit.startsWith("ideas per")) {
            return n;
        }
        return n + " " + unit;
    }

    /** A change with its sign, e.g. {@code +2.5} or {@code −1}. */
    public static String change(Double v, String unit) {
        if (v == null || !Double.isFinite(v)) {
            return NONE;
        }
        String n = number(Math.abs(v), unit);
        return (v > 0 ? "+" : v < 0 ? "\u2212" : "\u00b1") + n;
    }
}
