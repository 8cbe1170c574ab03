package org.cocrea.analytics.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.analytics.data.ColumnMapping.Construct;
import org.cocrea.analytics.data.ColumnMapping.MissingRule;

/**
 * A data table after its column mapping has been applied: the numeric columns read and checked, the
 * rows with a missing value dropped (or refused), the constructs scored. Every analysis of an
 * evidence run uses these rows.
 *
 * <p>{@link #prepare} collects all problems of one kind before it stops, so that a screen can show
 * them together; the kinds are checked in this order, each only when the previous ones passed:
 *
 * <ol>
 *   <li>the mapping against the header ({@link ColumnMapping#problems});
 *   <li>cells that are not numbers, in the item, control and other numeric columns;
 *   <li>item answers outside their construct's scale (in every row, dropped or not);
 *   <li>missing values, when the rule is {@link MissingRule#REFUSE} (one problem per row);
 *   <li>fewer than 2 complete rows;
 *   <li>columns that are constant in the rows analysed.
 * </ol>
 */
public final class PreparedData {

    /** Problems of one kind listed at most; the message says how many more there are. */
    static final int MAX_PROBLEMS = 50;

    private final DataTable table;
    private final ColumnMapping mapping;
    private final int[] rows;
    private final List<DroppedRow> dropped;
    private final String[] groups;
    private final Map<String, double[]> columns;
    private final ConstructScores scores;

    private PreparedData(
            DataTable table,
            ColumnMapping mapping,
            int[] rows,
            List<DroppedRow> dropped,
            String[] groups,
            Map<String, double[]> columns,
            ConstructScores scores) {
        this.table = table;
        this.mapping = mapping;
        this.rows = rows;
        this.dropped = List.copyOf(dropped);
        this.groups = groups;
        this.columns = columns;
        this.scores = scores;
    }

    /**
     * Applies a mapping to a table.
     *
     * @throws InputException listing the problems found (see the class comment)
     */
    public static PreparedData prepare(DataTable table, ColumnMapping mapping) {
        return prepare(table, mapping, List.of());
    }

    /**
     * Applies a mapping to a table, also reading further numeric columns (e.g. a covariate an
     * analysis names that is not a control); they take part in the missing-data rule too.
     *
     * @throws InputException listing the problems found (see the class comment)
     */
    public static PreparedData prepare(DataTable table, ColumnMapping mapping, Collection<String> otherColumns) {
        String source = table.source();
        List<DataProblem> problems = new ArrayList<>(mapping.problems(table.columns(), source));
        Set<String> numeric = new LinkedHashSet<>(mapping.numericColumns());
        for (String c : otherColumns) {
            if (!table.hasColumn(c)) {
                problems.add(
                        new DataProblem(DataProblem.Kind.UNKNOWN_COLUMN, c, 0, "no column \"" + c + "\" in " + source));
            } else if (!c.equals(mapping.group())) {
                numeric.add(c);
            }
        }
        stopIf(problems);

        // cells that are not numbers
        Map<String, double[]> raw = new LinkedHashMap<>();
        for (String column : numeric) {
            raw.put(column, table.numbers(column, problems, MAX_PROBLEMS));
        }
        stopIf(problems, DataProblem.Kind.NOT_A_NUMBER, "cells are not numbers");

        // answers off the scale
        for (Construct c : mapping.constructs()) {
            for (String item : c.items()) {
                double[] v = raw.get(item);
                for (int r = 0; r < v.length; r++) {
                    if (!Double.isNaN(v[r])
                            && !(v[r] >= 1 && v[r] <= c.scalePoints())
                            && problems.size() <= MAX_PROBLEMS) {
                        problems.add(new DataProblem(
                                DataProblem.Kind.OUT_OF_SCALE,
                                item,
                                table.rowNumber(r),
                                table.location(r) + ", column \"" + item + "\": " + DataTable.numberText(v[r])
                                        + " is outside the scale 1.." + c.scalePoints() + " of construct "
                                        + c.name()));
                    }
                }
            }
        }
        stopIf(problems, DataProblem.Kind.OUT_OF_SCALE, "answers are outside their scale");

        // missing values
        String[] rawGroups = mapping.group() == null ? null : table.texts(mapping.group());
        List<Integer> kept = new ArrayList<>();
        List<DroppedRow> dropped = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            List<String> missing = new ArrayList<>();
            for (Map.Entry<String, double[]> e : raw.entrySet()) {
                if (Double.isNaN(e.getValue()[r])) {
                    missing.add(e.getKey());
                }
            }
            if (rawGroups != null && rawGroups[r] == null) {
                missing.add(mapping.group());
            }
            if (missing.isEmpty()) {
                kept.add(r);
            } else {
                dropped.add(new DroppedRow(table.rowNumber(r), missing));
            }
        }
        if (!dropped.isEmpty() && mapping.missing() == MissingRule.REFUSE) {
            throw refused(table, dropped);
        }
        int[] rows = kept.stream().mapToInt(Integer::intValue).toArray();
        if (rows.length < 2) {
            throw new InputException(new DataProblem(
                    DataProblem.Kind.TOO_FEW_CASES,
                    null,
                    0,
                    source + ": only " + rows.length + " of " + table.size()
                            + " rows have every value the mapping needs; nothing can be analysed"));
        }

