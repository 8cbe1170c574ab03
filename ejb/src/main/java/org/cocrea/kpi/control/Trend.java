package org.cocrea.kpi.control;

import java.io.Serializable;

/**
 * How a KPI moved since the previous period.
 *
 * @param current this period's value (NaN when none)
 * @param previous the previous period's value (NaN when none)
 * @param change current − previous (NaN when either is missing)
 * @param relativeChange change / |previous| (NaN when either is missing or previous is 0)
 * @param movement better, worse or unchanged, by the KPI's direction; unknown when either is missing
 */
public record Trend(double current, double previous, double change, double relativeChange, Movement movement)
        implements Serializable {

    /** Which way a KPI moved, judged by its direction. */
    public enum Movement {
        BETTER,
        WORSE,
        UNCHANGED,
        UNKNOWN
    }

    /** The trend from {@code previous} to {@code current}. */
    public static Trend of(double current, double previous, Direction direction) {
        if (Double.isNaN(current) || Double.isNaN(previous)) {
            return new Trend(current, previous, Double.NaN, Double.NaN, Movement.UNKNOWN);
        }
        double change = current - previous;
        double relative = previous == 0 ? Double.NaN : change / Math.abs(previous);
        Movement m = change == 0
                ? Movement.UNCHANGED
                : direction.isBetter(current, previous) ? Movement.BETTER : Movement.WORSE;
        return new Trend(current, previous, change, relative, m);
    }

    /** The trend between two KPI values. */
    public static Trend of(KpiValue current, KpiValue previous, Direction direction) {
        return of(current.value(), previous.value(), direction);
    }
}
