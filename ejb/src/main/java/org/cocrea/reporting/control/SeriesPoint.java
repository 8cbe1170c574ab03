package org.cocrea.reporting.control;

import java.io.Serializable;
import java.util.Map;

/**
 * One period of a KPI's time series with the target of that period and its status.
 *
 * @param period e.g. 2026-03
 * @param value the value, or null
 * @param reason why there is no value, or null
 * @param target the period's target, or null
 * @param status green, amber, red or none
 * @param breakdown the parts behind the value
 */
public record SeriesPoint(
        String period, Double value, String reason, Double target, String status, Map<String, Double> breakdown)
        implements Serializable {

    public SeriesPoint {
        breakdown = breakdown == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(breakdown));
    }
}
