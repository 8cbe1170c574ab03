package org.cocrea.analytics.control;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Listwise deletion and validation of the variables of a PROCESS model. */
final class ProcessCases {

    /** Fewest complete cases a PROCESS model accepts. */
    static final int MIN_CASES = 10;

    /** The complete cases: {@code columns[v][case]} in the order the variables were given. */
    record Complete(double[][] columns, int excluded) {
        int n() {
            return columns[0].length;
        }
    }

    private ProcessCases() {}

    /**
     * Keeps the cases where every variable has a finite value.
     *
     * @throws RegressionException on unequal lengths, repeated names, fewer than {@link #MIN_CASES}
     *     complete cases, or a constant variable
     */
    static Complete complete(List<RegressionVariable> variables) {
        int length = -1;
        String first = null;
        Set<String> names = new HashSet<>();
        for (RegressionVariable v : variables) {
            Objects.requireNonNull(v, "variable");
            if (!names.add(v.name())) {
                throw new RegressionException("column " + v.name() + " is used twice in the model");
            }
            if (length < 0) {
                length = v.size();
                first = v.name();
            } else if (v.size() != length) {
                throw new RegressionException(
                        "column " + v.name() + " has " + v.size() + " values but column " + first + " has " + length);
            }
        }
        boolean[] keep = new boolean[length];
        int n = 0;
        for (int i = 0; i < length; i++) {
            boolean ok = true;
            for (RegressionVariable v : variables) {
                if (!Double.isFinite(v.raw()[i])) {
                    ok = false;
                    break;
                }
            }
            keep[i] = ok;
            if (ok) {
                n++;
            }
        }
        if (n < MIN_CASES) {
            throw new RegressionException("needs at least " + MIN_CASES + " complete cases, found " + n);
        }
        double[][] columns = new double[variables.size()][n];
        for (int v = 0; v < variables.size(); v++) {
            double[] raw = variables.get(v).raw();
            int r = 0;
            for (int i = 0; i < length; i++) {
                if (keep[i]) {
                    columns[v][r++] = raw[i];
                }
            }
            double min = columns[v][0];
            double max = min;
            for (double x : columns[v]) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            if (min == max) {
                throw new RegressionException("column " + variables.get(v).name() + " is constant");
            }
        }
        return new Complete(columns, length - n);
    }

    static double[] shifted(double[] values, double shift) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] - shift;
        }
        return out;
    }
}
