package org.cocrea.kpi.control;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * What a snapshot is of: a computed KPI, a scope and a period.
 *
 * @param kpi the KPI's key
 * @param scope organisation, unit or campaign
 * @param period the month, quarter or year
 */
public record SnapshotKey(String kpi, Scope scope, Period period) implements Comparable<SnapshotKey>, Serializable {

    private static final Comparator<SnapshotKey> ORDER = Comparator.comparing(SnapshotKey::kpi)
            .thenComparing(SnapshotKey::scope)
            .thenComparing(k -> k.period.grain())
            .thenComparing(SnapshotKey::period);

    public SnapshotKey {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
    }

    /** The key of the same KPI and scope for another period. */
    public SnapshotKey withPeriod(Period other) {
        return new SnapshotKey(kpi, scope, other);
    }

    /** Whether both keys are of the same KPI, scope and grain (a series of snapshots). */
    public boolean sameSeries(SnapshotKey other) {
        return kpi.equals(other.kpi) && scope.equals(other.scope) && period.grain() == other.period.grain();
    }

    @Override
    public int compareTo(SnapshotKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return kpi + "/" + scope + "/" + period;
    }
}
