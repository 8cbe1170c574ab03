package org.cocrea.reporting.control;

import java.io.Serializable;
import java.util.List;

/**
 * A KPI for several units over the periods shown: the climate heatmap of the overview.
 *
 * @param kpi the KPI, e.g. innovation_climate_index
 * @param periods the columns
 * @param rows one per unit
 */
public record Heatmap(String kpi, List<String> periods, List<Row> rows) implements Serializable {

    /** One unit's values (null where none, e.g. hidden by the anonymity rules). */
    public record Row(String scope, String label, List<Double> values) implements Serializable {
        public Row {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    public Heatmap {
        periods = List.copyOf(periods);
        rows = List.copyOf(rows);
    }
}
