package org.cocrea.kpi.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link SnapshotStore} in memory, for tests and tools. Returns copies, so a snapshot changes only
 * when it is saved. Not thread-safe.
 */
public final class InMemorySnapshotStore implements SnapshotStore {

    private final TreeMap<SnapshotKey, KpiSnapshot> snapshots = new TreeMap<>();

    @Override
    public Optional<KpiSnapshot> find(SnapshotKey key) {
        return Optional.ofNullable(snapshots.get(key)).map(KpiSnapshot::copy);
    }

    @Override
    public void save(KpiSnapshot snapshot) {
        snapshots.put(snapshot.key(), snapshot.copy());
    }

    @Override
    public Optional<KpiSnapshot> latestBefore(SnapshotKey key) {
        Map.Entry<SnapshotKey, KpiSnapshot> e = snapshots.lowerEntry(key);
        return e != null && e.getKey().sameSeries(key)
                ? Optional.of(e.getValue().copy())
                : Optional.empty();
    }

    @Override
    public List<KpiSnapshot> after(SnapshotKey key) {
        List<KpiSnapshot> out = new ArrayList<>();
        for (Map.Entry<SnapshotKey, KpiSnapshot> e :
                snapshots.tailMap(key, false).entrySet()) {
            if (!e.getKey().sameSeries(key)) {
                break;
            }
            out.add(e.getValue().copy());
        }
        return out;
    }

    @Override
    public List<KpiSnapshot> inPeriod(Period period) {
        return snapshots.values().stream()
                .filter(s -> s.key().period().equals(period))
                .map(KpiSnapshot::copy)
                .toList();
    }

    /** Every saved snapshot, ordered by key. */
    public List<KpiSnapshot> all() {
        return snapshots.values().stream().map(KpiSnapshot::copy).toList();
    }

    /** How many snapshots are saved. */
    public int size() {
        return snapshots.size();
    }
}
