package org.cocrea.reporting.control;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One KPI on the executive overview: its value in the last period shown, the target, the status
 * against it, the change since the period before and a short series for the sparkline. Numbers are
 * null where there is none (no value, no target), so the record travels as JSON.
 *
 * @param key the KPI
 * @param name its name (of the definition in force)
 * @param description what it measures
 * @param unit e.g. %, days
 * @param direction higher or lower (is better)
 * @param kind computed or entered
 * @param period the period of the value, e.g. 2026-05
 * @param value the value, or null
 * @param reason why there is no value, or null
 * @param target the target, or null
 * @param status green, amber, red or none
 * @param change the change since the previous period, or null
 * @param movement better, worse, unchanged or unknown
 * @param breakdown the parts behind the value
 * @param series the values of the periods shown, oldest first (null where none)
 * @param targets the targets of those periods (null where none)
 * @param periods those periods
 */
public record Tile(
        String key,
        String name,
        String description,
        String unit,
        String direction,
        String kind,
        String period,
        Double value,
        String reason,
        Double target,
        String status,
        Double change,
        String movement,
        Map<String, Double> breakdown,
        List<Double> series,
        List<Double> targets,
        List<String> periods)
        implements Serializable {

    public Tile {
        breakdown = breakdown == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(breakdown));
        series = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(series));
        targets = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(targets));
        periods = List.copyOf(periods);
    }

    public boolean higherIsBetter() {
        return "higher".equals(direction);
    }
}
