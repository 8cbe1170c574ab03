package org.cocrea.kpi.control;

import java.util.List;
import java.util.Optional;

/**
 * Where snapshots are kept: a table with one row per KPI, scope and period in production ({@link
 * InMemorySnapshotStore} for tests and tools). A series is the snapshots of one KPI and scope at one
 * grain, ordered by period.
 *
 * <p>The {@link SnapshotEngine} reads a snapshot, applies an event and saves it back; for carried
 * levels it also reads the latest earlier snapshot of the series (to seed a new one) and the later
 * ones (to carry a late event forward). An implementation must make a read-apply-save of one event
 * atomic per snapshot (a transaction with a row lock or an optimistic version).
 */
public interface SnapshotStore {

    /** The snapshot with this key, if one was saved. */
    Optional<KpiSnapshot> find(SnapshotKey key);

    /** Saves the snapshot, replacing any with the same key. */
    void save(KpiSnapshot snapshot);

    /** The latest saved snapshot of the key's series whose period is before the key's period. */
    Optional<KpiSnapshot> latestBefore(SnapshotKey key);

    /** The saved snapshots of the key's series whose periods are after the key's period, in order. */
    List<KpiSnapshot> after(SnapshotKey key);

    /** Every saved snapshot of the period (all KPIs and scopes), ordered by key. */
    List<KpiSnapshot> inPeriod(Period period);
}
