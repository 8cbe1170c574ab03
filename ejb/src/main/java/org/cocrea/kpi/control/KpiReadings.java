package org.cocrea.kpi.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads computed KPI values from stored snapshots, for dashboards: one read per period and scope,
 * never a scan of the activity.
 *
 * <p>A period without a snapshot had no event for the KPI and scope: its value is that of an empty
 * snapshot carrying the levels of the latest earlier one (so the pipeline of a quiet month is the
 * pipeline of the month before, and nobody taking part gives a participation rate of 0 % of the
 * last audience).
 */
public final class KpiReadings {

    private final SnapshotStore store;
    private final Map<String, ComputedKpi> kpis;

    /** Reads the built-in KPIs. */
    public KpiReadings(SnapshotStore store) {
        this(store, BuiltInKpis.computed());
    }

    public KpiReadings(SnapshotStore store, List<ComputedKpi> kpis) {
        this.store = Objects.requireNonNull(store, "store");
        this.kpis = kpis.stream().collect(Collectors.toMap(ComputedKpi::key, Function.identity()));
    }

    /**
     * The KPI's value for the scope and period.
     *
     * @throws IllegalArgumentException for a key that is not a computed KPI
     */
    public KpiValue value(String kpi, Scope scope, Period period) {
        return snapshot(kpi, scope, period).value();
    }

    /**
     * The snapshot for the scope and period: the stored one, or an empty one carrying the latest
     * earlier levels.
     */
    public KpiSnapshot snapshot(String kpi, Scope scope, Period period) {
        ComputedKpi k = kpis.get(kpi);
        if (k == null) {
            throw new IllegalArgumentException("Not a computed KPI: " + kpi);
        }
        SnapshotKey key = new SnapshotKey(kpi, scope, period);
        return store.find(key).orElseGet(() -> {
            KpiSnapshot empty = KpiSnapshot.empty(k, scope, period);
            store.latestBefore(key).ifPresent(empty::carryFrom);
            return empty;
        });
    }

    /** The values for the periods from {@code first} to {@code last}, in order. */
    public Map<Period, KpiValue> series(String kpi, Scope scope, Period first, Period last) {
        Map<Period, KpiValue> out = new LinkedHashMap<>();
        for (Period p : Period.range(first, last)) {
            out.put(p, value(kpi, scope, p));
        }
        return out;
    }
}
