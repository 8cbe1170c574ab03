package org.cocrea.kpi.control;

import java.io.Serializable;
import java.util.Objects;

/**
 * An entered KPI value, checked: the KPI, the period (of the KPI's grain), the scope and the value,
 * with the version of the definition it was checked against, so history keeps its meaning when the
 * definition changes later.
 *
 * @param kpi the KPI's key
 * @param period the period, of the grain of the definition in force for it
 * @param scope organisation, unit or campaign
 * @param value the value in the KPI's unit
 * @param definitionVersion the {@link KpiCatalogue.Version#number()} in force for the period
 */
public record Measurement(String kpi, Period period, Scope scope, double value, int definitionVersion)
        implements Serializable {

    public Measurement {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(scope, "scope");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("A measurement is a finite number, was " + value);
        }
        if (definitionVersion < 1) {
            throw new IllegalArgumentException("Definition versions start at 1, was " + definitionVersion);
        }
    }

    /** Whether both are for the same KPI, period and scope (one replaces the other). */
    public boolean sameSlot(Measurement other) {
        return kpi.equals(other.kpi) && period.equals(other.period) && scope.equals(other.scope);
    }
}
