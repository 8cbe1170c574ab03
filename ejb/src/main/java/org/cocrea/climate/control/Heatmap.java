package org.cocrea.climate.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Factor means of every group at a glance: one row per unit (in tree order, with its depth) and
 * per "other teams" group, one column per factor, plus the organisation's row.
 *
 * <p>Rows of hidden units are kept, so that the tree reads the same in every round, but all their
 * means are null.
 *
 * @param factorKeys the columns, in instrument order
 * @param organisation the organisation's row
 * @param rows units in depth-first order (a unit, then its sub-units in the order of the input),
 *     each unit's "other teams" row after its sub-units
 */
public record Heatmap(List<String> factorKeys, Row organisation, List<Row> rows) implements Serializable {

    public Heatmap {
        factorKeys = List.copyOf(factorKeys);
        rows = List.copyOf(rows);
    }

    /** What a row stands for. */
    public enum Kind {
        ORGANISATION,
        UNIT,
        OTHER_TEAMS
    }

    /**
     * One row.
     *
     * @param id the unit's id, the "other teams" id, or {@link RoundResults#ORGANISATION_ID}
     * @param label the unit's name or the "other teams" label
     * @param depth as {@link UnitResult#depth()}; −1 for the organisation
     * @param kind what the row stands for
     * @param visible whether the result is shown
     * @param means per factor; all null when hidden (the list may hold nulls)
     */
    public record Row(String id, String label, int depth, Kind kind, boolean visible, List<Double> means)
            implements Serializable {

        public Row {
            means = Collections.unmodifiableList(new ArrayList<>(means));
            if (!visible && means.stream().anyMatch(m -> m != null)) {
                throw new IllegalArgumentException("row " + id + " is hidden but has means");
            }
        }
    }

    /**
     * The row of a unit followed by the rows below it (its sub-units and "other teams" rows, down to
     * the bottom of the tree).
     *
     * @throws IllegalArgumentException if no unit row has this id
     */
    public List<Row> subtree(String unitId) {
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.kind() == Kind.UNIT && row.id().equals(unitId)) {
                int end = i + 1;
                while (end < rows.size() && rows.get(end).depth() > row.depth()) {
                    end++;
                }
                return List.copyOf(rows.subList(i, end));
            }
        }
        throw new IllegalArgumentException("no unit " + unitId + " in the heatmap");
    }
}
