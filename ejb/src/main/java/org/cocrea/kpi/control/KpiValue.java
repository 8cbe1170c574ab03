package org.cocrea.kpi.control;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A KPI's value for one period and scope, or why it has none.
 *
 * @param value the value in the KPI's unit; NaN when it cannot be computed
 * @param breakdown the parts behind it, in a fixed order (numerator and denominator, the value per
 *     stage, …); may be empty
 * @param reason why there is no value, for the dashboard; null when there is one
 */
public record KpiValue(double value, Map<String, Double> breakdown, String reason) implements Serializable {

    public KpiValue {
        breakdown = Collections.unmodifiableMap(new LinkedHashMap<>(breakdown));
        if (Double.isNaN(value) == (reason == null)) {
            throw new IllegalArgumentException("A value has no reason, a missing value has one");
        }
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("A KPI value is finite");
        }
    }

    /** A value without a breakdown. */
    public static KpiValue of(double value) {
        return new KpiValue(value, Map.of(), null);
    }

    /** A value with the parts behind it. */
    public static KpiValue of(double value, Map<String, Double> breakdown) {
        return new KpiValue(value, breakdown, null);
    }

    /** No value, and why. */
    public static KpiValue notComputable(String reason) {
        return new KpiValue(Double.NaN, Map.of(), Objects.requireNonNull(reason, "reason"));
    }

    /** No value, why, and the parts that are known. */
    public static KpiValue notComputable(String reason, Map<String, Double> breakdown) {
        return new KpiValue(Double.NaN, breakdown, Objects.requireNonNull(reason, "reason"));
    }

    /** Whether there is a value. */
    public boolean computable() {
        return reason == null;
    }
}