        // the rows analysed
        Map<String, double[]> used = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : raw.entrySet()) {
            used.put(e.getKey(), subset(e.getValue(), rows));
        }
        String[] groups = null;
        if (rawGroups != null) {
            groups = new String[rows.length];
            for (int i = 0; i < rows.length; i++) {
                groups[i] = rawGroups[rows[i]];
            }
        }

        // constant columns
        for (Map.Entry<String, double[]> e : used.entrySet()) {
            double[] v = e.getValue();
            boolean constant = true;
            for (int i = 1; i < v.length && constant; i++) {
                constant = v[i] == v[0];
            }
            if (constant) {
                problems.add(new DataProblem(
                        DataProblem.Kind.CONSTANT_COLUMN,
                        e.getKey(),
                        0,
                        source + ", column \"" + e.getKey() + "\": every row analysed has the same value ("
                                + DataTable.numberText(v[0]) + "); a constant column cannot be analysed, so leave it"
                                + " out of the mapping"));
            }
        }
        stopIf(problems);

        ConstructScores scores = ConstructScores.compute(mapping.constructs(), used, groups);
        return new PreparedData(table, mapping, rows, dropped, groups, used, scores);
    }

    private static InputException refused(DataTable table, List<DroppedRow> dropped) {
        List<DataProblem> problems = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (DroppedRow d : dropped) {
            String where = table.rowWord() + " " + d.row() + " (" + String.join(", ", d.missing()) + ")";
            problems.add(new DataProblem(
                    DataProblem.Kind.MISSING_VALUE,
                    d.missing().get(0),
                    d.row(),
                    table.source() + " " + table.rowWord() + " " + d.row() + ": missing "
                            + String.join(", ", d.missing())));
            if (listed.size() < 10) {
                listed.add(where);
            }
        }
        int n = dropped.size();
        return new InputException(
                table.source() + ": " + n + " row" + (n == 1 ? " has" : "s have")
                        + " missing values and missing values are refused: " + String.join("; ", listed)
                        + (n > listed.size() ? "; …" : ""),
                problems);
    }

    private static void stopIf(List<DataProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /** Stops with the problems found, noting when more of the kind exist than are listed. */
    private static void stopIf(List<DataProblem> problems, DataProblem.Kind kind, String what) {
        if (problems.isEmpty()) {
            return;
        }
        if (problems.size() <= MAX_PROBLEMS) {
            throw new InputException(problems);
        }
        List<DataProblem> listed = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        listed.add(new DataProblem(
                kind, null, 0, "more " + what + " than the " + MAX_PROBLEMS + " listed; fix these and check again"));
        throw new InputException(listed);
    }

    private static double[] subset(double[] all, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = all[rows[i]];
        }
        return out;
    }

    /** The table the data come from. */
    public DataTable table() {
        return table;
    }

    /** The mapping applied. */
    public ColumnMapping mapping() {
        return mapping;
    }

    /** Number of data rows in the file. */
    public int rowsRead() {
        return table.size();
    }

    /** Number of rows analysed. */
    public int size() {
        return rows.length;
    }

    /** The rows analysed as the user sees them (CSV line or sheet row), in file order. */
    public int[] rowNumbers() {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = table.rowNumber(rows[i]);
        }
        return out;
    }

    /** The rows left out for a missing value (empty under the refuse rule), in file order. */
    public List<DroppedRow> droppedRows() {
        return dropped;
    }

    /** The unit of each row analysed (a copy), or null when the mapping has no group column. */
    public String[] groups() {
        return groups == null ? null : groups.clone();
    }

    /** The construct scores and reverse-keyed item answers. */
    public ConstructScores scores() {
        return scores;
    }

    /** The numeric columns read (items, controls, other columns), in mapping order. */
    public Set<String> numericColumns() {
        return java.util.Collections.unmodifiableSet(columns.keySet());
    }

    /** Whether {@code name} is a construct or a numeric column read. */
    public boolean has(String name) {
        return scores.has(name) || columns.containsKey(name);
    }

    /**
     * The values of a construct (its score, or for a unit-level construct the unit mean) or of a
     * numeric column, on the rows analysed (a copy). A construct wins over a column of the same
     * name.
     *
     * @throws IllegalArgumentException if the name is neither
     */
    public double[] values(String name) {
        if (scores.has(name)) {
            return scores.values(name);
        }
        double[] v = columns.get(name);
        if (v == null) {
            throw new IllegalArgumentException("\"" + name + "\" is neither a construct nor a numeric column read");
        }
        return v.clone();
    }
}
