package org.cocrea.kpi.control;

import java.io.Serializable;

/**
 * The values a KPI can take, checked when a value is entered: an optional minimum and maximum (both
 * included) and whether only whole numbers are allowed.
 *
 * @param min the smallest value allowed, or null for no lower bound
 * @param max the largest value allowed, or null for no upper bound
 * @param wholeNumber whether the value must be a whole number (a count)
 */
public record ValueRule(Double min, Double max, boolean wholeNumber) implements Serializable {

    /** Any finite number. */
    public static final ValueRule ANY = new ValueRule(null, null, false);
    /** 0 or more. */
    public static final ValueRule NON_NEGATIVE = new ValueRule(0.0, null, false);
    /** A whole number, 0 or more. */
    public static final ValueRule COUNT = new ValueRule(0.0, null, true);
    /** A percentage, 0 to 100. */
    public static final ValueRule PERCENT = new ValueRule(0.0, 100.0, false);
    /** An index from 0 to 100. */
    public static final ValueRule INDEX_100 = PERCENT;
    /** A share or index from 0 to 1. */
    public static final ValueRule UNIT_INTERVAL = new ValueRule(0.0, 1.0, false);

    public ValueRule {
        if (min != null && !Double.isFinite(min) || max != null && !Double.isFinite(max)) {
            throw new InvalidFieldException("values", "The bounds must be finite numbers.");
        }
        if (min != null && max != null && min > max) {
            throw new InvalidFieldException(
                    "values", "The minimum " + min + " is above the maximum " + max + ". Swap them.");
        }
    }

    /** What is wrong with the value, for a message; null when it is allowed. */
    public String problem(double value) {
        if (!Double.isFinite(value)) {
            return "Give a finite number.";
        }
        if (wholeNumber && value != Math.rint(value)) {
            return "The value must be a whole number; " + Numbers.format(value) + " is not.";
        }
        if (min != null && value < min || max != null && value > max) {
            return "The value " + Numbers.format(value) + " is outside the allowed range " + describe() + ".";
        }
        return null;
    }

    /** "0 to 100", "0 or more", "any number". */
    public String describe() {
        if (min != null && max != null) {
            return Numbers.format(min) + " to " + Numbers.format(max);
        }
        if (min != null) {
            return Numbers.format(min) + " or more";
        }
        if (max != null) {
            return Numbers.format(max) + " or less";
        }
        return "any number";
    }
}
