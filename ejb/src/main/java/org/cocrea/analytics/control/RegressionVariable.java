package org.cocrea.analytics.control;

import java.util.Objects;

/**
 * A named column of observations. Missing values are {@code NaN}; whether they are allowed depends
 * on the analysis (OLS refuses them, the PROCESS models and hierarchical regression delete cases
 * listwise).
 *
 * @param name the column's name, used in results and error messages
 * @param values the observations; copied, never shared
 */
public record RegressionVariable(String name, double[] values) {

    public RegressionVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values of column " + name);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a column needs a name");
        }
        values = values.clone();
    }

    public static RegressionVariable of(String name, double... values) {
        return new RegressionVariable(name, values);
    }

    /** The observations (a copy). */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** Number of observations. */
    public int size() {
        return values.length;
    }

    /** The observation in row {@code row} (0-based). */
    public double value(int row) {
        return values[row];
    }

    double[] raw() {
        return values;
    }
}
