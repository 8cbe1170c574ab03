package org.cocrea.analytics.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers as APA style (7th edition) writes them, with a '.' decimal point and a hyphen-minus for
 * negative values:
 *
 * <ul>
 *   <li>statistics that cannot exceed 1 in absolute value (r, β, p, α, ω, R², CFI, RMSEA, ICC …)
 *       without a leading zero: {@code .36}, {@code -.12};
 *   <li>other statistics with it: {@code 0.24}, {@code 17.21};
 *   <li>p values with three decimals, and below .001 as {@code < .001};
 *   <li>missing or undefined values as an em dash.
 * </ul>
 *
 * Rounding is half-up on the decimal value; a result that rounds to zero drops its minus sign
 * ({@code -0.0004} is {@code 0.000}, not {@code -0.000}).
 */
public final class ApaFormat {

    /** What an undefined or missing value is written as. */
    public static final String DASH = "\u2014";

    private ApaFormat() {}

    /** A number with a leading zero, e.g. {@code 0.24}, {@code -1.50}; NaN as a dash. */
    public static String number(double x, int decimals) {
        if (Double.isNaN(x)) {
            return DASH;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "\u221E" : "-\u221E";
        }
        String s =
                BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        if (s.startsWith("-") && isZero(s)) {
            s = s.substring(1);
        }
        return s;
    }

    /** A statistic bounded by 1, without leading zero: {@code .36}, {@code -.12}, {@code 1.00}. */
    public static String bounded(double x, int decimals) {
        String s = number(x, decimals);
        if (s.startsWith("0.")) {
            return s.substring(1);
        }
        if (s.startsWith("-0.")) {
            return "-" + s.substring(2);
        }
        return s;
    }

    /** A p value: {@code .034}, {@code < .001}, {@code > .999}; NaN as a dash. */
    public static String p(double p) {
        if (Double.isNaN(p)) {
            return DASH;
        }
        if (p < 0.001) {
            return "< .001";
        }
        if (p > 0.999) {
            return "> .999";
        }
        return bounded(p, 3);
    }

    /** A p value with its letter, for text: {@code p = .034}, {@code p < .001}. */
    public static String pEquals(double p) {
        String s = p(p);
        return s.startsWith("<") || s.startsWith(">") ? "p " + s : "p = " + s;
    }

    /** Significance stars: ** for p &lt; .01, * for p &lt; .05, "" otherwise. */
    public static String stars(double p) {
        if (p < 0.01) {
            return "**";
        }
        if (p < 0.05) {
            return "*";
        }
        return "";
    }

    /** A confidence interval {@code [0.12, 0.37]}. */
    public static String ci(double lower, double upper, int decimals) {
        if (Double.isNaN(lower) && Double.isNaN(upper)) {
            return DASH;
        }
        return "[" + number(lower, decimals) + ", " + number(upper, decimals) + "]";
    }

    /** A confidence interval of a bounded statistic {@code [.00, .05]}. */
    public static String boundedCi(double lower, double upper, int decimals) {
        if (Double.isNaN(lower) && Double.isNaN(upper)) {
            return DASH;
        }
        return "[" + bounded(lower, decimals) + ", " + bounded(upper, decimals) + "]";
    }

    /** A whole number with thousands separators: {@code 5,000}. */
    public static String integer(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A share as a percentage: {@code 12.5%}. */
    public static String percent(double share, int decimals) {
        return number(share * 100, decimals) + "%";
    }

    /** A confidence level as a percentage without needless decimals: {@code 95%}, {@code 99.5%}. */
    public static String level(double confidence) {
        BigDecimal pct = BigDecimal.valueOf(confidence * 100)
                .setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return pct.toPlainString() + "%";
    }

    /**
     * Decimals that keep small effects readable: 3 when the smallest finite value given is below 0.1
     * in absolute value (an indirect effect of 0.024 should not read 0.02), else 2. Pass the
     * estimates, not their interval bounds, which often lie near zero.
     */
    public static int decimalsFor(double... values) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, Math.abs(v));
            }
        }
        return min < 0.1 ? 3 : 2;
    }

    private static boolean isZero(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }
}
