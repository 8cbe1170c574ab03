package org.cocrea.climate.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Input checks and small helpers shared by the climate statistics; messages count from 1. */
final class Inputs {

    private Inputs() {}

    /**
     * Checks a respondents × items matrix: not null, at least one row, rectangular, at least
     * {@code minItems} columns, values finite or NaN (missing), and, when {@code scalePoints > 0},
     * every present value within 1..scalePoints.
     */
    static int checkMatrix(double[][] responses, int minItems, int scalePoints) {
        if (responses == null) {
            throw new IllegalArgumentException("responses must not be null");
        }
        if (responses.length == 0) {
            throw new IllegalArgumentException("responses has no rows (respondents)");
        }
        if (responses[0] == null) {
            throw new IllegalArgumentException("row 1 is null");
        }
        int items = responses[0].length;
        if (items < minItems) {
            throw new IllegalArgumentException(
                    "responses has " + items + " item column(s); at least " + minItems + " are needed");
        }
        for (int r = 0; r < responses.length; r++) {
            double[] row = responses[r];
            if (row == null) {
                throw new IllegalArgumentException("row " + (r + 1) + " is null");
            }
            if (row.length != items) {
                throw new IllegalArgumentException("row " + (r + 1) + " has " + row.length + " values but row 1 has "
                        + items + "; every row needs one value per item");
            }
            for (int j = 0; j < items; j++) {
                checkValue(row[j], j + 1, r + 1, scalePoints);
            }
        }
        return items;
    }

    static void checkValue(double v, int item, int row, int scalePoints) {
        if (Double.isNaN(v)) {
            return;
        }
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException(
                    "item " + item + " has an infinite value at row " + row + " (use NaN for a missing answer)");
        }
        if (scalePoints > 0 && (v < 1 || v > scalePoints)) {
            throw new IllegalArgumentException(
                    "item " + item + " has a value " + format(v) + " outside 1.." + scalePoints + " at row " + row);
        }
    }

    static void checkScalePoints(int scalePoints) {
        if (scalePoints < 2) {
            throw new IllegalArgumentException(
                    "scalePoints must be at least 2 (a Likert scale 1..k), was " + scalePoints);
        }
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Rows without a missing value, in their original order. */
    static double[][] completeRows(double[][] responses) {
        List<double[]> kept = new ArrayList<>(responses.length);
        for (double[] row : responses) {
            boolean complete = true;
            for (double v : row) {
                if (Double.isNaN(v)) {
                    complete = false;
                    break;
                }
            }
            if (complete) {
                kept.add(row);
            }
        }
        return kept.toArray(new double[0][]);
    }

    /**
     * The distinct groups in R's order ({@code split} sorts factor levels): natural order.
     *
     * @return the sorted distinct group keys
     */
    static <K extends Comparable<? super K>> List<K> sortedDistinct(Collection<K> groups) {
        return new ArrayList<>(new TreeSet<>(groups));
    }

    /** Checks the grouping vector and maps each row to the index of its group in {@code order}. */
    static <K extends Comparable<? super K>> int[] groupIndex(List<K> groups, int rows, List<K> order) {
        if (groups == null) {
            throw new IllegalArgumentException("groups must not be null");
        }
        if (groups.size() != rows) {
            throw new IllegalArgumentException(
                    "groups has " + groups.size() + " entries but there are " + rows + " rows; one group per row");
        }
        for (int r = 0; r < rows; r++) {
            if (groups.get(r) == null) {
                throw new IllegalArgumentException("group of row " + (r + 1) + " is null");
            }
        }
        order.addAll(sortedDistinct(groups));
        Map<K, Integer> index = new HashMap<>(order.size() * 2);
        for (int g = 0; g < order.size(); g++) {
            index.put(order.get(g), g);
        }
        int[] result = new int[rows];
        for (int r = 0; r < rows; r++) {
            result[r] = index.get(groups.get(r));
        }
        return result;
    }

    static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
