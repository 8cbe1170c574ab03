package org.cocrea.analytics.report;

import java.util.List;

/**
 * The plain-language sentences of the report that interpret an effect: whether a bootstrap
 * interval excludes zero, whether a fit is good, what a Johnson–Neyman region covers. Each method
 * returns one or two English sentences; names are passed as they should be printed (labels).
 */
public final class Readings {

    private Readings() {}

    /**
     * The indirect effect of X on Y through M with its bootstrap interval, e.g. "The indirect effect
     * of engagement on performance through co-creation is positive (0.24) and its 95% bootstrap CI
     * [0.12, 0.37] excludes zero, so the data support mediation: ...".
     *
     * @param confidence the interval's level, e.g. 0.95
     */
    public static String indirectEffect(
            String x, String m, String y, double estimate, double lower, double upper, double confidence) {
        int d = ApaFormat.decimalsFor(estimate);
        String effect = "The indirect effect of " + x + " on " + y + " through " + m;
        if (Double.isNaN(lower) || Double.isNaN(upper)) {
            return effect + " is " + ApaFormat.number(estimate, d)
                    + "; no bootstrap confidence interval was computed, so whether it differs from zero cannot be"
                    + " judged.";
        }
        String ci = ApaFormat.level(confidence) + " bootstrap CI " + ApaFormat.ci(lower, upper, d);
        if (lower > 0 || upper < 0) {
            boolean positive = estimate > 0;
            return effect + " is " + (positive ? "positive" : "negative") + " (" + ApaFormat.number(estimate, d)
                    + ") and its " + ci + " excludes zero, so the data support mediation: "
                    + (positive
                            ? "through " + m + ", higher " + x + " goes with higher " + y + "."
                            : "through " + m + ", higher " + x + " goes with lower " + y + ".");
        }
        return effect + " is " + ApaFormat.number(estimate, d) + ", but its " + ci
                + " includes zero, so the data do not show that " + m + " mediates the effect of " + x + " on " + y
                + ".";
    }

    /**
     * The direct effect c′ next to the indirect effect: partial or full mediation.
     *
     * @param indirectExcludesZero whether the indirect effect's interval excludes zero
     */
    public static String directEffect(
            String x, String m, String y, double estimate, double p, boolean indirectExcludesZero) {
        int d = ApaFormat.decimalsFor(estimate);
        String effect = "The direct effect of " + x + " on " + y + ", holding " + m + " constant, ";
        boolean significant = p < 0.05;
        if (significant) {
            return effect + "is " + ApaFormat.number(estimate, d) + " (" + ApaFormat.pEquals(p) + ")"
                    + (indirectExcludesZero
                            ? ", so the mediation is partial: part of the effect does not run through " + m + "."
                            : ".");
        }
        return effect + "is not significant (" + ApaFormat.number(estimate, d) + ", " + ApaFormat.pEquals(p) + ")"
                + (indirectExcludesZero ? ", which is consistent with full mediation through " + m + "." : ".");
    }

    /**
     * The index of moderated mediation of Model 7 with its bootstrap interval.
     *
     * @param confidence the interval's level, e.g. 0.95
     */
    public static String indexOfModeratedMediation(
            String x, String w, String m, String y, double index, double lower, double upper, double confidence) {
        int d = ApaFormat.decimalsFor(index);
        String start = "The index of moderated mediation is " + ApaFormat.number(index, d);
        if (Double.isNaN(lower) || Double.isNaN(upper)) {
            return start + "; no bootstrap confidence interval was computed, so whether " + w
                    + " moderates the indirect effect cannot be judged.";
        }
        String ci = ApaFormat.level(confidence) + " bootstrap CI " + ApaFormat.ci(lower, upper, d);
        if (lower > 0 || upper < 0) {
            return start + " and its " + ci + " excludes zero, so " + w + " moderates the indirect effect of " + x
                    + " on " + y + " through " + m + ": the indirect effect is "
                    + (index > 0 ? "stronger (more positive)" : "weaker (more negative)") + " where " + w
                    + " is higher.";
        }
        return start + ", but its " + ci + " includes zero, so the data do not show that " + w
                + " moderates the indirect effect of " + x + " on " + y + " through " + m + ".";
    }

    /**
     * The conditional indirect effect at one value of W, e.g. "at the 16th percentile of climate
     * (2.00): 0.023, 95% CI [-0.006, 0.059], includes zero".
     *
     * @param d decimals, the same for every value of W probed
     */
    public static String conditionalIndirect(
            String where, double estimate, double lower, double upper, double confidence, int d) {
        if (Double.isNaN(lower) || Double.isNaN(upper)) {
            return where + ": " + ApaFormat.number(estimate, d);
        }
        return where + ": " + ApaFormat.number(estimate, d) + ", " + ApaFormat.level(confidence) + " CI "
                + ApaFormat.ci(lower, upper, d) + ", " + (lower > 0 || upper < 0 ? "excludes" : "includes") + " zero";
    }

    /**
     * How well a CFA fits by Hu and Bentler's cut-offs: "good" (CFI ≥ .95, RMSEA ≤ .06, SRMR ≤
     * .08), "acceptable" (CFI ≥ .90, RMSEA ≤ .08) or "poor".
     */
    public static String fitRating(double cfi, double rmsea, double srmr) {
        if (cfi >= 0.95 && rmsea <= 0.06 && srmr <= 0.08) {
            return "good";
        }
        if (cfi >= 0.90 && rmsea <= 0.08) {
            return "acceptable";
        }
        return "poor";
    }

    /** A list in prose: "a", "a and b", "a, b and c". */
    public static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** An ordinal: 1st, 2nd, 3rd, 16th, 84th. */
    public static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix;
        if (mod100 >= 11 && mod100 <= 13) {
            suffix = "th";
        } else {
            suffix = switch (n % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
        }
        return n + suffix;
    }
}
